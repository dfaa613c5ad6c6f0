/**
 * The resources of a zaak with their own endpoint: statussen, rollen, resultaten, zaakobjecten,
 * zaakinformatieobjecten, klantcontacten, zaakcontactmomenten and zaakverzoeken.
 */
import { eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Tx } from '../../../platform/db/database.js';
import { zakenApiLists as lists, type RolInput, type ZaakApiFacts, type ZaakobjectInput } from '../../zaken/index.js';
import { validatieFout, zgwNotFound, ZgwError } from '../core/errors.js';
import { Fields } from '../core/fields.js';
import { paginate, Query } from '../core/lists.js';
import type { ZgwContext } from '../core/plugin.js';
import {
  actorOf, allows, BIJWERKEN, filterFor, GEFORCEERD, inTenant, klantcontactView, LEZEN, PAGE_SIZE, requireAllowed, requireWrite, resultaatView, rolView, sendResource,
  service, statusView, Urls, zaakobjectView, zioView,
} from './common.js';
import { BETROKKENE_TYPEN, OMSCHRIJVING_GENERIEK, ZAAKOBJECT_TYPEN } from './zaak-input.js';

const idParam = (request: FastifyRequest) => (request.params as { uuid: string }).uuid;

/** The zaak a new record is for (its URL in the body), or the ValidatieFout when it leads nowhere. */
async function zaakFor(request: FastifyRequest, tx: Tx, zaakId: string | null | undefined): Promise<ZaakApiFacts> {
  const zaak = zaakId ? await lists.zaakFacts(tx, actorOf(request), zaakId) : undefined;
  if (!zaak) throw validatieFout([{ name: 'zaak', code: 'bad-url', reason: 'Deze zaak bestaat niet.' }]);
  return zaak;
}

function immutable(field: string, given: string | null | undefined, current: string): void {
  if (given !== undefined && given !== null && given !== current) throw validatieFout([{ name: field, code: 'wijzigen-niet-toegelaten', reason: 'Dit gegeven kan niet worden gewijzigd.' }]);
}

export function relatedRoutes(app: FastifyInstance, ctx: ZgwContext): void {
  const zaken = () => service(ctx);
  const WRITE = `${BIJWERKEN} | ${GEFORCEERD}`;

  /** GET of one record of a simple table, with the authorisation check on its zaak. */
  const getOne = <T extends (typeof lists.TABLES)[keyof typeof lists.TABLES]>(table: T, view: (u: Urls, row: T['$inferSelect'], tx: Tx, request: FastifyRequest) => Promise<Record<string, unknown>> | Record<string, unknown>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const u = new Urls(ctx, request);
      const body = await inTenant(ctx, request, async (tx) => {
        const found = await lists.getRelated(tx, actorOf(request), table, idParam(request));
        if (!found) throw zgwNotFound();
        requireAllowed(request, [LEZEN], found.zaak);
        return view(u, found.row, tx, request);
      });
      return sendResource(request, reply, body);
    };

  /** Finds a record for a change: 404, or its zaak checked for writing (zrc-007). */
  const forWrite = async <T extends (typeof lists.TABLES)[keyof typeof lists.TABLES]>(request: FastifyRequest, tx: Tx, table: T, scopes?: string[]) => {
    const found = await lists.getRelated(tx, actorOf(request), table, idParam(request));
    if (!found) throw zgwNotFound();
    requireWrite(request, found.zaak, scopes);
    return found;
  };

  const simpleList = <T extends (typeof lists.TABLES)[keyof typeof lists.TABLES]>(table: T, filters: { name: string; read: (q: Query) => SQL | undefined }[], paged: boolean,
    view: (u: Urls, rows: T['$inferSelect'][], tx: Tx, request: FastifyRequest) => Promise<Record<string, unknown>[]> | Record<string, unknown>[]) =>
    async (request: FastifyRequest) => {
      const q = new Query(request, ctx.slug(request), [...filters.map((f) => f.name), ...(paged ? ['page'] : [])]);
      const conditions = filters.map((f) => f.read(q)).filter((c): c is SQL => !!c);
      const page = paged ? q.page() : 1;
      q.done();
      const u = new Urls(ctx, request);
      return inTenant(ctx, request, async (tx) => {
        const { count, rows } = await lists.listRelated(tx, actorOf(request), table, conditions, filterFor(request, LEZEN), paged ? { page, pageSize: PAGE_SIZE } : undefined);
        const results = await view(u, rows, tx, request);
        return paged ? paginate(request, ctx.root(request), page, count, results) : results;
      });
    };

  const refFilter = (name: string, column: import('drizzle-orm/pg-core').PgColumn, api: 'zaken' | 'catalogi' | 'documenten', resource: string) => ({
    name, read: (q: Query) => {
      const id = q.ref(name, api, resource);
      return id === undefined ? undefined : id === null ? eq(column, '00000000-0000-0000-0000-000000000000') : eq(column, id);
    },
  });
  const textFilter = (name: string, column: import('drizzle-orm/pg-core').PgColumn) => ({
    name, read: (q: Query) => {
      const value = q.string(name, { max: 1000 });
      return value === undefined ? undefined : eq(column, value);
    },
  });

  // ================================================================================ statussen
  app.get('/statussen', { config: { access: { zgw: LEZEN } } }, async (request) => {
    const q = new Query(request, ctx.slug(request), ['zaak', 'statustype', 'indicatieLaatstGezetteStatus', 'page']);
    const filter = { zaak: q.ref('zaak', 'zaken', 'zaken'), statustype: q.ref('statustype', 'catalogi', 'statustypen'), laatst: q.boolean('indicatieLaatstGezetteStatus') };
    const page = q.page();
    q.done();
    const u = new Urls(ctx, request);
    return inTenant(ctx, request, async (tx) => {
      const { count, rows } = await lists.listStatussenApi(tx, actorOf(request), Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)), filterFor(request, LEZEN), { page, pageSize: PAGE_SIZE });
      return paginate(request, ctx.root(request), page, count, rows.map((s) => statusView(u, s)));
    });
  });
  app.get('/statussen/:uuid', { config: { access: { zgw: LEZEN } } }, async (request, reply) => {
    const u = new Urls(ctx, request);
    const body = await inTenant(ctx, request, async (tx) => {
      const found = await lists.getStatusApi(tx, actorOf(request), idParam(request));
      if (!found) throw zgwNotFound();
      requireAllowed(request, [LEZEN], found.zaak);
      return statusView(u, found.row);
    });
    return sendResource(request, reply, body);
  });
  app.post('/statussen', { config: { access: { zgw: 'zaken.aanmaken | zaken.statussen.toevoegen | zaken.heropenen' } } }, async (request, reply) => {
    const f = new Fields(request.body, ctx.slug(request));
    const zaakId = f.ref('zaak', 'zaken', 'zaken', { required: true });
    const statustype = f.ref('statustype', 'catalogi', 'statustypen', { required: true });
    const datum = f.dateTime('datumStatusGezet', { required: true });
    const toelichting = f.string('statustoelichting', { max: 1000 });
    const gezetdoorRaw = f.has('gezetdoor') && (f.raw('gezetdoor') === '' || f.raw('gezetdoor') === null) ? undefined : f.ref('gezetdoor', 'zaken', 'rollen');
    f.done(['url', 'uuid', 'zaak', 'statustype', 'datumStatusGezet', 'statustoelichting', 'indicatieLaatstGezetteStatus', 'gezetdoor', 'zaakinformatieobjecten']);
    const u = new Urls(ctx, request);
    const body = await inTenant(ctx, request, async (tx) => {
      const zaak = await zaakFor(request, tx, zaakId);
      if (zaak.einddatum) {
        // zrc-008: reopening a closed zaak needs zaken.heropenen.
        if (!allows(request, ['zaken.heropenen'], zaak)) throw new ZgwError(403, 'permission_denied', 'De zaak is afgesloten; heropenen vraagt de scope zaken.heropenen.');
      } else if (!allows(request, ['zaken.statussen.toevoegen', 'zaken.heropenen'], zaak) && !(allows(request, ['zaken.aanmaken'], zaak) && !zaak.status)) {
        // zaken.aanmaken alone may set the first status of a new zaak only.
        throw new ZgwError(403, 'permission_denied', 'Je hebt geen toestemming om een status bij deze zaak te zetten.');
      }
      const status = await zaken().setStatus(tx, actorOf(request), zaak.id, statustype!, {
        datumStatusGezet: datum!, ...(toelichting ? { toelichting } : {}), ...(gezetdoorRaw ? { gezetdoor: gezetdoorRaw } : {}), heropenen: !!zaak.einddatum, anyOrder: true,
      });
      const found = await lists.getStatusApi(tx, actorOf(request), status.id);
      return statusView(u, found!.row);
    });
    return sendResource(request, reply, body, 201);
  });

  // ================================================================================ rollen
  const ROL_FILTERS = ['zaak', 'betrokkene', 'betrokkeneType', 'betrokkeneIdentificatie__natuurlijkPersoon__inpBsn', 'betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie',
    'betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer', 'betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId', 'betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie',
    'betrokkeneIdentificatie__vestiging__vestigingsNummer', 'betrokkeneIdentificatie__organisatorischeEenheid__identificatie', 'betrokkeneIdentificatie__medewerker__identificatie',
    'roltype', 'omschrijving', 'omschrijvingGeneriek', 'page'];
  app.get('/rollen', { config: { access: { zgw: LEZEN } } }, async (request) => {
    const q = new Query(request, ctx.slug(request), ROL_FILTERS);
    const keys = zaken().lookupKeys();
    const p = 'betrokkeneIdentificatie__';
    const v = (name: string, max = 1000) => q.string(name, { max });
    const filter: Record<string, unknown> = {
      zaak: q.ref('zaak', 'zaken', 'zaken'), betrokkene: v('betrokkene'), betrokkeneType: q.choice('betrokkeneType', BETROKKENE_TYPEN),
      inpBsnLookup: v(`${p}natuurlijkPersoon__inpBsn`, 9), anpLookup: v(`${p}natuurlijkPersoon__anpIdentificatie`, 17), anrLookup: v(`${p}natuurlijkPersoon__inpA_nummer`, 10),
      innNnpId: v(`${p}nietNatuurlijkPersoon__innNnpId`, 9), annIdentificatie: v(`${p}nietNatuurlijkPersoon__annIdentificatie`, 17),
      vestigingsNummer: v(`${p}vestiging__vestigingsNummer`, 24), organisatorischeEenheid: v(`${p}organisatorischeEenheid__identificatie`, 24),
      medewerker: v(`${p}medewerker__identificatie`, 64), roltype: q.ref('roltype', 'catalogi', 'roltypen'), omschrijving: v('omschrijving', 20),
      omschrijvingGeneriek: q.choice('omschrijvingGeneriek', OMSCHRIJVING_GENERIEK),
    };
    if (typeof filter.inpBsnLookup === 'string') filter.inpBsnLookup = keys.bsn(filter.inpBsnLookup);
    if (typeof filter.anpLookup === 'string') filter.anpLookup = keys.np('anp', filter.anpLookup);
    if (typeof filter.anrLookup === 'string') filter.anrLookup = keys.np('anr', filter.anrLookup);
    const page = q.page();
    q.done();
    const u = new Urls(ctx, request);
    return inTenant(ctx, request, async (tx) => {
      const defined = Object.fromEntries(Object.entries(filter).filter(([, val]) => val !== undefined));
      const { count, rows } = await lists.listRollenApi(tx, actorOf(request), defined, filterFor(request, LEZEN), { page, pageSize: PAGE_SIZE });
      const rollen = await zaken().rollenFromRows(tx, actorOf(request), rows);
      return paginate(request, ctx.root(request), page, count, rollen.map((r, i) => rolView(u, r, rows[i]!)));
    });
  });
  app.get('/rollen/:uuid', { config: { access: { zgw: LEZEN } } }, async (request, reply) => {
    const u = new Urls(ctx, request);
    const body = await inTenant(ctx, request, async (tx) => {
      const found = await lists.getRolApi(tx, actorOf(request), idParam(request));
      if (!found) throw zgwNotFound();
      requireAllowed(request, [LEZEN], found.zaak);
      const [rol] = await zaken().rollenFromRows(tx, actorOf(request), [found.row]);
      return rolView(u, rol!, found.row);
    });
    return sendResource(request, reply, body);
  });
  app.post('/rollen', { config: { access: { zgw: WRITE } } }, async (request, reply) => {
    const f = new Fields(request.body, ctx.slug(request));
    const zaakId = f.ref('zaak', 'zaken', 'zaken', { required: true });
    const betrokkene = f.url('betrokkene', { blank: true });
    const betrokkeneType = f.choice('betrokkeneType', BETROKKENE_TYPEN, { required: true });
    const afwijkend = f.string('afwijkendeNaamBetrokkene', { max: 625 });
    const roltype = f.ref('roltype', 'catalogi', 'roltypen', { required: true });
    const roltoelichting = f.string('roltoelichting', { required: true, max: 1000, blank: true });
    const machtiging = f.choice('indicatieMachtiging', ['', 'gemachtigde', 'machtiginggever'] as const, { blank: true });
    const contact = f.nested('contactpersoonRol', { nullable: true });
    let contactpersoonRol: RolInput['contactpersoonRol'];
    if (contact) {
      const naam = contact.string('naam', { required: true, max: 40 });
      const emailadres = contact.string('emailadres', { max: 254, blank: true });
      const functie = contact.string('functie', { max: 50 });
      const telefoonnummer = contact.string('telefoonnummer', { max: 20 });
      contact.unknown(['naam', 'emailadres', 'functie', 'telefoonnummer']);
      f.absorb(contact);
      if (emailadres && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(emailadres)) f.add('contactpersoonRol.emailadres', 'invalid', 'Voer een geldig e-mailadres in.');
      if (naam) contactpersoonRol = { naam, ...(emailadres ? { emailadres } : {}), ...(functie ? { functie } : {}), ...(telefoonnummer ? { telefoonnummer } : {}) };
    }
    const identificatie = f.object('betrokkeneIdentificatie', { nullable: true });
    f.done(['url', 'uuid', 'zaak', 'betrokkene', 'betrokkeneType', 'afwijkendeNaamBetrokkene', 'roltype', 'omschrijving', 'omschrijvingGeneriek', 'roltoelichting',
      'registratiedatum', 'indicatieMachtiging', 'contactpersoonRol', 'statussen', 'betrokkeneIdentificatie', '_expand']);
    if (!betrokkene && !identificatie) throw validatieFout([{ name: 'nonFieldErrors', code: 'invalid-betrokkene', reason: 'Geef de betrokkene (URL) of de betrokkeneIdentificatie op.' }]);
    const u = new Urls(ctx, request);
    const body = await inTenant(ctx, request, async (tx) => {
      const zaak = await zaakFor(request, tx, zaakId);
      requireWrite(request, zaak);
      const input = {
        roltype: roltype!, betrokkeneType: betrokkeneType!, betrokkeneIdentificatie: identificatie ?? {}, roltoelichting: roltoelichting ?? '',
        ...(betrokkene ? { betrokkene } : {}), ...(afwijkend ? { afwijkendeNaamBetrokkene: afwijkend } : {}), ...(machtiging ? { indicatieMachtiging: machtiging } : {}),
        ...(contactpersoonRol ? { contactpersoonRol } : {}),
      } as RolInput;
      const rol = await zaken().addRol(tx, actorOf(request), zaak.id, input);
      return rolView(u, rol, { statussen: [] });
    });
    return sendResource(request, reply, body, 201);
  });
  app.delete('/rollen/:uuid', { config: { access: { zgw: WRITE } } }, async (request, reply) => {
    await inTenant(ctx, request, async (tx) => {
      const found = await lists.getRolApi(tx, actorOf(request), idParam(request));
      if (!found) throw zgwNotFound();
      requireWrite(request, found.zaak);
      await zaken().removeRol(tx, actorOf(request), found.zaak.id, found.row.id);
    });
    return reply.status(204).send();
  });

  // ================================================================================ resultaten
  const T = lists.TABLES;
  const resultaat = (u: Urls, r: (typeof T.resultaten)['$inferSelect']) => resultaatView(u, { id: r.id, zaak: r.zaakId, resultaattype: r.resultaattype, toelichting: r.toelichting });
  app.get('/resultaten', { config: { access: { zgw: LEZEN } } }, simpleList(T.resultaten, [
    refFilter('zaak', T.resultaten.zaakId, 'zaken', 'zaken'), refFilter('resultaattype', T.resultaten.resultaattype, 'catalogi', 'resultaattypen'),
  ], true, (u, rows) => rows.map((r) => resultaat(u, r))));
  app.get('/resultaten/:uuid', { config: { access: { zgw: LEZEN } } }, getOne(T.resultaten, resultaat));
  const readResultaat = (request: FastifyRequest, partial: boolean) => {
    const f = new Fields(request.body, ctx.slug(request), { partial });
    const out = { zaak: f.ref('zaak', 'zaken', 'zaken', { required: true }), resultaattype: f.ref('resultaattype', 'catalogi', 'resultaattypen', { required: true }), toelichting: f.string('toelichting', { max: 1000 }) };
    f.done(['url', 'uuid', 'zaak', 'resultaattype', 'toelichting']);
    return out;
  };
  app.post('/resultaten', { config: { access: { zgw: WRITE } } }, async (request, reply) => {
    const input = readResultaat(request, false);
    const u = new Urls(ctx, request);
    const body = await inTenant(ctx, request, async (tx) => {
      const zaak = await zaakFor(request, tx, input.zaak);
      requireWrite(request, zaak);
      const { rows } = await lists.listRelated(tx, actorOf(request), T.resultaten, [eq(T.resultaten.zaakId, zaak.id)], 'all');
      if (rows.length) throw validatieFout([{ name: 'zaak', code: 'unique', reason: 'Deze zaak heeft al een resultaat.' }]);
      const r = await zaken().setResultaat(tx, actorOf(request), zaak.id, input.resultaattype!, { toelichting: input.toelichting ?? '', force: !!zaak.einddatum });
      return resultaatView(u, r);
    });
    return sendResource(request, reply, body, 201);
  });
  const updateResultaat = (partial: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
    const input = readResultaat(request, partial);
    const u = new Urls(ctx, request);
    const body = await inTenant(ctx, request, async (tx) => {
      const found = await forWrite(request, tx, T.resultaten);
      immutable('zaak', input.zaak, found.zaak.id);
      const r = await zaken().setResultaat(tx, actorOf(request), found.zaak.id, input.resultaattype ?? found.row.resultaattype, {
        toelichting: input.toelichting ?? found.row.toelichting, force: !!found.zaak.einddatum, actie: partial ? 'partial_update' : 'update',
      });
      return resultaatView(u, r);
    });
    return sendResource(request, reply, body);
  };
  app.put('/resultaten/:uuid', { config: { access: { zgw: WRITE } } }, updateResultaat(false));
  app.patch('/resultaten/:uuid', { config: { access: { zgw: WRITE } } }, updateResultaat(true));
  app.delete('/resultaten/:uuid', { config: { access: { zgw: WRITE } } }, async (request, reply) => {
    await inTenant(ctx, request, async (tx) => {
      const found = await forWrite(request, tx, T.resultaten);
      await zaken().removeResultaat(tx, actorOf(request), found.zaak.id, found.row.id);
    });
    return reply.status(204).send();
  });

  // ================================================================================ zaakobjecten
  const objecten = async (u: Urls, rows: (typeof T.zaakobjecten)['$inferSelect'][], tx: Tx, request: FastifyRequest) =>
    (await zaken().zaakobjectenFromRows(tx, actorOf(request), rows)).map((o) => zaakobjectView(u, o));
  app.get('/zaakobjecten', { config: { access: { zgw: LEZEN } } }, simpleList(T.zaakobjecten, [
    refFilter('zaak', T.zaakobjecten.zaakId, 'zaken', 'zaken'), textFilter('object', T.zaakobjecten.object), textFilter('objectType', T.zaakobjecten.objectType),
  ], true, objecten));
  app.get('/zaakobjecten/:uuid', { config: { access: { zgw: LEZEN } } }, getOne(T.zaakobjecten, async (u, row, tx, request) => (await objecten(u, [row], tx, request))[0]!));
  const readZaakobject = (request: FastifyRequest, partial: boolean) => {
    const f = new Fields(request.body, ctx.slug(request), { partial });
    const zaak = f.ref('zaak', 'zaken', 'zaken', { required: true });
    const input: Partial<ZaakobjectInput> = {};
    const object = f.url('object', { blank: true });
    if (object) input.object = object;
    const zaakobjecttype = f.url('zaakobjecttype', { blank: true });
    if (zaakobjecttype) input.zaakobjecttype = zaakobjecttype;
    const objectType = f.choice('objectType', ZAAKOBJECT_TYPEN, { required: true });
    if (objectType) input.objectType = objectType;
    const overige = f.string('objectTypeOverige', { max: 100, pattern: /^[a-z_]+$/ });
    if (overige) input.objectTypeOverige = overige;
    const definitie = f.nested('objectTypeOverigeDefinitie', { nullable: true });
    if (definitie) {
      const d = { url: definitie.url('url', { required: true }), schema: definitie.string('schema', { required: true, max: 100 }), objectData: definitie.string('objectData', { required: true, max: 100 }) };
      definitie.unknown(['url', 'schema', 'objectData']);
      f.absorb(definitie);
      if (d.url && d.schema && d.objectData) input.objectTypeOverigeDefinitie = d as { url: string; schema: string; objectData: string };
    }
    const relatie = f.string('relatieomschrijving', { max: 80 });
    if (relatie) input.relatieomschrijving = relatie;
    const identificatie = f.object('objectIdentificatie', { nullable: true });
    if (identificatie) input.objectIdentificatie = identificatie;
    f.done(['url', 'uuid', 'zaak', 'object', 'zaakobjecttype', 'objectType', 'objectTypeOverige', 'objectTypeOverigeDefinitie', 'relatieomschrijving', 'objectIdentificatie', '_expand']);
    return { zaak, input };
  };
  app.post('/zaakobjecten', { config: { access: { zgw: `zaken.aanmaken | ${WRITE}` } } }, async (request, reply) => {
    const { zaak: zaakId, input } = readZaakobject(request, false);
    const u = new Urls(ctx, request);
    const body = await inTenant(ctx, request, async (tx) => {
      const zaak = await zaakFor(request, tx, zaakId);
      requireWrite(request, zaak, ['zaken.aanmaken', BIJWERKEN, GEFORCEERD]);
      return zaakobjectView(u, await zaken().addZaakobject(tx, actorOf(request), zaak.id, input as ZaakobjectInput));
    });
    return sendResource(request, reply, body, 201);
  });
  const updateZaakobject = (partial: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
    const { zaak: zaakId, input } = readZaakobject(request, partial);
    const u = new Urls(ctx, request);
    const body = await inTenant(ctx, request, async (tx) => {
      const found = await forWrite(request, tx, T.zaakobjecten);
      immutable('zaak', zaakId, found.zaak.id);
      const [current] = await zaken().zaakobjectenFromRows(tx, actorOf(request), [found.row]);
      const merged = partial ? { ...stripNulls(current!), ...input } : input;
      return zaakobjectView(u, await zaken().updateZaakobject(tx, actorOf(request), found.zaak.id, found.row.id, merged as ZaakobjectInput, { actie: partial ? 'partial_update' : 'update' }));
    });
    return sendResource(request, reply, body);
  };
  app.put('/zaakobjecten/:uuid', { config: { access: { zgw: WRITE } } }, updateZaakobject(false));
  app.patch('/zaakobjecten/:uuid', { config: { access: { zgw: WRITE } } }, updateZaakobject(true));
  app.delete('/zaakobjecten/:uuid', { config: { access: { zgw: `${WRITE} | zaken.verwijderen` } } }, async (request, reply) => {
    await inTenant(ctx, request, async (tx) => {
      const found = await forWrite(request, tx, T.zaakobjecten, [BIJWERKEN, GEFORCEERD, 'zaken.verwijderen']);
      await zaken().removeZaakobject(tx, actorOf(request), found.zaak.id, found.row.id);
    });
    return reply.status(204).send();
  });

  // ================================================================================ zaakinformatieobjecten
  const zio = (u: Urls, r: (typeof T.zaakinformatieobjecten)['$inferSelect']) => zioView(u, {
    id: r.id, zaak: r.zaakId, informatieobject: r.informatieobject, aardRelatieWeergave: 'Hoort bij, omgekeerd: kent', titel: r.titel, beschrijving: r.beschrijving,
    registratiedatum: r.registratiedatum, vernietigingsdatum: r.vernietigingsdatum, status: r.status,
  });
  app.get('/zaakinformatieobjecten', { config: { access: { zgw: LEZEN } } }, simpleList(T.zaakinformatieobjecten, [
    refFilter('zaak', T.zaakinformatieobjecten.zaakId, 'zaken', 'zaken'), refFilter('informatieobject', T.zaakinformatieobjecten.informatieobject, 'documenten', 'enkelvoudiginformatieobjecten'),
  ], false, (u, rows) => rows.map((r) => zio(u, r))));
  app.get('/zaakinformatieobjecten/:uuid', { config: { access: { zgw: LEZEN } } }, getOne(T.zaakinformatieobjecten, zio));
  const ZIO_FIELDS = ['url', 'uuid', 'informatieobject', 'zaak', 'aardRelatieWeergave', 'titel', 'beschrijving', 'registratiedatum', 'vernietigingsdatum', 'status', '_expand'];
  const readZio = (request: FastifyRequest, partial: boolean) => {
    const f = new Fields(request.body, ctx.slug(request), { partial });
    const out = {
      informatieobject: f.ref('informatieobject', 'documenten', 'enkelvoudiginformatieobjecten', { required: true }), zaak: f.ref('zaak', 'zaken', 'zaken', { required: true }),
      titel: f.string('titel', { max: 200 }) ?? undefined, beschrijving: f.string('beschrijving', { max: 10_000 }) ?? undefined,
      vernietigingsdatum: f.dateTime('vernietigingsdatum', { nullable: true }), status: f.ref('status', 'zaken', 'statussen', { nullable: true }),
    };
    f.done(ZIO_FIELDS);
    return out;
  };
  app.post('/zaakinformatieobjecten', { config: { access: { zgw: `zaken.aanmaken | ${WRITE}` } } }, async (request, reply) => {
    const input = readZio(request, false);
    const u = new Urls(ctx, request);
    const body = await inTenant(ctx, request, async (tx) => {
      const zaak = await zaakFor(request, tx, input.zaak);
      requireWrite(request, zaak, ['zaken.aanmaken', BIJWERKEN, GEFORCEERD]);
      const created = await zaken().addZaakinformatieobject(tx, actorOf(request), zaak.id, {
        informatieobject: input.informatieobject!, ...(input.titel !== undefined ? { titel: input.titel } : {}), ...(input.beschrijving !== undefined ? { beschrijving: input.beschrijving } : {}),
        ...(input.vernietigingsdatum !== undefined ? { vernietigingsdatum: input.vernietigingsdatum } : {}), ...(input.status !== undefined ? { status: input.status } : {}),
      });
      return zioView(u, created);
    });
    return sendResource(request, reply, body, 201);
  });
  const updateZio = (partial: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
    const input = readZio(request, partial);
    const u = new Urls(ctx, request);
    const body = await inTenant(ctx, request, async (tx) => {
      const found = await forWrite(request, tx, T.zaakinformatieobjecten);
      // zrc-004: the relation itself cannot change.
      immutable('zaak', input.zaak, found.zaak.id);
      immutable('informatieobject', input.informatieobject, found.row.informatieobject);
      const changes = Object.fromEntries(Object.entries({ titel: input.titel, beschrijving: input.beschrijving, vernietigingsdatum: input.vernietigingsdatum, status: input.status }).filter(([, v]) => v !== undefined));
      return zioView(u, await zaken().updateZaakinformatieobject(tx, actorOf(request), found.zaak.id, found.row.id, changes, { actie: partial ? 'partial_update' : 'update' }));
    });
    return sendResource(request, reply, body);
  };
  app.put('/zaakinformatieobjecten/:uuid', { config: { access: { zgw: WRITE } } }, updateZio(false));
  app.patch('/zaakinformatieobjecten/:uuid', { config: { access: { zgw: WRITE } } }, updateZio(true));
  app.delete('/zaakinformatieobjecten/:uuid', { config: { access: { zgw: `${WRITE} | zaken.verwijderen` } } }, async (request, reply) => {
    await inTenant(ctx, request, async (tx) => {
      const found = await forWrite(request, tx, T.zaakinformatieobjecten, [BIJWERKEN, GEFORCEERD, 'zaken.verwijderen']);
      await zaken().removeZaakinformatieobject(tx, actorOf(request), found.zaak.id, found.row.id);
    });
    return reply.status(204).send();
  });

  // ================================================================================ klantcontacten
  const klantcontact = (u: Urls, r: (typeof T.klantcontacten)['$inferSelect']) => klantcontactView(u, { ...r, zaak: r.zaakId });
  app.get('/klantcontacten', { config: { access: { zgw: LEZEN } } }, simpleList(T.klantcontacten, [refFilter('zaak', T.klantcontacten.zaakId, 'zaken', 'zaken')], true, (u, rows) => rows.map((r) => klantcontact(u, r))));
  app.get('/klantcontacten/:uuid', { config: { access: { zgw: LEZEN } } }, getOne(T.klantcontacten, klantcontact));
  app.post('/klantcontacten', { config: { access: { zgw: WRITE } } }, async (request, reply) => {
    const f = new Fields(request.body, ctx.slug(request));
    const zaakId = f.ref('zaak', 'zaken', 'zaken', { required: true });
    const input = {
      identificatie: f.string('identificatie', { max: 14 }) ?? undefined, datumtijd: f.dateTime('datumtijd', { required: true }) ?? undefined,
      kanaal: f.string('kanaal', { max: 20 }) ?? undefined, onderwerp: f.string('onderwerp', { max: 200 }) ?? undefined, toelichting: f.string('toelichting', { max: 1000 }) ?? undefined,
    };
    f.done(['url', 'uuid', 'zaak', 'identificatie', 'datumtijd', 'kanaal', 'onderwerp', 'toelichting']);
    const u = new Urls(ctx, request);
    const body = await inTenant(ctx, request, async (tx) => {
      const zaak = await zaakFor(request, tx, zaakId);
      requireWrite(request, zaak);
      return klantcontactView(u, await zaken().addKlantcontact(tx, actorOf(request), zaak.id, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))));
    });
    return sendResource(request, reply, body, 201);
  });

  // ================================================================================ zaakcontactmomenten, zaakverzoeken
  for (const [path, kind, table, column] of [
    ['zaakcontactmomenten', 'contactmoment', T.zaakcontactmomenten, T.zaakcontactmomenten.contactmoment],
    ['zaakverzoeken', 'verzoek', T.zaakverzoeken, T.zaakverzoeken.verzoek],
  ] as const) {
    const view = (u: Urls, r: { id: string; zaakId: string } & Record<string, unknown>) => ({ url: u.of(path, r.id), uuid: r.id, zaak: u.zaak(r.zaakId), [kind]: r[kind] as string });
    app.get(`/${path}`, { config: { access: { zgw: LEZEN } } }, simpleList(table, [refFilter('zaak', table.zaakId, 'zaken', 'zaken'), textFilter(kind, column)], false,
      (u, rows) => rows.map((r) => view(u, r as never))));
    app.get(`/${path}/:uuid`, { config: { access: { zgw: LEZEN } } }, getOne(table, (u, r) => view(u, r as never)));
    app.post(`/${path}`, { config: { access: { zgw: BIJWERKEN } } }, async (request, reply) => {
      const f = new Fields(request.body, ctx.slug(request));
      const zaakId = f.ref('zaak', 'zaken', 'zaken', { required: true });
      const url = f.url(kind, { required: true, blank: false });
      f.done(['url', 'uuid', 'zaak', kind]);
      const u = new Urls(ctx, request);
      const body = await inTenant(ctx, request, async (tx) => {
        const zaak = await zaakFor(request, tx, zaakId);
        requireWrite(request, zaak, [BIJWERKEN]);
        const created = await zaken().addRelatieUrl(tx, actorOf(request), kind, zaak.id, url!);
        return view(u, { id: created.id, zaakId: zaak.id, [kind]: created.url });
      });
      return sendResource(request, reply, body, 201);
    });
    app.delete(`/${path}/:uuid`, { config: { access: { zgw: BIJWERKEN } } }, async (request, reply) => {
      await inTenant(ctx, request, async (tx) => {
        const found = await forWrite(request, tx, table, [BIJWERKEN]);
        await zaken().removeRelatieUrl(tx, actorOf(request), kind, found.zaak.id, found.row.id);
      });
      return reply.status(204).send();
    });
  }
}

function stripNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== '')) as Partial<T>;
}
