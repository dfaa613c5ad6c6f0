/**
 * The children of a zaaktype version — statustypen, resultaattypen, roltypen, eigenschappen,
 * zaaktype-informatieobjecttypen and zaakobjecttypen. They change only with a concept zaaktype
 * (ztc-010): a change is a change of the concept version through the catalogue service, with all
 * its checks (ztc-004…008 among them), history and notification.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Tx } from '../../../platform/db/database.js';
import { HttpError, type InvalidParam } from '../../../platform/http/problem.js';
import { childZaaktype, queryChildren, type ChildFilter, type ChildKind } from '../../catalogi/queries.js';
import { getBesluittype, getInformatieobjecttype, getZaaktype, updateZaaktype, zaaktypeToInput } from '../../catalogi/service.js';
import {
  AFLEIDINGSWIJZEN, ARCHIEFNOMINATIES, EIGENSCHAP_FORMATEN, OBJECTTYPEN, RICHTINGEN, ROLTYPE_OMSCHRIJVINGEN_GENERIEK,
  type Zaaktype, type ZaaktypeInput,
} from '../../catalogi/types.js';
import { createZaakobjecttype, deleteZaakobjecttype, updateZaakobjecttype } from '../../catalogi/zaakobjecttypen.js';
import { ZgwError, zgwNotFound } from '../core/errors.js';
import { Fields } from '../core/fields.js';
import { paginate, Query } from '../core/lists.js';
import type { ZgwContext } from '../core/plugin.js';
import { parseResourceUrl } from '../core/urls.js';
import { actorOf, attempt, inTenant, pageOf, READ, status, urlOrName, uuidParam, WRITE } from './common.js';
import {
  renderEigenschappen, renderResultaattypen, renderRoltypen, renderStatustypen, renderZaakobjecttypen, renderZiot,
  type EigenschapRow, type ResultaattypeRow, type RoltypeRow, type StatustypeRow, type ZaakobjecttypeRow, type ZiotRow,
} from './render.js';

type Json = Record<string, unknown>;

/** Where a child lives in ZaaktypeInput, and how the service names its problems. */
const LISTS: Record<Exclude<ChildKind, 'zaakobjecttypen'>, keyof Pick<ZaaktypeInput, 'statustypen' | 'resultaattypen' | 'roltypen' | 'eigenschappen' | 'informatieobjecttypen'>> = {
  statustypen: 'statustypen', resultaattypen: 'resultaattypen', roltypen: 'roltypen', eigenschappen: 'eigenschappen', 'zaaktype-informatieobjecttypen': 'informatieobjecttypen',
};

const FIELDS: Record<ChildKind, string[]> = {
  statustypen: ['url', 'omschrijving', 'omschrijvingGeneriek', 'statustekst', 'zaaktype', 'catalogus', 'zaaktypeIdentificatie', 'volgnummer', 'isEindstatus', 'informeren', 'doorlooptijd', 'toelichting', 'checklistitemStatustype', 'eigenschappen', 'beginGeldigheid', 'eindeGeldigheid', 'beginObject', 'eindeObject'],
  resultaattypen: ['url', 'zaaktype', 'zaaktypeIdentificatie', 'omschrijving', 'resultaattypeomschrijving', 'omschrijvingGeneriek', 'selectielijstklasse', 'toelichting', 'archiefnominatie', 'archiefactietermijn', 'brondatumArchiefprocedure', 'procesobjectaard', 'catalogus', 'beginGeldigheid', 'eindeGeldigheid', 'beginObject', 'eindeObject', 'indicatieSpecifiek', 'procestermijn', 'besluittypen', 'besluittypeOmschrijving', 'informatieobjecttypen', 'informatieobjecttypeOmschrijving'],
  roltypen: ['url', 'zaaktype', 'zaaktypeIdentificatie', 'omschrijving', 'omschrijvingGeneriek', 'catalogus', 'beginGeldigheid', 'eindeGeldigheid', 'beginObject', 'eindeObject'],
  eigenschappen: ['url', 'naam', 'catalogus', 'definitie', 'specificatie', 'toelichting', 'zaaktype', 'zaaktypeIdentificatie', 'statustype', 'beginGeldigheid', 'eindeGeldigheid', 'beginObject', 'eindeObject'],
  'zaaktype-informatieobjecttypen': ['url', 'zaaktype', 'zaaktypeIdentificatie', 'catalogus', 'informatieobjecttype', 'volgnummer', 'richting', 'statustype'],
  zaakobjecttypen: ['url', 'anderObjecttype', 'beginGeldigheid', 'eindeGeldigheid', 'beginObject', 'eindeObject', 'objecttype', 'relatieOmschrijving', 'zaaktype', 'zaaktypeIdentificatie', 'resultaattypen', 'statustypen', 'catalogus'],
};

async function render(ctx: ZgwContext, request: FastifyRequest, tx: Tx, kind: ChildKind, rows: unknown[]): Promise<Json[]> {
  switch (kind) {
    case 'statustypen': return renderStatustypen(ctx, request, rows as StatustypeRow[]);
    case 'resultaattypen': return renderResultaattypen(ctx, request, tx, rows as ResultaattypeRow[]);
    case 'roltypen': return renderRoltypen(ctx, request, rows as RoltypeRow[]);
    case 'eigenschappen': return renderEigenschappen(ctx, request, rows as EigenschapRow[]);
    case 'zaaktype-informatieobjecttypen': return renderZiot(ctx, request, rows as ZiotRow[]);
    case 'zaakobjecttypen': return renderZaakobjecttypen(ctx, request, rows as ZaakobjecttypeRow[]);
  }
}

async function renderOne(ctx: ZgwContext, request: FastifyRequest, tx: Tx, kind: ChildKind, id: string): Promise<Json> {
  const { rows } = await queryChildren(tx, kind, { id }, pageOf(1));
  if (!rows.length) throw zgwNotFound();
  return (await render(ctx, request, tx, kind, rows))[0]!;
}

/** A URL of a child of the same zaaktype version → its id; problems are added to f. */
function sibling(f: Fields, field: string, value: unknown, resource: string, z: Zaaktype, list: { id: string }[]): string | undefined {
  const parsed = parseResourceUrl(f.slug, value, 'catalogi', resource);
  if (!parsed.ok) { f.add(field, parsed.code, parsed.reason); return undefined; }
  if (!list.some((c) => c.id === parsed.id)) { f.add(field, 'relations-incorrect-zaaktype', `Dit object hoort niet bij zaaktype ${z.identificatie} (versie ${z.versie}).`); return undefined; }
  return parsed.id;
}

/** Reads one child from the body, over `base` for PATCH; returns the entry for ZaaktypeInput. */
async function readChild(kind: Exclude<ChildKind, 'zaakobjecttypen'>, f: Fields, tx: Tx, z: Zaaktype, base: Record<string, unknown> | undefined): Promise<Record<string, unknown>> {
  const pick = <T>(value: T | null | undefined, key: string, fallback: unknown = undefined): T => (value !== undefined ? value : (base?.[key] ?? fallback)) as T;
  const volgnummerOf = (statustypeId: string | undefined | null) => z.statustypen.find((s) => s.id === statustypeId)?.volgnummer ?? null;
  switch (kind) {
    case 'statustypen': {
      const checklist = f.array('checklistitemStatustype', { max: 100 });
      const items = checklist?.map((item, i) => {
        const c = new Fields(item, f.slug, { prefix: `checklistitemStatustype.${i}` });
        const out = { itemnaam: c.string('itemnaam', { required: true, max: 30 }) ?? '', toelichting: c.string('toelichting', { max: 1000, nullable: true }) ?? null, vraagstelling: c.string('vraagstelling', { required: true, max: 255 }) ?? '', verplicht: c.boolean('verplicht') ?? false };
        c.unknown(['itemnaam', 'toelichting', 'vraagstelling', 'verplicht']);
        f.absorb(c);
        return out;
      });
      const eigenschappen = f.array('eigenschappen', { max: 100 });
      const names = eigenschappen?.flatMap((url, i) => {
        const id = sibling(f, `eigenschappen.${i}`, url, 'eigenschappen', z, z.eigenschappen);
        return id ? [z.eigenschappen.find((e) => e.id === id)!.naam] : [];
      });
      return {
        omschrijving: pick(f.string('omschrijving', { required: true, max: 80, blank: false }), 'omschrijving', ''),
        omschrijvingGeneriek: pick(f.string('omschrijvingGeneriek', { max: 80 }), 'omschrijvingGeneriek', ''),
        statustekst: pick(f.string('statustekst', { max: 1000 }), 'statustekst', ''),
        volgnummer: pick(f.integer('volgnummer', { required: true, min: 1, max: 9999 }), 'volgnummer', 1),
        informeren: pick(f.boolean('informeren'), 'informeren', false),
        doorlooptijd: f.has('doorlooptijd') ? f.string('doorlooptijd', { nullable: true, max: 50 }) ?? null : base?.doorlooptijd ?? null,
        toelichting: f.has('toelichting') ? f.string('toelichting', { nullable: true, max: 1000 }) ?? null : base?.toelichting ?? null,
        checklistitemStatustype: items ?? base?.checklistitemStatustype ?? [],
        eigenschappen: names ?? base?.eigenschappen ?? [],
      };
    }
    case 'roltypen':
      return {
        omschrijving: pick(f.string('omschrijving', { required: true, max: 100, blank: false }), 'omschrijving', ''),
        omschrijvingGeneriek: pick(f.choice('omschrijvingGeneriek', ROLTYPE_OMSCHRIJVINGEN_GENERIEK, { required: true }), 'omschrijvingGeneriek', 'initiator'),
      };
    case 'eigenschappen': {
      const spec = f.nested('specificatie', { required: true });
      let specificatie = base?.specificatie;
      if (spec) {
        specificatie = {
          groep: spec.string('groep', { max: 32 }) ?? '', formaat: spec.choice('formaat', EIGENSCHAP_FORMATEN, { required: true }) ?? 'tekst',
          lengte: spec.string('lengte', { required: true, max: 14 }) ?? '', kardinaliteit: spec.string('kardinaliteit', { required: true, max: 3 }) ?? '',
          waardenverzameling: spec.strings('waardenverzameling', { max: 100, items: 1000 }) ?? [],
        };
        spec.unknown(['groep', 'formaat', 'lengte', 'kardinaliteit', 'waardenverzameling']);
        f.absorb(spec);
      }
      let statustypeVolgnummer = base?.statustypeVolgnummer ?? null;
      if (f.has('statustype')) {
        const value = f.raw('statustype');
        statustypeVolgnummer = value === null ? null : volgnummerOf(sibling(f, 'statustype', value, 'statustypen', z, z.statustypen));
      }
      return {
        naam: pick(f.string('naam', { required: true, max: 20, blank: false }), 'naam', ''),
        definitie: pick(f.string('definitie', { required: true, max: 255, blank: false }), 'definitie', ''),
        toelichting: pick(f.string('toelichting', { max: 1000 }), 'toelichting', ''),
        specificatie: specificatie ?? { groep: '', formaat: 'tekst', lengte: '', kardinaliteit: '', waardenverzameling: [] },
        statustypeVolgnummer,
      };
    }
    case 'zaaktype-informatieobjecttypen': {
      let omschrijving = base?.informatieobjecttypeOmschrijving as string | undefined;
      const value = f.string('informatieobjecttype', { required: true, max: 1000, blank: false });
      if (value) {
        const ref = urlOrName(f.slug, value, 'informatieobjecttypen');
        if ('invalid' in ref) f.add('informatieobjecttype', 'bad-url', ref.invalid);
        else if ('name' in ref) { if (value.length > 100) f.add('informatieobjecttype', 'max_length', 'Zorg ervoor dat dit veld niet meer dan 100 karakters bevat.'); else omschrijving = value; }
        else {
          const iot = await getInformatieobjecttype(tx, ref.id);
          if (!iot) f.add('informatieobjecttype', 'does_not_exist', 'Ongeldige hyperlink - Object bestaat niet.');
          else if (iot.catalogus !== z.catalogus) f.add('informatieobjecttype', 'relations-incorrect-catalogus', 'Het zaaktype hoort bij een andere catalogus dan het informatieobjecttype (ztc-013).');
          else omschrijving = iot.omschrijving;
        }
      }
      let statustypeVolgnummer = base?.statustypeVolgnummer ?? null;
      if (f.has('statustype')) {
        const raw = f.raw('statustype');
        statustypeVolgnummer = raw === null ? null : volgnummerOf(sibling(f, 'statustype', raw, 'statustypen', z, z.statustypen));
      }
      return {
        informatieobjecttypeOmschrijving: omschrijving ?? '',
        volgnummer: pick(f.integer('volgnummer', { required: true, min: 1, max: 999 }), 'volgnummer', 1),
        richting: pick(f.choice('richting', RICHTINGEN, { required: true }), 'richting', 'inkomend'),
        statustypeVolgnummer,
      };
    }
    case 'resultaattypen': {
      const brondatum = f.nested('brondatumArchiefprocedure', { nullable: true });
      let brondatumArchiefprocedure = base?.brondatumArchiefprocedure ?? null;
      if (brondatum === null) brondatumArchiefprocedure = null;
      if (brondatum) {
        brondatumArchiefprocedure = {
          afleidingswijze: brondatum.choice('afleidingswijze', AFLEIDINGSWIJZEN, { required: true }) ?? 'afgehandeld',
          datumkenmerk: brondatum.string('datumkenmerk', { max: 80 }) ?? '', einddatumBekend: brondatum.boolean('einddatumBekend') ?? false,
          objecttype: brondatum.choice('objecttype', OBJECTTYPEN, { blank: true }) ?? '', registratie: brondatum.string('registratie', { max: 80 }) ?? '',
          procestermijn: brondatum.string('procestermijn', { nullable: true, max: 50 }) ?? null,
        };
        brondatum.unknown(['afleidingswijze', 'datumkenmerk', 'einddatumBekend', 'objecttype', 'registratie', 'procestermijn']);
        f.absorb(brondatum);
      }
      const names = async (field: 'besluittypen' | 'informatieobjecttypen'): Promise<string[] | undefined> => {
        const list = f.array(field, { max: 100 });
        if (!list) return undefined;
        const out: string[] = [];
        for (const [i, value] of list.entries()) {
          if (typeof value !== 'string' || !value) { f.add(`${field}.${i}`, 'invalid', 'Ongeldige waarde.'); continue; }
          const ref = urlOrName(f.slug, value, field);
          if ('invalid' in ref) { f.add(`${field}.${i}`, 'bad-url', ref.invalid); continue; }
          if ('name' in ref) { out.push(value); continue; }
          const found = field === 'besluittypen' ? await getBesluittype(tx, ref.id) : await getInformatieobjecttype(tx, ref.id);
          if (!found) { f.add(`${field}.${i}`, 'does_not_exist', 'Ongeldige hyperlink - Object bestaat niet.'); continue; }
          if (found.catalogus !== z.catalogus) { f.add(`${field}.${i}`, 'relations-incorrect-catalogus', 'Dit type hoort bij een andere catalogus (ztc-013).'); continue; }
          out.push(found.omschrijving);
        }
        return out;
      };
      return {
        omschrijving: pick(f.string('omschrijving', { required: true, max: 30, blank: false }), 'omschrijving', ''),
        resultaattypeomschrijving: pick(f.url('resultaattypeomschrijving', { required: true, blank: false }), 'resultaattypeomschrijving', ''),
        omschrijvingGeneriek: base?.omschrijvingGeneriek ?? '',
        selectielijstklasse: pick(f.url('selectielijstklasse', { required: true, blank: false }), 'selectielijstklasse', ''),
        toelichting: pick(f.string('toelichting', { max: 5000 }), 'toelichting', ''),
        archiefnominatie: pick(f.choice('archiefnominatie', ARCHIEFNOMINATIES, { blank: true }), 'archiefnominatie', ''),
        archiefactietermijn: f.has('archiefactietermijn') ? f.string('archiefactietermijn', { nullable: true, max: 50 }) ?? null : base?.archiefactietermijn ?? null,
        brondatumArchiefprocedure,
        procesobjectaard: f.has('procesobjectaard') ? f.string('procesobjectaard', { nullable: true, max: 200 }) ?? null : base?.procesobjectaard ?? null,
        indicatieSpecifiek: f.has('indicatieSpecifiek') ? f.boolean('indicatieSpecifiek', { nullable: true }) ?? null : base?.indicatieSpecifiek ?? null,
        procestermijn: f.has('procestermijn') ? f.string('procestermijn', { nullable: true, max: 50 }) ?? null : base?.procestermijn ?? null,
        besluittypen: (await names('besluittypen')) ?? base?.besluittypen ?? [],
        informatieobjecttypen: (await names('informatieobjecttypen')) ?? base?.informatieobjecttypen ?? [],
      };
    }
  }
}

/** The service names a child's problems `<list>.<index>.<field>`: the API names them `<field>`. */
function renameProblems(error: unknown, list: string, index: number): never {
  if (error instanceof HttpError && error.statusCode === 400) {
    const prefix = `${list}.${index}.`;
    const params: InvalidParam[] = error.invalidParams.map((p) => ({ ...p, name: p.name.startsWith(prefix) ? p.name.slice(prefix.length) : p.name === `${list}.${index}` ? 'nonFieldErrors' : p.name }));
    throw new ZgwError(400, params.length === 1 ? params[0]!.code : 'invalid', error.message, params);
  }
  throw error;
}

/** The zaaktype (URL in the body) a new child goes to: it must be a concept (ztc-010). */
async function targetZaaktype(f: Fields, tx: Tx, required: boolean): Promise<Zaaktype | undefined> {
  const id = f.ref('zaaktype', 'catalogi', 'zaaktypen', { required });
  if (!id) return undefined;
  const z = await getZaaktype(tx, id);
  if (!z) { f.add('zaaktype', 'does_not_exist', 'Ongeldige hyperlink - Object bestaat niet.'); return undefined; }
  return z;
}

function refuseNonConcept(z: Zaaktype): void {
  if (!z.concept) {
    const reason = 'Het zaaktype is gepubliceerd: onderdelen ervan kunnen niet meer worden toegevoegd, gewijzigd of verwijderd. Maak een nieuwe versie van het zaaktype.';
    throw new ZgwError(400, 'non-concept-zaaktype', reason, [{ name: 'zaaktype', code: 'non-concept-zaaktype', reason }]);
  }
}

export function registerChildRoutes(app: FastifyInstance, ctx: ZgwContext): void {
  const listParams: Record<ChildKind, string[]> = {
    statustypen: ['zaaktype', 'zaaktypeIdentificatie', 'status', 'datumGeldigheid', 'page'],
    resultaattypen: ['zaaktype', 'zaaktype_identificatie', 'status', 'datum_geldigheid', 'page'],
    roltypen: ['zaaktype', 'zaaktypeIdentificatie', 'omschrijvingGeneriek', 'status', 'datumGeldigheid', 'page'],
    eigenschappen: ['zaaktype', 'zaaktypeIdentificatie', 'status', 'datumGeldigheid', 'page'],
    'zaaktype-informatieobjecttypen': ['zaaktype', 'informatieobjecttype', 'richting', 'status', 'page'],
    zaakobjecttypen: ['anderObjecttype', 'catalogus', 'datumBeginGeldigheid', 'datumEindeGeldigheid', 'datumGeldigheid', 'objecttype', 'relatieOmschrijving', 'zaaktype', 'zaaktypeIdentificatie', 'page'],
  };

  for (const kind of Object.keys(listParams) as ChildKind[]) {
    app.get(`/${kind}`, READ, async (request) => {
      const q = new Query(request, ctx.slug(request), listParams[kind]);
      const filter: ChildFilter = {
        zaaktype: q.ref('zaaktype', 'catalogi', 'zaaktypen'),
        zaaktypeIdentificatie: kind === 'resultaattypen' ? q.string('zaaktype_identificatie', { max: 50 }) : q.string('zaaktypeIdentificatie', { max: 50 }),
        datumGeldigheid: kind === 'resultaattypen' ? q.date('datum_geldigheid') : q.date('datumGeldigheid'),
        extra: [],
      };
      if (kind === 'zaakobjecttypen') {
        // Zaakobjecttypen have no status filter: every version is listed.
        filter.status = 'alles';
        filter.catalogus = q.ref('catalogus', 'catalogi', 'catalogussen');
        filter.datumBeginGeldigheid = q.date('datumBeginGeldigheid');
        filter.datumEindeGeldigheid = q.date('datumEindeGeldigheid');
        const ander = q.boolean('anderObjecttype');
        const objecttype = q.string('objecttype', { max: 200 });
        const relatie = q.string('relatieOmschrijving', { max: 80 });
        if (ander !== undefined) filter.extra!.push(sql`c.ander_objecttype = ${ander}`);
        if (objecttype !== undefined) filter.extra!.push(sql`c.objecttype = ${objecttype}`);
        if (relatie !== undefined) filter.extra!.push(sql`c.relatie_omschrijving = ${relatie}`);
      } else {
        filter.status = status(q);
      }
      if (kind === 'roltypen') {
        const generiek = q.choice('omschrijvingGeneriek', ROLTYPE_OMSCHRIJVINGEN_GENERIEK);
        if (generiek) filter.extra!.push(sql`c.omschrijving_generiek = ${generiek}`);
      }
      if (kind === 'zaaktype-informatieobjecttypen') {
        const richting = q.choice('richting', RICHTINGEN);
        if (richting) filter.extra!.push(sql`c.richting = ${richting}`);
        const iot = q.string('informatieobjecttype', { max: 1000 });
        if (iot !== undefined) {
          const ref = urlOrName(ctx.slug(request), iot, 'informatieobjecttypen');
          if ('name' in ref) filter.extra!.push(sql`c.informatieobjecttype = ${iot}`);
          else if ('id' in ref) filter.extra!.push(sql`EXISTS (SELECT 1 FROM catalogi_informatieobjecttypen i WHERE i.id = ${ref.id}::uuid AND i.catalogus_id = z.catalogus_id AND i.omschrijving = c.informatieobjecttype)`);
          else filter.extra!.push(sql`false`);
        }
      }
      const page = q.page();
      q.done();
      return inTenant(ctx, request, async (tx) => {
        const { count, rows } = await queryChildren(tx, kind, filter, pageOf(page));
        return paginate(request, ctx.root(request), page, count, await render(ctx, request, tx, kind, rows));
      });
    });

    app.get(`/${kind}/:uuid`, READ, async (request) => inTenant(ctx, request, (tx) => renderOne(ctx, request, tx, kind, uuidParam(request))));

    app.post(`/${kind}`, WRITE, async (request, reply) => {
      const body = await inTenant(ctx, request, async (tx) => {
        const f = new Fields(request.body, ctx.slug(request));
        const z = await targetZaaktype(f, tx, true);
        if (kind === 'zaakobjecttypen') {
          const input = zaakobjecttypeInput(f);
          f.ref('catalogus', 'catalogi', 'catalogussen');
          f.date('beginGeldigheid');
          f.done(FIELDS[kind]);
          refuseNonConcept(z!);
          const id = await attempt(() => createZaakobjecttype(tx, actorOf(request), z!.id, input));
          return renderOne(ctx, request, tx, kind, id);
        }
        // Without a usable zaaktype the other fields are still checked, so every problem is named at once.
        const entry = await readChild(kind, f, tx, z ?? ({ statustypen: [], eigenschappen: [], catalogus: '', identificatie: '', versie: 0 } as unknown as Zaaktype), undefined);
        f.done(FIELDS[kind]);
        if (!z) throw zgwNotFound();
        refuseNonConcept(z);
        const id = randomUUID();
        const input = zaaktypeToInput(z);
        const list = input[LISTS[kind]] as unknown as Record<string, unknown>[];
        list.push({ ...entry, id });
        await attempt(() => updateZaaktype(tx, actorOf(request), z.id, input, { newChildIds: [id] }).catch((e) => renameProblems(e, LISTS[kind], list.length - 1)));
        return renderOne(ctx, request, tx, kind, id);
      });
      return reply.status(201).send(body);
    });

    const write = (partial: boolean) => async (request: FastifyRequest) => inTenant(ctx, request, async (tx) => {
      const id = uuidParam(request);
      const zaaktypeId = await childZaaktype(tx, kind, id);
      if (!zaaktypeId) throw zgwNotFound();
      const z = (await getZaaktype(tx, zaaktypeId))!;
      const f = new Fields(request.body, ctx.slug(request), { partial });
      const target = await targetZaaktype(f, tx, true);
      if (target && target.id !== z.id) f.add('zaaktype', 'invalid', 'Een onderdeel kan niet naar een ander zaaktype worden verplaatst.');
      refuseNonConcept(z);
      if (kind === 'zaakobjecttypen') {
        const current = (await queryChildren<ZaakobjecttypeRow>(tx, kind, { id }, pageOf(1))).rows[0]!;
        const input = zaakobjecttypeInput(f, { anderObjecttype: current.ander_objecttype, objecttype: current.objecttype, relatieOmschrijving: current.relatie_omschrijving });
        f.ref('catalogus', 'catalogi', 'catalogussen');
        f.date('beginGeldigheid');
        f.done(FIELDS[kind]);
        await attempt(() => updateZaakobjecttype(tx, actorOf(request), id, z.id, input));
        return renderOne(ctx, request, tx, kind, id);
      }
      const input = zaaktypeToInput(z);
      const list = input[LISTS[kind]] as unknown as Record<string, unknown>[];
      const index = list.findIndex((c) => c.id === id);
      const entry = await readChild(kind, f, tx, z, partial ? list[index] : undefined);
      f.done(FIELDS[kind]);
      list[index] = { ...entry, id };
      await attempt(() => updateZaaktype(tx, actorOf(request), z.id, input, { actie: 'update' }).catch((e) => renameProblems(e, LISTS[kind], index)));
      return renderOne(ctx, request, tx, kind, id);
    });
    app.put(`/${kind}/:uuid`, WRITE, write(false));
    app.patch(`/${kind}/:uuid`, WRITE, write(true));

    app.delete(`/${kind}/:uuid`, WRITE, async (request, reply) => {
      await inTenant(ctx, request, async (tx) => {
        const id = uuidParam(request);
        const zaaktypeId = await childZaaktype(tx, kind, id);
        if (!zaaktypeId) throw zgwNotFound();
        const z = (await getZaaktype(tx, zaaktypeId))!;
        refuseNonConcept(z);
        if (kind === 'zaakobjecttypen') return attempt(() => deleteZaakobjecttype(tx, actorOf(request), id, z.id));
        const input = zaaktypeToInput(z);
        const key = LISTS[kind];
        (input as unknown as Record<string, Record<string, unknown>[]>)[key] = (input[key] as unknown as Record<string, unknown>[]).filter((c) => c.id !== id);
        if (kind === 'statustypen') {
          // References to the removed statustype go with it.
          const gone = z.statustypen.find((s) => s.id === id)!.volgnummer;
          for (const e of input.eigenschappen ?? []) if (e.statustypeVolgnummer === gone) e.statustypeVolgnummer = null;
          for (const i of input.informatieobjecttypen ?? []) if (i.statustypeVolgnummer === gone) i.statustypeVolgnummer = null;
        }
        if (kind === 'eigenschappen') {
          const naam = z.eigenschappen.find((e) => e.id === id)!.naam;
          for (const s of input.statustypen) s.eigenschappen = (s.eigenschappen ?? []).filter((n) => n !== naam);
        }
        await attempt(() => updateZaaktype(tx, actorOf(request), z.id, input));
        return undefined;
      });
      return reply.status(204).send();
    });
  }
}

function zaakobjecttypeInput(f: Fields, base?: { anderObjecttype: boolean; objecttype: string; relatieOmschrijving: string }) {
  return {
    anderObjecttype: f.boolean('anderObjecttype', { required: true }) ?? base?.anderObjecttype ?? false,
    objecttype: f.url('objecttype', { required: true, max: 200, blank: false }) ?? base?.objecttype ?? '',
    relatieOmschrijving: f.string('relatieOmschrijving', { required: true, max: 80, blank: false }) ?? base?.relatieOmschrijving ?? '',
  };
}
