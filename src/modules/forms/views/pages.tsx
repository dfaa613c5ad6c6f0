/**
 * The resident's pages of an online form: the list, the start page, one page per step, "Controleer
 * uw antwoorden", the receipt, and the pages to save and resume. Everything works without
 * JavaScript; forms.js only completes an address while typing.
 */
import { formatDateTime } from '../../../platform/i18n/i18n.js';
import { href, type PageContext } from '../../../platform/ui/context.js';
import { Button, CsrfField, ErrorSummary, type FieldError } from '../../../platform/ui/forms.js';
import { Layout } from '../../../platform/ui/layout.js';
import { pick, type FormDefinition, type Step } from '../definition.js';
import { inputId, type SummaryRow, type SummarySection } from '../engine.js';
import { formsMessages } from '../messages.js';
import { StepFields, type FieldsContext } from './fields.js';

export const ASSET_PATH = '/formulieren/_assets';

/** The module's own stylesheet (a <link> in the body is valid HTML) and script. */
export function FormAssets({ ctx, script = false }: { ctx: PageContext; script?: boolean }): JSX.Element {
  return (
    <>
      <link rel="stylesheet" href={href(ctx, `${ASSET_PATH}/forms.css`)} />
      {script ? <script src={href(ctx, `${ASSET_PATH}/forms.js`)} defer></script> : ''}
    </>
  );
}

function BackLink({ url, ctx }: { url: string | undefined; ctx: PageContext }): JSX.Element {
  if (!url) return '';
  return <a class="utrecht-link stadhuis-back-link" href={url} safe>{formsMessages(ctx.lang)('step.back')}</a>;
}

export function FormListPage({ ctx, forms }: { ctx: PageContext; forms: { slug: string; definition: FormDefinition }[] }): JSX.Element {
  const t = formsMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('list.title')} breadcrumbs={[{ label: t('list.title') }]}>
      <FormAssets ctx={ctx} />
      <h1 class="utrecht-heading-1" safe>{t('list.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('list.intro')}</p>
      {forms.length ? (
        <ul class="stadhuis-results">
          {forms.map((f) => (
            <li>
              <h2 class="utrecht-heading-2"><a class="utrecht-link" href={href(ctx, `/formulieren/${f.slug}`)} safe>{pick(f.definition.title, ctx.lang)}</a></h2>
              <p class="utrecht-paragraph" safe>{pick(f.definition.summary, ctx.lang)}</p>
            </li>
          ))}
        </ul>
      ) : <p class="utrecht-paragraph" safe>{t('list.none')}</p>}
    </Layout>
  );
}

export interface StartState {
  /** Logged in and allowed: start (or resume). */
  canStart: boolean;
  loggedIn: boolean;
  /** Logged in, but as a kind this form does not take. */
  wrongKind?: string | undefined;
  hasDraft: boolean;
  resumeHref?: string | undefined;
  /** Where to log in (with the right level), when logging in is needed or offered. */
  loginHref?: string | undefined;
}

export function StartPage({ ctx, def, state }: { ctx: PageContext; def: FormDefinition; state: StartState }): JSX.Element {
  const t = formsMessages(ctx.lang);
  const base = `/formulieren/${def.id}`;
  const title = pick(def.title, ctx.lang);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: t('list.title'), href: href(ctx, '/formulieren') }, { label: title }]}>
      <FormAssets ctx={ctx} />
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <p class="utrecht-paragraph stadhuis-lead" safe>{pick(def.summary, ctx.lang)}</p>
      {def.before?.length ? (
        <>
          <h2 class="utrecht-heading-2" safe>{t('start.before')}</h2>
          <ul class="utrecht-unordered-list">{def.before.map((b) => <li class="utrecht-unordered-list__item" safe>{pick(b, ctx.lang)}</li>)}</ul>
        </>
      ) : ''}
      <p class="utrecht-paragraph" safe>{t('start.time')}</p>
      {state.wrongKind ? <div class="utrecht-alert utrecht-alert--warning" role="status"><p class="utrecht-paragraph" safe>{t('start.wrongKind', { how: state.wrongKind })}</p></div> : ''}
      {state.hasDraft && state.canStart ? (
        <div class="stadhuis-resume">
          <p class="utrecht-paragraph" safe>{t('start.resume')}</p>
          <div class="stadhuis-actions">
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={state.resumeHref} safe>{t('start.resumeButton')}</a>
            <form method="post" action={href(ctx, `${base}/opnieuw`)}>
              <CsrfField ctx={ctx} />
              <Button variant="secondary"><span safe>{t('start.restart')}</span></Button>
            </form>
          </div>
          <p class="utrecht-paragraph stadhuis-meta" safe>{t('start.restartHint')}</p>
        </div>
      ) : state.canStart ? (
        <>
          {state.loggedIn ? <p class="utrecht-paragraph" safe>{t('start.loggedIn')}</p> : ''}
          {!state.loggedIn && state.loginHref && def.access.digid ? (
            <p class="utrecht-paragraph">
              <span safe>{t('start.loginOptional')}</span>{' '}
              <a class="utrecht-link" href={state.loginHref} safe>{t('start.loginDigid')}</a>
            </p>
          ) : ''}
          <form method="post" action={href(ctx, `${base}/starten`)} class="stadhuis-actions">
            <CsrfField ctx={ctx} />
            <button type="submit" class="utrecht-button utrecht-button--primary-action stadhuis-start-button">
              <span safe>{t('start.button')}</span>
              <svg class="stadhuis-start-button__icon" aria-hidden="true" focusable="false" width="17.5" height="19" viewBox="0 0 33 40"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" /></svg>
            </button>
          </form>
        </>
      ) : (
        <>
          <p class="utrecht-paragraph" safe>{t('start.loginRequired')}</p>
          {def.access.digid ? <p class="utrecht-paragraph" safe>{t('start.loginLevel', { level: def.access.digid })}</p> : ''}
          {def.access.eherkenning ? <p class="utrecht-paragraph" safe>{t('start.loginLevelEh', { level: def.access.eherkenning })}</p> : ''}
          <p class="utrecht-paragraph">
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={state.loginHref} safe>
              {def.access.digid ? t('start.loginDigid') : t('start.loginEherkenning')}
            </a>
          </p>
        </>
      )}
    </Layout>
  );
}

export interface StepPageProps {
  ctx: PageContext;
  def: FormDefinition;
  step: Step;
  position: { n: number; total: number };
  fields: Omit<FieldsContext, 'ctx' | 'step'>;
  backHref?: string | undefined;
  fromReview: boolean;
  confirmAddress?: boolean;
  /** Shown inside the designer: no form posts anywhere. */
  preview?: boolean;
  /** Notice at the top (e.g. prefill failed). */
  notice?: string | undefined;
}

export function StepBody({ ctx, def, step, position, fields, backHref, fromReview, confirmAddress, preview, notice }: StepPageProps): JSX.Element {
  const t = formsMessages(ctx.lang);
  const multipart = step.fields.some((f) => f.type === 'file');
  const action = href(ctx, `/formulieren/${def.id}/stap/${step.id}`);
  const f: FieldsContext = { ctx, step, ...fields, preview };
  return (
    <>
      {preview ? '' : <BackLink ctx={ctx} url={backHref} />}
      {preview ? '' : <ErrorSummary ctx={ctx} errors={fields.errors} />}
      {notice ? <div class="utrecht-alert utrecht-alert--warning" role="status"><p class="utrecht-paragraph" safe>{notice}</p></div> : ''}
      {confirmAddress ? <div class="utrecht-alert utrecht-alert--info" role="status"><p class="utrecht-paragraph" safe>{t('step.confirmAddress')}</p></div> : ''}
      <p class="stadhuis-caption"><span safe>{pick(def.title, ctx.lang)}</span> <span class="stadhuis-caption__step" safe>{t('step.of', { n: position.n, total: position.total })}</span></p>
      {preview ? <h2 class="utrecht-heading-1" safe>{pick(step.title, ctx.lang)}</h2> : <h1 class="utrecht-heading-1" safe>{pick(step.title, ctx.lang)}</h1>}
      {step.intro ? <p class="utrecht-paragraph" safe>{pick(step.intro, ctx.lang)}</p> : ''}
      <form method="post" action={preview ? undefined : action} class="stadhuis-form stadhuis-form-step" novalidate enctype={multipart ? 'multipart/form-data' : undefined}>
        {preview ? '' : <CsrfField ctx={ctx} />}
        {/* Pressing Enter in a box means "Volgende", not the first "Verwijderen" on the page. */}
        <button type="submit" name="actie" value="volgende" class="stadhuis-visually-hidden" tabindex="-1" aria-hidden="true" disabled={preview} safe>{t('step.next')}</button>
        {fromReview ? <input type="hidden" name="terug" value="controleren" /> : ''}
        <StepFields f={f} />
        <div class="stadhuis-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" name="actie" value="volgende" disabled={preview} safe>{fromReview ? t('step.toReview') : t('step.next')}</button>
          <button type="submit" class="utrecht-button utrecht-button--secondary-action" name="actie" value="opslaan" disabled={preview} safe>{t('step.save')}</button>
        </div>
      </form>
    </>
  );
}

export function StepPage(props: StepPageProps): JSX.Element {
  const { ctx, step } = props;
  const t = formsMessages(ctx.lang);
  const title = pick(step.title, ctx.lang);
  return (
    <Layout ctx={ctx} title={props.fields.errors.length ? t('step.errorTitle', { title }) : title}>
      <FormAssets ctx={ctx} script />
      <StepBody {...props} />
    </Layout>
  );
}

function SummaryList({ ctx, rows, changeBase }: { ctx: PageContext; rows: SummaryRow[]; changeBase?: string | undefined }): JSX.Element {
  const t = formsMessages(ctx.lang);
  return (
    <dl class="stadhuis-summary-list">
      {rows.map((row) => (
        <div class="stadhuis-summary-list__row">
          <dt class="stadhuis-summary-list__key" safe>{row.label}</dt>
          <dd class="stadhuis-summary-list__value">
            {row.lines.map((l) => <span class="stadhuis-fact-line" safe>{l}</span>)}
            {row.source ? <span class="stadhuis-meta stadhuis-fact-source" safe>{row.source === 'kvk' ? t('fact.kvk') : t('fact.brp')}</span> : ''}
          </dd>
          {changeBase !== undefined ? (
            <dd class="stadhuis-summary-list__actions">
              {row.stepId ? (
                <a class="utrecht-link" href={`${changeBase}/stap/${row.stepId}?terug=controleren#${inputId(row.key)}`}>
                  <span safe>{t('review.change')}</span><span class="stadhuis-visually-hidden" safe>{` ${row.label}`}</span>
                </a>
              ) : ''}
            </dd>
          ) : ''}
        </div>
      ))}
    </dl>
  );
}

export function ReviewPage({ ctx, def, sections, computed, idempotencyKey, errors, backHref }: {
  ctx: PageContext; def: FormDefinition; sections: SummarySection[]; computed: SummaryRow[]; idempotencyKey: string; errors: FieldError[]; backHref?: string | undefined;
}): JSX.Element {
  const t = formsMessages(ctx.lang);
  const base = href(ctx, `/formulieren/${def.id}`);
  const declarationError = errors.find((e) => e.field === 'f-verklaring')?.message;
  return (
    <Layout ctx={ctx} title={errors.length ? t('step.errorTitle', { title: t('review.title') }) : t('review.title')}>
      <FormAssets ctx={ctx} />
      <BackLink ctx={ctx} url={backHref} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="stadhuis-caption" safe>{pick(def.title, ctx.lang)}</p>
      <h1 class="utrecht-heading-1" safe>{t('review.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('review.intro')}</p>
      {sections.map((s) => (
        <section aria-labelledby={`sectie-${s.stepId}`}>
          <h2 class="utrecht-heading-2" id={`sectie-${s.stepId}`} safe>{s.title}</h2>
          <SummaryList ctx={ctx} rows={s.rows} changeBase={base} />
        </section>
      ))}
      {computed.length ? (
        <section aria-labelledby="sectie-kosten">
          <h2 class="utrecht-heading-2" id="sectie-kosten" safe>{t('review.costs')}</h2>
          <SummaryList ctx={ctx} rows={computed} />
        </section>
      ) : ''}
      <form method="post" action={`${base}/versturen`} class="stadhuis-form" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="sleutel" value={idempotencyKey} />
        {def.declaration ? (
          <section aria-labelledby="sectie-verklaring">
            <h2 class="utrecht-heading-2" id="sectie-verklaring" safe>{t('review.declarationTitle')}</h2>
            <p class="utrecht-paragraph" safe>{pick(def.declaration, ctx.lang)}</p>
            <div class={`utrecht-form-field utrecht-form-field--checkbox stadhuis-consent${declarationError ? ' utrecht-form-field--invalid' : ''}`}>
              {declarationError ? <p class="utrecht-form-field-error-message" id="f-verklaring-error"><span class="stadhuis-visually-hidden">{ctx.lang === 'en' ? 'Error: ' : 'Fout: '}</span><span safe>{declarationError}</span></p> : ''}
              <div class="stadhuis-option">
                <div class="utrecht-form-field__input">
                  <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="f-verklaring" name="verklaring" value="ja"
                    aria-invalid={declarationError ? 'true' : undefined} aria-describedby={declarationError ? 'f-verklaring-error' : undefined} />
                </div>
                <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
                  <label class="utrecht-form-label utrecht-form-label--checkbox" for="f-verklaring" safe>{t('review.declarationCheck')}</label>
                </div>
              </div>
            </div>
          </section>
        ) : ''}
        <p class="utrecht-paragraph stadhuis-meta" safe>{t('review.sendHint')}</p>
        <div class="stadhuis-actions">
          <Button><span safe>{t('review.send')}</span></Button>
        </div>
      </form>
    </Layout>
  );
}

export function ReceiptPage({ ctx, def, reference, statusUrl, submittedAt, sections, pdfHref }: {
  ctx: PageContext; def: FormDefinition; reference: string; statusUrl: string | null; submittedAt: Date;
  sections: { title: string; rows: { label: string; lines: string[] }[] }[]; pdfHref?: string | undefined;
}): JSX.Element {
  const t = formsMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('receipt.title')}>
      <FormAssets ctx={ctx} />
      <div class="stadhuis-panel">
        <h1 class="utrecht-heading-1 stadhuis-panel__title" safe>{t('receipt.title')}</h1>
        <p class="utrecht-paragraph stadhuis-panel__body">
          <span safe>{t('receipt.reference')}</span>
          <strong class="stadhuis-panel__reference" safe>{reference}</strong>
        </p>
      </div>
      <p class="utrecht-paragraph" safe>{t('receipt.keep')}</p>
      <p class="utrecht-paragraph stadhuis-meta" safe>{`${pick(def.title, ctx.lang)}. ${t('receipt.sentAt', { when: formatDateTime(submittedAt, ctx.lang) })}`}</p>
      <h2 class="utrecht-heading-2" safe>{t('receipt.next')}</h2>
      <p class="utrecht-paragraph" safe>{pick(def.nextSteps, ctx.lang)}</p>
      {statusUrl ? <p class="utrecht-paragraph"><a class="utrecht-link" href={statusUrl.startsWith('/') ? href(ctx, statusUrl) : statusUrl} safe>{t('receipt.status')}</a></p> : ''}
      {pdfHref ? <p class="utrecht-paragraph"><a class="utrecht-link" href={pdfHref} download="" safe>{t('receipt.pdf')}</a></p> : ''}
      <h2 class="utrecht-heading-2" safe>{t('receipt.answers')}</h2>
      {sections.map((s) => (
        <>
          {s.title ? <h3 class="utrecht-heading-3" safe>{s.title}</h3> : ''}
          <SummaryList ctx={ctx} rows={s.rows.map((r, i) => ({ key: `r${i}`, label: r.label, lines: r.lines }))} />
        </>
      ))}
    </Layout>
  );
}

export function MessagePage({ ctx, title, body, link, status }: { ctx: PageContext; title: string; body: string; link?: { href: string; label: string } | undefined; status?: 'info' | 'warning' }): JSX.Element {
  return (
    <Layout ctx={ctx} title={title}>
      <FormAssets ctx={ctx} />
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      {status ? <div class={`utrecht-alert utrecht-alert--${status}`} role="status"><p class="utrecht-paragraph" safe>{body}</p></div> : <p class="utrecht-paragraph" safe>{body}</p>}
      {link ? <p class="utrecht-paragraph"><a class="utrecht-link" href={link.href} safe>{link.label}</a></p> : ''}
    </Layout>
  );
}

/** Saving an anonymous draft: the e-mail address to send the resume link to. */
export function SaveAnonymousPage({ ctx, def, email, errors }: { ctx: PageContext; def: FormDefinition; email: string; errors: FieldError[] }): JSX.Element {
  const t = formsMessages(ctx.lang);
  const error = errors.find((e) => e.field === 'f-email')?.message;
  const base = href(ctx, `/formulieren/${def.id}`);
  return (
    <Layout ctx={ctx} title={errors.length ? t('step.errorTitle', { title: t('save.anonTitle') }) : t('save.anonTitle')}>
      <FormAssets ctx={ctx} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="stadhuis-caption" safe>{pick(def.title, ctx.lang)}</p>
      <h1 class="utrecht-heading-1" safe>{t('save.anonTitle')}</h1>
      <p class="utrecht-paragraph" safe>{t('save.anonIntro')}</p>
      <form method="post" action={`${base}/opslaan`} class="stadhuis-form" novalidate>
        <CsrfField ctx={ctx} />
        <div class={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
          <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="f-email" safe>{t('save.email')}</label></div>
          <div class="utrecht-form-field-description" id="f-email-hint" safe>{t('save.emailHint')}</div>
          {error ? <p class="utrecht-form-field-error-message" id="f-email-error"><span class="stadhuis-visually-hidden">{ctx.lang === 'en' ? 'Error: ' : 'Fout: '}</span><span safe>{error}</span></p> : ''}
          <div class="utrecht-form-field__input">
            <input class={`utrecht-textbox utrecht-textbox--html-input stadhuis-width-lg${error ? ' utrecht-textbox--invalid' : ''}`} id="f-email" name="email" type="email" autocomplete="email" spellcheck="false"
              value={email} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'f-email-hint f-email-error' : 'f-email-hint'} />
          </div>
        </div>
        <div class="stadhuis-actions">
          <Button><span safe>{t('save.send')}</span></Button>
          <a class="utrecht-link" href={`${base}/verder`} safe>{t('save.continue')}</a>
        </div>
      </form>
    </Layout>
  );
}

export function ResumePage({ ctx, def, token }: { ctx: PageContext; def: FormDefinition; token: string }): JSX.Element {
  const t = formsMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('resume.title')}>
      <FormAssets ctx={ctx} />
      <h1 class="utrecht-heading-1" safe>{t('resume.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('resume.intro', { form: pick(def.title, ctx.lang) })}</p>
      <form method="post" action={href(ctx, `/formulieren/${def.id}/hervatten`)} class="stadhuis-actions">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="code" value={token} />
        <Button><span safe>{t('resume.button')}</span></Button>
      </form>
    </Layout>
  );
}
