import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { demoMunicipalities } from '../src/demo/municipalities.js';
import { demoCategories } from '../src/modules/catalogue/demo/categories.js';
import { searchProducts } from '../src/modules/catalogue/search.js';
import { CatalogueService } from '../src/modules/catalogue/service.js';
import { createStadhuis } from '../src/platform/bootstrap.js';
import { loadConfig } from '../src/platform/config/config.js';
import { generateProducts, insertProducts } from './seed.js';
const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'warn', DEMO_SEED: 'false', SESSION_SECRET: randomBytes(32).toString('hex'), DATABASE_URL: process.env.PROBE_URL ?? '' });
const s = await createStadhuis(config, { inMemory: !process.env.PROBE_URL });
const t = await s.platform.tenants.create({ ...demoMunicipalities[0]!, slug: 'benchstad' + randomBytes(2).toString('hex') });
const cat = new CatalogueService(s.database);
await cat.upsertCategories(t.id, demoCategories);
let t0 = performance.now();
const list = generateProducts(5000, { year: 2026 });
console.log('gen', performance.now() - t0); t0 = performance.now();
await insertProducts(s.database, t.id, list);
console.log('insert', performance.now() - t0);
if (process.argv[2] === 'analyze') await s.database.withPlatform(async (tx) => { await tx.execute(sql`RESET ROLE`); await tx.execute(sql`ANALYZE`); await tx.execute(sql`SET ROLE stadhuis_app`); });
for (const q of ['paspoort', 'gemeente', 'vergunning', 'kapvergunnig', 'xyzzy', 'id kaart', 'scootmobiel']) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) { const a = performance.now(); await searchProducts(s.database, t.id, q, { lang: 'nl', limit: 20, offset: 0 }); times.push(performance.now() - a); }
  console.log(q, times.map((x) => x.toFixed(1)).join(' '));
}
for (const fn of ['listCategories']) { const times: number[] = []; for (let i = 0; i < 5; i++) { const a = performance.now(); await cat.listCategories(t.id); times.push(performance.now() - a); } console.log(fn, times.map((x) => x.toFixed(1)).join(' ')); }
{ const times: number[] = []; for (let i = 0; i < 20; i++) { const a = performance.now(); await cat.getProduct(t.id, { slug: list[i * 100]!.row.slug! }, { includeDrafts: false }); times.push(performance.now() - a); } console.log('getProduct', times.map((x) => x.toFixed(1)).join(' ')); }
await s.close();
