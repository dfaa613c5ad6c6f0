/**
 * The tables of the Notificaties API: kanalen, abonnementen and afleveringen (one delivery of one
 * notification to one abonnement). Every function runs in the caller's tenant transaction.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Database, type Tx } from '../../platform/db/database.js';
import type { Sealer } from '../../platform/crypto/sealer.js';
import type { Kanaal as KanaalNaam } from './publish.js';

/** Kanalen of the platform's own APIs and the kenmerken their notifications carry. */
export const EIGEN_KANALEN: Record<KanaalNaam, { filters: string[]; documentatieLink: string }> = {
  zaken: { filters: ['bronorganisatie', 'zaaktype', 'vertrouwelijkheidaanduiding'], documentatieLink: 'https://vng-realisatie.github.io/gemma-zaken/standaard/zaken/' },
  documenten: { filters: ['bronorganisatie', 'informatieobjecttype', 'vertrouwelijkheidaanduiding'], documentatieLink: 'https://vng-realisatie.github.io/gemma-zaken/standaard/documenten/' },
  besluiten: { filters: ['verantwoordelijkeOrganisatie', 'besluittype'], documentatieLink: 'https://vng-realisatie.github.io/gemma-zaken/standaard/besluiten/' },
  zaaktypen: { filters: ['catalogus'], documentatieLink: 'https://vng-realisatie.github.io/gemma-zaken/standaard/catalogi/' },
  informatieobjecttypen: { filters: ['catalogus'], documentatieLink: 'https://vng-realisatie.github.io/gemma-zaken/standaard/catalogi/' },
  besluittypen: { filters: ['catalogus'], documentatieLink: 'https://vng-realisatie.github.io/gemma-zaken/standaard/catalogi/' },
  autorisaties: { filters: [], documentatieLink: 'https://vng-realisatie.github.io/gemma-zaken/standaard/autorisaties/' },
};

/** The context of sealed Authorization header values (authenticated by the sealer). */
export const AUTH_CONTEXT = 'notificaties_abonnementen.auth';

export interface KanaalRow {
  id: string;
  naam: string;
  documentatieLink: string;
  filters: string[];
  eigen: boolean;
}

export interface FilterGroup {
  naam: string;
  filters: Record<string, string>;
}

export interface AbonnementRow {
  id: string;
  callbackUrl: string;
  kanalen: FilterGroup[];
  aangemaaktDoor: string;
  createdAt: Date;
}

type KanaalDb = { id: string; naam: string; documentatie_link: string; filters: string[]; eigen: boolean };
type AbonnementDb = { id: string; callback_url: string; kanalen: FilterGroup[]; aangemaakt_door: string; created_at: Date | string };

const toKanaal = (r: KanaalDb): KanaalRow => ({ id: r.id, naam: r.naam, documentatieLink: r.documentatie_link, filters: r.filters ?? [], eigen: r.eigen });
const toAbonnement = (r: AbonnementDb): AbonnementRow => ({
  id: r.id, callbackUrl: r.callback_url, kanalen: r.kanalen ?? [], aangemaaktDoor: r.aangemaakt_door, createdAt: new Date(r.created_at),
});

function textArray(values: readonly string[]) {
  return values.length ? sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]` : sql`'{}'::text[]`;
}

/** Municipalities whose platform kanalen exist (per database; they are never removed). */
const seeded = new WeakMap<Database, Set<string>>();

/**
 * Makes sure the kanalen of the platform's own APIs exist in this municipality (idempotent; once
 * per process and municipality it costs one INSERT … ON CONFLICT DO NOTHING in its own transaction).
 */
export async function ensureKanalen(database: Database, tenantId: string): Promise<void> {
  let done = seeded.get(database);
  if (!done) seeded.set(database, done = new Set());
  if (done.has(tenantId)) return;
  await database.withTenant(tenantId, (tx) => insertEigenKanalen(tx));
  done.add(tenantId);
}

export async function insertEigenKanalen(tx: Tx): Promise<void> {
  const values = Object.entries(EIGEN_KANALEN).map(([naam, k]) => sql`(${naam}, ${k.documentatieLink}, ${textArray(k.filters)}, true)`);
  await tx.execute(sql`INSERT INTO notificaties_kanalen (naam, documentatie_link, filters, eigen)
    VALUES ${sql.join(values, sql`, `)} ON CONFLICT (tenant_id, naam) DO NOTHING`);
}

export const kanalen = {
  async list(tx: Tx, naam?: string): Promise<KanaalRow[]> {
    const where = naam === undefined ? sql`` : sql`WHERE naam = ${naam}`;
    return (await rowsOf<KanaalDb>(tx, sql`SELECT id, naam, documentatie_link, filters, eigen FROM notificaties_kanalen ${where} ORDER BY naam`)).map(toKanaal);
  },
  async get(tx: Tx, id: string): Promise<KanaalRow | undefined> {
    const rows = await rowsOf<KanaalDb>(tx, sql`SELECT id, naam, documentatie_link, filters, eigen FROM notificaties_kanalen WHERE id = ${id}::uuid`);
    return rows[0] ? toKanaal(rows[0]) : undefined;
  },
  async byNames(tx: Tx, names: string[]): Promise<Map<string, KanaalRow>> {
    if (!names.length) return new Map();
    const rows = await rowsOf<KanaalDb>(tx, sql`SELECT id, naam, documentatie_link, filters, eigen FROM notificaties_kanalen WHERE naam = ANY(${textArray(names)})`);
    return new Map(rows.map((r) => [r.naam, toKanaal(r)]));
  },
  /** Undefined when the name is taken. */
  async create(tx: Tx, input: { naam: string; documentatieLink: string; filters: string[] }): Promise<KanaalRow | undefined> {
    const rows = await rowsOf<KanaalDb>(tx, sql`INSERT INTO notificaties_kanalen (naam, documentatie_link, filters)
      VALUES (${input.naam}, ${input.documentatieLink}, ${textArray(input.filters)})
      ON CONFLICT (tenant_id, naam) DO NOTHING RETURNING id, naam, documentatie_link, filters, eigen`);
    return rows[0] ? toKanaal(rows[0]) : undefined;
  },
};

export const abonnementen = {
  async list(tx: Tx): Promise<AbonnementRow[]> {
    return (await rowsOf<AbonnementDb>(tx, sql`SELECT id, callback_url, kanalen, aangemaakt_door, created_at FROM notificaties_abonnementen ORDER BY created_at, id`)).map(toAbonnement);
  },
  async get(tx: Tx, id: string): Promise<AbonnementRow | undefined> {
    const rows = await rowsOf<AbonnementDb>(tx, sql`SELECT id, callback_url, kanalen, aangemaakt_door, created_at FROM notificaties_abonnementen WHERE id = ${id}::uuid`);
    return rows[0] ? toAbonnement(rows[0]) : undefined;
  },
  /** The Authorization header value of an abonnement (opened from its sealed form). */
  async auth(tx: Tx, sealer: Sealer, id: string): Promise<string | undefined> {
    const rows = await rowsOf<{ auth_sealed: string }>(tx, sql`SELECT auth_sealed FROM notificaties_abonnementen WHERE id = ${id}::uuid`);
    return rows[0] ? sealer.open(rows[0].auth_sealed, AUTH_CONTEXT) : undefined;
  },
  async create(tx: Tx, sealer: Sealer, input: { callbackUrl: string; auth: string; kanalen: FilterGroup[]; aangemaaktDoor: string }): Promise<AbonnementRow> {
    const rows = await rowsOf<AbonnementDb>(tx, sql`INSERT INTO notificaties_abonnementen (callback_url, auth_sealed, kanalen, aangemaakt_door)
      VALUES (${input.callbackUrl}, ${sealer.seal(input.auth, AUTH_CONTEXT)}, ${JSON.stringify(input.kanalen)}::jsonb, ${input.aangemaaktDoor})
      RETURNING id, callback_url, kanalen, aangemaakt_door, created_at`);
    return toAbonnement(rows[0]!);
  },
  async update(tx: Tx, sealer: Sealer, id: string, input: { callbackUrl: string; auth: string; kanalen: FilterGroup[] }): Promise<AbonnementRow | undefined> {
    const rows = await rowsOf<AbonnementDb>(tx, sql`UPDATE notificaties_abonnementen
      SET callback_url = ${input.callbackUrl}, auth_sealed = ${sealer.seal(input.auth, AUTH_CONTEXT)}, kanalen = ${JSON.stringify(input.kanalen)}::jsonb, updated_at = now()
      WHERE id = ${id}::uuid RETURNING id, callback_url, kanalen, aangemaakt_door, created_at`);
    return rows[0] ? toAbonnement(rows[0]) : undefined;
  },
  async delete(tx: Tx, id: string): Promise<boolean> {
    return (await rowsOf<{ id: string }>(tx, sql`DELETE FROM notificaties_abonnementen WHERE id = ${id}::uuid RETURNING id`)).length > 0;
  },
  /** The abonnementen with at least one filter group on this kanaal (GIN index on kanalen). */
  async onKanaal(tx: Tx, kanaal: string): Promise<AbonnementRow[]> {
    return (await rowsOf<AbonnementDb>(tx, sql`SELECT id, callback_url, kanalen, aangemaakt_door, created_at FROM notificaties_abonnementen
      WHERE kanalen @> ${JSON.stringify([{ naam: kanaal }])}::jsonb`)).map(toAbonnement);
  },
};

export type AfleveringStatus = 'pending' | 'delivered' | 'failed';

export interface AfleveringRow {
  id: string;
  abonnementId: string;
  callbackUrl: string;
  outboxEventId: string | null;
  kanaal: string;
  resource: string;
  actie: string;
  resourceUrl: string;
  status: AfleveringStatus;
  attempts: number;
  lastError: string | null;
  lastStatus: number | null;
  deliveredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

type AfleveringDb = {
  id: string; abonnement_id: string; callback_url: string; outbox_event_id: string | null; kanaal: string; resource: string; actie: string;
  resource_url: string; status: AfleveringStatus; attempts: number; last_error: string | null; last_status: number | null;
  delivered_at: Date | string | null; created_at: Date | string; updated_at: Date | string;
};

const toAflevering = (r: AfleveringDb): AfleveringRow => ({
  id: r.id, abonnementId: r.abonnement_id, callbackUrl: r.callback_url, outboxEventId: r.outbox_event_id, kanaal: r.kanaal, resource: r.resource,
  actie: r.actie, resourceUrl: r.resource_url, status: r.status, attempts: Number(r.attempts), lastError: r.last_error,
  lastStatus: r.last_status === null ? null : Number(r.last_status), deliveredAt: r.delivered_at ? new Date(r.delivered_at) : null,
  createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
});

export const afleveringen = {
  /** The most recent deliveries, with their abonnement's callback URL. */
  async recent(tx: Tx, limit = 50): Promise<AfleveringRow[]> {
    return (await rowsOf<AfleveringDb>(tx, sql`SELECT f.id, f.abonnement_id, a.callback_url, f.outbox_event_id, f.kanaal, f.resource, f.actie,
        f.bericht->>'resourceUrl' AS resource_url, f.status, f.attempts, f.last_error, f.last_status, f.delivered_at, f.created_at, f.updated_at
      FROM notificaties_afleveringen f JOIN notificaties_abonnementen a ON a.tenant_id = f.tenant_id AND a.id = f.abonnement_id
      ORDER BY f.created_at DESC, f.id LIMIT ${limit}`)).map(toAflevering);
  },
  async get(tx: Tx, id: string): Promise<AfleveringRow | undefined> {
    const rows = await rowsOf<AfleveringDb>(tx, sql`SELECT f.id, f.abonnement_id, a.callback_url, f.outbox_event_id, f.kanaal, f.resource, f.actie,
        f.bericht->>'resourceUrl' AS resource_url, f.status, f.attempts, f.last_error, f.last_status, f.delivered_at, f.created_at, f.updated_at
      FROM notificaties_afleveringen f JOIN notificaties_abonnementen a ON a.tenant_id = f.tenant_id AND a.id = f.abonnement_id
      WHERE f.id = ${id}::uuid`);
    return rows[0] ? toAflevering(rows[0]) : undefined;
  },
};
