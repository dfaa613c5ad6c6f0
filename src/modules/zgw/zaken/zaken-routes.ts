/** /zaken, /zaken/{uuid}, /zaken/_zoek and what lives under a zaak (audittrail, besluiten, zaakeigenschappen). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getZaaktype, type Zaaktype } from '../../catalogi/index.js';
import { besluitenService } from '../../besluiten/index.js';
import { zakenApiLists as lists, type ZaakApiRow } from '../../zaken/index.js';
import { ZGW_RESOURCES, zgwPath } from '../../zaken/audit.js';
import { Fields } from '../core/fields.js';
import { paginate, Query } from '../core/lists.js';
import type { ZgwContext } from '../core/plugin.js';
import { parseResourceUrl } from '../core/urls.js';
import { permissionDenied, validatieFout, zgwNotFound, ZgwError } from '../core/errors.js';
import {
  actorOf, allows, checkCrs, eigenschapView, filterFor, inTenant, LEZEN, PAGE_SIZE, requireAllowed, requireWrite, resultaatView, rolView, sendResource, service,
  statusView, Urls, zaakobjectView, zaakView, BIJWERKEN, GEFORCEERD,
} from './common.js';
import { bodyAsQuery, readZaak, readZaakFilter, ZAAK_FILTERS } from './zaak-input.js';
import type { Tx } from '../../../platform/db/database.js';
import { withinGeometry, bboxOf } from './geo.js';

const EXPANDABLE = ['zaaktype', 'hoofdzaak', 'deelzaken', 'relevanteAndereZaken', 'eigenschappen', 'rollen', 'status', 'zaakobjecten', 'resultaat'];
const NESTED = ['status.statustype', 'resultaat.resultaattype', 'rollen.roltype', 'eigenschappen.eigenschap'];

function checkExpand(expand: string[], single = false): void {
  const wrong = expand.filter((e) => !EXPANDABLE.includes(e) && !NESTED.includes(e));
  // zrc-027: only attributes of the resource (404 for one zaak, as the rule says; a list answers
  // 400, the only error its document allows); zrc-025: only the Zaken and Catalogi APIs.
  if (wrong.length && single) throw zgwNotFound(`"${wrong[0]!.slice(0, 50)}" kan niet worden geëxpandeerd.`);
  if (wrong.length) throw validatieFout(wrong.map((e) => ({ name: 'expand', code: 'invalid-expand', reason: `"${e.slice(0, 50)}" kan niet worden geëxpandeerd.` })));
}

/** zaaktype (and its children) as a short representation from the catalogue. */
function zaaktypeView(u: Urls, z: Zaaktype): Record<string, unknown> {
  return {
    url: u.catalogi('zaaktypen', z.id), identificatie: z.identificatie, omschrijving: z.omschrijving, vertrouwelijkheidaanduiding: z.vertrouwelijkheidaanduiding,
    doorlooptijd: z.doorlooptijd, versiedatum: z.versiedatum, beginGeldigheid: z.beginGeldigheid, eindeGeldigheid: z.eindeGeldigheid, concept: z.concept,
    catalogus: u.catalogi('catalogussen', z.catalogus),
  };
}

/** Adds `_expand` to the zaken of a page; one query per kind of related resource. */
async function expandZaken(ctx: ZgwContext, request: FastifyRequest, tx: Tx, u: Urls, rows: ZaakApiRow[], views: Record<string, unknown>[], expand: string[]): Promise<void> {
  if (!expand.length || !rows.length) return;
  const actor = actorOf(request);
  const want = new Set(expand.map((e) => e.split('.')[0]!));
  const zaaktypen = new Map<string, Zaaktype | undefined>();
  for (const id of new Set(rows.map((r) => r.zaaktype))) zaaktypen.set(id, await getZaaktype(tx, id));
  const ids = rows.map((r) => r.id);
  const statussen = want.has('status') ? await lists.statussenByIds(tx, actor, rows.map((r) => r.status).filter((s): s is string => !!s)) : [];
  const resultaten = want.has('resultaat') ? await lists.relatedOfZaken(tx, actor, lists.TABLES.resultaten, ids) : [];
  const eigenschappen = want.has('eigenschappen') ? await lists.relatedOfZaken(tx, actor, lists.TABLES.zaakeigenschappen, ids) : [];
  const rolRows = want.has('rollen') ? await lists.rollenOfZaken(tx, actor, ids) : [];
  const rollen = rolRows.length ? await service(ctx).rollenFromRows(tx, actor, rolRows) : [];
  const objectRows = want.has('zaakobjecten') ? await lists.relatedOfZaken(tx, actor, lists.TABLES.zaakobjecten, ids) : [];
  const objecten = objectRows.length ? await service(ctx).zaakobjectenFromRows(tx, actor, objectRows) : [];
  const otherIds = [...rows.flatMap((r) => [...(want.has('hoofdzaak') && r.hoofdzaak ? [r.hoofdzaak] : []), ...(want.has('deelzaken') ? r.deelzaken : []),
    ...(want.has('relevanteAndereZaken') ? r.relevanteAndereZaken.map((z) => z.zaak).filter((z): z is string => !!z) : [])])];
  const others = new Map((await lists.zakenByIds(tx, actor, otherIds)).map((z) => [z.id, z]));
  // Related zaken are shown only when the client may see them.
  const visible = (id: string | null | undefined) => {
    const z = id ? others.get(id) : undefined;
    return z && allows(request, [LEZEN], z) ? zaakView(u, z) : undefined;
  };
  rows.forEach((row, i) => {
    const zaaktype = zaaktypen.get(row.zaaktype);
    const e: Record<string, unknown> = {};
    if (want.has('zaaktype') && zaaktype) e.zaaktype = zaaktypeView(u, zaaktype);
    if (want.has('status')) {
      const s = statussen.find((x) => x.id === row.status);
      const view: Record<string, unknown> | null = s ? statusView(u, s) : null;
      if (view && expand.includes('status.statustype')) {
        const t = zaaktype?.statustypen.find((x) => x.id === s!.statustype);
        if (t) view._expand = { statustype: { url: u.catalogi('statustypen', t.id), omschrijving: t.omschrijving, omschrijvingGeneriek: t.omschrijvingGeneriek, statustekst: t.statustekst, volgnummer: t.volgnummer, isEindstatus: t.isEindstatus, informeren: t.informeren, zaaktype: u.catalogi('zaaktypen', row.zaaktype) } };
      }
      e.status = view ?? {};
    }
    if (want.has('resultaat')) {
      const r = resultaten.find((x) => x.zaakId === row.id);
      const view: Record<string, unknown> | null = r ? resultaatView(u, { id: r.id, zaak: r.zaakId, resultaattype: r.resultaattype, toelichting: r.toelichting }) : null;
      if (view && expand.includes('resultaat.resultaattype')) {
        const t = zaaktype?.resultaattypen.find((x) => x.id === r!.resultaattype);
        if (t) view._expand = { resultaattype: { url: u.catalogi('resultaattypen', t.id), omschrijving: t.omschrijving, archiefnominatie: t.archiefnominatie, archiefactietermijn: t.archiefactietermijn, zaaktype: u.catalogi('zaaktypen', row.zaaktype) } };
      }
      e.resultaat = view ?? {};
    }
    if (want.has('eigenschappen')) e.eigenschappen = eigenschappen.filter((x) => x.zaakId === row.id).map((x) => eigenschapView(u, { id: x.id, zaak: x.zaakId, eigenschap: x.eigenschap, naam: x.naam, waarde: x.waarde }));
    if (want.has('rollen')) e.rollen = rollen.filter((r) => r.zaak === row.id).map((r) => rolView(u, r, rolRows.find((x) => x.id === r.id)!));
    if (want.has('zaakobjecten')) e.zaakobjecten = objecten.filter((o) => o.zaak === row.id).map((o) => zaakobjectView(u, o));
    if (want.has('hoofdzaak')) e.hoofdzaak = visible(row.hoofdzaak) ?? {};
    if (want.has('deelzaken')) e.deelzaken = row.deelzaken.map(visible).filter(Boolean);
    if (want.has('relevanteAndereZaken')) e.relevanteAndereZaken = row.relevanteAndereZaken.map((r) => visible(r.zaak)).filter(Boolean);
    views[i]!._expand = e;
  });
}

async function loadZaak(request: FastifyRequest, tx: Tx, id: string): Promise<ZaakApiRow> {
  const [row] = await lists.zakenByIds(tx, actorOf(request), [id]);
  if (!row) throw zgwNotFound();
  return row;
}

function zaakIdFromPath(request: FastifyRequest): string {
  const { uuid, zaak_uuid } = request.params as { uuid?: string; zaak_uuid?: string };
  return (zaak_uuid ?? uuid)!;
}

/** The zaak of the path (`:zaak_uuid`), or 404. */
async function zaakOfPath(request: FastifyRequest, tx: Tx): Promise<NonNullable<Awaited<ReturnType<typeof lists.zaakFacts>>>> {
  const zaak = await lists.zaakFacts(tx, actorOf(request), zaakIdFromPath(request));
  if (!zaak) throw zgwNotFound();
  return zaak;
}

/** A record (`:uuid`) under the zaak of the path, or 404 when it is not that zaak's. */
async function nestedOfPath<T extends Parameters<typeof lists.getRelated>[2]>(request: FastifyRequest, tx: Tx, table: T) {
  const found = await lists.getRelated(tx, actorOf(request), table, (request.params as { uuid: string }).uuid);
  if (!found || found.zaak.id !== zaakIdFromPath(request)) throw zgwNotFound();
  return found;
}

export function zakenRoutes(app: FastifyInstance, ctx: ZgwContext): void {
  const zaken = () => service(ctx);

  // ------------------------------------------------------------------------------ list and search
  const list = async (request: FastifyRequest, q: Query, page: number, extra: { uuidIn?: string[]; zaaktypeIn?: string[]; within?: unknown }) => {
    const { filter, expand } = readZaakFilter(q, zaken());
    q.done();
    checkExpand(expand);
    if (extra.uuidIn) filter.uuidIn = extra.uuidIn;
    if (extra.zaaktypeIn) filter.zaaktype = [...(filter.zaaktype ?? []), ...extra.zaaktypeIn];
    const u = new Urls(ctx, request);
    return inTenant(ctx, request, async (tx) => {
      const auth = filterFor(request, LEZEN);
      if (extra.within) {
        const candidates = await lists.zaakGeometries(tx, actorOf(request), filter, auth, bboxOf(extra.within));
        const inside = candidates.filter((c) => withinGeometry(c.zaakgeometrie, extra.within)).map((c) => c.id);
        filter.uuidIn = filter.uuidIn ? filter.uuidIn.filter((id) => inside.includes(id)) : inside;
      }
      const { count, rows } = await lists.listZakenApi(tx, actorOf(request), filter, auth, { page, pageSize: PAGE_SIZE });
      const views = rows.map((r) => zaakView(u, r));
      await expandZaken(ctx, request, tx, u, rows, views, expand);
      return paginate(request, ctx.root(request), page, count, views);
    });
  };

  app.get('/zaken', { config: { access: { zgw: LEZEN } } }, async (request, reply) => {
    checkCrs(request);
    const q = new Query(request, ctx.slug(request), [...ZAAK_FILTERS, 'page']);
    const body = await list(request, q, q.page(), {});
    return reply.header('Content-Crs', 'EPSG:4326').send(body);
  });

  app.post('/zaken/_zoek', { config: { access: { zgw: LEZEN } } }, async (request, reply) => {
    checkCrs(request, { content: true });
    const pageQuery = new Query(request, ctx.slug(request), ['page']);
    const page = pageQuery.page();
    const body = request.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw validatieFout([{ name: 'nonFieldErrors', code: 'invalid', reason: 'Ongeldige gegevens. Verwacht een object (dictionary).' }]);
    const b = body as Record<string, unknown>;
    const f = new Fields(b, ctx.slug(request));
    const extra: { uuidIn?: string[]; zaaktypeIn?: string[]; within?: unknown } = {};
    const uuids = f.strings('uuid__in');
    if (uuids) {
      uuids.forEach((v, i) => { if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) f.add(`uuid__in.${i}`, 'invalid', 'Voer een geldige UUID in.'); });
      extra.uuidIn = uuids;
    }
    const zaaktypen = f.strings('zaaktype__in', { max: 1000 });
    if (zaaktypen) extra.zaaktypeIn = zaaktypen.map((v) => parseResourceUrl(ctx.slug(request), v, 'catalogi', 'zaaktypen')).map((p) => (p.ok ? p.id : '00000000-0000-0000-0000-000000000000'));
    const geo = f.nested('zaakgeometrie');
    if (geo) {
      const within = geo.object('within', { required: true });
      geo.unknown(['within']);
      f.absorb(geo);
      if (within) {
        if (!['Polygon', 'MultiPolygon'].includes(String(within.type)) || !Array.isArray(within.coordinates)) f.add('zaakgeometrie.within', 'invalid', 'Geef een GeoJSON Polygon of MultiPolygon.');
        else extra.within = within;
      }
    }
    if (!f.ok) f.done();
    const q = new Query(bodyAsQuery(request, b), ctx.slug(request), [...ZAAK_FILTERS, 'zaakgeometrie', 'uuid__in', 'zaaktype__in']);
    const result = await list(request, q, page, extra);
    return reply.header('Content-Crs', 'EPSG:4326').send(result);
  });

  // ------------------------------------------------------------------------------ one zaak
  app.post('/zaken', { config: { access: { zgw: 'zaken.aanmaken' } } }, async (request, reply) => {
    checkCrs(request, { content: true });
    const input = readZaak(request.body, ctx.slug(request), false);
    const u = new Urls(ctx, request);
    const view = await inTenant(ctx, request, async (tx) => {
      const zaaktype = await getZaaktype(tx, input.zaaktype!);
      // zrc-001: the zaaktype exists here and is published.
      if (!zaaktype) throw validatieFout([{ name: 'zaaktype', code: 'bad-url', reason: 'Dit zaaktype bestaat niet.' }]);
      if (zaaktype.concept) throw validatieFout([{ name: 'zaaktype', code: 'not-published', reason: 'Het zaaktype is nog niet gepubliceerd.' }]);
      // zrc-009: the zaaktype's vertrouwelijkheidaanduiding when none is given.
      const vertrouwelijkheid = input.vertrouwelijkheidaanduiding ?? zaaktype.vertrouwelijkheidaanduiding;
      requireAllowed(request, ['zaken.aanmaken'], { zaaktype: zaaktype.id, vertrouwelijkheidaanduiding: vertrouwelijkheid });
      const { relevanteAndereZaken, einddatumGepland, uiterlijkeEinddatumAfdoening, laatsteBetaaldatum, verlenging, opschorting, archiefnominatie, archiefstatus,
        archiefactiedatum, startdatumBewaartermijn, processobjectaard, processobject, zaaktype: _z, ...rest } = input;
      const extra = Object.fromEntries(Object.entries({ einddatumGepland, uiterlijkeEinddatumAfdoening, laatsteBetaaldatum, verlenging, opschorting, archiefnominatie,
        archiefstatus, archiefactiedatum, startdatumBewaartermijn, processobjectaard, processobject }).filter(([, v]) => v !== undefined));
      const zaak = await zaken().createZaak(tx, actorOf(request), {
        ...(rest as object), zaaktype: zaaktype.id, vertrouwelijkheidaanduiding: vertrouwelijkheid,
        ...(relevanteAndereZaken ? { relevanteAndereZaken } : {}), extra,
      } as never, { zaaktype, initialStatus: false });
      return zaakView(u, await loadZaak(request, tx, zaak.id));
    });
    reply.header('Content-Crs', 'EPSG:4326').header('Location', view.url as string);
    return sendResource(request, reply, view, 201);
  });

  app.get('/zaken/:uuid', { config: { access: { zgw: LEZEN } } }, async (request, reply) => {
    checkCrs(request);
    const q = new Query(request, ctx.slug(request), ['expand']);
    const expand = q.list('expand') ?? [];
    q.done();
    checkExpand(expand, true);
    const u = new Urls(ctx, request);
    const view = await inTenant(ctx, request, async (tx) => {
      const row = await loadZaak(request, tx, zaakIdFromPath(request));
      requireAllowed(request, [LEZEN], row);
      const views = [zaakView(u, row)];
      await expandZaken(ctx, request, tx, u, [row], views, expand);
      return views[0]!;
    });
    reply.header('Content-Crs', 'EPSG:4326');
    return sendResource(request, reply, view);
  });

  const update = (partial: boolean) => async (request: FastifyRequest, reply: import('fastify').FastifyReply) => {
    checkCrs(request, { content: true });
    const input = readZaak(request.body, ctx.slug(request), partial);
    const u = new Urls(ctx, request);
    const view = await inTenant(ctx, request, async (tx) => {
      const current = await loadZaak(request, tx, zaakIdFromPath(request));
      requireWrite(request, current);
      // A zaak may not be moved out of the client's reach.
      if (input.vertrouwelijkheidaanduiding) requireWrite(request, { ...current, vertrouwelijkheidaanduiding: input.vertrouwelijkheidaanduiding });
      if (input.zaaktype !== undefined && input.zaaktype !== current.zaaktype) throw validatieFout([{ name: 'zaaktype', code: 'wijzigen-niet-toegelaten', reason: 'Het zaaktype van een zaak kan niet worden gewijzigd.' }]);
      await zaken().updateZaakApi(tx, actorOf(request), current.id, input, { actie: partial ? 'partial_update' : 'update' });
      return zaakView(u, await loadZaak(request, tx, current.id));
    });
    reply.header('Content-Crs', 'EPSG:4326');
    return sendResource(request, reply, view);
  };
  app.put('/zaken/:uuid', { config: { access: { zgw: `${BIJWERKEN} | ${GEFORCEERD}` } } }, update(false));
  app.patch('/zaken/:uuid', { config: { access: { zgw: `${BIJWERKEN} | ${GEFORCEERD}` } } }, update(true));

  app.delete('/zaken/:uuid', { config: { access: { zgw: 'zaken.verwijderen' } } }, async (request, reply) => {
    checkCrs(request);
    await inTenant(ctx, request, async (tx) => {
      const current = await loadZaak(request, tx, zaakIdFromPath(request));
      requireAllowed(request, ['zaken.verwijderen'], current);
      await zaken().deleteZaak(tx, actorOf(request), current.id);
    });
    return reply.status(204).header('Content-Crs', 'EPSG:4326').send();
  });

  // ------------------------------------------------------------------------------ audittrail
  const audittrail = async (request: FastifyRequest, id?: string) => {
    const u = new Urls(ctx, request);
    return inTenant(ctx, request, async (tx) => {
      const zaak = await zaakOfPath(request, tx);
      requireAllowed(request, ['audittrails.lezen'], zaak);
      const rows = (await lists.audittrailApi(tx, actorOf(request), zaak.id, id)).filter((r) => ZGW_RESOURCES[r.resource]);
      return rows.map((r) => {
        const path = zgwPath(r.resource, r.resourceId, zaak.id)!;
        return {
          uuid: r.id, bron: 'zrc', applicatieId: r.applicatieId.slice(0, 100), applicatieWeergave: r.applicatieWeergave.slice(0, 200), gebruikersId: r.gebruikersId.slice(0, 255),
          gebruikersWeergave: r.gebruikersWeergave.slice(0, 255), actie: r.actie.slice(0, 50), actieWeergave: r.actieWeergave.slice(0, 200), resultaat: r.resultaat,
          hoofdObject: u.zaak(zaak.id), resource: r.resource, resourceUrl: ctx.url(request, path[0], path[1], path[2] ? { sub: path[2] } : {}), toelichting: r.toelichting,
          resourceWeergave: r.resourceWeergave, aanmaakdatum: r.aanmaakdatum.toISOString(), wijzigingen: { oud: r.wijzigingen.oud ?? {}, nieuw: r.wijzigingen.nieuw ?? {} },
        };
      });
    });
  };
  app.get('/zaken/:zaak_uuid/audittrail', { config: { access: { zgw: 'audittrails.lezen' } } }, async (request) => audittrail(request));
  app.get('/zaken/:zaak_uuid/audittrail/:uuid', { config: { access: { zgw: 'audittrails.lezen' } } }, async (request, reply) => {
    const [entry] = await audittrail(request, (request.params as { uuid: string }).uuid);
    if (!entry) throw zgwNotFound();
    return sendResource(request, reply, entry);
  });

  // ------------------------------------------------------------------------------ zaakbesluiten
  const besluitView = (u: Urls, r: { id: string; zaakId: string; besluit: string }) => ({ url: u.zaakbesluit(r.zaakId, r.id), uuid: r.id, besluit: u.besluit(r.besluit) });
  app.get('/zaken/:zaak_uuid/besluiten', { config: { access: { zgw: LEZEN } } }, async (request) => {
    new Query(request, ctx.slug(request), []).done();
    const u = new Urls(ctx, request);
    return inTenant(ctx, request, async (tx) => {
      const zaak = await zaakOfPath(request, tx);
      requireAllowed(request, [LEZEN], zaak);
      const { rows } = await lists.listRelated(tx, actorOf(request), lists.TABLES.zaakbesluiten, [sqlEq(lists.TABLES.zaakbesluiten.zaakId, zaak.id)], 'all');
      return rows.map((r) => besluitView(u, r));
    });
  });
  app.get('/zaken/:zaak_uuid/besluiten/:uuid', { config: { access: { zgw: LEZEN } } }, async (request, reply) => {
    const u = new Urls(ctx, request);
    const view = await inTenant(ctx, request, async (tx) => {
      const found = await nestedOfPath(request, tx, lists.TABLES.zaakbesluiten);
      requireAllowed(request, [LEZEN], found.zaak);
      return besluitView(u, found.row);
    });
    return sendResource(request, reply, view);
  });
  app.post('/zaken/:zaak_uuid/besluiten', { config: { access: { zgw: BIJWERKEN } } }, async (request, reply) => {
    const f = new Fields(request.body, ctx.slug(request));
    const besluit = f.ref('besluit', 'besluiten', 'besluiten', { required: true });
    f.done(['url', 'uuid', 'besluit']);
    const u = new Urls(ctx, request);
    const view = await inTenant(ctx, request, async (tx) => {
      const zaak = await zaakOfPath(request, tx);
      requireWrite(request, zaak, [BIJWERKEN]);
      const found = await besluitenService(ctx.platform).getBesluit(tx, actorOf(request), besluit!);
      if (!found) throw validatieFout([{ name: 'besluit', code: 'bad-url', reason: 'Dit besluit bestaat niet.' }]);
      if (found.zaak !== zaak.id) throw validatieFout([{ name: 'besluit', code: 'inconsistent-relation', reason: 'Het besluit hoort niet bij deze zaak.' }]);
      const link = await zaken().linkBesluit(tx, actorOf(request), zaak.id, { besluit: found.id, ingangsdatum: found.ingangsdatum, vervaldatum: found.vervaldatum });
      return besluitView(u, { id: link.id, zaakId: zaak.id, besluit: link.besluit });
    });
    return sendResource(request, reply, view, 201);
  });
  app.delete('/zaken/:zaak_uuid/besluiten/:uuid', { config: { access: { zgw: BIJWERKEN } } }, async (request, reply) => {
    await inTenant(ctx, request, async (tx) => {
      const found = await nestedOfPath(request, tx, lists.TABLES.zaakbesluiten);
      requireWrite(request, found.zaak, [BIJWERKEN]);
      await zaken().removeZaakbesluit(tx, actorOf(request), found.zaak.id, found.row.id);
    });
    return reply.status(204).send();
  });

  // ------------------------------------------------------------------------------ zaakeigenschappen
  const EIGENSCHAP_FIELDS = ['url', 'uuid', 'zaak', 'eigenschap', 'naam', 'waarde'];
  app.get('/zaken/:zaak_uuid/zaakeigenschappen', { config: { access: { zgw: LEZEN } } }, async (request) => {
    new Query(request, ctx.slug(request), []).done();
    const u = new Urls(ctx, request);
    return inTenant(ctx, request, async (tx) => {
      const zaak = await zaakOfPath(request, tx);
      requireAllowed(request, [LEZEN], zaak);
      const { rows } = await lists.listRelated(tx, actorOf(request), lists.TABLES.zaakeigenschappen, [sqlEq(lists.TABLES.zaakeigenschappen.zaakId, zaak.id)], 'all');
      return rows.map((r) => eigenschapView(u, { id: r.id, zaak: r.zaakId, eigenschap: r.eigenschap, naam: r.naam, waarde: r.waarde }));
    });
  });
  app.get('/zaken/:zaak_uuid/zaakeigenschappen/:uuid', { config: { access: { zgw: LEZEN } } }, async (request, reply) => {
    const u = new Urls(ctx, request);
    const view = await inTenant(ctx, request, async (tx) => {
      const found = await nestedOfPath(request, tx, lists.TABLES.zaakeigenschappen);
      requireAllowed(request, [LEZEN], found.zaak);
      const r = found.row;
      return eigenschapView(u, { id: r.id, zaak: r.zaakId, eigenschap: r.eigenschap, naam: r.naam, waarde: r.waarde });
    });
    return sendResource(request, reply, view);
  });
  app.post('/zaken/:zaak_uuid/zaakeigenschappen', { config: { access: { zgw: `${BIJWERKEN} | ${GEFORCEERD}` } } }, async (request, reply) => {
    const f = new Fields(request.body, ctx.slug(request));
    const zaakRef = f.ref('zaak', 'zaken', 'zaken', { required: true });
    const eigenschap = f.ref('eigenschap', 'catalogi', 'eigenschappen', { required: true });
    const waarde = f.string('waarde', { required: true });
    f.done(EIGENSCHAP_FIELDS);
    const u = new Urls(ctx, request);
    const view = await inTenant(ctx, request, async (tx) => {
      const zaak = await zaakOfPath(request, tx);
      if (zaakRef !== zaak.id) throw validatieFout([{ name: 'zaak', code: 'invalid', reason: 'De zaak in de URL en in de gegevens verschillen.' }]);
      requireWrite(request, zaak);
      const e = await zaken().addZaakeigenschap(tx, actorOf(request), zaak.id, { eigenschap: eigenschap!, waarde: waarde! });
      return eigenschapView(u, e);
    });
    return sendResource(request, reply, view, 201);
  });
  const updateEigenschap = (partial: boolean) => async (request: FastifyRequest, reply: import('fastify').FastifyReply) => {
    const f = new Fields(request.body, ctx.slug(request), { partial });
    const zaakRef = f.ref('zaak', 'zaken', 'zaken', { required: true });
    const eigenschap = f.ref('eigenschap', 'catalogi', 'eigenschappen', { required: true });
    const waarde = f.string('waarde', { required: true });
    f.done(EIGENSCHAP_FIELDS);
    const u = new Urls(ctx, request);
    const view = await inTenant(ctx, request, async (tx) => {
      const found = await nestedOfPath(request, tx, lists.TABLES.zaakeigenschappen);
      requireWrite(request, found.zaak);
      if (zaakRef !== undefined && zaakRef !== found.zaak.id) throw validatieFout([{ name: 'zaak', code: 'wijzigen-niet-toegelaten', reason: 'De zaak kan niet worden gewijzigd.' }]);
      if (eigenschap !== undefined && eigenschap !== found.row.eigenschap) throw validatieFout([{ name: 'eigenschap', code: 'wijzigen-niet-toegelaten', reason: 'De eigenschap kan niet worden gewijzigd.' }]);
      const e = await zaken().updateZaakeigenschap(tx, actorOf(request), found.zaak.id, found.row.id, waarde ?? found.row.waarde);
      return eigenschapView(u, e);
    });
    return sendResource(request, reply, view);
  };
  app.put('/zaken/:zaak_uuid/zaakeigenschappen/:uuid', { config: { access: { zgw: `${BIJWERKEN} | ${GEFORCEERD}` } } }, updateEigenschap(false));
  app.patch('/zaken/:zaak_uuid/zaakeigenschappen/:uuid', { config: { access: { zgw: `${BIJWERKEN} | ${GEFORCEERD}` } } }, updateEigenschap(true));
  app.delete('/zaken/:zaak_uuid/zaakeigenschappen/:uuid', { config: { access: { zgw: `${BIJWERKEN} | ${GEFORCEERD}` } } }, async (request, reply) => {
    await inTenant(ctx, request, async (tx) => {
      const found = await nestedOfPath(request, tx, lists.TABLES.zaakeigenschappen);
      requireWrite(request, found.zaak);
      await zaken().removeZaakeigenschap(tx, actorOf(request), found.zaak.id, found.row.id);
    });
    return reply.status(204).send();
  });
  void permissionDenied; void ZgwError;
}

import { eq } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
export function sqlEq(column: PgColumn, value: string) {
  return eq(column, value);
}
