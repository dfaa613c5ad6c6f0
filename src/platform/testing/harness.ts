import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import { loadConfig, type Config } from '../config/config.js';
import { modules as allModules } from '../../modules/index.js';
import { createStadhuis, type Stadhuis } from '../bootstrap.js';
import type { StadhuisModule } from '../http/types.js';

import http from 'node:http';
import net from 'node:net';

export type Engine = 'pglite' | 'postgres';

/** GET with any Host header (fetch may not set Host), for the <slug>.localhost form. */
export function getWithHost(baseUrl: string, path: string, host: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return requestWithHost(baseUrl, 'GET', path, host, headers);
}

/** Any request with any Host header (fetch may not set Host), for the <slug>.localhost form. */
export function requestWithHost(baseUrl: string, method: string, path: string, host: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({ method, hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: { ...headers, host } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function engines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

export { loginAsResident, loginAsStaff, TEST_STAFF, Visitor } from './visitor.js';
import { loginAsStaff, TEST_STAFF, Visitor } from './visitor.js';
import { pgliteSnapshot, postgresTemplate, TEST_KEYS } from './demo-snapshot.js';

export interface TestServer {
  engine: Engine;
  url: string;
  stadhuis: Stadhuis;
  config: Config;
  /** Every structured log line the server wrote. */
  logs: LogLine[];
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A real Stadhuis on a random port, on a fresh database: an in-memory PGlite, or a new database
 * on the TEST_DATABASE_URL server that is dropped again at close.
 */
export async function startTestServer(engine: Engine, options: { demo?: boolean; env?: Record<string, string>; extraModules?: StadhuisModule[] } = {}): Promise<TestServer> {
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  // Demo servers start from a copy of a database seeded once (see demo-snapshot.ts).
  const env: Record<string, string> = { ...TEST_KEYS, ...options.env };
  const fromSnapshot = options.demo !== false && env.DEMO_SEED !== 'false' && !options.extraModules?.some((m) => m.seedDemo) && process.env.TEST_FRESH_SEED !== 'true';
  let loadDataDir: Blob | undefined;
  if (engine === 'postgres') {
    const admin = process.env.TEST_DATABASE_URL;
    if (!admin) throw new Error('TEST_DATABASE_URL is not set');
    const name = `stadhuis_test_${randomBytes(6).toString('hex')}`;
    const template = fromSnapshot ? await postgresTemplate(admin, env) : undefined;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
        break;
      } catch (error) {
        // Another process copying the same template at this moment: try again shortly.
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 250 * attempt));
      }
    }
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const logs: LogLine[] = [];
  const logStream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  // A free port first, so the configured public URL is the real address (OIDC issuers and
  // redirect URIs must be exact).
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test', LOG_LEVEL: 'info', DEMO_SEED: options.demo === false ? 'false' : 'true',
    PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...env,
  });
  if (engine === 'pglite' && fromSnapshot) loadDataDir = await pgliteSnapshot(env);
  const stadhuis = await createStadhuis(config, {
    inMemory: engine === 'pglite', logStream, ...(loadDataDir ? { loadDataDir } : {}),
    ...(options.extraModules ? { modules: [...allModules, ...options.extraModules] } : {}),
  });
  const address = await stadhuis.app.listen({ port, host: '127.0.0.1' });
  return {
    engine, url: address, stadhuis, config, logs,
    fetch: (path, init) => fetch(`${address}${path}`, { redirect: 'manual', ...init }),
    async close() {
      await stadhuis.close();
      await dropDatabase();
    },
  };
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

/**
 * Logs in the functioneel beheerder (who manages the catalogue) of a demo municipality, or of
 * the test fixtures' Alfadorp (Dennis Mulder) and Betastad (Karim Bakker).
 */
export async function loginAsAdmin(server: TestServer, slug: 'dijkwaard' | 'heuvelrode' | 'alfadorp' | 'betastad', account?: string, visitor = new Visitor(server)): Promise<Visitor> {
  const defaults = { dijkwaard: TEST_STAFF.dijkwaard['functioneel-beheerder'], alfadorp: TEST_STAFF.dijkwaard['functioneel-beheerder'], heuvelrode: TEST_STAFF.heuvelrode['functioneel-beheerder'], betastad: TEST_STAFF.heuvelrode['functioneel-beheerder'] };
  return loginAsStaff(server, `/${slug}`, account ?? defaults[slug], visitor);
}
