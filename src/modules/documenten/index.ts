/**
 * Module documenten: documents (enkelvoudige informatieobjecten) with versions, content, locks,
 * relations and gebruiksrechten, after the ZGW Documenten API 1.4.2. No pages of its own: the
 * zaken module, the case pages and (later) the Documenten API use DocumentenService.
 *
 *   const documenten = documentenService(platform);
 *   await platform.database.withTenant(tenantId, (tx) => documenten.createDocument(tx, actor, { … , content }));
 */
import { migrationsFrom } from '../../platform/db/migrate.js';
import type { Platform, StadhuisModule } from '../../platform/http/types.js';
import { DocumentenService } from './service.js';

export { BESTANDSDEEL_BYTES, DocumentenService, MAX_INLINE_BYTES, RESOURCE_PATHS, type DocumentResource } from './service.js';
export * from './types.js';

const services = new WeakMap<object, DocumentenService>();

/** The documenten service of a running platform (one per platform: it holds the sealer). */
export function documentenService(platform: Pick<Platform, 'sealer'>): DocumentenService {
  let service = services.get(platform);
  if (!service) services.set(platform, (service = new DocumentenService({ sealer: platform.sealer })));
  return service;
}

export const documentenModule: StadhuisModule = {
  name: 'documenten',
  migrations: migrationsFrom('documenten', new URL('./migrations', import.meta.url).pathname),
};
