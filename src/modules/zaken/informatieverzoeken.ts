/**
 * Informatieverzoeken: the behandelaar asks the applicant for more information with a deadline.
 * Asking suspends the zaak (when its zaaktype allows opschorting; the clock stands still while
 * the municipality waits); the applicant's answer (text and/or documents they uploaded) resumes
 * it, adds the documents to the zaak and makes a taak "informatie ontvangen" for the behandelaar.
 * Events: 'zaak.informatie-gevraagd', 'zaak.informatie-ontvangen'.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { requirePermission, type Actor } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import { audit, auditWho } from './audit.js';
import { dateInNl, isIsoDate } from './dates.js';
import { Invalid, forbidden, invalid, isUuid, notFound } from './errors.js';
import { zaakInformatieverzoeken } from './schema-handling.js';
import type { ZakenService } from './service.js';
import { createTaakRow } from './taken.js';
import { checkText } from './validation.js';

export interface Informatieverzoek {
  id: string;
  zaakId: string;
  vraag: string;
  deadline: string;
  gevraagdOp: Date;
  /** open; beantwoord; verlopen: still unanswered after the deadline (it can still be answered). */
  status: 'open' | 'beantwoord' | 'verlopen';
  antwoord: string | null;
  beantwoordOp: Date | null;
  documenten: string[];
}

const SYSTEM: Actor = { kind: 'system', process: 'zaken.informatieverzoek' };
export const SUSPEND_REASON = 'Wacht op informatie van de aanvrager';

type Row = typeof zaakInformatieverzoeken.$inferSelect;

export function toInformatieverzoek(row: Row, today = dateInNl()): Informatieverzoek {
  const status = row.beantwoordOp ? 'beantwoord' : row.deadline < today ? 'verlopen' : 'open';
  return {
    id: row.id, zaakId: row.zaakId, vraag: row.vraag, deadline: row.deadline, gevraagdOp: row.gevraagdOp, status,
    antwoord: row.antwoord, beantwoordOp: row.beantwoordOp, documenten: row.documenten,
  };
}

export async function requestInformation(zaken: ZakenService, tx: Tx, actor: Actor, zaakId: string, input: { vraag: string; deadline: string }): Promise<Informatieverzoek> {
  requirePermission(actor, 'zaken.behandelen');
  const zaak = await zaken.lockForHandling(tx, zaakId);
  const problems = new Invalid();
  checkText(problems, 'vraag', input?.vraag, 4000, { required: true });
  if (!isIsoDate(input?.deadline)) problems.add('deadline', 'invalid', 'Geef de uiterste datum als 2026-01-31.');
  else if (input.deadline <= dateInNl()) problems.add('deadline', 'date-in-past', 'De uiterste datum moet na vandaag liggen.');
  problems.throwIfAny();
  if (zaak.einddatum) throw invalid('zaak', 'zaak-afgesloten', 'Bij een afgesloten zaak kunt u geen informatie meer vragen.');
  const zaaktype = await zaken.zaaktypeForHandling(tx, zaak);
  const suspend = zaaktype.opschortingEnAanhoudingMogelijk && !zaak.opschortingIndicatie;
  if (suspend) await zaken.suspend(tx, actor, zaak.id, SUSPEND_REASON, input.deadline);
  const who = auditWho(actor);
  const [row] = await tx.insert(zaakInformatieverzoeken).values({
    zaakId: zaak.id, vraag: input.vraag.trim(), deadline: input.deadline, gevraagdDoor: who.gebruikersWeergave || who.applicatieWeergave, opgeschort: suspend,
  }).returning();
  await audit(tx, actor, {
    actie: 'create', actieWeergave: `Informatie gevraagd aan de aanvrager (uiterlijk ${input.deadline})`, resource: 'informatieverzoek', resourceId: row!.id,
    resourceWeergave: 'Informatieverzoek', hoofdObject: zaak.id, toelichting: input.vraag.trim(), oud: null, nieuw: { vraag: row!.vraag, deadline: row!.deadline },
  });
  await zaken.emitZaakEvent(tx, 'zaak.informatie-gevraagd', zaak, { informatieverzoek: row!.id, deadline: row!.deadline });
  return toInformatieverzoek(row!);
}

export async function answerInformatieverzoek(zaken: ZakenService, tx: Tx, actor: Actor, verzoekId: string, input: { antwoord: string; documenten: string[] }): Promise<Informatieverzoek> {
  if (actor?.kind !== 'resident') throw forbidden('Alleen de aanvrager kan een vraag van de gemeente beantwoorden.');
  const [found] = isUuid(verzoekId) ? await tx.select().from(zaakInformatieverzoeken).where(eq(zaakInformatieverzoeken.id, verzoekId)) : [];
  if (!found) throw notFound('Vraag');
  const zaak = await zaken.lockOwnForHandling(tx, actor, found.zaakId).catch(() => { throw notFound('Vraag'); });
  const [verzoek] = await tx.select().from(zaakInformatieverzoeken).where(eq(zaakInformatieverzoeken.id, found.id)).for('update');
  if (verzoek!.beantwoordOp) throw invalid('antwoord', 'al-beantwoord', 'U heeft deze vraag al beantwoord.');
  if (zaak.einddatum) throw invalid('zaak', 'zaak-afgesloten', 'Deze zaak is afgesloten.');
  const antwoord = typeof input?.antwoord === 'string' ? input.antwoord.trim() : '';
  const documenten = Array.isArray(input?.documenten) ? [...new Set(input.documenten)] : [];
  const problems = new Invalid();
  checkText(problems, 'antwoord', antwoord, 10_000);
  if (!antwoord && !documenten.length) problems.add('antwoord', 'required', 'Geef een antwoord of stuur een document mee.');
  for (const [i, d] of documenten.entries()) if (!isUuid(d)) problems.add(`documenten.${i}`, 'bad-url', 'Dit document bestaat niet.');
  problems.throwIfAny();
  // The documents: the applicant's own uploads, related to the zaak (checked there).
  for (const [i, d] of documenten.entries()) {
    try {
      await zaken.addZaakinformatieobject(tx, actor, zaak.id, { informatieobject: d });
    } catch (error) {
      const e = error as { invalidParams?: { name: string; code: string; reason: string }[] };
      if (e.invalidParams?.[0]?.code === 'unique') continue;
      if (e.invalidParams?.length) throw invalid(`documenten.${i}`, e.invalidParams[0]!.code, e.invalidParams[0]!.reason);
      throw error;
    }
  }
  const [row] = await tx.update(zaakInformatieverzoeken).set({ antwoord, beantwoordOp: new Date(), documenten }).where(eq(zaakInformatieverzoeken.id, verzoek!.id)).returning();
  await audit(tx, actor, {
    actie: 'partial_update', actieWeergave: 'Aanvrager heeft de gevraagde informatie gestuurd', resource: 'informatieverzoek', resourceId: row!.id,
    resourceWeergave: 'Informatieverzoek', hoofdObject: zaak.id, oud: null, nieuw: { beantwoord: true, documenten: documenten.length },
  });
  // Resume when the zaak is suspended because of questions to the applicant and none of them still waits for
  // an answer (a question asked while the zaak was already suspended did not suspend it again, but it is waited
  // for too). A suspension for another reason stays.
  const fresh = await zaken.lockForHandling(tx, zaak.id);
  if (fresh.opschortingIndicatie && fresh.opschortingReden === SUSPEND_REASON) {
    const waiting = await tx.select({ id: zaakInformatieverzoeken.id }).from(zaakInformatieverzoeken)
      .where(and(eq(zaakInformatieverzoeken.zaakId, zaak.id), isNull(zaakInformatieverzoeken.beantwoordOp)));
    if (!waiting.length) await zaken.resume(tx, SYSTEM, zaak.id);
  }
  await createTaakRow(zaken, tx, SYSTEM, fresh, {
    soort: 'informatie-ontvangen', omschrijving: `De aanvrager heeft de gevraagde informatie gestuurd${documenten.length ? ` (${documenten.length} document${documenten.length === 1 ? '' : 'en'})` : ''}. Vraag was: ${verzoek!.vraag}`.slice(0, 4000),
  }, { forBehandelaar: true });
  await zaken.emitZaakEvent(tx, 'zaak.informatie-ontvangen', fresh, { informatieverzoek: row!.id, documenten });
  return toInformatieverzoek(row!);
}

export async function listInformatieverzoeken(zaken: ZakenService, tx: Tx, actor: Actor, zaakId: string): Promise<Informatieverzoek[]> {
  if (actor?.kind === 'resident') {
    if (!(await zaken.isOwnZaak(tx, actor, zaakId))) return [];
  } else {
    requirePermission(actor, 'zaken.lezen');
    if (!isUuid(zaakId)) return [];
  }
  const rows = await tx.select().from(zaakInformatieverzoeken).where(eq(zaakInformatieverzoeken.zaakId, zaakId)).orderBy(asc(zaakInformatieverzoeken.gevraagdOp));
  const today = dateInNl();
  return rows.map((r) => toInformatieverzoek(r, today));
}
