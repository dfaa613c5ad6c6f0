import { platformMessages } from '../i18n/messages.js';
import type { Tenant } from '../tenancy/tenants.js';
import { href, type PageContext } from './context.js';
import { Layout } from './layout.js';

/** http://localhost:3000/ — the municipalities on this installation. */
export function PlatformHome({ ctx, tenants, baseDomain, port }: { ctx: PageContext; tenants: Tenant[]; baseDomain: string; port: string }): JSX.Element {
  const t = platformMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('platform.municipalities')}>
      <h1 class="utrecht-heading-1" safe>{t('platform.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('platform.intro')}</p>
      <ul class="stadhuis-cards">
        {tenants.map((tenant) => (
          <li class="stadhuis-card">
            <h2 class="utrecht-heading-2"><a class="utrecht-link" href={`/${tenant.slug}`} safe>{tenant.name}</a></h2>
            <p class="utrecht-paragraph stadhuis-meta" safe>{`${tenant.slug}.${baseDomain}${port ? `:${port}` : ''}`}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function ErrorPage({ ctx, status, kind, requestId }: { ctx: PageContext; status: number; kind?: 'tenant' | 'csrf' | undefined; requestId: string }): JSX.Element {
  const t = platformMessages(ctx.lang);
  let title: string;
  let body: string;
  if (kind === 'csrf') [title, body] = [t('errors.csrf.title'), t('errors.csrf.body')];
  else if (status === 404) [title, body] = [t('errors.404.title'), kind === 'tenant' ? t('errors.404.tenantBody') : t('errors.404.body')];
  else if (status === 403) [title, body] = [t('errors.403.title'), t('errors.403.body')];
  else if (status === 413) [title, body] = [t('errors.413.title'), t('errors.413.body')];
  else if (status === 429) [title, body] = [t('errors.429.title'), t('errors.429.body')];
  else if (status >= 500) [title, body] = [t('errors.500.title'), t('errors.500.body')];
  else [title, body] = [t('errors.400.title'), t('errors.400.body')];
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <p class="utrecht-paragraph" safe>{body}</p>
      {status >= 500 ? <p class="utrecht-paragraph stadhuis-meta" safe>{t('errors.reference', { id: requestId })}</p> : ''}
      <ul class="utrecht-unordered-list">
        {ctx.tenant ? <li><a class="utrecht-link" href={href(ctx, '/zoeken')} safe>{t('errors.search')}</a></li> : ''}
        <li><a class="utrecht-link" href={href(ctx, '/')} safe>{t('errors.home')}</a></li>
      </ul>
    </Layout>
  );
}
