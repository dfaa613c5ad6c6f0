/**
 * Module besluiten: formal decisions (besluiten) and the documents that record them, after the
 * ZGW Besluiten API 1.1.0. No pages of its own: the case pages and (later) the Besluiten API use
 * BesluitenService.
 *
 *   const besluiten = besluitenService(platform);
 *   await platform.database.withTenant(tenantId, (tx) => besluiten.createBesluit(tx, actor, { besluittype, zaak, datum, ingangsdatum }));
 */
import { migrationsFrom } from '../../platform/db/migrate.js';
import type { Platform, StadhuisModule } from '../../platform/http/types.js';
import { documentenService } from '../documenten/index.js';
import { zakenService } from '../zaken/index.js';
import { BesluitenService } from './service.js';

export { BesluitenService, type BesluitenDeps } from './service.js';
export * from './types.js';

const services = new WeakMap<object, BesluitenService>();

/** The besluiten service of a running platform. */
export function besluitenService(platform: Pick<Platform, 'sealer' | 'processingLog'>): BesluitenService {
  let service = services.get(platform);
  if (!service) services.set(platform, (service = new BesluitenService({ zaken: zakenService(platform), documenten: documentenService(platform) })));
  return service;
}

export const besluitenModule: StadhuisModule = {
  name: 'besluiten',
  migrations: migrationsFrom('besluiten', new URL('./migrations', import.meta.url).pathname),
};
