import type { Children } from '@kitajs/html';
import { platformMessages } from '../i18n/messages.js';
import { href, type PageContext } from './context.js';

export interface Crumb {
  label: string;
  href?: string;
}

interface LayoutProps {
  ctx: PageContext;
  title: string;
  breadcrumbs?: Crumb[];
  /** Extra class on <body> for back-office pages. */
  area?: 'public' | 'admin';
  /** Shown above the content (error summary, notification). */
  children: Children;
  /** Language of the main content when it differs from the page (untranslated content). */
}

/** The page frame: skip link, header with logo and language switch, breadcrumb, main, footer. */
export function Layout({ ctx, title, breadcrumbs, area = 'public', children }: LayoutProps): JSX.Element {
  const t = platformMessages(ctx.lang);
  const tenant = ctx.tenant;
  const siteName = tenant ? tenant.name : t('platform.title');
  const other = ctx.lang === 'nl' ? 'en' : 'nl';
  const switchHref = `${href(ctx, '/taal')}?kies=${other}&terug=${encodeURIComponent(ctx.path)}`;
  return (
    <>
      {'<!doctype html>'}
      <html lang={ctx.lang} class="utrecht-document stadhuis-theme">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{`${title} - ${siteName}`}</title>
          <link rel="stylesheet" href="/assets/utrecht.css" />
          <link rel="stylesheet" href="/assets/stadhuis.css" />
          {tenant ? <link rel="stylesheet" href={href(ctx, '/theme.css')} /> : ''}
          {tenant ? <link rel="icon" href={href(ctx, '/logo.svg')} type="image/svg+xml" /> : ''}
        </head>
        <body class={`utrecht-body stadhuis-${area}`}>
          <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main" safe>
            {t('skip.toContent')}
          </a>
          <div class="utrecht-page">
            <header class="utrecht-page-header stadhuis-header">
              <div class="stadhuis-header__inner">
                <a class="stadhuis-header__home" href={href(ctx, '/')} aria-label={t('header.home', { name: siteName })}>
                  {tenant ? <img class="stadhuis-header__logo" src={href(ctx, '/logo.svg')} alt="" width="48" height="48" /> : ''}
                  <span class="stadhuis-header__name" safe>{siteName}</span>
                </a>
                {area === 'admin' && ctx.staff ? (
                  <span class="stadhuis-header__user" safe>{ctx.staff.name}</span>
                ) : ''}
                {area === 'admin' && ctx.staff ? (
                  <form class="stadhuis-header__logout" method="post" action={href(ctx, '/beheer/uitloggen')}>
                    <input type="hidden" name="_csrf" value={ctx.csrfToken()} />
                    <button type="submit" class="utrecht-button utrecht-button--subtle stadhuis-header__logout-button" safe>{t('header.logout')}</button>
                  </form>
                ) : ''}
                {tenant && area === 'public' ? (
                  <a class="utrecht-link utrecht-link--html-a stadhuis-header__account" href={href(ctx, ctx.signedIn ? '/mijn' : '/inloggen')} safe>
                    {ctx.signedIn ? t('header.mine', { name: tenant.name.replace(/^Gemeente /, '') }) : t('header.login')}
                  </a>
                ) : ''}
                <nav class="stadhuis-lang" aria-label={t('lang.label')}>
                  <a class="utrecht-link utrecht-link--html-a stadhuis-lang__link" href={switchHref} lang={other} hreflang={other}>
                    {other === 'en' ? 'English' : 'Nederlands'}
                  </a>
                </nav>
              </div>
            </header>
            {area === 'admin' && ctx.staff && ctx.adminNav?.length ? <AdminNav ctx={ctx} items={ctx.adminNav} /> : ''}
            {breadcrumbs && breadcrumbs.length ? <Breadcrumbs ctx={ctx} items={breadcrumbs} /> : ''}
            <SessionTimeout ctx={ctx} area={area} />
            <main id="main" class="utrecht-page-content stadhuis-main" tabindex="-1">
              {children}
            </main>
            <footer class="utrecht-page-footer stadhuis-footer">
              {tenant ? (
                <div class="stadhuis-footer__inner">
                  <h2 class="utrecht-heading-2 stadhuis-footer__heading" safe>{t('footer.contact')}</h2>
                  <dl class="stadhuis-footer__contact">
                    <dt safe>{t('footer.phone')}</dt>
                    <dd><a class="utrecht-link" href={`tel:${tenant.contact.phone.replace(/\s+/g, '')}`} safe>{tenant.contact.phone}</a></dd>
                    <dt safe>{t('footer.email')}</dt>
                    <dd><a class="utrecht-link" href={`mailto:${tenant.contact.email}`} safe>{tenant.contact.email}</a></dd>
                    <dt safe>{t('footer.address')}</dt>
                    <dd safe>{tenant.contact.address}</dd>
                  </dl>
                  <p class="utrecht-paragraph stadhuis-footer__small" safe>{t('footer.poweredBy')}</p>
                </div>
              ) : (
                <div class="stadhuis-footer__inner">
                  <p class="utrecht-paragraph stadhuis-footer__small" safe>{t('footer.poweredBy')}</p>
                </div>
              )}
            </footer>
          </div>
        </body>
      </html>
    </>
  );
}

/**
 * Tells a logged-in visitor when the session ends if they do nothing. Without JavaScript this
 * line is the warning; with it, a script warns two minutes before and offers to stay logged in.
 */
function SessionTimeout({ ctx, area }: { ctx: PageContext; area: 'public' | 'admin' }): JSX.Element {
  const until = area === 'admin' ? ctx.staff?.idleUntil : ctx.tenant ? ctx.sessionIdleUntil : undefined;
  if (!until) return <></>;
  const t = platformMessages(ctx.lang);
  const base = area === 'admin' ? '/beheer' : '';
  return (
    <div class="stadhuis-session" data-idle-seconds={String(Math.max(0, Math.round((until.getTime() - Date.now()) / 1000)))} data-keepalive={href(ctx, `${base}/sessie/verlengen`)}
      data-expired={href(ctx, `${base}/sessie-verlopen`)} data-back={ctx.path}>
      <p class="utrecht-paragraph stadhuis-session__notice" safe>{t('session.notice', { time: formatClock(until, ctx.lang) })}</p>
      <div class="stadhuis-session__warning" role="alertdialog" aria-modal="false" aria-labelledby="sessie-waarschuwing-titel" hidden>
        <p class="utrecht-paragraph" id="sessie-waarschuwing-titel"><strong safe>{t('session.warning')}</strong></p>
        <button type="button" class="utrecht-button utrecht-button--primary-action stadhuis-session__stay" safe>{t('session.stay')}</button>
      </div>
      <script src="/assets/session-timeout.js" defer></script>
    </div>
  );
}

/** "14:32" in the Netherlands' time zone. */
export function formatClock(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(date);
}

function AdminNav({ ctx, items }: { ctx: PageContext; items: NonNullable<PageContext['adminNav']> }): JSX.Element {
  const t = platformMessages(ctx.lang);
  const current = ctx.path.split('?')[0]!;
  return (
    <nav class="stadhuis-admin-nav" aria-label={t('admin.nav')}>
      <ul class="stadhuis-admin-nav__list">
        {items.map((item) => {
          const active = current === item.path || current.startsWith(`${item.path}/`);
          return (
            <li class="stadhuis-admin-nav__item">
              <a class="utrecht-link stadhuis-admin-nav__link" href={href(ctx, item.path)} aria-current={active ? 'page' : undefined} safe>{item.label[ctx.lang]}</a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Breadcrumbs({ ctx, items }: { ctx: PageContext; items: Crumb[] }): JSX.Element {
  const t = platformMessages(ctx.lang);
  const all: Crumb[] = [{ label: t('breadcrumb.home'), href: href(ctx, '/') }, ...items];
  return (
    <nav class="utrecht-breadcrumb-nav stadhuis-breadcrumb" aria-label={t('breadcrumb.label')}>
      <ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {all.map((item, i) => (
          <li class="utrecht-breadcrumb-nav__item">
            {i === all.length - 1 || !item.href ? (
              <span class="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current" aria-current="page" safe>{item.label}</span>
            ) : (
              <a class="utrecht-breadcrumb-nav__link utrecht-link" href={item.href} safe>{item.label}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
