/**
 * Reading the catalogue page by page for the Catalogi API: one SQL query for a page (filters in
 * SQL) plus one count, and the relations of a whole page in one query per kind. Dates come back
 * as 'YYYY-MM-DD' text. Row-level security keeps every municipality to its own catalogue.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Tx } from '../../platform/db/database.js';
import { isoDateInNL, pickVersion } from './service.js';
import type { IsoDate } from './types.js';

export type ConceptStatus = 'alles' | 'concept' | 'definitief';

export interface Page {
  limit: number;
  offset: number;
}

export interface Counted<T> {
  count: number;
  rows: T[];
}

/** One condition per given filter, joined with AND. */
function where(conditions: (SQL | undefined | false)[]): SQL {
  const given = conditions.filter((c): c is SQL => Boolean(c));
  return given.length ? sql`WHERE ${sql.join(given, sql` AND `)}` : sql``;
}

function textArray(values: readonly string[]): SQL {
  return values.length ? sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]` : sql`'{}'::text[]`;
}

function uuidArray(values: readonly string[]): SQL {
  return values.length ? sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::uuid[]` : sql`'{}'::uuid[]`;
}

/** concept filter of the standard: definitief (the default), concept or alles. */
function statusCondition(column: SQL, status: ConceptStatus | undefined): SQL | undefined {
  if (status === 'alles') return undefined;
  return status === 'concept' ? sql`${column}` : sql`NOT ${column}`;
}

function validOn(alias: string, date: IsoDate | undefined): SQL | undefined {
  if (!date) return undefined;
  const a = sql.raw(alias);
  return sql`${a}.begin_geldigheid <= ${date}::date AND (${a}.einde_geldigheid IS NULL OR ${a}.einde_geldigheid >= ${date}::date)`;
}

async function counted<T>(tx: Tx, select: SQL, from: SQL, filter: SQL, order: SQL, page: Page): Promise<Counted<T>> {
  const [total] = await rowsOf<{ n: number }>(tx, sql`SELECT count(*)::int AS n ${from} ${filter}`);
  const count = total?.n ?? 0;
  if (!count || page.offset >= count) return { count, rows: [] };
  const rows = await rowsOf<T>(tx, sql`SELECT ${select} ${from} ${filter} ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}`);
  return { count, rows };
}

// ---------------------------------------------------------------------------------------------
// Catalogussen
// ---------------------------------------------------------------------------------------------

export interface CatalogusRow {
  id: string; domein: string; rsin: string; contactpersoon_beheer_naam: string; contactpersoon_beheer_telefoonnummer: string;
  contactpersoon_beheer_emailadres: string; naam: string | null; versie: string | null; begindatum_versie: string | null;
  zaaktypen: string[]; besluittypen: string[]; informatieobjecttypen: string[];
}

export async function queryCatalogussen(tx: Tx, f: { id?: string; domein?: string[]; rsin?: string[] }, page: Page): Promise<Counted<CatalogusRow>> {
  return counted<CatalogusRow>(tx, sql`c.id, c.domein, c.rsin, c.contactpersoon_beheer_naam, c.contactpersoon_beheer_telefoonnummer, c.contactpersoon_beheer_emailadres,
      c.naam, c.versie, c.begindatum_versie::text AS begindatum_versie,
      ARRAY(SELECT z.id::text FROM catalogi_zaaktypen z WHERE z.catalogus_id = c.id ORDER BY z.identificatie, z.versie) AS zaaktypen,
      ARRAY(SELECT b.id::text FROM catalogi_besluittypen b WHERE b.catalogus_id = c.id ORDER BY b.omschrijving, b.begin_geldigheid) AS besluittypen,
      ARRAY(SELECT i.id::text FROM catalogi_informatieobjecttypen i WHERE i.catalogus_id = c.id ORDER BY i.omschrijving, i.begin_geldigheid) AS informatieobjecttypen`,
  sql`FROM catalogi_catalogi c`,
  where([f.id ? sql`c.id = ${f.id}::uuid` : undefined, f.domein ? sql`c.domein = ANY(${textArray(f.domein)})` : undefined, f.rsin ? sql`c.rsin = ANY(${textArray(f.rsin)})` : undefined]),
  sql`c.created_at, c.domein`, page);
}

// ---------------------------------------------------------------------------------------------
// Versions of informatieobjecttypen and besluittypen, and their resolution by omschrijving
// ---------------------------------------------------------------------------------------------

export interface TypeVersion {
  id: string; catalogus_id: string; omschrijving: string; begin_geldigheid: IsoDate; einde_geldigheid: IsoDate | null; concept: boolean;
}

type VersionedTable = 'catalogi_informatieobjecttypen' | 'catalogi_besluittypen';

/** Every version of these omschrijvingen in these catalogues (one query). */
export async function typeVersions(tx: Tx, table: VersionedTable, catalogusIds: string[], omschrijvingen: string[]): Promise<TypeVersion[]> {
  if (!catalogusIds.length || !omschrijvingen.length) return [];
  return rowsOf<TypeVersion>(tx, sql`SELECT id, catalogus_id, omschrijving, begin_geldigheid::text AS begin_geldigheid, einde_geldigheid::text AS einde_geldigheid, concept
    FROM ${sql.raw(table)} WHERE catalogus_id = ANY(${uuidArray([...new Set(catalogusIds)])}) AND omschrijving = ANY(${textArray([...new Set(omschrijvingen)])})`);
}

/** Today, kept within a version's validity: the date at which related types are resolved. */
export function referenceDate(g: { begin: IsoDate; einde: IsoDate | null }): IsoDate {
  const today = isoDateInNL(new Date());
  if (today < g.begin) return g.begin;
  if (g.einde && today > g.einde) return g.einde;
  return today;
}

/** The version of an omschrijving that applies on a date (published valid then, else latest published, else the concept). */
export function resolveVersion(versions: TypeVersion[], catalogusId: string, omschrijving: string, date: IsoDate): TypeVersion | undefined {
  const candidates = versions.filter((v) => v.catalogus_id === catalogusId && v.omschrijving === omschrijving)
    .map((v) => ({ ...v, beginGeldigheid: v.begin_geldigheid, eindeGeldigheid: v.einde_geldigheid }));
  return pickVersion(candidates, date);
}

export interface VersionedRow {
  id: string; catalogus_id: string; omschrijving: string; begin_geldigheid: IsoDate; einde_geldigheid: IsoDate | null; concept: boolean;
  begin_object: IsoDate | null; einde_object: IsoDate | null;
}

export interface InformatieobjecttypeRow extends VersionedRow {
  vertrouwelijkheidaanduiding: string; informatieobjectcategorie: string; trefwoord: string[];
  omschrijving_generiek: Record<string, string | null> | null;
}

export interface BesluittypeRow extends VersionedRow {
  omschrijving_generiek: string; besluitcategorie: string; reactietermijn: string | null; publicatie_indicatie: boolean; publicatietekst: string;
  publicatietermijn: string | null; toelichting: string; informatieobjecttypen: string[];
}

function spanColumns(table: VersionedTable, alias: string): SQL {
  const t = sql.raw(table);
  const a = sql.raw(alias);
  return sql`(SELECT min(v.begin_geldigheid) FROM ${t} v WHERE v.catalogus_id = ${a}.catalogus_id AND v.omschrijving = ${a}.omschrijving AND NOT v.concept)::text AS begin_object,
    (SELECT v.einde_geldigheid FROM ${t} v WHERE v.catalogus_id = ${a}.catalogus_id AND v.omschrijving = ${a}.omschrijving AND NOT v.concept ORDER BY v.begin_geldigheid DESC LIMIT 1)::text AS einde_object`;
}

const VERSIONED = sql`t.id, t.catalogus_id, t.omschrijving, t.begin_geldigheid::text AS begin_geldigheid, t.einde_geldigheid::text AS einde_geldigheid, t.concept`;

export async function queryInformatieobjecttypen(tx: Tx, f: { id?: string; catalogus?: string | null; status?: ConceptStatus; datumGeldigheid?: IsoDate; omschrijving?: string; ids?: string[] }, page: Page): Promise<Counted<InformatieobjecttypeRow>> {
  return counted<InformatieobjecttypeRow>(tx, sql`${VERSIONED}, t.vertrouwelijkheidaanduiding, t.informatieobjectcategorie, t.trefwoord, t.omschrijving_generiek, ${spanColumns('catalogi_informatieobjecttypen', 't')}`,
    sql`FROM catalogi_informatieobjecttypen t`,
    where([
      f.id ? sql`t.id = ${f.id}::uuid` : statusCondition(sql`t.concept`, f.status),
      f.ids ? sql`t.id = ANY(${uuidArray(f.ids)})` : undefined,
      f.catalogus === null ? sql`false` : f.catalogus ? sql`t.catalogus_id = ${f.catalogus}::uuid` : undefined,
      validOn('t', f.datumGeldigheid),
      f.omschrijving !== undefined ? sql`t.omschrijving = ${f.omschrijving}` : undefined,
    ]), sql`t.omschrijving, t.begin_geldigheid, t.id`, page);
}

export async function queryBesluittypen(tx: Tx, f: { id?: string; catalogus?: string | null; status?: ConceptStatus; datumGeldigheid?: IsoDate; omschrijving?: string; zaaktype?: string | null; informatieobjecttype?: string | null }, page: Page): Promise<Counted<BesluittypeRow>> {
  return counted<BesluittypeRow>(tx, sql`${VERSIONED}, t.omschrijving_generiek, t.besluitcategorie, t.reactietermijn, t.publicatie_indicatie, t.publicatietekst,
      t.publicatietermijn, t.toelichting, t.informatieobjecttypen, ${spanColumns('catalogi_besluittypen', 't')}`,
    sql`FROM catalogi_besluittypen t`,
    where([
      f.id ? sql`t.id = ${f.id}::uuid` : statusCondition(sql`t.concept`, f.status),
      f.catalogus === null ? sql`false` : f.catalogus ? sql`t.catalogus_id = ${f.catalogus}::uuid` : undefined,
      validOn('t', f.datumGeldigheid),
      f.omschrijving !== undefined ? sql`t.omschrijving = ${f.omschrijving}` : undefined,
      f.zaaktype === null ? sql`false` : f.zaaktype ? sql`EXISTS (SELECT 1 FROM catalogi_zaaktypen z WHERE z.id = ${f.zaaktype}::uuid AND z.catalogus_id = t.catalogus_id AND t.omschrijving = ANY(z.besluittypen))` : undefined,
      f.informatieobjecttype === null ? sql`false` : f.informatieobjecttype ? sql`EXISTS (SELECT 1 FROM catalogi_informatieobjecttypen i WHERE i.id = ${f.informatieobjecttype}::uuid AND i.catalogus_id = t.catalogus_id AND i.omschrijving = ANY(t.informatieobjecttypen))` : undefined,
    ]), sql`t.omschrijving, t.begin_geldigheid, t.id`, page);
}

/** Per besluittype (omschrijving, catalogus): the zaaktypen and resultaattypen that name it. */
export async function besluittypeUsers(tx: Tx, pairs: { catalogus: string; omschrijving: string }[]): Promise<{ zaaktypen: { id: string; catalogus_id: string; besluittype: string }[]; resultaattypen: { id: string; omschrijving: string; catalogus_id: string; besluittype: string }[] }> {
  if (!pairs.length) return { zaaktypen: [], resultaattypen: [] };
  const cats = uuidArray([...new Set(pairs.map((p) => p.catalogus))]);
  const names = textArray([...new Set(pairs.map((p) => p.omschrijving))]);
  const zaaktypen = await rowsOf<{ id: string; catalogus_id: string; besluittype: string }>(tx, sql`SELECT z.id, z.catalogus_id, b AS besluittype
    FROM catalogi_zaaktypen z CROSS JOIN LATERAL unnest(z.besluittypen) b WHERE z.catalogus_id = ANY(${cats}) AND b = ANY(${names}) ORDER BY z.identificatie, z.versie`);
  const resultaattypen = await rowsOf<{ id: string; omschrijving: string; catalogus_id: string; besluittype: string }>(tx, sql`SELECT r.id, r.omschrijving, z.catalogus_id, b AS besluittype
    FROM catalogi_resultaattypen r JOIN catalogi_zaaktypen z ON z.id = r.zaaktype_id CROSS JOIN LATERAL unnest(r.besluittypen) b
    WHERE z.catalogus_id = ANY(${cats}) AND b = ANY(${names}) ORDER BY z.identificatie, z.versie, r.omschrijving`);
  return { zaaktypen, resultaattypen };
}

/** Per informatieobjecttype (omschrijving, catalogus): the zaaktypen (via zaaktype-informatieobjecttypen) and besluittypen that name it. */
export async function informatieobjecttypeUsers(tx: Tx, pairs: { catalogus: string; omschrijving: string }[]): Promise<{ zaaktypen: { id: string; catalogus_id: string; iot: string }[]; besluittypen: { id: string; catalogus_id: string; iot: string }[] }> {
  if (!pairs.length) return { zaaktypen: [], besluittypen: [] };
  const cats = uuidArray([...new Set(pairs.map((p) => p.catalogus))]);
  const names = textArray([...new Set(pairs.map((p) => p.omschrijving))]);
  const zaaktypen = await rowsOf<{ id: string; catalogus_id: string; iot: string }>(tx, sql`SELECT DISTINCT z.id, z.catalogus_id, zi.informatieobjecttype AS iot, z.identificatie, z.versie
    FROM catalogi_zaaktype_informatieobjecttypen zi JOIN catalogi_zaaktypen z ON z.id = zi.zaaktype_id
    WHERE z.catalogus_id = ANY(${cats}) AND zi.informatieobjecttype = ANY(${names}) ORDER BY z.identificatie, z.versie`);
  const besluittypen = await rowsOf<{ id: string; catalogus_id: string; iot: string }>(tx, sql`SELECT b.id, b.catalogus_id, i AS iot
    FROM catalogi_besluittypen b CROSS JOIN LATERAL unnest(b.informatieobjecttypen) i WHERE b.catalogus_id = ANY(${cats}) AND i = ANY(${names}) ORDER BY b.omschrijving, b.begin_geldigheid`);
  return { zaaktypen, besluittypen };
}

// ---------------------------------------------------------------------------------------------
// Zaaktypen
// ---------------------------------------------------------------------------------------------

export interface ZaaktypeRow {
  id: string; catalogus_id: string; identificatie: string; versie: number; omschrijving: string; omschrijving_generiek: string; vertrouwelijkheidaanduiding: string;
  doel: string; aanleiding: string; toelichting: string; indicatie_intern_of_extern: string; handeling_initiator: string; onderwerp: string;
  handeling_behandelaar: string; doorlooptijd: string; servicenorm: string | null; opschorting_en_aanhouding_mogelijk: boolean; verlenging_mogelijk: boolean;
  verlengingstermijn: string | null; trefwoorden: string[]; publicatie_indicatie: boolean; publicatietekst: string; verantwoordingsrelatie: string[];
  producten_of_diensten: string[]; selectielijst_procestype: string; referentieproces: { naam: string; link: string }; verantwoordelijke: string;
  broncatalogus: { url: string; domein: string; rsin: string } | null; bronzaaktype: { url: string; identificatie: string; omschrijving: string } | null;
  deelzaaktypen: string[]; gerelateerde_zaaktypen: { zaaktype: string; aardRelatie: string; toelichting: string }[]; besluittypen: string[];
  begin_geldigheid: IsoDate; einde_geldigheid: IsoDate | null; versiedatum: IsoDate; concept: boolean; begin_object: IsoDate | null; einde_object: IsoDate | null;
  statustypen: string[]; resultaattypen: string[]; eigenschappen: string[]; roltypen: string[]; zaakobjecttypen: string[]; ziot: string[];
}

function zaaktypeSpan(alias: string): SQL {
  const a = sql.raw(alias);
  return sql`(SELECT min(v.begin_geldigheid) FROM catalogi_zaaktypen v WHERE v.catalogus_id = ${a}.catalogus_id AND v.identificatie = ${a}.identificatie AND NOT v.concept)::text AS begin_object,
    (SELECT v.einde_geldigheid FROM catalogi_zaaktypen v WHERE v.catalogus_id = ${a}.catalogus_id AND v.identificatie = ${a}.identificatie AND NOT v.concept ORDER BY v.begin_geldigheid DESC LIMIT 1)::text AS einde_object`;
}

export async function queryZaaktypen(tx: Tx, f: { id?: string; catalogus?: string | null; identificatie?: string; trefwoorden?: string[]; status?: ConceptStatus; datumGeldigheid?: IsoDate }, page: Page): Promise<Counted<ZaaktypeRow>> {
  return counted<ZaaktypeRow>(tx, sql`z.id, z.catalogus_id, z.identificatie, z.versie, z.omschrijving, z.omschrijving_generiek, z.vertrouwelijkheidaanduiding, z.doel, z.aanleiding,
      z.toelichting, z.indicatie_intern_of_extern, z.handeling_initiator, z.onderwerp, z.handeling_behandelaar, z.doorlooptijd, z.servicenorm,
      z.opschorting_en_aanhouding_mogelijk, z.verlenging_mogelijk, z.verlengingstermijn, z.trefwoorden, z.publicatie_indicatie, z.publicatietekst,
      z.verantwoordingsrelatie, z.producten_of_diensten, z.selectielijst_procestype, z.referentieproces, z.verantwoordelijke, z.broncatalogus, z.bronzaaktype,
      z.deelzaaktypen, z.gerelateerde_zaaktypen, z.besluittypen, z.begin_geldigheid::text AS begin_geldigheid, z.einde_geldigheid::text AS einde_geldigheid,
      z.versiedatum::text AS versiedatum, z.concept, ${zaaktypeSpan('z')},
      ARRAY(SELECT s.id::text FROM catalogi_statustypen s WHERE s.zaaktype_id = z.id ORDER BY s.volgnummer) AS statustypen,
      ARRAY(SELECT r.id::text FROM catalogi_resultaattypen r WHERE r.zaaktype_id = z.id ORDER BY r.omschrijving) AS resultaattypen,
      ARRAY(SELECT e.id::text FROM catalogi_eigenschappen e WHERE e.zaaktype_id = z.id ORDER BY e.position, e.naam) AS eigenschappen,
      ARRAY(SELECT r.id::text FROM catalogi_roltypen r WHERE r.zaaktype_id = z.id ORDER BY r.position, r.omschrijving) AS roltypen,
      ARRAY(SELECT o.id::text FROM catalogi_zaakobjecttypen o WHERE o.zaaktype_id = z.id ORDER BY o.position, o.id) AS zaakobjecttypen,
      ARRAY(SELECT zi.informatieobjecttype FROM catalogi_zaaktype_informatieobjecttypen zi WHERE zi.zaaktype_id = z.id ORDER BY zi.volgnummer) AS ziot`,
  sql`FROM catalogi_zaaktypen z`,
  where([
    f.id ? sql`z.id = ${f.id}::uuid` : statusCondition(sql`z.concept`, f.status),
    f.catalogus === null ? sql`false` : f.catalogus ? sql`z.catalogus_id = ${f.catalogus}::uuid` : undefined,
    f.identificatie !== undefined ? sql`z.identificatie = ${f.identificatie}` : undefined,
    f.trefwoorden?.length ? sql`z.trefwoorden @> ${textArray(f.trefwoorden)}` : undefined,
    validOn('z', f.datumGeldigheid),
  ]), sql`z.identificatie, z.versie`, page);
}

/** The zaaktype versions with these identificaties in these catalogues (deelzaaktypen, gerelateerde zaaktypen). */
export async function zaaktypeVersions(tx: Tx, catalogusIds: string[], identificaties: string[]): Promise<{ id: string; catalogus_id: string; identificatie: string; begin_geldigheid: IsoDate; einde_geldigheid: IsoDate | null; concept: boolean }[]> {
  if (!catalogusIds.length || !identificaties.length) return [];
  return rowsOf(tx, sql`SELECT id, catalogus_id, identificatie, begin_geldigheid::text AS begin_geldigheid, einde_geldigheid::text AS einde_geldigheid, concept
    FROM catalogi_zaaktypen WHERE catalogus_id = ANY(${uuidArray([...new Set(catalogusIds)])}) AND identificatie = ANY(${textArray([...new Set(identificaties)])})`);
}

// ---------------------------------------------------------------------------------------------
// Children of a zaaktype version
// ---------------------------------------------------------------------------------------------

/** What every child row carries of its zaaktype version. */
export interface ChildContextRow {
  id: string; zaaktype_id: string; zaaktype_identificatie: string; catalogus_id: string; zaaktype_concept: boolean;
  begin_geldigheid: IsoDate; einde_geldigheid: IsoDate | null; begin_object: IsoDate | null; einde_object: IsoDate | null;
}

export type ChildKind = 'statustypen' | 'resultaattypen' | 'roltypen' | 'eigenschappen' | 'zaaktype-informatieobjecttypen' | 'zaakobjecttypen';

const CHILD_TABLES: Record<ChildKind, { table: string; columns: SQL; order: SQL }> = {
  statustypen: {
    table: 'catalogi_statustypen',
    columns: sql`c.omschrijving, c.omschrijving_generiek, c.statustekst, c.volgnummer, c.informeren, c.doorlooptijd, c.toelichting, c.checklistitem_statustype,
      (c.volgnummer = (SELECT max(s2.volgnummer) FROM catalogi_statustypen s2 WHERE s2.zaaktype_id = c.zaaktype_id)) AS is_eindstatus,
      ARRAY(SELECT e.id::text FROM catalogi_eigenschappen e WHERE e.zaaktype_id = c.zaaktype_id AND e.naam = ANY(c.eigenschappen) ORDER BY e.position) AS eigenschappen`,
    order: sql`z.identificatie, z.versie, c.volgnummer`,
  },
  resultaattypen: {
    table: 'catalogi_resultaattypen',
    columns: sql`c.omschrijving, c.resultaattypeomschrijving, c.omschrijving_generiek, c.selectielijstklasse, c.toelichting, c.archiefnominatie, c.archiefactietermijn,
      c.brondatum_archiefprocedure, c.procesobjectaard, c.indicatie_specifiek, c.procestermijn, c.besluittypen, c.informatieobjecttypen`,
    order: sql`z.identificatie, z.versie, c.omschrijving`,
  },
  roltypen: { table: 'catalogi_roltypen', columns: sql`c.omschrijving, c.omschrijving_generiek`, order: sql`z.identificatie, z.versie, c.position, c.omschrijving` },
  eigenschappen: {
    table: 'catalogi_eigenschappen',
    columns: sql`c.naam, c.definitie, c.specificatie, c.toelichting, c.statustype_id`,
    order: sql`z.identificatie, z.versie, c.position, c.naam`,
  },
  'zaaktype-informatieobjecttypen': {
    table: 'catalogi_zaaktype_informatieobjecttypen',
    columns: sql`c.informatieobjecttype, c.volgnummer, c.richting, c.statustype_id`,
    order: sql`z.identificatie, z.versie, c.volgnummer`,
  },
  zaakobjecttypen: {
    table: 'catalogi_zaakobjecttypen',
    columns: sql`c.ander_objecttype, c.objecttype, c.relatie_omschrijving`,
    order: sql`z.identificatie, z.versie, c.position, c.id`,
  },
};

export interface ChildFilter {
  id?: string;
  zaaktype?: string | null;
  zaaktypeIdentificatie?: string;
  catalogus?: string | null;
  status?: ConceptStatus;
  datumGeldigheid?: IsoDate;
  datumBeginGeldigheid?: IsoDate;
  datumEindeGeldigheid?: IsoDate;
  /** Extra conditions on the child table (alias c). */
  extra?: SQL[];
}

export async function queryChildren<T extends ChildContextRow>(tx: Tx, kind: ChildKind, f: ChildFilter, page: Page): Promise<Counted<T>> {
  const def = CHILD_TABLES[kind];
  return counted<T>(tx, sql`c.id, c.zaaktype_id, z.identificatie AS zaaktype_identificatie, z.catalogus_id, z.concept AS zaaktype_concept,
      z.begin_geldigheid::text AS begin_geldigheid, z.einde_geldigheid::text AS einde_geldigheid, ${zaaktypeSpan('z')}, ${def.columns}`,
  sql`FROM ${sql.raw(def.table)} c JOIN catalogi_zaaktypen z ON z.id = c.zaaktype_id`,
  where([
    f.id ? sql`c.id = ${f.id}::uuid` : statusCondition(sql`z.concept`, f.status),
    f.zaaktype === null ? sql`false` : f.zaaktype ? sql`c.zaaktype_id = ${f.zaaktype}::uuid` : undefined,
    f.catalogus === null ? sql`false` : f.catalogus ? sql`z.catalogus_id = ${f.catalogus}::uuid` : undefined,
    f.zaaktypeIdentificatie !== undefined ? sql`z.identificatie = ${f.zaaktypeIdentificatie}` : undefined,
    validOn('z', f.datumGeldigheid),
    f.datumBeginGeldigheid ? sql`z.begin_geldigheid = ${f.datumBeginGeldigheid}::date` : undefined,
    f.datumEindeGeldigheid ? sql`z.einde_geldigheid = ${f.datumEindeGeldigheid}::date` : undefined,
    ...(f.extra ?? []),
  ]), def.order, page);
}

/** The zaaktype version a child belongs to, or undefined. */
export async function childZaaktype(tx: Tx, kind: ChildKind, id: string): Promise<string | undefined> {
  const [row] = await rowsOf<{ zaaktype_id: string }>(tx, sql`SELECT zaaktype_id FROM ${sql.raw(CHILD_TABLES[kind].table)} WHERE id = ${id}::uuid`);
  return row?.zaaktype_id;
}
