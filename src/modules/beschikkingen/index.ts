/**
 * Module beschikkingen: decision letters. Letter templates per zaaktype and outcome (managed by
 * functioneel beheer under /beheer/sjablonen) and `takeDecision`: besluit + the letter as PDF on
 * the municipality's letterhead, stored with the zaak and the besluit, sent.
 *
 *   const beschikkingen = beschikkingenService(platform);
 *   await platform.database.withTenant(tenantId, (tx) => beschikkingen.takeDecision(tx, actor, zaakId, { besluittypeId, toelichting, ingangsdatum }));
 */
import { migrationsFrom } from '../../platform/db/migrate.js';
import type { Platform, StadhuisModule } from '../../platform/http/types.js';
import { registerSjabloonRoutes } from './routes.js';
import { BeschikkingenService } from './service.js';

export {
  BeschikkingenService, FALLBACK_TEMPLATE, PLACEHOLDERS, applicantOf, durationInWords, fillTemplate,
  type Decision, type DecisionInput, type Sjabloon, type SjabloonInput,
} from './service.js';

const services = new WeakMap<object, BeschikkingenService>();

export function beschikkingenService(platform: Pick<Platform, 'sealer' | 'processingLog'>): BeschikkingenService {
  let service = services.get(platform);
  if (!service) services.set(platform, (service = new BeschikkingenService(platform)));
  return service;
}

export const beschikkingenModule: StadhuisModule = {
  name: 'beschikkingen',
  migrations: migrationsFrom('beschikkingen', new URL('./migrations', import.meta.url).pathname),
  adminNav: [{ path: '/beheer/sjablonen', label: { nl: 'Briefsjablonen', en: 'Letter templates' }, permission: 'zaaktypen.beheren' }],
  tenantRoutes(app, platform) {
    registerSjabloonRoutes(app, platform);
  },
  async seedDemo(platform, tenant) {
    const { seedBeschikkingenDemo } = await import('./demo.js');
    await seedBeschikkingenDemo(platform, tenant);
  },
};
