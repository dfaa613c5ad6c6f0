import Html from '@kitajs/html';
import { formatEuro, type Lang } from '../../../platform/i18n/i18n.js';
import { href, type PageContext } from '../../../platform/ui/context.js';
import { Layout } from '../../../platform/ui/layout.js';
import { Pagination } from '../../../platform/ui/pagination.js';
import type { ProductText } from '../demo/types.js';
import { catalogueMessages } from '../messages.js';
import { markHighlights, MAX_TOTAL, type SearchHit } from '../search.js';
import type { Category, Product, ProductSummary } from '../service.js';

/** The product's text in the visitor's language, or Dutch (marked as such) when not translated. */
export function localText(p: { title: string; summary: string; en: ProductText | null } & Partial<ProductText>, lang: Lang): ProductText & { lang: Lang } {
  if (lang === 'en' && p.en) return { ...p.en, lang: 'en' };
  return {
    title: p.title, summary: p.summary, description: p.description ?? '', forWhom: p.forWhom ?? '',
    conditions: p.conditions ?? [], bring: p.bring ?? [], leadTime: p.leadTime ?? '', howTo: p.howTo ?? '', lang: 'nl',
  };
}

const categoryName = (c: Pick<Category, 'name' | 'nameEn'>, lang: Lang) => (lang === 'en' ? c.nameEn : c.name);

export function SearchForm({ ctx, query = '' }: { ctx: PageContext; query?: string }): JSX.Element {
  const t = catalogueMessages(ctx.lang);
  return (
    <form class="stadhuis-search" role="search" method="get" action={href(ctx, '/zoeken')}>
      <div class="stadhuis-search__row">
        <div class="utrecht-form-field utrecht-form-field--text">
          <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="q" safe>{t('search.label')}</label></div>
          <div class="utrecht-form-field-description" id="q-hint" safe>{t('search.hint')}</div>
          <div class="utrecht-form-field__input">
            <input class="utrecht-textbox utrecht-textbox--html-input" type="search" id="q" name="q" value={query} aria-describedby="q-hint" maxlength="200" autocomplete="off" />
          </div>
        </div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action" safe>{t('search.button')}</button>
      </div>
    </form>
  );
}

function ProductList({ ctx, items }: { ctx: PageContext; items: ProductSummary[] }): JSX.Element {
  return (
    <ul class="stadhuis-results">
      {items.map((p) => {
        const text = localText(p, ctx.lang);
        return (
          <li lang={text.lang === ctx.lang ? undefined : text.lang}>
            <h2 class="utrecht-heading-3"><a class="utrecht-link" href={href(ctx, `/producten/${p.slug}`)} safe>{text.title}</a></h2>
            <p class="utrecht-paragraph" safe>{text.summary}</p>
          </li>
        );
      })}
    </ul>
  );
}

function Topics({ ctx, categories }: { ctx: PageContext; categories: Category[] }): JSX.Element {
  return (
    <ul class="stadhuis-cards">
      {categories.map((c) => (
        <li class="stadhuis-card">
          <h3 class="utrecht-heading-3"><a class="utrecht-link" href={href(ctx, `/onderwerpen/${c.slug}`)} safe>{categoryName(c, ctx.lang)}</a></h3>
          <p class="utrecht-paragraph" safe>{ctx.lang === 'en' ? c.descriptionEn : c.description}</p>
        </li>
      ))}
    </ul>
  );
}

export function HomePage({ ctx, categories, popular }: { ctx: PageContext; categories: Category[]; popular: ProductSummary[] }): JSX.Element {
  const t = catalogueMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('home.title')}>
      <h1 class="utrecht-heading-1" safe>{t('home.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('home.intro')}</p>
      <SearchForm ctx={ctx} />
      {popular.length ? (
        <section aria-labelledby="popular">
          <h2 class="utrecht-heading-2" id="popular" safe>{t('home.popular')}</h2>
          <ul class="utrecht-link-list stadhuis-cards">
            {popular.map((p) => {
              const text = localText(p, ctx.lang);
              return <li class="stadhuis-card" lang={text.lang === ctx.lang ? undefined : text.lang}><a class="utrecht-link" href={href(ctx, `/producten/${p.slug}`)} safe>{text.title}</a></li>;
            })}
          </ul>
        </section>
      ) : ''}
      <section aria-labelledby="topics">
        <h2 class="utrecht-heading-2" id="topics" safe>{t('home.topics')}</h2>
        <Topics ctx={ctx} categories={categories} />
      </section>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={href(ctx, '/producten')} safe>{t('home.allProducts')}</a></p>
    </Layout>
  );
}

export function CategoryPage({ ctx, category, items, total, page, pageSize }: { ctx: PageContext; category: Category; items: ProductSummary[]; total: number; page: number; pageSize: number }): JSX.Element {
  const t = catalogueMessages(ctx.lang);
  const name = categoryName(category, ctx.lang);
  return (
    <Layout ctx={ctx} title={name} breadcrumbs={[{ label: name }]}>
      <h1 class="utrecht-heading-1" safe>{name}</h1>
      <p class="utrecht-paragraph" safe>{ctx.lang === 'en' ? category.descriptionEn : category.description}</p>
      <h2 class="utrecht-heading-2" safe>{t('category.products')}</h2>
      {items.length ? <ProductList ctx={ctx} items={items} /> : <p class="utrecht-paragraph" safe>{t('category.none')}</p>}
      <Pagination ctx={ctx} page={page} pageSize={pageSize} total={total} path={`/onderwerpen/${category.slug}`} params={{}} />
    </Layout>
  );
}

export function ProductIndexPage({ ctx, items, total, page, pageSize }: { ctx: PageContext; items: ProductSummary[]; total: number; page: number; pageSize: number }): JSX.Element {
  const t = catalogueMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('products.title')} breadcrumbs={[{ label: t('products.title') }]}>
      <h1 class="utrecht-heading-1" safe>{t('products.title')}</h1>
      <p class="utrecht-paragraph stadhuis-meta" safe>{t('products.count', { count: total })}</p>
      <ProductList ctx={ctx} items={items} />
      <Pagination ctx={ctx} page={page} pageSize={pageSize} total={total} path="/producten" params={{}} />
    </Layout>
  );
}

export function SearchPage({ ctx, query, hits, total, page, pageSize, categories }: { ctx: PageContext; query: string; hits: SearchHit[]; total: number; page: number; pageSize: number; categories: Category[] }): JSX.Element {
  const t = catalogueMessages(ctx.lang);
  const trimmed = query.trim();
  const heading = !trimmed ? t('search.title')
    : total === 0 ? t('search.noResults', { query: trimmed })
    : total === 1 ? t('search.oneResultFor', { query: trimmed })
    : total > MAX_TOTAL ? t('search.manyResultsFor', { count: MAX_TOTAL, query: trimmed })
    : t('search.resultsFor', { count: total, query: trimmed });
  return (
    <Layout ctx={ctx} title={trimmed ? heading : t('search.title')} breadcrumbs={[{ label: t('search.title') }]}>
      <h1 class="utrecht-heading-1" safe>{heading}</h1>
      <SearchForm ctx={ctx} query={query} />
      {!trimmed ? <p class="utrecht-paragraph" safe>{t('search.empty')}</p> : ''}
      {trimmed && hits.length ? (
        <ol class="stadhuis-results" start={String((page - 1) * pageSize + 1)}>
          {hits.map((hit) => {
            const text = localText(hit, ctx.lang);
            // Escaped first; only our own highlight markers become <mark>.
            const safeSnippet = hit.snippet ? markHighlights(hit.snippet, Html.escapeHtml) : Html.escapeHtml(text.summary);
            const safeTitle = markHighlights(hit.titleHighlight || text.title, Html.escapeHtml);
            return (
              <li lang={text.lang === ctx.lang ? undefined : text.lang}>
                <h2 class="utrecht-heading-3"><a class="utrecht-link" href={href(ctx, `/producten/${hit.slug}`)}>{safeTitle}</a></h2>
                <p class="utrecht-paragraph">{safeSnippet}</p>
              </li>
            );
          })}
        </ol>
      ) : ''}
      {trimmed && !hits.length ? (
        <section aria-labelledby="tips">
          <h2 class="utrecht-heading-2" id="tips" safe>{t('search.tips')}</h2>
          <ul class="utrecht-unordered-list">
            <li safe>{t('search.tip1')}</li>
            <li safe>{t('search.tip2')}</li>
            <li safe>{t('search.tip3')}</li>
          </ul>
          <Topics ctx={ctx} categories={categories} />
        </section>
      ) : ''}
      <Pagination ctx={ctx} page={page} pageSize={pageSize} total={total} path="/zoeken" params={{ q: query }} />
    </Layout>
  );
}

function Paragraphs({ text }: { text: string }): JSX.Element {
  const safeParagraphs = text.split(/\n{2,}/).filter((p) => p.trim()).map((p) => <p class="utrecht-paragraph" safe>{p.trim()}</p>);
  return <>{safeParagraphs}</>;
}

function Bullets({ items }: { items: string[] }): JSX.Element {
  return <ul class="utrecht-unordered-list">{items.map((i) => <li class="utrecht-unordered-list__item" safe>{i}</li>)}</ul>;
}

/**
 * The page of one product. `onlineForm` is the slug of the product's online form when that form is
 * published: then "Hoe regelt u het?" starts with the button "Direct online aanvragen".
 */
export function ProductPage({ ctx, product, year, preview = '', onlineForm }: { ctx: PageContext; product: Product; year: number; preview?: JSX.Element; onlineForm?: string | undefined }): JSX.Element {
  const t = catalogueMessages(ctx.lang);
  const text = localText(product, ctx.lang);
  const contentLang = text.lang === ctx.lang ? undefined : text.lang;
  const en = ctx.lang === 'en';
  const years = [...new Set(product.prices.map((p) => p.year))].filter((y) => y >= year).sort().slice(0, 2);
  const primary = product.categoryDetails[0];
  return (
    <Layout ctx={ctx} title={text.title} breadcrumbs={[
      ...(primary ? [{ label: categoryName(primary, ctx.lang), href: href(ctx, `/onderwerpen/${primary.slug}`) }] : []),
      { label: text.title },
    ]}>
      {preview}
      <article lang={contentLang}>
        <h1 class="utrecht-heading-1" safe>{text.title}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>{text.summary}</p>
        <dl class="stadhuis-product-facts">
          <dt safe>{t('product.for')}</dt>
          <dd safe>{product.audience.map((a) => t(`product.audience.${a}`)).join(', ')}</dd>
          {product.categoryDetails.length ? <><dt safe>{t('product.topics')}</dt>
            <dd>{product.categoryDetails.map((c, i) => <>{i ? ', ' : ''}<a class="utrecht-link" href={href(ctx, `/onderwerpen/${c.slug}`)} safe>{categoryName(c, ctx.lang)}</a></>)}</dd></> : ''}
        </dl>
        <h2 class="utrecht-heading-2" safe>{t('product.what')}</h2>
        <Paragraphs text={text.description} />
        {text.forWhom ? <><h2 class="utrecht-heading-2" safe>{t('product.forWhom')}</h2><Paragraphs text={text.forWhom} /></> : ''}
        {text.conditions.length ? <><h2 class="utrecht-heading-2" safe>{t('product.conditions')}</h2><Bullets items={text.conditions} /></> : ''}
        {text.bring.length ? <><h2 class="utrecht-heading-2" safe>{t('product.bring')}</h2><Bullets items={text.bring} /></> : ''}
        <h2 class="utrecht-heading-2" safe>{t('product.costs')}</h2>
        {!years.length ? <p class="utrecht-paragraph" safe>{t('product.costsFree')}</p> : years.map((y) => (
          <div class="stadhuis-table-wrap">
            <table class="utrecht-table stadhuis-table stadhuis-price-table">
              <caption class="utrecht-table__caption" safe>{t('product.costsYear', { year: y })}</caption>
              <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col" safe>{t('product.costsDescription')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('product.costsAmount')}</th>
              </tr></thead>
              <tbody class="utrecht-table__body">
                {product.prices.filter((p) => p.year === y).map((p) => (
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell" safe>{en ? p.labelEn : p.label}</td>
                    <td class="utrecht-table__cell amount" safe>{formatEuro(p.amountCents, ctx.lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
        {text.leadTime || product.leadTimeDays !== null ? (
          <>
            <h2 class="utrecht-heading-2" safe>{t('product.leadTime')}</h2>
            {text.leadTime ? <p class="utrecht-paragraph" safe>{text.leadTime}</p> : <p class="utrecht-paragraph" safe>{t('product.leadTimeDays', { days: product.leadTimeDays ?? 0 })}</p>}
          </>
        ) : ''}
        <h2 class="utrecht-heading-2" safe>{t('product.howTo')}</h2>
        {onlineForm ? (
          <p class="utrecht-paragraph stadhuis-apply-online" lang={contentLang ? ctx.lang : undefined}>
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={href(ctx, `/formulieren/${onlineForm}`)} safe>{t('product.applyOnline')}</a>
          </p>
        ) : ''}
        {product.channels.length ? (
          <>
            <p class="utrecht-paragraph"><strong safe>{`${t('product.channels')}:`}</strong></p>
            <ul class="stadhuis-channels">{product.channels.map((c) => <li safe>{t(`product.channel.${c}`)}</li>)}</ul>
          </>
        ) : ''}
        {text.howTo ? <Paragraphs text={text.howTo} /> : ''}
        {ctx.tenant ? <p class="utrecht-paragraph" lang={contentLang ? ctx.lang : undefined} safe>{t('product.callUs', { phone: ctx.tenant.contact.phone })}</p> : ''}
      </article>
      {product.relatedProducts.length ? (
        <section aria-labelledby="related">
          <h2 class="utrecht-heading-2" id="related" safe>{t('product.related')}</h2>
          <ul class="utrecht-unordered-list">
            {product.relatedProducts.map((r) => {
              const rt = localText(r, ctx.lang);
              return <li lang={rt.lang === ctx.lang ? undefined : rt.lang}><a class="utrecht-link" href={href(ctx, `/producten/${r.slug}`)} safe>{rt.title}</a></li>;
            })}
          </ul>
        </section>
      ) : ''}
    </Layout>
  );
}
