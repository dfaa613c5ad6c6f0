/**
 * Module behandeling: the back office for cases — the work queue (werkvoorraad) at
 * /beheer/zaken, the case page with everything about a zaak, and the actions of handling it
 * (status, asking for information, kitchen-table conversation, extension, result, decision with
 * letter, closing, notes, tasks). Built on the zaken, documenten, besluiten and beschikkingen services.
 */
import type { StadhuisModule } from '../../platform/http/types.js';
import { registerBehandelingRoutes } from './routes.js';

export const behandelingModule: StadhuisModule = {
  name: 'behandeling',
  migrations: [],
  adminNav: [{ path: '/beheer/zaken', label: { nl: 'Werkvoorraad', en: 'Work queue' }, permission: 'zaken.lezen' }],
  tenantRoutes(app, platform) {
    registerBehandelingRoutes(app, platform);
  },
  async seedDemo(platform, tenant) {
    const { seedBehandelingDemo } = await import('./demo.js');
    await seedBehandelingDemo(platform, tenant);
  },
};
