import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Migration {
  /** Unique and stable: "<module>/<file>". */
  id: string;
  sql: string;
}

export interface MigrationConnection {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  exec(text: string): Promise<void>;
}

/** Reads `NNNN_name.sql` files of one module, in file-name order. */
export function migrationsFrom(moduleName: string, dir: string): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => ({ id: `${moduleName}/${f}`, sql: readFileSync(path.join(dir, f), 'utf8') }));
}

export class MigrationChangedError extends Error {
  constructor(id: string) {
    super(`Migratie ${id} is al uitgevoerd maar daarna gewijzigd. Maak een nieuwe migratie in plaats van een oude te veranderen.`);
  }
}

/** Applies every migration not yet applied, each in its own transaction, in the given order. */
export async function runMigrations(conn: MigrationConnection, migrations: Migration[]): Promise<string[]> {
  await conn.exec(`CREATE TABLE IF NOT EXISTS stadhuis_migrations (
    id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const { rows } = await conn.query(`SELECT id, checksum FROM stadhuis_migrations`);
  const applied = new Map(rows.map((r) => [String(r.id), String(r.checksum)]));
  const done: string[] = [];
  for (const migration of migrations) {
    const checksum = createHash('sha256').update(migration.sql).digest('hex');
    const previous = applied.get(migration.id);
    if (previous) {
      if (previous !== checksum) throw new MigrationChangedError(migration.id);
      continue;
    }
    await conn.exec('BEGIN');
    try {
      await conn.exec(migration.sql);
      await conn.query(`INSERT INTO stadhuis_migrations (id, checksum) VALUES ($1, $2)`, [migration.id, checksum]);
      await conn.exec('COMMIT');
    } catch (error) {
      await conn.exec('ROLLBACK');
      throw new Error(`Migratie ${migration.id} mislukt: ${(error as Error).message}`, { cause: error });
    }
    done.push(migration.id);
  }
  return done;
}
