/**
 * Module catalogi: the zaaktypecatalogus of each municipality (ZGW Catalogi 1.3.1) and the
 * explainable automation rules that live with a zaaktype version.
 *
 * Other modules use the service functions below inside their own transaction:
 *
 *   await database.withTenant(tenantId, async (tx) => {
 *     const zaaktype = await currentZaaktype(tx, 'PARKEERVERGUNNING-BEWONERS');
 *     const evaluation = evaluateRules(zaaktype!.rules, facts);
 *     …
 *   });
 */
import type { Actor } from '../../platform/auth/access.js';
import type { Database, Tx } from '../../platform/db/database.js';
import { migrationsFrom } from '../../platform/db/migrate.js';
import type { StadhuisModule } from '../../platform/http/types.js';
import { registerCatalogiAdminRoutes } from './routes-admin.js';
import * as service from './service.js';
import type { Zaaktype, ZaaktypeSummary } from './types.js';

export * from './types.js';
export {
  evaluateRules, explain, formatValue, parseRuleSetText, validateRuleSet, RULES_SCHEMA,
  type ComparisonOp, type ComparisonTrace, type Condition, type ConditionTrace, type DecisionBasis, type Explanation, type FactDefinition,
  type FactStatus, type FactType, type FactUse, type GroupTrace, type LocalText, type Outcome, type Rule, type RuleError, type RuleEvaluation,
  type RuleTrace, type RuleValidation, type Scalar, type Truth,
} from './rules.js';
export {
  addDays, createBesluittype, createCatalogus, createInformatieobjecttype, createZaaktype, createZaaktypeVersion, currentZaaktype,
  defaultCatalogus, deleteZaaktype, endZaaktype, getBesluittype, getCatalogus, getEigenschap, getInformatieobjecttype, getResultaattype,
  getRoltype, getStatustype, getZaaktype, isoDateInNL, listBesluittypen, listCatalogi, listHistory, listInformatieobjecttypen,
  listZaaktypen, publishBesluittype, publishInformatieobjecttype, publishProblems, publishZaaktype, updateZaaktype, zaaktypeToInput,
} from './service.js';
export { validateZaaktypeInput } from './validation.js';

/**
 * Convenience for callers without a transaction of their own: each call opens one for the
 * municipality. Inside a transaction, use the functions above with your `tx`.
 */
export class CatalogiService {
  constructor(private readonly database: Database) {}

  private run<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.database.withTenant(tenantId, fn);
  }

  getZaaktype(tenantId: string, id: string): Promise<Zaaktype | undefined> {
    return this.run(tenantId, (tx) => service.getZaaktype(tx, id));
  }

  currentZaaktype(tenantId: string, identificatie: string, on?: Date): Promise<Zaaktype | undefined> {
    return this.run(tenantId, (tx) => service.currentZaaktype(tx, identificatie, on));
  }

  listZaaktypen(tenantId: string, filter?: { status?: 'concept' | 'published' | 'all'; identificatie?: string }): Promise<ZaaktypeSummary[]> {
    return this.run(tenantId, (tx) => service.listZaaktypen(tx, filter));
  }

  publishZaaktype(tenantId: string, actor: Actor, id: string): Promise<Zaaktype> {
    return this.run(tenantId, (tx) => service.publishZaaktype(tx, actor, id));
  }
}

export const catalogiModule: StadhuisModule = {
  name: 'catalogi',
  migrations: migrationsFrom('catalogi', new URL('./migrations', import.meta.url).pathname),
  adminNav: [{ path: '/beheer/zaaktypen', label: { nl: 'Zaaktypen', en: 'Case types' }, permission: 'zaaktypen.beheren' }],
  tenantRoutes(app, platform) {
    registerCatalogiAdminRoutes(app, platform);
  },
  async seedDemo(platform, tenant) {
    const { seedCatalogiDemo } = await import('./demo/seed.js');
    await seedCatalogiDemo(platform, tenant);
  },
};
