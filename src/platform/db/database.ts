import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { runMigrations, type Migration } from './migrate.js';

/** The role every request runs as: no BYPASSRLS, so row-level security always applies. */
export const APP_ROLE = 'stadhuis_app';

export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction as the application role with `app.tenant_id` set, so row-level
   * security shows only that municipality's rows. Query through `tx` only.
   */
  withTenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** A transaction without a tenant: tenant-owned tables look empty; platform tables are visible. */
  withPlatform<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Refreshes the planner's statistics (ANALYZE) as the owner. PGlite has no autovacuum, so
   * without this the planner guesses; on PostgreSQL autovacuum does it and this is a no-op.
   */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… or undefined for embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite folder; undefined with no databaseUrl means an in-memory PGlite (tests). */
  dataDir?: string | undefined;
  migrations: Migration[];
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options);
}

async function openPglite(options: OpenOptions): Promise<Database> {
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create(options.dataDir ? `${options.dataDir}/pglite` : undefined, { extensions: { pg_trgm } });
    await runMigrations({
      query: (text, params) => client.query(text, params as unknown[]).then((r) => ({ rows: r.rows as Record<string, unknown>[] })),
      exec: (text) => client.exec(text).then(() => undefined),
    }, options.migrations);
    // From here on this single connection acts as the application role.
    await client.exec(`SET ROLE ${APP_ROLE}`);
  } catch (error) {
    release();
    throw error;
  }
  const db = database('pglite', drizzlePglite(client) as unknown as Db, async () => {
    await client.close();
    release();
  });
  db.analyze = () => db.withPlatform(async (tx) => {
    await tx.execute(sql.raw('SET LOCAL ROLE NONE'));
    await tx.execute(sql.raw('ANALYZE'));
  });
  return db;
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const migrator = new pg.Client({ connectionString: url });
  await migrator.connect();
  try {
    await migrator.query(`SELECT pg_advisory_lock(727274)`); // two processes never migrate at once
    await runMigrations({
      query: (text, params) => migrator.query(text, params as unknown[]).then((r) => ({ rows: r.rows })),
      exec: (text) => migrator.query(text).then(() => undefined),
    }, options.migrations);
  } finally {
    await migrator.end().catch(() => {});
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  pool.on('connect', (c) => { c.query(`SET ROLE ${APP_ROLE}`).catch(() => {}); });
  pool.on('error', () => {}); // an idle client that dies is replaced on next use
  const db = drizzleNodePg(pool) as unknown as Db;
  const bound = new WeakMap<pg.PoolClient, Db>();
  return {
    kind: 'postgres',
    // BEGIN and the tenant go to the server in one round trip (a simple-protocol query with two
    // statements); the id is a UUID from our own registry, checked again here before it is inlined.
    async withTenant(tenantId, fn) {
      if (!UUID.test(tenantId)) throw new Error('ongeldige tenant-id');
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query(`BEGIN; SELECT set_config('app.tenant_id', '${tenantId}', true)`);
        let tx = bound.get(client);
        if (!tx) bound.set(client, (tx = drizzleNodePg(client) as unknown as Db));
        const result = await fn(tx as unknown as Tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((e: Error) => { broken = e; });
        throw error;
      } finally {
        client.release(broken); // a connection that cannot roll back is discarded
      }
    },
    withPlatform: (fn) => db.transaction(fn),
    analyze: async () => {},
    close: () => pool.end(),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function database(kind: Database['kind'], db: Db, close: () => Promise<void>): Database {
  return {
    kind,
    withTenant: (tenantId, fn) => db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
      return fn(tx);
    }),
    withPlatform: (fn) => db.transaction(fn),
    analyze: async () => {},
    close,
  };
}
