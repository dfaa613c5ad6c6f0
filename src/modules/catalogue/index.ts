import { migrationsFrom } from '../../platform/db/migrate.js';
import type { StadhuisModule } from '../../platform/http/types.js';
import { FormsService } from '../forms/index.js';
import { demoCategories } from './demo/categories.js';
import { demoProductLinks } from './demo/links.js';
import type { DemoProduct } from './demo/types.js';
import { cachedFormCheck } from './form-links.js';
import { registerAdminRoutes } from './routes-admin.js';
import { registerApiRoutes } from './routes-api.js';
import { registerPublicRoutes } from './routes-public.js';
import { CatalogueService } from './service.js';

export { CatalogueService } from './service.js';
export { searchProducts } from './search.js';

/** Demo content per demo municipality slug, loaded only when seeding. */
const DEMO_PRODUCTS: Record<string, () => Promise<DemoProduct[]>> = {
  dijkwaard: async () => (await import('./demo/dijkwaard.js')).products,
  heuvelrode: async () => (await import('./demo/heuvelrode.js')).products,
};

export const catalogueModule: StadhuisModule = {
  name: 'catalogue',
  migrations: migrationsFrom('catalogue', new URL('./migrations', import.meta.url).pathname),
  adminNav: [{ path: '/beheer/producten', label: { nl: 'Producten en diensten', en: 'Products and services' }, permission: 'catalogus.beheren' }],
  tenantRoutes(app, platform) {
    const catalogue = new CatalogueService(platform.database);
    // Whether a product's online form is published: asked of the forms module, kept 10 seconds.
    const forms = new FormsService(platform.database, platform.sealer, platform.processingLog);
    const formPublished = cachedFormCheck(
      async (tenantId, formSlug) => (await forms.published(tenantId, formSlug)) !== undefined,
      (error) => app.log.warn({ err: error }, 'Kon niet nagaan of het formulier van een product gepubliceerd is'),
    );
    registerPublicRoutes(app, platform, catalogue, formPublished);
    registerAdminRoutes(app, platform, catalogue, formPublished);
    registerApiRoutes(app, platform, catalogue);
  },
  async seedDemo(platform, tenant) {
    const catalogue = new CatalogueService(platform.database);
    await catalogue.upsertCategories(tenant.id, demoCategories);
    const load = DEMO_PRODUCTS[tenant.slug];
    if (!load) return;
    const inputs = (await load()).map((p) => ({
      ...p,
      channels: (['online', 'appointment', 'phone', 'desk'] as const).filter((c) => p.channels[c]),
      ...demoProductLinks(p.slug),
    }));
    await catalogue.importProducts(tenant.id, inputs, { kind: 'system', process: 'demogegevens' }, { publish: true });
  },
};
