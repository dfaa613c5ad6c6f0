/**
 * Module mijnzaken: the applicant's side of a case. "Mijn zaken" (/mijn/zaken) with every case of
 * the logged-in resident or business and a parcel-tracker page per case (/mijn/zaken/:id): the
 * statuses in order, the expected decision date, questions of the municipality with an answer
 * form (text and files), documents and decisions to download, planned conversations, automated
 * assessments with the request for a human review. Applicants without a login follow their case
 * through a secret link (/zaak-volgen/:token). E-mail notifications on the zaken events.
 * Built on the zaken module's applicant functions; owns only its notification log.
 */
import { migrationsFrom } from '../../platform/db/migrate.js';
import type { StadhuisModule } from '../../platform/http/types.js';
import { registerNotifications } from './notifications.js';
import { registerMijnZakenRoutes } from './routes.js';

export { composeMail, NOTIFICATION_TOPICS, type MailFacts, type NotificationKind } from './notifications.js';
export { mijnzakenMessages } from './messages.js';
export { mijnzakenActivities } from './activities.js';

export const mijnzakenModule: StadhuisModule = {
  name: 'mijnzaken',
  migrations: migrationsFrom('mijnzaken', new URL('./migrations', import.meta.url).pathname),
  async tenantRoutes(app, platform) {
    await registerMijnZakenRoutes(app, platform);
  },
  jobs(jobs, platform) {
    registerNotifications(jobs, platform);
  },
};
