/**
 * Module zgw: the Common Ground APIs (API's voor Zaakgericht Werken) of every municipality —
 * Catalogi 1.3.1, Zaken 1.5.1, Documenten 1.4.2, Besluiten 1.1.0 and Autorisaties 1.0.0 — under
 * `/<api>/api/v1/` (the Notificaties API is in module notificaties). No data of its own: the
 * routes translate the standard's resources to and from the services of catalogi, zaken,
 * documenten and besluiten, so that the APIs and our pages work on one store.
 */
import type { StadhuisModule } from '../../platform/http/types.js';
import { autorisatiesApi } from './autorisaties/routes.js';
import { besluitenApi } from './besluiten/routes.js';
import { catalogiApi } from './catalogi/routes.js';
import { mountZgwApi } from './core/plugin.js';
import { documentenApi } from './documenten/routes.js';
import { zakenApi } from './zaken/routes.js';

export { provisionZgwClient, ZGW_TEST_CLIENTS, type ZgwClientInput } from './core/clients.js';

export const zgwModule: StadhuisModule = {
  name: 'zgw',
  migrations: [],
  async tenantRoutes(scoped, platform) {
    for (const api of [catalogiApi, zakenApi, documentenApi, besluitenApi, autorisatiesApi]) await mountZgwApi(scoped, platform, api);
  },
};
