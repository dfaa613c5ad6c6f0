/**
 * What a sent form becomes: a `FormSubmission`, handed in the submission's own transaction to the
 * submission handler. The platform wires the handler that creates the zaak (with its eigenschappen
 * and the uploads as documents); without one, the default handler only gives a reference like
 * FORM-2026-000123 (the submission itself is always stored by the forms module).
 */
import { sql } from 'drizzle-orm';
import type { DigidLevel, EherkenningLevel } from '../../platform/auth/identity.js';
import type { Tx } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import type { Value } from './expressions.js';

export type AnswerValue = Value;

/** Who sent the form. A BSN or KVK number only when that person or business logged in. */
export type Submitter =
  | { kind: 'resident'; bsn: string; level: DigidLevel; actingFor?: { bsn: string; relation: string } | undefined }
  | { kind: 'business'; kvk: string; vestiging?: string | undefined; level: EherkenningLevel }
  /** Not logged in; the e-mail address is the first e-mail answer of the form, when there is one. */
  | { kind: 'anonymous'; email?: string | undefined };

export interface SubmissionUpload {
  id: string;
  /** The question the file answers. */
  fieldKey: string;
  filename: string;
  /** As detected from the content, not as the browser said. */
  mime: string;
  size: number;
  sha256: string;
  /** The file's bytes (read in the submission's transaction). */
  content(): Promise<Buffer>;
}

/** One line of the summary: what was asked and what was answered, for a PDF or a case file. */
export interface SummaryLine {
  section: string;
  label: string;
  value: string;
}

export interface FormSubmission {
  /** Id of the stored submission. */
  id: string;
  tenantId: string;
  formSlug: string;
  formVersion: number;
  /** The zaaktype `identificatie` the definition names. */
  zaaktypeIdentificatie: string;
  submitter: Submitter;
  /** Typed answers of the visible questions, by key (money in cents, dates as yyyy-mm-dd). */
  answers: Record<string, AnswerValue>;
  /** Computed values (fees…), by key. */
  computed: Record<string, AnswerValue>;
  /** Zaak eigenschappen: name → value as the ZGW Zaken API wants it (a string; datum YYYYMMDD). */
  eigenschappen: Record<string, string>;
  uploads: SubmissionUpload[];
  /** Label/value lines in the applicant's language, for a PDF. */
  summary: SummaryLine[];
  /** The language the applicant used. */
  lang: Lang;
  submittedAt: Date;
  /** The same key on a retried or double-clicked send: the submission is made once. */
  idempotencyKey: string;
}

export type SubmissionHandler = (tx: Tx, submission: FormSubmission) => Promise<{ reference: string; statusUrl?: string }>;

let handler: SubmissionHandler | undefined;
const scoped = new WeakMap<object, SubmissionHandler>();

/**
 * Sets what happens with a submission (e.g. create a zaak). It runs in the transaction that stores
 * the submission: when it throws, nothing is stored and the applicant can send again. With a
 * `scope` (the platform's database) it applies to that running platform only, so several
 * platforms in one process (tests) each keep their own; without one it applies to all.
 */
export function setSubmissionHandler(next: SubmissionHandler | undefined, scope?: object): void {
  if (scope) {
    if (next) scoped.set(scope, next);
    else scoped.delete(scope);
  } else handler = next;
}

export function submissionHandler(scope?: object): SubmissionHandler {
  return handler ?? (scope ? scoped.get(scope) : undefined) ?? defaultSubmissionHandler;
}

/** The next FORM-<year>-<000123> of this municipality. */
export async function nextFormReference(tx: Tx, at: Date = new Date()): Promise<string> {
  const year = Number(at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }).slice(0, 4));
  const result = await tx.execute(sql`
    INSERT INTO form_reference_counters (year, last) VALUES (${year}, 1)
    ON CONFLICT (tenant_id, year) DO UPDATE SET last = form_reference_counters.last + 1
    RETURNING last`);
  const last = Number((result as unknown as { rows: { last: number }[] }).rows[0]!.last);
  return `FORM-${year}-${String(last).padStart(6, '0')}`;
}

export const defaultSubmissionHandler: SubmissionHandler = async (tx, submission) => ({ reference: await nextFormReference(tx, submission.submittedAt) });
