import type { StadhuisModule } from '../../platform/http/types.js';
import { registerStaffRoutes } from './routes.js';

/** Staff login (OIDC), the back-office home, employees and roles, API clients and the rights log. */
export const staffModule: StadhuisModule = {
  name: 'staff',
  migrations: [],
  adminNav: [
    { path: '/beheer/gebruikers', label: { nl: 'Medewerkers en rollen', en: 'Staff and roles' }, permission: 'gebruikers.beheren' },
    { path: '/beheer/api-clients', label: { nl: 'API-clients', en: 'API clients' }, permission: 'gebruikers.beheren' },
    { path: '/beheer/rechtenlogboek', label: { nl: 'Rechtenlogboek', en: 'Rights log' }, permission: 'logboek.lezen' },
  ],
  tenantRoutes(app, platform) {
    registerStaffRoutes(app, platform);
  },
};
