/** Test helpers: a real database (PGlite folder or a fresh PostgreSQL database) that can be reopened. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.js';
import { allMigrations } from '../migrations.js';
import type { StadhuisModule } from '../http/types.js';
import { TenantRegistry, type Tenant } from '../tenancy/tenants.js';
import type { Engine } from '../testing/harness.js';

export interface ReopenableDatabase {
  /** Opens (again) the same database: the same PGlite folder or PostgreSQL database. */
  open(): Promise<Database>;
  /** Removes the folder or drops the database. */
  destroy(): Promise<void>;
  /** The PostgreSQL database's URL (as its owner); undefined for PGlite. */
  url?: string;
}

/**
 * A database with the platform's migrations, kept on disk (PGlite) or on the test server.
 * `reopen: false` gives an in-memory PGlite (faster to create) that can be opened only once.
 */
export async function reopenableDatabase(engine: Engine, options: { reopen?: boolean; modules?: StadhuisModule[] } = {}): Promise<ReopenableDatabase> {
  const migrations = allMigrations(options.modules ?? []);
  if (engine === 'pglite' && options.reopen === false) {
    return { open: () => openDatabase({ migrations }), destroy: async () => {} };
  }
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'stadhuis-jobs-'));
    return {
      open: () => openDatabase({ dataDir: dir, migrations }),
      destroy: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('TEST_DATABASE_URL is not set');
  const name = `stadhuis_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    open: () => openDatabase({ databaseUrl: url.toString(), migrations }),
    async destroy() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function createTestTenant(database: Database, slug: string): Promise<Tenant> {
  return new TenantRegistry(database).create({
    slug, name: `Gemeente ${slug[0]!.toUpperCase()}${slug.slice(1)}`,
    theme: { primary: '#154273', primaryDark: '#0b2a4d', primaryLight: '#e8f0f8', accent: '#ffb612' },
    contact: { phone: '14 0123', email: 'info@example.nl', address: 'Markt 1, 1234 AB Testdorp', website: 'https://example.nl' },
    logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  });
}

/** Waits until `check` is true (polling), or fails after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
