/**
 * Zaaktypen of the Catalogi API 1.3.1: versions by identificatie, concept → publish.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Tx } from '../../../platform/db/database.js';
import { queryZaaktypen } from '../../catalogi/queries.js';
import {
  createZaaktype, deleteZaaktype, endZaaktype, getBesluittype, getCatalogus, getZaaktype, publishZaaktype, updateZaaktype, zaaktypeToInput,
} from '../../catalogi/service.js';
import { AARD_RELATIES, INDICATIES_INTERN_OF_EXTERN, VERTROUWELIJKHEIDAANDUIDINGEN, type ZaaktypeInput, type AardRelatie } from '../../catalogi/types.js';
import { zgwNotFound } from '../core/errors.js';
import { Fields } from '../core/fields.js';
import { paginate, Query } from '../core/lists.js';
import type { ZgwContext } from '../core/plugin.js';
import { actorOf, attempt, inTenant, pageOf, READ, status, urlOrName, uuidParam, WRITE } from './common.js';
import { renderZaaktypen } from './render.js';
import { onlyEindeGeldigheid } from './types-routes.js';

const ZAAKTYPE_FIELDS = ['url', 'identificatie', 'omschrijving', 'omschrijvingGeneriek', 'vertrouwelijkheidaanduiding', 'doel', 'aanleiding', 'toelichting',
  'indicatieInternOfExtern', 'handelingInitiator', 'onderwerp', 'handelingBehandelaar', 'doorlooptijd', 'servicenorm', 'opschortingEnAanhoudingMogelijk',
  'verlengingMogelijk', 'verlengingstermijn', 'trefwoorden', 'publicatieIndicatie', 'publicatietekst', 'verantwoordingsrelatie', 'productenOfDiensten',
  'selectielijstProcestype', 'referentieproces', 'verantwoordelijke', 'zaakobjecttypen', 'broncatalogus', 'bronzaaktype', 'catalogus', 'statustypen',
  'resultaattypen', 'eigenschappen', 'informatieobjecttypen', 'roltypen', 'besluittypen', 'deelzaaktypen', 'gerelateerdeZaaktypen', 'beginGeldigheid',
  'eindeGeldigheid', 'beginObject', 'eindeObject', 'versiedatum', 'concept'];

export async function renderZaaktype(ctx: ZgwContext, request: FastifyRequest, tx: Tx, id: string) {
  const { rows } = await queryZaaktypen(tx, { id }, pageOf(1));
  if (!rows.length) throw zgwNotFound();
  return (await renderZaaktypen(ctx, request, tx, rows))[0]!;
}

/** The own fields of a zaaktype from a request body, over `base` (the stored version for PUT/PATCH). */
async function zaaktypeInput(f: Fields, tx: Tx, catalogus: string | undefined, base: ZaaktypeInput | undefined): Promise<Partial<ZaaktypeInput>> {
  const out: Partial<ZaaktypeInput> = {};
  const set = <K extends keyof ZaaktypeInput>(key: K, value: ZaaktypeInput[K] | null | undefined) => { if (value !== undefined) out[key] = value as ZaaktypeInput[K]; };
  set('identificatie', f.string('identificatie', { required: true, max: 50, blank: false }));
  set('omschrijving', f.string('omschrijving', { required: true, max: 80, blank: false }));
  set('omschrijvingGeneriek', f.string('omschrijvingGeneriek', { max: 80 }));
  set('vertrouwelijkheidaanduiding', f.choice('vertrouwelijkheidaanduiding', VERTROUWELIJKHEIDAANDUIDINGEN, { required: true }));
  set('doel', f.string('doel', { required: true, blank: false, max: 5000 }));
  set('aanleiding', f.string('aanleiding', { required: true, blank: false, max: 5000 }));
  set('toelichting', f.string('toelichting', { max: 5000 }));
  set('indicatieInternOfExtern', f.choice('indicatieInternOfExtern', INDICATIES_INTERN_OF_EXTERN, { required: true }));
  set('handelingInitiator', f.string('handelingInitiator', { required: true, max: 20, blank: false }));
  set('onderwerp', f.string('onderwerp', { required: true, max: 80, blank: false }));
  set('handelingBehandelaar', f.string('handelingBehandelaar', { required: true, max: 20, blank: false }));
  set('doorlooptijd', f.string('doorlooptijd', { required: true, max: 50 }));
  set('servicenorm', f.string('servicenorm', { nullable: true, max: 50 }) ?? (f.has('servicenorm') ? null : undefined));
  set('opschortingEnAanhoudingMogelijk', f.boolean('opschortingEnAanhoudingMogelijk', { required: true }));
  set('verlengingMogelijk', f.boolean('verlengingMogelijk', { required: true }));
  set('verlengingstermijn', f.string('verlengingstermijn', { nullable: true, max: 50 }) ?? (f.has('verlengingstermijn') ? null : undefined));
  set('trefwoorden', f.strings('trefwoorden', { max: 30, items: 100 }));
  set('publicatieIndicatie', f.boolean('publicatieIndicatie', { required: true }));
  set('publicatietekst', f.string('publicatietekst', { max: 5000 }));
  set('verantwoordingsrelatie', f.strings('verantwoordingsrelatie', { max: 40, items: 100 }));
  const producten = f.strings('productenOfDiensten', { max: 1000, items: 100 });
  producten?.forEach((p, i) => { if (!/^https?:\/\/\S+$/.test(p)) f.add(`productenOfDiensten.${i}`, 'invalid', 'Voer een geldige URL in.'); });
  set('productenOfDiensten', producten);
  set('selectielijstProcestype', f.url('selectielijstProcestype', { max: 200 }));
  const ref = f.nested('referentieproces', { required: true });
  if (ref) {
    out.referentieproces = { naam: ref.string('naam', { required: true, max: 80 }) ?? '', link: ref.url('link', { max: 200 }) ?? '' };
    ref.unknown(['naam', 'link']);
    f.absorb(ref);
  }
  set('verantwoordelijke', f.string('verantwoordelijke', { required: true, max: 50 }));
  for (const key of ['broncatalogus', 'bronzaaktype'] as const) {
    const nested = f.nested(key, { nullable: true });
    if (nested === null) out[key] = null;
    if (nested) {
      const url = nested.url('url', { required: true, max: 200 }) ?? '';
      if (key === 'broncatalogus') {
        out.broncatalogus = { url, domein: nested.string('domein', { required: true, max: 5 }) ?? '', rsin: nested.string('rsin', { required: true, max: 9 }) ?? '' };
        nested.unknown(['url', 'domein', 'rsin']);
      } else {
        out.bronzaaktype = { url, identificatie: nested.string('identificatie', { required: true, max: 50 }) ?? '', omschrijving: nested.string('omschrijving', { required: true, max: 80 }) ?? '' };
        nested.unknown(['url', 'identificatie', 'omschrijving']);
      }
      f.absorb(nested);
    }
  }
  // Besluittypen by omschrijving (Catalogi 1.3), or by URL of this catalogue's besluittypen.
  const besluittypen = f.strings('besluittypen', { items: 100 });
  if (besluittypen) {
    const names: string[] = [];
    for (const [i, value] of besluittypen.entries()) {
      const r = urlOrName(f.slug, value, 'besluittypen');
      if ('invalid' in r) f.add(`besluittypen.${i}`, 'bad-url', r.invalid);
      else if ('name' in r) { if (!value || value.length > 80) f.add(`besluittypen.${i}`, 'invalid', 'Ongeldige omschrijving.'); else names.push(value); }
      else {
        const b = await getBesluittype(tx, r.id);
        if (!b) f.add(`besluittypen.${i}`, 'does_not_exist', 'Ongeldige hyperlink - Object bestaat niet.');
        else if (catalogus && b.catalogus !== catalogus) f.add(`besluittypen.${i}`, 'relations-incorrect-catalogus', 'Het besluittype hoort bij een andere catalogus (ztc-013).');
        else names.push(b.omschrijving);
      }
    }
    out.besluittypeOmschrijvingen = [...new Set(names)];
  }
  // Deelzaaktypen and gerelateerde zaaktypen by identificatie, or by URL of this catalogue's zaaktypen.
  const zaaktypeRef = async (field: string, value: string): Promise<string | undefined> => {
    const r = urlOrName(f.slug, value, 'zaaktypen');
    if ('invalid' in r) { f.add(field, 'bad-url', r.invalid); return undefined; }
    if ('name' in r) { if (!value || value.length > 50) { f.add(field, 'invalid', 'Ongeldige identificatie.'); return undefined; } return value; }
    const z = await getZaaktype(tx, r.id);
    if (!z) { f.add(field, 'does_not_exist', 'Ongeldige hyperlink - Object bestaat niet.'); return undefined; }
    if (catalogus && z.catalogus !== catalogus) { f.add(field, 'relations-incorrect-catalogus', 'Hoofd- en deelzaaktypen moeten tot dezelfde catalogus behoren (ztc-013).'); return undefined; }
    return z.identificatie;
  };
  const deel = f.strings('deelzaaktypen', { items: 100 });
  if (deel) {
    const list: string[] = [];
    for (const [i, value] of deel.entries()) { const id = await zaaktypeRef(`deelzaaktypen.${i}`, value); if (id) list.push(id); }
    out.deelzaaktypen = [...new Set(list)];
  }
  const relaties = f.array('gerelateerdeZaaktypen', { max: 100 });
  if (relaties) {
    out.gerelateerdeZaaktypen = [];
    for (const [i, item] of relaties.entries()) {
      const r = new Fields(item, f.slug, { prefix: `gerelateerdeZaaktypen.${i}` });
      const zaaktype = r.string('zaaktype', { required: true, max: 1000 });
      const aardRelatie = r.choice('aardRelatie', AARD_RELATIES, { required: true });
      const toelichting = r.string('toelichting', { max: 255 }) ?? '';
      r.unknown(['zaaktype', 'aardRelatie', 'toelichting']);
      f.absorb(r);
      const identificatie = zaaktype ? await zaaktypeRef(`gerelateerdeZaaktypen.${i}.zaaktype`, zaaktype) : undefined;
      if (identificatie && aardRelatie) out.gerelateerdeZaaktypen.push({ zaaktype: identificatie, aardRelatie: aardRelatie as AardRelatie, toelichting });
    }
  }
  set('beginGeldigheid', f.date('beginGeldigheid', { required: true }));
  f.date('eindeGeldigheid', { nullable: true });
  set('versiedatum', f.date('versiedatum', { required: true }));
  void base;
  return out;
}

const EMPTY_CHILDREN = { statustypen: [], resultaattypen: [], roltypen: [], eigenschappen: [], informatieobjecttypen: [] };

export function registerZaaktypeRoutes(app: FastifyInstance, ctx: ZgwContext): void {
  app.get('/zaaktypen', READ, async (request) => {
    const q = new Query(request, ctx.slug(request), ['catalogus', 'identificatie', 'trefwoorden', 'status', 'datumGeldigheid', 'page']);
    const filter = {
      catalogus: q.ref('catalogus', 'catalogi', 'catalogussen'), identificatie: q.string('identificatie', { max: 50 }),
      trefwoorden: q.list('trefwoorden'), status: status(q), datumGeldigheid: q.date('datumGeldigheid'),
    };
    const page = q.page();
    q.done();
    return inTenant(ctx, request, async (tx) => {
      const { count, rows } = await queryZaaktypen(tx, filter, pageOf(page));
      return paginate(request, ctx.root(request), page, count, await renderZaaktypen(ctx, request, tx, rows));
    });
  });

  app.get('/zaaktypen/:uuid', READ, async (request) => {
    const q = new Query(request, ctx.slug(request), ['datumGeldigheid']);
    const datum = q.date('datumGeldigheid');
    q.done();
    return inTenant(ctx, request, async (tx) => {
      const id = uuidParam(request);
      if (datum) {
        // The version of the same zaaktype valid on that date (as Open Zaak's detail filter).
        const z = await getZaaktype(tx, id);
        if (!z) throw zgwNotFound();
        const { rows } = await queryZaaktypen(tx, { catalogus: z.catalogus, identificatie: z.identificatie, status: 'alles', datumGeldigheid: datum }, pageOf(1));
        if (!rows.length) throw zgwNotFound('Er is geen versie van dit zaaktype geldig op die datum.');
        return (await renderZaaktypen(ctx, request, tx, rows.slice(-1)))[0]!;
      }
      return renderZaaktype(ctx, request, tx, id);
    });
  });

  app.post('/zaaktypen', WRITE, async (request, reply) => {
    const body = await inTenant(ctx, request, async (tx) => {
      const f = new Fields(request.body, ctx.slug(request));
      const catalogus = f.ref('catalogus', 'catalogi', 'catalogussen', { required: true }) ?? undefined;
      if (catalogus && !(await getCatalogus(tx, catalogus))) f.add('catalogus', 'does_not_exist', 'Ongeldige hyperlink - Object bestaat niet.');
      const parsed = await zaaktypeInput(f, tx, catalogus, undefined);
      f.done(ZAAKTYPE_FIELDS);
      const input = { ...EMPTY_CHILDREN, besluittypeOmschrijvingen: [], ...parsed } as ZaaktypeInput;
      const created = await attempt(() => createZaaktype(tx, actorOf(request), input, { catalogus, allowNewVersion: true }));
      return renderZaaktype(ctx, request, tx, created.id);
    });
    return reply.status(201).send(body);
  });

  const write = (partial: boolean) => async (request: FastifyRequest) => inTenant(ctx, request, async (tx) => {
    const id = uuidParam(request);
    const existing = await getZaaktype(tx, id);
    if (!existing) throw zgwNotFound();
    const f = new Fields(request.body, ctx.slug(request), { partial });
    if (partial && onlyEindeGeldigheid(request.body) && !existing.concept) {
      const einde = f.date('eindeGeldigheid', { required: true });
      f.done(ZAAKTYPE_FIELDS);
      await attempt(() => endZaaktype(tx, actorOf(request), id, einde!));
      return renderZaaktype(ctx, request, tx, id);
    }
    const catalogus = f.ref('catalogus', 'catalogi', 'catalogussen', { required: true });
    if (catalogus && catalogus !== existing.catalogus) f.add('catalogus', 'invalid', 'De catalogus van een zaaktype kan niet veranderen.');
    const parsed = await zaaktypeInput(f, tx, existing.catalogus, zaaktypeToInput(existing));
    f.done(ZAAKTYPE_FIELDS);
    const input = { ...zaaktypeToInput(existing), ...parsed };
    await attempt(() => updateZaaktype(tx, actorOf(request), id, input, { actie: partial ? 'partial_update' : 'update' }));
    return renderZaaktype(ctx, request, tx, id);
  });
  app.put('/zaaktypen/:uuid', WRITE, write(false));
  app.patch('/zaaktypen/:uuid', WRITE, write(true));

  app.delete('/zaaktypen/:uuid', WRITE, async (request, reply) => {
    await inTenant(ctx, request, async (tx) => {
      const id = uuidParam(request);
      if (!(await getZaaktype(tx, id))) throw zgwNotFound();
      await attempt(() => deleteZaaktype(tx, actorOf(request), id));
    });
    return reply.status(204).send();
  });

  app.post('/zaaktypen/:uuid/publish', WRITE, async (request) => inTenant(ctx, request, async (tx) => {
    const id = uuidParam(request);
    if (!(await getZaaktype(tx, id))) throw zgwNotFound();
    await attempt(() => publishZaaktype(tx, actorOf(request), id));
    return renderZaaktype(ctx, request, tx, id);
  }));
}
