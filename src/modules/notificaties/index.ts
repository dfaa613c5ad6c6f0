/**
 * Module notificaties: the Notificaties API 1.0.1 (kanalen, abonnementen, publishing) and the
 * delivery of every ZGW notification to the abonnementen that match it, from the transactional
 * outbox, with retries and back-off (delivery.ts). Domain services publish with `notify(tx, …)`
 * (publish.ts) for every change, whether it came through the ZGW APIs or through our own pages.
 * The back office shows abonnementen and deliveries at /beheer/notificaties (beheer.tsx).
 */
import { migrationsFrom } from '../../platform/db/migrate.js';
import type { StadhuisModule } from '../../platform/http/types.js';
import { mountZgwApi } from '../zgw/core/plugin.js';
import { registerBeheerRoutes } from './beheer.js';
import { registerNotificatieDelivery } from './delivery.js';
import { notificatiesApi } from './routes.js';
import { ensureKanalen } from './store.js';

export { KANALEN, notify, NOTIFICATIE_TOPIC, zgwRef, resolveRef, type Kanaal, type NotificatieInput } from './publish.js';
export { AFLEVERING_TOPIC, registerNotificatieDelivery, type Bericht, type DeliveryDeps } from './delivery.js';
export { EIGEN_KANALEN, ensureKanalen } from './store.js';
export { afleveringOpnieuw, notificatiesOverzicht } from './beheer.js';

export const notificatiesModule: StadhuisModule = {
  name: 'notificaties',
  migrations: migrationsFrom('notificaties', new URL('./migrations', import.meta.url).pathname),
  adminNav: [
    { path: '/beheer/notificaties', label: { nl: 'Notificaties', en: 'Notifications' }, permission: 'gebruikers.beheren' },
  ],
  async tenantRoutes(scoped, platform) {
    await mountZgwApi(scoped, platform, notificatiesApi);
    registerBeheerRoutes(scoped, platform);
  },
  jobs(jobs, platform) {
    registerNotificatieDelivery(jobs, platform);
  },
  async seedDemo(platform, tenant) {
    await ensureKanalen(platform.database, tenant.id);
  },
};
