/**
 * `npm run bench`: catalogue and case performance on PGlite and, when DATABASE_URL is set, on PostgreSQL.
 *
 * For each engine it starts a real Stadhuis in this process on a fresh database (in-memory PGlite,
 * or a scratch database created on the DATABASE_URL server and dropped afterwards), creates one
 * municipality ("benchstad"), seeds 5,000 published products in bulk and then measures, from a
 * separate load-generator process (bench/loadgen.ts, autocannon):
 *
 * - search latency over ~40 realistic queries, on the page (/zoeken) and the JSON API;
 * - product-page throughput over all product pages;
 *
 * - form-submission: sending a 3-step form that creates a zaak (validation, zaak, application PDF
 *   as a document, outbox), with BENCH_ZAKEN (100,000) existing zaken. Measured is the final
 *   POST /formulieren/<slug>/versturen only: every virtual user has drafts prepared in advance
 *   (the first one filled in through the form's HTTP steps, the others copied from it through the
 *   forms service, each with its own browser cookie, `sleutel` and client address), so each
 *   request sends one new form. Latency is that of the POST (answered with a 303 to the receipt);
 *   requests/s is submissions/s.
 * - work-queue: GET /beheer/zaken (the default view: open zaken by deadline, 25 a page) as a
 *   behandelaar logged in through the embedded identity provider, with the same zaken;
 *
 * - zgw-list, zgw-get, zgw-create, zgw-status-rol (PostgreSQL only): the ZGW Zaken API after Open
 *   Zaak's performance test — 100 zaaktypen, BENCH_ZGW_ZAKEN (1,000,000) zaken, documenten and
 *   besluiten, a client whose autorisaties cover 10 of the zaaktypen: GET /zaken filtered on a
 *   zaaktype and paginated, GET /zaken/{uuid}, POST /zaken, and POST /statussen + POST /rollen on
 *   fresh zaken; at BENCH_ZGW_CONCURRENCY (1 and 16) clients;
 *
 * each at 1 and 32 concurrent clients (ZGW: 1 and 16), after a warm-up. It prints a table per engine and writes
 * everything to bench/results/<timestamp>.json. It never judges timings: the exit code is non-zero
 * only when something broke (connection errors, timeouts or non-2xx responses, or a crash).
 *
 * Settings (environment): BENCH_SECONDS (10), BENCH_WARMUP (2), BENCH_PRODUCTS (5000), BENCH_ZAKEN
 * (100000), BENCH_ZGW_ZAKEN (1000000), BENCH_ZGW_CONCURRENCY ("1,16"), BENCH_KEEP_DATABASE (true: leave the PostgreSQL database for EXPLAIN), BENCH_CONCURRENCY ("1,32"), BENCH_ANALYZE ("auto", see below), BENCH_SCENARIOS (all:
 * "search-page,search-api,product-page,form-submission,work-queue,zgw-list,zgw-get,zgw-create,zgw-status-rol"), BENCH_POOL_SIZE (PostgreSQL
 * connection pool; default: the application's own default), BENCH_ENGINES ("pglite,postgres": which
 * of the available engines to measure), DATABASE_URL.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { demoMunicipalities } from '../src/demo/municipalities.js';
import { demoCategories } from '../src/modules/catalogue/demo/categories.js';
import { currentYear } from '../src/modules/catalogue/routes-public.js';
import { CatalogueService } from '../src/modules/catalogue/service.js';
import { modules } from '../src/modules/index.js';
import { createStadhuis, type Stadhuis } from '../src/platform/bootstrap.js';
import { loadConfig, type Config } from '../src/platform/config/config.js';
import type { LoadJob, LoadReply, LoadResult } from './loadgen.js';
import { generateProducts, insertProducts, random, shuffle } from './seed.js';
import { FormsService } from '../src/modules/forms/service.js';
import { seedZgwData, setUpZgw, zgwBenchToken, zgwCreateRequests, zgwGetPaths, zgwHeaders, zgwListPaths, zgwStatusRolRequests, type ZgwSetup } from './zgw.js';
import { BENCH_BEHANDELAAR, counts, loginStaff, prepareSubmissions, seedZaken, setUpZaken, submitThroughForm, type ZakenSetup } from './zaken.js';
import { round, table, type Latency } from './stats.js';

type Engine = 'pglite' | 'postgres';
const SCENARIOS = ['search-page', 'search-api', 'product-page', 'form-submission', 'work-queue', 'zgw-list', 'zgw-get', 'zgw-create', 'zgw-status-rol'] as const;
type Scenario = (typeof SCENARIOS)[number];
const CATALOGUE_SCENARIOS: readonly Scenario[] = ['search-page', 'search-api', 'product-page'];
const ZAKEN_SCENARIOS: readonly Scenario[] = ['form-submission', 'work-queue'];
/** The ZGW scenarios run on PostgreSQL only (Open Zaak's figures are for PostgreSQL; PGlite is for demos). */
const ZGW_SCENARIOS: readonly Scenario[] = ['zgw-list', 'zgw-get', 'zgw-create', 'zgw-status-rol'];

const here = path.dirname(fileURLToPath(import.meta.url));
const SLUG = 'benchstad';

function intEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name}="${raw}" must be a number ≥ ${min}`);
  return n;
}

const settings = {
  seconds: intEnv('BENCH_SECONDS', 10, 1),
  warmupSeconds: intEnv('BENCH_WARMUP', 2, 0),
  products: intEnv('BENCH_PRODUCTS', 5000, 10),
  zaken: intEnv('BENCH_ZAKEN', 100_000, 100),
  zgwZaken: intEnv('BENCH_ZGW_ZAKEN', 1_000_000, 100),
  zgwConcurrency: (process.env.BENCH_ZGW_CONCURRENCY?.trim() || '1,16').split(',').map((c) => {
    const n = Number(c.trim());
    if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_ZGW_CONCURRENCY: "${c}" is not a whole number ≥ 1`);
    return n;
  }),
  concurrency: (process.env.BENCH_CONCURRENCY?.trim() || '1,32').split(',').map((c) => {
    const n = Number(c.trim());
    if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_CONCURRENCY: "${c}" is not a whole number ≥ 1`);
    return n;
  }),
  /**
   * ANALYZE after seeding. "auto" (default): on PostgreSQL only, where autovacuum would do it within
   * a minute anyway; PGlite has no autovacuum, so a PGlite installation runs without statistics
   * unless someone runs ANALYZE, and the benchmark measures it like that. "true": both; "false": neither.
   */
  analyze: ((): 'auto' | 'true' | 'false' => {
    const raw = process.env.BENCH_ANALYZE?.trim().toLowerCase() || 'auto';
    if (raw === 'auto' || raw === 'true' || raw === 'false') return raw;
    throw new Error(`BENCH_ANALYZE="${raw}" must be auto, true or false`);
  })(),
  scenarios: (process.env.BENCH_SCENARIOS?.trim() || SCENARIOS.join(',')).split(',').map((x) => {
    const name = x.trim();
    if (!SCENARIOS.includes(name as Scenario)) throw new Error(`BENCH_SCENARIOS: "${name}" is not one of ${SCENARIOS.join(', ')}`);
    return name as Scenario;
  }),
  /** undefined: whatever createStadhuis uses (10 connections). */
  poolSize: process.env.BENCH_POOL_SIZE?.trim() ? intEnv('BENCH_POOL_SIZE', 10, 1) : undefined,
  /** A response slower than this counts as an error (timeout). */
  timeoutSeconds: 60,
};

/**
 * What residents type: single words, plurals (paspoorten), prefixes (parkeer, verhuis), typos
 * (rijbewjis, kapvergunnig), several words, very common words that match thousands of products
 * (vergunning, gemeente) and one that matches nothing.
 */
const QUERIES = [
  'paspoort', 'paspoorten', 'paspoort aanvragen', 'rijbewjis', 'rijbewijs verlengen', 'id kaart', 'identiteitskaart',
  'parkeer', 'parkeervergunning noord', 'parkeervergunningen', 'bezoekers parkeren', 'verhuis', 'verhuizing doorgeven',
  'grofvuil', 'grofvuil ophalen', 'container kapot', 'afvalpas', 'subsidie groene daken', 'subsidies', 'zonnepanelen',
  'isolatie subsidie', 'omgevingsvergunning dakkapel', 'dakkapel', 'boom kappen', 'kapvergunnig', 'evenementenvergunning',
  'terras', 'bijstand', 'schuldhulp', 'wmo huishoudelijke hulp', 'scootmobiel', 'woz bezwaar', 'hondenbelasting',
  'lantaarnpaal kapot', 'trouwen', 'uittreksel brp', 'vergunning', 'gemeente', 'xyzzy',
];

interface RunReport {
  engine: Engine;
  scenario: Scenario;
  concurrency: number;
  seconds: number;
  requests: number;
  rps: number;
  latencyMs: Latency;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  warmup: { requests: number; errors: number; non2xx: number };
  /** CPU of the Stadhuis process (server, and for PGlite the database too), % of one core. */
  serverCpuPercent: number;
  loadgenCpuPercent: number;
  /** The slowest first response of a connection; when it equals max, the max is connection set-up. */
  slowestFirstResponseMs: number;
  /** Busy share of all cores of the machine, %. */
  hostCpuPercent: number;
  /** os.loadavg() just before the measurement: high values mean something else was running. */
  loadAverageBefore: number[];
  errorSamples: string[];
  non2xxSamples: { path: string; status: number }[];
  byQuery?: Record<string, Latency & { requests: number }>;
  /** form-submission: submissions stored during warm-up and measurement, against requests answered. */
  submissionsStored?: number;
}

interface EngineReport {
  engine: Engine;
  serverVersion: string;
  poolSize: number | null;
  products: number;
  seedSeconds: number;
  zaken: number;
  zgwZaken: number;
  zgwSeedSeconds: number;
  zakenSeedSeconds: number;
  analyzed: boolean;
  queries: { q: string; hits: number }[];
  runs: RunReport[];
  serverErrors: string[];
  problems: string[];
}

// ---------------------------------------------------------------------------------------------
// Load generator process

class LoadGenerator {
  private readonly child: ChildProcess;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: LoadResult) => void; reject: (e: Error) => void }>();

  constructor() {
    // Inherits tsx's loader through process.execArgv.
    this.child = fork(path.join(here, 'loadgen.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (reply: LoadReply) => {
      const job = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) job?.resolve(reply.result);
      else job?.reject(new Error(`load generator: ${reply.error}`));
    });
    this.child.on('exit', (code) => {
      for (const job of this.pending.values()) job.reject(new Error(`load generator exited (${code})`));
      this.pending.clear();
    });
  }

  run(job: Omit<LoadJob, 'id' | 'timeoutSeconds'>): Promise<LoadResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ ...job, id, timeoutSeconds: settings.timeoutSeconds } satisfies LoadJob);
    });
  }

  close(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// Cleanup, also on Ctrl-C

const cleanups: (() => Promise<void>)[] = [];
async function runCleanups(): Promise<void> {
  while (cleanups.length) {
    const fn = cleanups.pop()!;
    await fn().catch((e: unknown) => console.error('cleanup failed:', e));
  }
}
function forget(fn: () => Promise<void>): void {
  const i = cleanups.indexOf(fn);
  if (i >= 0) cleanups.splice(i, 1);
}
process.once('SIGINT', () => {
  console.error('\nInterrupted; cleaning up…');
  void runCleanups().finally(() => process.exit(130));
});

// ---------------------------------------------------------------------------------------------

function hostCpuTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const t = cpu.times;
    const sum = t.user + t.nice + t.sys + t.idle + t.irq;
    total += sum;
    busy += sum - t.idle;
  }
  return { busy, total };
}

/**
 * Waits until the server has worked through what the previous run left queued: autocannon stops
 * and closes its connections, but requests already received are still being answered (with
 * PGlite's single connection that can take seconds). /health/ready goes through the same database
 * queue, so when it answers, the queue is empty.
 */
async function drain(origin: string): Promise<void> {
  for (let i = 0; i < 2; i++) await (await fetch(`${origin}/health/ready`)).arrayBuffer();
  await new Promise((r) => setTimeout(r, 200));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const loadAverage = () => os.loadavg().map((n) => round(n, 2));

async function createScratchDatabase(adminUrl: string): Promise<{ url: string; version: string; drop: () => Promise<void> }> {
  const name = `stadhuis_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  let version: string;
  try {
    version = String((await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '?');
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(), version,
    async drop() {
      if (process.env.BENCH_KEEP_DATABASE === 'true') {
        console.log(`  database kept for inspection (BENCH_KEEP_DATABASE): ${url.toString()}`);
        return;
      }
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** createStadhuis with the benchmark's pool size. */
async function startStadhuis(config: Config, engine: Engine, logStream: NodeJS.WritableStream): Promise<Stadhuis> {
  return createStadhuis(config, { inMemory: engine === 'pglite', logStream, ...(settings.poolSize ? { poolSize: settings.poolSize } : {}) });
}

async function benchEngine(engine: Engine, load: LoadGenerator): Promise<EngineReport> {
  const problems: string[] = [];
  const serverErrors: string[] = [];
  let serverVersion = 'PGlite (in-memory, in this process)';
  let databaseUrl = '';
  let dropDatabase: (() => Promise<void>) | undefined;
  if (engine === 'postgres') {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL!.trim());
    serverVersion = `PostgreSQL ${scratch.version}`;
    databaseUrl = scratch.url;
    dropDatabase = scratch.drop;
    cleanups.push(scratch.drop);
  }

  const logStream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) {
        if (!line.trim()) continue;
        try {
          const entry = JSON.parse(line) as { level: number; msg?: string; err?: { message?: string } };
          if (entry.level >= 50 && serverErrors.length < 20) serverErrors.push(`${entry.msg ?? ''}${entry.err?.message ? `: ${entry.err.message}` : ''}`);
        } catch {
          if (serverErrors.length < 20) serverErrors.push(line);
        }
      }
      done();
    },
  });
  // A free port first, so the configured public URL is the real address (the staff login's OIDC
  // issuer and redirect URIs must be exact). X-Forwarded-For is trusted so that every prepared
  // form post can come from its own address (60 form posts a minute per address).
  const port = await freePort();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development', LOG_LEVEL: 'warn', DEMO_SEED: 'false',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: databaseUrl,
    PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, TRUST_PROXY: 'true',
  });
  const stadhuis = await startStadhuis(config, engine, logStream);
  const closeStadhuis = () => stadhuis.close();
  cleanups.push(closeStadhuis);

  try {
    const origin = (await stadhuis.app.listen({ port, host: '127.0.0.1' })).replace(/\/$/, '');

    // One municipality with the demo categories and N products (for the catalogue scenarios), and
    // the demo zaaktypen, a behandelaar, a form and N zaken (for the case scenarios).
    const catalogueWanted = settings.scenarios.some((x) => CATALOGUE_SCENARIOS.includes(x));
    const zakenWanted = settings.scenarios.some((x) => ZAKEN_SCENARIOS.includes(x));
    const seedStart = performance.now();
    const tenant = await stadhuis.platform.tenants.create({ ...demoMunicipalities[0]!, slug: SLUG, name: 'Gemeente Benchstad' });
    await new CatalogueService(stadhuis.database).upsertCategories(tenant.id, demoCategories);
    const list = catalogueWanted ? generateProducts(settings.products, { year: currentYear() }) : [];
    if (list.length) await insertProducts(stadhuis.database, tenant.id, list);
    const seedSeconds = round((performance.now() - seedStart) / 1000);
    if (list.length) console.log(`  seeded ${list.length} products in ${seedSeconds} s`);
    let zakenSetup: ZakenSetup | undefined;
    let zakenSeedSeconds = 0;
    if (zakenWanted) {
      const t0 = performance.now();
      zakenSetup = await setUpZaken(stadhuis, tenant);
      await seedZaken(stadhuis.database, tenant.id, zakenSetup, settings.zaken);
      zakenSeedSeconds = round((performance.now() - t0) / 1000);
      console.log(`  seeded ${settings.zaken} zaken (${zakenSetup.zaaktype.identificatie}) in ${zakenSeedSeconds} s`);
    }
    let zgwSetup: ZgwSetup | undefined;
    let zgwSeedSeconds = 0;
    if (engine === 'postgres' && settings.scenarios.some((x) => ZGW_SCENARIOS.includes(x))) {
      const t0 = performance.now();
      zgwSetup = await setUpZgw(stadhuis, tenant, origin, SLUG);
      await seedZgwData(stadhuis.database, tenant.id, zgwSetup, settings.zgwZaken);
      zgwSeedSeconds = round((performance.now() - t0) / 1000);
      console.log(`  seeded ${zgwSetup.zaaktypen.length} zaaktypen and ${settings.zgwZaken} zaken, documenten and besluiten in ${zgwSeedSeconds} s`);
    }
    const analyzed = settings.analyze === 'true' || (settings.analyze === 'auto' && engine === 'postgres');
    if (analyzed) {
      // PostgreSQL's autovacuum would analyse the fresh tables within a minute; do it now so every
      // run measures the same plans (and not autovacuum at work halfway through).
      if (engine === 'postgres') {
        const c = new pg.Client({ connectionString: databaseUrl });
        await c.connect();
        await c.query('VACUUM ANALYZE').finally(() => c.end());
      } else {
        await stadhuis.database.withPlatform(async (tx) => {
          await tx.execute(sql`RESET ROLE`);
          await tx.execute(sql`ANALYZE`);
          await tx.execute(sql`SET ROLE stadhuis_app`);
        });
      }
    }
    console.log(`  ${analyzed ? 'analysed (ANALYZE)' : 'not analysed (no ANALYZE)'}`);

    // Check that the things we measure work at all, and how many products each query finds.
    const queries: { q: string; hits: number }[] = [];
    if (list.length) {
      for (const q of QUERIES) {
        const res = await fetch(`${origin}/${SLUG}/api/v1/search?q=${encodeURIComponent(q)}&pageSize=1`);
        if (res.status !== 200) {
          problems.push(`GET /api/v1/search?q=${q} answered ${res.status}`);
          queries.push({ q, hits: -1 });
          continue;
        }
        queries.push({ q, hits: ((await res.json()) as { count: number }).count });
      }
      const firstPage = await fetch(`${origin}/${SLUG}/producten/${list[0]!.row.slug}`);
      const html = await firstPage.text();
      if (firstPage.status !== 200 || !html.includes('Benchstad')) problems.push(`GET /producten/${list[0]!.row.slug} answered ${firstPage.status}`);
      const searchPage = await fetch(`${origin}/${SLUG}/zoeken?q=paspoort`);
      if (searchPage.status !== 200) problems.push(`GET /zoeken?q=paspoort answered ${searchPage.status}`);
      await searchPage.arrayBuffer();
      console.log(`  hits per query: ${queries.map((x) => `${x.q} (${x.hits})`).join(', ')}`);
    }

    // The case scenarios: a behandelaar's session, and one form sent through all its steps.
    let staffCookie = '';
    const forms = new FormsService(stadhuis.platform.database, stadhuis.platform.sealer);
    let template: Awaited<ReturnType<typeof submitThroughForm>> | undefined;
    if (zakenSetup) {
      if (settings.scenarios.includes('work-queue')) {
        const staff = await loginStaff(origin, SLUG, BENCH_BEHANDELAAR);
        staffCookie = staff.cookieHeader();
        const queue = await fetch(`${origin}/${SLUG}/beheer/zaken`, { headers: { cookie: staffCookie }, redirect: 'manual' });
        const html = await queue.text();
        const rows = new Set(html.match(/\/beheer\/zaken\/[0-9a-f-]{36}/g) ?? []).size;
        if (queue.status !== 200 || !rows) problems.push(`GET /beheer/zaken answered ${queue.status} with ${rows} zaken`);
        console.log(`  work queue: ${queue.status}, ${Math.round(html.length / 1024)} kB, ${rows} zaken on the first page`);
      }
      if (settings.scenarios.includes('form-submission')) {
        template = await submitThroughForm(origin, SLUG, forms, tenant.id);
        console.log(`  form sent through its steps: ${template.reference}`);
      }
    }

    const productPaths = shuffle(random(7), list.map((p) => `/${SLUG}/producten/${p.row.slug}`));
    const zgwToken = zgwSetup ? await zgwBenchToken() : '';
    let zgwPages = 5;
    const zgwGets = zgwSetup ? await zgwGetPaths(stadhuis.database, tenant.id, SLUG, zgwSetup) : [];
    if (zgwSetup) {
      // The client must see what it may and only that: a first list and zaak answer 200.
      const list = await fetch(`${origin}${zgwListPaths(origin, SLUG, zgwSetup)[0]}`, { headers: zgwHeaders(zgwToken) });
      const body = await list.json() as { count?: number };
      if (list.status !== 200 || !body.count) problems.push(`ZGW GET zaken answered ${list.status} with count ${body.count}`);
      const one = await fetch(`${origin}${zgwGets[0]}`, { headers: zgwHeaders(zgwToken) });
      if (one.status !== 200) problems.push(`ZGW GET zaak answered ${one.status}`);
      await one.arrayBuffer();
      zgwPages = Math.max(1, Math.ceil((body.count ?? 0) / 100));
      console.log(`  ZGW: the benchmark client sees ${body.count} zaken of its first zaaktype (${zgwPages} pages)`);
    }
    type JobSpec = Pick<LoadJob, 'paths' | 'byPath'> & Partial<Pick<LoadJob, 'requests' | 'split' | 'headers' | 'okStatuses'>>;
    /** The requests of one warm-up or measurement (prepared fresh for each: drafts are used up). */
    const jobFor = async (scenario: Scenario, connections: number, seconds: number): Promise<JobSpec> => {
      switch (scenario) {
        case 'search-page': return { paths: QUERIES.map((q) => `/${SLUG}/zoeken?q=${encodeURIComponent(q)}`), byPath: true };
        case 'search-api': return { paths: QUERIES.map((q) => `/${SLUG}/api/v1/search?q=${encodeURIComponent(q)}`), byPath: true };
        case 'product-page': return { paths: productPaths, byPath: false };
        case 'work-queue': return { paths: [`/${SLUG}/beheer/zaken`], headers: { cookie: staffCookie }, byPath: false };
        case 'zgw-list': return { paths: zgwListPaths(origin, SLUG, zgwSetup!, zgwPages), headers: zgwHeaders(zgwToken), byPath: false };
        case 'zgw-get': return { paths: zgwGets, headers: zgwHeaders(zgwToken), byPath: false };
        case 'zgw-create': {
          const count = Math.ceil(Math.max(400, bestZgwCreateRate) * 1.5 * seconds) + connections * 4;
          return { paths: [], requests: zgwCreateRequests(origin, SLUG, zgwSetup!, zgwToken, count), split: true, okStatuses: [201], byPath: false };
        }
        case 'zgw-status-rol': {
          // Made beforehand through the service: zaken of allowed zaaktypen to give a status and a rol.
          const count = Math.ceil(Math.max(100, bestZgwCreateRate / 2) * seconds) + connections * 2;
          return { paths: [], requests: await zgwStatusRolRequests(stadhuis, tenant.id, origin, SLUG, zgwSetup!, zgwToken, count), split: true, okStatuses: [201], byPath: false };
        }
        case 'form-submission': {
          // Enough drafts for the fastest rate seen so far (at least the 300/s of the target) plus half.
          const count = Math.ceil(Math.max(300, bestSubmissionRate) * 1.5 * seconds) + connections * 4;
          const t0 = performance.now();
          const requests = await prepareSubmissions(forms, tenant.id, SLUG, zakenSetup!.formVersion, template!, count);
          process.stdout.write(`[${count} drafts in ${round((performance.now() - t0) / 1000, 1)} s] `);
          return { paths: [], requests, split: true, okStatuses: [303], byPath: false };
        }
      }
    };
    let bestSubmissionRate = 0;
    let bestZgwCreateRate = 0;

    const runs: RunReport[] = [];
    for (const scenario of settings.scenarios) {
      if ((scenario === 'form-submission' && !template) || (CATALOGUE_SCENARIOS.includes(scenario) && !list.length)) continue;
      if (ZGW_SCENARIOS.includes(scenario) && !zgwSetup) continue;
      for (const connections of ZGW_SCENARIOS.includes(scenario) ? settings.zgwConcurrency : settings.concurrency) {
        process.stdout.write(`  ${scenario} × ${connections}: warm-up ${settings.warmupSeconds} s, measure ${settings.seconds} s … `);
        const before = scenario === 'form-submission' ? await counts(stadhuis.database, tenant.id) : undefined;
        const warm = settings.warmupSeconds > 0
          ? await load.run({ origin, connections, seconds: settings.warmupSeconds, ...await jobFor(scenario, connections, settings.warmupSeconds), byPath: false })
          : undefined;
        await drain(origin);
        const job = await jobFor(scenario, connections, settings.seconds);
        const loadBefore = loadAverage();
        const cpu0 = process.cpuUsage();
        const host0 = hostCpuTimes();
        const t0 = performance.now();
        const r = await load.run({ origin, connections, seconds: settings.seconds, ...job });
        const wall = (performance.now() - t0) / 1000;
        const cpu = process.cpuUsage(cpu0);
        const host1 = hostCpuTimes();
        await drain(origin);
        const byQuery = r.byPath && Object.fromEntries(Object.entries(r.byPath).map(([p, v]) => [decodeURIComponent(p.replace(/^.*\?q=/, '')), v]));
        const run: RunReport = {
          engine, scenario, concurrency: connections, seconds: round(r.elapsedSeconds), requests: r.requests, rps: round(r.rps, 1),
          latencyMs: r.latency, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, statusCodes: r.statusCodes,
          warmup: { requests: warm?.requests ?? 0, errors: warm?.errors ?? 0, non2xx: warm?.non2xx ?? 0 },
          serverCpuPercent: round(((cpu.user + cpu.system) / 1e6 / wall) * 100, 0),
          loadgenCpuPercent: round(r.cpuPercent, 0),
          slowestFirstResponseMs: r.slowestFirstResponseMs,
          hostCpuPercent: round(((host1.busy - host0.busy) / Math.max(1, host1.total - host0.total)) * 100, 0),
          loadAverageBefore: loadBefore,
          errorSamples: [...(warm?.errorSamples ?? []), ...r.errorSamples].slice(0, 10),
          non2xxSamples: [...(warm?.non2xxSamples ?? []), ...r.non2xxSamples].slice(0, 10),
          ...(byQuery ? { byQuery } : {}),
        };
        if (scenario === 'form-submission') {
          // Every answered POST must have stored exactly one new submission (and zaak); a redirect
          // (303) is the success answer of the route.
          const after = await counts(stadhuis.database, tenant.id);
          run.submissionsStored = after.submissions - before!.submissions;
          const answered = r.requests + (warm?.requests ?? 0);
          const ok = (r.statusCodes['303'] ?? 0) + (warm?.statusCodes['303'] ?? 0);
          if (r.exhausted || (warm?.exhausted ?? 0)) problems.push(`form-submission × ${connections}: ${r.exhausted + (warm?.exhausted ?? 0)} connections ran out of prepared drafts`);
          // Posts still on their way when autocannon stops are answered after it (at most one per
          // connection, after warm-up and after measuring), so a few more may be stored than counted.
          const stored = run.submissionsStored;
          if (stored < answered || stored > answered + 2 * connections || ok !== answered || after.zaken - before!.zaken !== stored) {
            problems.push(`form-submission × ${connections}: ${answered} posts answered (${ok} with 303), ${run.submissionsStored} submissions and ${after.zaken - before!.zaken} zaken stored`);
          }
          bestSubmissionRate = Math.max(bestSubmissionRate, r.rps);
        }
        if (scenario === 'zgw-create') bestZgwCreateRate = Math.max(bestZgwCreateRate, r.rps);
        runs.push(run);
        const broken = run.errors + run.non2xx + run.warmup.errors + run.warmup.non2xx;
        console.log(`${run.rps} req/s, p95 ${run.latencyMs.p95} ms, p99 ${run.latencyMs.p99} ms${broken ? `  — ${broken} errors/non-2xx!` : ''}`);
      }
    }

    return {
      engine, serverVersion, poolSize: engine === 'postgres' ? (settings.poolSize ?? 10) : null, products: list.length, seedSeconds,
      zaken: zakenSetup ? settings.zaken : 0, zakenSeedSeconds, zgwZaken: zgwSetup ? settings.zgwZaken : 0, zgwSeedSeconds, analyzed, queries, runs, serverErrors, problems,
    };
  } finally {
    // Done here rather than at the end, so the next engine starts on a quiet machine; the
    // cleanup list still covers a close or drop that fails here.
    await closeStadhuis();
    forget(closeStadhuis);
    if (dropDatabase) {
      await dropDatabase();
      forget(dropDatabase);
    }
  }
}

function printEngine(report: EngineReport): void {
  console.log(`\n${report.engine} — ${report.serverVersion}${report.poolSize ? `, pool of ${report.poolSize} connections` : ''}; ${report.products} products; ${report.zaken} zaken; ${report.analyzed ? 'analysed' : 'not analysed (no planner statistics)'}`);
  console.log(table(
    ['engine', 'scenario', 'conc', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors', 'non-2xx', 'srv cpu%', 'host cpu%'],
    report.runs.map((r) => [
      r.engine, r.scenario, r.concurrency, r.requests, r.rps, r.latencyMs.p50, r.latencyMs.p95, r.latencyMs.p99, r.latencyMs.max,
      r.errors + r.warmup.errors, r.non2xx + r.warmup.non2xx, r.serverCpuPercent, r.hostCpuPercent,
    ]),
  ));
  const single = report.runs.find((r) => r.scenario === 'search-api' && r.concurrency === 1 && r.byQuery);
  if (single?.byQuery) {
    const slowest = Object.entries(single.byQuery).sort((a, b) => b[1].p50 - a[1].p50).slice(0, 6);
    console.log(`slowest queries (search-api × 1, p50): ${slowest.map(([q, l]) => `"${q}" ${l.p50} ms`).join(', ')}`);
  }
  for (const p of report.problems) console.log(`PROBLEM: ${p}`);
  for (const r of report.runs) {
    for (const e of r.errorSamples) console.log(`error (${r.scenario} × ${r.concurrency}): ${e}`);
    for (const s of r.non2xxSamples) console.log(`non-2xx (${r.scenario} × ${r.concurrency}): ${s.status} ${s.path}`);
  }
  for (const e of report.serverErrors) console.log(`server error log: ${e}`);
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const available: Engine[] = process.env.DATABASE_URL?.trim() ? ['pglite', 'postgres'] : ['pglite'];
  const chosen = process.env.BENCH_ENGINES?.trim() ? process.env.BENCH_ENGINES.split(',').map((e) => e.trim()) : available;
  for (const e of chosen) if (!available.includes(e as Engine)) throw new Error(`BENCH_ENGINES: "${e}" is not one of ${available.join(', ')} (postgres needs DATABASE_URL)`);
  const engines = chosen as Engine[];
  const machine = {
    cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', memoryGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverageAtStart: loadAverage(),
  };
  console.log(`Stadhuis benchmark — ${machine.cpus} CPU(s) (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}`);
  console.log(`load average now: ${loadAverage().join(' ')} (other work on this machine skews the figures)`);
  console.log(`engines: ${engines.join(', ')}; ${settings.products} products; ${QUERIES.length} search queries; concurrency ${settings.concurrency.join(' and ')}; ${settings.seconds} s per run after ${settings.warmupSeconds} s warm-up`);
  if (!process.env.DATABASE_URL?.trim()) console.log('(set DATABASE_URL=postgres://… to measure PostgreSQL as well; a scratch database is created and dropped on that server)');

  const load = new LoadGenerator();
  const reports: EngineReport[] = [];
  let crashed: unknown;
  try {
    for (const engine of engines) {
      console.log(`\n[${engine}]`);
      reports.push(await benchEngine(engine, load));
    }
  } catch (error) {
    crashed = error;
  } finally {
    load.close();
    await runCleanups();
  }

  for (const report of reports) printEngine(report);

  const pgReport = reports.find((r) => r.engine === 'postgres');
  if (pgReport) {
    console.log('\nTargets on PostgreSQL (informational, never asserted): search p95 < 30 ms, product page > 1,500 req/s,');
    console.log('form submission p99 < 60 ms and > 300 submissions/s, work queue p95 < 50 ms;');
    console.log('ZGW (1,000,000 zaken, client limited to 10 of 100 zaaktypen): list median < 15 ms at 1 client and < 60 ms at 16, create > 400 zaken/s');
    const verdict = (ok: boolean) => (ok ? '(meets target)' : '(misses target)');
    for (const r of pgReport.runs) {
      if (r.scenario === 'product-page') console.log(`  product-page × ${r.concurrency}: ${r.rps} req/s ${verdict(r.rps > 1500)}`);
      else if (r.scenario === 'form-submission') console.log(`  form-submission × ${r.concurrency}: p99 ${r.latencyMs.p99} ms ${verdict(r.latencyMs.p99 < 60)}, ${r.rps} submissions/s ${verdict(r.rps > 300)}`);
      else if (r.scenario === 'work-queue') console.log(`  work-queue × ${r.concurrency}: p95 ${r.latencyMs.p95} ms ${verdict(r.latencyMs.p95 < 50)}`);
      else if (r.scenario === 'zgw-list') console.log(`  zgw-list × ${r.concurrency}: median ${r.latencyMs.p50} ms ${verdict(r.latencyMs.p50 < (r.concurrency === 1 ? 15 : 60))} (Open Zaak: 150 ms at 1 user, 320-430 ms at 16)`);
      else if (r.scenario === 'zgw-get') console.log(`  zgw-get × ${r.concurrency}: median ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms`);
      else if (r.scenario === 'zgw-create') console.log(`  zgw-create × ${r.concurrency}: ${r.rps} zaken/s ${verdict(r.rps > 400)} (Open Zaak: about 25/s)`);
      else if (r.scenario === 'zgw-status-rol') console.log(`  zgw-status-rol × ${r.concurrency}: ${r.rps} req/s, median ${r.latencyMs.p50} ms`);
      else console.log(`  ${r.scenario} × ${r.concurrency}: p95 ${r.latencyMs.p95} ms ${verdict(r.latencyMs.p95 < 30)}`);
    }
  }

  const broken = reports.reduce((n, rep) => n + rep.problems.length + rep.runs.reduce((m, r) => m + r.errors + r.non2xx + r.warmup.errors + r.warmup.non2xx, 0), 0);
  const resultsDir = path.join(here, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({
    startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), machine, settings,
    targets: { postgres: { searchP95Ms: 30, productPageRps: 1500, submissionP99Ms: 60, submissionsPerSecond: 300, workQueueP95Ms: 50, zgwListMedianMs: { 1: 15, 16: 60 }, zgwCreatePerSecond: 400 } },
    engines: reports, brokenCount: broken, crashed: crashed ? String(crashed instanceof Error ? crashed.stack : crashed) : null,
  }, null, 2)}\n`);
  console.log(`\nresults written to ${path.relative(process.cwd(), file)}`);

  if (crashed) {
    console.error('\nThe benchmark crashed:', crashed);
    process.exitCode = 1;
  } else if (broken) {
    console.error(`\n${broken} errors, timeouts or non-2xx responses: something is broken (see above).`);
    process.exitCode = 1;
  }
}

await main();
