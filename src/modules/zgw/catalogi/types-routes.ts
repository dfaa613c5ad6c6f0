/**
 * Catalogussen, informatieobjecttypen and besluittypen of the Catalogi API 1.3.1.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Tx } from '../../../platform/db/database.js';
import { queryBesluittypen, queryCatalogussen, queryInformatieobjecttypen } from '../../catalogi/queries.js';
import {
  createBesluittype, createCatalogus, createInformatieobjecttype, deleteBesluittype, deleteInformatieobjecttype, endBesluittype, endInformatieobjecttype,
  getBesluittype, getCatalogus, getInformatieobjecttype, publishBesluittype, publishInformatieobjecttype, updateBesluittype, updateInformatieobjecttype,
} from '../../catalogi/service.js';
import { VERTROUWELIJKHEIDAANDUIDINGEN, type BesluittypeInput, type InformatieobjecttypeInput } from '../../catalogi/types.js';
import { zgwNotFound } from '../core/errors.js';
import { Fields } from '../core/fields.js';
import { paginate, Query } from '../core/lists.js';
import type { ZgwContext } from '../core/plugin.js';
import { actorOf, attempt, inTenant, pageOf, READ, status, urlOrName, uuidParam, WRITE } from './common.js';
import { renderBesluittypen, renderCatalogussen, renderInformatieobjecttypen } from './render.js';

const CATALOGUS_FIELDS = ['url', 'domein', 'rsin', 'contactpersoonBeheerNaam', 'contactpersoonBeheerTelefoonnummer', 'contactpersoonBeheerEmailadres', 'zaaktypen', 'besluittypen', 'informatieobjecttypen', 'naam', 'versie', 'begindatumVersie'];
const IOT_FIELDS = ['url', 'catalogus', 'omschrijving', 'vertrouwelijkheidaanduiding', 'beginGeldigheid', 'eindeGeldigheid', 'beginObject', 'eindeObject', 'concept', 'zaaktypen', 'besluittypen', 'informatieobjectcategorie', 'trefwoord', 'omschrijvingGeneriek'];
const BESLUITTYPE_FIELDS = ['url', 'catalogus', 'zaaktypen', 'omschrijving', 'omschrijvingGeneriek', 'besluitcategorie', 'reactietermijn', 'publicatieIndicatie', 'publicatietekst', 'publicatietermijn', 'toelichting', 'informatieobjecttypen', 'beginGeldigheid', 'eindeGeldigheid', 'beginObject', 'eindeObject', 'concept', 'resultaattypen', 'resultaattypenOmschrijving', 'vastgelegdIn'];

/** Reads the catalogus URL of a body and checks it exists here. */
async function catalogusRef(f: Fields, tx: Tx, required: boolean): Promise<string | undefined> {
  const id = f.ref('catalogus', 'catalogi', 'catalogussen', { required });
  if (id && !(await getCatalogus(tx, id))) { f.add('catalogus', 'does_not_exist', 'Ongeldige hyperlink - Object bestaat niet.'); return undefined; }
  return id ?? undefined;
}

/** True when a PATCH only sets eindeGeldigheid: the one change a published version allows (ztc-009). */
export function onlyEindeGeldigheid(body: unknown): boolean {
  return Boolean(body) && typeof body === 'object' && !Array.isArray(body) && Object.keys(body as object).length === 1 && 'eindeGeldigheid' in (body as object);
}

export function registerTypeRoutes(app: FastifyInstance, ctx: ZgwContext): void {
  const one = async (request: FastifyRequest, kind: 'catalogussen' | 'informatieobjecttypen' | 'besluittypen', id: string, tx: Tx) => {
    if (kind === 'catalogussen') {
      const { rows } = await queryCatalogussen(tx, { id }, pageOf(1));
      if (!rows.length) throw zgwNotFound();
      return renderCatalogussen(ctx, request, rows)[0]!;
    }
    if (kind === 'informatieobjecttypen') {
      const { rows } = await queryInformatieobjecttypen(tx, { id }, pageOf(1));
      if (!rows.length) throw zgwNotFound();
      return (await renderInformatieobjecttypen(ctx, request, tx, rows))[0]!;
    }
    const { rows } = await queryBesluittypen(tx, { id }, pageOf(1));
    if (!rows.length) throw zgwNotFound();
    return (await renderBesluittypen(ctx, request, tx, rows))[0]!;
  };

  // --- catalogussen -------------------------------------------------------------------------
  app.get('/catalogussen', READ, async (request) => {
    const q = new Query(request, ctx.slug(request), ['domein', 'domein__in', 'rsin', 'rsin__in', 'page']);
    const domein = q.string('domein');
    const domeinIn = q.list('domein__in');
    const rsin = q.string('rsin');
    const rsinIn = q.list('rsin__in');
    const page = q.page();
    q.done();
    const filter = {
      ...(domein !== undefined || domeinIn ? { domein: [...(domein !== undefined ? [domein] : []), ...(domeinIn ?? [])] } : {}),
      ...(rsin !== undefined || rsinIn ? { rsin: [...(rsin !== undefined ? [rsin] : []), ...(rsinIn ?? [])] } : {}),
    };
    // domein=X&domein__in=Y,Z must match both: narrow in JS is not needed, both lists are AND-ed by SQL only when one is given.
    return inTenant(ctx, request, async (tx) => {
      const { count, rows } = await queryCatalogussen(tx, filter, pageOf(page));
      return paginate(request, ctx.root(request), page, count, renderCatalogussen(ctx, request, rows));
    });
  });
  app.get('/catalogussen/:uuid', READ, async (request) => inTenant(ctx, request, (tx) => one(request, 'catalogussen', uuidParam(request), tx)));
  app.post('/catalogussen', WRITE, async (request, reply) => {
    const f = new Fields(request.body, ctx.slug(request));
    const input = {
      domein: f.string('domein', { required: true, max: 5 }) ?? '',
      rsin: f.string('rsin', { required: true, max: 9, pattern: /^[0-9]{9}$/ }) ?? '',
      contactpersoonBeheerNaam: f.string('contactpersoonBeheerNaam', { required: true, max: 40 }) ?? '',
      contactpersoonBeheerTelefoonnummer: f.string('contactpersoonBeheerTelefoonnummer', { max: 20 }) ?? '',
      contactpersoonBeheerEmailadres: f.string('contactpersoonBeheerEmailadres', { max: 254, pattern: /^[^@\s]+@[^@\s]+\.[^@\s]+$/ }) ?? '',
      naam: f.string('naam', { max: 200, nullable: true }) ?? null,
      versie: f.string('versie', { max: 20, nullable: true }) ?? null,
      begindatumVersie: f.date('begindatumVersie', { nullable: true }) ?? null,
    };
    f.done(CATALOGUS_FIELDS);
    const body = await inTenant(ctx, request, async (tx) => {
      const created = await attempt(() => createCatalogus(tx, actorOf(request), input));
      return one(request, 'catalogussen', created.id, tx);
    });
    return reply.status(201).send(body);
  });

  // --- informatieobjecttypen ----------------------------------------------------------------
  app.get('/informatieobjecttypen', READ, async (request) => {
    const q = new Query(request, ctx.slug(request), ['catalogus', 'status', 'datumGeldigheid', 'omschrijving', 'page']);
    const filter = { catalogus: q.ref('catalogus', 'catalogi', 'catalogussen'), status: status(q), datumGeldigheid: q.date('datumGeldigheid'), omschrijving: q.string('omschrijving', { max: 80 }) };
    const page = q.page();
    q.done();
    return inTenant(ctx, request, async (tx) => {
      const { count, rows } = await queryInformatieobjecttypen(tx, filter, pageOf(page));
      return paginate(request, ctx.root(request), page, count, await renderInformatieobjecttypen(ctx, request, tx, rows));
    });
  });
  app.get('/informatieobjecttypen/:uuid', READ, async (request) => inTenant(ctx, request, (tx) => one(request, 'informatieobjecttypen', uuidParam(request), tx)));

  const iotInput = (f: Fields, base?: InformatieobjecttypeInput): InformatieobjecttypeInput => {
    const vertrouwelijkheidaanduiding = f.choice('vertrouwelijkheidaanduiding', VERTROUWELIJKHEIDAANDUIDINGEN, { required: true });
    const generiek = f.nested('omschrijvingGeneriek', { nullable: true });
    let omschrijvingGeneriek = base?.omschrijvingGeneriek ?? null;
    if (generiek === null) omschrijvingGeneriek = null;
    if (generiek) {
      omschrijvingGeneriek = {
        informatieobjecttypeOmschrijvingGeneriek: generiek.string('informatieobjecttypeOmschrijvingGeneriek', { required: true, max: 80 }) ?? '',
        definitieInformatieobjecttypeOmschrijvingGeneriek: generiek.string('definitieInformatieobjecttypeOmschrijvingGeneriek', { required: true, max: 255 }) ?? '',
        herkomstInformatieobjecttypeOmschrijvingGeneriek: generiek.string('herkomstInformatieobjecttypeOmschrijvingGeneriek', { required: true, max: 12 }) ?? '',
        hierarchieInformatieobjecttypeOmschrijvingGeneriek: generiek.string('hierarchieInformatieobjecttypeOmschrijvingGeneriek', { required: true, max: 80 }) ?? '',
        opmerkingInformatieobjecttypeOmschrijvingGeneriek: generiek.string('opmerkingInformatieobjecttypeOmschrijvingGeneriek', { max: 255, nullable: true }) ?? null,
      };
      generiek.unknown(['informatieobjecttypeOmschrijvingGeneriek', 'definitieInformatieobjecttypeOmschrijvingGeneriek', 'herkomstInformatieobjecttypeOmschrijvingGeneriek', 'hierarchieInformatieobjecttypeOmschrijvingGeneriek', 'opmerkingInformatieobjecttypeOmschrijvingGeneriek']);
      f.absorb(generiek);
    }
    return {
      omschrijving: f.string('omschrijving', { required: true, max: 80, blank: false }) ?? base?.omschrijving ?? '',
      vertrouwelijkheidaanduiding: vertrouwelijkheidaanduiding ?? base?.vertrouwelijkheidaanduiding ?? 'openbaar',
      informatieobjectcategorie: f.string('informatieobjectcategorie', { required: true, max: 80, blank: false }) ?? base?.informatieobjectcategorie ?? '',
      trefwoord: f.strings('trefwoord', { max: 30, items: 100 }) ?? base?.trefwoord ?? [],
      omschrijvingGeneriek,
      beginGeldigheid: f.date('beginGeldigheid', { required: true }) ?? base?.beginGeldigheid ?? '',
    };
  };

  app.post('/informatieobjecttypen', WRITE, async (request, reply) => {
    const body = await inTenant(ctx, request, async (tx) => {
      const f = new Fields(request.body, ctx.slug(request));
      const catalogus = await catalogusRef(f, tx, true);
      const input = iotInput(f);
      f.date('eindeGeldigheid', { nullable: true });
      f.done(IOT_FIELDS);
      const created = await attempt(() => createInformatieobjecttype(tx, actorOf(request), input, { catalogus }));
      return one(request, 'informatieobjecttypen', created.id, tx);
    });
    // 201 as Open Zaak answers (the 1.3.1 document lists 200 for this create only; see contract errata in tests).
    return reply.status(201).send(body);
  });

  const writeIot = (partial: boolean) => async (request: FastifyRequest) => inTenant(ctx, request, async (tx) => {
    const id = uuidParam(request);
    const existing = await getInformatieobjecttype(tx, id);
    if (!existing) throw zgwNotFound();
    const f = new Fields(request.body, ctx.slug(request), { partial });
    if (partial && onlyEindeGeldigheid(request.body) && !existing.concept) {
      const einde = f.date('eindeGeldigheid', { nullable: true });
      f.done(IOT_FIELDS);
      await attempt(() => endInformatieobjecttype(tx, actorOf(request), id, einde ?? null));
      return one(request, 'informatieobjecttypen', id, tx);
    }
    const catalogus = await catalogusRef(f, tx, true);
    const input = iotInput(f, existing);
    f.date('eindeGeldigheid', { nullable: true });
    if (catalogus && catalogus !== existing.catalogus) f.add('catalogus', 'invalid', 'De catalogus van een informatieobjecttype kan niet veranderen.');
    f.done(IOT_FIELDS);
    await attempt(() => updateInformatieobjecttype(tx, actorOf(request), id, input, { actie: partial ? 'partial_update' : 'update' }));
    return one(request, 'informatieobjecttypen', id, tx);
  });
  app.put('/informatieobjecttypen/:uuid', WRITE, writeIot(false));
  app.patch('/informatieobjecttypen/:uuid', WRITE, writeIot(true));
  app.delete('/informatieobjecttypen/:uuid', WRITE, async (request, reply) => {
    await inTenant(ctx, request, async (tx) => {
      const id = uuidParam(request);
      if (!(await getInformatieobjecttype(tx, id))) throw zgwNotFound();
      await attempt(() => deleteInformatieobjecttype(tx, actorOf(request), id));
    });
    return reply.status(204).send();
  });
  app.post('/informatieobjecttypen/:uuid/publish', WRITE, async (request) => inTenant(ctx, request, async (tx) => {
    const id = uuidParam(request);
    if (!(await getInformatieobjecttype(tx, id))) throw zgwNotFound();
    await attempt(() => publishInformatieobjecttype(tx, actorOf(request), id));
    return one(request, 'informatieobjecttypen', id, tx);
  }));

  // --- besluittypen -------------------------------------------------------------------------
  app.get('/besluittypen', READ, async (request) => {
    const q = new Query(request, ctx.slug(request), ['catalogus', 'zaaktypen', 'informatieobjecttypen', 'status', 'omschrijving', 'datumGeldigheid', 'page']);
    const filter = {
      catalogus: q.ref('catalogus', 'catalogi', 'catalogussen'), zaaktype: q.ref('zaaktypen', 'catalogi', 'zaaktypen'),
      informatieobjecttype: q.ref('informatieobjecttypen', 'catalogi', 'informatieobjecttypen'), status: status(q),
      omschrijving: q.string('omschrijving', { max: 80 }), datumGeldigheid: q.date('datumGeldigheid'),
    };
    const page = q.page();
    q.done();
    return inTenant(ctx, request, async (tx) => {
      const { count, rows } = await queryBesluittypen(tx, filter, pageOf(page));
      return paginate(request, ctx.root(request), page, count, await renderBesluittypen(ctx, request, tx, rows));
    });
  });
  app.get('/besluittypen/:uuid', READ, async (request) => inTenant(ctx, request, (tx) => one(request, 'besluittypen', uuidParam(request), tx)));

  /** Informatieobjecttypen of a besluittype: omschrijvingen, or URLs of this catalogue's informatieobjecttypen. */
  const iotNames = async (f: Fields, tx: Tx, catalogus: string | undefined): Promise<string[] | undefined> => {
    const list = f.strings('informatieobjecttypen', { items: 100 });
    if (!list) return undefined;
    const names: string[] = [];
    for (const [i, value] of list.entries()) {
      const ref = urlOrName(f.slug, value, 'informatieobjecttypen');
      if ('invalid' in ref) { f.add(`informatieobjecttypen.${i}`, 'bad-url', ref.invalid); continue; }
      if ('name' in ref) { if (value.length > 80 || !value) f.add(`informatieobjecttypen.${i}`, 'invalid', 'Ongeldige omschrijving.'); else names.push(value); continue; }
      const iot = await getInformatieobjecttype(tx, ref.id);
      if (!iot) { f.add(`informatieobjecttypen.${i}`, 'does_not_exist', 'Ongeldige hyperlink - Object bestaat niet.'); continue; }
      if (catalogus && iot.catalogus !== catalogus) { f.add(`informatieobjecttypen.${i}`, 'relations-incorrect-catalogus', 'Het informatieobjecttype hoort bij een andere catalogus (ztc-013).'); continue; }
      names.push(iot.omschrijving);
    }
    return names;
  };

  const besluittypeInput = async (f: Fields, tx: Tx, catalogus: string | undefined, base?: BesluittypeInput): Promise<BesluittypeInput> => ({
    omschrijving: f.string('omschrijving', { max: 80 }) ?? base?.omschrijving ?? '',
    omschrijvingGeneriek: f.string('omschrijvingGeneriek', { max: 80 }) ?? base?.omschrijvingGeneriek ?? '',
    besluitcategorie: f.string('besluitcategorie', { max: 40 }) ?? base?.besluitcategorie ?? '',
    reactietermijn: f.has('reactietermijn') ? f.string('reactietermijn', { nullable: true }) ?? null : base?.reactietermijn ?? null,
    publicatieIndicatie: f.boolean('publicatieIndicatie', { required: true }) ?? base?.publicatieIndicatie ?? false,
    publicatietekst: f.string('publicatietekst') ?? base?.publicatietekst ?? '',
    publicatietermijn: f.has('publicatietermijn') ? f.string('publicatietermijn', { nullable: true }) ?? null : base?.publicatietermijn ?? null,
    toelichting: f.string('toelichting') ?? base?.toelichting ?? '',
    informatieobjecttypen: (await iotNames(f, tx, catalogus)) ?? base?.informatieobjecttypen ?? [],
    beginGeldigheid: f.date('beginGeldigheid', { required: true }) ?? base?.beginGeldigheid ?? '',
  });

  app.post('/besluittypen', WRITE, async (request, reply) => {
    const body = await inTenant(ctx, request, async (tx) => {
      const f = new Fields(request.body, ctx.slug(request));
      const catalogus = await catalogusRef(f, tx, true);
      const input = await besluittypeInput(f, tx, catalogus);
      if (!f.has('informatieobjecttypen')) f.add('informatieobjecttypen', 'required', 'Dit veld is vereist.');
      f.date('eindeGeldigheid', { nullable: true });
      f.done(BESLUITTYPE_FIELDS);
      const created = await attempt(() => createBesluittype(tx, actorOf(request), input, { catalogus }));
      return one(request, 'besluittypen', created.id, tx);
    });
    return reply.status(201).send(body);
  });
  const writeBesluittype = (partial: boolean) => async (request: FastifyRequest) => inTenant(ctx, request, async (tx) => {
    const id = uuidParam(request);
    const existing = await getBesluittype(tx, id);
    if (!existing) throw zgwNotFound();
    const f = new Fields(request.body, ctx.slug(request), { partial });
    if (partial && onlyEindeGeldigheid(request.body) && !existing.concept) {
      const einde = f.date('eindeGeldigheid', { nullable: true });
      f.done(BESLUITTYPE_FIELDS);
      await attempt(() => endBesluittype(tx, actorOf(request), id, einde ?? null));
      return one(request, 'besluittypen', id, tx);
    }
    const catalogus = await catalogusRef(f, tx, true);
    const input = await besluittypeInput(f, tx, existing.catalogus, existing);
    f.date('eindeGeldigheid', { nullable: true });
    if (catalogus && catalogus !== existing.catalogus) f.add('catalogus', 'invalid', 'De catalogus van een besluittype kan niet veranderen.');
    f.done(BESLUITTYPE_FIELDS);
    await attempt(() => updateBesluittype(tx, actorOf(request), id, input, { actie: partial ? 'partial_update' : 'update' }));
    return one(request, 'besluittypen', id, tx);
  });
  app.put('/besluittypen/:uuid', WRITE, writeBesluittype(false));
  app.patch('/besluittypen/:uuid', WRITE, writeBesluittype(true));
  app.delete('/besluittypen/:uuid', WRITE, async (request, reply) => {
    await inTenant(ctx, request, async (tx) => {
      const id = uuidParam(request);
      if (!(await getBesluittype(tx, id))) throw zgwNotFound();
      await attempt(() => deleteBesluittype(tx, actorOf(request), id));
    });
    return reply.status(204).send();
  });
  app.post('/besluittypen/:uuid/publish', WRITE, async (request) => inTenant(ctx, request, async (tx) => {
    const id = uuidParam(request);
    if (!(await getBesluittype(tx, id))) throw zgwNotFound();
    await attempt(() => publishBesluittype(tx, actorOf(request), id));
    return one(request, 'besluittypen', id, tx);
  }));
}
