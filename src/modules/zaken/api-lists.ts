/**
 * Lists for the Zaken API (ZGW 1.5.1): filters, the client's autorisaties (zaaktype and maximum
 * vertrouwelijkheidaanduiding, zrc-006) and pagination in SQL — one query for a page, with the
 * related ids gathered by subqueries, and one for the count. The API layer turns ids into URLs.
 * Personal data of rollen and zaakobjecten is unsealed (and logged) by ZakenService.
 */
import { and, asc, count, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import { requirePermission, type Actor } from '../../platform/auth/access.js';
import { VERTROUWELIJKHEID, type TypeFilter } from '../../platform/auth/zgw.js';
import type { Tx } from '../../platform/db/database.js';
import { forbidden, isUuid } from './errors.js';
import {
  zaakAudittrail, zaakBesluiten, zaakContactmomenten, zaakEigenschappen, zaakInformatieobjecten, zaakKlantcontacten, zaakObjecten, zaakResultaten, zaakRollen,
  zaakStatussen, zaakVerzoeken, zaken,
} from './schema.js';

export type ZaakRow = typeof zaken.$inferSelect;

/** A zaak with the ids of its related records, as the Zaken API shows it. */
export interface ZaakApiRow extends ZaakRow {
  deelzaken: string[];
  eigenschappen: string[];
  rollen: string[];
  zaakinformatieobjecten: string[];
  zaakobjecten: string[];
  resultaat: string | null;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

function requireRead(actor: Actor): void {
  if (actor?.kind === 'resident') throw forbidden('Deze gegevens zijn alleen voor medewerkers van de gemeente.');
  requirePermission(actor, 'zaken.lezen');
}

function levelsUpTo(max: string | null | undefined): string[] {
  if (!max) return [...VERTROUWELIJKHEID];
  const i = VERTROUWELIJKHEID.indexOf(max as (typeof VERTROUWELIJKHEID)[number]);
  return VERTROUWELIJKHEID.slice(0, i + 1);
}

/** SQL: the zaak (columns of `zaken`) is one the client may see with this scope (zrc-006). */
export function authSql(auth: TypeFilter): SQL {
  if (auth === 'all') return sql`true`;
  if (!auth.size) return sql`false`;
  const parts = [...auth.entries()].filter(([id]) => isUuid(id)).map(([id, max]) => max
    ? sql`(${zaken.zaaktype} = ${id}::uuid and ${zaken.vertrouwelijkheidaanduiding} in (${sql.join(levelsUpTo(max).map((l) => sql`${l}`), sql`, `)}))`
    : sql`${zaken.zaaktype} = ${id}::uuid`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export const ZAAK_DATE_FIELDS = ['archiefactiedatum', 'startdatum', 'registratiedatum', 'einddatum', 'einddatumGepland', 'uiterlijkeEinddatumAfdoening'] as const;
export type ZaakDateField = (typeof ZAAK_DATE_FIELDS)[number];
export type DateOp = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'isnull';

export const ZAAK_ORDERINGS = ['startdatum', 'einddatum', 'publicatiedatum', 'archiefactiedatum', 'registratiedatum', 'identificatie'] as const;

export interface RolFilter {
  betrokkeneType?: string;
  betrokkene?: string;
  omschrijvingGeneriek?: string;
  omschrijving?: string;
  roltype?: string | null;
  /** Keyed hashes, made by ZakenService.lookupKeys(). */
  inpBsnLookup?: string;
  anpLookup?: string;
  anrLookup?: string;
  innNnpId?: string;
  annIdentificatie?: string;
  vestigingsNummer?: string;
  medewerker?: string;
  organisatorischeEenheid?: string;
}

export interface ApiZaakFilter {
  uuidIn?: string[];
  identificatie?: string;
  bronorganisatie?: string[];
  /** Zaaktype ids; an empty list (a URL that leads nowhere here) finds nothing. */
  zaaktype?: string[];
  archiefnominatie?: string[];
  archiefstatus?: string[];
  dates?: { field: ZaakDateField; op: DateOp; value: string | boolean }[];
  rol?: RolFilter[];
  maximaleVertrouwelijkheidaanduiding?: string;
  ordering?: string;
}

const DATE_COLUMNS = {
  archiefactiedatum: zaken.archiefactiedatum, startdatum: zaken.startdatum, registratiedatum: zaken.registratiedatum, einddatum: zaken.einddatum,
  einddatumGepland: zaken.einddatumGepland, uiterlijkeEinddatumAfdoening: zaken.uiterlijkeEinddatumAfdoening,
};

/** SQL conditions on zaak_rollen (alias-free, for use in EXISTS). */
function rolConditions(f: RolFilter): SQL[] {
  const c: SQL[] = [];
  if (f.betrokkeneType !== undefined) c.push(eq(zaakRollen.betrokkeneType, f.betrokkeneType as never));
  if (f.betrokkene !== undefined) c.push(eq(zaakRollen.betrokkene, f.betrokkene));
  if (f.omschrijvingGeneriek !== undefined) c.push(eq(zaakRollen.omschrijvingGeneriek, f.omschrijvingGeneriek));
  if (f.omschrijving !== undefined) c.push(eq(zaakRollen.omschrijving, f.omschrijving));
  if (f.roltype !== undefined) c.push(f.roltype ? eq(zaakRollen.roltype, f.roltype) : sql`false`);
  if (f.inpBsnLookup !== undefined) c.push(eq(zaakRollen.inpBsnLookup, f.inpBsnLookup));
  if (f.anpLookup !== undefined) c.push(sql`${zaakRollen.npLookups} @> ARRAY[${f.anpLookup}]::text[]`);
  if (f.anrLookup !== undefined) c.push(sql`${zaakRollen.npLookups} @> ARRAY[${f.anrLookup}]::text[]`);
  if (f.innNnpId !== undefined) c.push(sql`${zaakRollen.betrokkeneType} = 'niet_natuurlijk_persoon' and ${zaakRollen.betrokkeneIdentificatie}->>'innNnpId' = ${f.innNnpId}`);
  if (f.annIdentificatie !== undefined) c.push(sql`${zaakRollen.betrokkeneType} = 'niet_natuurlijk_persoon' and ${zaakRollen.betrokkeneIdentificatie}->>'annIdentificatie' = ${f.annIdentificatie}`);
  if (f.vestigingsNummer !== undefined) c.push(sql`${zaakRollen.betrokkeneType} = 'vestiging' and ${zaakRollen.identificatie} = ${f.vestigingsNummer}`);
  if (f.medewerker !== undefined) c.push(sql`${zaakRollen.betrokkeneType} = 'medewerker' and ${zaakRollen.identificatie} = ${f.medewerker}`);
  if (f.organisatorischeEenheid !== undefined) c.push(sql`${zaakRollen.betrokkeneType} = 'organisatorische_eenheid' and ${zaakRollen.identificatie} = ${f.organisatorischeEenheid}`);
  return c;
}

function zaakWhere(filter: ApiZaakFilter, auth: TypeFilter): SQL {
  const where: SQL[] = [authSql(auth)];
  if (filter.uuidIn !== undefined) where.push(filter.uuidIn.filter(isUuid).length ? inArray(zaken.id, filter.uuidIn.filter(isUuid)) : sql`false`);
  if (filter.identificatie !== undefined) where.push(eq(zaken.identificatie, filter.identificatie));
  if (filter.bronorganisatie !== undefined) where.push(filter.bronorganisatie.length ? inArray(zaken.bronorganisatie, filter.bronorganisatie) : sql`false`);
  if (filter.zaaktype !== undefined) where.push(filter.zaaktype.length ? inArray(zaken.zaaktype, filter.zaaktype) : sql`false`);
  if (filter.archiefnominatie !== undefined) where.push(filter.archiefnominatie.length ? inArray(zaken.archiefnominatie, filter.archiefnominatie as never[]) : sql`false`);
  if (filter.archiefstatus !== undefined) where.push(filter.archiefstatus.length ? inArray(zaken.archiefstatus, filter.archiefstatus as never[]) : sql`false`);
  for (const d of filter.dates ?? []) {
    const column = DATE_COLUMNS[d.field];
    if (d.op === 'isnull') where.push(d.value ? isNull(column) : isNotNull(column));
    else {
      const value = String(d.value);
      where.push({ eq: eq, gt: gt, gte: gte, lt: lt, lte: lte }[d.op](column, value));
    }
  }
  if (filter.maximaleVertrouwelijkheidaanduiding !== undefined) {
    where.push(inArray(zaken.vertrouwelijkheidaanduiding, levelsUpTo(filter.maximaleVertrouwelijkheidaanduiding) as never[]));
  }
  for (const rol of filter.rol ?? []) {
    const conditions = rolConditions(rol);
    if (conditions.length) where.push(sql`exists (select 1 from ${zaakRollen} where "zaak_rollen"."zaak_id" = "zaken"."id" and ${and(...conditions)})`);
  }
  return and(...where)!;
}

function zaakOrder(ordering: string | undefined): SQL[] {
  if (!ordering) return [sql`${zaken.createdAt} desc`, sql`${zaken.id} desc`];
  const desc_ = ordering.startsWith('-');
  const name = ordering.replace(/^-/, '') as (typeof ZAAK_ORDERINGS)[number];
  const column = { startdatum: zaken.startdatum, einddatum: zaken.einddatum, publicatiedatum: zaken.publicatiedatum, archiefactiedatum: zaken.archiefactiedatum, registratiedatum: zaken.registratiedatum, identificatie: zaken.identificatie }[name];
  return [desc_ ? sql`${column} desc nulls last` : sql`${column} asc nulls last`, desc_ ? sql`${zaken.id} desc` : sql`${zaken.id} asc`];
}

const ids = (query: SQL) => sql<string[]>`array(${query})`;

/** The related ids of a zaak as subqueries of one select. */
const ZAAK_RELATED = {
  deelzaken: ids(sql`select d.id::text from zaken d where d.hoofdzaak = "zaken"."id" order by d.identificatie`),
  eigenschappen: ids(sql`select e.id::text from zaak_eigenschappen e where e.zaak_id = "zaken"."id" order by e.naam, e.id`),
  rollen: ids(sql`select r.id::text from zaak_rollen r where r.zaak_id = "zaken"."id" order by r.registratiedatum, r.id`),
  zaakinformatieobjecten: ids(sql`select i.id::text from zaak_informatieobjecten i where i.zaak_id = "zaken"."id" order by i.registratiedatum, i.id`),
  zaakobjecten: ids(sql`select o.id::text from zaak_objecten o where o.zaak_id = "zaken"."id" order by o.id`),
  resultaat: sql<string | null>`(select x.id::text from zaak_resultaten x where x.zaak_id = "zaken"."id" limit 1)`,
};

/** zaak_list and zaak__zoek: one page of zaken the client may see. */
export async function listZakenApi(tx: Tx, actor: Actor, filter: ApiZaakFilter, auth: TypeFilter, page: PageRequest): Promise<{ count: number; rows: ZaakApiRow[] }> {
  requireRead(actor);
  const where = zaakWhere(filter, auth);
  const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(zaken).where(where);
  if (!Number(n)) return { count: 0, rows: [] };
  // First the ids of the page (from the index where it can), then only those zaken with their related ids.
  const pageIds = (await tx.select({ id: zaken.id }).from(zaken).where(where).orderBy(...zaakOrder(filter.ordering))
    .limit(page.pageSize).offset((page.page - 1) * page.pageSize)).map((r) => r.id);
  if (!pageIds.length) return { count: Number(n), rows: [] };
  const rows = await tx.select({ zaak: zaken, ...ZAAK_RELATED }).from(zaken).where(inArray(zaken.id, pageIds));
  const position = new Map(pageIds.map((id, i) => [id, i]));
  rows.sort((a, b) => position.get(a.zaak.id)! - position.get(b.zaak.id)!);
  return { count: Number(n), rows: rows.map(({ zaak, ...related }) => ({ ...zaak, ...related })) };
}

/** Zaken by id (related ids included), without an authorisation filter: the caller checks. */
export async function zakenByIds(tx: Tx, actor: Actor, idList: string[]): Promise<ZaakApiRow[]> {
  requireRead(actor);
  const wanted = [...new Set(idList.filter(isUuid))];
  if (!wanted.length) return [];
  const rows = await tx.select({ zaak: zaken, ...ZAAK_RELATED }).from(zaken).where(inArray(zaken.id, wanted));
  return rows.map(({ zaak, ...related }) => ({ ...zaak, ...related }));
}

/** Candidates for the geometry search (zaak__zoek zaakgeometrie.within): id and geometry. */
export async function zaakGeometries(tx: Tx, actor: Actor, filter: ApiZaakFilter, auth: TypeFilter, bbox: [number, number, number, number]): Promise<{ id: string; zaakgeometrie: unknown }[]> {
  requireRead(actor);
  const [minX, minY, maxX, maxY] = bbox;
  // A point outside the bounding box can never be within; other geometries are checked by the caller.
  const box = sql`(${zaken.zaakgeometrie}->>'type' <> 'Point' or (
    (${zaken.zaakgeometrie}->'coordinates'->>0)::float8 between ${minX} and ${maxX} and (${zaken.zaakgeometrie}->'coordinates'->>1)::float8 between ${minY} and ${maxY}))`;
  return tx.select({ id: zaken.id, zaakgeometrie: zaken.zaakgeometrie }).from(zaken).where(and(zaakWhere(filter, auth), isNotNull(zaken.zaakgeometrie), box)).limit(10_000);
}

// ---------------------------------------------------------------------------------------------
// Related resources: each list joins its zaak for the authorisation filter
// ---------------------------------------------------------------------------------------------

/** What the API needs of the zaak of a related record (authorisation, closed or not). */
export interface ZaakFacts {
  id: string;
  zaaktype: string;
  vertrouwelijkheidaanduiding: string;
  bronorganisatie: string;
  einddatum: string | null;
  status: string | null;
}

const FACTS = {
  id: zaken.id, zaaktype: zaken.zaaktype, vertrouwelijkheidaanduiding: zaken.vertrouwelijkheidaanduiding, bronorganisatie: zaken.bronorganisatie,
  einddatum: zaken.einddatum, status: zaken.status,
};

export async function zaakFacts(tx: Tx, actor: Actor, zaakId: string): Promise<ZaakFacts | undefined> {
  requireRead(actor);
  if (!isUuid(zaakId)) return undefined;
  const [row] = await tx.select(FACTS).from(zaken).where(eq(zaken.id, zaakId));
  return row;
}

async function paged<T>(countQuery: Promise<{ n: number }[]>, rowsQuery: () => Promise<T[]>): Promise<{ count: number; rows: T[] }> {
  const [{ n } = { n: 0 }] = await countQuery;
  return Number(n) ? { count: Number(n), rows: await rowsQuery() } : { count: 0, rows: [] };
}

export type StatusRow = typeof zaakStatussen.$inferSelect & { zaakinformatieobjecten: string[]; laatst: boolean };
const STATUS_EXTRA = {
  zaakinformatieobjecten: ids(sql`select i.id::text from zaak_informatieobjecten i where i.status = "zaak_statussen"."id" order by i.registratiedatum`),
  laatst: sql<boolean>`("zaken"."status" = "zaak_statussen"."id")`,
};

export async function listStatussenApi(tx: Tx, actor: Actor, filter: { zaak?: string | null; statustype?: string | null; laatst?: boolean }, auth: TypeFilter, page: PageRequest): Promise<{ count: number; rows: StatusRow[] }> {
  requireRead(actor);
  const where: SQL[] = [authSql(auth)];
  if (filter.zaak !== undefined) where.push(filter.zaak ? eq(zaakStatussen.zaakId, filter.zaak) : sql`false`);
  if (filter.statustype !== undefined) where.push(filter.statustype ? eq(zaakStatussen.statustype, filter.statustype) : sql`false`);
  if (filter.laatst !== undefined) where.push(filter.laatst ? sql`${zaken.status} = ${zaakStatussen.id}` : sql`${zaken.status} is distinct from ${zaakStatussen.id}`);
  const w = and(...where);
  return paged(tx.select({ n: count() }).from(zaakStatussen).innerJoin(zaken, eq(zaken.id, zaakStatussen.zaakId)).where(w),
    async () => (await tx.select({ s: zaakStatussen, ...STATUS_EXTRA }).from(zaakStatussen).innerJoin(zaken, eq(zaken.id, zaakStatussen.zaakId)).where(w)
      .orderBy(desc(zaakStatussen.datumStatusGezet), desc(zaakStatussen.createdAt)).limit(page.pageSize).offset((page.page - 1) * page.pageSize))
      .map(({ s, ...extra }) => ({ ...s, ...extra })));
}

export async function getStatusApi(tx: Tx, actor: Actor, id: string): Promise<{ row: StatusRow; zaak: ZaakFacts } | undefined> {
  requireRead(actor);
  if (!isUuid(id)) return undefined;
  const [found] = await tx.select({ s: zaakStatussen, zaak: FACTS, ...STATUS_EXTRA }).from(zaakStatussen).innerJoin(zaken, eq(zaken.id, zaakStatussen.zaakId)).where(eq(zaakStatussen.id, id));
  return found ? { row: { ...found.s, zaakinformatieobjecten: found.zaakinformatieobjecten, laatst: found.laatst }, zaak: found.zaak } : undefined;
}

export type RolRow = typeof zaakRollen.$inferSelect & { statussen: string[] };
const ROL_EXTRA = { statussen: ids(sql`select s.id::text from zaak_statussen s where s.gezetdoor = "zaak_rollen"."id" order by s.datum_status_gezet`) };

export async function listRollenApi(tx: Tx, actor: Actor, filter: RolFilter & { zaak?: string | null }, auth: TypeFilter, page: PageRequest): Promise<{ count: number; rows: RolRow[] }> {
  requireRead(actor);
  const where: SQL[] = [authSql(auth), ...rolConditions(filter)];
  if (filter.zaak !== undefined) where.push(filter.zaak ? eq(zaakRollen.zaakId, filter.zaak) : sql`false`);
  const w = and(...where);
  return paged(tx.select({ n: count() }).from(zaakRollen).innerJoin(zaken, eq(zaken.id, zaakRollen.zaakId)).where(w),
    async () => (await tx.select({ r: zaakRollen, ...ROL_EXTRA }).from(zaakRollen).innerJoin(zaken, eq(zaken.id, zaakRollen.zaakId)).where(w)
      .orderBy(asc(zaakRollen.registratiedatum), asc(zaakRollen.id)).limit(page.pageSize).offset((page.page - 1) * page.pageSize)).map(({ r, ...extra }) => ({ ...r, ...extra })));
}

export async function getRolApi(tx: Tx, actor: Actor, id: string): Promise<{ row: RolRow; zaak: ZaakFacts } | undefined> {
  requireRead(actor);
  if (!isUuid(id)) return undefined;
  const [found] = await tx.select({ r: zaakRollen, zaak: FACTS, ...ROL_EXTRA }).from(zaakRollen).innerJoin(zaken, eq(zaken.id, zaakRollen.zaakId)).where(eq(zaakRollen.id, id));
  return found ? { row: { ...found.r, statussen: found.statussen }, zaak: found.zaak } : undefined;
}

/** Rollen of a set of zaken (expand=rollen), in one query. */
export async function rollenOfZaken(tx: Tx, actor: Actor, zaakIds: string[]): Promise<RolRow[]> {
  requireRead(actor);
  if (!zaakIds.length) return [];
  return (await tx.select({ r: zaakRollen, ...ROL_EXTRA }).from(zaakRollen).where(inArray(zaakRollen.zaakId, zaakIds)).orderBy(asc(zaakRollen.registratiedatum), asc(zaakRollen.id)))
    .map(({ r, ...extra }) => ({ ...r, ...extra }));
}

type Simple = typeof zaakResultaten | typeof zaakObjecten | typeof zaakKlantcontacten | typeof zaakInformatieobjecten | typeof zaakContactmomenten | typeof zaakVerzoeken | typeof zaakEigenschappen | typeof zaakBesluiten;

/** A record of one of the simple related tables, with its zaak. */
export async function getRelated<T extends Simple>(tx: Tx, actor: Actor, table: T, id: string): Promise<{ row: T['$inferSelect']; zaak: ZaakFacts } | undefined> {
  requireRead(actor);
  if (!isUuid(id)) return undefined;
  const [found] = await tx.select({ row: table as Simple, zaak: FACTS } as never).from(table as never).innerJoin(zaken, eq(zaken.id, (table as typeof zaakResultaten).zaakId)).where(eq((table as typeof zaakResultaten).id, id)) as { row: T['$inferSelect']; zaak: ZaakFacts }[];
  return found;
}

/** A list of one of the simple related tables; `page` undefined: every row (the lists the standard does not paginate). */
export async function listRelated<T extends Simple>(tx: Tx, actor: Actor, table: T, conditions: SQL[], auth: TypeFilter, page?: PageRequest): Promise<{ count: number; rows: T['$inferSelect'][] }> {
  requireRead(actor);
  const t = table as typeof zaakResultaten;
  const w = and(authSql(auth), ...conditions);
  const order = 'registratiedatum' in table ? [asc((table as typeof zaakInformatieobjecten).registratiedatum), asc(t.id)]
    : 'datumtijd' in table ? [asc((table as typeof zaakKlantcontacten).datumtijd), asc(t.id)]
      : 'createdAt' in table ? [asc((table as typeof zaakVerzoeken).createdAt), asc(t.id)] : [asc(t.id)];
  const rowsQuery = () => {
    const q = tx.select({ row: table as Simple } as never).from(table as never).innerJoin(zaken, eq(zaken.id, t.zaakId)).where(w).orderBy(...order);
    return (page ? q.limit(page.pageSize).offset((page.page - 1) * page.pageSize) : q) as unknown as Promise<{ row: T['$inferSelect'] }[]>;
  };
  if (!page) {
    const rows = (await rowsQuery()).map((r) => r.row);
    return { count: rows.length, rows };
  }
  const result = await paged(tx.select({ n: count() }).from(table as never).innerJoin(zaken, eq(zaken.id, t.zaakId)).where(w), rowsQuery);
  return { count: result.count, rows: result.rows.map((r) => r.row) };
}

/** Records of a simple related table for several zaken (expand), in one query. */
export async function relatedOfZaken<T extends Simple>(tx: Tx, actor: Actor, table: T, zaakIds: string[]): Promise<T['$inferSelect'][]> {
  requireRead(actor);
  if (!zaakIds.length) return [];
  const t = table as typeof zaakResultaten;
  return tx.select().from(table as never).where(inArray(t.zaakId, zaakIds)) as unknown as Promise<T['$inferSelect'][]>;
}

/** Statussen by id (expand=status), in one query. */
export async function statussenByIds(tx: Tx, actor: Actor, idList: string[]): Promise<StatusRow[]> {
  requireRead(actor);
  const wanted = [...new Set(idList.filter(isUuid))];
  if (!wanted.length) return [];
  return (await tx.select({ s: zaakStatussen, ...STATUS_EXTRA }).from(zaakStatussen).innerJoin(zaken, eq(zaken.id, zaakStatussen.zaakId)).where(inArray(zaakStatussen.id, wanted)))
    .map(({ s, ...extra }) => ({ ...s, ...extra }));
}

/** The audit trail of a zaak, oldest first (only the Zaken API's own resources). */
export async function audittrailApi(tx: Tx, actor: Actor, zaakId: string, id?: string): Promise<(typeof zaakAudittrail.$inferSelect)[]> {
  requireRead(actor);
  if (!isUuid(zaakId) || (id !== undefined && !isUuid(id))) return [];
  return tx.select().from(zaakAudittrail).where(and(eq(zaakAudittrail.hoofdObject, zaakId), id ? eq(zaakAudittrail.id, id) : undefined))
    .orderBy(asc(zaakAudittrail.aanmaakdatum), asc(zaakAudittrail.id));
}

export const TABLES = {
  resultaten: zaakResultaten, zaakobjecten: zaakObjecten, klantcontacten: zaakKlantcontacten, zaakinformatieobjecten: zaakInformatieobjecten,
  zaakcontactmomenten: zaakContactmomenten, zaakverzoeken: zaakVerzoeken, zaakeigenschappen: zaakEigenschappen, zaakbesluiten: zaakBesluiten,
};
