import type { ProductText } from '../src/modules/catalogue/demo/types.js';
import { CHANNELS, type Channel } from '../src/modules/catalogue/product-input.js';
import { categories, prices, productCategories, products } from '../src/modules/catalogue/schema.js';
import type { Database } from '../src/platform/db/database.js';
import { CHANNEL_TEXT, FAMILIES, FOR_WHOM, GENERAL, GENERAL_EN, WIJKEN, type Family } from './vocabulary.js';

/** A small, fast, seedable PRNG (mulberry32), so every run seeds the same catalogue. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
/** `n` different items of `list` (fewer when the list is shorter), in random order. */
function sample<T>(rand: Rand, list: readonly T[], n: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}
export function shuffle<T>(rand: Rand, list: readonly T[]): T[] {
  return sample(rand, list, list.length);
}
const between = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

export function slugify(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export interface SeedProduct {
  row: typeof products.$inferInsert;
  categories: string[];
  prices: { year: number; position: number; label: string; labelEn: string; amountCents: number }[];
}

function leadTimeText(days: number | null): string {
  if (days === null) return 'Hoe lang het duurt, verschilt per situatie. Wij laten het u weten.';
  if (days === 0) return 'U regelt dit direct.';
  if (days <= 10) return `U krijgt het binnen ${days} werkdagen.`;
  return `Wij beslissen binnen ${Math.round(days / 7)} weken.`;
}

/**
 * `count` published products spread over the families by weight. Titles look like
 * "Parkeervergunning bewoners Noord 123" or "Subsidie groene daken wijk 45"; about 40% have an
 * English translation; most have prices for this year and next; some link to related products.
 */
export function generateProducts(count: number, options: { seed?: number; year: number }): SeedProduct[] {
  const rand = random(options.seed ?? 20260501);
  const totalWeight = FAMILIES.reduce((s, f) => s + f.weight, 0);
  const pickFamily = (): Family => {
    let r = rand() * totalWeight;
    for (const f of FAMILIES) if ((r -= f.weight) < 0) return f;
    return FAMILIES[FAMILIES.length - 1]!;
  };
  const slugsByFamily = new Map<Family, string[]>();
  const now = Date.now();
  const out: SeedProduct[] = [];

  for (let n = 1; n <= count; n++) {
    const family = pickFamily();
    const [variant, variantEn] = pick(rand, family.variants);
    const wijk = pick(rand, WIJKEN);
    const title = `${variant} ${wijk} ${n}`;
    const slug = slugify(title);
    const fill = (s: string) => s.replaceAll('{wijk}', wijk);

    const facts = sample(rand, family.facts, between(rand, 2, Math.min(4, family.facts.length))).map(fill);
    const general = sample(rand, GENERAL, between(rand, 2, 5)).map(fill);
    const description = [
      facts.slice(0, 2).join(' '),
      general.slice(0, 3).join(' '),
      [...facts.slice(2), ...general.slice(3)].join(' '),
    ].filter(Boolean).join('\n\n');
    const summary = fill(pick(rand, family.summaries));
    const forWhom = fill(pick(rand, FOR_WHOM));
    const channels = CHANNELS.filter(() => rand() < 0.55);
    if (!channels.length) channels.push(pick(rand, CHANNELS));
    const howTo = channels.map((c: Channel) => CHANNEL_TEXT[c]).join('\n');
    const leadTimeDays = pick(rand, family.leadTimeDays);
    const keywords = sample(rand, family.keywords, between(rand, 2, Math.min(6, family.keywords.length)));
    const earlier = slugsByFamily.get(family) ?? [];
    const related = earlier.length ? sample(rand, earlier.slice(-50), between(rand, 0, 3)) : [];
    earlier.push(slug);
    slugsByFamily.set(family, earlier);

    const en: ProductText | null = rand() < 0.4 ? {
      title: `${variantEn} ${wijk} ${n}`,
      summary: `${variantEn}: how to arrange it with the municipality.`,
      description: sample(rand, GENERAL_EN, 3).join(' '),
      forWhom: 'For residents of the municipality.',
      conditions: [], bring: [],
      leadTime: leadTimeDays === null ? 'It depends on your situation.' : `Within ${leadTimeDays} days.`,
      howTo: 'Apply online with DigiD or make an appointment.',
    } : null;

    const seedPrices: SeedProduct['prices'] = [];
    if (family.prices.length && rand() < 0.85) {
      const amounts = sample(rand, family.prices, between(rand, 1, Math.min(3, family.prices.length)));
      for (const [y, year] of [options.year, options.year + 1].entries()) {
        amounts.forEach((amount, position) => seedPrices.push({
          year, position,
          label: position ? `${family.priceLabel[0]} (${['verlaagd tarief', 'spoed', 'per extra stuk'][position - 1]})` : family.priceLabel[0],
          labelEn: position ? `${family.priceLabel[1]} (${['reduced rate', 'urgent', 'each additional'][position - 1]})` : family.priceLabel[1],
          amountCents: Math.round(amount * (1 + 0.03 * y)),
        }));
      }
    }

    const created = new Date(now - between(rand, 30, 1000) * 86_400_000);
    out.push({
      row: {
        slug, status: 'published', title, summary, description, forWhom,
        conditions: sample(rand, family.conditions, between(rand, 0, family.conditions.length)),
        bring: sample(rand, family.bring, between(rand, 0, family.bring.length)),
        leadTime: leadTimeText(leadTimeDays), leadTimeDays, howTo,
        audience: family.audience.length > 1 && rand() < 0.3 ? [pick(rand, family.audience)] : family.audience,
        channels, keywords, related, en,
        createdAt: created, updatedAt: created, publishedAt: created,
      },
      categories: family.categories.length > 1 && rand() < 0.5 ? [family.categories[0]!] : family.categories,
      prices: seedPrices,
    });
  }
  return out;
}

/**
 * Inserts the products in multi-row INSERTs (one transaction per chunk), with their category
 * links and prices. Categories must exist already.
 */
export async function insertProducts(database: Database, tenantId: string, list: SeedProduct[], chunkSize = 250): Promise<void> {
  const categoryIds = new Map((await database.withTenant(tenantId, (tx) => tx.select({ id: categories.id, slug: categories.slug }).from(categories)))
    .map((c) => [c.slug, c.id]));
  for (let start = 0; start < list.length; start += chunkSize) {
    const chunk = list.slice(start, start + chunkSize);
    await database.withTenant(tenantId, async (tx) => {
      const ids = await tx.insert(products).values(chunk.map((p) => p.row)).returning({ id: products.id, slug: products.slug });
      const idBySlug = new Map(ids.map((r) => [r.slug, r.id]));
      const links: (typeof productCategories.$inferInsert)[] = [];
      const priceRows: (typeof prices.$inferInsert)[] = [];
      for (const p of chunk) {
        const productId = idBySlug.get(p.row.slug)!;
        for (const slug of p.categories) {
          const categoryId = categoryIds.get(slug);
          if (!categoryId) throw new Error(`unknown category ${slug}`);
          links.push({ productId, categoryId });
        }
        for (const price of p.prices) priceRows.push({ productId, ...price });
      }
      if (links.length) await tx.insert(productCategories).values(links);
      if (priceRows.length) await tx.insert(prices).values(priceRows);
    });
  }
}
