import type { StadhuisModule } from '../../platform/http/types.js';
import { registerIdentityRoutes } from './routes.js';

/** Residents and businesses: login with DigiD/eHerkenning (OIDC), sessions, "Mijn …". */
export const identityModule: StadhuisModule = {
  name: 'identity',
  migrations: [],
  tenantRoutes(app, platform) {
    registerIdentityRoutes(app, platform);
  },
};
