/**
 * The forms store: form definitions and their versions (a published version is immutable, editing
 * makes a new draft version), residents' drafts and uploads (sealed at rest: AES-256-GCM through the
 * platform's Sealer, so a database dump alone does not reveal answers or files), resume links, and
 * submissions, made exactly once per draft (idempotency key) in one transaction with the hand-off.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { requirePermission, actorLabel, type Actor } from '../../platform/auth/access.js';
import type { Sealer } from '../../platform/crypto/sealer.js';
import type { Database, Tx } from '../../platform/db/database.js';
import { HttpError } from '../../platform/http/problem.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import type { ProcessingLog, TraceContext } from '../../platform/processing-log/processing-log.js';
import { formsActivities } from './activities.js';
import { pick, type FormDefinition } from './definition.js';
import { effective, eigenschappenOf, summarize, type DraftData, type FileAnswer, type FilesByField } from './engine.js';
import type { Value } from './expressions.js';
import { formDefinitions, formDrafts, formResumeTokens, formSubmissions, formUploads, type DefinitionStatus } from './schema.js';
import { submissionHandler, type FormSubmission, type Submitter, type SummaryLine } from './submission.js';
import { validateDefinition, type DefinitionProblem } from './validate-definition.js';

/** A draft is kept this long after its last change. */
export const DRAFT_DAYS = 30;
/** A resume link works this long, once. */
export const RESUME_DAYS = 7;

const SEAL = { draft: 'form_drafts.data', submission: 'form_submissions.data', upload: 'form_uploads.content' };

export interface FormSummary {
  slug: string;
  title: string;
  zaaktype: string;
  publishedVersion?: number | undefined;
  draftVersion?: number | undefined;
  updatedAt: Date;
}

export interface DefinitionVersion {
  id: string;
  slug: string;
  version: number;
  status: DefinitionStatus;
  definition: FormDefinition;
  updatedAt: Date;
  updatedBy: string;
  publishedAt: Date | null;
  publishedBy: string | null;
}

export type DraftOwner = { kind: 'subject' | 'browser'; hash: string };

export interface Draft {
  id: string;
  formSlug: string;
  formVersion: number;
  data: DraftData;
  idempotencyKey: string;
  expiresAt: Date;
}

export interface StoredSubmission {
  id: string;
  formSlug: string;
  formVersion: number;
  reference: string;
  statusUrl: string | null;
  ownerHash: string;
  submittedAt: Date;
  content: SubmissionContent;
}

/** What is kept of a submission (sealed). */
export interface SubmissionContent {
  submitter: Submitter;
  answers: Record<string, Value>;
  computed: Record<string, Value>;
  eigenschappen: Record<string, string>;
  summary: SummaryLine[];
  /** The summary in sections, for the receipt page. */
  sections: { title: string; rows: { label: string; lines: string[] }[] }[];
  lang: Lang;
  title: string;
}

export class DefinitionError extends HttpError {
  constructor(public readonly problems: DefinitionProblem[], code = 'invalid-definition') {
    super(400, 'De formulierdefinitie is niet geldig.', problems.map((p) => ({ name: p.path || '/', code: 'invalid', reason: p.nl })), code);
  }
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

function rows<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

export class FormsService {
  constructor(
    private readonly database: Database,
    private readonly sealer: Sealer,
    private readonly processingLog?: ProcessingLog,
  ) {}

  // ————— Definitions —————

  async listForms(tenantId: string): Promise<FormSummary[]> {
    const all = await this.database.withTenant(tenantId, (tx) => tx.select({
      slug: formDefinitions.slug, version: formDefinitions.version, status: formDefinitions.status, title: formDefinitions.title,
      zaaktype: formDefinitions.zaaktype, updatedAt: formDefinitions.updatedAt,
    }).from(formDefinitions).orderBy(asc(formDefinitions.title), desc(formDefinitions.version)));
    const out = new Map<string, FormSummary>();
    for (const row of all) {
      const entry = out.get(row.slug) ?? { slug: row.slug, title: row.title, zaaktype: row.zaaktype, updatedAt: row.updatedAt };
      if (row.status === 'published') entry.publishedVersion = row.version;
      if (row.status === 'draft') entry.draftVersion = row.version;
      if (row.updatedAt > entry.updatedAt) entry.updatedAt = row.updatedAt;
      out.set(row.slug, entry);
    }
    return [...out.values()];
  }

  /** The published forms (for residents), newest version of each. */
  async listPublished(tenantId: string): Promise<{ slug: string; definition: FormDefinition }[]> {
    const found = await this.database.withTenant(tenantId, (tx) => tx.select({ slug: formDefinitions.slug, definition: formDefinitions.definition })
      .from(formDefinitions).where(eq(formDefinitions.status, 'published')).orderBy(asc(formDefinitions.title)));
    return found;
  }

  async published(tenantId: string, slug: string): Promise<DefinitionVersion | undefined> {
    const [row] = await this.database.withTenant(tenantId, (tx) => tx.select().from(formDefinitions)
      .where(and(eq(formDefinitions.slug, slug), eq(formDefinitions.status, 'published'))));
    return row ? toVersion(row) : undefined;
  }

  async version(tenantId: string, slug: string, version: number): Promise<DefinitionVersion | undefined> {
    if (!Number.isInteger(version) || version < 1) return undefined;
    const [row] = await this.database.withTenant(tenantId, (tx) => tx.select().from(formDefinitions)
      .where(and(eq(formDefinitions.slug, slug), eq(formDefinitions.version, version))));
    return row ? toVersion(row) : undefined;
  }

  async versions(tenantId: string, slug: string): Promise<DefinitionVersion[]> {
    const found = await this.database.withTenant(tenantId, (tx) => tx.select().from(formDefinitions)
      .where(eq(formDefinitions.slug, slug)).orderBy(desc(formDefinitions.version)));
    return found.map(toVersion);
  }

  /** Creates a form as draft version 1. Throws DefinitionError when invalid or the id is taken. */
  async createForm(actor: Actor, tenantId: string, input: unknown): Promise<DefinitionVersion> {
    requirePermission(actor, 'formulieren.beheren');
    const definition = checked({ ...(input as object), version: 1 });
    return this.database.withTenant(tenantId, async (tx) => {
      const [taken] = await tx.select({ id: formDefinitions.id }).from(formDefinitions).where(eq(formDefinitions.slug, definition.id)).limit(1);
      if (taken) throw new DefinitionError([{ path: '/id', nl: `Er is al een formulier met id ‘${definition.id}’.`, en: `There is already a form with id ‘${definition.id}’.` }], 'slug-taken');
      const [row] = await tx.insert(formDefinitions).values({
        slug: definition.id, version: 1, status: 'draft', title: definition.title.nl, zaaktype: definition.zaaktype, definition, updatedBy: actorLabel(actor),
      }).returning();
      return toVersion(row!);
    });
  }

  /**
   * Saves the definition as the form's draft: the existing draft version is replaced, or (when the
   * newest version is published) a new draft version is made. The id must stay the same.
   */
  async saveDraft(actor: Actor, tenantId: string, slug: string, input: unknown): Promise<DefinitionVersion> {
    requirePermission(actor, 'formulieren.beheren');
    return this.database.withTenant(tenantId, async (tx) => {
      const [latest] = await tx.select().from(formDefinitions).where(eq(formDefinitions.slug, slug)).orderBy(desc(formDefinitions.version)).limit(1).for('update');
      if (!latest) throw new HttpError(404, 'Dit formulier bestaat niet.', [], 'not-found');
      const version = latest.status === 'draft' ? latest.version : latest.version + 1;
      const definition = checked({ ...(input as object), version });
      if (definition.id !== slug) {
        throw new DefinitionError([{ path: '/id', nl: `Het id in de definitie (‘${definition.id}’) moet ‘${slug}’ blijven. Een ander webadres? Maak een nieuw formulier.`, en: `The id in the definition (‘${definition.id}’) must stay ‘${slug}’. Another web address? Create a new form.` }], 'id-changed');
      }
      const values = { title: definition.title.nl, zaaktype: definition.zaaktype, definition, updatedBy: actorLabel(actor), updatedAt: new Date() };
      const [row] = latest.status === 'draft'
        ? await tx.update(formDefinitions).set(values).where(eq(formDefinitions.id, latest.id)).returning()
        : await tx.insert(formDefinitions).values({ slug, version, status: 'draft', ...values }).returning();
      return toVersion(row!);
    });
  }

  /** Publishes the draft version: it becomes immutable; the previously published one is retired. */
  async publish(actor: Actor, tenantId: string, slug: string): Promise<DefinitionVersion> {
    requirePermission(actor, 'formulieren.beheren');
    return this.database.withTenant(tenantId, async (tx) => {
      const [draft] = await tx.select().from(formDefinitions).where(and(eq(formDefinitions.slug, slug), eq(formDefinitions.status, 'draft'))).limit(1).for('update');
      if (!draft) throw new HttpError(409, 'Er is geen conceptversie om te publiceren.', [], 'nothing-to-publish');
      checked(draft.definition);
      await tx.update(formDefinitions).set({ status: 'retired' }).where(and(eq(formDefinitions.slug, slug), eq(formDefinitions.status, 'published')));
      const [row] = await tx.update(formDefinitions).set({ status: 'published', publishedAt: new Date(), publishedBy: actorLabel(actor) })
        .where(eq(formDefinitions.id, draft.id)).returning();
      return toVersion(row!);
    });
  }

  // ————— Drafts —————

  private openDraft(row: typeof formDrafts.$inferSelect): Draft | undefined {
    try {
      const sealed = this.sealer.openJson<{ id: string; data: DraftData }>(row.data, SEAL.draft);
      if (sealed.id !== row.id) return undefined;
      return { id: row.id, formSlug: row.formSlug, formVersion: row.formVersion, data: sealed.data, idempotencyKey: row.idempotencyKey, expiresAt: row.expiresAt };
    } catch {
      return undefined; // another key or an altered row: as if there were no draft
    }
  }

  async findDraft(tenantId: string, slug: string, owner: DraftOwner): Promise<Draft | undefined> {
    return this.database.withTenant(tenantId, async (tx) => {
      await tx.delete(formDrafts).where(lt(formDrafts.expiresAt, sql`now()`));
      const [row] = await tx.select().from(formDrafts).where(and(eq(formDrafts.formSlug, slug), eq(formDrafts.ownerHash, owner.hash)));
      if (!row) return undefined;
      const draft = this.openDraft(row);
      if (!draft) await tx.delete(formDrafts).where(eq(formDrafts.id, row.id));
      return draft;
    });
  }

  /** Starts a draft for this owner (replacing an earlier one of the same form). */
  async createDraft(tenantId: string, slug: string, version: number, owner: DraftOwner, data: DraftData): Promise<Draft> {
    const id = randomUUID();
    const idempotencyKey = randomBytes(18).toString('base64url');
    const expiresAt = new Date(Date.now() + DRAFT_DAYS * 86_400_000);
    await this.database.withTenant(tenantId, async (tx) => {
      await tx.delete(formDrafts).where(and(eq(formDrafts.formSlug, slug), eq(formDrafts.ownerHash, owner.hash)));
      await tx.insert(formDrafts).values({
        id, formSlug: slug, formVersion: version, ownerKind: owner.kind, ownerHash: owner.hash, idempotencyKey, expiresAt,
        data: this.sealer.sealJson({ id, data }, SEAL.draft),
      });
    });
    return { id, formSlug: slug, formVersion: version, data, idempotencyKey, expiresAt };
  }

  async saveDraftData(tenantId: string, draftId: string, data: DraftData): Promise<void> {
    await this.database.withTenant(tenantId, (tx) => tx.update(formDrafts).set({
      data: this.sealer.sealJson({ id: draftId, data }, SEAL.draft), updatedAt: new Date(), expiresAt: new Date(Date.now() + DRAFT_DAYS * 86_400_000),
    }).where(eq(formDrafts.id, draftId)));
  }

  async deleteDraft(tenantId: string, draftId: string): Promise<void> {
    await this.database.withTenant(tenantId, (tx) => tx.delete(formDrafts).where(eq(formDrafts.id, draftId)));
  }

  // ————— Uploads —————

  async addUpload(tenantId: string, draftId: string, fieldKey: string, file: { filename: string; mime: string; content: Buffer; sha256: string }): Promise<FileAnswer> {
    const id = randomUUID();
    await this.database.withTenant(tenantId, (tx) => tx.insert(formUploads).values({
      id, draftId, fieldKey, filename: file.filename, mime: file.mime, size: file.content.length, sha256: file.sha256,
      content: this.sealer.seal(`${id}:${file.content.toString('base64')}`, SEAL.upload),
    }));
    return { id, filename: file.filename, mime: file.mime, size: file.content.length, sha256: file.sha256 };
  }

  async uploadsOf(tenantId: string, draftId: string): Promise<FilesByField> {
    const found = await this.database.withTenant(tenantId, (tx) => tx.select({
      id: formUploads.id, fieldKey: formUploads.fieldKey, filename: formUploads.filename, mime: formUploads.mime, size: formUploads.size, sha256: formUploads.sha256,
    }).from(formUploads).where(eq(formUploads.draftId, draftId)).orderBy(asc(formUploads.createdAt)));
    const out: FilesByField = {};
    for (const u of found) (out[u.fieldKey] ??= []).push({ id: u.id, filename: u.filename, mime: u.mime, size: u.size, sha256: u.sha256 });
    return out;
  }

  async removeUpload(tenantId: string, draftId: string, uploadId: string): Promise<void> {
    if (!/^[0-9a-f-]{36}$/.test(uploadId)) return;
    await this.database.withTenant(tenantId, (tx) => tx.delete(formUploads).where(and(eq(formUploads.id, uploadId), eq(formUploads.draftId, draftId))));
  }

  private async uploadContent(tx: Tx, id: string): Promise<Buffer> {
    const [row] = await tx.select({ content: formUploads.content }).from(formUploads).where(eq(formUploads.id, id));
    if (!row) throw new Error(`upload ${id} not found`);
    const opened = this.sealer.open(row.content, SEAL.upload);
    if (!opened.startsWith(`${id}:`)) throw new Error(`upload ${id} does not belong to this row`);
    return Buffer.from(opened.slice(id.length + 1), 'base64');
  }

  /** The content of an upload of a submission (for the zaak handler or a download). */
  async submissionUploadContent(tenantId: string, submissionId: string, uploadId: string): Promise<Buffer | undefined> {
    return this.database.withTenant(tenantId, async (tx) => {
      const [row] = await tx.select({ id: formUploads.id }).from(formUploads).where(and(eq(formUploads.id, uploadId), eq(formUploads.submissionId, submissionId)));
      return row ? this.uploadContent(tx, row.id) : undefined;
    });
  }

  // ————— Resume links —————

  /** A new resume link secret for a draft (only its hash is stored), in the caller's transaction. */
  async createResumeToken(tx: Tx, draftId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + RESUME_DAYS * 86_400_000);
    await tx.delete(formResumeTokens).where(lt(formResumeTokens.expiresAt, sql`now()`));
    await tx.insert(formResumeTokens).values({ draftId, tokenHash: sha256(token), expiresAt });
    return { token, expiresAt };
  }

  /** Whether a resume secret is valid for this form (without using it). */
  async resumeTokenValid(tenantId: string, slug: string, token: string): Promise<boolean> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
    const [row] = await this.database.withTenant(tenantId, (tx) => tx.select({ id: formResumeTokens.id }).from(formResumeTokens)
      .innerJoin(formDrafts, eq(formDrafts.id, formResumeTokens.draftId))
      .where(and(eq(formResumeTokens.tokenHash, sha256(token)), eq(formDrafts.formSlug, slug), sql`${formResumeTokens.expiresAt} > now()`)));
    return row !== undefined;
  }

  /**
   * Uses a resume secret once: the draft moves to the new owner (the browser that opened the link)
   * and every other link of it stops working. Returns false when the secret is unknown or expired.
   */
  async takeResumeToken(tenantId: string, slug: string, token: string, newOwner: DraftOwner): Promise<boolean> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
    return this.database.withTenant(tenantId, async (tx) => {
      const [found] = await tx.delete(formResumeTokens).where(and(eq(formResumeTokens.tokenHash, sha256(token)), sql`${formResumeTokens.expiresAt} > now()`))
        .returning({ draftId: formResumeTokens.draftId });
      if (!found) return false;
      const [draft] = await tx.select({ id: formDrafts.id, slug: formDrafts.formSlug }).from(formDrafts).where(eq(formDrafts.id, found.draftId));
      if (!draft || draft.slug !== slug) return false;
      await tx.delete(formResumeTokens).where(eq(formResumeTokens.draftId, draft.id));
      await tx.delete(formDrafts).where(and(eq(formDrafts.formSlug, slug), eq(formDrafts.ownerHash, newOwner.hash), sql`${formDrafts.id} <> ${draft.id}`));
      await tx.update(formDrafts).set({ ownerKind: newOwner.kind, ownerHash: newOwner.hash, updatedAt: new Date() }).where(eq(formDrafts.id, draft.id));
      return true;
    });
  }

  /** Runs `fn` in a transaction of the municipality (e.g. to queue a mail with a resume link). */
  transaction<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.database.withTenant(tenantId, fn);
  }

  // ————— Submissions —————

  async submissionByKey(tenantId: string, idempotencyKey: string): Promise<{ id: string; formSlug: string; ownerHash: string } | undefined> {
    if (!idempotencyKey || idempotencyKey.length > 100) return undefined;
    const [row] = await this.database.withTenant(tenantId, (tx) => tx.select({ id: formSubmissions.id, formSlug: formSubmissions.formSlug, ownerHash: formSubmissions.ownerHash })
      .from(formSubmissions).where(eq(formSubmissions.idempotencyKey, idempotencyKey)));
    return row;
  }

  async submission(tenantId: string, id: string): Promise<StoredSubmission | undefined> {
    if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
    const [row] = await this.database.withTenant(tenantId, (tx) => tx.select().from(formSubmissions).where(eq(formSubmissions.id, id)));
    if (!row || !row.reference) return undefined;
    const sealed = this.sealer.openJson<{ id: string; content: SubmissionContent }>(row.data, SEAL.submission);
    if (sealed.id !== row.id) return undefined;
    return {
      id: row.id, formSlug: row.formSlug, formVersion: row.formVersion, reference: row.reference, statusUrl: row.statusUrl,
      ownerHash: row.ownerHash, submittedAt: row.submittedAt, content: sealed.content,
    };
  }

  /**
   * Sends a draft, exactly once: in one transaction the draft is locked, the submission stored
   * under the draft's idempotency key, handed to the submission handler (which creates the zaak),
   * the uploads moved to the submission and the draft deleted. A second call with the same key
   * (double click, retried POST) finds the stored submission and returns it. When the handler
   * throws, nothing is stored and the draft stays.
   */
  async submit(input: {
    tenantId: string;
    definition: FormDefinition;
    draftId: string;
    idempotencyKey: string;
    ownerHash: string;
    submitter: Submitter;
    lang: Lang;
    trace: TraceContext;
  }): Promise<{ id: string; reference: string; statusUrl: string | null; created: boolean }> {
    const { tenantId, definition } = input;
    return this.database.withTenant(tenantId, async (tx) => {
      const existing = async () => {
        const [row] = await tx.select({ id: formSubmissions.id, reference: formSubmissions.reference, statusUrl: formSubmissions.statusUrl, ownerHash: formSubmissions.ownerHash })
          .from(formSubmissions).where(eq(formSubmissions.idempotencyKey, input.idempotencyKey));
        return row && row.reference && row.ownerHash === input.ownerHash ? { id: row.id, reference: row.reference, statusUrl: row.statusUrl, created: false } : undefined;
      };
      const [draftRow] = await tx.select().from(formDrafts).where(eq(formDrafts.id, input.draftId)).for('update');
      if (!draftRow || draftRow.idempotencyKey !== input.idempotencyKey) {
        const done = await existing();
        if (done) return done;
        throw new HttpError(409, 'Dit formulier is al verstuurd of bestaat niet meer.', [], 'no-draft');
      }
      const draft = this.openDraft(draftRow);
      if (!draft) throw new HttpError(409, 'Dit formulier bestaat niet meer.', [], 'no-draft');

      const uploads = await tx.select({ id: formUploads.id, fieldKey: formUploads.fieldKey, filename: formUploads.filename, mime: formUploads.mime, size: formUploads.size, sha256: formUploads.sha256 })
        .from(formUploads).where(eq(formUploads.draftId, draft.id)).orderBy(asc(formUploads.createdAt));
      const files: FilesByField = {};
      for (const u of uploads) (files[u.fieldKey] ??= []).push({ id: u.id, filename: u.filename, mime: u.mime, size: u.size, sha256: u.sha256 });
      const eff = effective(definition, draft.data, files);
      // Only the files that answer a visible question go with the submission.
      const sentFiles = new Set(Object.entries(eff.answers).filter(([key]) => files[key]).flatMap(([key]) => (files[key] ?? []).map((f) => f.id)));
      const { sections, computed } = summarize(definition, draft.data, files, input.lang);
      const summary: SummaryLine[] = [
        ...sections.flatMap((s) => s.rows.map((r) => ({ section: s.title, label: r.label, value: r.lines.join('\n') }))),
        ...computed.map((c) => ({ section: '', label: c.label, value: c.lines.join('\n') })),
      ];
      const submitter: Submitter = input.submitter.kind === 'anonymous'
        ? { kind: 'anonymous', email: firstEmail(definition, eff.answers) }
        : input.submitter;
      const id = randomUUID();
      const submittedAt = new Date();
      const content: SubmissionContent = {
        submitter, answers: eff.answers, computed: eff.computed, eigenschappen: eigenschappenOf(definition, draft.data, files), summary, lang: input.lang,
        sections: [...sections.map((s) => ({ title: s.title, rows: s.rows.map((r) => ({ label: r.label, lines: r.lines })) })),
          ...(computed.length ? [{ title: '', rows: computed.map((c) => ({ label: c.label, lines: c.lines })) }] : [])],
        title: pick(definition.title, input.lang),
      };
      const inserted = rows<{ id: string }>(await tx.execute(sql`
        INSERT INTO form_submissions (id, form_slug, form_version, zaaktype, idempotency_key, owner_hash, data, submitted_at)
        VALUES (${id}, ${draft.formSlug}, ${draft.formVersion}, ${definition.zaaktype}, ${input.idempotencyKey}, ${input.ownerHash},
          ${this.sealer.sealJson({ id, content }, SEAL.submission)}, ${submittedAt.toISOString()}::timestamptz)
        ON CONFLICT (tenant_id, idempotency_key) DO NOTHING RETURNING id`));
      if (!inserted.length) {
        const done = await existing();
        if (done) return done;
        throw new HttpError(409, 'Dit formulier is al verstuurd.', [], 'duplicate');
      }
      if (sentFiles.size) await tx.update(formUploads).set({ submissionId: id }).where(and(eq(formUploads.draftId, draft.id), inArray(formUploads.id, [...sentFiles])));
      const submission: FormSubmission = {
        id, tenantId, formSlug: draft.formSlug, formVersion: draft.formVersion, zaaktypeIdentificatie: definition.zaaktype, submitter,
        answers: content.answers, computed: content.computed, eigenschappen: content.eigenschappen, summary, lang: input.lang, submittedAt,
        idempotencyKey: input.idempotencyKey,
        uploads: uploads.filter((u) => sentFiles.has(u.id)).map((u) => ({ ...u, content: () => this.uploadContent(tx, u.id) })),
      };
      const result = await submissionHandler(this.database)(tx, submission);
      if (!result?.reference || typeof result.reference !== 'string') throw new Error('submission handler gave no reference');
      await tx.update(formSubmissions).set({ reference: result.reference, statusUrl: result.statusUrl ?? null }).where(eq(formSubmissions.id, id));
      // The draft goes; its uploads that were not sent go with it (cascade), the sent ones stay with the submission.
      await tx.update(formUploads).set({ draftId: null }).where(eq(formUploads.submissionId, id));
      await tx.delete(formDrafts).where(eq(formDrafts.id, draft.id));
      if (this.processingLog && submitter.kind !== 'anonymous') {
        await this.processingLog.record(tx, { type: submitter.kind, id: 'self' }, input.trace, {
          activity: formsActivities['formulier-indienen/1'], name: 'formulier.indienen', operation: 'create',
          dataCategories: ['formulierantwoorden'], subject: submitter.kind === 'resident' ? { type: 'bsn', id: submitter.actingFor?.bsn ?? submitter.bsn } : { type: 'kvk', id: submitter.kvk },
          status: 'ok', startTime: submittedAt,
        });
      }
      return { id, reference: result.reference, statusUrl: result.statusUrl ?? null, created: true };
    });
  }
}

function firstEmail(def: FormDefinition, answers: Record<string, Value>): string | undefined {
  for (const step of def.steps) for (const field of step.fields) if (field.type === 'email' && typeof answers[field.key] === 'string') return answers[field.key] as string;
  return undefined;
}

/** The definition if valid; throws DefinitionError with every problem otherwise. */
function checked(value: unknown): FormDefinition {
  const problems = validateDefinition(value);
  if (problems.length) throw new DefinitionError(problems);
  return value as FormDefinition;
}

function toVersion(row: typeof formDefinitions.$inferSelect): DefinitionVersion {
  return {
    id: row.id, slug: row.slug, version: row.version, status: row.status, definition: row.definition, updatedAt: row.updatedAt,
    updatedBy: row.updatedBy, publishedAt: row.publishedAt, publishedBy: row.publishedBy,
  };
}
