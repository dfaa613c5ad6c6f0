/**
 * Module notificaties: the Notificaties API 1.0.1 (kanalen, abonnementen) and the delivery of
 * every ZGW notification to the abonnementen that match it, from the transactional outbox, with
 * retries and back-off. Domain services publish with `notify(tx, …)` (publish.ts) for every
 * change, whether it came through the ZGW APIs or through our own pages.
 */
import type { StadhuisModule } from '../../platform/http/types.js';
import { mountZgwApi } from '../zgw/core/plugin.js';
import { notificatiesApi } from './routes.js';

export { KANALEN, notify, NOTIFICATIE_TOPIC, zgwRef, resolveRef, type Kanaal, type NotificatieInput } from './publish.js';

export const notificatiesModule: StadhuisModule = {
  name: 'notificaties',
  migrations: [],
  async tenantRoutes(scoped, platform) {
    await mountZgwApi(scoped, platform, notificatiesApi);
  },
};
