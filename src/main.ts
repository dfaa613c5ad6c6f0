import { ConfigError, loadConfig } from './platform/config/config.js';
import { createStadhuis } from './platform/bootstrap.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const started = Date.now();
  const stadhuis = await createStadhuis(config);
  const { app } = stadhuis;
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  app.log.info(`Stadhuis draait op ${config.publicUrl} (database: ${where}, gestart in ${Date.now() - started} ms)`);
  if (config.nodeEnv !== 'production') {
    console.log(`\nStadhuis draait op ${config.publicUrl}\n  Gemeenten: ${(await stadhuis.platform.tenants.list()).map((t) => `${config.publicUrl}/${t.slug}`).join('  ')}\n  Beheer: ${config.publicUrl}/<gemeente>/beheer (inloggen als testmedewerker bij de ingebouwde inlogdienst)\n`);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: Stadhuis stopt`);
    await stadhuis.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error('Stadhuis kon niet starten:', error instanceof Error ? error.message : error);
  process.exit(1);
});
