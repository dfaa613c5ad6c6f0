import { formatDateTime } from '../../../platform/i18n/i18n.js';
import { href, type PageContext } from '../../../platform/ui/context.js';
import { Button, CheckboxGroup, CsrfField, ErrorSummary, TextArea, TextField, errorFor, type FieldError } from '../../../platform/ui/forms.js';
import { Layout } from '../../../platform/ui/layout.js';
import { Pagination } from '../../../platform/ui/pagination.js';
import { catalogueMessages } from '../messages.js';
import type { RawProductForm } from '../product-input.js';
import { CHANNELS } from '../product-input.js';
import type { Category, ProductStatus, ProductSummary, Revision } from '../service.js';

type Notice = 'saved' | 'created' | 'published' | 'unpublished' | 'conflict' | undefined;

function NoticeBanner({ ctx, notice }: { ctx: PageContext; notice: Notice }): JSX.Element {
  if (!notice) return '';
  const t = catalogueMessages(ctx.lang);
  const kind = notice === 'conflict' ? 'error' : 'ok';
  return (
    <div class={`utrecht-alert utrecht-alert--${kind}`} role={notice === 'conflict' ? 'alert' : 'status'}>
      <p class="utrecht-paragraph" safe>{t(`admin.${notice}`)}</p>
    </div>
  );
}

function AdminNav({ ctx }: { ctx: PageContext }): JSX.Element {
  const t = catalogueMessages(ctx.lang);
  return (
    <div class="stadhuis-actions">
      <a class="utrecht-link" href={href(ctx, '/beheer/producten')} safe>{t('admin.products')}</a>
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={href(ctx, '/beheer/producten/nieuw')} safe>{t('admin.new')}</a>
    </div>
  );
}

export function AdminListPage({ ctx, items, total, page, pageSize, status }: { ctx: PageContext; items: ProductSummary[]; total: number; page: number; pageSize: number; status: ProductStatus | 'all' }): JSX.Element {
  const t = catalogueMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('admin.title')} area="admin">
      <h1 class="utrecht-heading-1" safe>{t('admin.title')}</h1>
      <AdminNav ctx={ctx} />
      <form method="get" action={href(ctx, '/beheer/producten')} class="stadhuis-actions">
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="status" safe>{t('admin.filter.status')}</label>
          <select class="utrecht-select utrecht-select--html-select" id="status" name="status">
            <option value="all" selected={status === 'all'} safe>{t('admin.filter.all')}</option>
            <option value="draft" selected={status === 'draft'} safe>{t('admin.status.draft')}</option>
            <option value="published" selected={status === 'published'} safe>{t('admin.status.published')}</option>
          </select>
        </div>
        <Button variant="secondary"><span safe>{t('admin.filter.apply')}</span></Button>
      </form>
      <p class="utrecht-paragraph stadhuis-meta" safe>{t('admin.count', { count: total })}</p>
      <div class="stadhuis-table-wrap">
        <table class="utrecht-table stadhuis-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.table.title')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.table.status')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.table.updated')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {items.map((p) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell"><a class="utrecht-link" href={href(ctx, `/beheer/producten/${p.id}`)} safe>{p.title}</a></td>
                <td class="utrecht-table__cell"><StatusBadge ctx={ctx} status={p.status} /></td>
                <td class="utrecht-table__cell" safe>{formatDateTime(p.updatedAt, ctx.lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination ctx={ctx} page={page} pageSize={pageSize} total={total} path="/beheer/producten" params={{ status }} />
    </Layout>
  );
}

function StatusBadge({ ctx, status }: { ctx: PageContext; status: ProductStatus }): JSX.Element {
  const t = catalogueMessages(ctx.lang);
  return <span class={`stadhuis-badge stadhuis-badge--${status}`} safe>{t(`admin.status.${status}`)}</span>;
}

interface ProductFormProps {
  ctx: PageContext;
  form: RawProductForm;
  errors: FieldError[];
  categories: Category[];
  /** Undefined for a new product. */
  product?: { id: string; title: string; status: ProductStatus; version: number } | undefined;
  notice?: Notice;
}

export function ProductFormPage({ ctx, form, errors, categories, product, notice }: ProductFormProps): JSX.Element {
  const t = catalogueMessages(ctx.lang);
  const v = (k: string) => (Array.isArray(form[k]) ? (form[k] as string[]).join('\n') : (form[k] as string | undefined) ?? '');
  const sel = (k: string) => (Array.isArray(form[k]) ? (form[k] as string[]) : form[k] ? [form[k] as string] : []);
  const err = (k: string) => errorFor(errors, k);
  const title = product ? t('admin.editTitle', { title: product.title }) : t('admin.newTitle');
  const action = product ? href(ctx, `/beheer/producten/${product.id}`) : href(ctx, '/beheer/producten');
  const field = (id: string, extra: { hint?: string; rows?: number; long?: boolean; width?: 'xs' | 'sm' | 'md' | 'lg' } = {}) =>
    extra.long || extra.rows
      ? <TextArea id={id} label={t(`field.${id}` as never)} hint={extra.hint} value={v(id)} error={err(id)} rows={extra.rows ?? 5} />
      : <TextField id={id} label={t(`field.${id}` as never)} hint={extra.hint} value={v(id)} error={err(id)} width={extra.width} />;
  return (
    <Layout ctx={ctx} title={errors.length ? `${title} (fout)` : title} area="admin" breadcrumbs={[{ label: t('admin.products'), href: href(ctx, '/beheer/producten') }, { label: product?.title ?? t('admin.newTitle') }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <NoticeBanner ctx={ctx} notice={notice} />
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      {product ? (
        <div class="stadhuis-actions">
          <StatusBadge ctx={ctx} status={product.status} />
          <a class="utrecht-link" href={href(ctx, `/beheer/producten/${product.id}/voorbeeld`)} safe>{t('admin.preview')}</a>
          <a class="utrecht-link" href={href(ctx, `/beheer/producten/${product.id}/geschiedenis`)} safe>{t('admin.history')}</a>
          <form method="post" action={href(ctx, `/beheer/producten/${product.id}/${product.status === 'published' ? 'intrekken' : 'publiceren'}`)}>
            <CsrfField ctx={ctx} />
            <Button variant="secondary"><span safe>{product.status === 'published' ? t('admin.unpublish') : t('admin.publish')}</span></Button>
          </form>
        </div>
      ) : ''}
      <form method="post" action={action} class="stadhuis-form" novalidate>
        <CsrfField ctx={ctx} />
        {product ? <input type="hidden" name="version" value={String(product.version)} /> : ''}
        <h2 class="utrecht-heading-2" safe>{t('admin.section.dutch')}</h2>
        {field('title', { hint: t('field.titleHint') })}
        {field('slug', { hint: t('field.slugHint'), width: 'md' })}
        {field('summary', { rows: 2 })}
        {field('description', { hint: t('field.descriptionHint'), rows: 8 })}
        {field('forWhom', { rows: 3 })}
        {field('conditions', { hint: t('field.listHint'), rows: 4 })}
        {field('bring', { hint: t('field.listHint'), rows: 4 })}
        {field('howTo', { rows: 5 })}
        <h2 class="utrecht-heading-2" safe>{t('admin.section.practical')}</h2>
        <CheckboxGroup id="audience" legend={t('field.audience')} error={err('audience')} selected={sel('audience')}
          choices={[{ value: 'inwoner', label: t('product.audience.inwoner') }, { value: 'ondernemer', label: t('product.audience.ondernemer') }]} />
        <CheckboxGroup id="categories" legend={t('field.categories')} error={err('categories')} selected={sel('categories')}
          choices={categories.map((c) => ({ value: c.slug, label: ctx.lang === 'en' ? c.nameEn : c.name }))} />
        <CheckboxGroup id="channels" legend={t('field.channels')} selected={sel('channels')}
          choices={CHANNELS.map((c) => ({ value: c, label: t(`product.channel.${c}`) }))} />
        {field('leadTime')}
        {field('leadTimeDays', { width: 'xs' })}
        {field('prices', { hint: t('field.pricesHint'), rows: 4 })}
        {field('keywords', { hint: t('field.keywordsHint'), rows: 2 })}
        {field('related', { hint: t('field.relatedHint'), rows: 2 })}
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{t('admin.section.online')}</legend>
          {field('formSlug', { hint: t('field.formSlugHint'), width: 'md' })}
          {field('zaaktypeIdentificatie', { hint: t('field.zaaktypeIdentificatieHint'), width: 'md' })}
        </fieldset>
        <h2 class="utrecht-heading-2" safe>{t('admin.section.english')}</h2>
        <p class="utrecht-paragraph" safe>{t('admin.section.englishHint')}</p>
        <div lang="en">
          {field('enTitle')}
          {field('enSummary', { rows: 2 })}
          {field('enDescription', { rows: 6 })}
          {field('enForWhom', { rows: 3 })}
          {field('enConditions', { hint: t('field.listHint'), rows: 4 })}
          {field('enBring', { hint: t('field.listHint'), rows: 4 })}
          {field('enLeadTime')}
          {field('enHowTo', { rows: 4 })}
        </div>
        <div class="stadhuis-actions">
          <Button><span safe>{t('admin.save')}</span></Button>
        </div>
      </form>
    </Layout>
  );
}

export function PreviewBanner({ ctx, productId, status }: { ctx: PageContext; productId: string; status: ProductStatus }): JSX.Element {
  const t = catalogueMessages(ctx.lang);
  return (
    <div class="stadhuis-preview-banner" role="note">
      <p class="utrecht-paragraph" safe>{t('admin.previewBanner', { status: t(`admin.status.${status}`) })}</p>
      <a class="utrecht-link" href={href(ctx, `/beheer/producten/${productId}`)} safe>{t('admin.backToEdit')}</a>
    </div>
  );
}

export function HistoryPage({ ctx, product, revisions }: { ctx: PageContext; product: { id: string; title: string }; revisions: Revision[] }): JSX.Element {
  const t = catalogueMessages(ctx.lang);
  const title = t('admin.historyTitle', { title: product.title });
  const label = (f: string) => t(`field.${f}` as never);
  const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
  return (
    <Layout ctx={ctx} title={title} area="admin" breadcrumbs={[{ label: t('admin.products'), href: href(ctx, '/beheer/producten') }, { label: product.title, href: href(ctx, `/beheer/producten/${product.id}`) }, { label: t('admin.history') }]}>
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <div class="stadhuis-table-wrap">
        <table class="utrecht-table stadhuis-table">
          <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.history.when')}</th>
            <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.history.who')}</th>
            <th class="utrecht-table__header-cell" scope="col" safe>{t('admin.history.what')}</th>
          </tr></thead>
          <tbody class="utrecht-table__body">
            {revisions.map((r) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell" safe>{formatDateTime(r.createdAt, ctx.lang)}</td>
                <td class="utrecht-table__cell" safe>{r.actor}</td>
                <td class="utrecht-table__cell">
                  <p class="utrecht-paragraph" safe>{r.action === 'updated' ? t('admin.history.updated', { fields: r.changedFields.map(label).join(', ') }) : t(`admin.history.${r.action}`)}</p>
                  {r.action === 'updated' ? (
                    <dl class="stadhuis-diff">
                      {Object.entries(r.changes).map(([f, c]) => (
                        <>
                          <dt safe>{label(f)}</dt>
                          <dd><del safe>{show(c.from)}</del> → <ins safe>{show(c.to)}</ins></dd>
                        </>
                      ))}
                    </dl>
                  ) : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
