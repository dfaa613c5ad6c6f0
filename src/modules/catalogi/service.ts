/**
 * The zaaktypecatalogus: reading versions with all their children, and writing by functioneel
 * beheer (concepts, publishing, new versions). Every function takes the caller's transaction
 * (`tx` from `database.withTenant`) so that other modules can compose their writes with ours;
 * row-level security keeps every municipality to its own catalogue.
 */
import { dateInNl, isUuid } from '../../platform/values.js';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { actorLabel, requirePermission, type Actor } from '../../platform/auth/access.js';
import { currentTenant, type Tx } from '../../platform/db/database.js';
import { ShortCache } from '../../platform/short-cache.js';
import { HttpError, type InvalidParam } from '../../platform/http/problem.js';
import { validateRuleSet } from './rules.js';
import {
  besluittypen as besluittypenTable, catalogi as catalogiTable, eigenschappen as eigenschappenTable, history as historyTable,
  informatieobjecttypen as iotTable, resultaattypen as resultaattypenTable, roltypen as roltypenTable,
  statustypen as statustypenTable, zaaktypeInformatieobjecttypen as ziotTable, zaaktypen as zaaktypenTable,
} from './schema.js';
import type {
  Besluittype, BesluittypeInput, Catalogus, CatalogusInput, Eigenschap, Geldigheid, HistoryEntry, Informatieobjecttype,
  InformatieobjecttypeInput, IsoDate, Resultaattype, Roltype, RoltypeOmschrijvingGeneriek, Statustype, Zaaktype,
  ZaaktypeInformatieobjecttype, ZaaktypeInput, ZaaktypeSummary, Archiefnominatie, EigenschapFormaat, Richting,
  Vertrouwelijkheidaanduiding, IndicatieInternOfExtern,
} from './types.js';
import { validateBesluittypeInput, validateInformatieobjecttypeInput, validateZaaktypeInput } from './validation.js';
import { notify, zgwRef, type Actie } from '../notificaties/publish.js';

const PERMISSION = 'zaaktypen.beheren';

/**
 * The ZGW notification of a change of a zaaktype, informatieobjecttype or besluittype (kanalen
 * zaaktypen, informatieobjecttypen, besluittypen; kenmerk catalogus), in the same transaction:
 * changes made through our own pages notify exactly as those through the Catalogi API.
 */
export async function notifyCatalogi(tx: Tx, kind: 'zaaktype' | 'informatieobjecttype' | 'besluittype', id: string, catalogusId: string, actie: Actie): Promise<void> {
  forgetAssembledZaaktypen();
  const resource = `${kind}n`;
  const ref = zgwRef('catalogi', resource, id);
  await notify(tx, { kanaal: resource as 'zaaktypen', hoofdObject: ref, resource: kind, resourceUrl: ref, actie, kenmerken: { catalogus: zgwRef('catalogi', 'catalogussen', catalogusId) } });
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/** The calendar date in the Netherlands of a moment, as 'YYYY-MM-DD' (the platform's dateInNl). */
export const isoDateInNL = (moment: Date): IsoDate => dateInNl(moment);

/** 'YYYY-MM-DD' plus n days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function validOn(g: { beginGeldigheid: IsoDate; eindeGeldigheid: IsoDate | null }, date: IsoDate): boolean {
  return g.beginGeldigheid <= date && (g.eindeGeldigheid === null || g.eindeGeldigheid >= date);
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

function notFound(what: string): HttpError {
  return new HttpError(404, `Dit ${what} bestaat niet.`, [], 'not-found');
}

/** ztc-009: a published version is refused any change (except its end date). */
export function publishedImmutable(): HttpError {
  return new HttpError(409, 'Deze versie is gepubliceerd en kan niet meer worden gewijzigd of verwijderd. Maak een nieuwe versie om iets te veranderen.', [], 'non-concept-object');
}

function invalid(problems: InvalidParam[]): HttpError {
  return new HttpError(400, 'De invoer is niet geldig.', problems, 'invalid');
}

// ---------------------------------------------------------------------------------------------
// History
// ---------------------------------------------------------------------------------------------

async function record(tx: Tx, actor: Actor, entry: { objectType: HistoryEntry['objectType']; objectId: string; label: string; action: HistoryEntry['action']; changes?: HistoryEntry['changes'] }): Promise<void> {
  await tx.insert(historyTable).values({ ...entry, changes: entry.changes ?? {}, actor: actorLabel(actor) });
}

/** The history of one object (by id), or of every version of a zaaktype (by identificatie), newest first. */
export async function listHistory(tx: Tx, by: { objectId: string } | { zaaktypeIdentificatie: string }): Promise<HistoryEntry[]> {
  const where = 'objectId' in by
    ? eq(historyTable.objectId, by.objectId)
    : and(eq(historyTable.objectType, 'zaaktype'), eq(historyTable.label, by.zaaktypeIdentificatie));
  const rows = await tx.select().from(historyTable).where(where).orderBy(desc(historyTable.createdAt));
  return rows.map((r) => ({ id: r.id, objectType: r.objectType, objectId: r.objectId, label: r.label, action: r.action, actor: r.actor, changes: r.changes, createdAt: r.createdAt }));
}

function diff(before: Record<string, unknown>, after: Record<string, unknown>): HistoryEntry['changes'] {
  const changes: HistoryEntry['changes'] = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------
// Catalogus
// ---------------------------------------------------------------------------------------------

type CatalogusRow = typeof catalogiTable.$inferSelect;

function toCatalogus(r: CatalogusRow): Catalogus {
  return {
    id: r.id, domein: r.domein, rsin: r.rsin, contactpersoonBeheerNaam: r.contactpersoonBeheerNaam,
    contactpersoonBeheerTelefoonnummer: r.contactpersoonBeheerTelefoonnummer, contactpersoonBeheerEmailadres: r.contactpersoonBeheerEmailadres,
    naam: r.naam, versie: r.versie, begindatumVersie: r.begindatumVersie,
  };
}

export async function listCatalogi(tx: Tx): Promise<Catalogus[]> {
  return (await tx.select().from(catalogiTable).orderBy(asc(catalogiTable.createdAt), asc(catalogiTable.domein))).map(toCatalogus);
}

export async function getCatalogus(tx: Tx, id: string): Promise<Catalogus | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await tx.select().from(catalogiTable).where(eq(catalogiTable.id, id));
  return row ? toCatalogus(row) : undefined;
}

/** The municipality's (first) catalogue: where new types go unless another is named. */
export async function defaultCatalogus(tx: Tx): Promise<Catalogus | undefined> {
  return (await listCatalogi(tx))[0];
}

export async function createCatalogus(tx: Tx, actor: Actor, input: CatalogusInput): Promise<Catalogus> {
  requirePermission(actor, PERMISSION);
  const problems: InvalidParam[] = [];
  if (!/^.{1,5}$/.test(input.domein ?? '')) problems.push({ name: 'domein', code: 'invalid', reason: 'Vul een domein in van 1 tot 5 tekens.' });
  if (!/^[0-9]{9}$/.test(input.rsin ?? '')) problems.push({ name: 'rsin', code: 'invalid', reason: 'Vul een RSIN in van 9 cijfers.' });
  if (!input.contactpersoonBeheerNaam?.trim() || input.contactpersoonBeheerNaam.length > 40) problems.push({ name: 'contactpersoonBeheerNaam', code: 'required', reason: 'Vul de naam van de contactpersoon in (hoogstens 40 tekens).' });
  if (problems.length) throw invalid(problems);
  const [taken] = await tx.select({ id: catalogiTable.id }).from(catalogiTable).where(eq(catalogiTable.domein, input.domein));
  if (taken) throw new HttpError(409, 'Er is al een catalogus met dit domein.', [{ name: 'domein', code: 'unique', reason: 'Er is al een catalogus met dit domein.' }], 'unique');
  const [row] = await tx.insert(catalogiTable).values({
    domein: input.domein, rsin: input.rsin, contactpersoonBeheerNaam: input.contactpersoonBeheerNaam,
    contactpersoonBeheerTelefoonnummer: input.contactpersoonBeheerTelefoonnummer ?? '', contactpersoonBeheerEmailadres: input.contactpersoonBeheerEmailadres ?? '',
    naam: input.naam ?? null, versie: input.versie ?? null, begindatumVersie: input.begindatumVersie ?? null,
  }).returning();
  await record(tx, actor, { objectType: 'catalogus', objectId: row!.id, label: row!.domein, action: 'created' });
  return toCatalogus(row!);
}

async function catalogusFor(tx: Tx, id: string | undefined): Promise<string> {
  const catalogus = id ? await getCatalogus(tx, id) : await defaultCatalogus(tx);
  if (!catalogus) throw new HttpError(400, id ? 'Deze catalogus bestaat niet.' : 'Deze gemeente heeft nog geen zaaktypecatalogus.', [{ name: 'catalogus', code: 'does_not_exist', reason: 'Onbekende catalogus.' }], 'invalid');
  return catalogus.id;
}

// ---------------------------------------------------------------------------------------------
// Informatieobjecttypen and besluittypen (versioned by omschrijving)
// ---------------------------------------------------------------------------------------------

type IotRow = typeof iotTable.$inferSelect;
type BesluittypeRow = typeof besluittypenTable.$inferSelect;

/** First and last day of an object over its published versions. */
export function objectSpan(versions: { beginGeldigheid: IsoDate; eindeGeldigheid: IsoDate | null; concept: boolean }[]): { beginObject: IsoDate | null; eindeObject: IsoDate | null } {
  const published = versions.filter((v) => !v.concept).sort((a, b) => a.beginGeldigheid.localeCompare(b.beginGeldigheid));
  if (!published.length) return { beginObject: null, eindeObject: null };
  return { beginObject: published[0]!.beginGeldigheid, eindeObject: published[published.length - 1]!.eindeGeldigheid };
}

function toIot(r: IotRow, span: { beginObject: IsoDate | null; eindeObject: IsoDate | null }): Informatieobjecttype {
  return {
    id: r.id, catalogus: r.catalogusId, omschrijving: r.omschrijving, vertrouwelijkheidaanduiding: r.vertrouwelijkheidaanduiding as Vertrouwelijkheidaanduiding,
    informatieobjectcategorie: r.informatieobjectcategorie, trefwoord: r.trefwoord, omschrijvingGeneriek: r.omschrijvingGeneriek ?? null,
    beginGeldigheid: r.beginGeldigheid, eindeGeldigheid: r.eindeGeldigheid, ...span, concept: r.concept,
  };
}

function toBesluittype(r: BesluittypeRow, span: { beginObject: IsoDate | null; eindeObject: IsoDate | null }): Besluittype {
  return {
    id: r.id, catalogus: r.catalogusId, omschrijving: r.omschrijving, omschrijvingGeneriek: r.omschrijvingGeneriek, besluitcategorie: r.besluitcategorie,
    reactietermijn: r.reactietermijn, publicatieIndicatie: r.publicatieIndicatie, publicatietekst: r.publicatietekst, publicatietermijn: r.publicatietermijn,
    toelichting: r.toelichting, informatieobjecttypen: r.informatieobjecttypen, beginGeldigheid: r.beginGeldigheid, eindeGeldigheid: r.eindeGeldigheid,
    ...span, concept: r.concept,
  };
}

/** All versions of these informatieobjecttypen (by omschrijving) in a catalogue, as types. */
async function iotVersions(tx: Tx, catalogusId: string, omschrijvingen?: string[]): Promise<Informatieobjecttype[]> {
  if (omschrijvingen && !omschrijvingen.length) return [];
  const rows = await tx.select().from(iotTable).where(and(eq(iotTable.catalogusId, catalogusId), omschrijvingen ? inArray(iotTable.omschrijving, omschrijvingen) : undefined))
    .orderBy(asc(iotTable.omschrijving), asc(iotTable.beginGeldigheid));
  return rows.map((r) => toIot(r, objectSpan(rows.filter((x) => x.omschrijving === r.omschrijving))));
}

async function besluittypeVersions(tx: Tx, catalogusId: string, omschrijvingen?: string[]): Promise<Besluittype[]> {
  if (omschrijvingen && !omschrijvingen.length) return [];
  const rows = await tx.select().from(besluittypenTable).where(and(eq(besluittypenTable.catalogusId, catalogusId), omschrijvingen ? inArray(besluittypenTable.omschrijving, omschrijvingen) : undefined))
    .orderBy(asc(besluittypenTable.omschrijving), asc(besluittypenTable.beginGeldigheid));
  return rows.map((r) => toBesluittype(r, objectSpan(rows.filter((x) => x.omschrijving === r.omschrijving))));
}

/**
 * The version that applies on a date among the versions of one omschrijving: the published one
 * valid then, else the latest published one, else the concept.
 */
export function pickVersion<T extends { beginGeldigheid: IsoDate; eindeGeldigheid: IsoDate | null; concept: boolean }>(versions: T[], date: IsoDate): T | undefined {
  const published = versions.filter((v) => !v.concept).sort((a, b) => b.beginGeldigheid.localeCompare(a.beginGeldigheid));
  return published.find((v) => validOn(v, date)) ?? published[0] ?? versions.find((v) => v.concept);
}

export async function getInformatieobjecttype(tx: Tx, id: string): Promise<Informatieobjecttype | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await tx.select().from(iotTable).where(eq(iotTable.id, id));
  if (!row) return undefined;
  return (await iotVersions(tx, row.catalogusId, [row.omschrijving])).find((v) => v.id === id);
}

export async function getBesluittype(tx: Tx, id: string): Promise<Besluittype | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await tx.select().from(besluittypenTable).where(eq(besluittypenTable.id, id));
  if (!row) return undefined;
  return (await besluittypeVersions(tx, row.catalogusId, [row.omschrijving])).find((v) => v.id === id);
}

/** Every version of every informatieobjecttype of the municipality's catalogues. */
export async function listInformatieobjecttypen(tx: Tx, filter: { status?: 'concept' | 'published' | 'all' } = {}): Promise<Informatieobjecttype[]> {
  const all: Informatieobjecttype[] = [];
  for (const c of await listCatalogi(tx)) all.push(...await iotVersions(tx, c.id));
  return filterStatus(all, filter.status);
}

export async function listBesluittypen(tx: Tx, filter: { status?: 'concept' | 'published' | 'all' } = {}): Promise<Besluittype[]> {
  const all: Besluittype[] = [];
  for (const c of await listCatalogi(tx)) all.push(...await besluittypeVersions(tx, c.id));
  return filterStatus(all, filter.status);
}

function filterStatus<T extends { concept: boolean }>(list: T[], status: 'concept' | 'published' | 'all' = 'all'): T[] {
  return status === 'all' ? list : list.filter((x) => x.concept === (status === 'concept'));
}

export async function createInformatieobjecttype(tx: Tx, actor: Actor, input: InformatieobjecttypeInput, options: { catalogus?: string } = {}): Promise<Informatieobjecttype> {
  requirePermission(actor, PERMISSION);
  const problems = validateInformatieobjecttypeInput(input);
  if (problems.length) throw invalid(problems);
  const catalogusId = await catalogusFor(tx, options.catalogus);
  await refuseSecondVersion(tx, iotTable, catalogusId, input.omschrijving, input.beginGeldigheid);
  const [row] = await tx.insert(iotTable).values({
    catalogusId, omschrijving: input.omschrijving, vertrouwelijkheidaanduiding: input.vertrouwelijkheidaanduiding,
    informatieobjectcategorie: input.informatieobjectcategorie, trefwoord: input.trefwoord ?? [], omschrijvingGeneriek: input.omschrijvingGeneriek ?? null,
    beginGeldigheid: input.beginGeldigheid,
  }).returning({ id: iotTable.id });
  await record(tx, actor, { objectType: 'informatieobjecttype', objectId: row!.id, label: input.omschrijving, action: 'created' });
  await notifyCatalogi(tx, 'informatieobjecttype', row!.id, catalogusId, 'create');
  return (await getInformatieobjecttype(tx, row!.id))!;
}

export async function createBesluittype(tx: Tx, actor: Actor, input: BesluittypeInput, options: { catalogus?: string } = {}): Promise<Besluittype> {
  requirePermission(actor, PERMISSION);
  const problems = validateBesluittypeInput(input);
  if (problems.length) throw invalid(problems);
  const catalogusId = await catalogusFor(tx, options.catalogus);
  await refuseSecondVersion(tx, besluittypenTable, catalogusId, input.omschrijving, input.beginGeldigheid);
  const [row] = await tx.insert(besluittypenTable).values({
    catalogusId, omschrijving: input.omschrijving, omschrijvingGeneriek: input.omschrijvingGeneriek ?? '', besluitcategorie: input.besluitcategorie ?? '',
    reactietermijn: input.reactietermijn ?? null, publicatieIndicatie: input.publicatieIndicatie, publicatietekst: input.publicatietekst ?? '',
    publicatietermijn: input.publicatietermijn ?? null, toelichting: input.toelichting ?? '', informatieobjecttypen: input.informatieobjecttypen ?? [],
    beginGeldigheid: input.beginGeldigheid,
  }).returning({ id: besluittypenTable.id });
  await record(tx, actor, { objectType: 'besluittype', objectId: row!.id, label: input.omschrijving, action: 'created' });
  await notifyCatalogi(tx, 'besluittype', row!.id, catalogusId, 'create');
  return (await getBesluittype(tx, row!.id))!;
}

/** A new (concept) version of an omschrijving: one concept at a time, starting after the published ones. */
async function refuseSecondVersion(tx: Tx, table: typeof iotTable | typeof besluittypenTable, catalogusId: string, omschrijving: string, begin: IsoDate): Promise<void> {
  const versions = await tx.select({ concept: table.concept, beginGeldigheid: table.beginGeldigheid }).from(table)
    .where(and(eq(table.catalogusId, catalogusId), eq(table.omschrijving, omschrijving)));
  if (versions.some((v) => v.concept)) {
    throw new HttpError(409, 'Er is al een conceptversie met deze omschrijving. Werk die bij of publiceer die eerst.', [{ name: 'omschrijving', code: 'concept-exists', reason: 'Er is al een conceptversie met deze omschrijving.' }], 'concept-exists');
  }
  const latest = versions.map((v) => v.beginGeldigheid).sort().pop();
  if (latest && begin <= latest) {
    throw invalid([{ name: 'beginGeldigheid', code: 'geldigheid-overlap', reason: `Een nieuwe versie moet na de begindatum van de vorige versie (${latest}) beginnen.` }]);
  }
}

/** Publishes a concept informatieobjecttype; the previous version ends the day before this one starts. */
export async function publishInformatieobjecttype(tx: Tx, actor: Actor, id: string): Promise<Informatieobjecttype> {
  requirePermission(actor, PERMISSION);
  await publishVersioned(tx, actor, iotTable, 'informatieobjecttype', id);
  return (await getInformatieobjecttype(tx, id))!;
}

export async function publishBesluittype(tx: Tx, actor: Actor, id: string): Promise<Besluittype> {
  requirePermission(actor, PERMISSION);
  await publishVersioned(tx, actor, besluittypenTable, 'besluittype', id);
  return (await getBesluittype(tx, id))!;
}

async function publishVersioned(tx: Tx, actor: Actor, table: typeof iotTable | typeof besluittypenTable, objectType: 'informatieobjecttype' | 'besluittype', id: string): Promise<void> {
  if (!isUuid(id)) throw notFound(objectType);
  const [row] = await tx.select({ id: table.id, concept: table.concept, catalogusId: table.catalogusId, omschrijving: table.omschrijving, beginGeldigheid: table.beginGeldigheid })
    .from(table).where(eq(table.id, id)).for('update');
  if (!row) throw notFound(objectType);
  if (!row.concept) throw publishedImmutable();
  const previous = await tx.select({ id: table.id, eindeGeldigheid: table.eindeGeldigheid }).from(table)
    .where(and(eq(table.catalogusId, row.catalogusId), eq(table.omschrijving, row.omschrijving), eq(table.concept, false), sql`${table.beginGeldigheid} < ${row.beginGeldigheid}`));
  const end = addDays(row.beginGeldigheid, -1);
  for (const p of previous) {
    if (p.eindeGeldigheid === null || p.eindeGeldigheid > end) {
      await tx.update(table).set({ eindeGeldigheid: end, updatedAt: new Date() }).where(eq(table.id, p.id));
      await record(tx, actor, { objectType, objectId: p.id, label: row.omschrijving, action: 'ended', changes: { eindeGeldigheid: { from: p.eindeGeldigheid, to: end } } });
      await notifyCatalogi(tx, objectType, p.id, row.catalogusId, 'partial_update');
    }
  }
  await tx.update(table).set({ concept: false, publishedAt: new Date(), updatedAt: new Date() }).where(eq(table.id, id));
  await record(tx, actor, { objectType, objectId: id, label: row.omschrijving, action: 'published' });
  await notifyCatalogi(tx, objectType, id, row.catalogusId, 'publish');
}

// ---------------------------------------------------------------------------------------------
// Zaaktypen: reading
// ---------------------------------------------------------------------------------------------

type ZaaktypeRow = typeof zaaktypenTable.$inferSelect;

interface ChildContext extends Geldigheid {
  zaaktype: string;
  zaaktypeIdentificatie: string;
  catalogus: string;
}

/** One zaaktype version with all its children, or undefined. */
export async function getZaaktype(tx: Tx, id: string): Promise<Zaaktype | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await tx.select().from(zaaktypenTable).where(eq(zaaktypenTable.id, id));
  return row ? assemble(tx, row) : undefined;
}

/**
 * Published zaaktype versions as assembled, per municipality, version and revision: every new zaak,
 * status and handler reads its zaaktype, and a published version does not change. What it shows
 * of other objects (related types valid today, the span of its versions) may, so an entry lives
 * 5 seconds at most; any change of the catalogue in this process empties the cache at once.
 */
const assembledCache = new ShortCache<Zaaktype>(5_000, 5_000);

/** Empties the cache of assembled zaaktypen (called by every catalogue change). */
export function forgetAssembledZaaktypen(): void {
  assembledCache.clear();
}

async function assemble(tx: Tx, row: ZaaktypeRow): Promise<Zaaktype> {
  if (row.concept) return assembleNow(tx, row);
  const key = `${await currentTenant(tx)}:${row.id}:${row.revision}:${row.eindeGeldigheid ?? ''}`;
  // A copy each time: callers may change what they get.
  return structuredClone(await assembledCache.get(key, () => assembleNow(tx, row)));
}

async function assembleNow(tx: Tx, row: ZaaktypeRow): Promise<Zaaktype> {
  // One query after the other: a transaction is one connection (PGlite has only one).
  const versions = await tx.select({ beginGeldigheid: zaaktypenTable.beginGeldigheid, eindeGeldigheid: zaaktypenTable.eindeGeldigheid, concept: zaaktypenTable.concept })
    .from(zaaktypenTable).where(and(eq(zaaktypenTable.catalogusId, row.catalogusId), eq(zaaktypenTable.identificatie, row.identificatie)));
  const statusRows = await tx.select().from(statustypenTable).where(eq(statustypenTable.zaaktypeId, row.id)).orderBy(asc(statustypenTable.volgnummer));
  const resultaatRows = await tx.select().from(resultaattypenTable).where(eq(resultaattypenTable.zaaktypeId, row.id)).orderBy(asc(resultaattypenTable.omschrijving));
  const rolRows = await tx.select().from(roltypenTable).where(eq(roltypenTable.zaaktypeId, row.id)).orderBy(asc(roltypenTable.position), asc(roltypenTable.omschrijving));
  const eigenschapRows = await tx.select().from(eigenschappenTable).where(eq(eigenschappenTable.zaaktypeId, row.id)).orderBy(asc(eigenschappenTable.position), asc(eigenschappenTable.naam));
  const ziotRows = await tx.select().from(ziotTable).where(eq(ziotTable.zaaktypeId, row.id)).orderBy(asc(ziotTable.volgnummer));
  const span = objectSpan(versions);
  const ctx: ChildContext = {
    zaaktype: row.id, zaaktypeIdentificatie: row.identificatie, catalogus: row.catalogusId,
    beginGeldigheid: row.beginGeldigheid, eindeGeldigheid: row.eindeGeldigheid, ...span,
  };
  // Related types by omschrijving, in the version that applies today within this version's validity.
  const reference = referenceDate(row);
  const iots = await iotVersions(tx, row.catalogusId, [...new Set(ziotRows.map((z) => z.informatieobjecttype))]);
  const besluit = await besluittypeVersions(tx, row.catalogusId, row.besluittypen);
  const maxVolgnummer = Math.max(0, ...statusRows.map((s) => s.volgnummer));
  return {
    id: row.id, catalogus: row.catalogusId, identificatie: row.identificatie, versie: row.versie, omschrijving: row.omschrijving,
    omschrijvingGeneriek: row.omschrijvingGeneriek, vertrouwelijkheidaanduiding: row.vertrouwelijkheidaanduiding as Vertrouwelijkheidaanduiding,
    doel: row.doel, aanleiding: row.aanleiding, toelichting: row.toelichting, indicatieInternOfExtern: row.indicatieInternOfExtern as IndicatieInternOfExtern,
    handelingInitiator: row.handelingInitiator, onderwerp: row.onderwerp, handelingBehandelaar: row.handelingBehandelaar,
    doorlooptijd: row.doorlooptijd, servicenorm: row.servicenorm, opschortingEnAanhoudingMogelijk: row.opschortingEnAanhoudingMogelijk,
    verlengingMogelijk: row.verlengingMogelijk, verlengingstermijn: row.verlengingstermijn, trefwoorden: row.trefwoorden,
    publicatieIndicatie: row.publicatieIndicatie, publicatietekst: row.publicatietekst, verantwoordingsrelatie: row.verantwoordingsrelatie,
    productenOfDiensten: row.productenOfDiensten, selectielijstProcestype: row.selectielijstProcestype, referentieproces: row.referentieproces,
    verantwoordelijke: row.verantwoordelijke, broncatalogus: row.broncatalogus ?? null, bronzaaktype: row.bronzaaktype ?? null,
    deelzaaktypen: row.deelzaaktypen, gerelateerdeZaaktypen: row.gerelateerdeZaaktypen, versiedatum: row.versiedatum,
    besluittypeOmschrijvingen: row.besluittypen,
    beginGeldigheid: row.beginGeldigheid, eindeGeldigheid: row.eindeGeldigheid, ...span, concept: row.concept,
    statustypen: statusRows.map((s) => toStatustype(s, ctx, maxVolgnummer)),
    resultaattypen: resultaatRows.map((r) => toResultaattype(r, ctx)),
    roltypen: rolRows.map((r) => toRoltype(r, ctx)),
    eigenschappen: eigenschapRows.map((e) => toEigenschap(e, ctx)),
    informatieobjecttypen: ziotRows.map((z): ZaaktypeInformatieobjecttype => ({
      id: z.id, zaaktype: row.id, catalogus: row.catalogusId, volgnummer: z.volgnummer, richting: z.richting as Richting, statustype: z.statustypeId,
      informatieobjecttypeOmschrijving: z.informatieobjecttype,
      informatieobjecttype: pickVersion(iots.filter((i) => i.omschrijving === z.informatieobjecttype), reference) ?? null,
    })),
    besluittypen: row.besluittypen.flatMap((o) => {
      const picked = pickVersion(besluit.filter((b) => b.omschrijving === o), reference);
      return picked ? [picked] : [];
    }),
    rules: row.rules ?? null,
    revision: row.revision, createdAt: row.createdAt, updatedAt: row.updatedAt, publishedAt: row.publishedAt,
  };
}

/** Today, kept within the version's validity. */
function referenceDate(g: { beginGeldigheid: IsoDate; eindeGeldigheid: IsoDate | null }): IsoDate {
  const today = isoDateInNL(new Date());
  if (today < g.beginGeldigheid) return g.beginGeldigheid;
  if (g.eindeGeldigheid && today > g.eindeGeldigheid) return g.eindeGeldigheid;
  return today;
}

function toStatustype(s: typeof statustypenTable.$inferSelect, ctx: ChildContext, maxVolgnummer: number): Statustype {
  return {
    id: s.id, ...ctx, omschrijving: s.omschrijving, omschrijvingGeneriek: s.omschrijvingGeneriek, statustekst: s.statustekst,
    volgnummer: s.volgnummer, isEindstatus: s.volgnummer === maxVolgnummer, informeren: s.informeren, doorlooptijd: s.doorlooptijd,
    toelichting: s.toelichting, checklistitemStatustype: s.checklistitemStatustype, eigenschappen: s.eigenschappen,
  };
}

function toResultaattype(r: typeof resultaattypenTable.$inferSelect, ctx: ChildContext): Resultaattype {
  return {
    id: r.id, ...ctx, omschrijving: r.omschrijving, resultaattypeomschrijving: r.resultaattypeomschrijving, omschrijvingGeneriek: r.omschrijvingGeneriek,
    selectielijstklasse: r.selectielijstklasse, toelichting: r.toelichting, archiefnominatie: r.archiefnominatie as Archiefnominatie | '',
    archiefactietermijn: r.archiefactietermijn, brondatumArchiefprocedure: r.brondatumArchiefprocedure ?? null, procesobjectaard: r.procesobjectaard,
    indicatieSpecifiek: r.indicatieSpecifiek, procestermijn: r.procestermijn, besluittypen: r.besluittypen, informatieobjecttypen: r.informatieobjecttypen,
  };
}

function toRoltype(r: typeof roltypenTable.$inferSelect, ctx: ChildContext): Roltype {
  return { id: r.id, ...ctx, omschrijving: r.omschrijving, omschrijvingGeneriek: r.omschrijvingGeneriek as RoltypeOmschrijvingGeneriek };
}

function toEigenschap(e: typeof eigenschappenTable.$inferSelect, ctx: ChildContext): Eigenschap {
  return {
    id: e.id, ...ctx, naam: e.naam, definitie: e.definitie,
    specificatie: { ...e.specificatie, formaat: e.specificatie.formaat as EigenschapFormaat },
    toelichting: e.toelichting, statustype: e.statustypeId,
  };
}

/**
 * The published (non-concept) version of a zaaktype that is valid on a date (default: today in
 * the Netherlands). New cases use this; running cases keep the version they hold.
 */
export async function currentZaaktype(tx: Tx, identificatie: string, on: Date = new Date()): Promise<Zaaktype | undefined> {
  const date = isoDateInNL(on);
  const [row] = await tx.select().from(zaaktypenTable).where(and(
    eq(zaaktypenTable.identificatie, identificatie), eq(zaaktypenTable.concept, false),
    sql`${zaaktypenTable.beginGeldigheid} <= ${date}`, sql`(${zaaktypenTable.eindeGeldigheid} IS NULL OR ${zaaktypenTable.eindeGeldigheid} >= ${date})`,
  )).orderBy(desc(zaaktypenTable.beginGeldigheid)).limit(1);
  return row ? assemble(tx, row) : undefined;
}

/** Zaaktype versions: concepts, published ones or both; optionally of one identificatie. */
export async function listZaaktypen(tx: Tx, filter: { status?: 'concept' | 'published' | 'all'; identificatie?: string } = {}): Promise<ZaaktypeSummary[]> {
  const status = filter.status ?? 'all';
  const rows = await tx.select({
    id: zaaktypenTable.id, catalogus: zaaktypenTable.catalogusId, identificatie: zaaktypenTable.identificatie, omschrijving: zaaktypenTable.omschrijving,
    onderwerp: zaaktypenTable.onderwerp, versie: zaaktypenTable.versie, concept: zaaktypenTable.concept, beginGeldigheid: zaaktypenTable.beginGeldigheid,
    eindeGeldigheid: zaaktypenTable.eindeGeldigheid, versiedatum: zaaktypenTable.versiedatum, updatedAt: zaaktypenTable.updatedAt,
    hasRules: sql<boolean>`(${zaaktypenTable.rules} IS NOT NULL)`,
  }).from(zaaktypenTable).where(and(
    status === 'all' ? undefined : eq(zaaktypenTable.concept, status === 'concept'),
    filter.identificatie ? eq(zaaktypenTable.identificatie, filter.identificatie) : undefined,
  )).orderBy(asc(zaaktypenTable.omschrijving), asc(zaaktypenTable.identificatie), desc(zaaktypenTable.versie));
  const today = isoDateInNL(new Date());
  return rows.map((r) => ({ ...r, hasRules: Boolean(r.hasRules), actueel: !r.concept && validOn(r, today) }));
}

/** One statustype by id (any version), with its zaaktype's validity. */
export async function getStatustype(tx: Tx, id: string): Promise<Statustype | undefined> {
  const found = await childWithContext(tx, statustypenTable, id);
  if (!found) return undefined;
  const [max] = await tx.select({ v: sql<number>`max(${statustypenTable.volgnummer})` }).from(statustypenTable).where(eq(statustypenTable.zaaktypeId, found.row.zaaktypeId));
  return toStatustype(found.row, found.ctx, Number(max?.v ?? 0));
}

export async function getResultaattype(tx: Tx, id: string): Promise<Resultaattype | undefined> {
  const found = await childWithContext(tx, resultaattypenTable, id);
  return found ? toResultaattype(found.row, found.ctx) : undefined;
}

export async function getRoltype(tx: Tx, id: string): Promise<Roltype | undefined> {
  const found = await childWithContext(tx, roltypenTable, id);
  return found ? toRoltype(found.row, found.ctx) : undefined;
}

export async function getEigenschap(tx: Tx, id: string): Promise<Eigenschap | undefined> {
  const found = await childWithContext(tx, eigenschappenTable, id);
  return found ? toEigenschap(found.row, found.ctx) : undefined;
}

type ChildTable = typeof statustypenTable | typeof resultaattypenTable | typeof roltypenTable | typeof eigenschappenTable;

async function childWithContext<T extends ChildTable>(tx: Tx, table: T, id: string): Promise<{ row: T['$inferSelect']; ctx: ChildContext } | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await tx.select().from(table as ChildTable).where(eq(table.id, id));
  if (!row) return undefined;
  const [zt] = await tx.select().from(zaaktypenTable).where(eq(zaaktypenTable.id, row.zaaktypeId));
  if (!zt) return undefined;
  const versions = await tx.select({ beginGeldigheid: zaaktypenTable.beginGeldigheid, eindeGeldigheid: zaaktypenTable.eindeGeldigheid, concept: zaaktypenTable.concept })
    .from(zaaktypenTable).where(and(eq(zaaktypenTable.catalogusId, zt.catalogusId), eq(zaaktypenTable.identificatie, zt.identificatie)));
  return {
    row: row as T['$inferSelect'],
    ctx: { zaaktype: zt.id, zaaktypeIdentificatie: zt.identificatie, catalogus: zt.catalogusId, beginGeldigheid: zt.beginGeldigheid, eindeGeldigheid: zt.eindeGeldigheid, ...objectSpan(versions) },
  };
}

// ---------------------------------------------------------------------------------------------
// Zaaktypen: writing (functioneel beheer)
// ---------------------------------------------------------------------------------------------

function zaaktypeColumns(input: ZaaktypeInput) {
  return {
    identificatie: input.identificatie, omschrijving: input.omschrijving, omschrijvingGeneriek: input.omschrijvingGeneriek ?? '',
    vertrouwelijkheidaanduiding: input.vertrouwelijkheidaanduiding, doel: input.doel, aanleiding: input.aanleiding, toelichting: input.toelichting ?? '',
    indicatieInternOfExtern: input.indicatieInternOfExtern, handelingInitiator: input.handelingInitiator, onderwerp: input.onderwerp,
    handelingBehandelaar: input.handelingBehandelaar, doorlooptijd: input.doorlooptijd, servicenorm: input.servicenorm ?? null,
    opschortingEnAanhoudingMogelijk: input.opschortingEnAanhoudingMogelijk ?? false, verlengingMogelijk: input.verlengingMogelijk ?? false,
    verlengingstermijn: input.verlengingMogelijk ? input.verlengingstermijn ?? null : null, trefwoorden: input.trefwoorden ?? [],
    publicatieIndicatie: input.publicatieIndicatie ?? false, publicatietekst: input.publicatietekst ?? '', verantwoordingsrelatie: input.verantwoordingsrelatie ?? [],
    productenOfDiensten: input.productenOfDiensten ?? [], selectielijstProcestype: input.selectielijstProcestype ?? '',
    referentieproces: input.referentieproces ?? { naam: '', link: '' }, verantwoordelijke: input.verantwoordelijke ?? '',
    broncatalogus: input.broncatalogus ?? null, bronzaaktype: input.bronzaaktype ?? null, deelzaaktypen: input.deelzaaktypen ?? [],
    gerelateerdeZaaktypen: input.gerelateerdeZaaktypen ?? [], besluittypen: input.besluittypeOmschrijvingen ?? [],
    beginGeldigheid: input.beginGeldigheid, versiedatum: input.versiedatum ?? input.beginGeldigheid, rules: input.rules ?? null,
  };
}

/**
 * Replaces the children of a concept. Ids given in the input are kept when they were children of
 * this zaaktype already (so editing keeps the statustypen's ids); other children get new ids.
 */
async function writeChildren(tx: Tx, zaaktypeId: string, input: ZaaktypeInput, keepIds: Set<string>): Promise<void> {
  await tx.delete(ziotTable).where(eq(ziotTable.zaaktypeId, zaaktypeId));
  await tx.delete(eigenschappenTable).where(eq(eigenschappenTable.zaaktypeId, zaaktypeId));
  await tx.delete(statustypenTable).where(eq(statustypenTable.zaaktypeId, zaaktypeId));
  await tx.delete(resultaattypenTable).where(eq(resultaattypenTable.zaaktypeId, zaaktypeId));
  await tx.delete(roltypenTable).where(eq(roltypenTable.zaaktypeId, zaaktypeId));
  const keep = (id: string | undefined) => (id && keepIds.has(id) ? { id } : {});
  const statusIds = new Map<number, string>();
  if (input.statustypen.length) {
    const rows = await tx.insert(statustypenTable).values(input.statustypen.map((s) => ({
      ...keep(s.id), zaaktypeId, omschrijving: s.omschrijving, omschrijvingGeneriek: s.omschrijvingGeneriek ?? '', statustekst: s.statustekst ?? '',
      volgnummer: s.volgnummer, informeren: s.informeren, doorlooptijd: s.doorlooptijd ?? null, toelichting: s.toelichting ?? null,
      checklistitemStatustype: s.checklistitemStatustype ?? [], eigenschappen: s.eigenschappen ?? [],
    }))).returning({ id: statustypenTable.id, volgnummer: statustypenTable.volgnummer });
    for (const r of rows) statusIds.set(r.volgnummer, r.id);
  }
  const statusFor = (volgnummer: number | null | undefined) => (volgnummer === null || volgnummer === undefined ? null : statusIds.get(volgnummer) ?? null);
  if (input.resultaattypen.length) {
    await tx.insert(resultaattypenTable).values(input.resultaattypen.map((r) => ({
      ...keep(r.id), zaaktypeId, omschrijving: r.omschrijving, resultaattypeomschrijving: r.resultaattypeomschrijving,
      omschrijvingGeneriek: r.omschrijvingGeneriek ?? '', selectielijstklasse: r.selectielijstklasse, toelichting: r.toelichting ?? '',
      archiefnominatie: r.archiefnominatie, archiefactietermijn: r.archiefactietermijn ?? null, brondatumArchiefprocedure: r.brondatumArchiefprocedure ?? null,
      procesobjectaard: r.procesobjectaard ?? null, indicatieSpecifiek: r.indicatieSpecifiek ?? null, procestermijn: r.procestermijn ?? null,
      besluittypen: r.besluittypen ?? [], informatieobjecttypen: r.informatieobjecttypen ?? [],
    })));
  }
  if (input.roltypen.length) {
    await tx.insert(roltypenTable).values(input.roltypen.map((r, position) => ({ ...keep(r.id), zaaktypeId, omschrijving: r.omschrijving, omschrijvingGeneriek: r.omschrijvingGeneriek, position })));
  }
  const eigenschappen = input.eigenschappen ?? [];
  if (eigenschappen.length) {
    await tx.insert(eigenschappenTable).values(eigenschappen.map((e, position) => ({
      ...keep(e.id), zaaktypeId, naam: e.naam, definitie: e.definitie, toelichting: e.toelichting ?? '', position,
      specificatie: { groep: e.specificatie.groep ?? '', formaat: e.specificatie.formaat, lengte: e.specificatie.lengte, kardinaliteit: e.specificatie.kardinaliteit, waardenverzameling: e.specificatie.waardenverzameling ?? [] },
      statustypeId: statusFor(e.statustypeVolgnummer),
    })));
  }
  const ziot = input.informatieobjecttypen ?? [];
  if (ziot.length) {
    await tx.insert(ziotTable).values(ziot.map((z) => ({
      ...keep(z.id), zaaktypeId, informatieobjecttype: z.informatieobjecttypeOmschrijving, volgnummer: z.volgnummer, richting: z.richting,
      statustypeId: statusFor(z.statustypeVolgnummer),
    })));
  }
}

/** A zaaktype version as input again (to copy it into a new version, or to fill the edit form). */
export function zaaktypeToInput(z: Zaaktype): ZaaktypeInput {
  const volgnummerOf = (statustypeId: string | null) => z.statustypen.find((s) => s.id === statustypeId)?.volgnummer ?? null;
  return {
    identificatie: z.identificatie, omschrijving: z.omschrijving, omschrijvingGeneriek: z.omschrijvingGeneriek, vertrouwelijkheidaanduiding: z.vertrouwelijkheidaanduiding,
    doel: z.doel, aanleiding: z.aanleiding, toelichting: z.toelichting, indicatieInternOfExtern: z.indicatieInternOfExtern, handelingInitiator: z.handelingInitiator,
    onderwerp: z.onderwerp, handelingBehandelaar: z.handelingBehandelaar, doorlooptijd: z.doorlooptijd, servicenorm: z.servicenorm,
    opschortingEnAanhoudingMogelijk: z.opschortingEnAanhoudingMogelijk, verlengingMogelijk: z.verlengingMogelijk, verlengingstermijn: z.verlengingstermijn,
    trefwoorden: z.trefwoorden, publicatieIndicatie: z.publicatieIndicatie, publicatietekst: z.publicatietekst, verantwoordingsrelatie: z.verantwoordingsrelatie,
    productenOfDiensten: z.productenOfDiensten, selectielijstProcestype: z.selectielijstProcestype, referentieproces: z.referentieproces,
    verantwoordelijke: z.verantwoordelijke, broncatalogus: z.broncatalogus, bronzaaktype: z.bronzaaktype, deelzaaktypen: z.deelzaaktypen,
    gerelateerdeZaaktypen: z.gerelateerdeZaaktypen, versiedatum: z.versiedatum, besluittypeOmschrijvingen: z.besluittypeOmschrijvingen,
    beginGeldigheid: z.beginGeldigheid,
    statustypen: z.statustypen.map((s) => ({
      id: s.id, omschrijving: s.omschrijving, omschrijvingGeneriek: s.omschrijvingGeneriek, statustekst: s.statustekst, volgnummer: s.volgnummer,
      informeren: s.informeren, doorlooptijd: s.doorlooptijd, toelichting: s.toelichting, checklistitemStatustype: s.checklistitemStatustype, eigenschappen: s.eigenschappen,
    })),
    resultaattypen: z.resultaattypen.map((r) => ({
      id: r.id, omschrijving: r.omschrijving, resultaattypeomschrijving: r.resultaattypeomschrijving, omschrijvingGeneriek: r.omschrijvingGeneriek,
      selectielijstklasse: r.selectielijstklasse, toelichting: r.toelichting, archiefnominatie: r.archiefnominatie, archiefactietermijn: r.archiefactietermijn,
      brondatumArchiefprocedure: r.brondatumArchiefprocedure, procesobjectaard: r.procesobjectaard, indicatieSpecifiek: r.indicatieSpecifiek,
      procestermijn: r.procestermijn, besluittypen: r.besluittypen, informatieobjecttypen: r.informatieobjecttypen,
    })),
    roltypen: z.roltypen.map((r) => ({ id: r.id, omschrijving: r.omschrijving, omschrijvingGeneriek: r.omschrijvingGeneriek })),
    eigenschappen: z.eigenschappen.map((e) => ({ id: e.id, naam: e.naam, definitie: e.definitie, specificatie: e.specificatie, toelichting: e.toelichting, statustypeVolgnummer: volgnummerOf(e.statustype) })),
    informatieobjecttypen: z.informatieobjecttypen.map((i) => ({
      id: i.id, informatieobjecttypeOmschrijving: i.informatieobjecttypeOmschrijving, volgnummer: i.volgnummer, richting: i.richting, statustypeVolgnummer: volgnummerOf(i.statustype),
    })),
    rules: z.rules,
  };
}

/** What the history shows of a version: its own fields, and one line per child. */
function snapshot(z: Zaaktype): Record<string, unknown> {
  const input = zaaktypeToInput(z);
  const { statustypen, resultaattypen, roltypen, eigenschappen, informatieobjecttypen, rules, ...own } = input;
  const yes = (b: boolean) => (b ? 'ja' : 'nee');
  return {
    ...own,
    statustypen: statustypen.map((s) => `${s.volgnummer}. ${s.omschrijving} | ${s.statustekst} | informeren: ${yes(s.informeren)}${s.doorlooptijd ? ` | ${s.doorlooptijd}` : ''}${s.toelichting ? ` | ${s.toelichting}` : ''}${s.eigenschappen?.length ? ` | eigenschappen: ${s.eigenschappen.join(', ')}` : ''}`),
    resultaattypen: resultaattypen.map((r) => `${r.omschrijving} | ${r.archiefnominatie || '—'} | ${r.archiefactietermijn ?? '—'} | ${r.brondatumArchiefprocedure?.afleidingswijze ?? '—'} | ${r.selectielijstklasse}${r.toelichting ? ` | ${r.toelichting}` : ''}`),
    roltypen: roltypen.map((r) => `${r.omschrijving} (${r.omschrijvingGeneriek})`),
    eigenschappen: (eigenschappen ?? []).map((e) => `${e.naam} | ${e.definitie} | ${e.specificatie.formaat} ${e.specificatie.lengte} × ${e.specificatie.kardinaliteit}${e.specificatie.waardenverzameling.length ? ` | ${e.specificatie.waardenverzameling.join(', ')}` : ''}`),
    informatieobjecttypen: (informatieobjecttypen ?? []).map((i) => `${i.volgnummer}. ${i.informatieobjecttypeOmschrijving} (${i.richting})`),
    rules: rules ? JSON.stringify(rules) : null,
  };
}

/** Creates a zaaktype as a concept (version 1) with its children. */
export async function createZaaktype(tx: Tx, actor: Actor, input: ZaaktypeInput, options: { catalogus?: string; allowNewVersion?: boolean } = {}): Promise<Zaaktype> {
  requirePermission(actor, PERMISSION);
  const problems = validateZaaktypeInput(input);
  if (problems.length) throw invalid(problems);
  const catalogusId = await catalogusFor(tx, options.catalogus);
  const versions = await tx.select({ versie: zaaktypenTable.versie, concept: zaaktypenTable.concept, beginGeldigheid: zaaktypenTable.beginGeldigheid }).from(zaaktypenTable)
    .where(and(eq(zaaktypenTable.catalogusId, catalogusId), eq(zaaktypenTable.identificatie, input.identificatie)));
  let versie = 1;
  if (versions.length) {
    // The Catalogi API makes a new version as a new zaaktype with the same identificatie: one
    // concept at a time, starting after every other version.
    if (!options.allowNewVersion) throw identificatieTaken();
    const concept = versions.find((v) => v.concept);
    if (concept) {
      const reason = `Er is al een conceptversie (versie ${concept.versie}) van dit zaaktype. Werk die bij of verwijder die eerst.`;
      throw new HttpError(409, reason, [{ name: 'identificatie', code: 'concept-bestaat', reason }], 'concept-bestaat');
    }
    const latest = versions.map((v) => v.beginGeldigheid).sort().pop()!;
    if (input.beginGeldigheid <= latest) throw invalid([{ name: 'beginGeldigheid', code: 'overlap', reason: `Dit zaaktype komt al voor binnen de catalogus en opgegeven geldigheidsperiode: een nieuwe versie moet na ${latest} beginnen.` }]);
    versie = Math.max(...versions.map((v) => v.versie)) + 1;
  }
  const [row] = await tx.insert(zaaktypenTable).values({ ...zaaktypeColumns(input), catalogusId, versie }).returning({ id: zaaktypenTable.id });
  await writeChildren(tx, row!.id, input, new Set());
  await record(tx, actor, { objectType: 'zaaktype', objectId: row!.id, label: input.identificatie, action: 'created', changes: { versie: { from: null, to: versie } } });
  await notifyCatalogi(tx, 'zaaktype', row!.id, catalogusId, 'create');
  return (await getZaaktype(tx, row!.id))!;
}

function identificatieTaken(): HttpError {
  const reason = 'Er is al een zaaktype met deze identificatie in de catalogus.';
  return new HttpError(409, reason, [{ name: 'identificatie', code: 'identificatie-niet-uniek', reason }], 'identificatie-niet-uniek');
}

/**
 * Saves a whole concept version (own fields and children). `expectedRevision` is the revision
 * the editor started from: when someone else saved in between, nothing is written (409).
 * A published version is refused (ztc-009).
 */
export async function updateZaaktype(tx: Tx, actor: Actor, id: string, input: ZaaktypeInput, options: { expectedRevision?: number; newChildIds?: string[]; actie?: Actie } = {}): Promise<Zaaktype> {
  requirePermission(actor, PERMISSION);
  const row = await lockZaaktype(tx, id);
  if (!row.concept) throw publishedImmutable();
  if (options.expectedRevision !== undefined && options.expectedRevision !== row.revision) {
    throw new HttpError(409, 'Iemand anders heeft dit zaaktype intussen gewijzigd. Uw wijzigingen zijn niet opgeslagen.', [], 'conflict');
  }
  const problems = validateZaaktypeInput(input);
  if (problems.length) throw invalid(problems);
  if (input.identificatie !== row.identificatie) {
    const [other] = await tx.select({ id: zaaktypenTable.id }).from(zaaktypenTable)
      .where(and(eq(zaaktypenTable.catalogusId, row.catalogusId), eq(zaaktypenTable.identificatie, row.identificatie), sql`${zaaktypenTable.id} <> ${id}`)).limit(1);
    if (other) {
      const reason = 'De identificatie kan niet veranderen: er zijn al andere versies van dit zaaktype.';
      throw invalid([{ name: 'identificatie', code: 'identificatie-vast', reason }]);
    }
    const [taken] = await tx.select({ id: zaaktypenTable.id }).from(zaaktypenTable)
      .where(and(eq(zaaktypenTable.catalogusId, row.catalogusId), eq(zaaktypenTable.identificatie, input.identificatie))).limit(1);
    if (taken) throw identificatieTaken();
  }
  const before = await assemble(tx, row);
  const keepIds = new Set([...before.statustypen, ...before.resultaattypen, ...before.roltypen, ...before.eigenschappen, ...before.informatieobjecttypen].map((c) => c.id));
  for (const newId of options.newChildIds ?? []) keepIds.add(newId);
  await tx.update(zaaktypenTable).set(zaaktypeColumns(input)).where(eq(zaaktypenTable.id, id));
  await writeChildren(tx, id, input, keepIds);
  const after = (await getZaaktype(tx, id))!;
  const changes = diff(snapshot(before), snapshot(after));
  if (!Object.keys(changes).length) return after;
  await tx.update(zaaktypenTable).set({ revision: row.revision + 1, updatedAt: new Date() }).where(eq(zaaktypenTable.id, id));
  await record(tx, actor, { objectType: 'zaaktype', objectId: id, label: input.identificatie, action: 'updated', changes });
  await notifyCatalogi(tx, 'zaaktype', id, row.catalogusId, options.actie ?? 'update');
  return (await getZaaktype(tx, id))!;
}

async function lockZaaktype(tx: Tx, id: string): Promise<ZaaktypeRow> {
  if (!isUuid(id)) throw notFound('zaaktype');
  const [row] = await tx.select().from(zaaktypenTable).where(eq(zaaktypenTable.id, id)).for('update');
  if (!row) throw notFound('zaaktype');
  return row;
}

/** Deletes a concept version; a published one is refused (ztc-009). */
export async function deleteZaaktype(tx: Tx, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, PERMISSION);
  const row = await lockZaaktype(tx, id);
  if (!row.concept) throw publishedImmutable();
  await tx.delete(zaaktypenTable).where(eq(zaaktypenTable.id, id));
  await record(tx, actor, { objectType: 'zaaktype', objectId: id, label: row.identificatie, action: 'deleted', changes: { versie: { from: row.versie, to: null } } });
  await notifyCatalogi(tx, 'zaaktype', id, row.catalogusId, 'destroy');
}

/**
 * The catalogi rules a concept must meet before it is published, each with its code:
 *  - ztc-012: related besluittypen and informatieobjecttypen are published;
 *  - ztc-013: they exist in this zaaktype's catalogue;
 *  - statustypen-minimaal-twee, resultaattype-ontbreekt, roltype-ontbreekt (as the reference
 *    implementation requires), initiator-ontbreekt (an externally started zaaktype needs an initiator);
 *  - geldigheid-overlap: the version starts after every published version of the zaaktype;
 *  - regels-ongeldig: the automation rules are valid.
 */
export async function publishProblems(tx: Tx, z: Zaaktype): Promise<InvalidParam[]> {
  const problems: InvalidParam[] = [];
  if (z.statustypen.length < 2) problems.push({ name: 'statustypen', code: 'statustypen-minimaal-twee', reason: 'Een zaaktype heeft minstens twee statustypen nodig (bijvoorbeeld ‘Ontvangen’ en ‘Afgehandeld’).' });
  if (!z.resultaattypen.length) problems.push({ name: 'resultaattypen', code: 'resultaattype-ontbreekt', reason: 'Een zaaktype heeft minstens één resultaattype nodig.' });
  if (!z.roltypen.length) problems.push({ name: 'roltypen', code: 'roltype-ontbreekt', reason: 'Een zaaktype heeft minstens één roltype nodig.' });
  else if (z.indicatieInternOfExtern === 'extern' && !z.roltypen.some((r) => r.omschrijvingGeneriek === 'initiator')) {
    problems.push({ name: 'roltypen', code: 'initiator-ontbreekt', reason: 'Een zaaktype dat van buiten wordt gestart, heeft een roltype met omschrijving generiek ‘initiator’ nodig.' });
  }
  const iots = await iotVersions(tx, z.catalogus, z.informatieobjecttypen.map((i) => i.informatieobjecttypeOmschrijving));
  const besluit = await besluittypeVersions(tx, z.catalogus, z.besluittypeOmschrijvingen);
  z.informatieobjecttypen.forEach((rel, i) => {
    const versions = iots.filter((v) => v.omschrijving === rel.informatieobjecttypeOmschrijving);
    if (!versions.length) problems.push({ name: `informatieobjecttypen.${i}`, code: 'ztc-013', reason: `Het informatieobjecttype ‘${rel.informatieobjecttypeOmschrijving}’ bestaat niet in deze catalogus.` });
    else if (!versions.some((v) => !v.concept)) problems.push({ name: `informatieobjecttypen.${i}`, code: 'ztc-012', reason: `Het informatieobjecttype ‘${rel.informatieobjecttypeOmschrijving}’ is nog een concept. Publiceer het eerst.` });
  });
  z.besluittypeOmschrijvingen.forEach((o, i) => {
    const versions = besluit.filter((v) => v.omschrijving === o);
    if (!versions.length) problems.push({ name: `besluittypen.${i}`, code: 'ztc-013', reason: `Het besluittype ‘${o}’ bestaat niet in deze catalogus.` });
    else if (!versions.some((v) => !v.concept)) problems.push({ name: `besluittypen.${i}`, code: 'ztc-012', reason: `Het besluittype ‘${o}’ is nog een concept. Publiceer het eerst.` });
  });
  const [later] = await tx.select({ begin: zaaktypenTable.beginGeldigheid }).from(zaaktypenTable).where(and(
    eq(zaaktypenTable.catalogusId, z.catalogus), eq(zaaktypenTable.identificatie, z.identificatie), eq(zaaktypenTable.concept, false),
    sql`${zaaktypenTable.beginGeldigheid} >= ${z.beginGeldigheid}`,
  )).orderBy(desc(zaaktypenTable.beginGeldigheid)).limit(1);
  if (later) problems.push({ name: 'beginGeldigheid', code: 'geldigheid-overlap', reason: `Deze versie moet na ${later.begin} beginnen: dan begint de laatste gepubliceerde versie.` });
  if (z.rules && !validateRuleSet(z.rules).ok) problems.push({ name: 'rules', code: 'regels-ongeldig', reason: 'De regels zijn niet geldig.' });
  return problems;
}

/**
 * Publishes a concept version (ztc-012 and the other publish rules). The previous published
 * version then ends the day before this one begins; running cases keep the version they hold.
 */
export async function publishZaaktype(tx: Tx, actor: Actor, id: string): Promise<Zaaktype> {
  requirePermission(actor, PERMISSION);
  const row = await lockZaaktype(tx, id);
  if (!row.concept) throw new HttpError(409, 'Deze versie is al gepubliceerd.', [], 'non-concept-object');
  const z = await assemble(tx, row);
  const problems = await publishProblems(tx, z);
  if (problems.length) throw new HttpError(400, 'Dit zaaktype kan nog niet worden gepubliceerd.', problems, 'publish-refused');
  const end = addDays(z.beginGeldigheid, -1);
  const previous = await tx.select({ id: zaaktypenTable.id, versie: zaaktypenTable.versie, eindeGeldigheid: zaaktypenTable.eindeGeldigheid }).from(zaaktypenTable).where(and(
    eq(zaaktypenTable.catalogusId, z.catalogus), eq(zaaktypenTable.identificatie, z.identificatie), eq(zaaktypenTable.concept, false),
    sql`${zaaktypenTable.beginGeldigheid} < ${z.beginGeldigheid}`,
  ));
  for (const p of previous) {
    if (p.eindeGeldigheid === null || p.eindeGeldigheid > end) {
      await tx.update(zaaktypenTable).set({ eindeGeldigheid: end, updatedAt: new Date() }).where(eq(zaaktypenTable.id, p.id));
      await record(tx, actor, { objectType: 'zaaktype', objectId: p.id, label: z.identificatie, action: 'ended', changes: { versie: { from: p.versie, to: p.versie }, eindeGeldigheid: { from: p.eindeGeldigheid, to: end } } });
      await notifyCatalogi(tx, 'zaaktype', p.id, z.catalogus, 'partial_update');
    }
  }
  await tx.update(zaaktypenTable).set({ concept: false, publishedAt: new Date(), updatedAt: new Date() }).where(eq(zaaktypenTable.id, id));
  await record(tx, actor, { objectType: 'zaaktype', objectId: id, label: z.identificatie, action: 'published', changes: { versie: { from: z.versie, to: z.versie }, beginGeldigheid: { from: null, to: z.beginGeldigheid } } });
  await notifyCatalogi(tx, 'zaaktype', id, z.catalogus, 'publish');
  return (await getZaaktype(tx, id))!;
}

/**
 * A new concept version from a published one: a copy with new ids for the version and all its
 * children, starting on `beginGeldigheid` (after every published version). One concept per
 * zaaktype at a time.
 */
export async function createZaaktypeVersion(tx: Tx, actor: Actor, fromId: string, options: { beginGeldigheid: IsoDate; versiedatum?: IsoDate }): Promise<Zaaktype> {
  requirePermission(actor, PERMISSION);
  const row = await lockZaaktype(tx, fromId);
  if (row.concept) throw new HttpError(409, 'Een nieuwe versie maakt u van een gepubliceerde versie. Dit is nog een concept: wijzig het gewoon.', [], 'concept');
  const versions = await tx.select({ id: zaaktypenTable.id, versie: zaaktypenTable.versie, concept: zaaktypenTable.concept, beginGeldigheid: zaaktypenTable.beginGeldigheid })
    .from(zaaktypenTable).where(and(eq(zaaktypenTable.catalogusId, row.catalogusId), eq(zaaktypenTable.identificatie, row.identificatie)));
  const concept = versions.find((v) => v.concept);
  if (concept) {
    const reason = `Er is al een conceptversie (versie ${concept.versie}) van dit zaaktype. Werk die bij of verwijder die eerst.`;
    throw new HttpError(409, reason, [{ name: 'identificatie', code: 'concept-bestaat', reason }], 'concept-bestaat');
  }
  const problems = validateZaaktypeInput({ ...zaaktypeToInput(await assemble(tx, row)), beginGeldigheid: options.beginGeldigheid, versiedatum: options.versiedatum ?? options.beginGeldigheid });
  const dateProblems = problems.filter((p) => p.name === 'beginGeldigheid' || p.name === 'versiedatum');
  if (dateProblems.length) throw invalid(dateProblems);
  const latest = versions.map((v) => v.beginGeldigheid).sort().pop()!;
  if (options.beginGeldigheid <= latest) {
    throw invalid([{ name: 'beginGeldigheid', code: 'geldigheid-overlap', reason: `Een nieuwe versie moet na ${latest} beginnen: dan begint de laatste versie.` }]);
  }
  const source = await assemble(tx, row);
  const input = { ...zaaktypeToInput(source), beginGeldigheid: options.beginGeldigheid, versiedatum: options.versiedatum ?? options.beginGeldigheid };
  const versie = Math.max(...versions.map((v) => v.versie)) + 1;
  const [created] = await tx.insert(zaaktypenTable).values({ ...zaaktypeColumns(input), catalogusId: row.catalogusId, versie }).returning({ id: zaaktypenTable.id });
  await writeChildren(tx, created!.id, input, new Set());
  await tx.execute(sql`INSERT INTO catalogi_zaakobjecttypen (zaaktype_id, ander_objecttype, objecttype, relatie_omschrijving, position)
    SELECT ${created!.id}::uuid, ander_objecttype, objecttype, relatie_omschrijving, position FROM catalogi_zaakobjecttypen WHERE zaaktype_id = ${row.id}::uuid`);
  await notifyCatalogi(tx, 'zaaktype', created!.id, row.catalogusId, 'create');
  await record(tx, actor, { objectType: 'zaaktype', objectId: created!.id, label: row.identificatie, action: 'new-version', changes: { versie: { from: row.versie, to: versie }, beginGeldigheid: { from: row.beginGeldigheid, to: options.beginGeldigheid } } });
  return (await getZaaktype(tx, created!.id))!;
}

/** Ends a published version on a date (the only change a published version allows, ztc-009). */
export async function endZaaktype(tx: Tx, actor: Actor, id: string, eindeGeldigheid: IsoDate): Promise<Zaaktype> {
  requirePermission(actor, PERMISSION);
  const row = await lockZaaktype(tx, id);
  if (row.concept) throw new HttpError(409, 'Een concept heeft geen einddatum; verwijder het als het niet nodig is.', [], 'concept');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(eindeGeldigheid) || eindeGeldigheid < row.beginGeldigheid) {
    throw invalid([{ name: 'eindeGeldigheid', code: 'invalid-date', reason: `Vul een datum in op of na ${row.beginGeldigheid}.` }]);
  }
  await tx.update(zaaktypenTable).set({ eindeGeldigheid, updatedAt: new Date() }).where(eq(zaaktypenTable.id, id));
  await record(tx, actor, { objectType: 'zaaktype', objectId: id, label: row.identificatie, action: 'ended', changes: { versie: { from: row.versie, to: row.versie }, eindeGeldigheid: { from: row.eindeGeldigheid, to: eindeGeldigheid } } });
  await notifyCatalogi(tx, 'zaaktype', id, row.catalogusId, 'partial_update');
  return (await getZaaktype(tx, id))!;
}

export { isUuid };

// ---------------------------------------------------------------------------------------------
// Informatieobjecttypen and besluittypen: changing and deleting concepts, ending published versions
// ---------------------------------------------------------------------------------------------

async function lockVersioned(tx: Tx, table: typeof iotTable | typeof besluittypenTable, what: string, id: string) {
  if (!isUuid(id)) throw notFound(what);
  const [row] = await tx.select({ id: table.id, concept: table.concept, catalogusId: table.catalogusId, omschrijving: table.omschrijving, beginGeldigheid: table.beginGeldigheid, eindeGeldigheid: table.eindeGeldigheid })
    .from(table).where(eq(table.id, id)).for('update');
  if (!row) throw notFound(what);
  return row;
}

/** The omschrijving stays unique per catalogue among other versions' concepts and start dates. */
async function refuseOtherVersionClash(tx: Tx, table: typeof iotTable | typeof besluittypenTable, id: string, catalogusId: string, omschrijving: string, begin: IsoDate): Promise<void> {
  const versions = await tx.select({ id: table.id, beginGeldigheid: table.beginGeldigheid }).from(table)
    .where(and(eq(table.catalogusId, catalogusId), eq(table.omschrijving, omschrijving), sql`${table.id} <> ${id}`));
  const latest = versions.map((v) => v.beginGeldigheid).sort().pop();
  if (latest && begin <= latest) {
    throw invalid([{ name: 'beginGeldigheid', code: 'geldigheid-overlap', reason: `Deze versie moet na de begindatum van de vorige versie (${latest}) beginnen.` }]);
  }
}

/** Saves a concept informatieobjecttype (a published one is refused, ztc-009). */
export async function updateInformatieobjecttype(tx: Tx, actor: Actor, id: string, input: InformatieobjecttypeInput, options: { actie?: Actie } = {}): Promise<Informatieobjecttype> {
  requirePermission(actor, PERMISSION);
  const row = await lockVersioned(tx, iotTable, 'informatieobjecttype', id);
  if (!row.concept) throw publishedImmutable();
  const problems = validateInformatieobjecttypeInput(input);
  if (problems.length) throw invalid(problems);
  await refuseOtherVersionClash(tx, iotTable, id, row.catalogusId, input.omschrijving, input.beginGeldigheid);
  const before = (await getInformatieobjecttype(tx, id))!;
  await tx.update(iotTable).set({
    omschrijving: input.omschrijving, vertrouwelijkheidaanduiding: input.vertrouwelijkheidaanduiding, informatieobjectcategorie: input.informatieobjectcategorie,
    trefwoord: input.trefwoord ?? [], omschrijvingGeneriek: input.omschrijvingGeneriek ?? null, beginGeldigheid: input.beginGeldigheid, updatedAt: new Date(),
  }).where(eq(iotTable.id, id));
  const after = (await getInformatieobjecttype(tx, id))!;
  await record(tx, actor, { objectType: 'informatieobjecttype', objectId: id, label: input.omschrijving, action: 'updated', changes: diff(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>) });
  await notifyCatalogi(tx, 'informatieobjecttype', id, row.catalogusId, options.actie ?? 'update');
  return after;
}

export async function updateBesluittype(tx: Tx, actor: Actor, id: string, input: BesluittypeInput, options: { actie?: Actie } = {}): Promise<Besluittype> {
  requirePermission(actor, PERMISSION);
  const row = await lockVersioned(tx, besluittypenTable, 'besluittype', id);
  if (!row.concept) throw publishedImmutable();
  const problems = validateBesluittypeInput(input);
  if (problems.length) throw invalid(problems);
  await refuseOtherVersionClash(tx, besluittypenTable, id, row.catalogusId, input.omschrijving, input.beginGeldigheid);
  const before = (await getBesluittype(tx, id))!;
  await tx.update(besluittypenTable).set({
    omschrijving: input.omschrijving, omschrijvingGeneriek: input.omschrijvingGeneriek ?? '', besluitcategorie: input.besluitcategorie ?? '',
    reactietermijn: input.reactietermijn ?? null, publicatieIndicatie: input.publicatieIndicatie, publicatietekst: input.publicatietekst ?? '',
    publicatietermijn: input.publicatietermijn ?? null, toelichting: input.toelichting ?? '', informatieobjecttypen: input.informatieobjecttypen ?? [],
    beginGeldigheid: input.beginGeldigheid, updatedAt: new Date(),
  }).where(eq(besluittypenTable.id, id));
  const after = (await getBesluittype(tx, id))!;
  await record(tx, actor, { objectType: 'besluittype', objectId: id, label: input.omschrijving, action: 'updated', changes: diff(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>) });
  await notifyCatalogi(tx, 'besluittype', id, row.catalogusId, options.actie ?? 'update');
  return after;
}

/** Deletes a concept informatieobjecttype or besluittype; a published one is refused (ztc-009). */
export async function deleteInformatieobjecttype(tx: Tx, actor: Actor, id: string): Promise<void> {
  await deleteVersioned(tx, actor, iotTable, 'informatieobjecttype', id);
}

export async function deleteBesluittype(tx: Tx, actor: Actor, id: string): Promise<void> {
  await deleteVersioned(tx, actor, besluittypenTable, 'besluittype', id);
}

async function deleteVersioned(tx: Tx, actor: Actor, table: typeof iotTable | typeof besluittypenTable, objectType: 'informatieobjecttype' | 'besluittype', id: string): Promise<void> {
  requirePermission(actor, PERMISSION);
  const row = await lockVersioned(tx, table, objectType, id);
  if (!row.concept) throw publishedImmutable();
  await tx.delete(table).where(eq(table.id, id));
  await record(tx, actor, { objectType, objectId: id, label: row.omschrijving, action: 'deleted' });
  await notifyCatalogi(tx, objectType, id, row.catalogusId, 'destroy');
}

/** Ends a published informatieobjecttype or besluittype on a date (the only change ztc-009 allows). */
export async function endInformatieobjecttype(tx: Tx, actor: Actor, id: string, eindeGeldigheid: IsoDate | null): Promise<Informatieobjecttype> {
  await endVersioned(tx, actor, iotTable, 'informatieobjecttype', id, eindeGeldigheid);
  return (await getInformatieobjecttype(tx, id))!;
}

export async function endBesluittype(tx: Tx, actor: Actor, id: string, eindeGeldigheid: IsoDate | null): Promise<Besluittype> {
  await endVersioned(tx, actor, besluittypenTable, 'besluittype', id, eindeGeldigheid);
  return (await getBesluittype(tx, id))!;
}

async function endVersioned(tx: Tx, actor: Actor, table: typeof iotTable | typeof besluittypenTable, objectType: 'informatieobjecttype' | 'besluittype', id: string, eindeGeldigheid: IsoDate | null): Promise<void> {
  requirePermission(actor, PERMISSION);
  const row = await lockVersioned(tx, table, objectType, id);
  if (eindeGeldigheid !== null && eindeGeldigheid < row.beginGeldigheid) {
    throw invalid([{ name: 'eindeGeldigheid', code: 'date-mismatch', reason: `Vul een datum in op of na ${row.beginGeldigheid}.` }]);
  }
  await tx.update(table).set({ eindeGeldigheid, updatedAt: new Date() }).where(eq(table.id, id));
  await record(tx, actor, { objectType, objectId: id, label: row.omschrijving, action: 'ended', changes: { eindeGeldigheid: { from: row.eindeGeldigheid, to: eindeGeldigheid } } });
  await notifyCatalogi(tx, objectType, id, row.catalogusId, 'partial_update');
}
