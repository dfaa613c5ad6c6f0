/**
 * The form designer under /beheer/formulieren, for employees with 'formulieren.beheren': list,
 * edit the JSON definition (checked against the schema, problems in Dutch with their JSON path),
 * a server-rendered preview of a step, versions, publish.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/auth/access.js';
import { pageContext, renderError, sendHtml } from '../../platform/http/app.js';
import { HttpError } from '../../platform/http/problem.js';
import type { Platform } from '../../platform/http/types.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import type { FieldError } from '../../platform/ui/forms.js';
import { pick, type AnswerField, type FormDefinition } from './definition.js';
import { emptyDraft } from './engine.js';
import { formsMessages } from './messages.js';
import { DefinitionError, type DefinitionVersion, type FormsService } from './service.js';
import { parseDefinitionJson, validateDefinition, type DefinitionProblem } from './validate-definition.js';
import { DesignerListPage, EditorPage, VersionPage } from './views/designer.js';
import { StepBody } from './views/pages.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NOTICES = ['saved', 'created', 'published'] as const;

/** A definition to start from: valid, small, in both languages. */
export const NEW_FORM_TEMPLATE: Omit<FormDefinition, 'version'> = {
  id: 'nieuw-formulier',
  title: { nl: 'Nieuw formulier', en: 'New form' },
  summary: { nl: 'Vertel in één of twee zinnen waarvoor dit formulier is.', en: 'Say in one or two sentences what this form is for.' },
  zaaktype: 'ZAAKTYPE-IDENTIFICATIE',
  access: { anonymous: true, digid: 'basis' },
  steps: [{
    id: 'vraag',
    title: { nl: 'Uw vraag', en: 'Your question' },
    fields: [
      { key: 'omschrijving', type: 'textarea', label: { nl: 'Wat is uw vraag?', en: 'What is your question?' }, name: { nl: 'uw vraag', en: 'your question' }, eigenschap: 'omschrijving' },
      { key: 'email', type: 'email', label: { nl: 'Uw e-mailadres', en: 'Your email address' }, name: { nl: 'uw e-mailadres', en: 'your email address' } },
    ],
  }],
  declaration: { nl: 'Ik heb dit formulier naar waarheid ingevuld.', en: 'I filled in this form truthfully.' },
  nextSteps: { nl: 'U krijgt binnen 5 werkdagen antwoord.', en: 'You will get an answer within 5 working days.' },
};

export function registerAdminRoutes(app: FastifyInstance, platform: Platform, forms: FormsService): void {
  const route = { schema: { hide: true }, config: { access: { staff: 'formulieren.beheren' as const } } };
  const ctxOf = (request: FastifyRequest, reply: FastifyReply) => pageContext(request, reply, platform);

  /** The platform checks the permission before the handler; this makes sure no route is ever open. */
  const actorOf = (request: FastifyRequest): Actor => {
    if (request.actor?.kind !== 'staff') throw new HttpError(403, 'U heeft geen toegang tot deze functie.', [], 'forbidden');
    return request.actor;
  };

  const problemErrors = (problems: DefinitionProblem[], lang: Lang): FieldError[] => {
    const t = formsMessages(lang);
    return problems.map((p) => ({
      field: 'definitie',
      message: p.path ? t('admin.problemAt', { path: p.path, message: p[lang] }) : t('admin.problemWhole', { message: p[lang] }),
    }));
  };

  /** The posted JSON: parsed and checked, with the preview of a step when asked. */
  const posted = (request: FastifyRequest) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const json = typeof body.definitie === 'string' ? body.definitie.slice(0, 500_000) : '';
    const action = body.actie === 'voorbeeld' ? 'voorbeeld' : 'opslaan';
    const previewStep = typeof body.voorbeeldstap === 'string' ? body.voorbeeldstap : undefined;
    const parsed = parseDefinitionJson(json);
    const problems = parsed.problem ? [parsed.problem] : validateDefinition({ ...(parsed.value as object), version: (parsed.value as { version?: unknown } | null)?.version ?? 1 });
    return { json, action, previewStep, value: parsed.value, problems };
  };

  const stepsOf = (value: unknown, lang: Lang) => {
    const steps = (value as Partial<FormDefinition> | undefined)?.steps;
    return Array.isArray(steps) ? steps.filter((s) => s && typeof s.id === 'string').map((s) => ({ id: s.id, title: s.title ? pick(s.title, lang) || s.id : s.id })) : [];
  };

  /** One step as a resident would see it, without anything that posts. */
  const preview = (request: FastifyRequest, reply: FastifyReply, def: FormDefinition, stepId: string | undefined) => {
    const step = def.steps.find((s) => s.id === stepId) ?? def.steps[0]!;
    const index = def.steps.indexOf(step);
    return (
      <StepBody ctx={ctxOf(request, reply)} def={def} step={step} position={{ n: index + 1, total: def.steps.length }} fromReview={false} preview
        fields={{ raw: {}, errors: [], data: emptyDraft(), files: {}, found: {}, visible: () => true, required: (f: AnswerField) => (f.requiredIf !== undefined ? undefined : !f.optional) }} />
    );
  };

  const editor = (request: FastifyRequest, reply: FastifyReply, props: { slug?: string; title: string; json: string; errors: FieldError[]; versions: DefinitionVersion[]; notice?: typeof NOTICES[number]; preview?: JSX.Element; value?: unknown; previewStep?: string }, status = 200) =>
    sendHtml(reply, <EditorPage ctx={ctxOf(request, reply)} slug={props.slug} title={props.title} json={props.json} errors={props.errors} versions={props.versions}
      notice={props.notice} preview={props.preview} steps={stepsOf(props.value, request.lang)} previewStep={props.previewStep} />, status);

  const pretty = (definition: FormDefinition) => JSON.stringify(definition, null, 2);

  app.get('/beheer/formulieren', route, async (request, reply) => {
    actorOf(request);
    return sendHtml(reply, <DesignerListPage ctx={ctxOf(request, reply)} forms={await forms.listForms(request.tenant!.id)} />);
  });

  app.get('/beheer/formulieren/nieuw', route, async (request, reply) => {
    actorOf(request);
    return editor(request, reply, { title: '', json: JSON.stringify(NEW_FORM_TEMPLATE, null, 2), errors: [], versions: [], value: NEW_FORM_TEMPLATE });
  });

  app.post('/beheer/formulieren', route, async (request, reply) => {
    const actor = actorOf(request);
    const input = posted(request);
    if (input.problems.length) return editor(request, reply, { title: '', json: input.json, errors: problemErrors(input.problems, request.lang), versions: [], value: input.value }, 400);
    const def = input.value as FormDefinition;
    if (input.action === 'voorbeeld') {
      return editor(request, reply, { title: '', json: input.json, errors: [], versions: [], value: def, preview: preview(request, reply, def, input.previewStep), previewStep: input.previewStep });
    }
    try {
      const created = await forms.createForm(actor, request.tenant!.id, def);
      return reply.redirect(`${request.base}/beheer/formulieren/${created.slug}?melding=created`, 303);
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      return editor(request, reply, { title: '', json: input.json, errors: problemErrors(error.problems, request.lang), versions: [], value: def }, error.code === 'slug-taken' ? 409 : 400);
    }
  });

  const formOr404 = async (request: FastifyRequest, reply: FastifyReply) => {
    const { slug } = request.params as { slug: string };
    const versions = SLUG.test(slug) ? await forms.versions(request.tenant!.id, slug) : [];
    if (!versions.length) await renderError(request, reply, platform, 404);
    return versions.length ? { slug, versions } : undefined;
  };

  app.get('/beheer/formulieren/:slug', route, async (request, reply) => {
    actorOf(request);
    const found = await formOr404(request, reply);
    if (!found) return reply;
    const latest = found.versions[0]!;
    const notice = NOTICES.find((n) => n === (request.query as Record<string, unknown>).melding);
    return editor(request, reply, { slug: found.slug, title: pick(latest.definition.title, request.lang), json: pretty(latest.definition), errors: [], versions: found.versions, notice, value: latest.definition });
  });

  app.post('/beheer/formulieren/:slug', route, async (request, reply) => {
    const actor = actorOf(request);
    const found = await formOr404(request, reply);
    if (!found) return reply;
    const title = pick(found.versions[0]!.definition.title, request.lang);
    const input = posted(request);
    const base = { slug: found.slug, title, json: input.json, versions: found.versions, value: input.value };
    if (input.problems.length) return editor(request, reply, { ...base, errors: problemErrors(input.problems, request.lang) }, 400);
    const def = input.value as FormDefinition;
    if (input.action === 'voorbeeld') return editor(request, reply, { ...base, errors: [], preview: preview(request, reply, def, input.previewStep), previewStep: input.previewStep });
    try {
      await forms.saveDraft(actor, request.tenant!.id, found.slug, def);
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      return editor(request, reply, { ...base, errors: problemErrors(error.problems, request.lang) }, 400);
    }
    return reply.redirect(`${request.base}/beheer/formulieren/${found.slug}?melding=saved`, 303);
  });

  app.post('/beheer/formulieren/:slug/publiceren', route, async (request, reply) => {
    const actor = actorOf(request);
    const found = await formOr404(request, reply);
    if (!found) return reply;
    try {
      await forms.publish(actor, request.tenant!.id, found.slug);
    } catch (error) {
      const latest = found.versions[0]!;
      const base = { slug: found.slug, title: pick(latest.definition.title, request.lang), json: pretty(latest.definition), versions: found.versions, value: latest.definition };
      if (error instanceof DefinitionError) return editor(request, reply, { ...base, errors: problemErrors(error.problems, request.lang) }, 400);
      if (error instanceof HttpError && error.code === 'nothing-to-publish') return editor(request, reply, { ...base, errors: [{ field: 'definitie', message: formsMessages(request.lang)('admin.nothingToPublish') }] }, 409);
      throw error;
    }
    return reply.redirect(`${request.base}/beheer/formulieren/${found.slug}?melding=published`, 303);
  });

  app.get('/beheer/formulieren/:slug/versies/:version', route, async (request, reply) => {
    actorOf(request);
    const { slug, version } = request.params as { slug: string; version: string };
    const found = SLUG.test(slug) && /^\d{1,6}$/.test(version) ? await forms.version(request.tenant!.id, slug, Number(version)) : undefined;
    if (!found) return renderError(request, reply, platform, 404);
    return sendHtml(reply, <VersionPage ctx={ctxOf(request, reply)} version={found} />);
  });
}
