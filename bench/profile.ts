/**
 * Where a request spends its time: sends requests one by one to a Stadhuis on PostgreSQL
 * (DATABASE_URL, a scratch database) and counts the SQL statements per request, grouped by their
 * first words. PROFILE=submission (default): the benchmark form's final POST; PROFILE=zgw-create:
 * POST /zaken of the ZGW benchmark client. PROFILE_JOBS=true runs the outbox worker too. A tool
 * for performance work next to `npm run bench`; it asserts nothing.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/profile.ts
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import { createStadhuis } from '../src/platform/bootstrap.js';
import { loadConfig } from '../src/platform/config/config.js';
import { demoMunicipalities } from '../src/demo/municipalities.js';
import { FormsService } from '../src/modules/forms/service.js';
import { prepareSubmissions, seedZaken, setUpZaken, submitThroughForm } from './zaken.js';
import { setUpZgw, zgwBenchToken, zgwCreateRequests } from './zgw.js';

const admin = process.env.DATABASE_URL;
if (!admin) throw new Error('DATABASE_URL is required');
const name = `stadhuis_profile_${randomBytes(4).toString('hex')}`;
const c = new pg.Client({ connectionString: admin });
await c.connect();
await c.query(`CREATE DATABASE ${name}`);
await c.end();
const url = new URL(admin);
url.pathname = `/${name}`;

const counts = new Map<string, number>();
let total = 0;
const original = pg.Client.prototype.query;
(pg.Client.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text ?? '';
  const head = text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 4).join(' ').slice(0, 60);
  counts.set(head, (counts.get(head) ?? 0) + 1);
  total++;
  return (original as (...a: unknown[]) => unknown).apply(this, args);
};

const port = 3900 + Math.floor(Math.random() * 90);
const config = loadConfig({ ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', DEMO_SEED: 'false', DATABASE_URL: url.toString(), PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, TRUST_PROXY: 'true', SESSION_SECRET: randomBytes(32).toString('hex') });
const stadhuis = await createStadhuis(config, { logStream: new Writable({ write(_c, _e, d) { d(); } }), startJobs: process.env.PROFILE_JOBS === 'true' });
try {
  const origin = (await stadhuis.app.listen({ port, host: '127.0.0.1' })).replace(/\/$/, '');
  const tenant = await stadhuis.platform.tenants.create({ ...demoMunicipalities[0]!, slug: 'benchstad', name: 'Gemeente Benchstad' });
  const n = Number(process.env.PROFILE_REQUESTS ?? 30);
  let requests: { path: string; method: string; headers: Record<string, string>; body: string }[];
  if (process.env.PROFILE === 'zgw-create') {
    const setup = await setUpZgw(stadhuis, tenant, origin, 'benchstad', 12);
    requests = zgwCreateRequests(origin, 'benchstad', setup, await zgwBenchToken(), n + 3);
    // The first requests warm caches; they are not counted.
    for (const r of requests.splice(0, 3)) await (await fetch(`${origin}${r.path}`, { method: 'POST', headers: r.headers, body: r.body })).arrayBuffer();
  } else {
    const setup = await setUpZaken(stadhuis, tenant);
    await seedZaken(stadhuis.database, tenant.id, setup, Number(process.env.PROFILE_ZAKEN ?? 2000));
    const forms = new FormsService(stadhuis.platform.database, stadhuis.platform.sealer);
    const template = await submitThroughForm(origin, 'benchstad', forms, tenant.id);
    requests = await prepareSubmissions(forms, tenant.id, 'benchstad', setup.formVersion, template, n);
  }
  counts.clear();
  total = 0;
  const times: number[] = [];
  for (const r of requests) {
    const t0 = performance.now();
    const res = await fetch(`${origin}${r.path}`, { method: 'POST', headers: r.headers, body: r.body, redirect: 'manual' });
    if (res.status < 400) await res.arrayBuffer();
    times.push(performance.now() - t0);
    if (res.status >= 400) console.log('status', res.status, (await res.text()).slice(0, 300));
  }
  times.sort((a, b) => a - b);
  console.log(`${n} requests: median ${times[Math.floor(n / 2)]!.toFixed(1)} ms, p90 ${times[Math.floor(n * 0.9)]!.toFixed(1)} ms; ${(total / n).toFixed(1)} statements per request`);
  for (const [head, k] of [...counts.entries()].sort((a, b) => b[1] - a[1])) console.log(`${(k / n).toFixed(2).padStart(6)}  ${head}`);
  const q = new pg.Client({ connectionString: url.toString() });
  await q.connect();
  const topics = await q.query(`SELECT topic, count(*)::int AS n FROM outbox_events GROUP BY topic ORDER BY 2 DESC`);
  await q.end();
  console.log('outbox events by topic (whole run):', topics.rows.map((r) => `${r.topic} ${r.n}`).join(', '));
} finally {
  await stadhuis.close();
  const d = new pg.Client({ connectionString: admin });
  await d.connect();
  await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await d.end();
}
