/**
 * A subscriber for the notificaties tests: one real HTTP server, a path per abonnement, each up
 * (204) or down (503); it refuses requests without `Bearer geheim<path>` (401). With
 * `callbackChecks` it also plays the callbacks Open Notificaties checks when an abonnement is made:
 * `/open…` accepts anything (no authorisation at all), `/kapot…` never succeeds, and the test
 * message (kanaal "test") is answered but not kept.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export class Subscriber {
  readonly received = new Map<string, { body: Record<string, unknown>; headers: http.IncomingHttpHeaders; auth: string | undefined }[]>();
  readonly down = new Set<string>();
  /** Requests refused for a wrong or missing Authorization. */
  refused = 0;
  private server!: http.Server;
  url = '';

  constructor(private readonly options: { callbackChecks?: boolean } = {}) {}

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const hook = req.url ?? '';
        if (this.options.callbackChecks && hook.startsWith('/open')) { res.writeHead(204).end(); return; }
        if (this.options.callbackChecks && hook.startsWith('/kapot')) { res.writeHead(req.headers.authorization ? 500 : 401).end(); return; }
        if (req.headers.authorization !== `Bearer geheim${hook}`) { this.refused++; res.writeHead(401).end(); return; }
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        if (this.options.callbackChecks && body.kanaal === 'test') { res.writeHead(204).end(); return; }
        if (this.down.has(hook)) { res.writeHead(503, { 'content-type': 'text/plain' }).end('onderhoud'); return; }
        const list = this.received.get(hook) ?? [];
        list.push({ body, headers: req.headers, auth: req.headers.authorization });
        this.received.set(hook, list);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  count(hook: string): number {
    return this.received.get(hook)?.length ?? 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
