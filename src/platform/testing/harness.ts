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
export function getWithHost(baseUrl: string, path: string, host: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    http.get({ hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    }).on('error', reject);
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
  if (engine === 'postgres') {
    const admin = process.env.TEST_DATABASE_URL;
    if (!admin) throw new Error('TEST_DATABASE_URL is not set');
    const name = `stadhuis_test_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
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
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...options.env,
  });
  const stadhuis = await createStadhuis(config, { inMemory: engine === 'pglite', logStream, ...(options.extraModules ? { modules: [...allModules, ...options.extraModules] } : {}) });
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

/** A browser-like visitor: keeps cookies, fetches forms' CSRF tokens and posts forms. */
export class Visitor {
  private cookies = new Map<string, string>();

  /** `headers` go with every request (e.g. X-Forwarded-For to act as another address). */
  constructor(private readonly server: Pick<TestServer, 'url'>, private readonly headers: Record<string, string> = {}) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, { method: 'GET', headers });
  }

  /** Posts a form; takes the CSRF token from the page at `formPage` (default: the same path). */
  async post(path: string, fields: Record<string, string | string[]>, options: { formPage?: string; csrf?: string | false } = {}): Promise<Response> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    if (options.csrf !== false) body.set('_csrf', options.csrf ?? (await this.csrfFrom(options.formPage ?? path)));
    return this.request(path, { method: 'POST', body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  async csrfFrom(path: string): Promise<string> {
    const html = await (await this.get(path)).text();
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!match) throw new Error(`no CSRF token on ${path}`);
    return match[1]!;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async request(path: string, init: { method: string; body?: string; headers?: Record<string, string> }): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.server.url}${path}`, {
      method: init.method, body: init.body ?? null, redirect: 'manual',
      headers: { ...this.headers, ...(init.headers ?? {}), ...(cookie ? { cookie } : {}) },
    });
    for (const set of res.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(set) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}

/** Test employees of the embedded identity provider (see src/modules/idp/test-identities.ts). */
export const TEST_STAFF = {
  dijkwaard: {
    'kcc-medewerker': 'anouk.visser', behandelaar: 'bram.smit', teamleider: 'carla.bos', 'functioneel-beheerder': 'dennis.mulder',
    archivaris: 'esther.degraaf', griffie: 'frank.meijer', admin: 'gerda.hoekstra',
  },
  heuvelrode: {
    'kcc-medewerker': 'hanneke.peters', behandelaar: 'ivo.kok', teamleider: 'joke.vandijk', 'functioneel-beheerder': 'karim.bakker',
    archivaris: 'lotte.willems', griffie: 'maarten.dekker', admin: 'nadia.brouwer',
  },
} as const;

/**
 * Logs an employee in to the back office of a municipality the way a browser does: the login
 * button, the identity provider (embedded test IdP, staff account picked), back to the callback.
 * `path` is the municipality's path prefix ("/dijkwaard"). Returns the visitor with the session.
 */
export async function loginAsStaff<V extends Visitor = Visitor>(server: Pick<TestServer, 'url'>, path: string, account: string, visitor: V = new Visitor(server) as V, back = '/beheer'): Promise<V> {
  const local = (location: string) => { const u = new URL(location, server.url); return u.pathname + u.search; };
  const start = await visitor.post(`${path}/beheer/inloggen`, { terug: back });
  if (start.status !== 303) throw new Error(`staff login did not start: ${start.status}`);
  const interaction = local((await visitor.get(local(start.headers.get('location')!))).headers.get('location')!);
  const picked = await visitor.post(interaction, { soort: 'medewerker', medewerker: account });
  if (picked.status !== 303) throw new Error(`the identity provider refused ${account}: ${picked.status}`);
  const callback = (await visitor.get(local(picked.headers.get('location')!))).headers.get('location')!;
  const done = await visitor.get(local(callback));
  if (done.status !== 303) throw new Error(`staff login of ${account} failed: ${done.status} ${await done.text()}`);
  if (done.headers.get('location') !== `${path}${back}`) throw new Error(`staff login of ${account} went to ${done.headers.get('location')}`);
  return visitor;
}

/**
 * Logs a resident in with DigiD through the embedded IdP (test person by BSN, at a level), the
 * way a browser does. Returns the visitor with the session.
 */
export async function loginAsResident<V extends Visitor = Visitor>(server: Pick<TestServer, 'url'>, path: string, bsn: string, level = 'midden', visitor: V = new Visitor(server) as V): Promise<V> {
  const local = (location: string) => { const u = new URL(location, server.url); return u.pathname + u.search; };
  const start = await visitor.post(`${path}/inloggen`, { soort: 'digid', niveau: level, terug: '/mijn' }, { formPage: `${path}/inloggen` });
  if (start.status !== 303) throw new Error(`resident login did not start: ${start.status}`);
  const interaction = local((await visitor.get(local(start.headers.get('location')!))).headers.get('location')!);
  const picked = await visitor.post(interaction, { soort: 'digid', persoon: bsn, niveau: level });
  if (picked.status !== 303) throw new Error(`the identity provider refused ${bsn}: ${picked.status}`);
  const callback = (await visitor.get(local(picked.headers.get('location')!))).headers.get('location')!;
  const done = await visitor.get(local(callback));
  if (done.status !== 303 || done.headers.get('location') !== `${path}/mijn`) throw new Error(`resident login failed: ${done.status} ${done.headers.get('location')}`);
  return visitor;
}

/**
 * Logs in the functioneel beheerder (who manages the catalogue) of a demo municipality, or of
 * the test fixtures' Alfadorp (Dennis Mulder) and Betastad (Karim Bakker).
 */
export async function loginAsAdmin(server: TestServer, slug: 'dijkwaard' | 'heuvelrode' | 'alfadorp' | 'betastad', account?: string, visitor = new Visitor(server)): Promise<Visitor> {
  const defaults = { dijkwaard: TEST_STAFF.dijkwaard['functioneel-beheerder'], alfadorp: TEST_STAFF.dijkwaard['functioneel-beheerder'], heuvelrode: TEST_STAFF.heuvelrode['functioneel-beheerder'], betastad: TEST_STAFF.heuvelrode['functioneel-beheerder'] };
  return loginAsStaff(server, `/${slug}`, account ?? defaults[slug], visitor);
}
