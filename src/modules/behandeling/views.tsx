import type { Children } from '@kitajs/html';
import type { Document } from '../documenten/index.js';
import type { Zaaktype } from '../catalogi/index.js';
import { formatDateTime } from '../../platform/i18n/i18n.js';
import type { Assessment } from '../zaken/index.js';
import { href, type PageContext } from '../../platform/ui/context.js';
import { Button, CsrfField, ErrorSummary, FileField, TextArea, TextField, errorFor, type FieldError } from '../../platform/ui/forms.js';
import { Layout } from '../../platform/ui/layout.js';
import type {
  Gesprek, Informatieverzoek, Note, Page, Resultaat, Rol, Sla, Status, Taak, TimelineEntry, Zaak, Zaakeigenschap, Zaakinformatieobject, ZaakListItem, ZaakOrdering,
} from '../zaken/index.js';
import { applicantOf } from '../beschikkingen/index.js';
import { behandelingMessages } from './messages.js';
import type { ActionState } from './routes.js';

const BASE = '/beheer/zaken';

export interface QueueQuery {
  search: string;
  team: string;
  zaaktype: string;
  status: 'open' | 'opgeschort' | 'gesloten' | 'alle';
  assignee: 'iedereen' | 'ik' | 'niemand';
  sla: '' | 'on_time' | 'at_risk' | 'overdue';
  before: string;
  beforeRaw: string;
  ordering: ZaakOrdering;
  page: number;
}

export interface CaseData {
  zaak: Zaak;
  zaaktype: Zaaktype;
  rollen: Rol[];
  andere: ZaakListItem[];
  statussen: Status[];
  resultaat: Resultaat | null;
  timeline: TimelineEntry[];
  eigenschappen: Zaakeigenschap[];
  documenten: { zio: Zaakinformatieobject; document: Document | undefined }[];
  notities: Note[];
  related: { id: string | null; identificatie: string; aard: string }[];
  verzoeken: Informatieverzoek[];
  taken: Taak[];
  gesprekken: Gesprek[];
  assessments: Assessment[];
  today: string;
}

type T = ReturnType<typeof behandelingMessages>;

function longDate(iso: string | null, lang: 'nl' | 'en'): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** "aantalBezoekers" → "Aantal bezoekers": the eigenschap's name as a label. */
export function eigenschapLabel(naam: string): string {
  const words = naam.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_.-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A stored eigenschap value as people read it: datum YYYYMMDD as a date, getal in the language's notation. */
export function eigenschapText(waarde: string, formaat: string | undefined, lang: 'nl' | 'en'): string {
  if (formaat === 'datum' && /^\d{8}$/.test(waarde)) return longDate(`${waarde.slice(0, 4)}-${waarde.slice(4, 6)}-${waarde.slice(6, 8)}`, lang);
  if (formaat === 'datum_tijd' && /^\d{14}$/.test(waarde)) {
    const iso = `${waarde.slice(0, 4)}-${waarde.slice(4, 6)}-${waarde.slice(6, 8)}T${waarde.slice(8, 10)}:${waarde.slice(10, 12)}:${waarde.slice(12, 14)}`;
    return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
  }
  if (formaat === 'getal' && /^-?\d+(\.\d+)?$/.test(waarde)) {
    const decimals = waarde.includes('.') ? waarde.split('.')[1]!.length : 0;
    return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Number(waarde));
  }
  return waarde;
}

/** The deadline state in words and with an icon-free colour class (never colour alone). */
export function SlaBadge({ t, sla }: { t: T; sla: Sla }): JSX.Element {
  if (!sla.state) return <span class="stadhuis-sla stadhuis-sla--none" safe>{t('sla.none')}</span>;
  const days = sla.daysLeft === null ? '' : sla.daysLeft < 0 ? t('sla.daysOver', { days: -sla.daysLeft }) : t('sla.daysLeft', { days: sla.daysLeft });
  const extra = [days, sla.paused ? t('sla.paused') : ''].filter(Boolean).join(', ');
  return <span class={`stadhuis-sla stadhuis-sla--${sla.state}`}><strong safe>{t(`sla.${sla.state}`)}</strong>{extra ? <span safe>{` (${extra})`}</span> : ''}</span>;
}

function Select({ id, name, label, options, value, error, hint }: { id: string; name: string; label: string; options: [string, string][]; value: string; error?: string | undefined; hint?: string }): JSX.Element {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for={id} safe>{label}</label></div>
      {hint ? <div class="utrecht-form-field-description" id={`${id}-hint`} safe>{hint}</div> : ''}
      {error ? <div class="utrecht-form-field-error-message" id={`${id}-error`} safe>{error}</div> : ''}
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id={id} name={name} aria-describedby={described} aria-invalid={error ? 'true' : undefined}>
          {options.map(([v, l]) => <option value={v} selected={v === value} safe>{l}</option>)}
        </select>
      </div>
    </div>
  );
}

function queueHref(ctx: PageContext, q: QueueQuery, page: number): string {
  const params = new URLSearchParams();
  if (q.search) params.set('zoek', q.search);
  if (q.team) params.set('team', q.team);
  if (q.zaaktype) params.set('zaaktype', q.zaaktype);
  params.set('status', q.status);
  params.set('behandelaar', q.assignee);
  if (q.sla) params.set('termijn', q.sla);
  if (q.before) params.set('voor', q.before);
  params.set('sorteer', q.ordering);
  params.set('pagina', String(page));
  return `${href(ctx, BASE)}?${params.toString()}`;
}

function behandelaarText(t: T, item: Pick<ZaakListItem, 'behandelaars'>): string {
  const people = item.behandelaars.filter((b) => b.betrokkeneType === 'medewerker').map((b) => b.naam || b.identificatie);
  const teams = item.behandelaars.filter((b) => b.betrokkeneType === 'organisatorische_eenheid').map((b) => `team ${b.naam || b.identificatie}`);
  return [...people, ...teams].join(', ') || t('unassigned');
}

export function QueuePage(props: {
  ctx: PageContext; query: QueueQuery; page: Page<ZaakListItem>; zaaktypen: [string, string][]; teams: string[]; me: string; canClaim: boolean; canAssign: boolean;
  colleagues: { id: string; name: string }[]; errors: FieldError[]; selected: string[]; medewerker: string; notice: string | undefined;
}): JSX.Element {
  const { ctx, query: q, page, errors } = props;
  const t = behandelingMessages(ctx.lang);
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  return (
    <Layout ctx={ctx} title={t('queue.title')} area="admin">
      <ErrorSummary ctx={ctx} errors={errors} />
      {props.notice ? <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph" safe>{t(props.notice as 'assigned')}</p></div> : ''}
      <h1 class="utrecht-heading-1" safe>{t('queue.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('queue.intro')}</p>
      <form method="get" action={href(ctx, BASE)} class="stadhuis-form stadhuis-filters" role="search" aria-labelledby="filters-title">
        <h2 class="utrecht-heading-2" id="filters-title" safe>{t('queue.filters')}</h2>
        <TextField id="zoek" type="search" label={t('queue.filter.search')} value={q.search} />
        <Select id="team" name="team" label={t('queue.filter.team')} value={q.team} options={[['', t('queue.filter.all')], ...props.teams.map((x): [string, string] => [x, x])]} />
        <Select id="zaaktype" name="zaaktype" label={t('queue.filter.zaaktype')} value={q.zaaktype} options={[['', t('queue.filter.all')], ...props.zaaktypen]} />
        <Select id="status" name="status" label={t('queue.filter.status')} value={q.status} options={(['open', 'opgeschort', 'gesloten', 'alle'] as const).map((s): [string, string] => [s, t(`status.${s}`)])} />
        <Select id="behandelaar" name="behandelaar" label={t('queue.filter.assignee')} value={q.assignee} options={(['iedereen', 'ik', 'niemand'] as const).map((s): [string, string] => [s, t(`assignee.${s}`)])} />
        <Select id="termijn" name="termijn" label={t('queue.filter.sla')} value={q.sla} options={[['', t('queue.filter.all')], ...(['overdue', 'at_risk', 'on_time'] as const).map((s): [string, string] => [s, t(`sla.${s}`)])]} />
        <TextField id="voor" label={t('queue.filter.before')} value={q.beforeRaw} width="sm" />
        <Select id="sorteer" name="sorteer" label={t('queue.filter.sort')} value={q.ordering} options={(['deadline', '-deadline', '-registratiedatum', 'registratiedatum', 'identificatie'] as const).map((s): [string, string] => [s, t(`sort.${s}`)])} />
        <Button variant="secondary"><span safe>{t('queue.filter.apply')}</span></Button>
      </form>
      <p class="utrecht-paragraph stadhuis-meta" role="status" safe>{page.more ? t('queue.countMore', { total: page.total.toLocaleString(ctx.lang === 'nl' ? 'nl-NL' : 'en-GB') }) : t('queue.count', { total: page.total })}</p>
      {page.items.length ? (
        <form method="post" action={href(ctx, `${BASE}/toewijzen`)} class="stadhuis-form" novalidate>
          <CsrfField ctx={ctx} />
          <div class="stadhuis-table-wrap">
            <table class="utrecht-table stadhuis-table">
              <caption class="utrecht-table__caption" safe>{t('queue.title')}</caption>
              <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                {props.canAssign ? <th class="utrecht-table__header-cell" scope="col" safe>{t('col.select')}</th> : ''}
                {(['zaak', 'zaaktype', 'status', 'deadline', 'sla', 'behandelaar'] as const).map((c) => <th class="utrecht-table__header-cell" scope="col" safe>{t(`col.${c}`)}</th>)}
                {props.canClaim ? <th class="utrecht-table__header-cell" scope="col" safe>{t('col.actie')}</th> : ''}
              </tr></thead>
              <tbody class="utrecht-table__body">
                {page.items.map((z, i) => {
                  const mine = z.behandelaars.some((b) => b.betrokkeneType === 'medewerker' && b.identificatie === props.me);
                  return (
                    <tr class={`utrecht-table__row stadhuis-sla-row--${z.sla.state ?? 'none'}`}>
                      {props.canAssign ? (
                        <td class="utrecht-table__cell">
                          <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" name="zaken" value={z.id} id={i === 0 ? 'bulk-zaken' : `bulk-zaken-${z.id}`}
                            checked={props.selected.includes(z.id)} aria-label={t('select.zaak', { id: z.identificatie })} />
                        </td>
                      ) : ''}
                      <td class="utrecht-table__cell"><a class="utrecht-link" href={href(ctx, `${BASE}/${z.id}`)} safe>{z.identificatie}</a>{z.omschrijving ? <div class="stadhuis-meta" safe>{z.omschrijving}</div> : ''}</td>
                      <td class="utrecht-table__cell" safe>{z.zaaktypeOmschrijving}</td>
                      <td class="utrecht-table__cell" safe>{z.einddatum ? t('status.gesloten') : `${z.statusOmschrijving ?? '—'}${z.opschorting.indicatie ? ` (${t('status.opgeschort').toLowerCase()})` : ''}`}</td>
                      <td class="utrecht-table__cell" safe>{longDate(z.sla.deadline, ctx.lang)}</td>
                      <td class="utrecht-table__cell"><SlaBadge t={t} sla={z.sla} /></td>
                      <td class="utrecht-table__cell" safe>{behandelaarText(t, z)}</td>
                      {props.canClaim ? (
                        <td class="utrecht-table__cell">
                          {!z.einddatum && !mine ? (
                            <button type="submit" class="utrecht-button utrecht-button--secondary-action" formaction={href(ctx, `${BASE}/${z.id}/oppakken`)}
                              aria-label={`${t('claim')} ${z.identificatie}`} safe>{t('claim')}</button>
                          ) : ''}
                        </td>
                      ) : ''}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {props.canAssign ? (
            <fieldset class="utrecht-form-fieldset">
              <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{t('bulk.title')}</legend>
              <Select id="bulk-medewerker" name="medewerker" label={t('bulk.medewerker')} value={props.medewerker} error={errorFor(errors, 'bulk-medewerker')}
                options={[['', t('choose')], ...props.colleagues.map((c): [string, string] => [c.id, c.name])]} />
              <Button><span safe>{t('bulk.submit')}</span></Button>
            </fieldset>
          ) : ''}
        </form>
      ) : <p class="utrecht-paragraph" safe>{t('queue.empty')}</p>}
      {pages > 1 ? (
        <nav class="stadhuis-pagination" aria-label={t('queue.pagination')}>
          {q.page > 1 ? <a class="utrecht-link" rel="prev" href={queueHref(ctx, q, q.page - 1)} safe>{t('queue.prev')}</a> : ''}
          <span aria-current="page" safe>{` ${t('queue.page', { page: q.page, pages })} `}</span>
          {q.page < pages ? <a class="utrecht-link" rel="next" href={queueHref(ctx, q, q.page + 1)} safe>{t('queue.next')}</a> : ''}
        </nav>
      ) : ''}
    </Layout>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: Children }): JSX.Element {
  return <section class="stadhuis-section" aria-labelledby={`${id}-title`} id={id}><h2 class="utrecht-heading-2" id={`${id}-title`} safe>{title}</h2>{children}</section>;
}

function ActionForm({ ctx, id, title, action, children, submit, hint }: { ctx: PageContext; id: string; title: string; action: string; children: Children; submit: JSX.Element; hint?: string }): JSX.Element {
  return (
    <form method="post" action={action} class="stadhuis-form stadhuis-action" id={id} novalidate aria-labelledby={`${id}-title`}>
      <h3 class="utrecht-heading-3" id={`${id}-title`} safe>{title}</h3>
      {hint ? <p class="utrecht-paragraph stadhuis-meta" safe>{hint}</p> : ''}
      <CsrfField ctx={ctx} />
      {children}
      <div class="stadhuis-actions">{submit}</div>
    </form>
  );
}

export function CasePage({ ctx, data, state, me, can, colleagues, notice }: {
  ctx: PageContext; data: CaseData; state: ActionState | undefined; me: string; can: { handle: boolean; assign: boolean; note: boolean };
  colleagues: { id: string; name: string }[]; notice: 'done' | undefined;
}): JSX.Element {
  const t = behandelingMessages(ctx.lang);
  const { zaak, zaaktype } = data;
  const errors = state?.errors ?? [];
  const val = (action: string, field: string, fallback = '') => (state?.action === action ? state.values[field] ?? '' : fallback);
  const err = (field: string) => errorFor(errors, field);
  const applicant = applicantOf(data.rollen);
  const behandelaars = data.rollen.filter((r) => r.omschrijvingGeneriek === 'behandelaar').map((r) => (r.betrokkeneType === 'medewerker' ? (r.betrokkeneIdentificatie.achternaam ?? r.betrokkeneIdentificatie.identificatie) : r.betrokkeneType === 'organisatorische_eenheid' ? `team ${r.betrokkeneIdentificatie.naam ?? r.betrokkeneIdentificatie.identificatie}` : ''));
  const mine = data.rollen.some((r) => r.omschrijvingGeneriek === 'behandelaar' && r.betrokkeneType === 'medewerker' && r.betrokkeneIdentificatie.identificatie === me);
  const current = zaaktype.statustypen.find((s) => s.id === zaak.statustype);
  const nextStatussen = zaaktype.statustypen.filter((s) => !s.isEindstatus && s.volgnummer > (current?.volgnummer ?? 0));
  const open = !zaak.einddatum;
  const path = (p: string) => href(ctx, `${BASE}/${zaak.id}${p}`);
  const title = t('case.title', { id: zaak.identificatie });
  return (
    <Layout ctx={ctx} title={title} area="admin" breadcrumbs={[{ label: t('queue.title'), href: href(ctx, BASE) }, { label: zaak.identificatie }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice ? <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph" safe>{t('done')}</p></div> : ''}
      <h1 class="utrecht-heading-1" safe>{`${title}: ${zaaktype.omschrijving}`}</h1>
      <Section id="samenvatting" title={t('case.summary')}>
        <dl class="stadhuis-dl">
          <dt safe>{t('case.zaaktype')}</dt><dd safe>{zaaktype.omschrijving}</dd>
          {zaak.omschrijving ? <><dt safe>{t('case.omschrijving')}</dt><dd safe>{zaak.omschrijving}</dd></> : ''}
          <dt safe>{t('case.aanvrager')}</dt><dd safe>{applicant.naam || '—'}</dd>
          <dt safe>{t('case.registratiedatum')}</dt><dd safe>{longDate(zaak.registratiedatum, ctx.lang)}</dd>
          <dt safe>{t('case.status')}</dt><dd safe>{`${zaak.statusOmschrijving ?? '—'}${zaak.opschorting.indicatie ? ` — ${t('case.opgeschort', { reden: zaak.opschorting.reden })}` : ''}`}</dd>
          <dt safe>{t('case.deadline')}</dt><dd safe>{longDate(zaak.sla.deadline, ctx.lang)}</dd>
          <dt safe>{t('case.sla')}</dt><dd><SlaBadge t={t} sla={zaak.sla} /></dd>
          {zaak.verlenging ? <><dt safe>{t('action.verlengen')}</dt><dd safe>{t('case.verlengd', { reden: `${zaak.verlenging.reden} (${zaak.verlenging.duur})` })}</dd></> : ''}
          <dt safe>{t('case.behandelaar')}</dt><dd safe>{behandelaars.join(', ') || t('unassigned')}</dd>
          {data.resultaat ? <><dt safe>{t('case.resultaat')}</dt><dd safe>{data.resultaat.omschrijving}</dd></> : ''}
          {zaak.einddatum ? <><dt safe>{t('case.einddatum')}</dt><dd safe>{longDate(zaak.einddatum, ctx.lang)}</dd></> : ''}
        </dl>
        {open && can.handle && !mine ? (
          <form method="post" action={path('/oppakken')} class="stadhuis-actions" id="oppakken"><CsrfField ctx={ctx} /><Button><span safe>{t('claim')}</span></Button></form>
        ) : ''}
        {open && can.assign ? (
          <ActionForm ctx={ctx} id="toewijzen" title={t('action.toewijzen')} action={path('/toewijzen')} submit={<Button variant="secondary"><span safe>{t('action.toewijzen.submit')}</span></Button>}>
            <Select id="toewijzen-medewerker" name="medewerker" label={t('bulk.medewerker')} value={val('toewijzen', 'medewerker')} error={err('toewijzen-medewerker')}
              options={[['', t('choose')], ...colleagues.map((c): [string, string] => [c.id, c.name])]} />
          </ActionForm>
        ) : ''}
      </Section>

      {open && can.handle ? (
        <Section id="acties" title={t('case.acties')}>
          <ActionForm ctx={ctx} id="status" title={t('action.status')} action={path('/status')} submit={<Button><span safe>{t('action.status.submit')}</span></Button>}>
            {nextStatussen.length ? (
              <Select id="status-statustype" name="statustype" label={t('action.status.field')} value={val('status', 'statustype')} error={err('status-statustype')}
                options={[['', t('choose')], ...nextStatussen.map((s): [string, string] => [s.id, s.omschrijving])]} />
            ) : <p class="utrecht-paragraph" safe>{t('action.status.none')}</p>}
            <TextArea id="status-toelichting" name="toelichting" label={t('action.status.toelichting')} rows={2} value={val('status', 'toelichting')} error={err('status-toelichting')} />
          </ActionForm>
          <ActionForm ctx={ctx} id="informatie" title={t('action.info')} hint={t('action.info.hint')} action={path('/informatie')} submit={<Button><span safe>{t('action.info.submit')}</span></Button>}>
            <TextArea id="informatie-vraag" name="vraag" label={t('action.info.vraag')} rows={3} value={val('informatie', 'vraag')} error={err('informatie-vraag')} />
            <TextField id="informatie-deadline" name="deadline" label={t('action.info.deadline')} width="sm" value={val('informatie', 'deadline')} error={err('informatie-deadline')} />
          </ActionForm>
          <ActionForm ctx={ctx} id="gesprek" title={t('action.gesprek')} action={path('/gesprek')} submit={<Button><span safe>{t('action.gesprek.submit')}</span></Button>}>
            <TextField id="gesprek-datum" name="datum" label={t('action.gesprek.datum')} width="sm" value={val('gesprek', 'datum')} error={err('gesprek-datum')} />
            <TextField id="gesprek-tijd" name="tijd" label={t('action.gesprek.tijd')} width="xs" value={val('gesprek', 'tijd')} />
            <TextField id="gesprek-plaats" name="plaats" label={t('action.gesprek.plaats')} value={val('gesprek', 'plaats')} error={err('gesprek-plaats')} />
            <TextField id="gesprek-video" name="videoLink" type="url" label={t('action.gesprek.video')} value={val('gesprek', 'videoLink')} error={err('gesprek-video')} />
            <TextArea id="gesprek-toelichting" name="toelichting" rows={2} label={t('action.gesprek.toelichting')} value={val('gesprek', 'toelichting')} error={err('gesprek-toelichting')} />
          </ActionForm>
          {zaaktype.verlengingMogelijk && !zaak.verlenging ? (
            <ActionForm ctx={ctx} id="verlengen" title={t('action.verlengen')} action={path('/verlengen')} submit={<Button variant="secondary"><span safe>{t('action.verlengen.submit')}</span></Button>}>
              <TextField id="verlengen-reden" name="reden" label={t('action.verlengen.reden')} value={val('verlengen', 'reden')} error={err('verlengen-reden')} />
              <TextField id="verlengen-dagen" name="dagen" label={t('action.verlengen.dagen')} width="xs" inputmode="numeric" value={val('verlengen', 'dagen')} error={err('verlengen-dagen')} />
            </ActionForm>
          ) : ''}
          <ActionForm ctx={ctx} id="resultaat" title={t('action.resultaat')} action={path('/resultaat')} submit={<Button variant="secondary"><span safe>{t('action.resultaat.submit')}</span></Button>}>
            <Select id="resultaat-resultaattype" name="resultaattype" label={t('action.resultaat.field')} value={val('resultaat', 'resultaattype', data.resultaat?.resultaattype ?? '')} error={err('resultaat-resultaattype')}
              options={[['', t('choose')], ...zaaktype.resultaattypen.map((r): [string, string] => [r.id, r.omschrijving])]} />
            <TextArea id="resultaat-toelichting" name="toelichting" rows={2} label={t('action.resultaat.toelichting')} value={val('resultaat', 'toelichting')} error={err('resultaat-toelichting')} />
          </ActionForm>
          {zaaktype.besluittypen.length ? (
            <ActionForm ctx={ctx} id="besluit" title={t('action.besluit')} action={path('/besluit')}
              submit={<><Button variant="secondary" name="actie" value="voorbeeld"><span safe>{t('action.besluit.preview')}</span></Button> <Button name="actie" value="versturen"><span safe>{t('action.besluit.submit')}</span></Button></>}>
              <Select id="besluit-type" name="besluittypeId" label={t('action.besluit.type')} value={val('besluit', 'besluittypeId', zaaktype.besluittypen.length === 1 ? zaaktype.besluittypen[0]!.id : '')} error={err('besluit-type')}
                options={[['', t('choose')], ...zaaktype.besluittypen.map((b): [string, string] => [b.id, b.omschrijving])]} />
              <Select id="besluit-resultaat" name="resultaattypeId" label={t('action.besluit.resultaat')} value={val('besluit', 'resultaattypeId')} error={err('besluit-resultaat')}
                options={[['', t('choose')], ...zaaktype.resultaattypen.filter((r) => r.besluittypen.length).map((r): [string, string] => [r.id, r.omschrijving])]} />
              <TextArea id="besluit-toelichting" name="toelichting" rows={4} label={t('action.besluit.toelichting')} value={val('besluit', 'toelichting')} error={err('besluit-toelichting')} />
              <TextField id="besluit-ingang" name="ingangsdatum" label={t('action.besluit.ingang')} width="sm" value={val('besluit', 'ingangsdatum', data.today)} error={err('besluit-ingang')} />
              <TextField id="besluit-verval" name="vervaldatum" label={t('action.besluit.verval')} width="sm" value={val('besluit', 'vervaldatum')} error={err('besluit-verval')} />
            </ActionForm>
          ) : ''}
          <ActionForm ctx={ctx} id="afsluiten" title={t('action.sluiten')} hint={t('action.sluiten.hint')} action={path('/afsluiten')} submit={<Button variant="secondary"><span safe>{t('action.sluiten.submit')}</span></Button>}>
            <TextArea id="afsluiten-toelichting" name="toelichting" rows={2} label={t('action.sluiten.toelichting')} value={val('afsluiten', 'toelichting')} error={err('afsluiten-toelichting')} />
          </ActionForm>
        </Section>
      ) : !open ? <p class="utrecht-paragraph" safe>{t('closed')}</p> : ''}

      <Section id="verzoeken" title={t('case.verzoeken')}>
        {data.verzoeken.length ? <ul class="utrecht-unordered-list">{data.verzoeken.map((v) => (
          <li class="utrecht-unordered-list__item">
            <strong safe>{t(`verzoek.status.${v.status}`)}</strong> <span safe>{`— ${t('verzoek.deadline', { date: longDate(v.deadline, ctx.lang) })}`}</span>
            <p class="utrecht-paragraph" safe>{v.vraag}</p>
            {v.antwoord ? <p class="utrecht-paragraph" safe>{`${t('verzoek.antwoord')}: ${v.antwoord}`}</p> : ''}
          </li>))}</ul> : <p class="utrecht-paragraph" safe>{t('case.noneYet')}</p>}
      </Section>

      <Section id="taken" title={t('case.taken')}>
        {data.taken.length ? <ul class="utrecht-unordered-list">{data.taken.map((taak) => (
          <li class="utrecht-unordered-list__item">
            <strong safe>{taak.afgerondOp ? t('taak.afgerond') : t('taak.open')}</strong> <span safe>{`— ${taak.omschrijving}`}</span>
            {taak.toelichting ? <p class="utrecht-paragraph stadhuis-meta" safe>{taak.toelichting}</p> : ''}
            {!taak.afgerondOp && can.handle ? (
              <form method="post" action={path(`/taken/${taak.id}/afronden`)} class="stadhuis-form" novalidate>
                <CsrfField ctx={ctx} />
                <TextField id={`taak-${taak.id}`} name="toelichting" label={t('taak.toelichting')} value={val(`taak-${taak.id}`, 'toelichting')} error={err(`taak-${taak.id}`)} />
                <Button variant="secondary"><span safe>{t('taak.complete')}</span></Button>
              </form>
            ) : ''}
          </li>))}</ul> : <p class="utrecht-paragraph" safe>{t('case.noneYet')}</p>}
      </Section>

      <Section id="gesprekken" title={t('case.gesprekken')}>
        {data.gesprekken.length ? <ul class="utrecht-unordered-list">{data.gesprekken.map((g) => (
          <li class="utrecht-unordered-list__item">
            <strong safe>{t('gesprek.op', { date: formatDateTime(g.datum, ctx.lang) })}</strong> <span safe>{`— ${g.plaats ?? t('gesprek.video')}`}</span>
            {g.videoLink ? <p class="utrecht-paragraph"><a class="utrecht-link" href={g.videoLink} rel="noopener noreferrer" safe>{g.videoLink}</a></p> : ''}
            {g.toelichting ? <p class="utrecht-paragraph" safe>{g.toelichting}</p> : ''}
            {g.verslagDocument ? <p class="utrecht-paragraph"><a class="utrecht-link" href={path(`/documenten/${g.verslagDocument}`)} safe>{t('gesprek.verslag')}</a></p>
              : can.handle && open ? (
                <form method="post" action={path(`/gesprekken/${g.id}/verslag`)} class="stadhuis-form" novalidate>
                  <CsrfField ctx={ctx} />
                  <TextArea id={`verslag-${g.id}`} name="verslag" rows={4} label={t('gesprek.verslag.field')} value={val(`verslag-${g.id}`, 'verslag')} error={err(`verslag-${g.id}`)} />
                  <Button variant="secondary"><span safe>{t('gesprek.verslag.add')}</span></Button>
                </form>
              ) : ''}
          </li>))}</ul> : <p class="utrecht-paragraph" safe>{t('case.noneYet')}</p>}
      </Section>

      <Section id="eigenschappen" title={t('case.eigenschappen')}>
        {data.eigenschappen.length ? <dl class="stadhuis-dl">{data.eigenschappen.map((e) => {
          const definitie = data.zaaktype.eigenschappen.find((d) => d.id === e.eigenschap || d.naam === e.naam);
          return <><dt safe>{eigenschapLabel(e.naam)}</dt><dd safe>{eigenschapText(e.waarde, definitie?.specificatie.formaat, ctx.lang)}</dd></>;
        })}</dl> : <p class="utrecht-paragraph" safe>{t('case.noneYet')}</p>}
      </Section>

      <Section id="documenten" title={t('case.documenten')}>
        {data.documenten.length ? <ul class="utrecht-unordered-list">{data.documenten.map(({ zio, document }) => (
          <li class="utrecht-unordered-list__item">
            <span safe>{`${zio.titel}${document ? ` (${document.formaat || 'onbekend'}, ${t('case.versie', { n: document.versie })})` : ''}`}</span>{' '}
            <a class="utrecht-link" href={path(`/documenten/${zio.informatieobject}`)} safe>{t('case.view')}</a>{' · '}
            <a class="utrecht-link" href={`${path(`/documenten/${zio.informatieobject}`)}?download=1`} safe>{t('case.download')}</a>
            {document && /^image\/(png|jpeg|gif|webp)$/.test(document.formaat) ? <div><img src={path(`/documenten/${zio.informatieobject}`)} alt={zio.titel} class="stadhuis-preview" width="240" /></div> : ''}
            {can.handle && document && !zaak.einddatum ? (
              <form method="post" enctype="multipart/form-data" action={path(`/documenten/${zio.informatieobject}/versie`)} class="stadhuis-form stadhuis-action" id={`versie-form-${zio.informatieobject}`}>
                <CsrfField ctx={ctx} />
                <FileField id={`versie-${zio.informatieobject}`} name="bestand" label={t('action.versie.field', { titel: zio.titel })} hint={t('action.versie.hint')} error={err(`versie-${zio.informatieobject}`)} />
                <div class="stadhuis-actions"><Button variant="secondary"><span safe>{t('action.versie.submit')}</span></Button></div>
              </form>
            ) : ''}
          </li>))}</ul> : <p class="utrecht-paragraph" safe>{t('case.noneYet')}</p>}
      </Section>

      <Section id="notities" title={t('case.notities')}>
        {data.notities.length ? <ul class="utrecht-unordered-list">{data.notities.map((n) => (
          <li class="utrecht-unordered-list__item"><span safe>{`${formatDateTime(n.createdAt, ctx.lang)} — ${n.auteurWeergave}: `}</span><span safe>{n.tekst}</span></li>))}</ul> : <p class="utrecht-paragraph" safe>{t('case.noneYet')}</p>}
        {can.note ? (
          <ActionForm ctx={ctx} id="notitie" title={t('action.notitie')} action={path('/notitie')} submit={<Button variant="secondary"><span safe>{t('action.notitie.submit')}</span></Button>}>
            <TextArea id="notitie-tekst" name="tekst" rows={3} label={t('action.notitie.field')} value={val('notitie', 'tekst')} error={err('notitie-tekst')} />
          </ActionForm>
        ) : ''}
      </Section>

      <Section id="gerelateerd" title={t('case.gerelateerd')}>
        {data.related.length ? <ul class="utrecht-unordered-list">{data.related.map((r) => <li class="utrecht-unordered-list__item">{r.id ? <a class="utrecht-link" href={href(ctx, `${BASE}/${r.id}`)} safe>{r.identificatie}</a> : <span safe>{r.identificatie}</span>} <span safe>{`(${r.aard})`}</span></li>)}</ul> : <p class="utrecht-paragraph" safe>{t('case.noneYet')}</p>}
      </Section>

      <Section id="andere" title={t('case.andere')}>
        {data.andere.length ? <ul class="utrecht-unordered-list">{data.andere.map((z) => <li class="utrecht-unordered-list__item"><a class="utrecht-link" href={href(ctx, `${BASE}/${z.id}`)} safe>{z.identificatie}</a> <span safe>{`— ${z.zaaktypeOmschrijving}, ${z.einddatum ? t('status.gesloten') : z.statusOmschrijving ?? ''}`}</span></li>)}</ul> : <p class="utrecht-paragraph" safe>{t('case.noneYet')}</p>}
      </Section>

      {/* Automated assessments: which rules ran on which facts, with what outcome (AVG art. 22). */}
      <Section id="beoordelingen" title={t('case.beoordelingen')}>
        {data.assessments.length ? data.assessments.map((a) => (
          <div class="stadhuis-assessment">
            <p class="utrecht-paragraph"><strong safe>{`${formatDateTime(a.createdAt, ctx.lang)}: ${t(`case.beoordeling.${a.uitkomst}`)}`}</strong></p>
            <p class="utrecht-paragraph" safe>{a.gevolg}</p>
            <ul class="utrecht-unordered-list">
              {(a.medewerker?.uitleg[ctx.lang] ?? a.uitleg[ctx.lang]).map((line) => <li class="utrecht-unordered-list__item" safe>{line}</li>)}
            </ul>
          </div>
        )) : <p class="utrecht-paragraph" safe>{t('case.beoordelingen.none')}</p>}
      </Section>

      <Section id="tijdlijn" title={t('case.timeline')}>
        <ol class="utrecht-ordered-list stadhuis-timeline">{data.timeline.map((e) => (
          <li class="utrecht-ordered-list__item"><span safe>{`${formatDateTime(e.at, ctx.lang)} — ${e.title}`}</span>{e.actor ? <span safe>{` (${e.actor})`}</span> : ''}{e.toelichting ? <div class="stadhuis-meta" safe>{e.toelichting}</div> : ''}</li>))}</ol>
      </Section>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={href(ctx, BASE)} safe>{t('back')}</a></p>
    </Layout>
  );
}
