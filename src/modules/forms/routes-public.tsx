/**
 * The resident flow of an online form, under /formulieren/<slug>/…, completely without JavaScript:
 * one step per page with POST-redirect-GET, server-side validation with the error summary (what was
 * typed stays), a review page, the declaration, sending exactly once, and the receipt. Drafts are
 * kept per logged-in person, or per browser for someone who is not logged in (who can ask for a
 * resume link by e-mail). Uploads are a normal multipart post per step.
 *
 * Access differs per form (anonymous, DigiD at a level, eHerkenning at a level), so the routes are
 * 'public' for the platform and each handler checks the form's own rule.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { meetsLevel, type Identity } from '../../platform/auth/identity.js';
import { pageContext, sendHtml } from '../../platform/http/app.js';
import { HttpError } from '../../platform/http/problem.js';
import type { Platform } from '../../platform/http/types.js';
import { formatDateTime } from '../../platform/i18n/i18n.js';
import { queueMail } from '../../platform/mail/index.js';
import { traceFromHeaders } from '../../platform/processing-log/processing-log.js';
import { href } from '../../platform/ui/context.js';
import type { FieldError } from '../../platform/ui/forms.js';
import { AddressesService, AddressRegisterError, type Address } from '../addresses/index.js';
import { PersonsService } from '../persons/index.js';
import { pick, type AnswerField, type FileField, type FormDefinition, type Step } from './definition.js';
import {
  answerToRaw, effective, emptyDraft, firstIncompleteStep, inputId, isRequired, readStep, stepAfter, stepBefore, summarize, groupCount,
  type DraftData, type FilesByField, type RawInput, type StepEnv,
} from './engine.js';
import { evaluate, truthy } from './expressions.js';
import { formsMessages } from './messages.js';
import { renderSummaryPdf } from './pdf.js';
import { prefillFor } from './prefill.js';
import type { Draft, DraftOwner, FormsService } from './service.js';
import type { Submitter } from './submission.js';
import { detectKind, KIND_LABELS, MIME_TYPES, safeFilename, scannerFromEnv, sha256, ScanUnavailableError, type MalwareScanner } from './uploads.js';
import { parseEmail } from './values.js';
import { dependsOnStep } from './views/fields.js';
import {
  ASSET_PATH, FormListPage, MessagePage, ReceiptPage, ResumePage, ReviewPage, SaveAnonymousPage, StartPage, StepPage, type StartState,
} from './views/pages.js';
import { isUuid } from '../../platform/values.js';
import { acceptMultipartForms, uploadedFiles } from '../../platform/http/multipart.js';

const BROWSER_COOKIE = 'stadhuis_formulieren';
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Limits of one multipart post: files larger than a field allows are refused there. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_REQUEST_FILE_BYTES = 25 * 1024 * 1024;

const ASSETS: Record<string, { body: Buffer; type: string; etag: string }> = Object.fromEntries(
  [['forms.css', 'text/css; charset=utf-8'], ['forms.js', 'text/javascript; charset=utf-8']].map(([file, type]) => {
    const body = readFileSync(new URL(`./assets/${file}`, import.meta.url));
    return [file, { body, type: type!, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` }];
  }),
);

export interface PublicRouteOptions {
  scanner?: MalwareScanner;
}

export async function registerPublicRoutes(app: FastifyInstance, platform: Platform, forms: FormsService, options: PublicRouteOptions = {}): Promise<void> {
  const persons = new PersonsService(platform);
  const addresses = new AddressesService(platform);
  const scanner = options.scanner ?? scannerFromEnv();
  const secure = platform.config.publicUrl.startsWith('https://');
  const access = { access: 'public' as const };
  const route = { schema: { hide: true }, config: access };

  // ————— Helpers —————

  const t = (request: FastifyRequest) => formsMessages(request.lang);
  const base = (request: FastifyRequest, slug: string) => `${request.base}/formulieren/${slug}`;
  const ctxOf = (request: FastifyRequest, reply: FastifyReply) => pageContext(request, reply, platform);

  /** Whose draft this is: the logged-in person or business (and who they act for), or this browser. */
  const ownerOf = (request: FastifyRequest): DraftOwner | undefined => {
    const identity = request.session?.identity;
    if (identity) {
      const subject = platform.processingLog.subjectKey(identity.kind === 'resident' ? { type: 'bsn', id: identity.bsn } : { type: 'kvk', id: identity.kvk });
      const actingFor = identity.kind === 'resident' ? identity.actingFor?.bsn ?? '' : '';
      return { kind: 'subject', hash: createHash('sha256').update(`subject:${subject}:${actingFor}`).digest('hex') };
    }
    const token = request.cookies[BROWSER_COOKIE];
    if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    return { kind: 'browser', hash: createHash('sha256').update(`browser:${token}`).digest('hex') };
  };

  /** The owner, giving this browser its token first when it has none. */
  const ensureOwner = (request: FastifyRequest, reply: FastifyReply): DraftOwner => {
    const existing = ownerOf(request);
    if (existing) return existing;
    const token = randomBytes(32).toString('base64url');
    request.cookies[BROWSER_COOKIE] = token;
    reply.setCookie(BROWSER_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 31 * 86_400 });
    return ownerOf(request)!;
  };

  /** May the visitor fill in this form, and if not: where to log in. */
  const accessOf = (request: FastifyRequest, def: FormDefinition): Omit<StartState, 'hasDraft' | 'resumeHref'> => {
    const identity = request.session?.identity;
    const back = `/formulieren/${def.id}`;
    const login = (level: string) => `${href(request, '/inloggen')}?terug=${encodeURIComponent(back)}&niveau=${level}`;
    const loginHref = def.access.digid ? login(def.access.digid) : def.access.eherkenning ? login(def.access.eherkenning) : undefined;
    if (identity) {
      const allowed = def.access.anonymous
        || (identity.kind === 'resident' && !!def.access.digid && meetsLevel(identity, def.access.digid))
        || (identity.kind === 'business' && !!def.access.eherkenning && meetsLevel(identity, def.access.eherkenning));
      if (allowed) return { canStart: true, loggedIn: true };
      const otherKind = identity.kind === 'resident' ? !def.access.digid : !def.access.eherkenning;
      return {
        canStart: false, loggedIn: true, loginHref,
        wrongKind: otherKind ? (identity.kind === 'resident' ? 'eHerkenning' : 'DigiD') : undefined,
      };
    }
    return { canStart: !!def.access.anonymous, loggedIn: false, loginHref };
  };

  const notAvailable = (request: FastifyRequest, reply: FastifyReply) =>
    sendHtml(reply, <MessagePage ctx={ctxOf(request, reply)} title={t(request)('notAvailable.title')} body={t(request)('notAvailable.body')}
      link={{ href: href(request, '/formulieren'), label: t(request)('list.title') }} />, 404);

  /** The published form of this URL, or a 404 page. */
  const publishedForm = async (request: FastifyRequest, reply: FastifyReply): Promise<FormDefinition | undefined> => {
    const { slug } = request.params as { slug: string };
    const found = SLUG.test(slug) ? await forms.published(request.tenant!.id, slug) : undefined;
    if (!found) await notAvailable(request, reply);
    return found?.definition;
  };

  interface Session { def: FormDefinition; draft: Draft; owner: DraftOwner; files: FilesByField }

  /**
   * The draft of this visitor for this form, with the definition version it was started with.
   * Without one: to the start page. Without access (any more): to the start page too.
   */
  const draftSession = async (request: FastifyRequest, reply: FastifyReply): Promise<Session | undefined> => {
    reply.header('Cache-Control', 'no-store');
    const { slug } = request.params as { slug: string };
    if (!SLUG.test(slug)) { await notAvailable(request, reply); return undefined; }
    const tenantId = request.tenant!.id;
    const owner = ownerOf(request);
    const draft = owner ? await forms.findDraft(tenantId, slug, owner) : undefined;
    const version = draft ? await forms.version(tenantId, slug, draft.formVersion) : undefined;
    if (!draft || !owner || !version || !accessOf(request, version.definition).canStart) {
      if (request.method === 'GET') await reply.redirect(base(request, slug), 303);
      else await sendHtml(reply, <MessagePage ctx={ctxOf(request, reply)} title={t(request)('expired.title')} body={t(request)('expired.body')}
        link={{ href: base(request, slug), label: t(request)('resume.again') }} />, 409);
      return undefined;
    }
    return { def: version.definition, draft, owner, files: await forms.uploadsOf(tenantId, draft.id) };
  };

  const stepHref = (request: FastifyRequest, slug: string, step: Step, fromReview = false) => `${base(request, slug)}/stap/${step.id}${fromReview ? '?terug=controleren' : ''}`;

  /** Where to go now: the first step not done, or the review. */
  const nextHref = (request: FastifyRequest, s: Session) => {
    const open = firstIncompleteStep(s.def, s.draft.data, s.files);
    return open ? stepHref(request, s.def.id, open) : `${base(request, s.def.id)}/controleren`;
  };

  const lookup = async (postcode: string, huisnummer: string, toevoeging: string) => {
    try {
      return await addresses.lookupAddress(postcode, huisnummer, toevoeging);
    } catch (error) {
      if (error instanceof AddressRegisterError) return 'unavailable' as const;
      throw error;
    }
  };

  const stepEnv = (request: FastifyRequest): StepEnv => ({
    lang: request.lang, municipality: request.tenant!.name.replace(/^Gemeente /, ''), lookupAddress: lookup,
  });

  /** The addresses the inputs on this step resolve to, to show them for confirmation. */
  const foundAddresses = async (step: Step, raw: RawInput): Promise<Record<string, Address>> => {
    const out: Record<string, Address> = {};
    for (const field of step.fields) {
      if (field.type !== 'address') continue;
      const v = (n: string) => String(raw[`${field.key}.${n}`] ?? '');
      if (!v('postcode') || !v('huisnummer')) continue;
      const result = await lookup(v('postcode'), v('huisnummer'), v('toevoeging'));
      if (result !== 'unavailable' && result.status === 'found') out[field.key] = result.address;
    }
    return out;
  };

  /** Answers of the visible steps before this one (for conditions). */
  const answersBefore = (s: Session, step: Step) => {
    const index = s.def.steps.findIndex((x) => x.id === step.id);
    return effective({ ...s.def, steps: s.def.steps.slice(0, index) }, s.draft.data, s.files);
  };

  /** The inputs of a step to show: what was typed last, or the stored answers. */
  const rawFor = (s: Session, step: Step): RawInput => {
    const out: RawInput = {};
    for (const field of step.fields) {
      if (field.type === 'paragraph') continue;
      const own = Object.entries(s.draft.data.raw).filter(([k]) => k === field.key || k.startsWith(`${field.key}.`));
      if (own.length) for (const [k, v] of own) out[k] = v;
      else if (s.draft.data.answers[field.key] !== undefined) Object.assign(out, answerToRaw(field, s.draft.data.answers[field.key]!));
    }
    return out;
  };

  const renderStep = async (request: FastifyRequest, reply: FastifyReply, s: Session, step: Step, raw: RawInput, errors: FieldError[], status = 200, extra: { confirmAddress?: boolean; notice?: string } = {}) => {
    const before = answersBefore(s, step);
    const ctx = { answer: (k: string) => before.answers[k] ?? null, computed: (k: string) => before.computed[k] ?? null };
    const visible = effective(s.def, s.draft.data, s.files).visibleSteps;
    const index = visible.findIndex((x) => x.id === step.id);
    const fromReview = (request.query as Record<string, unknown>).terug === 'controleren' || (request.body as Record<string, unknown> | undefined)?.terug === 'controleren';
    const previous = stepBefore(s.def, s.draft.data, s.files, step.id);
    const backHref = fromReview ? `${base(request, s.def.id)}/controleren` : previous ? stepHref(request, s.def.id, previous) : base(request, s.def.id);
    const found = await foundAddresses(step, raw);
    reply.header('Cache-Control', 'no-store');
    return sendHtml(reply, <StepPage ctx={ctxOf(request, reply)} def={s.def} step={step} position={{ n: index + 1, total: visible.length }}
      backHref={backHref} fromReview={fromReview} confirmAddress={extra.confirmAddress} notice={extra.notice}
      fields={{
        raw, errors, data: s.draft.data, files: s.files, found,
        showZones: (key) => JSON.stringify(s.def).includes(`"${key}.zones"`),
        visible: (field) => field.visibleIf === undefined || dependsOnStep(field.visibleIf, step) || truthy(evaluate(field.visibleIf, ctx)),
        required: (field: AnswerField) => (field.requiredIf !== undefined && dependsOnStep(field.requiredIf, step) ? undefined : isRequired(field, ctx)),
      }} />, status);
  };

  // ————— Uploads in a multipart post —————

  await app.register(async (scope) => {
    await acceptMultipartForms(scope, { fileBytes: MAX_FILE_BYTES, requestBytes: MAX_REQUEST_FILE_BYTES, files: 10 });
    registerFormRoutes(scope);
  });

  /** Checks and stores the files posted for this step; returns an error per refused file. */
  const storeUploads = async (request: FastifyRequest, s: Session, step: Step): Promise<FieldError[]> => {
    const posted = uploadedFiles(request);
    if (!posted) return [];
    const tr = t(request);
    const errors: FieldError[] = [];
    const fileFields = step.fields.filter((f): f is FileField => f.type === 'file');
    if (posted.tooLarge) errors.push({ field: inputId(fileFields[0]?.key ?? 'bestand'), message: tr('error.uploadTooLarge') });
    for (const part of posted.parts) {
      const field = fileFields.find((f) => f.key === part.fieldname);
      if (!field || (field.prefill && s.draft.data.prefill[field.key] !== undefined)) continue;
      const id = inputId(field.key);
      const name = part.filename.split(/[\\/]/).pop()!.slice(0, 100);
      const maxBytes = (field.maxSizeMb ?? 10) * 1024 * 1024;
      const existing = s.files[field.key] ?? [];
      if (existing.length >= (field.maxFiles ?? 1)) {
        errors.push({ field: id, message: tr('error.tooManyFiles', { max: field.maxFiles ?? 1, name: pick(field.name ?? field.label, request.lang) }) });
        continue;
      }
      if (part.truncated || part.content.length > maxBytes) { errors.push({ field: id, message: tr('error.fileTooLarge', { filename: name, max: `${field.maxSizeMb ?? 10} MB` }) }); continue; }
      if (!part.content.length) { errors.push({ field: id, message: tr('error.fileEmpty', { filename: name }) }); continue; }
      const kind = detectKind(part.content);
      if (!kind || !field.accept.includes(kind)) {
        errors.push({ field: id, message: tr('error.fileType', { filename: name, types: field.accept.map((k) => KIND_LABELS[k]).join(request.lang === 'en' ? ' or ' : ' of ') }) });
        continue;
      }
      let verdict;
      try {
        verdict = await scanner.scan(part.content);
      } catch (error) {
        if (!(error instanceof ScanUnavailableError)) throw error;
        request.log.warn({ reason: error.message }, 'malware scan unavailable');
        errors.push({ field: id, message: tr('error.fileScanUnavailable', { filename: name }) });
        continue;
      }
      if (!verdict.clean) {
        request.log.warn({ signature: verdict.signature }, 'upload refused: malware');
        errors.push({ field: id, message: tr('error.fileVirus', { filename: name }) });
        continue;
      }
      const stored = await forms.addUpload(request.tenant!.id, s.draft.id, field.key, { filename: safeFilename(part.filename, kind), mime: MIME_TYPES[kind], content: part.content, sha256: sha256(part.content) });
      (s.files[field.key] ??= []).push(stored);
    }
    return errors;
  };

  // ————— Routes —————

  app.get(`${ASSET_PATH}/:file`, route, async (request, reply) => {
    const file = ASSETS[(request.params as { file: string }).file];
    if (!file) return reply.callNotFound();
    reply.header('Cache-Control', 'public, max-age=3600').header('ETag', file.etag).type(file.type);
    if (request.headers['if-none-match'] === file.etag) return reply.status(304).send();
    return reply.send(file.body);
  });

  app.get('/formulieren', route, async (request, reply) => {
    const list = await forms.listPublished(request.tenant!.id);
    return sendHtml(reply, <FormListPage ctx={ctxOf(request, reply)} forms={list} />);
  });

  app.get('/formulieren/:slug', route, async (request, reply) => {
    const def = await publishedForm(request, reply);
    if (!def) return reply;
    reply.header('Cache-Control', 'no-store');
    const state = accessOf(request, def);
    const owner = ownerOf(request);
    const draft = state.canStart && owner ? await forms.findDraft(request.tenant!.id, def.id, owner) : undefined;
    return sendHtml(reply, <StartPage ctx={ctxOf(request, reply)} def={def} state={{ ...state, hasDraft: !!draft, resumeHref: `${base(request, def.id)}/verder` }} />);
  });

  function registerFormRoutes(scope: FastifyInstance) {
    scope.post('/formulieren/:slug/starten', route, async (request, reply) => {
      const def = await publishedForm(request, reply);
      if (!def) return reply;
      const state = accessOf(request, def);
      if (!state.canStart) return reply.redirect(base(request, def.id), 303);
      const owner = ensureOwner(request, reply);
      const version = (await forms.published(request.tenant!.id, def.id))!.version;
      const prefill = await prefillFor(def, request.session?.identity as Identity | undefined, request.tenant!.id, traceFromHeaders(request.headers), {
        persons, addresses, processingLog: platform.processingLog,
      });
      const data = emptyDraft();
      data.prefill = prefill.values;
      await forms.createDraft(request.tenant!.id, def.id, version, owner, data);
      const first = firstIncompleteStep(def, data, {}) ?? def.steps[0]!;
      return reply.redirect(`${stepHref(request, def.id, first)}${prefill.failed ? '?melding=vooraf' : ''}`, 303);
    });

    scope.post('/formulieren/:slug/opnieuw', route, async (request, reply) => {
      const { slug } = request.params as { slug: string };
      const owner = ownerOf(request);
      if (SLUG.test(slug) && owner) {
        const draft = await forms.findDraft(request.tenant!.id, slug, owner);
        if (draft) await forms.deleteDraft(request.tenant!.id, draft.id);
      }
      return reply.redirect(`${request.base}/formulieren/${SLUG.test(slug) ? slug : ''}`, 303);
    });

    scope.get('/formulieren/:slug/verder', route, async (request, reply) => {
      const s = await draftSession(request, reply);
      if (!s) return reply;
      return reply.redirect(nextHref(request, s), 303);
    });

    scope.get('/formulieren/:slug/stap/:step', route, async (request, reply) => {
      const s = await draftSession(request, reply);
      if (!s) return reply;
      const step = effective(s.def, s.draft.data, s.files).visibleSteps.find((x) => x.id === (request.params as { step: string }).step);
      if (!step) return reply.redirect(nextHref(request, s), 303);
      const query = request.query as Record<string, unknown>;
      return renderStep(request, reply, s, step, rawFor(s, step), [], 200, {
        confirmAddress: query.bevestigen === '1',
        notice: query.melding === 'vooraf' ? t(request)('start.prefillFailed') : undefined,
      });
    });

    scope.post('/formulieren/:slug/stap/:step', route, async (request, reply) => {
      const s = await draftSession(request, reply);
      if (!s) return reply;
      const step = effective(s.def, s.draft.data, s.files).visibleSteps.find((x) => x.id === (request.params as { step: string }).step);
      if (!step) return reply.redirect(nextHref(request, s), 303);
      const tenantId = request.tenant!.id;
      const body = (request.body ?? {}) as Record<string, unknown>;
      const action = typeof body.actie === 'string' ? body.actie : 'volgende';
      const fromReview = body.terug === 'controleren';
      const here = `${stepHref(request, s.def.id, step, fromReview)}`;

      // What was typed on this page replaces what was there (an unticked box sends nothing).
      const data: DraftData = s.draft.data;
      const own = (k: string) => step.fields.some((f) => f.type !== 'paragraph' && f.type !== 'file' && (k === f.key || k.startsWith(`${f.key}.`)));
      for (const k of Object.keys(data.raw)) if (own(k)) delete data.raw[k];
      const raw: RawInput = {};
      for (const [k, v] of Object.entries(body)) {
        if (!own(k)) continue;
        if (typeof v === 'string') raw[k] = v.slice(0, 20_000);
        else if (Array.isArray(v)) raw[k] = v.filter((x): x is string => typeof x === 'string').slice(0, 100).map((x) => x.slice(0, 20_000));
      }
      Object.assign(data.raw, raw);
      const uploadErrors = await storeUploads(request, s, step);

      const group = /^(toevoegen|verwijderen):([a-zA-Z0-9]+)(?::(\d+))?$/.exec(action);
      if (group) {
        const field = step.fields.find((f) => f.key === group[2] && f.type === 'group');
        if (field?.type === 'group') {
          const count = groupCount(field, data);
          if (group[1] === 'toevoegen' && (field.maxItems === undefined || count < field.maxItems)) {
            data.groupItems[field.key] = count + 1;
            await forms.saveDraftData(tenantId, s.draft.id, data);
            return reply.redirect(`${here}#${inputId(field.key, count)}`, 303);
          }
          const index = Number(group[3]);
          if (group[1] === 'verwijderen' && Number.isInteger(index) && index < count && count > (field.minItems ?? 0)) {
            removeGroupItem(data, field.key, index, count);
            data.groupItems[field.key] = count - 1;
          }
        }
        await forms.saveDraftData(tenantId, s.draft.id, data);
        return reply.redirect(`${here}#${inputId(group[2]!)}`, 303);
      }
      const removeFile = /^bestand-verwijderen:([0-9a-f-]{36})$/.exec(action);
      if (removeFile) {
        await forms.removeUpload(tenantId, s.draft.id, removeFile[1]!);
        await forms.saveDraftData(tenantId, s.draft.id, data);
        return reply.redirect(here, 303);
      }
      if (action === 'opslaan') {
        await forms.saveDraftData(tenantId, s.draft.id, data);
        return reply.redirect(`${base(request, s.def.id)}/opgeslagen`, 303);
      }
      if (action.startsWith('uploaden:')) {
        await forms.saveDraftData(tenantId, s.draft.id, data);
        if (uploadErrors.length) return renderStep(request, reply, s, step, raw, uploadErrors, 400);
        return reply.redirect(here, 303);
      }

      const result = await readStep(s.def, step, raw, data, s.files, answersBefore(s, step).answers, stepEnv(request));
      const errors = [...uploadErrors, ...result.errors.filter((e) => !uploadErrors.some((u) => u.field === e.field))];
      if (errors.length) {
        await forms.saveDraftData(tenantId, s.draft.id, data);
        return renderStep(request, reply, s, step, raw, errors, 400);
      }
      if (result.confirmAddress) {
        await forms.saveDraftData(tenantId, s.draft.id, data);
        return reply.redirect(`${stepHref(request, s.def.id, step)}?bevestigen=1${fromReview ? '&terug=controleren' : ''}`, 303);
      }
      for (const field of step.fields) {
        if (field.type === 'paragraph' || field.type === 'file') continue;
        if (result.values[field.key] !== undefined) data.answers[field.key] = result.values[field.key]!;
        else delete data.answers[field.key];
        if (field.type === 'group') data.groupItems[field.key] = Math.max(field.minItems ?? 0, Array.isArray(result.values[field.key]) ? (result.values[field.key] as unknown[]).length : 0);
      }
      // From now on the page shows the answers as understood (empty group items dropped, "4201ab" as "4201AB").
      for (const k of Object.keys(data.raw)) if (own(k)) delete data.raw[k];
      if (!data.completed.includes(step.id)) data.completed.push(step.id);
      await forms.saveDraftData(tenantId, s.draft.id, data);
      const open = firstIncompleteStep(s.def, data, s.files);
      const after = stepAfter(s.def, data, s.files, step.id);
      const review = `${base(request, s.def.id)}/controleren`;
      const target = fromReview
        ? (open ? stepHref(request, s.def.id, open, true) : review)
        : after ? stepHref(request, s.def.id, after) : open ? stepHref(request, s.def.id, open) : review;
      return reply.redirect(target, 303);
    });

    scope.get('/formulieren/:slug/controleren', route, async (request, reply) => {
      const s = await draftSession(request, reply);
      if (!s) return reply;
      const open = firstIncompleteStep(s.def, s.draft.data, s.files);
      if (open) return reply.redirect(stepHref(request, s.def.id, open), 303);
      return renderReview(request, reply, s, []);
    });

    scope.post('/formulieren/:slug/versturen', route, async (request, reply) => {
      const { slug } = request.params as { slug: string };
      const body = (request.body ?? {}) as Record<string, unknown>;
      const key = typeof body.sleutel === 'string' ? body.sleutel : '';
      const owner = ownerOf(request);
      const tenantId = request.tenant!.id;
      // Sent before (a double click, a retried post): the same receipt.
      const done = owner && SLUG.test(slug) ? await forms.submissionByKey(tenantId, key) : undefined;
      if (done && done.ownerHash === owner!.hash && done.formSlug === slug) return reply.redirect(`${base(request, slug)}/ontvangen/${done.id}`, 303);
      const s = await draftSession(request, reply);
      if (!s) return reply;
      if (key !== s.draft.idempotencyKey) return reply.redirect(`${base(request, slug)}/controleren`, 303);
      const open = firstIncompleteStep(s.def, s.draft.data, s.files);
      if (open) {
        // A simultaneous post of the same form may have just sent it (and taken its files along):
        // then this one gets the same receipt, not a step to fill in again.
        const justSent = await forms.submissionByKey(tenantId, key);
        if (justSent && justSent.ownerHash === s.owner.hash && justSent.formSlug === slug) return reply.redirect(`${base(request, slug)}/ontvangen/${justSent.id}`, 303);
        return reply.redirect(stepHref(request, s.def.id, open), 303);
      }
      if (s.def.declaration && body.verklaring !== 'ja') return renderReview(request, reply, s, [{ field: 'f-verklaring', message: t(request)('error.declaration') }], 400);
      const identity = request.session?.identity;
      const submitter: Submitter = !identity ? { kind: 'anonymous' }
        : identity.kind === 'resident' ? { kind: 'resident', bsn: identity.bsn, level: identity.level, actingFor: identity.actingFor }
          : { kind: 'business', kvk: identity.kvk, vestiging: identity.vestiging, level: identity.level };
      try {
        const sent = await forms.submit({
          tenantId, definition: s.def, draftId: s.draft.id, idempotencyKey: key, ownerHash: s.owner.hash, submitter, lang: request.lang, trace: traceFromHeaders(request.headers),
        });
        return reply.redirect(`${base(request, slug)}/ontvangen/${sent.id}`, 303);
      } catch (error) {
        if (error instanceof HttpError && error.statusCode === 409) {
          const again = await forms.submissionByKey(tenantId, key);
          if (again && again.ownerHash === s.owner.hash) return reply.redirect(`${base(request, slug)}/ontvangen/${again.id}`, 303);
        }
        request.log.error({ err: error }, 'form submission failed');
        return sendHtml(reply, <MessagePage ctx={ctxOf(request, reply)} title={t(request)('sendFailed.title')} body={t(request)('sendFailed.body')}
          link={{ href: `${base(request, slug)}/controleren`, label: t(request)('review.title') }} status="warning" />, 503);
      }
    });

    const ownSubmission = async (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('Cache-Control', 'no-store');
      const { slug, id } = request.params as { slug: string; id: string };
      const owner = ownerOf(request);
      const found = isUuid(id) && owner ? await forms.submission(request.tenant!.id, id) : undefined;
      if (!found || found.formSlug !== slug || found.ownerHash !== owner!.hash) {
        await sendHtml(reply, <MessagePage ctx={ctxOf(request, reply)} title={t(request)('notAvailable.title')} body={t(request)('receipt.notFound')} />, 404);
        return undefined;
      }
      const version = await forms.version(request.tenant!.id, slug, found.formVersion);
      return version ? { found, def: version.definition } : undefined;
    };

    scope.get('/formulieren/:slug/ontvangen/:id', route, async (request, reply) => {
      const own = await ownSubmission(request, reply);
      if (!own) return reply;
      const { found, def } = own;
      return sendHtml(reply, <ReceiptPage ctx={ctxOf(request, reply)} def={def} reference={found.reference} statusUrl={found.statusUrl} submittedAt={found.submittedAt}
        sections={found.content.sections} pdfHref={`${base(request, def.id)}/ontvangen/${found.id}/samenvatting.pdf`} />);
    });

    scope.get('/formulieren/:slug/ontvangen/:id/samenvatting.pdf', route, async (request, reply) => {
      const own = await ownSubmission(request, reply);
      if (!own) return reply;
      const { found, def } = own;
      const pdf = await renderSummaryPdf({
        tenant: request.tenant!, title: pick(def.title, found.content.lang), reference: found.reference, submittedAt: found.submittedAt,
        lang: found.content.lang, sections: found.content.sections,
      });
      return reply.type('application/pdf').header('Content-Disposition', `attachment; filename="${found.reference}.pdf"`).send(pdf);
    });

    scope.get('/formulieren/:slug/opgeslagen', route, async (request, reply) => {
      const s = await draftSession(request, reply);
      if (!s) return reply;
      const tr = t(request);
      if (s.owner.kind === 'subject') {
        return sendHtml(reply, <MessagePage ctx={ctxOf(request, reply)} title={tr('save.title')}
          body={tr('save.loggedIn', { date: formatDateTime(s.draft.expiresAt, request.lang) })} link={{ href: `${base(request, s.def.id)}/verder`, label: tr('save.continue') }} />);
      }
      return sendHtml(reply, <SaveAnonymousPage ctx={ctxOf(request, reply)} def={s.def} email="" errors={[]} />);
    });

    scope.post('/formulieren/:slug/opslaan', route, async (request, reply) => {
      const s = await draftSession(request, reply);
      if (!s) return reply;
      const tr = t(request);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const given = typeof body.email === 'string' ? body.email.trim().slice(0, 254) : '';
      const email = parseEmail(given);
      if (!email.ok) return sendHtml(reply, <SaveAnonymousPage ctx={ctxOf(request, reply)} def={s.def} email={given} errors={[{ field: 'f-email', message: tr('error.resumeEmail') }]} />, 400);
      const tenant = request.tenant!;
      const title = pick(s.def.title, request.lang);
      let until: Date;
      try {
        until = await forms.transaction(tenant.id, async (tx) => {
          const { token, expiresAt } = await forms.createResumeToken(tx, s.draft.id);
          const link = `${platform.config.publicUrl}/${tenant.slug}/formulieren/${s.def.id}/hervatten?code=${token}`;
          const date = formatDateTime(expiresAt, request.lang);
          await queueMail(tx, {
            tenantId: tenant.id, to: email.value,
            subject: tr('mail.subject', { form: title }),
            text: tr('mail.body', { form: title, municipality: tenant.name, link, date }),
          });
          return expiresAt;
        });
      } catch (error) {
        request.log.error({ err: error }, 'resume link could not be queued');
        return sendHtml(reply, <MessagePage ctx={ctxOf(request, reply)} title={tr('save.anonTitle')} body={tr('save.notSent')} status="warning"
          link={{ href: `${base(request, s.def.id)}/verder`, label: tr('save.continue') }} />, 503);
      }
      return sendHtml(reply, <MessagePage ctx={ctxOf(request, reply)} title={tr('save.sentTitle')} body={tr('save.sent', { email: email.value, date: formatDateTime(until, request.lang) })}
        link={{ href: `${base(request, s.def.id)}/verder`, label: tr('save.continue') }} />);
    });

    scope.get('/formulieren/:slug/hervatten', route, async (request, reply) => {
      const def = await publishedForm(request, reply);
      if (!def) return reply;
      reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
      const code = String((request.query as Record<string, unknown>).code ?? '');
      if (!await forms.resumeTokenValid(request.tenant!.id, def.id, code)) {
        return sendHtml(reply, <MessagePage ctx={ctxOf(request, reply)} title={t(request)('resume.title')} body={t(request)('resume.invalid')}
          link={{ href: base(request, def.id), label: t(request)('resume.again') }} />, 404);
      }
      // A button, not a redirect: mail scanners that open links do not use the link up.
      return sendHtml(reply, <ResumePage ctx={ctxOf(request, reply)} def={def} token={code} />);
    });

    scope.post('/formulieren/:slug/hervatten', route, async (request, reply) => {
      const { slug } = request.params as { slug: string };
      if (!SLUG.test(slug)) return notAvailable(request, reply);
      const code = String(((request.body ?? {}) as Record<string, unknown>).code ?? '');
      const owner = ensureOwner(request, reply);
      if (!await forms.takeResumeToken(request.tenant!.id, slug, code, owner)) {
        return sendHtml(reply, <MessagePage ctx={ctxOf(request, reply)} title={t(request)('resume.title')} body={t(request)('resume.invalid')}
          link={{ href: base(request, slug), label: t(request)('resume.again') }} />, 404);
      }
      return reply.redirect(`${base(request, slug)}/verder`, 303);
    });
  }

  async function renderReview(request: FastifyRequest, reply: FastifyReply, s: Session, errors: FieldError[], status = 200) {
    const { sections, computed } = summarize(s.def, s.draft.data, s.files, request.lang);
    const visible = effective(s.def, s.draft.data, s.files).visibleSteps;
    const last = visible[visible.length - 1];
    reply.header('Cache-Control', 'no-store');
    return sendHtml(reply, <ReviewPage ctx={ctxOf(request, reply)} def={s.def} sections={sections} computed={computed} idempotencyKey={s.draft.idempotencyKey}
      errors={errors} backHref={last ? stepHref(request, s.def.id, last) : undefined} />, status);
  }
}

/** Removes item `index` of a group from the typed inputs; later items move up one place. */
function removeGroupItem(data: DraftData, key: string, index: number, count: number): void {
  const moved: RawInput = {};
  for (const [k, v] of Object.entries(data.raw)) {
    const match = new RegExp(`^${key}\\.(\\d+)\\.(.+)$`).exec(k);
    if (!match) { moved[k] = v; continue; }
    const i = Number(match[1]);
    if (i === index || i >= count) continue;
    moved[`${key}.${i > index ? i - 1 : i}.${match[2]}`] = v;
  }
  data.raw = moved;
  const answer = data.answers[key];
  if (Array.isArray(answer)) data.answers[key] = answer.filter((_, i) => i !== index);
}
