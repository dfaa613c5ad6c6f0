/**
 * Publishing to the transactional outbox: the event is a row written in the caller's own
 * transaction, so it exists exactly when the business change commits; the NOTIFY sent in the same
 * transaction reaches the workers at that commit (and never after a rollback).
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { isUuid } from '../values.js';

/** The channel on which publish() and retry() wake the workers (LISTEN/NOTIFY). */
export const OUTBOX_CHANNEL = 'stadhuis_outbox';

export const TOPIC_PATTERN = /^[a-z][a-z0-9_.-]{0,99}$/;
export const HANDLER_PATTERN = /^[a-z][a-z0-9_.-]{0,99}$/;

export interface PublishEvent {
  /** The municipality the event belongs to; a transaction of another municipality is refused. */
  tenantId: string;
  /** What happened or what to do, e.g. "zaak.aangemaakt", "mail.send". */
  topic: string;
  /** Ids and small facts only: never personal data (it is not protected by row-level security). */
  payload: Record<string, unknown>;
  /** Makes publishing idempotent: a second event with the same (tenant, topic, key) is not added. */
  key?: string | undefined;
  /** Deliver not before this moment (a delayed job, e.g. a reminder 3 days before a deadline). */
  availableAt?: Date | undefined;
}

/** An event as a handler receives it. */
export interface OutboxEvent {
  id: string;
  tenantId: string;
  topic: string;
  payload: Record<string, unknown>;
  key: string | null;
  availableAt: Date;
  createdAt: Date;
  /** The delivery to this handler, and its attempt (1 on the first try). */
  deliveryId: string;
  attempt: number;
}

export class PublishError extends Error {}

/**
 * Adds an event to the outbox inside the caller's transaction and returns its id (with a `key`
 * that was published before: the id of that earlier event). The workers are woken at commit.
 */
export async function publish(tx: Tx, event: PublishEvent): Promise<string> {
  if (!isUuid(event.tenantId)) throw new PublishError(`publish: tenantId is geen uuid: ${event.tenantId}`);
  if (!TOPIC_PATTERN.test(event.topic)) throw new PublishError(`publish: ongeldig topic "${event.topic}" (kleine letters, cijfers, . _ -)`);
  if (event.key !== undefined && (event.key.length < 1 || event.key.length > 200)) throw new PublishError('publish: key moet 1 tot 200 tekens zijn');
  if (event.availableAt !== undefined && Number.isNaN(event.availableAt.getTime())) throw new PublishError('publish: availableAt is geen geldige datum');
  const payload = JSON.stringify(event.payload ?? {});
  if (!payload.startsWith('{')) throw new PublishError('publish: payload moet een object zijn');
  const availableAt = event.availableAt ? sql`${event.availableAt.toISOString()}::timestamptz` : sql`now()`;
  const key = event.key ?? null;
  // The insert and the wake-up of the workers (at commit) in one statement.
  const inserted = rows<{ id: string }>(await tx.execute(sql`
    WITH added AS (
      INSERT INTO outbox_events (tenant_id, topic, key, payload, available_at)
      VALUES (${event.tenantId}::uuid, ${event.topic}, ${key}, ${payload}::jsonb, ${availableAt})
      ON CONFLICT (tenant_id, topic, key) WHERE key IS NOT NULL DO NOTHING
      RETURNING id)
    SELECT id, pg_notify(${OUTBOX_CHANNEL}, '') FROM added`));
  let id = inserted[0]?.id;
  if (!id) {
    const existing = rows<{ id: string }>(await tx.execute(sql`
      SELECT id FROM outbox_events WHERE tenant_id = ${event.tenantId}::uuid AND topic = ${event.topic} AND key = ${key}`));
    id = existing[0]?.id;
    if (!id) throw new PublishError('publish: event met deze key niet gevonden');
    return id;
  }
  return id;
}

/** Wakes the workers when this transaction commits. */
export async function notifyWorkers(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`);
}

/** The rows of a raw query result (PGlite and node-postgres both answer `{ rows }`). */
export function rows<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
