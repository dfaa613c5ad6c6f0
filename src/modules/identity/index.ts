import { migrationsFrom } from '../../platform/db/migrate.js';
import type { StadhuisModule } from '../../platform/http/types.js';
import { registerPasskeyRoutes } from './passkeys.js';
import { registerIdentityRoutes } from './routes.js';

/** Residents and businesses: login with DigiD/eHerkenning (OIDC) or a passkey, sessions, "Mijn …". */
export const identityModule: StadhuisModule = {
  name: 'identity',
  migrations: migrationsFrom('identity', new URL('./migrations', import.meta.url).pathname),
  tenantRoutes(app, platform) {
    registerIdentityRoutes(app, platform);
    registerPasskeyRoutes(app, platform);
  },
};
