import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, renderError, sendHtml } from '../../platform/http/app.js';
import type { Platform } from '../../platform/http/types.js';
import type { FormPublishedCheck } from './form-links.js';
import type { CatalogueService } from './service.js';
import { searchProducts } from './search.js';
import { CategoryPage, HomePage, ProductIndexPage, ProductPage, SearchPage } from './views/public.js';

export const PAGE_SIZE = 20;
/** The tasks residents look for most, shown on the home page when the municipality has them. */
export const TOP_TASKS = ['paspoort-aanvragen', 'verhuizing-doorgeven', 'grofvuil-laten-ophalen', 'parkeervergunning-bewoners', 'melding-openbare-ruimte', 'afvalstoffenheffing'];

/** ?pagina=N for pages: a whole number from 1 to 1000, or undefined when it is not. */
export function pageParam(request: FastifyRequest): number | undefined {
  const raw = (request.query as Record<string, unknown>).pagina;
  if (raw === undefined || raw === '') return 1;
  if (typeof raw !== 'string' || !/^\d{1,4}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= 1000 ? n : undefined;
}

/**
 * The resident pages of the catalogue. `formPublished` tells whether a product's online form is
 * published (cached like the product pages, see form-links.ts); without it no product shows the
 * "Direct online aanvragen" button.
 */
export function registerPublicRoutes(app: FastifyInstance, platform: Platform, catalogue: CatalogueService, formPublished?: FormPublishedCheck): void {
  const badRequest = (request: FastifyRequest, reply: FastifyReply) => renderError(request, reply, platform, 400);
  const notFound = (request: FastifyRequest, reply: FastifyReply) => renderError(request, reply, platform, 404);

  app.get('/', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const tenantId = request.tenant!.id;
    const [categories, popular] = await Promise.all([catalogue.listCategories(tenantId), catalogue.productsBySlugs(tenantId, TOP_TASKS)]);
    return sendHtml(reply, <HomePage ctx={pageContext(request, reply, platform)} categories={categories} popular={popular} />);
  });

  app.get('/zoeken', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const page = pageParam(request);
    const q = (request.query as Record<string, unknown>).q;
    if (page === undefined || (q !== undefined && typeof q !== 'string')) return badRequest(request, reply);
    const query = (q ?? '').slice(0, 200);
    const tenantId = request.tenant!.id;
    const result = await searchProducts(platform.database, tenantId, query, { lang: request.lang, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    // The topics are only shown as a way out when nothing was found.
    const categories = result.hits.length ? [] : await catalogue.listCategories(tenantId);
    return sendHtml(reply, <SearchPage ctx={pageContext(request, reply, platform)} query={query} hits={result.hits} total={result.total} page={page} pageSize={PAGE_SIZE} categories={categories} />);
  });

  app.get('/producten', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const page = pageParam(request);
    if (page === undefined) return badRequest(request, reply);
    const { items, total } = await catalogue.listProducts(request.tenant!.id, { page, pageSize: PAGE_SIZE });
    if (page > 1 && !items.length) return notFound(request, reply);
    return sendHtml(reply, <ProductIndexPage ctx={pageContext(request, reply, platform)} items={items} total={total} page={page} pageSize={PAGE_SIZE} />);
  });

  app.get('/producten/:slug', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const tenantId = request.tenant!.id;
    const product = await catalogue.publishedProduct(tenantId, slug);
    if (!product) return notFound(request, reply);
    const onlineForm = await usableForm(formPublished, tenantId, product.formSlug);
    return sendHtml(reply, <ProductPage ctx={pageContext(request, reply, platform)} product={product} year={currentYear()} onlineForm={onlineForm} />);
  });

  app.get('/onderwerpen/:slug', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const page = pageParam(request);
    if (page === undefined) return badRequest(request, reply);
    const { slug } = request.params as { slug: string };
    const tenantId = request.tenant!.id;
    const category = await catalogue.getCategory(tenantId, slug);
    if (!category) return notFound(request, reply);
    const { items, total } = await catalogue.listProducts(tenantId, { category: slug, page, pageSize: PAGE_SIZE });
    return sendHtml(reply, <CategoryPage ctx={pageContext(request, reply, platform)} category={category} items={items} total={total} page={page} pageSize={PAGE_SIZE} />);
  });
}

/** The product's form slug when that form is published in this municipality, else undefined. */
export async function usableForm(formPublished: FormPublishedCheck | undefined, tenantId: string, formSlug: string | null): Promise<string | undefined> {
  if (!formSlug || !formPublished) return undefined;
  return (await formPublished(tenantId, formSlug)) ? formSlug : undefined;
}

/** The calendar year in the Netherlands, which decides which prices apply. */
export function currentYear(now = new Date()): number {
  return Number(AMSTERDAM_YEAR.format(now));
}

const AMSTERDAM_YEAR = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Amsterdam' });
