import { formatDateTime, type Lang } from '../../../platform/i18n/i18n.js';
import { href, type PageContext } from '../../../platform/ui/context.js';
import { Button, CheckboxGroup, CsrfField, ErrorSummary, TextArea, TextField, errorFor, type FieldError } from '../../../platform/ui/forms.js';
import { Layout } from '../../../platform/ui/layout.js';
import { isBlankRowOf, list, rowIndexes, text, type RawForm, type RowList } from '../form.js';
import { catalogiMessages } from '../messages.js';
import { formatValue } from '../rules.js';
import {
  AFLEIDINGSWIJZEN, EIGENSCHAP_FORMATEN, OBJECTTYPEN, RICHTINGEN, ROLTYPE_OMSCHRIJVINGEN_GENERIEK, VERTROUWELIJKHEIDAANDUIDINGEN,
  type HistoryEntry, type Zaaktype, type ZaaktypeSummary,
} from '../types.js';

type T = ReturnType<typeof catalogiMessages>;
export type Notice = 'created' | 'saved' | 'published' | 'new-version' | 'deleted' | 'conflict' | 'immutable' | undefined;

const BASE = '/beheer/zaaktypen';

function NoticeBanner({ ctx, notice }: { ctx: PageContext; notice: Notice }): JSX.Element {
  if (!notice) return '';
  const t = catalogiMessages(ctx.lang);
  const error = notice === 'conflict' || notice === 'immutable';
  return (
    <div class={`utrecht-alert utrecht-alert--${error ? 'error' : 'ok'}`} role={error ? 'alert' : 'status'}>
      <p class="utrecht-paragraph" safe>{t(`notice.${notice}`)}</p>
    </div>
  );
}

function date(value: string | null, lang: Lang): string {
  return value ? formatValue(value, lang) : '';
}

function geldigheid(g: { beginGeldigheid: string; eindeGeldigheid: string | null }, t: T, lang: Lang): string {
  return g.eindeGeldigheid
    ? t('geldigheid.range', { begin: date(g.beginGeldigheid, lang), einde: date(g.eindeGeldigheid, lang) })
    : t('geldigheid.from', { begin: date(g.beginGeldigheid, lang) });
}

/** Concept, valid now, expired or not yet valid. */
function StatusBadge({ ctx, z, today }: { ctx: PageContext; z: Pick<ZaaktypeSummary, 'concept' | 'beginGeldigheid' | 'eindeGeldigheid'>; today: string }): JSX.Element {
  const t = catalogiMessages(ctx.lang);
  if (z.concept) return <span class="stadhuis-badge stadhuis-badge--draft" safe>{t('status.concept')}</span>;
  const label = z.eindeGeldigheid && z.eindeGeldigheid < today ? t('status.verlopen') : z.beginGeldigheid > today ? t('status.toekomst') : t('status.actueel');
  return <span class="stadhuis-badge stadhuis-badge--published" safe>{`${t('status.published')}: ${label}`}</span>;
}

// ---------------------------------------------------------------------------------------------
// List
// ---------------------------------------------------------------------------------------------

export function ZaaktypeListPage({ ctx, items, status, notice, today }: { ctx: PageContext; items: ZaaktypeSummary[]; status: 'all' | 'concept' | 'published'; notice: Notice; today: string }): JSX.Element {
  const t = catalogiMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('list.title')} area="admin">
      <NoticeBanner ctx={ctx} notice={notice} />
      <h1 class="utrecht-heading-1" safe>{t('list.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('list.intro')}</p>
      <div class="stadhuis-actions">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={href(ctx, `${BASE}/nieuw`)} safe>{t('list.new')}</a>
      </div>
      <form method="get" action={href(ctx, BASE)} class="stadhuis-actions">
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="status" safe>{t('list.filter')}</label>
          <select class="utrecht-select utrecht-select--html-select" id="status" name="status">
            {(['all', 'concept', 'published'] as const).map((s) => <option value={s} selected={status === s} safe>{t(`list.filter.${s}`)}</option>)}
          </select>
        </div>
        <Button variant="secondary"><span safe>{t('list.filter.apply')}</span></Button>
      </form>
      <p class="utrecht-paragraph stadhuis-meta" safe>{t('list.count', { count: items.length })}</p>
      {items.length ? (
        <div class="stadhuis-table-wrap">
          <table class="utrecht-table stadhuis-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                {(['omschrijving', 'identificatie', 'versie', 'status', 'geldigheid', 'rules'] as const).map((c) => <th class="utrecht-table__header-cell" scope="col" safe>{t(`list.col.${c}`)}</th>)}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {items.map((z) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell"><a class="utrecht-link" href={href(ctx, `${BASE}/${z.id}`)} safe>{z.omschrijving}</a></td>
                  <td class="utrecht-table__cell"><code safe>{z.identificatie}</code></td>
                  <td class="utrecht-table__cell" safe>{String(z.versie)}</td>
                  <td class="utrecht-table__cell"><StatusBadge ctx={ctx} z={z} today={today} /></td>
                  <td class="utrecht-table__cell" safe>{geldigheid(z, t, ctx.lang)}</td>
                  <td class="utrecht-table__cell" safe>{z.hasRules ? t('yes') : t('no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <p class="utrecht-paragraph" safe>{t('list.empty')}</p>}
    </Layout>
  );
}

// ---------------------------------------------------------------------------------------------
// Detail of a version
// ---------------------------------------------------------------------------------------------

function Table({ head, rows }: { head: string[]; rows: JSX.Element[] }): JSX.Element {
  return (
    <div class="stadhuis-table-wrap">
      <table class="utrecht-table stadhuis-table">
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">{head.map((h) => <th class="utrecht-table__header-cell" scope="col" safe>{h}</th>)}</tr></thead>
        <tbody class="utrecht-table__body">{rows}</tbody>
      </table>
    </div>
  );
}

interface DetailProps {
  ctx: PageContext;
  zaaktype: Zaaktype;
  versions: ZaaktypeSummary[];
  history: HistoryEntry[];
  notice?: Notice;
  errors?: FieldError[];
  /** The begin date typed for a new version (kept on error). */
  newVersionBegin: string;
  today: string;
}

export function ZaaktypeDetailPage({ ctx, zaaktype: z, versions, history, notice, errors = [], newVersionBegin, today }: DetailProps): JSX.Element {
  const t = catalogiMessages(ctx.lang);
  const lang = ctx.lang;
  const title = t('detail.title', { omschrijving: z.omschrijving, versie: z.versie });
  const yesNo = (b: boolean) => (b ? t('yes') : t('no'));
  const general: [string, string][] = [
    [t('field.identificatie'), z.identificatie], [t('field.omschrijving'), z.omschrijving], [t('field.onderwerp'), z.onderwerp],
    [t('field.doel'), z.doel], [t('field.aanleiding'), z.aanleiding], [t('field.toelichting'), z.toelichting],
    [t('field.handelingInitiator'), z.handelingInitiator], [t('field.handelingBehandelaar'), z.handelingBehandelaar],
    [t('field.vertrouwelijkheidaanduiding'), z.vertrouwelijkheidaanduiding], [t('field.indicatieInternOfExtern'), t(`indicatie.${z.indicatieInternOfExtern}`)],
    [t('field.doorlooptijd'), z.doorlooptijd], [t('field.servicenorm'), z.servicenorm ?? ''],
    [t('field.opschortingEnAanhoudingMogelijk'), yesNo(z.opschortingEnAanhoudingMogelijk)],
    [t('field.verlengingMogelijk'), z.verlengingMogelijk ? `${t('yes')} (${z.verlengingstermijn ?? ''})` : t('no')],
    [t('field.verantwoordelijke'), z.verantwoordelijke], [t('field.trefwoorden'), z.trefwoorden.join(', ')],
    [t('field.publicatieIndicatie'), yesNo(z.publicatieIndicatie)], [t('field.beginGeldigheid'), geldigheid(z, t, lang)],
    [t('field.versiedatum'), date(z.versiedatum, lang)],
  ];
  return (
    <Layout ctx={ctx} title={errors.length ? `${title} (fout)` : title} area="admin" breadcrumbs={[{ label: t('list.title'), href: href(ctx, BASE) }, { label: `${z.omschrijving} v${z.versie}` }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <NoticeBanner ctx={ctx} notice={notice} />
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <p class="utrecht-paragraph"><StatusBadge ctx={ctx} z={z} today={today} /></p>

      {z.concept ? (
        <div class="stadhuis-actions">
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={href(ctx, `${BASE}/${z.id}/bewerken`)} safe>{t('detail.edit')}</a>
          <form method="post" action={href(ctx, `${BASE}/${z.id}/publiceren`)}>
            <CsrfField ctx={ctx} />
            <Button variant="secondary"><span safe>{t('detail.publish')}</span></Button>
          </form>
          <form method="post" action={href(ctx, `${BASE}/${z.id}/verwijderen`)}>
            <CsrfField ctx={ctx} />
            <Button variant="secondary"><span safe>{t('detail.delete')}</span></Button>
          </form>
        </div>
      ) : (
        <div>
          <p class="utrecht-paragraph" safe>{t('detail.immutable')}</p>
          <h2 class="utrecht-heading-2" id="nieuwe-versie" safe>{t('detail.newVersion')}</h2>
          <p class="utrecht-paragraph" safe>{t('detail.newVersionHint')}</p>
          <form method="post" action={href(ctx, `${BASE}/${z.id}/nieuwe-versie`)} class="stadhuis-form" novalidate>
            <CsrfField ctx={ctx} />
            <TextField id="beginGeldigheid" label={t('detail.newVersionBegin')} hint={t('detail.newVersionBeginHint')} value={newVersionBegin} error={errorFor(errors, 'beginGeldigheid')} width="sm" />
            <Button><span safe>{t('detail.newVersion')}</span></Button>
          </form>
        </div>
      )}
      {z.concept ? <p class="utrecht-paragraph stadhuis-meta" safe>{t('detail.publishHint')}</p> : ''}

      <h2 class="utrecht-heading-2" id="geldigheid" safe>{t('detail.section.general')}</h2>
      <dl class="stadhuis-diff">
        {general.map(([label, value]) => (
          <>
            <dt safe>{label}</dt>
            <dd safe>{value || t('none')}</dd>
          </>
        ))}
      </dl>
      {z.productenOfDiensten.length ? (
        <ul class="utrecht-unordered-list">
          {z.productenOfDiensten.map((u) => <li class="utrecht-unordered-list__item"><a class="utrecht-link" href={u} safe>{u}</a></li>)}
        </ul>
      ) : ''}

      <h2 class="utrecht-heading-2" id="statustypen-section" safe>{t('detail.section.statustypen')}</h2>
      {z.statustypen.length ? (
        <Table head={[t('col.volgnummer'), t('col.omschrijving'), t('col.statustekst'), t('col.doorlooptijd')]} rows={z.statustypen.map((s) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell" safe>{String(s.volgnummer)}</td>
            <td class="utrecht-table__cell" safe>{[s.omschrijving, s.isEindstatus ? `(${t('detail.eindstatus')})` : ''].filter(Boolean).join(' ')}</td>
            <td class="utrecht-table__cell" safe>{`${s.statustekst}${s.informeren ? ` (${t('detail.informeren')})` : ''}`}</td>
            <td class="utrecht-table__cell" safe>{s.doorlooptijd ?? t('none')}</td>
          </tr>
        ))} />
      ) : <p class="utrecht-paragraph" safe>{t('detail.none')}</p>}

      <h2 class="utrecht-heading-2" id="resultaattypen-section" safe>{t('detail.section.resultaattypen')}</h2>
      {z.resultaattypen.length ? (
        <Table head={[t('col.omschrijving'), t('col.omschrijvingGeneriek'), t('col.archiefnominatie'), t('col.archiefactietermijn'), t('col.afleidingswijze')]} rows={z.resultaattypen.map((r) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell" safe>{r.omschrijving}</td>
            <td class="utrecht-table__cell" safe>{r.omschrijvingGeneriek || t('none')}</td>
            <td class="utrecht-table__cell" safe>{t(`archiefnominatie.${r.archiefnominatie}`)}</td>
            <td class="utrecht-table__cell" safe>{r.archiefactietermijn ?? t('none')}</td>
            <td class="utrecht-table__cell" safe>{r.brondatumArchiefprocedure?.afleidingswijze ?? t('none')}</td>
          </tr>
        ))} />
      ) : <p class="utrecht-paragraph" safe>{t('detail.none')}</p>}

      <h2 class="utrecht-heading-2" id="roltypen-section" safe>{t('detail.section.roltypen')}</h2>
      {z.roltypen.length ? (
        <Table head={[t('col.omschrijving'), t('col.omschrijvingGeneriek')]} rows={z.roltypen.map((r) => (
          <tr class="utrecht-table__row"><td class="utrecht-table__cell" safe>{r.omschrijving}</td><td class="utrecht-table__cell">{r.omschrijvingGeneriek}</td></tr>
        ))} />
      ) : <p class="utrecht-paragraph" safe>{t('detail.none')}</p>}

      <h2 class="utrecht-heading-2" id="eigenschappen-section" safe>{t('detail.section.eigenschappen')}</h2>
      {z.eigenschappen.length ? (
        <Table head={[t('col.naam'), t('col.definitie'), t('col.specificatie')]} rows={z.eigenschappen.map((e) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell" safe>{e.naam}</td>
            <td class="utrecht-table__cell" safe>{e.definitie}</td>
            <td class="utrecht-table__cell" safe>{[`${e.specificatie.formaat}, ${e.specificatie.lengte}, ${e.specificatie.kardinaliteit}`, e.specificatie.waardenverzameling.join(', ')].filter(Boolean).join(' — ')}</td>
          </tr>
        ))} />
      ) : <p class="utrecht-paragraph" safe>{t('detail.none')}</p>}

      <h2 class="utrecht-heading-2" id="informatieobjecttypen-section" safe>{t('detail.section.informatieobjecttypen')}</h2>
      {z.informatieobjecttypen.length ? (
        <Table head={[t('col.volgnummer'), t('col.omschrijving'), t('col.richting'), t('col.vertrouwelijkheid')]} rows={z.informatieobjecttypen.map((d) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell" safe>{String(d.volgnummer)}</td>
            <td class="utrecht-table__cell" safe>{`${d.informatieobjecttypeOmschrijving}${!d.informatieobjecttype ? ` (${t('detail.missingType')})` : d.informatieobjecttype.concept ? ` (${t('detail.conceptType')})` : ''}`}</td>
            <td class="utrecht-table__cell">{d.richting}</td>
            <td class="utrecht-table__cell" safe>{d.informatieobjecttype?.vertrouwelijkheidaanduiding ?? t('none')}</td>
          </tr>
        ))} />
      ) : <p class="utrecht-paragraph" safe>{t('detail.none')}</p>}

      <h2 class="utrecht-heading-2" id="besluittypen-section" safe>{t('detail.section.besluittypen')}</h2>
      {z.besluittypeOmschrijvingen.length ? (
        <Table head={[t('col.omschrijving'), t('col.reactietermijn')]} rows={z.besluittypeOmschrijvingen.map((o) => {
          const b = z.besluittypen.find((x) => x.omschrijving === o);
          return (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell" safe>{`${o}${!b ? ` (${t('detail.missingType')})` : b.concept ? ` (${t('detail.conceptType')})` : ''}`}</td>
              <td class="utrecht-table__cell" safe>{b?.reactietermijn ?? t('none')}</td>
            </tr>
          );
        })} />
      ) : <p class="utrecht-paragraph" safe>{t('detail.none')}</p>}

      <h2 class="utrecht-heading-2" id="rules-section" safe>{t('detail.section.rules')}</h2>
      {z.rules ? (
        <>
          <p class="utrecht-paragraph" safe>{t('detail.rulesCount', { count: z.rules.rules.length, otherwise: z.rules.otherwise?.outcome ?? 'handmatig' })}</p>
          <ol class="utrecht-ordered-list">
            {z.rules.rules.map((r) => <li class="utrecht-ordered-list__item"><code safe>{r.id}</code> <span safe>{`→ ${r.then.outcome}: ${r.description[lang]}`}</span></li>)}
          </ol>
          <details>
            <summary>JSON</summary>
            <pre safe>{JSON.stringify(z.rules, null, 2)}</pre>
          </details>
        </>
      ) : <p class="utrecht-paragraph" safe>{t('detail.noRules')}</p>}

      <h2 class="utrecht-heading-2" id="versies" safe>{t('detail.section.versions')}</h2>
      <Table head={[t('col.versie'), t('col.status'), t('col.geldigheid')]} rows={versions.map((v) => (
        <tr class="utrecht-table__row">
          <td class="utrecht-table__cell">{v.id === z.id ? <span safe>{`${v.versie}`}</span> : <a class="utrecht-link" href={href(ctx, `${BASE}/${v.id}`)} safe>{`${v.versie}`}</a>}</td>
          <td class="utrecht-table__cell"><StatusBadge ctx={ctx} z={v} today={today} /></td>
          <td class="utrecht-table__cell" safe>{geldigheid(v, t, lang)}</td>
        </tr>
      ))} />

      <h2 class="utrecht-heading-2" id="geschiedenis" safe>{t('detail.section.history')}</h2>
      {history.length ? <HistoryTable ctx={ctx} history={history} /> : <p class="utrecht-paragraph" safe>{t('history.empty')}</p>}
    </Layout>
  );
}

function HistoryTable({ ctx, history }: { ctx: PageContext; history: HistoryEntry[] }): JSX.Element {
  const t = catalogiMessages(ctx.lang);
  const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : Array.isArray(v) ? v.map(String).join('\n') : JSON.stringify(v));
  const label = (f: string) => {
    for (const key of [`field.${f}`, `detail.section.${f}`]) {
      const text = t(key as never);
      if (text !== key) return text;
    }
    return f;
  };
  const describe = (h: HistoryEntry) => {
    const versie = String(h.changes.versie?.to ?? h.changes.versie?.from ?? '');
    switch (h.action) {
      case 'updated': return t('history.updated', { fields: Object.keys(h.changes).map(label).join(', ') });
      case 'new-version': return t('history.new-version', { versie, from: String(h.changes.versie?.from ?? '') });
      case 'ended': return t('history.ended', { einde: date(String(h.changes.eindeGeldigheid?.to ?? ''), ctx.lang), versie });
      default: return t(`history.${h.action}`, { versie });
    }
  };
  return (
    <Table head={[t('history.when'), t('history.who'), t('history.what')]} rows={history.map((h) => (
      <tr class="utrecht-table__row">
        <td class="utrecht-table__cell" safe>{formatDateTime(h.createdAt, ctx.lang)}</td>
        <td class="utrecht-table__cell" safe>{h.actor}</td>
        <td class="utrecht-table__cell">
          <p class="utrecht-paragraph" safe>{describe(h)}</p>
          {h.action === 'updated' ? (
            <dl class="stadhuis-diff">
              {Object.entries(h.changes).map(([f, c]) => (
                <>
                  <dt safe>{label(f)}</dt>
                  <dd><del safe>{show(c.from)}</del> → <ins safe>{show(c.to)}</ins></dd>
                </>
              ))}
            </dl>
          ) : ''}
        </td>
      </tr>
    ))} />
  );
}

// ---------------------------------------------------------------------------------------------
// The form of a concept
// ---------------------------------------------------------------------------------------------

interface Option {
  value: string;
  label: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function SelectField({ id, label, hint, error, value, options }: { id: string; label: string; hint?: string; error?: string | undefined; value: string; options: Option[] }): JSX.Element {
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for={id} safe>{label}</label></div>
      {hint ? <div class="utrecht-form-field-description" id={`${id}-hint`} safe>{hint}</div> : ''}
      {error ? <div class="utrecht-form-field-error-message" id={`${id}-error`} safe>{error}</div> : ''}
      <div class="utrecht-form-field__input">
        <select class={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`} id={id} name={id} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(id, hint, error)}>
          {options.map((o) => <option value={o.value} selected={o.value === value} safe>{o.label}</option>)}
        </select>
      </div>
    </div>
  );
}

function Checkbox({ id, label, checked, error }: { id: string; label: string; checked: boolean; error?: string | undefined }): JSX.Element {
  return (
    <div class={`utrecht-form-field utrecht-form-field--checkbox${error ? ' utrecht-form-field--invalid' : ''}`}>
      {error ? <div class="utrecht-form-field-error-message" id={`${id}-error`} safe>{error}</div> : ''}
      <div class="utrecht-form-field__input">
        <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={id} name={id} value="ja" checked={checked} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      </div>
      <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={id} safe>{label}</label>
      </div>
    </div>
  );
}

/** The rules' JSON, with every problem listed under the field. */
function RulesField({ ctx, value, errors }: { ctx: PageContext; value: string; errors: string[] }): JSX.Element {
  const t = catalogiMessages(ctx.lang);
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${errors.length ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="rules" safe>{t('field.rules')}</label></div>
      <div class="utrecht-form-field-description" id="rules-hint" safe>{t('form.rulesHint')}</div>
      {errors.length ? (
        <div class="utrecht-form-field-error-message" id="rules-error">
          <span safe>{t('error.rulesJson')}</span>
          <ul class="utrecht-unordered-list">{errors.map((e) => <li class="utrecht-unordered-list__item" safe>{e}</li>)}</ul>
        </div>
      ) : ''}
      <div class="utrecht-form-field__input">
        <textarea class={`utrecht-textarea utrecht-textarea--html-textarea stadhuis-code${errors.length ? ' utrecht-textarea--invalid' : ''}`} id="rules" name="rules" rows="16" spellcheck="false"
          aria-invalid={errors.length ? 'true' : undefined} aria-describedby={errors.length ? 'rules-hint rules-error' : 'rules-hint'} safe>{value}</textarea>
      </div>
    </div>
  );
}

interface FormProps {
  ctx: PageContext;
  form: RawForm;
  errors: FieldError[];
  /** The concept being edited; undefined for a new zaaktype. */
  zaaktype?: Pick<Zaaktype, 'id' | 'omschrijving' | 'versie'> | undefined;
  informatieobjecttypen: string[];
  besluittypen: string[];
  notice?: Notice;
}

export function ZaaktypeFormPage({ ctx, form, errors, zaaktype, informatieobjecttypen, besluittypen, notice }: FormProps): JSX.Element {
  const t = catalogiMessages(ctx.lang);
  const title = zaaktype ? t('form.editTitle', { omschrijving: zaaktype.omschrijving, versie: zaaktype.versie }) : t('form.newTitle');
  const action = zaaktype ? href(ctx, `${BASE}/${zaaktype.id}`) : href(ctx, BASE);
  const err = (id: string) => errorFor(errors, id);
  const field = (id: string, options: { label?: string; hint?: string; rows?: number; width?: 'xs' | 'sm' | 'md' | 'lg' } = {}) => {
    const name = id.replace(/^.*-/, '');
    const label = options.label ?? t(`field.${name}` as never);
    return options.rows
      ? <TextArea id={id} label={label} hint={options.hint} value={text(form, id)} error={err(id)} rows={options.rows} />
      : <TextField id={id} label={label} hint={options.hint} value={text(form, id)} error={err(id)} width={options.width} />;
  };
  const select = (id: string, options: Option[], extra: { label?: string; hint?: string } = {}) =>
    <SelectField id={id} label={extra.label ?? t(`field.${id.replace(/^.*-/, '')}` as never)} hint={extra.hint} value={text(form, id)} error={err(id)} options={options} />;
  const check = (id: string, label?: string) => <Checkbox id={id} label={label ?? t(`field.${id.replace(/^.*-/, '')}` as never)} checked={text(form, id) === 'ja'} error={err(id)} />;
  const plain = (values: readonly string[], empty?: string): Option[] => [...(empty !== undefined ? [{ value: '', label: empty }] : []), ...values.map((v) => ({ value: v, label: v }))];
  const withCurrent = (values: string[], current: string) => (current && !values.includes(current) ? [...values, current] : values);
  const selectedBesluittypen = list(form, 'besluittypen');

  const rows = (listName: RowList, kind: 'statustype' | 'resultaattype' | 'roltype' | 'eigenschap' | 'informatieobjecttype', body: (p: (f: string) => string) => JSX.Element) =>
    rowIndexes(form, listName).map((i, n) => {
      const p = (f: string) => `${listName}-${i}-${f}`;
      const blank = isBlankRowOf(form, listName, i);
      const legend = blank ? t('form.rowLegend.new', { label: t(`form.rowLegend.${kind}`, { n: '' }).trim() }) : t(`form.rowLegend.${kind}`, { n: n + 1 });
      return (
        <fieldset class="utrecht-form-fieldset stadhuis-form-row">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{legend}</legend>
          <input type="hidden" name={p('id')} value={text(form, p('id'))} />
          {body(p)}
          {blank ? '' : check(p('verwijderen'), t('form.remove'))}
        </fieldset>
      );
    });

  return (
    <Layout ctx={ctx} title={errors.length ? `${title} (fout)` : title} area="admin"
      breadcrumbs={[{ label: t('list.title'), href: href(ctx, BASE) }, ...(zaaktype ? [{ label: `${zaaktype.omschrijving} v${zaaktype.versie}`, href: href(ctx, `${BASE}/${zaaktype.id}`) }] : []), { label: zaaktype ? t('detail.edit') : t('form.newTitle') }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <NoticeBanner ctx={ctx} notice={notice} />
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      {zaaktype ? <p class="utrecht-paragraph"><a class="utrecht-link" href={href(ctx, `${BASE}/${zaaktype.id}`)} safe>{t('form.cancel')}</a></p> : ''}
      <form method="post" action={action} class="stadhuis-form" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="revision" value={text(form, 'revision')} />

        <h2 class="utrecht-heading-2" safe>{t('detail.section.general')}</h2>
        {field('identificatie', { hint: t('field.identificatieHint'), width: 'md' })}
        {field('omschrijving')}
        {field('onderwerp')}
        {field('omschrijvingGeneriek')}
        {field('doel', { rows: 3 })}
        {field('aanleiding', { rows: 3 })}
        {field('toelichting', { rows: 3 })}
        {field('handelingInitiator', { hint: t('field.handelingInitiatorHint'), width: 'sm' })}
        {field('handelingBehandelaar', { hint: t('field.handelingBehandelaarHint'), width: 'sm' })}
        {select('vertrouwelijkheidaanduiding', plain(VERTROUWELIJKHEIDAANDUIDINGEN))}
        {select('indicatieInternOfExtern', [{ value: 'extern', label: t('indicatie.extern') }, { value: 'intern', label: t('indicatie.intern') }])}
        {field('doorlooptijd', { hint: t('field.durationHint'), width: 'sm' })}
        {field('servicenorm', { hint: t('field.durationHint'), width: 'sm' })}
        {check('opschortingEnAanhoudingMogelijk')}
        {check('verlengingMogelijk')}
        {field('verlengingstermijn', { hint: t('field.durationHint'), width: 'sm' })}
        {field('verantwoordelijke', { width: 'md' })}
        {field('trefwoorden', { hint: t('form.listHint') })}
        {field('productenOfDiensten', { hint: t('form.linesHint'), rows: 3 })}
        {field('selectielijstProcestype')}
        {check('publicatieIndicatie')}
        {field('publicatietekst', { rows: 2 })}
        {field('beginGeldigheid', { hint: t('field.dateHint'), width: 'sm' })}
        {field('versiedatum', { hint: t('field.versiedatumHint'), width: 'sm' })}
        {besluittypen.length || selectedBesluittypen.length ? (
          <CheckboxGroup id="besluittypen" legend={t('field.besluittypen')} error={err('besluittypen')} selected={selectedBesluittypen}
            choices={[...new Set([...besluittypen, ...selectedBesluittypen])].map((b) => ({ value: b, label: b }))} />
        ) : ''}

        <h2 class="utrecht-heading-2" id="statustypen-section" tabindex="-1" safe>{t('detail.section.statustypen')}</h2>
        <p class="utrecht-paragraph" safe>{t('form.statustypenHint')}</p>
        {rows('statustypen', 'statustype', (p) => (
          <>
            {field(p('volgnummer'), { width: 'xs' })}
            {field(p('omschrijving'))}
            {field(p('statustekst'), { hint: t('field.statustekstHint'), rows: 2 })}
            {check(p('informeren'))}
            {field(p('doorlooptijd'), { label: t('col.doorlooptijd'), hint: t('field.durationHint'), width: 'sm' })}
            {field(p('eigenschappen'), { hint: t('form.listHint') })}
          </>
        ))}

        <h2 class="utrecht-heading-2" id="resultaattypen-section" tabindex="-1" safe>{t('detail.section.resultaattypen')}</h2>
        <p class="utrecht-paragraph" safe>{t('form.rowsHint')}</p>
        {rows('resultaattypen', 'resultaattype', (p) => (
          <>
            {field(p('omschrijving'), { width: 'md' })}
            {field(p('resultaattypeomschrijving'))}
            {field(p('selectielijstklasse'))}
            {select(p('archiefnominatie'), [{ value: '', label: t('archiefnominatie.') }, { value: 'vernietigen', label: t('archiefnominatie.vernietigen') }, { value: 'blijvend_bewaren', label: t('archiefnominatie.blijvend_bewaren') }])}
            {field(p('archiefactietermijn'), { hint: t('field.durationHint'), width: 'sm' })}
            {select(p('afleidingswijze'), plain(AFLEIDINGSWIJZEN, t('form.noChoice')))}
            {field(p('procestermijn'), { hint: t('field.durationHint'), width: 'sm' })}
            {field(p('datumkenmerk'), { width: 'md' })}
            {select(p('objecttype'), plain(OBJECTTYPEN, t('form.noChoice')))}
            {field(p('registratie'), { width: 'md' })}
            {check(p('einddatumBekend'))}
            {field(p('besluittypen'), { label: t('field.resultaatBesluittypen'), hint: t('form.listHint') })}
            {field(p('toelichting'), { rows: 2 })}
          </>
        ))}

        <h2 class="utrecht-heading-2" id="roltypen-section" tabindex="-1" safe>{t('detail.section.roltypen')}</h2>
        <p class="utrecht-paragraph" safe>{t('form.rowsHint')}</p>
        {rows('roltypen', 'roltype', (p) => (
          <>
            {field(p('omschrijving'), { width: 'md' })}
            {select(p('omschrijvingGeneriek'), plain(ROLTYPE_OMSCHRIJVINGEN_GENERIEK, t('form.choose')))}
          </>
        ))}

        <h2 class="utrecht-heading-2" id="eigenschappen-section" tabindex="-1" safe>{t('detail.section.eigenschappen')}</h2>
        <p class="utrecht-paragraph" safe>{t('form.rowsHint')}</p>
        {rows('eigenschappen', 'eigenschap', (p) => (
          <>
            {field(p('naam'), { width: 'sm' })}
            {field(p('definitie'))}
            {select(p('formaat'), plain(EIGENSCHAP_FORMATEN, t('form.choose')))}
            {field(p('lengte'), { width: 'xs' })}
            {field(p('kardinaliteit'), { hint: t('field.kardinaliteitHint'), width: 'xs' })}
            {field(p('waardenverzameling'), { hint: t('form.listHint') })}
            {field(p('statustype'), { width: 'xs' })}
          </>
        ))}

        <h2 class="utrecht-heading-2" id="informatieobjecttypen-section" tabindex="-1" safe>{t('detail.section.informatieobjecttypen')}</h2>
        <p class="utrecht-paragraph" safe>{t('form.rowsHint')}</p>
        {rows('informatieobjecttypen', 'informatieobjecttype', (p) => (
          <>
            {field(p('volgnummer'), { width: 'xs' })}
            {select(p('informatieobjecttype'), plain(withCurrent(informatieobjecttypen, text(form, p('informatieobjecttype'))), t('form.choose')))}
            {select(p('richting'), plain(RICHTINGEN, t('form.choose')))}
            {field(p('statustype'), { width: 'xs' })}
          </>
        ))}

        <h2 class="utrecht-heading-2" id="rules-section" safe>{t('detail.section.rules')}</h2>
        <RulesField ctx={ctx} value={text(form, 'rules')} errors={errors.filter((e) => e.field === 'rules').map((e) => e.message)} />

        <div class="stadhuis-actions">
          <Button><span safe>{t('form.save')}</span></Button>
        </div>
      </form>
    </Layout>
  );
}
