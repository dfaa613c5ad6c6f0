/**
 * Seeding the two demo municipalities takes most of a test server's start. Tests start many
 * servers, so the seeded database is made once per code version and day, and every test server
 * starts from a copy: a PGlite dump in the temp folder, or a PostgreSQL template database. The key
 * is a hash of everything the seed depends on (all non-test sources and SQL, the date, the
 * settings), so a change anywhere gives a fresh seed. Tests that must see seeding itself use
 * `createStadhuis` directly.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createStadhuis } from '../bootstrap.js';
import { loadConfig } from '../config/config.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = path.join(os.tmpdir(), 'stadhuis-test-snapshots');

/** Fixed keys for every test server, so that a copy of a seeded database can be read by the next. */
export const TEST_KEYS = {
  SESSION_SECRET: 'test-session-secret-0123456789abcdef0123456789abcdef',
  DATA_ENCRYPTION_KEY: 'test-data-encryption-key-0123456789abcdef0123456789',
  PROCESSING_LOG_KEY: 'test-processing-log-key-0123456789abcdef0123456789a',
};

let sourceHash: string | undefined;

function hashSources(): string {
  if (sourceHash) return sourceHash;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|sql|json|svg|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        hash.update(full.slice(SRC.length)).update(readFileSync(full));
      }
    }
  };
  walk(SRC);
  sourceHash = hash.digest('hex');
  return sourceHash;
}

/** The key of a seeded database: sources, today's date (demo cases are dated from today), settings. */
export function snapshotKey(env: Record<string, string>): string {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
  return createHash('sha256').update(hashSources()).update(today).update(JSON.stringify(Object.entries(env).sort())).digest('hex').slice(0, 24);
}

const silent = new Writable({ write(_c, _e, done) { done(); } });

function seedConfig(env: Record<string, string>, databaseUrl?: string) {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'true', PUBLIC_URL: 'http://127.0.0.1:1', ...env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
}

/** A seeded PGlite database as a compressed dump (made on first use, then read from the temp folder). */
export async function pgliteSnapshot(env: Record<string, string>): Promise<Blob> {
  const file = path.join(DIR, `pglite-${snapshotKey(env)}.tar.gz`);
  if (!existsSync(file)) {
    const stadhuis = await createStadhuis(seedConfig(env), { inMemory: true, startJobs: false, logStream: silent });
    try {
      const blob = await stadhuis.database.dump!();
      mkdirSync(DIR, { recursive: true });
      const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
      writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
      renameSync(partial, file); // another process making the same file at the same time is fine
    } finally {
      await stadhuis.close();
    }
  }
  return new Blob([readFileSync(file)]);
}

/**
 * The name of a seeded template database on the TEST_DATABASE_URL server (made on first use,
 * under an advisory lock so that parallel test processes make it once). Older templates of
 * this machine's earlier code versions are dropped then.
 */
export async function postgresTemplate(adminUrl: string, env: Record<string, string>): Promise<string> {
  const name = `stadhuis_tpl_${snapshotKey(env)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(727275)');
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
    if (!exists) {
      const old = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'stadhuis\\_tpl\\_%' AND datname <> $1`, [name]);
      for (const row of old.rows) {
        await admin.query(`ALTER DATABASE ${row.datname} IS_TEMPLATE false`).catch(() => {});
        await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`).catch(() => {});
      }
      const building = `${name}_bouw`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      const url = new URL(adminUrl);
      url.pathname = `/${building}`;
      const stadhuis = await createStadhuis(seedConfig(env, url.toString()), { startJobs: false, logStream: silent });
      await stadhuis.close();
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      await admin.query(`ALTER DATABASE ${name} IS_TEMPLATE true`);
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(727275)').catch(() => {});
    await admin.end();
  }
  return name;
}
