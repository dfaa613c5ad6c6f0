import { formatDateTime } from '../../platform/i18n/i18n.js';
import type { DevMail, DevMailSummary } from '../../platform/mail/index.js';
import type { PageContext } from '../../platform/ui/context.js';
import { Layout } from '../../platform/ui/layout.js';
import { Pagination } from '../../platform/ui/pagination.js';
import { mailboxMessages } from './messages.js';

export const MAILBOX_PATH = '/dev/mail';

/** What the pages say about where mail goes. */
export interface MailboxState {
  /** "host:port" of the SMTP server when SMTP_URL is set. */
  smtpServer: string | undefined;
}

function Banner({ ctx, state }: { ctx: PageContext; state: MailboxState }): JSX.Element {
  const t = mailboxMessages(ctx.lang);
  return (
    <div class="stadhuis-preview-banner">
      <p class="utrecht-paragraph">
        <strong safe>{t('banner.title')}</strong> <span safe>{t('banner.body')}</span>
      </p>
      {state.smtpServer ? <p class="utrecht-paragraph" safe>{t('banner.smtp', { server: state.smtpServer })}</p> : ''}
    </div>
  );
}

export function formatSize(bytes: number, lang: PageContext['lang']): string {
  const number = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} kB`;
  return `${number.format(bytes / 1024 / 1024)} MB`;
}

export interface ListPageProps {
  ctx: PageContext;
  state: MailboxState;
  items: DevMailSummary[];
  total: number;
  page: number;
  pageSize: number;
  municipalities: Map<string, string>;
}

export function ListPage({ ctx, state, items, total, page, pageSize, municipalities }: ListPageProps): JSX.Element {
  const t = mailboxMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('title')}>
      <Banner ctx={ctx} state={state} />
      <h1 class="utrecht-heading-1" safe>{t('title')}</h1>
      {!items.length ? <p class="utrecht-paragraph" safe>{t('empty')}</p> : (
        <>
          <p class="utrecht-paragraph" safe>{`${total === 1 ? t('count.one') : t('count', { count: total })}. ${t('intro')}`}</p>
          <div class="stadhuis-table-wrap">
            <table class="utrecht-table stadhuis-table">
              <caption class="utrecht-table__caption stadhuis-visually-hidden" safe>{t('table.caption')}</caption>
              <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col" safe>{t('col.received')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('col.subject')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('col.to')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('col.municipality')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('col.attachments')}</th>
              </tr></thead>
              <tbody class="utrecht-table__body">
                {items.map((m) => (
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell" safe>{formatDateTime(m.receivedAt, ctx.lang)}</td>
                    <td class="utrecht-table__cell">
                      <a class="utrecht-link utrecht-link--html-a" href={`${MAILBOX_PATH}/${m.id}`} safe>{m.subject || t('noSubject')}</a>
                    </td>
                    <td class="utrecht-table__cell" safe>{m.recipient}</td>
                    <td class="utrecht-table__cell" safe>{(m.tenantId && municipalities.get(m.tenantId)) || t('unknownMunicipality')}</td>
                    <td class="utrecht-table__cell" safe>{String(m.attachmentCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination ctx={ctx} page={page} pageSize={pageSize} total={total} path={MAILBOX_PATH} params={{}} />
        </>
      )}
    </Layout>
  );
}

export function MessagePage({ ctx, state, mail, municipality }: { ctx: PageContext; state: MailboxState; mail: DevMail; municipality: string | undefined }): JSX.Element {
  const t = mailboxMessages(ctx.lang);
  const subject = mail.subject || t('noSubject');
  const base = `${MAILBOX_PATH}/${mail.id}`;
  return (
    <Layout ctx={ctx} title={`${subject} - ${t('title')}`} breadcrumbs={[{ label: t('title'), href: MAILBOX_PATH }, { label: subject }]}>
      <Banner ctx={ctx} state={state} />
      <h1 class="utrecht-heading-1" safe>{subject}</h1>
      <dl class="stadhuis-product-facts">
        <dt safe>{t('meta.from')}</dt><dd safe>{mail.sender}</dd>
        <dt safe>{t('meta.to')}</dt><dd safe>{mail.recipient}</dd>
        <dt safe>{t('meta.received')}</dt><dd safe>{formatDateTime(mail.receivedAt, ctx.lang)}</dd>
        <dt safe>{t('meta.municipality')}</dt><dd safe>{municipality ?? t('unknownMunicipality')}</dd>
        <dt safe>{t('meta.messageId')}</dt><dd safe>{mail.messageId}</dd>
      </dl>

      <h2 class="utrecht-heading-2" safe>{t('text.title')}</h2>
      <div class="stadhuis-table-wrap" role="region" aria-label={t('text.region')} tabindex="0">
        <pre class="utrecht-code-block" safe>{mail.text}</pre>
      </div>

      <h2 class="utrecht-heading-2" safe>{t('html.title')}</h2>
      {mail.html === null ? <p class="utrecht-paragraph" safe>{t('html.none')}</p> : (
        <>
          <p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href={`${base}/html`} safe>{t('html.open')}</a></p>
          <h3 class="utrecht-heading-3" safe>{t('html.source')}</h3>
          <div class="stadhuis-table-wrap" role="region" aria-label={t('html.region')} tabindex="0">
            <pre class="utrecht-code-block" safe>{mail.html}</pre>
          </div>
        </>
      )}

      <h2 class="utrecht-heading-2" safe>{t('attachments.title')}</h2>
      {!mail.attachments.length ? <p class="utrecht-paragraph" safe>{t('attachments.none')}</p> : (
        <ul class="utrecht-unordered-list">
          {mail.attachments.map((a) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link utrecht-link--html-a" href={`${base}/bijlagen/${a.position}`} download={a.filename} safe>
                {t('attachments.download', { filename: a.filename, type: a.contentType, size: formatSize(a.size, ctx.lang) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href={MAILBOX_PATH} safe>{t('back')}</a></p>
    </Layout>
  );
}

export function NotFoundPage({ ctx, state }: { ctx: PageContext; state: MailboxState }): JSX.Element {
  const t = mailboxMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('notFound.title')} breadcrumbs={[{ label: t('title'), href: MAILBOX_PATH }, { label: t('notFound.title') }]}>
      <Banner ctx={ctx} state={state} />
      <h1 class="utrecht-heading-1" safe>{t('notFound.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('notFound.body')}</p>
      <p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href={MAILBOX_PATH} safe>{t('back')}</a></p>
    </Layout>
  );
}
