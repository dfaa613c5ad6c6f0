/**
 * Module zaken: the cases of a municipality after the ZGW Zaken API 1.5.1 — zaken, statussen,
 * rollen (natural persons sealed, found by a keyed hash of the BSN), eigenschappen, resultaat,
 * documents, objects, relations, klantcontacten, internal notes, suspension and extension,
 * deadlines (SLA), archiving on closing, the audit trail and the applicant's view. No pages of
 * its own: work queues, case pages and "Mijn zaken" are built on ZakenService.
 *
 *   const zaken = zakenService(platform);
 *   const zaak = await platform.database.withTenant(tenantId, (tx) =>
 *     zaken.createZaak(tx, actor, { zaaktype, omschrijving, initiator }, { idempotencyKey }));
 */
import { migrationsFrom } from '../../platform/db/migrate.js';
import type { Platform, StadhuisModule } from '../../platform/http/types.js';
import { documentenService } from '../documenten/index.js';
import { ZakenService } from './service.js';

export { ZakenService, type CreateZaakOptions, type ReadOptions, type ZaakChanges, type ZakenDeps } from './service.js';
export { zakenActivities } from './activities.js';
export { listAssessments, recordAssessment, type Assessment, type AssessmentInput, type Uitkomst } from './beoordelingen.js';
export { computeSla, AT_RISK_DIVISOR } from './sla.js';
export { addDuration, addDays, daysBetween, dateInNl, parseDuration } from './dates.js';
export * from './types.js';
export { type Informatieverzoek } from './informatieverzoeken.js';
export { TAAK_SOORTEN, type Taak, type TaakFilter, type TaakInput, type TaakSoort } from './taken.js';
export { type Gesprek } from './gesprekken.js';
export { createVolglink, zaakByVolglink, zaaktypeOfZaak, zaakFactsForNotification, initiatorContact, VOLGLINK_DAYS_AFTER_CLOSING, type InitiatorContact } from './volglinks.js';

const services = new WeakMap<object, ZakenService>();

/** The zaken service of a running platform (one per platform: it holds the sealer and the processing log). */
export function zakenService(platform: Pick<Platform, 'sealer' | 'processingLog'>): ZakenService {
  let service = services.get(platform);
  if (!service) {
    service = new ZakenService({ sealer: platform.sealer, processingLog: platform.processingLog, documenten: documentenService(platform) });
    services.set(platform, service);
  }
  return service;
}

export const zakenModule: StadhuisModule = {
  name: 'zaken',
  migrations: migrationsFrom('zaken', new URL('./migrations', import.meta.url).pathname),
};
export * as zakenApiLists from './api-lists.js';
export type { ZaakApiRow, ApiZaakFilter, RolFilter, StatusRow, RolRow, ZaakFacts as ZaakApiFacts } from './api-lists.js';
