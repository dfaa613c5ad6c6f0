/**
 * Pages of Mijn zaken and track and trace. Everything works without JavaScript; every user text is
 * escaped (`safe`). The tracker is an ordered list (every statustype of the zaaktype in order),
 * each step saying in words whether it is done (with its date), where the zaak is now, or next.
 */
import type { Lang } from '../../platform/i18n/i18n.js';
import { href, type PageContext } from '../../platform/ui/context.js';
import { Button, CsrfField, ErrorSummary, TextArea, errorFor, type FieldError } from '../../platform/ui/forms.js';
import { Layout } from '../../platform/ui/layout.js';
import type { Statustype } from '../catalogi/index.js';
import type { ApplicantZaak } from '../zaken/index.js';
import { mijnzakenMessages } from './messages.js';

/** A date (YYYY-MM-DD or a Date) as "3 maart 2026" / "3 March 2026". */
export function formatDay(value: string | Date, lang: Lang): string {
  const date = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** An information request as the applicant sees it (zaken's Informatieverzoek). */
export interface VraagView {
  id: string;
  vraag: string;
  deadline: string;
  status: 'open' | 'beantwoord' | 'verlopen';
  antwoord: string | null;
  beantwoordOp: Date | null;
}

/** A planned conversation (zaken's Gesprek, the fields the applicant sees). */
export interface GesprekView {
  datum: Date;
  plaats: string | null;
  videoLink: string | null;
  toelichting: string | null;
}

/** An automated assessment with its explanation for the applicant (zaken's Assessment). */
export interface AssessmentView {
  uitkomst: 'toekennen' | 'afwijzen' | 'handmatig';
  uitleg: { nl: string[]; en: string[] };
  createdAt: Date;
}

export interface ListItem {
  zaak: ApplicantZaak;
  openVragen: VraagView[];
}

// ---------------------------------------------------------------------------------------------
// The list
// ---------------------------------------------------------------------------------------------

export function MijnZakenPage({ ctx, items }: { ctx: PageContext; items: ListItem[] }): JSX.Element {
  const t = mijnzakenMessages(ctx.lang);
  const open = items.filter((i) => !i.zaak.einddatum);
  const closed = items.filter((i) => i.zaak.einddatum);
  const title = t('list.title');
  const card = ({ zaak, openVragen }: ListItem) => {
    const waiting = openVragen.filter((v) => v.status !== 'beantwoord').sort((a, b) => a.deadline.localeCompare(b.deadline))[0];
    return (
      <li class="stadhuis-card">
        <h3 class="utrecht-heading-3"><a class="utrecht-link" href={href(ctx, `/mijn/zaken/${zaak.id}`)} safe>{`${zaak.zaaktypeOmschrijving || zaak.omschrijving} (${zaak.identificatie})`}</a></h3>
        {waiting ? (
          <div class="utrecht-alert utrecht-alert--warning"><p class="utrecht-paragraph"><strong safe>{t(waiting.status === 'verlopen' ? 'action.late' : 'action.needed', { deadline: formatDay(waiting.deadline, ctx.lang) })}</strong></p></div>
        ) : ''}
        <dl class="stadhuis-product-facts">
          <dt safe>{t('list.number')}</dt><dd safe>{zaak.identificatie}</dd>
          <dt safe>{t('list.status')}</dt><dd safe>{zaak.status?.omschrijving ?? '-'}</dd>
          {zaak.einddatum
            ? <><dt safe>{t('list.closedOn')}</dt><dd safe>{formatDay(zaak.einddatum, ctx.lang)}</dd></>
            : zaak.einddatumGepland ? <><dt safe>{t('list.expected')}</dt><dd safe>{formatDay(zaak.einddatumGepland, ctx.lang)}</dd></> : ''}
        </dl>
        {zaak.rol === 'gemachtigde' ? <p class="utrecht-paragraph stadhuis-meta" safe>{t('list.actingFor')}</p> : ''}
      </li>
    );
  };
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: 'Mijn', href: href(ctx, '/mijn') }, { label: title }]}>
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <p class="utrecht-paragraph" safe>{t('list.intro')}</p>
      {items.length === 0 ? <p class="utrecht-paragraph" safe>{t('list.none')}</p> : ''}
      {open.length ? <><h2 class="utrecht-heading-2" safe>{t('list.open')}</h2><ul class="stadhuis-cards">{open.map(card)}</ul></> : ''}
      {closed.length ? <><h2 class="utrecht-heading-2" safe>{t('list.closed')}</h2><ul class="stadhuis-cards">{closed.map(card)}</ul></> : ''}
    </Layout>
  );
}

// ---------------------------------------------------------------------------------------------
// The tracker (shared by the case page and the volglink page)
// ---------------------------------------------------------------------------------------------

export type StepState = 'done' | 'now' | 'next';

export interface Step {
  omschrijving: string;
  statustekst: string;
  state: StepState;
  /** When it was reached (done and now). */
  date: Date | undefined;
}

/** Every statustype of the zaaktype in order, each done, now or next. */
export function trackerSteps(zaak: ApplicantZaak, statustypen: Statustype[]): Step[] {
  const ordered = [...statustypen].sort((a, b) => a.volgnummer - b.volgnummer);
  const currentIndex = zaak.status ? ordered.findIndex((s) => s.omschrijving === zaak.status!.omschrijving) : -1;
  return ordered.map((s, i) => {
    const reached = [...zaak.statussen].reverse().find((r) => r.omschrijving === s.omschrijving);
    const state: StepState = i < currentIndex || (i === currentIndex && zaak.einddatum && s.isEindstatus) ? 'done' : i === currentIndex ? 'now' : 'next';
    return { omschrijving: s.omschrijving, statustekst: s.statustekst, state, date: state === 'next' ? undefined : reached?.datumStatusGezet };
  });
}

export function Tracker({ ctx, zaak, steps }: { ctx: PageContext; zaak: ApplicantZaak; steps: Step[] }): JSX.Element {
  const t = mijnzakenMessages(ctx.lang);
  const expected = zaak.einddatumGepland;
  return (
    <section aria-labelledby="tracker-title">
      <h2 class="utrecht-heading-2" id="tracker-title" safe>{t('zaak.tracker')}</h2>
      <ol class="utrecht-ordered-list stadhuis-tracker">
        {steps.map((step) => (
          <li class={`utrecht-ordered-list__item stadhuis-tracker__step stadhuis-tracker__step--${step.state}`} aria-current={step.state === 'now' ? 'step' : undefined}>
            <strong safe>{step.omschrijving}</strong>
            {' '}
            <span class={step.state === 'now' ? 'stadhuis-badge stadhuis-badge--published' : 'stadhuis-meta'} safe>
              {step.state === 'done' ? (step.date ? t('zaak.stepDone', { date: formatDay(step.date, ctx.lang) }) : t('zaak.stepDoneShort'))
                : step.state === 'now' ? t('zaak.stepNow') : t('zaak.stepNext')}
            </span>
            {step.state === 'now' && step.statustekst ? <p class="utrecht-paragraph" safe>{step.statustekst}</p> : ''}
          </li>
        ))}
      </ol>
      {zaak.einddatum ? (
        <>
          <p class="utrecht-paragraph" safe>{t('zaak.closed', { date: formatDay(zaak.einddatum, ctx.lang) })}</p>
          {zaak.resultaat ? <p class="utrecht-paragraph" safe>{t('zaak.result', { resultaat: zaak.resultaat.omschrijving })}</p> : ''}
        </>
      ) : expected ? (
        <p class="utrecht-paragraph" id="verwacht" safe>{zaak.opschorting.indicatie ? t('zaak.expectedSuspended', { date: formatDay(expected, ctx.lang) }) : t('zaak.expected', { date: formatDay(expected, ctx.lang) })}</p>
      ) : <p class="utrecht-paragraph" safe>{t('zaak.noDate')}</p>}
      {zaak.verlenging && !zaak.einddatum ? <p class="utrecht-paragraph" safe>{t('zaak.extended', { reden: zaak.verlenging.reden })}</p> : ''}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// The case page
// ---------------------------------------------------------------------------------------------

export interface CasePageProps {
  ctx: PageContext;
  zaak: ApplicantZaak;
  steps: Step[];
  vragen: VraagView[];
  gesprekken: GesprekView[];
  assessments: AssessmentView[];
  /** Errors of a posted answer (the request it was for) or review request. */
  errors?: FieldError[];
  answerFor?: string;
  answerText?: string;
  reviewText?: string;
  notice?: 'beantwoord' | 'beoordeling';
}

export function MijnZaakPage(props: CasePageProps): JSX.Element {
  const { ctx, zaak, steps, vragen, gesprekken, assessments, errors = [], notice } = props;
  const t = mijnzakenMessages(ctx.lang);
  const title = zaak.zaaktypeOmschrijving || zaak.omschrijving || zaak.identificatie;
  const listTitle = t('list.title');
  const waiting = vragen.filter((v) => v.status !== 'beantwoord');
  const answered = vragen.filter((v) => v.status === 'beantwoord');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: 'Mijn', href: href(ctx, '/mijn') }, { label: listTitle, href: href(ctx, '/mijn/zaken') }, { label: zaak.identificatie }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice ? <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph" safe>{t(notice === 'beantwoord' ? 'requests.thanks' : 'review.done')}</p></div> : ''}
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <p class="utrecht-paragraph stadhuis-meta" safe>{`${t('zaak.number', { number: zaak.identificatie })} · ${t('zaak.registered', { date: formatDay(zaak.registratiedatum, ctx.lang) })}`}</p>
      {zaak.omschrijving && zaak.omschrijving !== title ? <p class="utrecht-paragraph" safe>{zaak.omschrijving}</p> : ''}

      {waiting.length ? (
        <section aria-labelledby="vragen-title">
          <h2 class="utrecht-heading-2" id="vragen-title" safe>{t('requests.title')}</h2>
          {waiting.map((v) => <AnswerForm ctx={ctx} zaak={zaak} vraag={v} errors={props.answerFor === v.id ? errors : []} text={props.answerFor === v.id ? props.answerText ?? '' : ''} />)}
        </section>
      ) : ''}

      <Tracker ctx={ctx} zaak={zaak} steps={steps} />

      {gesprekken.length ? (
        <section aria-labelledby="gesprekken-title">
          <h2 class="utrecht-heading-2" id="gesprekken-title" safe>{t('gesprekken.title')}</h2>
          <ul class="utrecht-unordered-list">
            {gesprekken.map((g) => (
              <li class="utrecht-unordered-list__item">
                <span safe>{t('gesprekken.when', { date: formatDateTimeNl(g.datum, ctx.lang) })}</span>
                {g.plaats ? <><br /><span safe>{t('gesprekken.where', { plaats: g.plaats })}</span></> : ''}
                {g.videoLink ? <><br /><a class="utrecht-link" href={g.videoLink} rel="noopener noreferrer" safe>{t('gesprekken.video')}</a></> : ''}
                {g.toelichting ? <p class="utrecht-paragraph" safe>{g.toelichting}</p> : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : ''}

      <section aria-labelledby="documenten-title">
        <h2 class="utrecht-heading-2" id="documenten-title" safe>{t('documents.title')}</h2>
        {zaak.documenten.length ? (
          <ul class="utrecht-unordered-list">
            {zaak.documenten.map((d) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={href(ctx, `/mijn/zaken/${zaak.id}/documenten/${d.informatieobject}`)} safe>{t('documents.download', { titel: d.titel || d.informatieobject })}</a>
                {' '}<span class="stadhuis-meta" safe>{t('documents.added', { date: formatDay(d.registratiedatum, ctx.lang) })}</span>
              </li>
            ))}
          </ul>
        ) : <p class="utrecht-paragraph" safe>{t('documents.none')}</p>}
      </section>

      <AssessmentsSection ctx={ctx} zaak={zaak} assessments={assessments} errors={errors.filter((e) => e.field === 'toelichting')} text={props.reviewText ?? ''} />

      {answered.length ? (
        <section aria-labelledby="beantwoord-title">
          <h2 class="utrecht-heading-2" id="beantwoord-title" safe>{t('requests.answered')}</h2>
          {answered.map((v) => (
            <div class="stadhuis-card">
              <p class="utrecht-paragraph" safe>{v.vraag}</p>
              {v.beantwoordOp ? <p class="utrecht-paragraph stadhuis-meta" safe>{t('requests.answeredOn', { date: formatDay(v.beantwoordOp, ctx.lang) })}</p> : ''}
            </div>
          ))}
        </section>
      ) : ''}

      <p class="utrecht-paragraph"><a class="utrecht-link" href={href(ctx, '/mijn/zaken')} safe>{t('zaak.back')}</a></p>
    </Layout>
  );
}

function formatDateTimeNl(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** The form to answer one information request: text and files, multipart, no JavaScript. */
function AnswerForm({ ctx, zaak, vraag, errors, text }: { ctx: PageContext; zaak: ApplicantZaak; vraag: VraagView; errors: FieldError[]; text: string }): JSX.Element {
  const t = mijnzakenMessages(ctx.lang);
  const id = (name: string) => `${name}-${vraag.id}`;
  const filesError = errors.filter((e) => e.field === id('bestanden')).map((e) => e.message).join(' ');
  return (
    <div class="stadhuis-card">
      <h3 class="utrecht-heading-3" safe>{t('requests.question')}</h3>
      <p class="utrecht-paragraph" safe>{vraag.vraag}</p>
      <p class="utrecht-paragraph"><strong safe>{t(vraag.status === 'verlopen' ? 'requests.late' : 'requests.deadline', { deadline: formatDay(vraag.deadline, ctx.lang) })}</strong></p>
      <form method="post" action={href(ctx, `/mijn/zaken/${zaak.id}/vragen/${vraag.id}`)} enctype="multipart/form-data" class="stadhuis-form" novalidate>
        <CsrfField ctx={ctx} />
        <TextArea id={id('antwoord')} name="antwoord" label={t('requests.answer')} hint={t('requests.answerHint')} value={text} error={errorFor(errors, id('antwoord'))} rows={6} />
        <div class={`utrecht-form-field utrecht-form-field--text${filesError ? ' utrecht-form-field--invalid' : ''}`}>
          <div class="utrecht-form-field__label"><label class="utrecht-form-label" for={id('bestanden')} safe>{t('requests.files')}</label></div>
          <div class="utrecht-form-field-description" id={`${id('bestanden')}-hint`} safe>{t('requests.filesHint')}</div>
          {filesError ? <div class="utrecht-form-field-error-message" id={`${id('bestanden')}-error`} safe>{filesError}</div> : ''}
          <div class="utrecht-form-field__input">
            <input class="utrecht-textbox utrecht-textbox--html-input" type="file" id={id('bestanden')} name="bestanden" multiple
              accept=".pdf,.png,.jpg,.jpeg,.heic,.docx,.xlsx,.odt,.txt" aria-invalid={filesError ? 'true' : undefined}
              aria-describedby={`${id('bestanden')}-hint${filesError ? ` ${id('bestanden')}-error` : ''}`} />
          </div>
        </div>
        <Button><span safe>{t('requests.send')}</span></Button>
      </form>
    </div>
  );
}

/**
 * Automated assessments with their explanation, and the request for a person to look at it
 * (AVG art. 22). Shown only when there are assessments.
 */
export function AssessmentsSection({ ctx, zaak, assessments, errors, text }: { ctx: PageContext; zaak: ApplicantZaak; assessments: AssessmentView[]; errors: FieldError[]; text: string }): JSX.Element {
  if (!assessments.length) return '';
  const t = mijnzakenMessages(ctx.lang);
  return (
    <section aria-labelledby="beoordeling-title">
      <h2 class="utrecht-heading-2" id="beoordeling-title" safe>{t('assessments.title')}</h2>
      <p class="utrecht-paragraph" safe>{t('assessments.intro')}</p>
      {assessments.map((a) => (
        <div class="stadhuis-card">
          <p class="utrecht-paragraph"><strong safe>{t(`assessments.outcome.${a.uitkomst}`)}</strong></p>
          <ul class="utrecht-unordered-list">
            {(ctx.lang === 'en' && a.uitleg.en.length ? a.uitleg.en : a.uitleg.nl).map((line) => <li class="utrecht-unordered-list__item" safe>{line}</li>)}
          </ul>
          <p class="utrecht-paragraph stadhuis-meta" safe>{t('assessments.on', { date: formatDay(a.createdAt, ctx.lang) })}</p>
        </div>
      ))}
      {/* AVG article 22: also after the zaak is closed by an automated decision (a grant or a refusal by the rules). */}
      {zaak.einddatum && !assessments.some((a) => a.uitkomst !== 'handmatig') ? '' : (
        <form method="post" action={href(ctx, `/mijn/zaken/${zaak.id}/beoordeling`)} class="stadhuis-form" novalidate>
          <h3 class="utrecht-heading-3" safe>{t('review.title')}</h3>
          <p class="utrecht-paragraph" safe>{t('review.intro')}</p>
          <CsrfField ctx={ctx} />
          <TextArea id="toelichting" label={t('review.reason')} value={text} error={errorFor(errors, 'toelichting')} rows={3} />
          <Button variant="secondary"><span safe>{t('review.button')}</span></Button>
        </form>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// Track and trace without login
// ---------------------------------------------------------------------------------------------

export function VolgPage({ ctx, zaak, steps }: { ctx: PageContext; zaak: ApplicantZaak; steps: Step[] }): JSX.Element {
  const t = mijnzakenMessages(ctx.lang);
  const title = t('volgen.title');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: title }]}>
      <h1 class="utrecht-heading-1" safe>{zaak.zaaktypeOmschrijving || title}</h1>
      <p class="utrecht-paragraph stadhuis-meta" safe>{`${t('zaak.number', { number: zaak.identificatie })} · ${t('zaak.registered', { date: formatDay(zaak.registratiedatum, ctx.lang) })}`}</p>
      <p class="utrecht-paragraph" safe>{t('volgen.intro')}</p>
      <Tracker ctx={ctx} zaak={zaak} steps={steps} />
    </Layout>
  );
}

export function VolgGonePage({ ctx }: { ctx: PageContext }): JSX.Element {
  const t = mijnzakenMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('volgen.gone')}>
      <h1 class="utrecht-heading-1" safe>{t('volgen.gone')}</h1>
      <p class="utrecht-paragraph" safe>{t('volgen.goneText')}</p>
    </Layout>
  );
}
