import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, renderError, sendHtml } from '../../platform/http/app.js';
import { HttpError } from '../../platform/http/problem.js';
import type { Platform } from '../../platform/http/types.js';
import type { FieldError } from '../../platform/ui/forms.js';
import { catalogueMessages } from './messages.js';
import { parseProductForm, productToForm, type RawProductForm } from './product-input.js';
import type { FormPublishedCheck } from './form-links.js';
import { currentYear, pageParam, PAGE_SIZE, usableForm } from './routes-public.js';
import type { CatalogueService, ProductStatus } from './service.js';
import { AdminListPage, HistoryPage, PreviewBanner, ProductFormPage } from './views/admin.js';
import { ProductPage } from './views/public.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOTICES = ['saved', 'created', 'published', 'unpublished'] as const;

/**
 * The back office of the catalogue under /beheer/producten, for employees with the permission
 * catalogus.beheren in this municipality (checked before every handler, and again by the service).
 */
export function registerAdminRoutes(app: FastifyInstance, platform: Platform, catalogue: CatalogueService, formPublished?: FormPublishedCheck): void {
  const access = { access: { staff: 'catalogus.beheren' as const } };

  app.get('/beheer/producten', { schema: { hide: true }, config: access }, async (request, reply) => {
    const page = pageParam(request);
    const rawStatus = (request.query as Record<string, unknown>).status ?? 'all';
    if (page === undefined || !['all', 'draft', 'published'].includes(String(rawStatus))) return renderError(request, reply, platform, 400);
    const status = rawStatus as ProductStatus | 'all';
    const { items, total } = await catalogue.listProducts(request.tenant!.id, { status, page, pageSize: PAGE_SIZE });
    return sendHtml(reply, <AdminListPage ctx={pageContext(request, reply, platform)} items={items} total={total} page={page} pageSize={PAGE_SIZE} status={status} />);
  });

  app.get('/beheer/producten/nieuw', { schema: { hide: true }, config: access }, async (request, reply) => {
    const categories = await catalogue.listCategories(request.tenant!.id);
    return sendHtml(reply, <ProductFormPage ctx={pageContext(request, reply, platform)} form={{ audience: ['inwoner'] }} errors={[]} categories={categories} />);
  });

  app.post('/beheer/producten', { schema: { hide: true }, config: access }, async (request, reply) => {
    const tenantId = request.tenant!.id;
    const form = formOf(request);
    const categories = await catalogue.listCategories(tenantId);
    const t = catalogueMessages(request.lang);
    const { value, errors } = parseProductForm(form, categories.map((c) => c.slug), t);
    const render = (errs: FieldError[]) => sendHtml(reply, <ProductFormPage ctx={pageContext(request, reply, platform)} form={form} errors={errs} categories={categories} />, 400);
    if (!value) return render(errors);
    const unknown = await catalogue.unknownSlugs(tenantId, value.related);
    if (unknown.length) return render([{ field: 'related', message: t('error.relatedUnknown', { slugs: unknown.join(', ') }) }]);
    try {
      const product = await catalogue.createProduct(tenantId, value, request.actor!);
      return reply.redirect(`${request.base}/beheer/producten/${product.id}?melding=created`, 303);
    } catch (error) {
      if (error instanceof HttpError && error.code === 'slug-taken') return render([{ field: 'slug', message: t('error.slugTaken') }]);
      throw error;
    }
  });

  app.get('/beheer/producten/:id', { schema: { hide: true }, config: access }, async (request, reply) => {
    const product = await productOr404(request, reply);
    if (!product) return reply;
    const categories = await catalogue.listCategories(request.tenant!.id);
    const notice = NOTICES.find((n) => n === (request.query as Record<string, unknown>).melding);
    return sendHtml(reply, <ProductFormPage ctx={pageContext(request, reply, platform)} form={productToForm(product)} errors={[]} categories={categories} product={product} notice={notice} />);
  });

  app.post('/beheer/producten/:id', { schema: { hide: true }, config: access }, async (request, reply) => {
    const product = await productOr404(request, reply);
    if (!product) return reply;
    const tenantId = request.tenant!.id;
    const form = formOf(request);
    const categories = await catalogue.listCategories(tenantId);
    const t = catalogueMessages(request.lang);
    const render = (errs: FieldError[], notice?: 'conflict') =>
      sendHtml(reply, <ProductFormPage ctx={pageContext(request, reply, platform)} form={form} errors={errs} categories={categories} product={product} notice={notice} />, notice ? 409 : 400);
    const { value, errors } = parseProductForm(form, categories.map((c) => c.slug), t);
    if (!value) return render(errors);
    const unknown = await catalogue.unknownSlugs(tenantId, value.related.filter((s) => s !== value.slug));
    if (unknown.length) return render([{ field: 'related', message: t('error.relatedUnknown', { slugs: unknown.join(', ') }) }]);
    const version = Number(form.version);
    try {
      await catalogue.updateProduct(tenantId, product.id, value, Number.isInteger(version) ? version : -1, request.actor!);
    } catch (error) {
      if (error instanceof HttpError && error.code === 'slug-taken') return render([{ field: 'slug', message: t('error.slugTaken') }]);
      if (error instanceof HttpError && error.code === 'conflict') return render([], 'conflict');
      throw error;
    }
    return reply.redirect(`${request.base}/beheer/producten/${product.id}?melding=saved`, 303);
  });

  for (const [segment, status] of [['publiceren', 'published'], ['intrekken', 'draft']] as const) {
    app.post(`/beheer/producten/:id/${segment}`, { schema: { hide: true }, config: access }, async (request, reply) => {
      const product = await productOr404(request, reply);
      if (!product) return reply;
      await catalogue.setStatus(request.tenant!.id, product.id, status, request.actor!);
      return reply.redirect(`${request.base}/beheer/producten/${product.id}?melding=${status === 'published' ? 'published' : 'unpublished'}`, 303);
    });
  }

  app.get('/beheer/producten/:id/voorbeeld', { schema: { hide: true }, config: access }, async (request, reply) => {
    const product = await productOr404(request, reply);
    if (!product) return reply;
    const ctx = pageContext(request, reply, platform);
    reply.header('X-Robots-Tag', 'noindex');
    // The preview shows the button as residents would see it: only when the form is published.
    const onlineForm = await usableForm(formPublished, request.tenant!.id, product.formSlug);
    return sendHtml(reply, <ProductPage ctx={ctx} product={product} year={currentYear()} onlineForm={onlineForm} preview={<PreviewBanner ctx={ctx} productId={product.id} status={product.status} />} />);
  });

  app.get('/beheer/producten/:id/geschiedenis', { schema: { hide: true }, config: access }, async (request, reply) => {
    const product = await productOr404(request, reply);
    if (!product) return reply;
    const revisions = await catalogue.listRevisions(request.tenant!.id, product.id);
    return sendHtml(reply, <HistoryPage ctx={pageContext(request, reply, platform)} product={product} revisions={revisions} />);
  });

  async function productOr404(request: FastifyRequest, reply: FastifyReply) {
    const { id } = request.params as { id: string };
    const product = UUID.test(id) ? await catalogue.getProduct(request.tenant!.id, { id }, { includeDrafts: true }) : undefined;
    if (!product) await renderError(request, reply, platform, 404);
    return product;
  }
}

function formOf(request: FastifyRequest): RawProductForm {
  const body = request.body;
  if (!body || typeof body !== 'object') return {};
  const form: RawProductForm = {};
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === 'string') form[k] = v;
    else if (Array.isArray(v)) form[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return form;
}
