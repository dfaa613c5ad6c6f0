import { formatDateTime } from '../../../platform/i18n/i18n.js';
import type { ProcessingLogEntry } from '../../../platform/processing-log/processing-log.js';
import { processingActivity } from '../../../platform/processing-log/register.js';
import type { PageContext } from '../../../platform/ui/context.js';
import { href } from '../../../platform/ui/context.js';
import { Layout } from '../../../platform/ui/layout.js';
import type { PersonDescription } from '../../persons/index.js';
import { identityMessages } from '../messages.js';

export function MyDataPage({ ctx, description, problem }: { ctx: PageContext; description?: PersonDescription | undefined; problem?: 'notFound' | 'unavailable' }): JSX.Element {
  const t = identityMessages(ctx.lang);
  const mine = t('mine.title', { name: ctx.tenant?.name.replace(/^Gemeente /, '') ?? '' });
  return (
    <Layout ctx={ctx} title={t('data.title')} breadcrumbs={[{ label: mine, href: href(ctx, '/mijn') }, { label: t('data.title') }]}>
      <h1 class="utrecht-heading-1" safe>{t('data.title')}</h1>
      {problem ? (
        <div class="utrecht-alert utrecht-alert--warning" role="status"><p class="utrecht-paragraph" safe>{t(problem === 'notFound' ? 'data.notFound' : 'data.unavailable')}</p></div>
      ) : ''}
      {description ? (
        <>
          <p class="utrecht-paragraph" safe>{t('data.intro')}</p>
          {description.notices.map((n) => <div class="utrecht-alert utrecht-alert--info"><p class="utrecht-paragraph" safe>{n}</p></div>)}
          <dl class="stadhuis-product-facts">
            {description.facts.map((f) => (
              <>
                <dt safe>{f.label}</dt>
                <dd>
                  {f.values.map((v) => <span class="stadhuis-fact-line" safe>{v}</span>)}
                  <span class="stadhuis-meta stadhuis-fact-source" safe>{`${t('data.source')}: ${f.source}`}</span>
                </dd>
              </>
            ))}
          </dl>
          <p class="utrecht-paragraph stadhuis-meta" safe>{t('data.logged')}</p>
          <p class="utrecht-paragraph"><a class="utrecht-link" href={href(ctx, '/mijn-gegevens/inzage')} safe>{t('views.title')}</a></p>
        </>
      ) : ''}
    </Layout>
  );
}

export function ViewsPage({ ctx, entries, selfKey }: { ctx: PageContext; entries: ProcessingLogEntry[]; selfKey: string }): JSX.Element {
  const t = identityMessages(ctx.lang);
  const name = ctx.tenant?.name.replace(/^Gemeente /, '') ?? '';
  const mine = t('mine.title', { name });
  const who = (e: ProcessingLogEntry) => {
    switch (e.actorType) {
      case 'resident': return e.actorId === selfKey ? t('views.self', { name }) : t('views.household', { name });
      case 'business': return t('views.business');
      case 'staff': return e.actorTeam ? t('views.staff', { role: e.actorRole ?? '', team: e.actorTeam }) : t('views.staffNoTeam', { role: e.actorRole ?? '' });
      case 'api-client': return t('views.apiClient');
      default: return t('views.system');
    }
  };
  return (
    <Layout ctx={ctx} title={t('views.title')} breadcrumbs={[{ label: mine, href: href(ctx, '/mijn') }, { label: t('views.title') }]}>
      <h1 class="utrecht-heading-1" safe>{t('views.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('views.intro')}</p>
      {!entries.length ? <p class="utrecht-paragraph" safe>{t('views.none')}</p> : (
        <div class="stadhuis-table-wrap">
          <table class="utrecht-table stadhuis-table">
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col" safe>{t('views.when')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('views.who')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('views.what')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('views.why')}</th>
            </tr></thead>
            <tbody class="utrecht-table__body">
              {entries.map((e) => {
                const activity = processingActivity(e.activityId);
                const what = t(e.operation === 'read' ? 'views.read' : 'views.write', { categories: e.dataCategories.join(', ') }) + (e.status === 'error' ? ` ${t('views.failed')}` : '');
                return (
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell" safe>{formatDateTime(e.at, ctx.lang)}</td>
                    <td class="utrecht-table__cell" safe>{who(e)}</td>
                    <td class="utrecht-table__cell" safe>{what}</td>
                    <td class="utrecht-table__cell">
                      <span safe>{activity ? `${activity.department[ctx.lang]}: ${activity.purpose[ctx.lang]}` : e.activityId}</span>
                      {activity ? <span class="stadhuis-meta stadhuis-fact-source" safe>{t('views.legalGround', { ground: activity.legalGround[ctx.lang] })}</span> : ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
