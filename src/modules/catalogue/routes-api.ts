import Html from '@kitajs/html';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { HttpError } from '../../platform/http/problem.js';
import type { Platform } from '../../platform/http/types.js';
import { markHighlights, searchProducts } from './search.js';
import type { CatalogueService, Product, ProductSummary } from './service.js';

const TAGS = ['Producten'];
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description: 'Het webadres (slug) van het product.' });
const Uuid = Type.String({ format: 'uuid' });

const Text = Type.Object({
  title: Type.String(), summary: Type.String(), description: Type.String(), forWhom: Type.String(),
  conditions: Type.Array(Type.String()), bring: Type.Array(Type.String()), leadTime: Type.String(), howTo: Type.String(),
}, { description: 'Teksten van het product in één taal.' });

const Price = Type.Object({
  year: Type.Integer({ description: 'Het jaar waarin dit bedrag geldt.' }),
  label: Type.String({ description: 'Omschrijving in het Nederlands.' }),
  labelEn: Type.String({ description: 'Omschrijving in het Engels.' }),
  amount: Type.String({ description: 'Bedrag in euro met twee decimalen, bijvoorbeeld "84.30".', pattern: '^\\d+\\.\\d{2}$' }),
  currency: Type.Literal('EUR'),
});

const Links = Type.Object({ self: Type.Object({ href: Type.String() }) });

const ProductListItem = Type.Object({
  id: Uuid, slug: Slug, title: Type.String(), summary: Type.String(),
  translations: Type.Object({ en: Type.Optional(Type.Object({ title: Type.String(), summary: Type.String() })) }),
  _links: Links,
});

const ProductDetail = Type.Object({
  id: Uuid, slug: Slug, title: Type.String(), summary: Type.String(), description: Type.String(), forWhom: Type.String(),
  conditions: Type.Array(Type.String()), bring: Type.Array(Type.String()), leadTime: Type.String(),
  leadTimeDays: Type.Union([Type.Integer(), Type.Null()]), howTo: Type.String(),
  audience: Type.Array(Type.Union([Type.Literal('inwoner'), Type.Literal('ondernemer')])),
  channels: Type.Array(Type.Union([Type.Literal('online'), Type.Literal('appointment'), Type.Literal('phone'), Type.Literal('desk')])),
  categories: Type.Array(Type.String()), keywords: Type.Array(Type.String()), prices: Type.Array(Price),
  related: Type.Array(Slug),
  formSlug: Type.Union([Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 }), Type.Null()], {
    description: 'Het webadres (slug) van het online formulier waarmee inwoners dit product aanvragen (/formulieren/<formSlug>), of null als er geen is.',
  }),
  zaaktype: Type.Union([Type.String({ pattern: '^[A-Z0-9-]{1,40}$', maxLength: 40 }), Type.Null()], {
    description: 'De identificatie van het zaaktype dat aanvragen voor dit product behandelt, of null als er geen is.',
  }),
  translations: Type.Object({ en: Type.Optional(Text) }),
  updatedAt: Type.String({ format: 'date-time' }),
  _links: Links,
});

const Page = Type.Object({
  page: Type.Integer({ minimum: 1, maximum: 1000, default: 1, description: 'Paginanummer, vanaf 1.' }),
  pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Aantal resultaten per pagina.' }),
});

const ListQuery = Type.Object({
  ...Page.properties,
  category: Type.Optional(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description: 'Alleen producten in dit onderwerp (slug).' })),
  audience: Type.Optional(Type.Union([Type.Literal('inwoner'), Type.Literal('ondernemer')], { description: 'Alleen producten voor deze doelgroep.' })),
}, { additionalProperties: false });

const SearchQuery = Type.Object({
  ...Page.properties,
  q: Type.String({ minLength: 1, maxLength: 200, description: 'Zoekwoorden.' }),
  lang: Type.Optional(Type.Union([Type.Literal('nl'), Type.Literal('en')], { default: 'nl', description: 'Taal van de zoekvraag.' })),
}, { additionalProperties: false });

const ListResponse = (item: typeof ProductListItem) => Type.Object({
  count: Type.Integer({ description: 'Totaal aantal resultaten.' }),
  page: Type.Integer(), pageSize: Type.Integer(),
  results: Type.Array(item),
  _links: Type.Object({ self: Type.Object({ href: Type.String() }), next: Type.Optional(Type.Object({ href: Type.String() })), prev: Type.Optional(Type.Object({ href: Type.String() })) }),
});

const SearchItem = Type.Object({ ...ProductListItem.properties, snippet: Type.String({ description: 'Passage met de zoekwoorden; als HTML-fragment: tekst is ge-escaped, gevonden woorden staan tussen <mark> en </mark>.' }), score: Type.Number() });

const Category = Type.Object({
  slug: Type.String(), name: Type.String(), nameEn: Type.String(), description: Type.String(), descriptionEn: Type.String(),
  productCount: Type.Integer({ description: 'Aantal gepubliceerde producten.' }),
});

/** The JSON API of the catalogue: /<gemeente>/api/v1/… (see the OpenAPI document). */
export function registerApiRoutes(app: FastifyInstance, platform: Platform, catalogue: CatalogueService): void {
  const base = (request: FastifyRequest) => `${platform.config.publicUrl}/${request.tenant!.slug}/api/v1`;
  const listItem = (request: FastifyRequest, p: ProductSummary) => ({
    id: p.id, slug: p.slug, title: p.title, summary: p.summary,
    translations: p.en ? { en: { title: p.en.title, summary: p.en.summary } } : {},
    _links: { self: { href: `${base(request)}/products/${p.slug}` } },
  });
  const pageLinks = (request: FastifyRequest, path: string, params: Record<string, string>, page: number, pageSize: number, total: number) => {
    const url = (p: number) => `${base(request)}${path}?${new URLSearchParams({ ...params, page: String(p), pageSize: String(pageSize) })}`;
    return {
      self: { href: url(page) },
      ...(page * pageSize < total ? { next: { href: url(page + 1) } } : {}),
      ...(page > 1 ? { prev: { href: url(page - 1) } } : {}),
    };
  };

  app.get('/api/v1/products', {
    config: { access: 'public' },
    schema: {
      tags: TAGS, operationId: 'listProducts', summary: 'Producten opvragen',
      description: 'Alle gepubliceerde producten en diensten van de gemeente, alfabetisch, per pagina.',
      querystring: ListQuery, response: { 200: ListResponse(ProductListItem) },
    },
  }, async (request) => {
    const q = request.query as Static<typeof ListQuery>;
    const { items, total } = await catalogue.listProducts(request.tenant!.id, { page: q.page, pageSize: q.pageSize, category: q.category, audience: q.audience });
    const params: Record<string, string> = {};
    if (q.category) params.category = q.category;
    if (q.audience) params.audience = q.audience;
    return { count: total, page: q.page, pageSize: q.pageSize, results: items.map((p) => listItem(request, p)), _links: pageLinks(request, '/products', params, q.page, q.pageSize, total) };
  });

  app.get('/api/v1/products/:product', {
    config: { access: 'public' },
    schema: {
      tags: TAGS, operationId: 'getProduct', summary: 'Eén product opvragen',
      description: 'Een gepubliceerd product, op id (uuid) of webadres (slug).',
      params: Type.Object({ product: Type.String({ maxLength: 80, pattern: '^[a-z0-9-]+$', description: 'Id (uuid) of slug van het product.' }) }),
      response: { 200: ProductDetail },
    },
  }, async (request) => {
    const { product: key } = request.params as { product: string };
    const product = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key)
      ? await catalogue.getProduct(request.tenant!.id, { id: key }, { includeDrafts: false })
      : await catalogue.publishedProduct(request.tenant!.id, key);
    if (!product) throw new HttpError(404, 'Dit product bestaat niet of is niet gepubliceerd.', [], 'not-found');
    return productJson(product, base(request));
  });

  app.get('/api/v1/categories', {
    config: { access: 'public' },
    schema: {
      tags: TAGS, operationId: 'listCategories', summary: 'Onderwerpen opvragen',
      description: 'De onderwerpen (categorieën) waarin de producten zijn ingedeeld.',
      response: { 200: Type.Object({ results: Type.Array(Category) }) },
    },
  }, async (request) => {
    const list = await catalogue.listCategories(request.tenant!.id);
    return { results: list.map(({ id: _id, ...c }) => c) };
  });

  app.get('/api/v1/search', {
    config: { access: 'public' },
    schema: {
      tags: TAGS, operationId: 'searchProducts', summary: 'Producten zoeken',
      description: 'Zoeken met Nederlandse woordvormen, begin van woorden en tikfouten. Beste resultaat eerst.',
      querystring: SearchQuery, response: { 200: ListResponse(SearchItem as unknown as typeof ProductListItem) },
    },
  }, async (request) => {
    const q = request.query as Static<typeof SearchQuery>;
    const result = await searchProducts(platform.database, request.tenant!.id, q.q, { lang: q.lang ?? 'nl', limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return {
      count: result.total, page: q.page, pageSize: q.pageSize,
      results: result.hits.map((h) => ({ ...listItem(request, { ...h, status: 'published', updatedAt: new Date(0) }), snippet: markHighlights(h.snippet, Html.escapeHtml), score: Math.round(h.score * 1000) / 1000 })),
      _links: pageLinks(request, '/search', { q: q.q, ...(q.lang ? { lang: q.lang } : {}) }, q.page, q.pageSize, result.total),
    };
  });
}

export function productJson(p: Product, base: string) {
  return {
    id: p.id, slug: p.slug, title: p.title, summary: p.summary, description: p.description, forWhom: p.forWhom,
    conditions: p.conditions, bring: p.bring, leadTime: p.leadTime, leadTimeDays: p.leadTimeDays, howTo: p.howTo,
    audience: p.audience, channels: p.channels, categories: p.categories, keywords: p.keywords,
    prices: p.prices.map((x) => ({ year: x.year, label: x.label, labelEn: x.labelEn, amount: (x.amountCents / 100).toFixed(2), currency: 'EUR' as const })),
    related: p.relatedProducts.map((r) => r.slug),
    formSlug: p.formSlug, zaaktype: p.zaaktypeIdentificatie,
    translations: p.en ? { en: p.en } : {},
    updatedAt: p.updatedAt.toISOString(),
    _links: { self: { href: `${base}/products/${p.slug}` } },
  };
}
