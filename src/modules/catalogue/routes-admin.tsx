import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, renderError, sendHtml } from '../../platform/http/app.js';
import { HttpError } from '../../platform/http/problem.js';
import { clientAddress } from '../../platform/http/rate-limit.js';
import type { Platform } from '../../platform/http/types.js';
import type { FieldError } from '../../platform/ui/forms.js';
import { catalogueMessages } from './messages.js';
import { parseProductForm, productToForm, type RawProductForm } from './product-input.js';
import { currentYear, pageParam, PAGE_SIZE } from './routes-public.js';
import type { CatalogueService, ProductStatus } from './service.js';
import { AdminListPage, HistoryPage, LoginPage, PreviewBanner, ProductFormPage } from './views/admin.js';
import { ProductPage } from './views/public.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOTICES = ['saved', 'created', 'published', 'unpublished'] as const;

/**
 * The back office of the catalogue under /beheer. Every route except the login checks the staff
 * session server-side, bound to this municipality.
 */
export function registerAdminRoutes(app: FastifyInstance, platform: Platform, catalogue: CatalogueService): void {
  const { staffAuth, rateLimiter } = platform;

  app.get('/beheer/inloggen', { schema: { hide: true } }, async (request, reply) => {
    const back = safeBack((request.query as Record<string, unknown>).terug);
    return sendHtml(reply, <LoginPage ctx={pageContext(request, reply, platform)} errors={[]} name="" back={back} />);
  });

  app.post('/beheer/inloggen', { schema: { hide: true } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const t = catalogueMessages(request.lang);
    const name = typeof body.name === 'string' ? body.name.trim().slice(0, 100) : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const back = safeBack(body.terug);
    const errors: FieldError[] = [];
    if (!name) errors.push({ field: 'name', message: t('admin.login.nameMissing') });
    if (!password) errors.push({ field: 'password', message: t('admin.login.passwordMissing') });
    let status = 400;
    if (!errors.length) {
      // Lockout with back-off per account name and per address; the same message either way.
      const keys = [rateLimiter.key('staff-login-account', `${request.tenant!.id}:${name.toLowerCase()}`), rateLimiter.key('staff-login-ip', clientAddress(request))];
      const locked = Math.max(...await Promise.all(keys.map((k) => rateLimiter.lockedFor(k))));
      if (locked > 0) {
        errors.push({ field: 'password', message: t('admin.login.locked', { minutes: Math.ceil(locked / 60) }) });
        status = 429;
      } else {
        const session = await staffAuth.login(request, reply, request.tenant!.id, { name, password });
        if (session) {
          await rateLimiter.success(keys[0]!);
          return reply.redirect(`${request.base}${back}`, 303);
        }
        const lock = Math.max(...await Promise.all(keys.map((k) => rateLimiter.failure(k))));
        errors.push({ field: 'password', message: lock ? t('admin.login.locked', { minutes: Math.ceil(lock / 60) }) : t('admin.login.failed') });
        status = lock ? 429 : 401;
      }
    }
    return sendHtml(reply, <LoginPage ctx={pageContext(request, reply, platform)} errors={errors} name={name} back={back} />, status);
  });

  app.register(async (admin) => {
    admin.addHook('preHandler', async (request, reply) => {
      const session = await staffAuth.current(request, request.tenant!.id);
      if (!session) {
        if (request.method === 'GET') {
          const back = request.url.slice(request.url.indexOf('/beheer'));
          return reply.redirect(`${request.base}/beheer/inloggen?terug=${encodeURIComponent(back)}`, 303);
        }
        return renderError(request, reply, platform, 403);
      }
      request.staff = session;
    });

    admin.post('/beheer/uitloggen', { schema: { hide: true } }, async (request, reply) => {
      await staffAuth.logout(request, reply, request.tenant!.id);
      return reply.redirect(`${request.base}/beheer/inloggen`, 303);
    });

    admin.get('/beheer', { schema: { hide: true } }, async (request, reply) => {
      const page = pageParam(request);
      const rawStatus = (request.query as Record<string, unknown>).status ?? 'all';
      if (page === undefined || !['all', 'draft', 'published'].includes(String(rawStatus))) return renderError(request, reply, platform, 400);
      const status = rawStatus as ProductStatus | 'all';
      const { items, total } = await catalogue.listProducts(request.tenant!.id, { status, page, pageSize: PAGE_SIZE });
      return sendHtml(reply, <AdminListPage ctx={pageContext(request, reply, platform)} items={items} total={total} page={page} pageSize={PAGE_SIZE} status={status} />);
    });

    admin.get('/beheer/producten/nieuw', { schema: { hide: true } }, async (request, reply) => {
      const categories = await catalogue.listCategories(request.tenant!.id);
      return sendHtml(reply, <ProductFormPage ctx={pageContext(request, reply, platform)} form={{ audience: ['inwoner'] }} errors={[]} categories={categories} />);
    });

    admin.post('/beheer/producten', { schema: { hide: true } }, async (request, reply) => {
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
        const product = await catalogue.createProduct(tenantId, value, request.staff!.displayName);
        return reply.redirect(`${request.base}/beheer/producten/${product.id}?melding=created`, 303);
      } catch (error) {
        if (error instanceof HttpError && error.code === 'slug-taken') return render([{ field: 'slug', message: t('error.slugTaken') }]);
        throw error;
      }
    });

    admin.get('/beheer/producten/:id', { schema: { hide: true } }, async (request, reply) => {
      const product = await productOr404(request, reply);
      if (!product) return reply;
      const categories = await catalogue.listCategories(request.tenant!.id);
      const notice = NOTICES.find((n) => n === (request.query as Record<string, unknown>).melding);
      return sendHtml(reply, <ProductFormPage ctx={pageContext(request, reply, platform)} form={productToForm(product)} errors={[]} categories={categories} product={product} notice={notice} />);
    });

    admin.post('/beheer/producten/:id', { schema: { hide: true } }, async (request, reply) => {
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
        await catalogue.updateProduct(tenantId, product.id, value, Number.isInteger(version) ? version : -1, request.staff!.displayName);
      } catch (error) {
        if (error instanceof HttpError && error.code === 'slug-taken') return render([{ field: 'slug', message: t('error.slugTaken') }]);
        if (error instanceof HttpError && error.code === 'conflict') return render([], 'conflict');
        throw error;
      }
      return reply.redirect(`${request.base}/beheer/producten/${product.id}?melding=saved`, 303);
    });

    for (const [segment, status] of [['publiceren', 'published'], ['intrekken', 'draft']] as const) {
      admin.post(`/beheer/producten/:id/${segment}`, { schema: { hide: true } }, async (request, reply) => {
        const product = await productOr404(request, reply);
        if (!product) return reply;
        await catalogue.setStatus(request.tenant!.id, product.id, status, request.staff!.displayName);
        return reply.redirect(`${request.base}/beheer/producten/${product.id}?melding=${status === 'published' ? 'published' : 'unpublished'}`, 303);
      });
    }

    admin.get('/beheer/producten/:id/voorbeeld', { schema: { hide: true } }, async (request, reply) => {
      const product = await productOr404(request, reply);
      if (!product) return reply;
      const ctx = pageContext(request, reply, platform);
      reply.header('X-Robots-Tag', 'noindex');
      return sendHtml(reply, <ProductPage ctx={ctx} product={product} year={currentYear()} preview={<PreviewBanner ctx={ctx} productId={product.id} status={product.status} />} />);
    });

    admin.get('/beheer/producten/:id/geschiedenis', { schema: { hide: true } }, async (request, reply) => {
      const product = await productOr404(request, reply);
      if (!product) return reply;
      const revisions = await catalogue.listRevisions(request.tenant!.id, product.id);
      return sendHtml(reply, <HistoryPage ctx={pageContext(request, reply, platform)} product={product} revisions={revisions} />);
    });
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

/** A path inside /beheer to return to after login; anything else becomes /beheer. */
function safeBack(value: unknown): string {
  return typeof value === 'string' && /^\/beheer(\/[A-Za-z0-9/_?=&%-]*)?$/.test(value) ? value : '/beheer';
}
