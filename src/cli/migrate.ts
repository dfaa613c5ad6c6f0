import { loadConfig } from '../platform/config/config.js';
import { openDatabase } from '../platform/db/database.js';
import { allMigrations } from '../platform/migrations.js';
import { modules } from '../modules/index.js';

/** `npm run migrate`: applies pending migrations to DATABASE_URL or the PGlite folder, then exits. */
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrations: allMigrations(modules) });
await database.close();
console.log(`Migraties zijn bijgewerkt (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}).`);
