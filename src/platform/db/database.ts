import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type SQL } from 'drizzle-orm';
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
  /** PGlite only: a compressed copy of the whole database (for `OpenOptions.loadDataDir`). */
  dump?: () => Promise<Blob>;
  /**
   * Calls `onNotify` for every NOTIFY on `channel` (a lower-case SQL identifier) once its
   * transaction has committed. PGlite listens on its single connection; PostgreSQL on a dedicated
   * connection outside the pool that reconnects after an error and then calls `onNotify` once,
   * since notifications sent while it was away are lost. Resolves to a function that stops it.
   */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… or undefined for embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite folder; undefined with no databaseUrl means an in-memory PGlite (tests). */
  dataDir?: string | undefined;
  migrations: Migration[];
  poolSize?: number;
  /** PGlite only: start from this copy of a database (`Database.dump`), e.g. a seeded one in tests. */
  loadDataDir?: Blob | undefined;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options);
}

async function openPglite(options: OpenOptions): Promise<Database> {
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create(options.dataDir ? `${options.dataDir}/pglite` : undefined, { extensions: { pg_trgm }, ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) });
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
  let closed = false;
  const db = database('pglite', drizzlePglite(client) as unknown as Db, async () => {
    closed = true;
    await client.close();
    release();
  }, async (channel, onNotify) => {
    const unlisten = await client.listen(checkChannel(channel), () => onNotify());
    return async () => {
      if (!closed) await unlisten();
    };
  });
  db.dump = async () => {
    await client.exec('RESET ROLE');
    try {
      return await client.dumpDataDir('gzip') as Blob;
    } finally {
      await client.exec(`SET ROLE ${APP_ROLE}`);
    }
  };
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
  const listeners = new Set<() => Promise<void>>();
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
        tenantOfTx.set(tx, tenantId);
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
    async listen(channel, onNotify) {
      const stop = await listenPostgres(url, checkChannel(channel), onNotify);
      const remove = async () => {
        listeners.delete(remove);
        await stop();
      };
      listeners.add(remove);
      return remove;
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}

function checkChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`ongeldige kanaalnaam voor LISTEN: ${channel}`);
  return channel;
}

/**
 * LISTEN on a connection of its own (a pooled connection would be handed to others). When the
 * connection breaks it reconnects with a growing pause (1 s … 30 s) and then calls `onNotify`
 * once, so that a listener does not wait for its poll after missing notifications.
 */
async function listenPostgres(url: string, channel: string, onNotify: () => void): Promise<() => Promise<void>> {
  let stopped = false;
  let current: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;

  const connect = async (): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel === channel) onNotify();
    });
    client.on('error', () => broken(client));
    client.on('end', () => broken(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      client.removeAllListeners('end');
      client.removeAllListeners('error');
      client.on('error', () => {});
      await client.end().catch(() => {});
      throw error;
    }
    return client;
  };
  const broken = (client: pg.Client) => {
    if (stopped || client !== current) return;
    current = undefined;
    client.removeAllListeners('end');
    client.removeAllListeners('error');
    client.on('error', () => {});
    client.end().catch(() => {});
    schedule();
  };
  const schedule = () => {
    if (stopped || timer) return;
    const delay = Math.min(30_000, 1000 * 2 ** Math.min(failures, 5));
    timer = setTimeout(async () => {
      timer = undefined;
      try {
        const client = await connect();
        if (stopped) {
          await client.end().catch(() => {});
          return;
        }
        current = client;
        failures = 0;
        onNotify();
      } catch {
        failures++;
        schedule();
      }
    }, delay);
    timer.unref();
  };

  current = await connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const client = current;
    current = undefined;
    if (client) {
      client.removeAllListeners('end');
      client.removeAllListeners('error');
      client.on('error', () => {});
      await client.end().catch(() => {});
    }
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function database(kind: Database['kind'], db: Db, close: () => Promise<void>, listen: Database['listen']): Database {
  return {
    kind,
    withTenant: (tenantId, fn) => db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
      tenantOfTx.set(tx, tenantId);
      return fn(tx);
    }),
    withPlatform: (fn) => db.transaction(fn),
    analyze: async () => {},
    listen,
    close,
  };
}

/** The municipality of each running withTenant transaction (set at its start), saving a query per lookup. */
const tenantOfTx = new WeakMap<object, string>();

/** The municipality of this transaction (set by withTenant). */
export async function currentTenant(tx: Tx): Promise<string> {
  const known = tenantOfTx.get(tx);
  if (known) return known;
  const result = await tx.execute(sql`select current_tenant_id()::text as id`);
  const id = (result as unknown as { rows: { id: string | null }[] }).rows[0]?.id;
  if (!id) throw new Error('geen gemeente in deze transactie (gebruik database.withTenant)');
  return id;
}

/** The rows of a raw SQL query (both drivers answer `{ rows }`). */
export async function rowsOf<T>(tx: Tx, query: SQL): Promise<T[]> {
  return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
}
