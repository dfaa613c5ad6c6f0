/**
 * The Autorisaties API 1.0.0 of the ZGW standard over the platform's applications store: the
 * applications (with their client ids) and their autorisaties, which the other ZGW APIs of this
 * municipality apply to every request. A change takes effect at once (the store forgets what it
 * kept) and is announced on kanaal autorisaties.
 */
import type { FastifyRequest } from 'fastify';
import { forgetApplicaties, zgwApplicaties, type ZgwApplicatie, type ZgwAutorisatie } from '../../../platform/auth/zgw.js';
import type { Tx } from '../../../platform/db/database.js';
import { isUuid } from '../../../platform/values.js';
import { zgwNotFound } from '../core/errors.js';
import { paginate, PAGE_SIZE, Query } from '../core/lists.js';
import type { ZgwApiDefinition, ZgwContext } from '../core/plugin.js';
import { applicaties, COMPONENT_WEERGAVE, readApplicatie } from './service.js';

export const autorisatiesApi: ZgwApiDefinition = {
  api: 'autorisaties',
  version: '1.0.0',
  routes(app, ctx) {
    const inTenant = <T>(request: FastifyRequest, work: (tx: Tx) => Promise<T>): Promise<T> => ctx.platform.database.withTenant(ctx.tenantId(request), work);
    /** A change: in one transaction, then forgotten by every cache of this process. */
    const change = async <T>(request: FastifyRequest, work: (tx: Tx) => Promise<T>): Promise<T> => {
      try {
        return await inTenant(request, work);
      } finally {
        forgetApplicaties();
      }
    };
    const view = (request: FastifyRequest, a: ZgwApplicatie) => applicatieView(request, ctx, a);

    app.get('/applicaties', { config: { access: { zgw: 'autorisaties.lezen' } } }, async (request) => {
      const q = new Query(request, ctx.slug(request), ['clientIds', 'page']);
      const clientIds = q.list('clientIds');
      const page = q.page();
      q.done();
      const { count, results } = await inTenant(request, (tx) => zgwApplicaties.list(tx, { ...(clientIds ? { clientIds } : {}), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }));
      return paginate(request, ctx.root(request), page, count, results.map((a) => view(request, a)));
    });

    app.post('/applicaties', { config: { access: { zgw: 'autorisaties.bijwerken' } } }, async (request, reply) => {
      const created = await change(request, async (tx) => applicaties.create(tx, await readApplicatie(tx, request.body, ctx.slug(request), { partial: false })));
      return reply.status(201).header('Location', ctx.url(request, 'applicaties', created.id)).send(view(request, created));
    });

    // The application of one client id (how the other components look up a client's rights).
    app.get('/applicaties/consumer', { config: { access: { zgw: 'autorisaties.lezen' } } }, async (request) => {
      const q = new Query(request, ctx.slug(request), ['clientId']);
      const clientId = q.string('clientId', { max: 50 });
      q.done();
      const found = clientId ? await inTenant(request, (tx) => zgwApplicaties.forClient(tx, clientId)) : undefined;
      if (!found) throw zgwNotFound(clientId ? 'Er is geen applicatie met deze client id.' : 'Geef de client id op met ?clientId=.');
      return view(request, found);
    });

    app.get<{ Params: { uuid: string } }>('/applicaties/:uuid', { config: { access: { zgw: 'autorisaties.lezen' } } }, async (request) => {
      new Query(request, ctx.slug(request), []).done();
      const found = isUuid(request.params.uuid) ? await inTenant(request, (tx) => zgwApplicaties.get(tx, request.params.uuid)) : undefined;
      if (!found) throw zgwNotFound();
      return view(request, found);
    });

    for (const method of ['put', 'patch'] as const) {
      app[method]<{ Params: { uuid: string } }>('/applicaties/:uuid', { config: { access: { zgw: 'autorisaties.bijwerken' } } }, async (request) => {
        const updated = await change(request, async (tx) => {
          const existing = isUuid(request.params.uuid) ? await zgwApplicaties.get(tx, request.params.uuid) : undefined;
          if (!existing) throw zgwNotFound();
          const next = await readApplicatie(tx, request.body, ctx.slug(request), { partial: method === 'patch', existing });
          return (await applicaties.update(tx, existing.id, next, method === 'put' ? 'update' : 'partial_update'))!;
        });
        return view(request, updated);
      });
    }

    app.delete<{ Params: { uuid: string } }>('/applicaties/:uuid', { config: { access: { zgw: 'autorisaties.bijwerken' } } }, async (request, reply) => {
      const deleted = isUuid(request.params.uuid) && await change(request, (tx) => applicaties.delete(tx, request.params.uuid));
      if (!deleted) throw zgwNotFound();
      return reply.status(204).send();
    });
  },
};

/** The standard's Applicatie; per component only the fields that component has. */
function applicatieView(request: FastifyRequest, ctx: ZgwContext, a: ZgwApplicatie) {
  return {
    url: ctx.url(request, 'applicaties', a.id),
    clientIds: a.clientIds,
    label: a.label,
    heeftAlleAutorisaties: a.heeftAlleAutorisaties,
    autorisaties: a.autorisaties.map((z) => autorisatieView(request, ctx, z)),
  };
}

function autorisatieView(request: FastifyRequest, ctx: ZgwContext, z: ZgwAutorisatie) {
  const base = { component: z.component, componentWeergave: COMPONENT_WEERGAVE[z.component] ?? z.component, scopes: z.scopes };
  // The type as the client gave it; an autorisatie made here without URL gets one in the client's form.
  const type = (given: string | undefined, resource: string) => given ?? (z.typeId ? ctx.url(request, resource, z.typeId, { api: 'catalogi' }) : '');
  switch (z.component) {
    case 'zrc': return { ...base, zaaktype: type(z.zaaktype, 'zaaktypen'), maxVertrouwelijkheidaanduiding: z.maxVertrouwelijkheidaanduiding ?? '' };
    case 'drc': return { ...base, informatieobjecttype: type(z.informatieobjecttype, 'informatieobjecttypen'), maxVertrouwelijkheidaanduiding: z.maxVertrouwelijkheidaanduiding ?? '' };
    case 'brc': return { ...base, besluittype: type(z.besluittype, 'besluittypen') };
    default: return base;
  }
}
