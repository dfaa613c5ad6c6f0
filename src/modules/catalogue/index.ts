import { migrationsFrom } from '../../platform/db/migrate.js';
import type { StadhuisModule } from '../../platform/http/types.js';
import { demoCategories } from './demo/categories.js';
import type { DemoProduct } from './demo/types.js';
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
  tenantRoutes(app, platform) {
    const catalogue = new CatalogueService(platform.database);
    registerPublicRoutes(app, platform, catalogue);
    registerAdminRoutes(app, platform, catalogue);
    registerApiRoutes(app, platform, catalogue);
  },
  async seedDemo(platform, tenant) {
    const catalogue = new CatalogueService(platform.database);
    await catalogue.upsertCategories(tenant.id, demoCategories);
    const load = DEMO_PRODUCTS[tenant.slug];
    if (!load) return;
    const inputs = (await load()).map((p) => ({ ...p, channels: (['online', 'appointment', 'phone', 'desk'] as const).filter((c) => p.channels[c]) }));
    await catalogue.importProducts(tenant.id, inputs, 'Demo-gegevens', { publish: true });
  },
};
