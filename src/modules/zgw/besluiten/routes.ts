/**
 * The Besluiten API 1.1.0 of the ZGW standard over module besluiten: besluiten (with their audit
 * trail) and besluitinformatieobjecten. The rules brc-001 … brc-009 live in BesluitenService, so
 * that our own pages follow them too; this file reads and writes the standard's representation,
 * and applies the client's autorisaties per besluittype (besluiten have no
 * vertrouwelijkheidaanduiding): lists are filtered in SQL, a single besluit of another type is 403.
 */
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../platform/auth/access.js';
import { typeFilter, type TypeFilter, type ZgwClient } from '../../../platform/auth/zgw.js';
import type { Tx } from '../../../platform/db/database.js';
import { besluitenService, VERVALREDENEN, type Besluit, type BesluitChanges, type BesluitInput, type Besluitinformatieobject } from '../../besluiten/index.js';
import type { BesluitAuditEntry } from '../../besluiten/service.js';
import { permissionDenied, zgwNotFound } from '../core/errors.js';
import { Fields } from '../core/fields.js';
import { paginate, PAGE_SIZE, Query } from '../core/lists.js';
import type { ZgwApiDefinition, ZgwContext } from '../core/plugin.js';

/** Looks up referenced objects for checks; the caller's own rights are checked by the route. */
const LOOKUP: Actor = { kind: 'system', process: 'zgw-besluiten' };

const BESLUIT_FIELDS = ['url', 'identificatie', 'verantwoordelijkeOrganisatie', 'besluittype', 'zaak', 'datum', 'toelichting', 'bestuursorgaan', 'ingangsdatum',
  'vervaldatum', 'vervalreden', 'vervalredenWeergave', 'publicatiedatum', 'verzenddatum', 'uiterlijkeReactiedatum'] as const;
const BIO_FIELDS = ['url', 'informatieobject', 'besluit'] as const;

/** The ZGW client of the request (the platform checked its JWT and scope before the handler). */
function zgwClientOf(request: FastifyRequest): ZgwClient | undefined {
  const actor = request.actor;
  return actor?.kind === 'api-client' ? actor.zgw : undefined;
}

function actorOf(request: FastifyRequest): Actor {
  return request.actor as Actor;
}

/** The besluittypen this client may use with this scope: 'all' or their ids. */
function besluittypen(request: FastifyRequest, ...scopes: string[]): 'all' | string[] {
  const ids = new Set<string>();
  for (const scope of scopes) {
    const filter: TypeFilter = typeFilter(zgwClientOf(request), scope, 'brc');
    if (filter === 'all') return 'all';
    for (const id of filter.keys()) ids.add(id);
  }
  return [...ids];
}

function mayUse(request: FastifyRequest, besluittype: string, ...scopes: string[]): boolean {
  const allowed = besluittypen(request, ...scopes);
  return allowed === 'all' || allowed.includes(besluittype);
}

/** The X-Audit-Toelichting header: why the client made this change (kept in the audit trail). */
function toelichting(request: FastifyRequest): string {
  const value = request.headers['x-audit-toelichting'];
  return typeof value === 'string' ? value.slice(0, 1000) : '';
}

export const besluitenApi: ZgwApiDefinition = {
  api: 'besluiten',
  version: '1.1.0',
  routes(app, ctx) {
    const service = besluitenService(ctx.platform);
    const inTenant = <T>(request: FastifyRequest, work: (tx: Tx) => Promise<T>): Promise<T> => ctx.platform.database.withTenant(ctx.tenantId(request), work);
    const view = views(ctx);

    // ------------------------------------------------------------------------------------------
    // Besluiten
    // ------------------------------------------------------------------------------------------

    app.get('/besluiten', { config: { access: { zgw: 'besluiten.lezen' } } }, async (request) => {
      const q = new Query(request, ctx.slug(request), ['identificatie', 'verantwoordelijkeOrganisatie', 'besluittype', 'zaak', 'page', 'expand']);
      const filter = {
        identificatie: q.string('identificatie', { max: 50 }),
        verantwoordelijkeOrganisatie: q.string('verantwoordelijkeOrganisatie', { max: 9 }),
        besluittype: q.ref('besluittype', 'catalogi', 'besluittypen'),
        zaak: q.ref('zaak', 'zaken', 'zaken'),
      };
      q.string('expand');
      const page = q.page();
      q.done();
      const allowed = besluittypen(request, 'besluiten.lezen');
      const { count, results } = await inTenant(request, (tx) => service.listBesluiten(tx, actorOf(request), { ...strip(filter), besluittypen: allowed }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }));
      return paginate(request, ctx.root(request), page, count, results.map((b) => view.besluit(request, b)));
    });

    app.post('/besluiten', { config: { access: { zgw: 'besluiten.aanmaken' } } }, async (request, reply) => {
      const input = readBesluit(request, ctx, { partial: false, creating: true });
      if (!mayUse(request, input.besluittype!, 'besluiten.aanmaken')) throw permissionDenied('Deze applicatie mag geen besluiten van dit besluittype aanmaken.');
      const besluit = await inTenant(request, (tx) => service.createBesluit(tx, actorOf(request), input as BesluitInput, { toelichting: toelichting(request) }));
      return reply.status(201).header('Location', view.besluitUrl(request, besluit.id)).send(view.besluit(request, besluit));
    });

    app.get<{ Params: { uuid: string } }>('/besluiten/:uuid', { config: { access: { zgw: 'besluiten.lezen' } } }, async (request) => {
      const q = new Query(request, ctx.slug(request), ['expand']);
      q.string('expand');
      q.done();
      const besluit = await inTenant(request, (tx) => service.getBesluit(tx, actorOf(request), request.params.uuid));
      if (!besluit) throw zgwNotFound();
      if (!mayUse(request, besluit.besluittype, 'besluiten.lezen')) throw permissionDenied();
      return view.besluit(request, besluit);
    });

    for (const method of ['put', 'patch'] as const) {
      app[method]<{ Params: { uuid: string } }>('/besluiten/:uuid', { config: { access: { zgw: 'besluiten.bijwerken' } } }, async (request) => {
        const changes = readBesluit(request, ctx, { partial: method === 'patch', creating: false });
        const besluit = await inTenant(request, async (tx) => {
          const current = await service.getBesluit(tx, LOOKUP, request.params.uuid);
          if (!current) throw zgwNotFound();
          if (!mayUse(request, current.besluittype, 'besluiten.bijwerken')) throw permissionDenied();
          return service.updateBesluit(tx, actorOf(request), current.id, changes as BesluitChanges, { actie: method === 'put' ? 'update' : 'partial_update', toelichting: toelichting(request) });
        });
        return view.besluit(request, besluit);
      });
    }

    app.delete<{ Params: { uuid: string } }>('/besluiten/:uuid', { config: { access: { zgw: 'besluiten.verwijderen' } } }, async (request, reply) => {
      await inTenant(request, async (tx) => {
        const current = await service.getBesluit(tx, LOOKUP, request.params.uuid);
        if (!current) throw zgwNotFound();
        if (!mayUse(request, current.besluittype, 'besluiten.verwijderen')) throw permissionDenied();
        await service.deleteBesluit(tx, actorOf(request), current.id);
      });
      return reply.status(204).send();
    });

    // ------------------------------------------------------------------------------------------
    // Audit trail of a besluit (brc): with audittrails.lezen or besluiten.lezen for its type
    // ------------------------------------------------------------------------------------------

    const auditOf = async (request: FastifyRequest, besluitId: string): Promise<BesluitAuditEntry[] | undefined> => inTenant(request, async (tx) => {
      const besluit = await service.getBesluit(tx, LOOKUP, besluitId);
      if (!besluit) return undefined;
      if (!mayUse(request, besluit.besluittype, 'audittrails.lezen', 'besluiten.lezen')) throw permissionDenied();
      return service.auditTrail(tx, LOOKUP, besluit.id);
    });

    app.get<{ Params: { besluit_uuid: string } }>('/besluiten/:besluit_uuid/audittrail', { config: { access: { zgw: 'audittrails.lezen | besluiten.lezen' } } }, async (request) => {
      new Query(request, ctx.slug(request), []).done();
      return ((await auditOf(request, request.params.besluit_uuid)) ?? []).map((entry) => view.audit(request, entry));
    });

    app.get<{ Params: { besluit_uuid: string; uuid: string } }>('/besluiten/:besluit_uuid/audittrail/:uuid', { config: { access: { zgw: 'audittrails.lezen | besluiten.lezen' } } }, async (request) => {
      new Query(request, ctx.slug(request), []).done();
      const entry = (await auditOf(request, request.params.besluit_uuid))?.find((e) => e.uuid === request.params.uuid);
      if (!entry) throw zgwNotFound();
      return view.audit(request, entry);
    });

    // ------------------------------------------------------------------------------------------
    // Besluitinformatieobjecten (brc-003, 004, 005, 008)
    // ------------------------------------------------------------------------------------------

    app.get('/besluitinformatieobjecten', { config: { access: { zgw: 'besluiten.lezen' } } }, async (request) => {
      const q = new Query(request, ctx.slug(request), ['besluit', 'informatieobject', 'expand']);
      const besluit = q.ref('besluit', 'besluiten', 'besluiten');
      const informatieobject = q.ref('informatieobject', 'documenten', 'enkelvoudiginformatieobjecten');
      q.string('expand');
      q.done();
      const list = await inTenant(request, (tx) => service.listBesluitinformatieobjectenFiltered(tx, actorOf(request), {
        ...strip({ besluit, informatieobject }), besluittypen: besluittypen(request, 'besluiten.lezen'),
      }));
      return list.map((bio) => view.bio(request, bio));
    });

    app.post('/besluitinformatieobjecten', { config: { access: { zgw: 'besluiten.aanmaken' } } }, async (request, reply) => {
      const f = new Fields(request.body, ctx.slug(request));
      const informatieobject = f.ref('informatieobject', 'documenten', 'enkelvoudiginformatieobjecten', { required: true });
      const besluitId = f.ref('besluit', 'besluiten', 'besluiten', { required: true });
      f.done(BIO_FIELDS);
      const bio = await inTenant(request, async (tx) => {
        const besluit = await service.getBesluit(tx, LOOKUP, besluitId!);
        if (besluit && !mayUse(request, besluit.besluittype, 'besluiten.aanmaken')) throw permissionDenied('Deze applicatie mag geen documenten koppelen aan besluiten van dit besluittype.');
        return service.addBesluitinformatieobject(tx, actorOf(request), besluitId!, informatieobject!, { toelichting: toelichting(request) });
      });
      return reply.status(201).header('Location', ctx.url(request, 'besluitinformatieobjecten', bio.id)).send(view.bio(request, bio));
    });

    app.get<{ Params: { uuid: string } }>('/besluitinformatieobjecten/:uuid', { config: { access: { zgw: 'besluiten.lezen' } } }, async (request) => {
      const q = new Query(request, ctx.slug(request), ['expand']);
      q.string('expand');
      q.done();
      const bio = await inTenant(request, (tx) => service.getBesluitinformatieobject(tx, actorOf(request), request.params.uuid));
      if (!bio) throw zgwNotFound();
      if (!mayUse(request, bio.besluittype, 'besluiten.lezen')) throw permissionDenied();
      return view.bio(request, bio);
    });

    app.delete<{ Params: { uuid: string } }>('/besluitinformatieobjecten/:uuid', { config: { access: { zgw: 'besluiten.verwijderen' } } }, async (request, reply) => {
      await inTenant(request, async (tx) => {
        const bio = await service.getBesluitinformatieobject(tx, LOOKUP, request.params.uuid);
        if (!bio) throw zgwNotFound();
        if (!mayUse(request, bio.besluittype, 'besluiten.verwijderen')) throw permissionDenied();
        await service.removeBesluitinformatieobject(tx, actorOf(request), bio.besluit, bio.informatieobject, { toelichting: toelichting(request) });
      });
      return reply.status(204).send();
    });
  },
};

/** Leaves out the filters that were not given. */
function strip<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/**
 * Reads a Besluit body (create, PUT or PATCH) into the service's input; every invalid field is
 * named with the standard's code before anything is written.
 */
function readBesluit(request: FastifyRequest, ctx: ZgwContext, options: { partial: boolean; creating: boolean }): Partial<BesluitInput> {
  const f = new Fields(request.body, ctx.slug(request), { partial: options.partial });
  const input: Partial<BesluitInput> = {};
  const set = <K extends keyof BesluitInput>(key: K, value: BesluitInput[K] | undefined) => {
    if (value !== undefined) input[key] = value;
  };
  const identificatie = f.string('identificatie', { max: 50, blank: true });
  // An empty identificatie on create: the besluit gets a generated one (brc-002).
  if (identificatie !== null && identificatie !== undefined && (identificatie !== '' || !options.creating)) set('identificatie', identificatie);
  set('verantwoordelijkeOrganisatie', f.string('verantwoordelijkeOrganisatie', { required: true, max: 9 }) ?? undefined);
  if (typeof f.raw('besluittype') === 'string' && (f.raw('besluittype') as string).length > 200) f.add('besluittype', 'max_length', 'Zorg ervoor dat dit veld niet meer dan 200 karakters bevat.');
  else set('besluittype', f.ref('besluittype', 'catalogi', 'besluittypen', { required: true }) ?? undefined);
  // zaak: a URL, or empty (no zaak).
  if (f.raw('zaak') === '' || f.raw('zaak') === null) set('zaak', null);
  else if (typeof f.raw('zaak') === 'string' && (f.raw('zaak') as string).length > 200) f.add('zaak', 'max_length', 'Zorg ervoor dat dit veld niet meer dan 200 karakters bevat.');
  else set('zaak', f.ref('zaak', 'zaken', 'zaken') ?? undefined);
  set('datum', f.date('datum', { required: true }) ?? undefined);
  set('toelichting', f.string('toelichting', { blank: true }) ?? undefined);
  set('bestuursorgaan', f.string('bestuursorgaan', { max: 50, blank: true }) ?? undefined);
  set('ingangsdatum', f.date('ingangsdatum', { required: true }) ?? undefined);
  for (const key of ['vervaldatum', 'publicatiedatum', 'verzenddatum', 'uiterlijkeReactiedatum'] as const) {
    const value = f.date(key, { nullable: true });
    if (value !== undefined) input[key] = value;
  }
  set('vervalreden', f.choice('vervalreden', VERVALREDENEN.filter((v) => v !== ''), { blank: true }) ?? undefined);
  f.done(BESLUIT_FIELDS);
  return input;
}

/** The standard's representation of our objects, with URLs in the form the client used. */
function views(ctx: ZgwContext) {
  const besluitUrl = (request: FastifyRequest, id: string) => ctx.url(request, 'besluiten', id);
  const besluit = (request: FastifyRequest, b: Besluit) => ({
    url: besluitUrl(request, b.id),
    identificatie: b.identificatie,
    verantwoordelijkeOrganisatie: b.verantwoordelijkeOrganisatie,
    besluittype: ctx.url(request, 'besluittypen', b.besluittype, { api: 'catalogi' }),
    zaak: b.zaak ? ctx.url(request, 'zaken', b.zaak, { api: 'zaken' }) : '',
    datum: b.datum,
    toelichting: b.toelichting,
    bestuursorgaan: b.bestuursorgaan,
    ingangsdatum: b.ingangsdatum,
    vervaldatum: b.vervaldatum,
    vervalreden: b.vervalreden,
    vervalredenWeergave: b.vervalredenWeergave,
    publicatiedatum: b.publicatiedatum,
    verzenddatum: b.verzenddatum,
    uiterlijkeReactiedatum: b.uiterlijkeReactiedatum,
  });
  const bio = (request: FastifyRequest, r: Besluitinformatieobject) => ({
    url: ctx.url(request, 'besluitinformatieobjecten', r.id),
    informatieobject: ctx.url(request, 'enkelvoudiginformatieobjecten', r.informatieobject, { api: 'documenten' }),
    besluit: besluitUrl(request, r.besluit),
  });
  /** The objects in an audit entry, as the API showed them (references as URLs). */
  const snapshot = (request: FastifyRequest, resource: string, value: Record<string, unknown> | null): Record<string, unknown> | null => {
    if (!value) return value;
    if (resource === 'besluit' && typeof value.id === 'string') return besluit(request, value as unknown as Besluit);
    const out: Record<string, unknown> = { ...value };
    if (typeof value.besluit === 'string') out.besluit = besluitUrl(request, value.besluit);
    if (typeof value.informatieobject === 'string') out.informatieobject = ctx.url(request, 'enkelvoudiginformatieobjecten', value.informatieobject, { api: 'documenten' });
    return out;
  };
  const audit = (request: FastifyRequest, e: BesluitAuditEntry) => ({
    uuid: e.uuid,
    bron: e.bron,
    applicatieId: e.applicatieId,
    applicatieWeergave: e.applicatieWeergave,
    gebruikersId: e.gebruikersId,
    gebruikersWeergave: e.gebruikersWeergave,
    actie: e.actie,
    actieWeergave: e.actieWeergave,
    resultaat: e.resultaat,
    hoofdObject: besluitUrl(request, e.hoofdObject),
    resource: e.resource,
    resourceUrl: ctx.url(request, e.resource === 'besluit' ? 'besluiten' : 'besluitinformatieobjecten', e.resourceUrl),
    toelichting: e.toelichting,
    resourceWeergave: e.resourceWeergave,
    aanmaakdatum: new Date(e.aanmaakdatum).toISOString(),
    wijzigingen: { oud: snapshot(request, e.resource, e.wijzigingen.oud), nieuw: snapshot(request, e.resource, e.wijzigingen.nieuw) },
  });
  return { besluitUrl, besluit, bio, audit };
}
