import type { FastifyInstance } from 'fastify';
import { demoMunicipalities } from '../demo/municipalities.js';
import { modules as allModules } from '../modules/index.js';
import type { Config } from './config/config.js';
import { openDatabase, type Database } from './db/database.js';
import { buildApp } from './http/app.js';
import type { Platform, StadhuisModule } from './http/types.js';
import { Jobs, type JobsLogger } from './jobs/index.js';
import { createMailer, mailSettings, registerMailDelivery, senderDomain, type Mailer } from './mail/index.js';
import { allMigrations } from './migrations.js';

export interface Stadhuis {
  app: FastifyInstance;
  platform: Platform;
  database: Database;
  close(): Promise<void>;
}

/** What createStadhuis gives: also the job worker and the mailer (until they are on Platform). */
export interface RunningStadhuis extends Stadhuis {
  /** The outbox worker (started unless options.startJobs is false; stopped by close). */
  jobs: Jobs;
  /** SMTP, the development mailbox, or (production without SMTP_URL) a mailer that refuses. */
  mailer: Mailer;
}

/**
 * Opens the database (PGlite in dataDir, or DATABASE_URL), applies migrations, builds the HTTP
 * application and seeds the demo municipalities when configured and the database has none.
 * `inMemory` is for tests: a PGlite that lives only in this process.
 */
export async function createStadhuis(config: Config, options: { inMemory?: boolean; modules?: StadhuisModule[]; logStream?: NodeJS.WritableStream; startJobs?: boolean; poolSize?: number; loadDataDir?: Blob } = {}): Promise<RunningStadhuis> {
  const modules = options.modules ?? allModules;
  const mail = mailSettings(config); // a bad SMTP_URL or MAIL_FROM stops the start here
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: options.inMemory ? undefined : config.dataDir,
    migrations: allMigrations(modules),
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  // The worker logs through the application's logger once that exists.
  let jobsLog: JobsLogger | undefined;
  const jobs = new Jobs(database, {
    log: { info: (o, m) => jobsLog?.info(o, m), warn: (o, m) => jobsLog?.warn(o, m), error: (o, m) => jobsLog?.error(o, m) },
  });
  const mailer = createMailer(mail, database);
  registerMailDelivery(jobs, database, mailer, { messageIdDomain: senderDomain(mail.from) });
  try {
    const { app, platform } = await buildApp({ config, database, modules, logStream: options.logStream, jobs, mailer });
    jobsLog = app.log.child({ component: 'jobs' });
    if (mail.transport === 'none') app.log.warn('SMTP_URL is niet ingesteld: e-mail wordt niet verstuurd (de opdrachten blijven staan tot SMTP_URL is ingesteld)');
    if (config.demoSeed) await seedDemoMunicipalities(platform, modules);
    await database.analyze();
    // After the modules registered their handlers (while the application was built).
    if (options.startJobs !== false) await jobs.start();
    return {
      app, platform, database, jobs, mailer,
      async close() {
        await app.close();
        await jobs.stop();
        mailer.close?.();
        await database.close();
      },
    };
  } catch (error) {
    await jobs.stop();
    mailer.close?.();
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
