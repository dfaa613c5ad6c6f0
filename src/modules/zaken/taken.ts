/**
 * Taken: work for staff on a zaak that is not a status step — a request for human review of an
 * automated decision (AVG art. 22), "information received", "write the report of the
 * conversation", or anything else. A taak is open until someone completes it.
 */
import { and, asc, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { can, requirePermission, type Actor } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import { HttpError } from '../../platform/http/problem.js';
import { audit, auditWho } from './audit.js';
import { isIsoDate } from './dates.js';
import { Invalid, forbidden, invalid, isUuid, notFound } from './errors.js';
import { zaakRollen, zaken as zakenTable } from './schema.js';
import { zaakTaken } from './schema-handling.js';
import type { ZaakRow, ZakenService } from './service.js';
import { checkText } from './validation.js';

export const TAAK_SOORTEN = ['menselijke-beoordeling', 'informatie-ontvangen', 'gesprek-verslag', 'overig'] as const;
export type TaakSoort = (typeof TAAK_SOORTEN)[number];

export interface Taak {
  id: string;
  zaakId: string;
  soort: TaakSoort;
  omschrijving: string;
  deadline: string | null;
  aangemaaktOp: Date;
  aangemaaktDoor: string;
  afgerondOp: Date | null;
  toelichting: string | null;
  /** Stadhuis: the employee (user id) the taak is for; null: whoever handles the zaak. */
  toegewezenAan: string | null;
}

export interface TaakInput {
  soort: TaakSoort;
  omschrijving: string;
  deadline?: string;
}

export interface TaakFilter {
  zaakId?: string;
  /** true: only open; false: only completed. */
  open?: boolean;
  /** User id: taken for this employee, or for whoever handles the zaak when that is this employee. */
  toegewezenAan?: string;
}

type Row = typeof zaakTaken.$inferSelect;

export function toTaak(row: Row): Taak {
  return {
    id: row.id, zaakId: row.zaakId, soort: row.soort, omschrijving: row.omschrijving, deadline: row.deadline, aangemaaktOp: row.aangemaaktOp,
    aangemaaktDoor: row.aangemaaktDoor, afgerondOp: row.afgerondOp, toelichting: row.toelichting, toegewezenAan: row.toegewezenAan,
  };
}

/** Inserts a taak after the caller checked who may; `forBehandelaar` addresses it to the employee handling the zaak. */
export async function createTaakRow(_zaken: ZakenService, tx: Tx, actor: Actor, zaak: ZaakRow, input: TaakInput, options: { forBehandelaar?: boolean } = {}): Promise<Taak> {
  const problems = new Invalid();
  if (!TAAK_SOORTEN.includes(input?.soort)) problems.add('soort', 'invalid_choice', 'Kies een soort taak.');
  checkText(problems, 'omschrijving', input?.omschrijving, 4000, { required: true });
  if (input?.deadline !== undefined && input.deadline !== '' && !isIsoDate(input.deadline)) problems.add('deadline', 'invalid', 'Geef de datum als 2026-01-31.');
  problems.throwIfAny();
  let toegewezenAan: string | null = null;
  if (options.forBehandelaar) {
    const [behandelaar] = await tx.select({ identificatie: zaakRollen.identificatie }).from(zaakRollen)
      .where(and(eq(zaakRollen.zaakId, zaak.id), eq(zaakRollen.omschrijvingGeneriek, 'behandelaar'), eq(zaakRollen.betrokkeneType, 'medewerker')));
    toegewezenAan = behandelaar?.identificatie ?? null;
  }
  const who = auditWho(actor);
  const [row] = await tx.insert(zaakTaken).values({
    zaakId: zaak.id, soort: input.soort, omschrijving: input.omschrijving.trim(), deadline: input.deadline || null, toegewezenAan,
    aangemaaktDoor: who.gebruikersWeergave || who.applicatieWeergave,
  }).returning();
  await audit(tx, actor, {
    actie: 'create', actieWeergave: `Taak aangemaakt: ${SOORT_LABEL[input.soort]}`, resource: 'taak', resourceId: row!.id, resourceWeergave: SOORT_LABEL[input.soort],
    hoofdObject: zaak.id, oud: null, nieuw: { soort: row!.soort, deadline: row!.deadline },
  });
  return toTaak(row!);
}

const SOORT_LABEL: Record<TaakSoort, string> = {
  'menselijke-beoordeling': 'menselijke beoordeling gevraagd', 'informatie-ontvangen': 'informatie ontvangen', 'gesprek-verslag': 'verslag van gesprek', overig: 'overig',
};

export async function createTaak(zaken: ZakenService, tx: Tx, actor: Actor, zaakId: string, input: TaakInput): Promise<Taak> {
  if (!can(actor, 'zaken.behandelen') && !can(actor, 'zaken.aanmaken')) throw new HttpError(403, 'U heeft geen toegang tot deze functie.', [], 'forbidden');
  const zaak = await zaken.lockForHandling(tx, zaakId);
  return createTaakRow(zaken, tx, actor, zaak, input);
}

export async function requestHumanReview(zaken: ZakenService, tx: Tx, actor: Actor, zaakId: string, input: { toelichting: string }): Promise<Taak> {
  if (actor?.kind !== 'resident') throw forbidden('Alleen de aanvrager kan om een beoordeling door een medewerker vragen.');
  const zaak = await zaken.lockOwnForHandling(tx, actor, zaakId);
  const problems = new Invalid();
  checkText(problems, 'toelichting', input?.toelichting, 3000, { required: true });
  problems.throwIfAny();
  const open = await tx.select({ id: zaakTaken.id }).from(zaakTaken)
    .where(and(eq(zaakTaken.zaakId, zaak.id), eq(zaakTaken.soort, 'menselijke-beoordeling'), isNull(zaakTaken.afgerondOp)));
  if (open.length) throw invalid('toelichting', 'al-gevraagd', 'U heeft al gevraagd of een medewerker naar uw zaak kijkt. U hoort van ons.');
  const taak = await createTaakRow(zaken, tx, actor, zaak, {
    soort: 'menselijke-beoordeling', omschrijving: `De aanvrager vraagt dat een medewerker de beslissing beoordeelt (AVG artikel 22). Toelichting: ${input.toelichting.trim()}`.slice(0, 4000),
  }, { forBehandelaar: true });
  await zaken.emitZaakEvent(tx, 'zaak.beoordeling-gevraagd', zaak, { taak: taak.id });
  return taak;
}

export async function listTaken(_zaken: ZakenService, tx: Tx, actor: Actor, filter: TaakFilter = {}): Promise<Taak[]> {
  if (actor?.kind === 'resident') throw forbidden('Deze gegevens zijn alleen voor medewerkers van de gemeente.');
  requirePermission(actor, 'zaken.lezen');
  const where: SQL[] = [];
  if (filter.zaakId !== undefined) {
    if (!isUuid(filter.zaakId)) return [];
    where.push(eq(zaakTaken.zaakId, filter.zaakId));
  }
  if (filter.open !== undefined) where.push(filter.open ? isNull(zaakTaken.afgerondOp) : isNotNull(zaakTaken.afgerondOp));
  if (filter.toegewezenAan !== undefined) {
    where.push(or(eq(zaakTaken.toegewezenAan, filter.toegewezenAan), and(isNull(zaakTaken.toegewezenAan), sql`exists (select 1 from ${zaakRollen} r
      where r.zaak_id = ${zaakTaken.zaakId} and r.omschrijving_generiek = 'behandelaar' and r.betrokkene_type = 'medewerker' and r.identificatie = ${filter.toegewezenAan})`))!);
  }
  const rows = await tx.select().from(zaakTaken).where(and(...where)).orderBy(asc(zaakTaken.aangemaaktOp));
  return rows.map(toTaak);
}

export async function completeTaak(zaken: ZakenService, tx: Tx, actor: Actor, taakId: string, input: { toelichting?: string } = {}): Promise<Taak> {
  requirePermission(actor, 'zaken.behandelen');
  const [found] = isUuid(taakId) ? await tx.select().from(zaakTaken).where(eq(zaakTaken.id, taakId)) : [];
  if (!found) throw notFound('Taak');
  await zaken.lockForHandling(tx, found.zaakId);
  const [taak] = await tx.select().from(zaakTaken).where(eq(zaakTaken.id, found.id)).for('update');
  if (taak!.afgerondOp) throw invalid('taak', 'al-afgerond', 'Deze taak is al afgerond.');
  const problems = new Invalid();
  checkText(problems, 'toelichting', input?.toelichting, 4000);
  problems.throwIfAny();
  const who = auditWho(actor);
  const [row] = await tx.update(zaakTaken).set({ afgerondOp: new Date(), afgerondDoor: who.gebruikersWeergave || who.applicatieWeergave, toelichting: input?.toelichting?.trim() || null })
    .where(eq(zaakTaken.id, found.id)).returning();
  await audit(tx, actor, {
    actie: 'partial_update', actieWeergave: `Taak afgerond: ${SOORT_LABEL[row!.soort]}`, resource: 'taak', resourceId: row!.id, resourceWeergave: SOORT_LABEL[row!.soort],
    hoofdObject: row!.zaakId, toelichting: row!.toelichting ?? '', oud: { afgerond: false }, nieuw: { afgerond: true },
  });
  await tx.update(zakenTable).set({ updatedAt: new Date() }).where(eq(zakenTable.id, row!.zaakId));
  return toTaak(row!);
}
