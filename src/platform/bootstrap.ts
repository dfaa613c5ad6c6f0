import type { FastifyInstance } from 'fastify';
import { demoMunicipalities } from '../demo/municipalities.js';
import { modules as allModules } from '../modules/index.js';
import type { Config } from './config/config.js';
import { openDatabase, type Database } from './db/database.js';
import { buildApp } from './http/app.js';
import type { Platform, StadhuisModule } from './http/types.js';
import { allMigrations } from './migrations.js';

export interface Stadhuis {
  app: FastifyInstance;
  platform: Platform;
  database: Database;
  close(): Promise<void>;
}

/**
 * Opens the database (PGlite in dataDir, or DATABASE_URL), applies migrations, builds the HTTP
 * application and seeds the demo municipalities when configured and the database has none.
 * `inMemory` is for tests: a PGlite that lives only in this process.
 */
export async function createStadhuis(config: Config, options: { inMemory?: boolean; modules?: StadhuisModule[]; logStream?: NodeJS.WritableStream } = {}): Promise<Stadhuis> {
  const modules = options.modules ?? allModules;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: options.inMemory ? undefined : config.dataDir,
    migrations: allMigrations(modules),
  });
  try {
    const { app, platform } = await buildApp({ config, database, modules, logStream: options.logStream });
    if (config.demoSeed) await seedDemoMunicipalities(platform, modules);
    await database.analyze();
    return {
      app, platform, database,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Creates the demo municipalities that do not exist yet, with each module's demo content. */
export async function seedDemoMunicipalities(platform: Platform, modules: StadhuisModule[]): Promise<void> {
  for (const demo of demoMunicipalities) {
    if (await platform.tenants.bySlug(demo.slug)) continue;
    const tenant = await platform.tenants.create(demo);
    for (const mod of modules) await mod.seedDemo?.(platform, tenant);
  }
}
