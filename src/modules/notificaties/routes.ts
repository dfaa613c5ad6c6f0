import type { FastifyRequest } from 'fastify';
import type { InvalidParam } from '../../platform/http/problem.js';
import { publish } from '../../platform/jobs/index.js';
import { isUuid } from '../../platform/values.js';
import { validatieFout, zgwNotFound } from '../zgw/core/errors.js';
import { Fields } from '../zgw/core/fields.js';
import { Query } from '../zgw/core/lists.js';
import type { ZgwApiDefinition, ZgwContext } from '../zgw/core/plugin.js';
import { checkCallback } from './callback.js';
import type { Bericht } from './delivery.js';
import { NOTIFICATIE_TOPIC } from './publish.js';
import { abonnementen, ensureKanalen, kanalen, type AbonnementRow, type FilterGroup, type KanaalRow } from './store.js';

/**
 * What we answer in `auth`: the Authorization value is a secret of the subscriber, so it is never
 * shown again (Open Notificaties makes it write-only; the standard's schema requires the field).
 * Sending this value back in a PUT keeps the stored value.
 */
export const AUTH_MASK = '********';

const KANAAL_FIELDS = ['url', 'naam', 'documentatieLink', 'filters'];
const ABONNEMENT_FIELDS = ['url', 'callbackUrl', 'auth', 'kanalen'];
const MESSAGE_FIELDS = ['kanaal', 'hoofdObject', 'resource', 'resourceUrl', 'actie', 'aanmaakdatum', 'kenmerken', 'source'];

const READ_KANALEN = 'notificaties.publiceren | notificaties.consumeren';
const READ_ABONNEMENTEN = 'notificaties.consumeren | notificaties.publiceren';
/** A header value fetch can send: no line breaks or other control characters. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]+$/;

/** The Notificaties API 1.0.1 of the ZGW standard: kanalen, abonnementen and publishing notifications. */
export const notificatiesApi: ZgwApiDefinition = {
  api: 'notificaties',
  version: '1.0.1',
  routes(app, ctx) {
    const { database, sealer } = ctx.platform;
    const tenant = (request: FastifyRequest) => ctx.tenantId(request);

    const kanaalJson = (request: FastifyRequest, k: KanaalRow) => ({
      url: ctx.url(request, 'kanaal', k.id), naam: k.naam, documentatieLink: k.documentatieLink, filters: k.filters,
    });
    const abonnementJson = (request: FastifyRequest, a: AbonnementRow) => ({
      url: ctx.url(request, 'abonnement', a.id), callbackUrl: a.callbackUrl, auth: AUTH_MASK,
      kanalen: a.kanalen.map((g) => ({ naam: g.naam, filters: g.filters ?? {} })),
    });

    // Kanalen.
    app.get('/kanaal', { config: { access: { zgw: READ_KANALEN } } }, async (request) => {
      const q = new Query(request, ctx.slug(request), ['naam']);
      const naam = q.string('naam', { max: 1000 });
      q.done();
      await ensureKanalen(database, tenant(request));
      const list = await database.withTenant(tenant(request), (tx) => kanalen.list(tx, naam));
      return list.map((k) => kanaalJson(request, k));
    });

    app.post('/kanaal', { config: { access: { zgw: 'notificaties.publiceren' } } }, async (request, reply) => {
      const f = new Fields(request.body, ctx.slug(request));
      const naam = f.string('naam', { required: true, max: 50 });
      const documentatieLink = f.url('documentatieLink', { max: 200, blank: true });
      const filters = f.strings('filters', { max: 100 });
      if (filters?.some((x) => x === '')) f.add('filters', 'blank', 'Een filter mag niet leeg zijn.');
      f.done(KANAAL_FIELDS);
      await ensureKanalen(database, tenant(request));
      const created = await database.withTenant(tenant(request), (tx) => kanalen.create(tx, { naam: naam!, documentatieLink: documentatieLink ?? '', filters: [...new Set(filters ?? [])] }));
      if (!created) throw validatieFout([{ name: 'naam', code: 'unique', reason: 'Er bestaat al een kanaal met deze naam.' }]);
      const body = kanaalJson(request, created);
      return reply.status(201).header('Location', body.url).send(body);
    });

    app.get('/kanaal/:uuid', { config: { access: { zgw: READ_KANALEN } } }, async (request) => {
      const { uuid } = request.params as { uuid: string };
      if (!isUuid(uuid)) throw zgwNotFound();
      await ensureKanalen(database, tenant(request));
      const found = await database.withTenant(tenant(request), (tx) => kanalen.get(tx, uuid));
      if (!found) throw zgwNotFound();
      return kanaalJson(request, found);
    });

    // Abonnementen.
    app.get('/abonnement', { config: { access: { zgw: READ_ABONNEMENTEN } } }, async (request) => {
      new Query(request, ctx.slug(request), []).done();
      const list = await database.withTenant(tenant(request), (tx) => abonnementen.list(tx));
      return list.map((a) => abonnementJson(request, a));
    });

    app.get('/abonnement/:uuid', { config: { access: { zgw: READ_ABONNEMENTEN } } }, async (request) => {
      const found = await database.withTenant(tenant(request), (tx) => abonnementen.get(tx, abonnementId(request)));
      if (!found) throw zgwNotFound();
      return abonnementJson(request, found);
    });

    app.post('/abonnement', { config: { access: { zgw: 'notificaties.consumeren' } } }, async (request, reply) => {
      const input = readAbonnement(ctx, request, false);
      const complete = { callbackUrl: input.callbackUrl!, auth: input.auth!, kanalen: input.kanalen! };
      await validateAbonnement(ctx, request, complete);
      const actor = request.actor;
      const created = await database.withTenant(tenant(request), (tx) => abonnementen.create(tx, sealer, {
        ...complete, aangemaaktDoor: actor?.kind === 'api-client' ? actor.clientId : '',
      }));
      const body = abonnementJson(request, created);
      return reply.status(201).header('Location', body.url).send(body);
    });

    const update = (partial: boolean) => async (request: FastifyRequest) => {
      const id = abonnementId(request);
      const input = readAbonnement(ctx, request, partial);
      const existing = await database.withTenant(tenant(request), async (tx) => {
        const row = await abonnementen.get(tx, id);
        return row ? { row, auth: (await abonnementen.auth(tx, sealer, id))! } : undefined;
      });
      if (!existing) throw zgwNotFound();
      const complete = {
        callbackUrl: input.callbackUrl ?? existing.row.callbackUrl,
        auth: input.auth === undefined || input.auth === AUTH_MASK ? existing.auth : input.auth,
        kanalen: input.kanalen ?? existing.row.kanalen,
      };
      await validateAbonnement(ctx, request, complete);
      const updated = await database.withTenant(tenant(request), (tx) => abonnementen.update(tx, sealer, id, complete));
      if (!updated) throw zgwNotFound();
      return abonnementJson(request, updated);
    };
    app.put('/abonnement/:uuid', { config: { access: { zgw: 'notificaties.consumeren' } } }, update(false));
    app.patch('/abonnement/:uuid', { config: { access: { zgw: 'notificaties.consumeren' } } }, update(true));

    app.delete('/abonnement/:uuid', { config: { access: { zgw: 'notificaties.consumeren' } } }, async (request, reply) => {
      const deleted = await database.withTenant(tenant(request), (tx) => abonnementen.delete(tx, abonnementId(request)));
      if (!deleted) throw zgwNotFound();
      return reply.status(204).send();
    });

    // Publishing: a notification of another source, routed to the abonnementen like ours.
    app.post('/notificaties', { config: { access: { zgw: 'notificaties.publiceren' } } }, async (request, reply) => {
      const f = new Fields(request.body, ctx.slug(request));
      const kanaal = f.string('kanaal', { required: true, max: 50 });
      const hoofdObject = f.url('hoofdObject', { required: true });
      const resource = f.string('resource', { required: true, max: 100 });
      const resourceUrl = f.url('resourceUrl', { required: true });
      const actie = f.string('actie', { required: true, max: 100 });
      const aanmaakdatum = f.dateTime('aanmaakdatum', { required: true });
      const kenmerken = readStringMap(f, 'kenmerken');
      f.done(MESSAGE_FIELDS);
      const bericht: Bericht = {
        kanaal: kanaal!, hoofdObject: hoofdObject!, resource: resource!, resourceUrl: resourceUrl!, actie: actie!,
        aanmaakdatum: aanmaakdatum!.toISOString(), kenmerken: kenmerken ?? {},
      };
      await ensureKanalen(database, tenant(request));
      await database.withTenant(tenant(request), async (tx) => {
        const known = (await kanalen.byNames(tx, [bericht.kanaal])).get(bericht.kanaal);
        if (!known) throw validatieFout([{ name: 'kanaal', code: 'message_kanaal', reason: 'Kanaal met deze naam bestaat niet.' }]);
        if (!consistent(known.filters, Object.keys(bericht.kenmerken))) {
          throw validatieFout([{ name: 'kenmerken', code: 'kenmerken_inconsistent', reason: `De kenmerken passen niet bij de filters van kanaal "${known.naam}" (${known.filters.join(', ') || 'geen'}).` }]);
        }
        await publish(tx, { tenantId: tenant(request), topic: NOTIFICATIE_TOPIC, payload: { ...bericht } });
      });
      return reply.status(200).send(bericht);
    });
  },
};

function abonnementId(request: FastifyRequest): string {
  const { uuid } = request.params as { uuid: string };
  if (!isUuid(uuid)) throw zgwNotFound();
  return uuid;
}

/** Open Notificaties' rule: the kenmerken are all filters of the kanaal, or include all of them. */
function consistent(kanaalFilters: string[], names: string[]): boolean {
  const a = new Set(kanaalFilters);
  const b = new Set(names);
  return [...a].every((x) => b.has(x)) || [...b].every((x) => a.has(x));
}

/** A map of kenmerk → text (1 to 1000 characters), as `filters` and `kenmerken` are. */
function readStringMap(f: Fields, field: string): Record<string, string> | undefined {
  const value = f.object(field);
  if (!value) return undefined;
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string') f.add(`${field}.${key.slice(0, 50)}`, 'invalid', 'Geen geldige string.');
    else if (v === '') f.add(`${field}.${key.slice(0, 50)}`, 'blank', 'Dit veld mag niet leeg zijn.');
    else if (v.length > 1000) f.add(`${field}.${key.slice(0, 50)}`, 'max_length', 'Zorg ervoor dat dit veld niet meer dan 1000 karakters bevat.');
    else if (key.length < 1 || key.length > 100) f.add(field, 'invalid', 'Een kenmerk heeft een naam van 1 tot 100 tekens.');
    else out[key] = v;
  }
  return out;
}

function readAbonnement(ctx: ZgwContext, request: FastifyRequest, partial: boolean): { callbackUrl?: string; auth?: string; kanalen?: FilterGroup[] } {
  const slug = ctx.slug(request);
  const f = new Fields(request.body, slug, { partial });
  const callbackUrl = f.url('callbackUrl', { required: true });
  const auth = f.string('auth', { required: true, max: 1000 });
  if (typeof auth === 'string' && auth !== '' && !HEADER_VALUE.test(auth)) f.add('auth', 'invalid', 'De waarde kan niet als Authorization-header worden verstuurd (geen regeleinden of stuurtekens).');
  const list = f.array('kanalen', { required: true, max: 100 });
  let groups: FilterGroup[] | undefined;
  if (list) {
    groups = [];
    list.forEach((item, i) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        f.add(`kanalen.${i}`, 'invalid', 'Ongeldige gegevens. Verwacht een object (dictionary) met naam en filters.');
        return;
      }
      const g = new Fields(item, slug, { prefix: `kanalen.${i}` });
      const naam = g.string('naam', { required: true, max: 50 });
      const filters = readStringMap(g, 'filters');
      g.unknown(['naam', 'filters']);
      f.absorb(g);
      if (naam) groups!.push({ naam, filters: filters ?? {} });
    });
  }
  f.done(ABONNEMENT_FIELDS);
  return {
    ...(callbackUrl ? { callbackUrl } : {}),
    ...(typeof auth === 'string' ? { auth } : {}),
    ...(groups ? { kanalen: groups } : {}),
  };
}

/**
 * The rules of Open Notificaties for an abonnement: every kanaal exists (`kanaal_naam`), its
 * filters are kenmerken of that kanaal (`inconsistent-abonnement-filters`), and the callback refuses
 * a notification without the Authorization header and accepts one with it.
 */
async function validateAbonnement(ctx: ZgwContext, request: FastifyRequest, input: { callbackUrl: string; auth: string; kanalen: FilterGroup[] }): Promise<void> {
  const tenantId = ctx.tenantId(request);
  await ensureKanalen(ctx.platform.database, tenantId);
  const known = await ctx.platform.database.withTenant(tenantId, (tx) => kanalen.byNames(tx, [...new Set(input.kanalen.map((g) => g.naam))]));
  const problems: InvalidParam[] = [];
  input.kanalen.forEach((group) => {
    const kanaal = known.get(group.naam);
    if (!kanaal) {
      problems.push({ name: 'naam', code: 'kanaal_naam', reason: `Kanaal met deze naam bestaat niet: "${group.naam.slice(0, 50)}".` });
      return;
    }
    const wrong = Object.keys(group.filters).filter((key) => !kanaal.filters.includes(key));
    if (wrong.length) {
      problems.push({ name: 'filters', code: 'inconsistent-abonnement-filters', reason: `Kanaal "${kanaal.naam}" kent ${wrong.length === 1 ? 'het kenmerk' : 'de kenmerken'} ${wrong.map((w) => `"${w.slice(0, 50)}"`).join(', ')} niet; wel: ${kanaal.filters.join(', ') || 'geen'}.` });
    }
  });
  if (problems.length) throw validatieFout(problems);
  // Outside any transaction: the callback may take a few seconds (or even be served by us).
  const callback = await checkCallback(input.callbackUrl, input.auth);
  if (callback.length) throw validatieFout(callback);
}
