/**
 * The load generator, run as a child process of bench/run.ts so that it does not share an event
 * loop (or a CPU core) with the server it measures. It receives one LoadJob at a time over IPC,
 * fires it with autocannon and answers with a LoadResult.
 *
 * autocannon's own latency histogram has whole-millisecond resolution and no p95, so every
 * response's own timing (process.hrtime, in autocannon's client) is kept and the percentiles are
 * computed from those.
 */
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { summarise, type Latency } from './stats.js';

export interface LoadJob {
  id: number;
  /** http://127.0.0.1:port */
  origin: string;
  /** Request paths (GET); each connection cycles through all of them, starting at its own offset. */
  paths: string[];
  /**
   * Instead of `paths`: whole requests (e.g. form posts). With `split`, each connection gets its
   * own contiguous share of them and no two connections send the same request (a connection that
   * runs out starts its share again: see `exhausted`).
   */
  requests?: { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }[];
  split?: boolean;
  /** The statuses that count as success (default: any 2xx); e.g. [303] for a form post. */
  okStatuses?: number[];
  /** Headers of every request (e.g. the cookie of a logged-in employee). */
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  /** Also report latency per path (for the per-query breakdown). */
  byPath: boolean;
  timeoutSeconds: number;
}

export interface LoadResult {
  requests: number;
  elapsedSeconds: number;
  rps: number;
  latency: Latency;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  /** Answers with another status than the job's okStatuses (default: not 2xx). */
  non2xx: number;
  statusCodes: Record<string, number>;
  errorSamples: string[];
  non2xxSamples: { path: string; status: number }[];
  byPath?: Record<string, Latency & { requests: number }>;
  /** CPU time of this load generator process, as % of one core. */
  cpuPercent: number;
  /** The slowest first response of a connection (includes connecting; explains a high max). */
  slowestFirstResponseMs: number;
  /** With `split`: connections that sent their whole share (and then repeated requests). */
  exhausted: number;
}

export type LoadReply = { id: number; ok: true; result: LoadResult } | { id: number; ok: false; error: string };

// autocannon ships no types; this is the part used here.
interface AcRequest { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }
interface AcClient { setRequests(requests: AcRequest[]): void; requestIterator?: { currentRequest?: { path?: string } } }
interface AcOptions {
  url: string; connections: number; duration: number; pipelining: number; timeout: number; headers?: Record<string, string>;
  requests: AcRequest[]; setupClient: (client: AcClient) => void;
}
interface AcResult { errors: number; timeouts: number }
type AcInstance = EventEmitter;
type Autocannon = (options: AcOptions, done: (error: Error | null, result: AcResult) => void) => AcInstance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export function fire(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const requests: AcRequest[] = job.requests?.length ? job.requests : job.paths.map((path) => ({ method: 'GET', path }));
    const shares = new Map<AcClient, number>();
    const sent = new Map<AcClient, number>();
    const durations: number[] = [];
    const perPath = new Map<string, number[]>();
    const statusCodes: Record<string, number> = {};
    const errorSamples: string[] = [];
    const non2xxSamples: { path: string; status: number }[] = [];
    let non2xx = 0;
    let clientIndex = 0;
    const seenClients = new Set<AcClient>();
    let slowestFirst = 0;
    let cpu0 = process.cpuUsage();
    let t0 = performance.now();

    const instance = autocannon({
      // Only the first request here: autocannon deep-copies these options for every connection.
      url: job.origin, connections: job.connections, duration: job.seconds, pipelining: 1, timeout: job.timeoutSeconds, requests: requests.slice(0, 1),
      ...(job.headers ? { headers: job.headers } : {}),
      // Every connection cycles through all paths, starting at its own offset, so concurrent
      // clients ask different things.
      setupClient(client) {
        if (job.split) {
          const i = clientIndex++;
          const from = Math.floor((i * requests.length) / job.connections);
          const share = requests.slice(from, Math.floor(((i + 1) * requests.length) / job.connections));
          shares.set(client, share.length);
          client.setRequests(share);
          return;
        }
        const offset = Math.floor((clientIndex++ * requests.length) / job.connections) % requests.length;
        client.setRequests([...requests.slice(offset), ...requests.slice(0, offset)]);
      },
    }, (error, result) => {
      const elapsedSeconds = (performance.now() - t0) / 1000;
      if (error) return reject(error);
      const cpu = process.cpuUsage(cpu0);
      let byPath: LoadResult['byPath'];
      if (job.byPath) {
        byPath = {};
        for (const [path, list] of perPath) byPath[path] = { ...summarise(list), requests: list.length };
      }
      resolve({
        requests: durations.length, elapsedSeconds, rps: durations.length / elapsedSeconds, latency: summarise(durations),
        errors: result.errors, timeouts: result.timeouts, non2xx, statusCodes, errorSamples, non2xxSamples, byPath,
        cpuPercent: ((cpu.user + cpu.system) / 1000 / (elapsedSeconds * 1000)) * 100,
        slowestFirstResponseMs: Math.round(slowestFirst * 100) / 100,
        exhausted: [...sent].filter(([client, n]) => n > (shares.get(client) ?? Infinity)).length,
      });
    });

    // Emitted synchronously when a response is complete, before the client moves on to its next
    // request, so the client's current request is the one that was answered.
    instance.on('response', (client: AcClient, statusCode: number, _bytes: number, responseTime: number) => {
      durations.push(responseTime);
      if (job.split) sent.set(client, (sent.get(client) ?? 0) + 1);
      if (!seenClients.has(client)) {
        seenClients.add(client);
        slowestFirst = Math.max(slowestFirst, responseTime);
      }
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      const path = client.requestIterator?.currentRequest?.path ?? '?';
      if (job.okStatuses ? !job.okStatuses.includes(statusCode) : statusCode < 200 || statusCode > 299) {
        non2xx++;
        if (non2xxSamples.length < 10) non2xxSamples.push({ path, status: statusCode });
      }
      if (job.byPath) {
        let list = perPath.get(path);
        if (!list) perPath.set(path, (list = []));
        list.push(responseTime);
      }
    });
    // Emitted once the connections are set up (building 5,000 requests each takes a moment).
    instance.once('start', () => {
      t0 = performance.now();
      cpu0 = process.cpuUsage();
    });
    instance.on('reqError', (error: Error) => {
      if (errorSamples.length < 10) errorSamples.push(String(error.message ?? error));
    });
  });
}

// As a child process: serve jobs from the parent until it disconnects.
if (process.send) {
  process.on('message', (job: LoadJob) => {
    fire(job).then(
      (result) => process.send!({ id: job.id, ok: true, result } satisfies LoadReply),
      (error: unknown) => process.send!({ id: job.id, ok: false, error: String(error instanceof Error ? error.stack : error) } satisfies LoadReply),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
