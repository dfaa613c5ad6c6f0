import { actorLabel, requirePermission, type Actor } from '../../platform/auth/access.js';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db/database.js';
import { HttpError } from '../../platform/http/problem.js';
import type { Audience, ProductText } from './demo/types.js';
import type { Channel, PriceInput, ProductInput } from './product-input.js';
import { categories, prices, productCategories, products, revisions } from './schema.js';

export type ProductStatus = 'draft' | 'published';

export interface Category {
  id: string;
  slug: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  productCount: number;
}

export interface ProductSummary {
  id: string;
  slug: string;
  status: ProductStatus;
  title: string;
  summary: string;
  en: ProductText | null;
  updatedAt: Date;
}

export interface Product extends ProductInput {
  id: string;
  status: ProductStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  /** Related products that exist and are published (for drafts: all that exist). */
  relatedProducts: ProductSummary[];
  categoryDetails: Pick<Category, 'slug' | 'name' | 'nameEn'>[];
}

export interface Revision {
  id: string;
  version: number;
  action: 'created' | 'updated' | 'published' | 'unpublished';
  actor: string;
  changedFields: string[];
  changes: Record<string, { from: unknown; to: unknown }>;
  createdAt: Date;
}

export interface ListOptions {
  status?: ProductStatus | 'all';
  category?: string | undefined;
  audience?: Audience | undefined;
  page: number;
  pageSize: number;
}

/** The product catalogue of one municipality: categories, products, prices and their history. */
/**
 * Published product pages are read far more than they change: they are kept for a few seconds
 * per municipality and dropped at once when anything in that municipality's catalogue changes
 * through this process (other application nodes see a change within PUBLISHED_TTL_MS).
 */
const PUBLISHED_TTL_MS = 10_000;
const PUBLISHED_MAX = 5_000;
const publishedCache = new WeakMap<Database, Map<string, Map<string, { at: number; product: Promise<Product | undefined> }>>>();

export class CatalogueService {
  private readonly published: Map<string, Map<string, { at: number; product: Promise<Product | undefined> }>>;

  constructor(private readonly database: Database) {
    let cache = publishedCache.get(database);
    if (!cache) publishedCache.set(database, (cache = new Map()));
    this.published = cache;
  }

  /** A published product by slug, from the short-lived cache when it is there. */
  publishedProduct(tenantId: string, slug: string): Promise<Product | undefined> {
    let perTenant = this.published.get(tenantId);
    if (!perTenant) this.published.set(tenantId, (perTenant = new Map()));
    const hit = perTenant.get(slug);
    if (hit && Date.now() - hit.at < PUBLISHED_TTL_MS) return hit.product;
    if (perTenant.size >= PUBLISHED_MAX) perTenant.clear();
    const product = this.getProduct(tenantId, { slug }, { includeDrafts: false });
    perTenant.set(slug, { at: Date.now(), product });
    product.catch(() => perTenant.delete(slug));
    return product;
  }

  private changed(tenantId: string): void {
    this.published.delete(tenantId);
  }

  listCategories(tenantId: string): Promise<Category[]> {
    return this.database.withTenant(tenantId, async (tx) => {
      const rows = await tx.select({
        id: categories.id, slug: categories.slug, name: categories.name, nameEn: categories.nameEn,
        description: categories.description, descriptionEn: categories.descriptionEn,
        productCount: sql<number>`(select count(*)::int from ${productCategories} pc join ${products} p on p.id = pc.product_id
          where pc.category_id = ${categories.id} and p.status = 'published')`,
      }).from(categories).orderBy(asc(categories.position), asc(categories.name));
      return rows;
    });
  }

  async getCategory(tenantId: string, slug: string): Promise<Category | undefined> {
    return (await this.listCategories(tenantId)).find((c) => c.slug === slug);
  }

  listProducts(tenantId: string, options: ListOptions): Promise<{ items: ProductSummary[]; total: number }> {
    return this.database.withTenant(tenantId, async (tx) => {
      const where = [];
      const status = options.status ?? 'published';
      if (status !== 'all') where.push(eq(products.status, status));
      if (options.audience) where.push(sql`${options.audience} = any(${products.audience})`);
      if (options.category) {
        where.push(sql`exists (select 1 from ${productCategories} pc join ${categories} c on c.id = pc.category_id
          where pc.product_id = ${products.id} and c.slug = ${options.category})`);
      }
      const rows = await tx.select({
        id: products.id, slug: products.slug, status: products.status, title: products.title, summary: products.summary,
        en: products.en, updatedAt: products.updatedAt, total: sql<number>`count(*) over ()`.mapWith(Number),
      }).from(products).where(and(...where)).orderBy(asc(products.title))
        .limit(options.pageSize).offset((options.page - 1) * options.pageSize);
      return { items: rows.map(({ total: _t, ...p }) => p), total: rows[0]?.total ?? (options.page > 1 ? await countProducts(tx, where) : 0) };
    });
  }

  /** Published products with these slugs, in the order given (missing ones are left out). */
  productsBySlugs(tenantId: string, slugs: string[]): Promise<ProductSummary[]> {
    if (!slugs.length) return Promise.resolve([]);
    return this.database.withTenant(tenantId, async (tx) => {
      const rows = await tx.select({ id: products.id, slug: products.slug, status: products.status, title: products.title, summary: products.summary, en: products.en, updatedAt: products.updatedAt })
        .from(products).where(and(inArray(products.slug, slugs), eq(products.status, 'published')));
      return rows.sort((a, b) => slugs.indexOf(a.slug) - slugs.indexOf(b.slug));
    });
  }

  /** Which of these slugs are not a product of this municipality. */
  unknownSlugs(tenantId: string, slugs: string[]): Promise<string[]> {
    if (!slugs.length) return Promise.resolve([]);
    return this.database.withTenant(tenantId, async (tx) => {
      const found = new Set((await tx.select({ slug: products.slug }).from(products).where(inArray(products.slug, slugs))).map((r) => r.slug));
      return slugs.filter((s) => !found.has(s));
    });
  }

  /** One product with its topics, prices and related products, in a single query. */
  getProduct(tenantId: string, by: { slug: string } | { id: string }, options: { includeDrafts: boolean }): Promise<Product | undefined> {
    return this.database.withTenant(tenantId, async (tx) => {
      const conditions = ['slug' in by ? eq(products.slug, by.slug) : eq(products.id, by.id)];
      if (!options.includeDrafts) conditions.push(eq(products.status, 'published'));
      const relatedStatus = options.includeDrafts ? sql`true` : sql`r.status = 'published'`;
      // Written out in full: inside the subqueries an unqualified column would mean the inner table.
      const outer = { id: sql.raw('"catalogue_products"."id"'), related: sql.raw('"catalogue_products"."related"') };
      const [row] = await tx.select({
        product: products,
        categories: sql<{ slug: string; name: string; nameEn: string }[]>`(
          select coalesce(json_agg(json_build_object('slug', c.slug, 'name', c.name, 'nameEn', c.name_en) order by c.position), '[]')
          from ${productCategories} pc join ${categories} c on c.id = pc.category_id where pc.product_id = ${outer.id})`,
        prices: sql<PriceInput[]>`(
          select coalesce(json_agg(json_build_object('year', x.year, 'label', x.label, 'labelEn', x.label_en, 'amountCents', x.amount_cents) order by x.year, x.position), '[]')
          from ${prices} x where x.product_id = ${outer.id})`,
        related: sql<(Omit<ProductSummary, 'updatedAt'> & { updatedAt: string })[]>`(
          select coalesce(json_agg(json_build_object('id', r.id, 'slug', r.slug, 'status', r.status, 'title', r.title, 'summary', r.summary, 'en', r.en, 'updatedAt', r.updated_at)
            order by array_position(${outer.related}, r.slug)), '[]')
          from ${products} r where r.slug = any(${outer.related}) and ${relatedStatus})`,
      }).from(products).where(and(...conditions));
      if (!row) return undefined;
      const p = row.product;
      return {
        id: p.id, slug: p.slug, status: p.status, version: p.version, title: p.title, summary: p.summary,
        description: p.description, forWhom: p.forWhom, conditions: p.conditions, bring: p.bring,
        leadTime: p.leadTime, leadTimeDays: p.leadTimeDays, howTo: p.howTo, audience: p.audience as Audience[],
        channels: p.channels as Channel[], keywords: p.keywords, related: p.related, en: p.en ?? null,
        formSlug: p.formSlug, zaaktypeIdentificatie: p.zaaktypeIdentificatie,
        categories: row.categories.map((c) => c.slug), categoryDetails: row.categories,
        prices: row.prices,
        relatedProducts: row.related.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt) })),
        createdAt: p.createdAt, updatedAt: p.updatedAt, publishedAt: p.publishedAt,
      };
    });
  }

  /** Creates a draft product (or a published one), with its first revision. */
  async createProduct(tenantId: string, input: ProductInput, actor: Actor, options: { publish?: boolean } = {}): Promise<Product> {
    requirePermission(actor, 'catalogus.beheren');
    this.changed(tenantId);
    const id = await this.database.withTenant(tenantId, (tx) => insertProduct(tx, input, actorLabel(actor), options.publish ?? false));
    this.changed(tenantId); // also after the commit: a read in between may have cached the old state
    return (await this.getProduct(tenantId, { id }, { includeDrafts: true }))!;
  }

  /** Creates many products in one transaction: all or nothing (demo data, imports). */
  importProducts(tenantId: string, inputs: ProductInput[], actor: Actor, options: { publish?: boolean } = {}): Promise<string[]> {
    requirePermission(actor, 'catalogus.beheren');
    this.changed(tenantId);
    return this.database.withTenant(tenantId, async (tx) => {
      const ids: string[] = [];
      for (const input of inputs) ids.push(await insertProduct(tx, input, actorLabel(actor), options.publish ?? false));
      return ids;
    }).finally(() => this.changed(tenantId));
  }

  /**
   * Saves changes. `expectedVersion` is the version the editor started from: when someone else
   * saved in between, nothing is written and a 409 explains it.
   */
  updateProduct(tenantId: string, id: string, input: ProductInput, expectedVersion: number, actor: Actor): Promise<Product> {
    requirePermission(actor, 'catalogus.beheren');
    this.changed(tenantId);
    return this.database.withTenant(tenantId, async (tx) => {
      const before = await this.loadForUpdate(tx, id);
      if (before.version !== expectedVersion) {
        throw new HttpError(409, 'Iemand anders heeft dit product intussen gewijzigd. Uw wijzigingen zijn niet opgeslagen.', [], 'conflict');
      }
      if (input.slug !== before.slug) {
        const [taken] = await tx.select({ id: products.id }).from(products).where(eq(products.slug, input.slug));
        if (taken) throw slugTaken();
      }
      const changes = diff(before, input);
      if (!Object.keys(changes).length) return id;
      const version = before.version + 1;
      await tx.update(products).set({ ...columnsOf(input), version, updatedAt: new Date() }).where(eq(products.id, id));
      await tx.delete(productCategories).where(eq(productCategories.productId, id));
      await tx.delete(prices).where(eq(prices.productId, id));
      await writeChildren(tx, id, input);
      await tx.insert(revisions).values({ productId: id, version, action: 'updated', actor: actorLabel(actor), changedFields: Object.keys(changes), changes });
      return id;
    }).finally(() => this.changed(tenantId)).then((pid) => this.getProduct(tenantId, { id: pid }, { includeDrafts: true }) as Promise<Product>);
  }

  setStatus(tenantId: string, id: string, status: ProductStatus, actor: Actor): Promise<void> {
    requirePermission(actor, 'catalogus.beheren');
    this.changed(tenantId);
    return this.database.withTenant(tenantId, async (tx) => {
      const [row] = await tx.select({ status: products.status, version: products.version }).from(products).where(eq(products.id, id)).for('update');
      if (!row) throw new HttpError(404, 'Dit product bestaat niet.', [], 'not-found');
      if (row.status === status) return;
      await tx.update(products).set({ status, ...(status === 'published' ? { publishedAt: new Date() } : {}), updatedAt: new Date() }).where(eq(products.id, id));
      await tx.insert(revisions).values({ productId: id, version: row.version, action: status === 'published' ? 'published' : 'unpublished', actor: actorLabel(actor) });
    }).finally(() => this.changed(tenantId));
  }

  listRevisions(tenantId: string, productId: string): Promise<Revision[]> {
    return this.database.withTenant(tenantId, (tx) => tx.select({
      id: revisions.id, version: revisions.version, action: revisions.action, actor: revisions.actor,
      changedFields: revisions.changedFields, changes: revisions.changes, createdAt: revisions.createdAt,
    }).from(revisions).where(eq(revisions.productId, productId)).orderBy(desc(revisions.createdAt), desc(revisions.version)));
  }

  /** Creates or updates categories by slug (used for seeding and by the back office). */
  upsertCategories(tenantId: string, list: Omit<Category, 'id' | 'productCount'>[]): Promise<void> {
    this.changed(tenantId);
    return this.database.withTenant(tenantId, async (tx) => {
      for (const [position, c] of list.entries()) {
        await tx.insert(categories).values({ ...c, position })
          .onConflictDoUpdate({ target: [categories.tenantId, categories.slug], set: { name: c.name, nameEn: c.nameEn, description: c.description, descriptionEn: c.descriptionEn, position } });
      }
    }).finally(() => this.changed(tenantId));
  }

  private async loadForUpdate(tx: Tx, id: string): Promise<ProductInput & { version: number }> {
    const [row] = await tx.select().from(products).where(eq(products.id, id)).for('update');
    if (!row) throw new HttpError(404, 'Dit product bestaat niet.', [], 'not-found');
    const cats = await tx.select({ slug: categories.slug }).from(productCategories)
      .innerJoin(categories, eq(categories.id, productCategories.categoryId)).where(eq(productCategories.productId, id));
    const priceRows = await tx.select().from(prices).where(eq(prices.productId, id)).orderBy(asc(prices.year), asc(prices.position));
    return {
      slug: row.slug, title: row.title, summary: row.summary, description: row.description, forWhom: row.forWhom,
      conditions: row.conditions, bring: row.bring, leadTime: row.leadTime, leadTimeDays: row.leadTimeDays, howTo: row.howTo,
      audience: row.audience as Audience[], channels: row.channels as Channel[], keywords: row.keywords, related: row.related,
      formSlug: row.formSlug, zaaktypeIdentificatie: row.zaaktypeIdentificatie,
      categories: cats.map((c) => c.slug).sort(), en: row.en ?? null, version: row.version,
      prices: priceRows.map((p) => ({ year: p.year, label: p.label, labelEn: p.labelEn, amountCents: p.amountCents })),
    };
  }
}

async function insertProduct(tx: Tx, input: ProductInput, actor: string, publish: boolean): Promise<string> {
  const [taken] = await tx.select({ id: products.id }).from(products).where(eq(products.slug, input.slug));
  if (taken) throw slugTaken();
  const status: ProductStatus = publish ? 'published' : 'draft';
  const [row] = await tx.insert(products).values({ ...columnsOf(input), status, publishedAt: publish ? new Date() : null }).returning({ id: products.id });
  await writeChildren(tx, row!.id, input);
  await tx.insert(revisions).values([
    { productId: row!.id, version: 1, action: 'created' as const, actor },
    ...(publish ? [{ productId: row!.id, version: 1, action: 'published' as const, actor }] : []),
  ]);
  return row!.id;
}

function columnsOf(input: ProductInput) {
  return {
    slug: input.slug, title: input.title, summary: input.summary, description: input.description, forWhom: input.forWhom,
    conditions: input.conditions, bring: input.bring, leadTime: input.leadTime, leadTimeDays: input.leadTimeDays,
    howTo: input.howTo, audience: input.audience, channels: input.channels, keywords: input.keywords, related: input.related,
    formSlug: input.formSlug, zaaktypeIdentificatie: input.zaaktypeIdentificatie, en: input.en,
  };
}

async function writeChildren(tx: Tx, productId: string, input: ProductInput): Promise<void> {
  if (input.categories.length) {
    const cats = await tx.select({ id: categories.id }).from(categories).where(inArray(categories.slug, input.categories));
    if (cats.length) await tx.insert(productCategories).values(cats.map((c) => ({ productId, categoryId: c.id })));
  }
  if (input.prices.length) {
    await tx.insert(prices).values(input.prices.map((p: PriceInput, position) => ({ productId, position, ...p })));
  }
}

async function countProducts(tx: Tx, where: ReturnType<typeof eq>[]): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(products).where(and(...where));
  return row?.n ?? 0;
}

function slugTaken(): HttpError {
  return new HttpError(409, 'Er is al een product met dit webadres.', [{ name: 'slug', code: 'unique', reason: 'Er is al een product met dit webadres.' }], 'slug-taken');
}

const FIELDS: (keyof ProductInput)[] = ['slug', 'title', 'summary', 'description', 'forWhom', 'conditions', 'bring', 'leadTime', 'leadTimeDays', 'howTo', 'audience', 'channels', 'keywords', 'related', 'categories', 'prices', 'formSlug', 'zaaktypeIdentificatie', 'en'];

/** Which fields changed, with their old and new values. */
export function diff(before: ProductInput, after: ProductInput): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const norm = (k: keyof ProductInput, v: unknown) => (k === 'categories' && Array.isArray(v) ? [...v].sort() : v);
  for (const key of FIELDS) {
    const from = norm(key, before[key]);
    const to = norm(key, after[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
