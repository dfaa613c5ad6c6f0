import { sql } from 'drizzle-orm';
import { actorLabel, can, type Actor, type Permission } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import { HttpError, type InvalidParam } from '../../platform/http/problem.js';

/** Collects what is wrong with an input, to answer once with every field (problem+json invalid-params). */
export class Invalid {
  readonly params: InvalidParam[] = [];

  add(name: string, code: string, reason: string): this {
    this.params.push({ name, code, reason });
    return this;
  }

  throwIfAny(message = 'De gegevens zijn niet geldig.'): void {
    if (this.params.length) throw new HttpError(400, message, this.params, 'invalid');
  }
}

export function invalid(name: string, code: string, reason: string): HttpError {
  return new HttpError(400, reason, [{ name, code, reason }], code);
}

export function notFound(what: string): HttpError {
  return new HttpError(404, `${what} niet gevonden.`, [], 'not_found');
}

/** Throws 403 unless the actor holds at least one of the permissions. */
export function requireAny(actor: Actor, permissions: Permission[]): void {
  if (!permissions.some((p) => can(actor, p))) throw new HttpError(403, 'U heeft geen toegang tot deze functie.', [], 'forbidden');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The 11-check of an RSIN. */
export function isValidRsin(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** The calendar date in the Netherlands. */
export function todayNl(at: Date = new Date()): string {
  return at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/** Who did it, in the audit trail's terms (never a BSN). */
export function auditWho(actor: Actor): { applicatieId: string; applicatieWeergave: string; gebruikersId: string; gebruikersWeergave: string } {
  switch (actor.kind) {
    case 'staff': return { applicatieId: 'stadhuis', applicatieWeergave: 'Stadhuis', gebruikersId: actor.userId, gebruikersWeergave: actor.name };
    case 'api-client': return { applicatieId: actor.clientId, applicatieWeergave: actorLabel(actor), gebruikersId: '', gebruikersWeergave: '' };
    case 'resident':
    case 'system': return { applicatieId: 'stadhuis', applicatieWeergave: 'Stadhuis', gebruikersId: '', gebruikersWeergave: actorLabel(actor) };
  }
}

export async function currentTenant(tx: Tx): Promise<string> {
  const result = await tx.execute(sql`select current_tenant_id()::text as id`);
  const id = (result as unknown as { rows: { id: string | null }[] }).rows[0]?.id;
  if (!id) throw new Error('geen gemeente in deze transactie (gebruik database.withTenant)');
  return id;
}

/** The next number for an identificatie like DOCUMENT-2026-0000001 (per municipality and year). */
export async function nextNumber(tx: Tx, jaar: number): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO document_counters AS c (jaar, laatste) VALUES (${jaar}, 1)
    ON CONFLICT (tenant_id, jaar) DO UPDATE SET laatste = c.laatste + 1
    RETURNING laatste`);
  return Number((result as unknown as { rows: { laatste: number }[] }).rows[0]!.laatste);
}
