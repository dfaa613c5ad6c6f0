/**
 * Delivery of notifications to abonnementen, on the platform's transactional outbox.
 *
 * 1. `notify(tx, …)` (or POST /notificaties) writes an event `zgw.notificatie` in the business
 *    transaction: it exists exactly when the change commits.
 * 2. The handler `notificaties.verdelen` fans it out: in one transaction it adds one aflevering per
 *    matching abonnement (unique per event and abonnement, so a second run adds nothing) and one
 *    outbox event `zgw.notificatie.aflevering` per aflevering.
 * 3. The handler `notificaties.afleveren` POSTs the message to the abonnement's callback with its
 *    Authorization header. 2xx is delivered; anything else is retried by the outbox with
 *    exponential back-off (5 s, 10 s, … capped at an hour; MAX_POGINGEN attempts, about six
 *    hours), independently per abonnement, and then marked failed (the back office can retry it).
 *
 * Everything is in the database, so a restart between any two steps loses nothing; an aflevering
 * that is delivered is never sent again (at most a crash between the answer and its recording
 * repeats one POST). The Authorization value is never logged nor kept in the outbox.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Config } from '../../platform/config/config.js';
import type { Sealer } from '../../platform/crypto/sealer.js';
import { rowsOf, type Database } from '../../platform/db/database.js';
import { publish, type Jobs, type OutboxEvent } from '../../platform/jobs/index.js';
import type { TenantRegistry } from '../../platform/tenancy/tenants.js';
import { isUuid } from '../../platform/values.js';
import { abonnementMatches } from './filters.js';
import { NOTIFICATIE_TOPIC, resolveRef } from './publish.js';
import { abonnementen, AUTH_CONTEXT } from './store.js';

export const AFLEVERING_TOPIC = 'zgw.notificatie.aflevering';
export const VERDELEN = 'notificaties.verdelen';
export const AFLEVEREN = 'notificaties.afleveren';
/** Attempts per aflevering: with the outbox's back-off (5 s doubling, at most an hour apart) about six hours. */
export const MAX_POGINGEN = 16;
/** Days a delivered notification stays visible in the back office. */
export const BEWAAR_DAGEN = 30;
/** Time limit of one POST to a callback. */
export const CALLBACK_TIMEOUT_MS = 10_000;

export interface DeliveryDeps {
  database: Database;
  sealer: Sealer;
  config: Pick<Config, 'publicUrl'>;
  tenants: Pick<TenantRegistry, 'list'>;
}

/** The message of the consumer contract (Notificatie), as stored: references may still be `zgw:` refs. */
export interface Bericht {
  kanaal: string;
  hoofdObject: string;
  resource: string;
  resourceUrl: string;
  actie: string;
  aanmaakdatum: string;
  kenmerken: Record<string, string>;
}

export function toBericht(payload: Record<string, unknown>): Bericht {
  const kenmerken: Record<string, string> = {};
  const raw = payload.kenmerken;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) if (v !== null && v !== undefined && String(v) !== '') kenmerken[k] = String(v);
  }
  return {
    kanaal: String(payload.kanaal ?? ''),
    hoofdObject: String(payload.hoofdObject ?? ''),
    resource: String(payload.resource ?? ''),
    resourceUrl: String(payload.resourceUrl ?? ''),
    actie: String(payload.actie ?? ''),
    aanmaakdatum: String(payload.aanmaakdatum ?? new Date().toISOString()),
    kenmerken,
  };
}

/** The message as the subscriber receives it: every `zgw:` reference an absolute URL under PUBLIC_URL/<slug>. */
export function resolveBericht(bericht: Bericht, municipalityRoot: string): Bericht {
  const kenmerken: Record<string, string> = {};
  for (const [k, v] of Object.entries(bericht.kenmerken)) kenmerken[k] = resolveRef(v, municipalityRoot);
  return {
    kanaal: bericht.kanaal,
    hoofdObject: resolveRef(bericht.hoofdObject, municipalityRoot),
    resource: bericht.resource,
    resourceUrl: resolveRef(bericht.resourceUrl, municipalityRoot),
    actie: bericht.actie,
    aanmaakdatum: bericht.aanmaakdatum,
    kenmerken,
  };
}

async function slugOf(deps: DeliveryDeps, tenantId: string): Promise<string> {
  const tenant = (await deps.tenants.list()).find((t) => t.id === tenantId);
  if (!tenant) throw new Error(`gemeente ${tenantId} niet gevonden`);
  return tenant.slug;
}

/** Registers the fan-out and the delivery on the outbox worker (once, at start). */
export function registerNotificatieDelivery(jobs: Jobs, deps: DeliveryDeps, options: { maxAttempts?: number; timeoutMs?: number } = {}): void {
  const maxAttempts = options.maxAttempts ?? MAX_POGINGEN;
  const timeoutMs = options.timeoutMs ?? CALLBACK_TIMEOUT_MS;
  jobs.on(NOTIFICATIE_TOPIC, VERDELEN, async (event) => { await fanOut(deps, event); });
  jobs.on(AFLEVERING_TOPIC, AFLEVEREN, (event) => deliver(deps, event, { maxAttempts, timeoutMs }), { maxAttempts });
}

/** One aflevering per matching abonnement, in one transaction; a second run adds nothing. */
export async function fanOut(deps: DeliveryDeps, event: OutboxEvent): Promise<number> {
  const bericht = toBericht(event.payload);
  const slug = await slugOf(deps, event.tenantId);
  return deps.database.withTenant(event.tenantId, async (tx) => {
    const candidates = await abonnementen.onKanaal(tx, bericht.kanaal);
    const matching = candidates.filter((a) => abonnementMatches(a.kanalen, bericht.kanaal, bericht.kenmerken, slug));
    if (!matching.length) return 0;
    const rows = matching.map((a) => sql`(${randomUUID()}::uuid, ${event.id}::uuid, ${a.id}::uuid, ${JSON.stringify(bericht)}::jsonb, ${bericht.kanaal}, ${bericht.resource}, ${bericht.actie})`);
    const added = await rowsOf<{ id: string }>(tx, sql`INSERT INTO notificaties_afleveringen (id, bron_event_id, abonnement_id, bericht, kanaal, resource, actie)
      VALUES ${sql.join(rows, sql`, `)} ON CONFLICT (tenant_id, bron_event_id, abonnement_id) DO NOTHING RETURNING id`);
    for (const { id } of added) {
      const outboxEventId = await publish(tx, { tenantId: event.tenantId, topic: AFLEVERING_TOPIC, key: `aflevering:${id}`, payload: { afleveringId: id } });
      await tx.execute(sql`UPDATE notificaties_afleveringen SET outbox_event_id = ${outboxEventId}::uuid WHERE id = ${id}::uuid`);
    }
    // Delivered notifications are kept for the back office for BEWAAR_DAGEN days, then removed a few at a time.
    await tx.execute(sql`DELETE FROM notificaties_afleveringen WHERE id IN (SELECT id FROM notificaties_afleveringen
      WHERE status = 'delivered' AND created_at < now() - ${BEWAAR_DAGEN}::int * interval '1 day' ORDER BY created_at LIMIT 100)`);
    return added.length;
  });
}

type Loaded = { callback_url: string; auth_sealed: string; bericht: Bericht; status: string };

async function deliver(deps: DeliveryDeps, event: OutboxEvent, options: { maxAttempts: number; timeoutMs: number }): Promise<void> {
  const id = String(event.payload.afleveringId ?? '');
  if (!isUuid(id)) return;
  const [loaded] = await deps.database.withTenant(event.tenantId, (tx) => rowsOf<Loaded>(tx, sql`
    SELECT a.callback_url, a.auth_sealed, f.bericht, f.status
    FROM notificaties_afleveringen f JOIN notificaties_abonnementen a ON a.tenant_id = f.tenant_id AND a.id = f.abonnement_id
    WHERE f.id = ${id}::uuid`));
  // The abonnement was deleted (its afleveringen with it), or this one was delivered already.
  if (!loaded || loaded.status === 'delivered') return;
  const slug = await slugOf(deps, event.tenantId);
  const message = resolveBericht(loaded.bericht, `${deps.config.publicUrl}/${slug}`);
  const result = await post(loaded.callback_url, deps.sealer.open(loaded.auth_sealed, AUTH_CONTEXT), message, options.timeoutMs);
  const last = event.attempt >= options.maxAttempts;
  await deps.database.withTenant(event.tenantId, (tx) => tx.execute(result.ok
    ? sql`UPDATE notificaties_afleveringen SET status = 'delivered', attempts = attempts + 1, last_status = ${result.status}, last_error = NULL,
        delivered_at = now(), updated_at = now() WHERE id = ${id}::uuid`
    : sql`UPDATE notificaties_afleveringen SET status = ${last ? 'failed' : 'pending'}, attempts = attempts + 1, last_status = ${result.status},
        last_error = ${result.error.slice(0, 1000)}, updated_at = now() WHERE id = ${id}::uuid AND status <> 'delivered'`));
  if (!result.ok) throw new Error(result.error);
}

export type PostResult = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/**
 * POSTs a notification (or the test notification) as JSON. Never follows redirects; the error
 * text names the status or the network failure, never the request's headers.
 */
export async function post(url: string, auth: string | undefined, body: unknown, timeoutMs: number): Promise<PostResult> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'Stadhuis-Notificaties/1.0', ...(auth !== undefined ? { authorization: auth } : {}) },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = (await head(res, 2048)).replace(/\s+/g, ' ').trim().slice(0, 200);
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status };
    return { ok: false, status: res.status, error: `HTTP ${res.status}${text ? `: ${text}` : ''}` };
  } catch (error) {
    return { ok: false, status: null, error: networkError(error) };
  }
}

/** The start of a response body (a callback's answer is never read whole). */
async function head(res: Response, max: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < max) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } catch {
    // An answer cut off: what we have is enough.
  } finally {
    await reader.cancel().catch(() => {});
  }
  return Buffer.concat(chunks).subarray(0, max).toString('utf8');
}

function networkError(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'Geen antwoord binnen de tijdslimiet.';
  const cause = e?.cause?.code ?? e?.cause?.message;
  return `Niet bereikbaar${cause ? ` (${String(cause).slice(0, 100)})` : ''}.`;
}
