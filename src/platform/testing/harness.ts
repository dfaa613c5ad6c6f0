import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import { loadConfig, type Config } from '../config/config.js';
import { createStadhuis, type Stadhuis } from '../bootstrap.js';

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
export async function startTestServer(engine: Engine, options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<TestServer> {
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
    ADMIN_PASSWORD: 'test-wachtwoord', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...options.env,
  });
  const stadhuis = await createStadhuis(config, { inMemory: engine === 'pglite', logStream });
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

  constructor(private readonly server: Pick<TestServer, 'url'>) {}

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
      headers: { ...(init.headers ?? {}), ...(cookie ? { cookie } : {}) },
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

/** Logs in to the back office of a municipality. */
export async function loginAsAdmin(server: TestServer, slug: string, name = 'Test Beheerder'): Promise<Visitor> {
  const visitor = new Visitor(server);
  const res = await visitor.post(`/${slug}/beheer/inloggen`, { name, password: 'test-wachtwoord', terug: '/beheer' });
  if (res.status !== 303) throw new Error(`login failed: ${res.status}`);
  return visitor;
}
