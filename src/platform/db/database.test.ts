import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../config/config.js';
import { createStadhuis } from '../bootstrap.js';
import { ReservedSlugError } from '../tenancy/tenants.js';
import { DataDirLockedError } from './data-dir-lock.js';
import { runMigrations, MigrationChangedError, type MigrationConnection } from './migrate.js';

describe('embedded database folder (PGlite)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'stadhuis-data-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, DEMO_SEED: 'false', LOG_LEVEL: 'silent' });

  it('keeps its data across a restart', async () => {
    const first = await createStadhuis(config);
    await first.platform.tenants.create({ slug: 'bewaardorp', name: 'Gemeente Bewaardorp', theme: { primary: '#154273', primaryDark: '#0b2a4d', primaryLight: '#e8f0f8', accent: '#ffb612' }, contact: { phone: '14 0000', email: 'a@b.nl', address: 'x', website: 'https://x.nl' }, logoSvg: '<svg/>' });
    await first.close();
    const second = await createStadhuis(config);
    try {
      assert.ok(await second.platform.tenants.bySlug('bewaardorp'));
    } finally {
      await second.close();
    }
  });

  it('refuses a second process on the same folder with a clear message', async () => {
    // A lock held by a live process (our parent) blocks; we cannot start a second one meanwhile.
    writeFileSync(path.join(dir, 'pglite.lock'), String(process.ppid));
    await assert.rejects(createStadhuis(config), (error: unknown) => {
      assert.ok(error instanceof DataDirLockedError);
      assert.match(error.message, /is al in gebruik door een ander Stadhuis-proces/);
      return true;
    });
  });

  it('takes over a lock left behind by a process that died', async () => {
    writeFileSync(path.join(dir, 'pglite.lock'), '999999999');
    const stadhuis = await createStadhuis(config);
    await stadhuis.close();
  });
});

describe('migrations', () => {
  it('applies each migration once, in order, rolls back a failing one and refuses a changed one', async () => {
    const db = await PGlite.create();
    const conn: MigrationConnection = {
      query: (text, params) => db.query(text, params).then((r) => ({ rows: r.rows as Record<string, unknown>[] })),
      exec: (text) => db.exec(text).then(() => undefined),
    };
    try {
      const list = [{ id: 'a/0001.sql', sql: 'CREATE TABLE a (x int)' }, { id: 'a/0002.sql', sql: 'INSERT INTO a VALUES (1)' }];
      assert.deepEqual(await runMigrations(conn, list), ['a/0001.sql', 'a/0002.sql']);
      assert.deepEqual(await runMigrations(conn, list), [], 'nothing runs twice');
      assert.equal((await db.query('SELECT count(*)::int AS n FROM a')).rows.length, 1);
      await assert.rejects(runMigrations(conn, [...list, { id: 'a/0003.sql', sql: 'CREATE TABLE b (y int); SELECT nonsense FROM nowhere' }]), /Migratie a\/0003.sql mislukt/);
      assert.equal((await db.query(`SELECT to_regclass('b') AS t`)).rows[0] && (await db.query<{ t: string | null }>(`SELECT to_regclass('b') AS t`)).rows[0]!.t, null, 'a failed migration leaves nothing behind');
      await assert.rejects(runMigrations(conn, [{ id: 'a/0001.sql', sql: 'CREATE TABLE a (x bigint)' }]), MigrationChangedError);
    } finally {
      await db.close();
    }
  });
});

describe('row-level security without a tenant', () => {
  it('shows no tenant-owned rows to a query that sets no municipality, and refuses writes', async () => {
    const stadhuis = await createStadhuis(loadConfig({ NODE_ENV: 'test', DEMO_SEED: 'false', LOG_LEVEL: 'silent' }), { inMemory: true });
    try {
      await assert.rejects(stadhuis.platform.tenants.create({ slug: 'idp', name: 'Gemeente IdP', theme: { primary: '#154273', primaryDark: '#0b2a4d', primaryLight: '#e8f0f8', accent: '#ffb612' }, contact: { phone: '1', email: 'a@b.nl', address: 'x', website: 'https://x.nl' }, logoSvg: '<svg/>' }), ReservedSlugError, 'a municipality cannot take a platform path');
      const tenant = await stadhuis.platform.tenants.create({ slug: 'rlsdorp', name: 'Gemeente RLS', theme: { primary: '#154273', primaryDark: '#0b2a4d', primaryLight: '#e8f0f8', accent: '#ffb612' }, contact: { phone: '1', email: 'a@b.nl', address: 'x', website: 'https://x.nl' }, logoSvg: '<svg/>' });
      await stadhuis.database.withTenant(tenant.id, (tx) => tx.execute(sql`insert into catalogue_categories (slug, name, name_en, description, description_en) values ('x', 'X', 'X', 'x', 'x')`));
      const seen = await stadhuis.database.withTenant(tenant.id, (tx) => tx.execute(sql`select count(*)::int as n from catalogue_categories`));
      assert.equal((seen as unknown as { rows: { n: number }[] }).rows[0]!.n, 1);
      const raw = await stadhuis.database.withPlatform((tx) => tx.execute(sql`select count(*)::int as n from catalogue_categories`));
      assert.equal((raw as unknown as { rows: { n: number }[] }).rows[0]!.n, 0, 'a raw query without a tenant sees nothing');
      await assert.rejects(stadhuis.database.withPlatform((tx) => tx.execute(sql`insert into catalogue_categories (tenant_id, slug, name, name_en, description, description_en) values (${tenant.id}, 'y', 'Y', 'Y', 'y', 'y')`)),
        (error: Error) => /row-level security/.test(`${error.message} ${(error.cause as Error | undefined)?.message}`));
      const role = await stadhuis.database.withPlatform((tx) => tx.execute(sql`select current_user as u, (select rolbypassrls from pg_roles where rolname = current_user) as bypass`));
      assert.deepEqual((role as unknown as { rows: unknown[] }).rows[0], { u: 'stadhuis_app', bypass: false });
    } finally {
      await stadhuis.close();
    }
  });
});
