import { sql } from 'drizzle-orm';
import { rowsOf, type Database, type Tx } from '../db/database.js';
import { ShortCache } from '../short-cache.js';
import type { Permission } from './access.js';

/**
 * Authorisation of the ZGW APIs, exactly as the Autorisaties API 1.0.0 defines it: an application
 * (applicatie) is known by its client ids, and either `heeftAlleAutorisaties` or holds autorisaties
 * per component with scopes and — for zaken, documenten and besluiten — one type and a maximum
 * vertrouwelijkheidaanduiding. The JWT itself is checked by ApiClients (the secrets); this file
 * holds the applications and answers "may this client do this with this object".
 */

export const ZGW_COMPONENTS = ['ac', 'nrc', 'zrc', 'ztc', 'drc', 'brc', 'cmc', 'kc', 'vrc'] as const;
export type ZgwComponent = (typeof ZGW_COMPONENTS)[number];

/** The scopes of the ZGW APIs (as Open Zaak knows them), per component. */
export const ZGW_SCOPES: Record<'zrc' | 'ztc' | 'drc' | 'brc' | 'ac' | 'nrc', readonly string[]> = {
  zrc: ['zaken.lezen', 'zaken.aanmaken', 'zaken.bijwerken', 'zaken.verwijderen', 'zaken.heropenen', 'zaken.statussen.toevoegen', 'zaken.geforceerd-bijwerken', 'audittrails.lezen'],
  ztc: ['catalogi.lezen', 'catalogi.schrijven', 'catalogi.geforceerd-schrijven'],
  drc: ['documenten.lezen', 'documenten.aanmaken', 'documenten.bijwerken', 'documenten.verwijderen', 'documenten.lock', 'documenten.geforceerd-unlock', 'documenten.geforceerd-bijwerken', 'audittrails.lezen'],
  brc: ['besluiten.lezen', 'besluiten.aanmaken', 'besluiten.bijwerken', 'besluiten.verwijderen', 'audittrails.lezen'],
  ac: ['autorisaties.lezen', 'autorisaties.bijwerken'],
  nrc: ['notificaties.consumeren', 'notificaties.publiceren'],
};

export const VERTROUWELIJKHEID = ['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'] as const;
export type Vertrouwelijkheid = (typeof VERTROUWELIJKHEID)[number];

/** True when `level` is at most `max` (openbaar < … < zeer_geheim). */
export function withinVertrouwelijkheid(level: string, max: string | null | undefined): boolean {
  const a = VERTROUWELIJKHEID.indexOf(level as Vertrouwelijkheid);
  const b = VERTROUWELIJKHEID.indexOf((max ?? '') as Vertrouwelijkheid);
  return a >= 0 && b >= 0 && a <= b;
}

export interface ZgwAutorisatie {
  component: ZgwComponent;
  scopes: string[];
  /** The type as the client gave it (an absolute URL), and its uuid when it is one of ours. */
  zaaktype?: string;
  informatieobjecttype?: string;
  besluittype?: string;
  /** The uuid at the end of the type URL (for comparisons whatever host form was used). */
  typeId?: string | null;
  maxVertrouwelijkheidaanduiding?: Vertrouwelijkheid | '';
}

export interface ZgwApplicatie {
  id: string;
  clientIds: string[];
  label: string;
  heeftAlleAutorisaties: boolean;
  autorisaties: ZgwAutorisatie[];
}

/** What a request knows about the calling ZGW client after its JWT was checked. */
export interface ZgwClient {
  clientId: string;
  applicatie: ZgwApplicatie | undefined;
}

export function componentOfScope(scope: string): 'zrc' | 'ztc' | 'drc' | 'brc' | 'ac' | 'nrc' {
  const prefix = scope.split('.')[0];
  switch (prefix) {
    case 'zaken': return 'zrc';
    case 'catalogi': return 'ztc';
    case 'documenten': return 'drc';
    case 'besluiten': return 'brc';
    case 'autorisaties': return 'ac';
    case 'notificaties': return 'nrc';
    default: throw new Error(`onbekende ZGW-scope ${scope}`);
  }
}

/** Scopes that more than one component has. */
const SHARED_SCOPES = ['audittrails.lezen'];

/** Whether the client holds this scope on this component at all (for any type). */
export function hasScope(client: ZgwClient | undefined, scope: string, component: ZgwComponent | undefined = SHARED_SCOPES.includes(scope) ? undefined : componentOfScope(scope)): boolean {
  const app = client?.applicatie;
  if (!app) return false;
  if (app.heeftAlleAutorisaties) return true;
  // A scope of several components (audittrails.lezen) counts on any of them unless one is named;
  // the route then checks the component and type of the object itself.
  if (app.autorisaties.some((a) => (component === undefined || a.component === component) && a.scopes.includes(scope))) return true;
  // ztc-014: who may read zaken or documenten may read the catalogus as with catalogi.lezen.
  return scope === 'catalogi.lezen' && component === 'ztc'
    && app.autorisaties.some((a) => (a.component === 'zrc' && a.scopes.includes('zaken.lezen')) || (a.component === 'drc' && a.scopes.includes('documenten.lezen')));
}

/**
 * Which objects a client may see or change with this scope: `'all'`, or per type uuid the highest
 * vertrouwelijkheidaanduiding (zrc: zaaktype, drc: informatieobjecttype, brc: besluittype).
 * Lists use this to filter; single objects use `allowsObject`.
 */
export type TypeFilter = 'all' | Map<string, Vertrouwelijkheid | null>;

export function typeFilter(client: ZgwClient | undefined, scope: string, component: 'zrc' | 'drc' | 'brc' = componentOfScope(scope) as 'zrc' | 'drc' | 'brc'): TypeFilter {
  const app = client?.applicatie;
  if (!app) return new Map();
  if (app.heeftAlleAutorisaties) return 'all';
  const allowed = new Map<string, Vertrouwelijkheid | null>();
  for (const a of app.autorisaties) {
    if (a.component !== component || !a.scopes.includes(scope) || !a.typeId) continue;
    const max = (a.maxVertrouwelijkheidaanduiding || null) as Vertrouwelijkheid | null;
    const known = allowed.get(a.typeId);
    // The widest of several autorisaties for the same type counts.
    if (known === undefined || (max && (!known || VERTROUWELIJKHEID.indexOf(max) > VERTROUWELIJKHEID.indexOf(known)))) allowed.set(a.typeId, max);
  }
  return allowed;
}

/** May the client use this scope on an object of this type with this vertrouwelijkheidaanduiding? */
export function allowsObject(filter: TypeFilter, typeId: string, vertrouwelijkheid: string | null): boolean {
  if (filter === 'all') return true;
  if (!filter.has(typeId)) return false;
  const max = filter.get(typeId);
  // besluiten have no vertrouwelijkheidaanduiding: only the type counts there.
  return vertrouwelijkheid === null || max === null || max === undefined ? true : withinVertrouwelijkheid(vertrouwelijkheid, max);
}

/**
 * The platform permissions a ZGW client acts with inside our service functions (they check these
 * again); the type and confidentiality checks happen in the API layer before the service is called.
 */
export function permissionsForZgw(client: ZgwClient): Set<Permission> {
  const all = client.applicatie?.heeftAlleAutorisaties ?? false;
  const scopes = new Set(all ? Object.values(ZGW_SCOPES).flat() : (client.applicatie?.autorisaties ?? []).flatMap((a) => a.scopes));
  const permissions = new Set<Permission>();
  const give = (p: Permission, ...when: string[]) => { if (when.some((s) => scopes.has(s))) permissions.add(p); };
  give('zaken.lezen', 'zaken.lezen', 'documenten.lezen', 'besluiten.lezen', 'audittrails.lezen');
  give('zaken.aanmaken', 'zaken.aanmaken', 'documenten.aanmaken', 'besluiten.aanmaken');
  give('zaken.behandelen', 'zaken.bijwerken', 'zaken.statussen.toevoegen', 'zaken.heropenen', 'zaken.geforceerd-bijwerken', 'zaken.verwijderen',
    'documenten.bijwerken', 'documenten.verwijderen', 'documenten.lock', 'documenten.geforceerd-unlock', 'documenten.geforceerd-bijwerken',
    'besluiten.bijwerken', 'besluiten.verwijderen', 'besluiten.aanmaken', 'documenten.aanmaken', 'zaken.aanmaken');
  give('zaken.toewijzen', 'zaken.bijwerken', 'zaken.aanmaken');
  give('zaaktypen.beheren', 'catalogi.schrijven', 'catalogi.geforceerd-schrijven');
  give('gebruikers.beheren', 'autorisaties.bijwerken');
  return permissions;
}

/** A text[] parameter (drizzle would spread a JS array into a list). */
function textArray(values: readonly string[]) {
  return values.length ? sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]` : sql`'{}'::text[]`;
}

type Row = { id: string; client_ids: string[]; label: string; heeft_alle_autorisaties: boolean; autorisaties: ZgwAutorisatie[] };

function toApplicatie(row: Row): ZgwApplicatie {
  return { id: row.id, clientIds: row.client_ids, label: row.label, heeftAlleAutorisaties: row.heeft_alle_autorisaties, autorisaties: row.autorisaties ?? [] };
}

const cache = new ShortCache<ZgwApplicatie | undefined>(5_000);

/**
 * Forgets the applications kept in this process. The store calls it on every change; call it
 * again after the change's transaction committed, so that no request in between keeps the old one.
 */
export function forgetApplicaties(): void {
  cache.clear();
}

/**
 * The application of a client id, kept for a few seconds (a change in this process applies at
 * once, another process's after at most 5 seconds).
 */
export function applicatieOfClient(database: Database, tenantId: string, clientId: string): Promise<ZgwApplicatie | undefined> {
  return cache.get(`${tenantId}:${clientId}`, () => database.withTenant(tenantId, (tx) => zgwApplicaties.forClient(tx, clientId)));
}

/** The stored applications of the municipality of the transaction. */
export const zgwApplicaties = {
  async forClient(tx: Tx, clientId: string): Promise<ZgwApplicatie | undefined> {
    const rows = await rowsOf<Row>(tx, sql`SELECT id, client_ids, label, heeft_alle_autorisaties, autorisaties FROM zgw_applicaties WHERE client_ids @> ARRAY[${clientId}]::text[] LIMIT 1`);
    return rows[0] ? toApplicatie(rows[0]) : undefined;
  },
  async get(tx: Tx, id: string): Promise<ZgwApplicatie | undefined> {
    const rows = await rowsOf<Row>(tx, sql`SELECT id, client_ids, label, heeft_alle_autorisaties, autorisaties FROM zgw_applicaties WHERE id = ${id}`);
    return rows[0] ? toApplicatie(rows[0]) : undefined;
  },
  async list(tx: Tx, options: { clientIds?: string[]; limit?: number; offset?: number } = {}): Promise<{ count: number; results: ZgwApplicatie[] }> {
    // As Open Zaak: the applications that hold all the given client ids.
    const filter = options.clientIds?.length ? sql`WHERE client_ids @> ${textArray(options.clientIds)}` : sql``;
    const counted = await rowsOf<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM zgw_applicaties ${filter}`);
    const rows = await rowsOf<Row>(tx, sql`SELECT id, client_ids, label, heeft_alle_autorisaties, autorisaties FROM zgw_applicaties ${filter}
      ORDER BY created_at, id LIMIT ${options.limit ?? 100} OFFSET ${options.offset ?? 0}`);
    return { count: counted[0]?.n ?? 0, results: rows.map(toApplicatie) };
  },
  /** Client ids already used by another application (ac-001). */
  async clientIdsTaken(tx: Tx, clientIds: string[], exceptId?: string): Promise<string[]> {
    if (!clientIds.length) return [];
    const rows = await rowsOf<{ client_id: string }>(tx, sql`SELECT DISTINCT unnest(client_ids) AS client_id FROM zgw_applicaties
      WHERE client_ids && ${textArray(clientIds)} AND (${exceptId ?? null}::uuid IS NULL OR id <> ${exceptId ?? null}::uuid)`);
    return rows.map((r) => r.client_id).filter((c) => clientIds.includes(c));
  },
  async create(tx: Tx, input: Omit<ZgwApplicatie, 'id'>): Promise<ZgwApplicatie> {
    cache.clear();
    const rows = await rowsOf<Row>(tx, sql`INSERT INTO zgw_applicaties (client_ids, label, heeft_alle_autorisaties, autorisaties)
      VALUES (${textArray(input.clientIds)}, ${input.label}, ${input.heeftAlleAutorisaties}, ${JSON.stringify(input.autorisaties)}::jsonb)
      RETURNING id, client_ids, label, heeft_alle_autorisaties, autorisaties`);
    return toApplicatie(rows[0]!);
  },
  async update(tx: Tx, id: string, input: Omit<ZgwApplicatie, 'id'>): Promise<ZgwApplicatie | undefined> {
    cache.clear();
    const rows = await rowsOf<Row>(tx, sql`UPDATE zgw_applicaties SET client_ids = ${textArray(input.clientIds)}, label = ${input.label},
      heeft_alle_autorisaties = ${input.heeftAlleAutorisaties}, autorisaties = ${JSON.stringify(input.autorisaties)}::jsonb, updated_at = now()
      WHERE id = ${id} RETURNING id, client_ids, label, heeft_alle_autorisaties, autorisaties`);
    return rows[0] ? toApplicatie(rows[0]) : undefined;
  },
  async delete(tx: Tx, id: string): Promise<boolean> {
    cache.clear();
    const rows = await rowsOf<{ id: string }>(tx, sql`DELETE FROM zgw_applicaties WHERE id = ${id} RETURNING id`);
    return rows.length > 0;
  },
};
