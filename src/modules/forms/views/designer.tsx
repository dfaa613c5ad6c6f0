/**
 * The form designer in the back office: the list of forms, the JSON definition in a textarea with
 * its problems (Dutch, with the JSON path, linked to the textarea), a server-rendered preview of a
 * step (the "Voorbeeld" button; no JavaScript needed), the versions and publishing.
 */
import { formatDateTime } from '../../../platform/i18n/i18n.js';
import { href, type PageContext } from '../../../platform/ui/context.js';
import { Button, CsrfField, ErrorSummary, type FieldError } from '../../../platform/ui/forms.js';
import { Layout } from '../../../platform/ui/layout.js';
import { pick, type FormDefinition } from '../definition.js';
import { formsMessages } from '../messages.js';
import type { DefinitionVersion, FormSummary } from '../service.js';
import { FormAssets } from './pages.js';

type Notice = 'saved' | 'created' | 'published' | undefined;

function StatusBadge({ ctx, status }: { ctx: PageContext; status: DefinitionVersion['status'] }): JSX.Element {
  const t = formsMessages(ctx.lang);
  return <span class={`stadhuis-badge stadhuis-badge--${status === 'published' ? 'published' : 'draft'}`} safe>{t(`admin.status.${status}`)}</span>;
}

export function DesignerListPage({ ctx, forms }: { ctx: PageContext; forms: FormSummary[] }): JSX.Element {
  const t = formsMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('admin.title')} area="admin">
      <FormAssets ctx={ctx} />
      <h1 class="utrecht-heading-1" safe>{t('admin.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('admin.intro')}</p>
      <div class="stadhuis-actions">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={href(ctx, '/beheer/formulieren/nieuw')} safe>{t('admin.new')}</a>
      </div>
      {forms.length ? (
        <div class="stadhuis-table-wrap">
          <table class="utrecht-table stadhuis-table">
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.table.title')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.table.zaaktype')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.table.published')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.table.draft')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.changed')}</th>
            </tr></thead>
            <tbody class="utrecht-table__body">
              {forms.map((f) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell"><a class="utrecht-link" href={href(ctx, `/beheer/formulieren/${f.slug}`)} safe>{f.title}</a></td>
                  <td class="utrecht-table__cell" safe>{f.zaaktype}</td>
                  <td class="utrecht-table__cell" safe>{f.publishedVersion ? t('admin.versionN', { n: f.publishedVersion }) : t('admin.noVersion')}</td>
                  <td class="utrecht-table__cell" safe>{f.draftVersion ? t('admin.versionN', { n: f.draftVersion }) : t('admin.noVersion')}</td>
                  <td class="utrecht-table__cell" safe>{formatDateTime(f.updatedAt, ctx.lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <p class="utrecht-paragraph" safe>{t('admin.none')}</p>}
    </Layout>
  );
}

export interface EditorProps {
  ctx: PageContext;
  /** Undefined for a new form. */
  slug?: string | undefined;
  title: string;
  json: string;
  errors: FieldError[];
  versions: DefinitionVersion[];
  notice?: Notice;
  /** The server-rendered preview of one step, when asked for. */
  preview?: JSX.Element | undefined;
  /** Step ids of the definition as posted or stored (for the preview choice). */
  steps: { id: string; title: string }[];
  previewStep?: string | undefined;
}

export function EditorPage({ ctx, slug, title, json, errors, versions, notice, preview, steps, previewStep }: EditorProps): JSX.Element {
  const t = formsMessages(ctx.lang);
  const latest = versions[0];
  const draft = versions.find((v) => v.status === 'draft');
  const action = slug ? href(ctx, `/beheer/formulieren/${slug}`) : href(ctx, '/beheer/formulieren');
  const pageTitle = slug ? t('admin.editTitle', { title }) : t('admin.newTitle');
  const noticeText = notice === 'saved' ? t('admin.saved') : notice === 'created' ? t('admin.created') : notice === 'published' ? t('admin.publishedNotice') : undefined;
  return (
    <Layout ctx={ctx} title={errors.length ? t('step.errorTitle', { title: pageTitle }) : pageTitle} area="admin"
      breadcrumbs={[{ label: t('admin.title'), href: href(ctx, '/beheer/formulieren') }, { label: slug ? title : t('admin.newTitle') }]}>
      <FormAssets ctx={ctx} />
      <ErrorSummary ctx={ctx} errors={errors} />
      {noticeText ? <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph" safe>{noticeText}</p></div> : ''}
      <h1 class="utrecht-heading-1" safe>{pageTitle}</h1>
      {latest ? (
        <div class="stadhuis-actions">
          <StatusBadge ctx={ctx} status={latest.status} />
          <span class="stadhuis-meta" safe>{t('admin.versionN', { n: latest.version })}</span>
          {versions.some((v) => v.status === 'published') ? <a class="utrecht-link" href={href(ctx, `/formulieren/${slug}`)} safe>{t('admin.open')}</a> : ''}
          {draft ? (
            <form method="post" action={href(ctx, `/beheer/formulieren/${slug}/publiceren`)}>
              <CsrfField ctx={ctx} />
              <Button variant="secondary"><span safe>{t('admin.publish', { n: draft.version })}</span></Button>
            </form>
          ) : ''}
        </div>
      ) : ''}
      {latest && latest.status !== 'draft' ? <div class="utrecht-alert utrecht-alert--info" role="note"><p class="utrecht-paragraph" safe>{t('admin.publishedReadOnly')}</p></div> : ''}
      <form method="post" action={action} class="stadhuis-form" novalidate>
        <CsrfField ctx={ctx} />
        <div class={`utrecht-form-field utrecht-form-field--text${errors.length ? ' utrecht-form-field--invalid' : ''}`}>
          <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="definitie" safe>{t('admin.definition')}</label></div>
          <div class="utrecht-form-field-description" id="definitie-hint" safe>{t('admin.definitionHint')}</div>
          {errors.length ? (
            <div class="utrecht-form-field-error-message" id="definitie-error">
              <ul class="utrecht-unordered-list stadhuis-plain-list">{errors.map((e) => <li safe>{e.message}</li>)}</ul>
            </div>
          ) : ''}
          <div class="utrecht-form-field__input">
            <textarea class={`utrecht-textarea utrecht-textarea--html-textarea stadhuis-code${errors.length ? ' utrecht-textarea--invalid' : ''}`} id="definitie" name="definitie" rows="28"
              spellcheck="false" aria-invalid={errors.length ? 'true' : undefined} aria-describedby={errors.length ? 'definitie-hint definitie-error' : 'definitie-hint'} safe>{json}</textarea>
          </div>
        </div>
        {steps.length ? (
          <div class="utrecht-form-field">
            <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="voorbeeldstap" safe>{t('admin.previewStep')}</label></div>
            <div class="utrecht-form-field__input">
              <select class="utrecht-select utrecht-select--html-select" id="voorbeeldstap" name="voorbeeldstap">
                {steps.map((s) => <option value={s.id} selected={s.id === previewStep} safe>{s.title}</option>)}
              </select>
            </div>
          </div>
        ) : ''}
        <div class="stadhuis-actions">
          <Button name="actie" value="opslaan"><span safe>{t('admin.save')}</span></Button>
          <Button variant="secondary" name="actie" value="voorbeeld"><span safe>{t('admin.preview')}</span></Button>
        </div>
      </form>
      {preview ? (
        <section class="stadhuis-designer-preview" aria-labelledby="voorbeeld-titel">
          <h2 class="utrecht-heading-2" id="voorbeeld-titel" safe>{t('admin.previewTitle')}</h2>
          <p class="utrecht-paragraph stadhuis-meta" safe>{t('admin.previewNote')}</p>
          <div class="stadhuis-designer-preview__frame">{preview}</div>
        </section>
      ) : ''}
      {versions.length ? (
        <section aria-labelledby="versies-titel">
          <h2 class="utrecht-heading-2" id="versies-titel" safe>{t('admin.versions')}</h2>
          <div class="stadhuis-table-wrap">
            <table class="utrecht-table stadhuis-table">
              <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.version')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.status')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.changed')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.by')}</th>
              </tr></thead>
              <tbody class="utrecht-table__body">
                {versions.map((v) => (
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell"><a class="utrecht-link" href={href(ctx, `/beheer/formulieren/${v.slug}/versies/${v.version}`)} safe>{t('admin.versionN', { n: v.version })}</a></td>
                    <td class="utrecht-table__cell"><StatusBadge ctx={ctx} status={v.status} /></td>
                    <td class="utrecht-table__cell" safe>{formatDateTime(v.publishedAt ?? v.updatedAt, ctx.lang)}</td>
                    <td class="utrecht-table__cell" safe>{v.publishedBy ?? v.updatedBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : ''}
    </Layout>
  );
}

export function VersionPage({ ctx, version }: { ctx: PageContext; version: DefinitionVersion }): JSX.Element {
  const t = formsMessages(ctx.lang);
  const def: FormDefinition = version.definition;
  const title = t('admin.viewVersion', { n: version.version, title: pick(def.title, ctx.lang) });
  return (
    <Layout ctx={ctx} title={title} area="admin"
      breadcrumbs={[{ label: t('admin.title'), href: href(ctx, '/beheer/formulieren') }, { label: pick(def.title, ctx.lang), href: href(ctx, `/beheer/formulieren/${version.slug}`) }, { label: t('admin.versionN', { n: version.version }) }]}>
      <FormAssets ctx={ctx} />
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <div class="stadhuis-actions"><StatusBadge ctx={ctx} status={version.status} /></div>
      <pre class="stadhuis-code-block" tabindex="0" aria-label={t('admin.definition')} safe>{JSON.stringify(def, null, 2)}</pre>
    </Layout>
  );
}
