/**
 * Automated assessments (geautomatiseerde beoordelingen) of a zaak: which rules of the zaaktype
 * version ran on which facts, with what outcome and why, in plain language for the applicant and
 * for staff. Written by the platform's automation (a system actor), read by staff and by the
 * applicant on their own zaak (AVG art. 22: an automated decision is explained, and the applicant
 * can ask a person to look at it).
 */
import { and, asc, eq } from 'drizzle-orm';
import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { requirePermission, type Actor } from '../../platform/auth/access.js';
import { tenantId } from '../../platform/db/columns.js';
import type { Tx } from '../../platform/db/database.js';
import type { ZakenService } from './service.js';
import { forbidden, isUuid, notFound } from './errors.js';

export type Uitkomst = 'toekennen' | 'afwijzen' | 'handmatig';

export const zaakBeoordelingen = pgTable('zaak_beoordelingen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  zaaktype: uuid('zaaktype').notNull(),
  uitkomst: text('uitkomst').$type<Uitkomst>().notNull(),
  feiten: jsonb('feiten').$type<Record<string, unknown>>().notNull(),
  evaluatie: jsonb('evaluatie').$type<unknown>().notNull(),
  uitlegAanvrager: jsonb('uitleg_aanvrager').$type<{ nl: string[]; en: string[] }>().notNull(),
  uitlegMedewerker: jsonb('uitleg_medewerker').$type<{ nl: string[]; en: string[] }>().notNull(),
  gevolg: text('gevolg').notNull(),
  aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
});

export interface Assessment {
  id: string;
  zaakId: string;
  zaaktype: string;
  uitkomst: Uitkomst;
  /** Explanation for the applicant (plain Dutch B1 / English). */
  uitleg: { nl: string[]; en: string[] };
  /** Staff only: the fuller explanation, the facts and the rule trace. */
  medewerker?: { uitleg: { nl: string[]; en: string[] }; feiten: Record<string, unknown>; evaluatie: unknown };
  gevolg: string;
  createdAt: Date;
}

export interface AssessmentInput {
  zaaktype: string;
  uitkomst: Uitkomst;
  feiten: Record<string, unknown>;
  evaluatie: unknown;
  uitleg: { aanvrager: { nl: string[]; en: string[] }; medewerker: { nl: string[]; en: string[] } };
  gevolg: string;
}

/** Records an assessment (the automation, or staff who handle cases). */
export async function recordAssessment(tx: Tx, actor: Actor, zaakId: string, input: AssessmentInput): Promise<Assessment> {
  requirePermission(actor, 'zaken.behandelen');
  const [row] = await tx.insert(zaakBeoordelingen).values({
    zaakId, zaaktype: input.zaaktype, uitkomst: input.uitkomst, feiten: input.feiten, evaluatie: input.evaluatie,
    uitlegAanvrager: input.uitleg.aanvrager, uitlegMedewerker: input.uitleg.medewerker, gevolg: input.gevolg,
  }).returning();
  return toAssessment(row!, true);
}

/**
 * The assessments of a zaak, oldest first. Staff (zaken.lezen) see facts and trace; the applicant
 * sees the explanation meant for them, on their own zaak only.
 */
export async function listAssessments(tx: Tx, actor: Actor, zaakId: string, zaken: Pick<ZakenService, 'getMijnZaak' | 'getZaak'>): Promise<Assessment[]> {
  if (!isUuid(zaakId)) throw notFound();
  const staff = actor.kind !== 'resident';
  if (staff) {
    requirePermission(actor, 'zaken.lezen');
    if (!(await zaken.getZaak(tx, actor, zaakId))) throw notFound();
  } else if (!(await zaken.getMijnZaak(tx, actor, zaakId))) {
    throw forbidden();
  }
  const rows = await tx.select().from(zaakBeoordelingen).where(and(eq(zaakBeoordelingen.zaakId, zaakId))).orderBy(asc(zaakBeoordelingen.aangemaaktOp));
  return rows.map((r) => toAssessment(r, staff));
}

function toAssessment(row: typeof zaakBeoordelingen.$inferSelect, staff: boolean): Assessment {
  return {
    id: row.id, zaakId: row.zaakId, zaaktype: row.zaaktype, uitkomst: row.uitkomst, uitleg: row.uitlegAanvrager, gevolg: row.gevolg, createdAt: row.aangemaaktOp,
    ...(staff ? { medewerker: { uitleg: row.uitlegMedewerker, feiten: row.feiten, evaluatie: row.evaluatie } } : {}),
  };
}
