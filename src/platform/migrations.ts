import { migrationsFrom, type Migration } from './db/migrate.js';
import type { StadhuisModule } from './http/types.js';

const here = (path: string) => new URL(path, import.meta.url).pathname;

/** Platform migrations first (roles, tenants, sessions, processing log, outbox, mail), then each module's, in module order. */
export function allMigrations(modules: StadhuisModule[]): Migration[] {
  return [
    ...migrationsFrom('platform', here('./db/migrations')),
    ...migrationsFrom('tenancy', here('./tenancy/migrations')),
    ...migrationsFrom('auth', here('./auth/migrations')),
    ...migrationsFrom('processing-log', here('./processing-log/migrations')),
    ...migrationsFrom('jobs', here('./jobs/migrations')),
    ...migrationsFrom('mail', here('./mail/migrations')),
    ...modules.flatMap((m) => m.migrations),
  ];
}
