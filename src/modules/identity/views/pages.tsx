import { formatTime } from '../../../platform/i18n/i18n.js';
import type { ResidentSession } from '../../../platform/auth/sessions.js';
import { href, type PageContext } from '../../../platform/ui/context.js';
import { Button, CsrfField } from '../../../platform/ui/forms.js';
import { Layout } from '../../../platform/ui/layout.js';
import { identityMessages } from '../messages.js';

export function LoginPage({ ctx, back, level, current }: { ctx: PageContext; back: string; level: string; current?: string | undefined }): JSX.Element {
  const t = identityMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('login.title')} breadcrumbs={[{ label: t('login.title') }]}>
      <h1 class="utrecht-heading-1" safe>{t('login.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('login.intro')}</p>
      {current ? <div class="utrecht-alert utrecht-alert--info" role="status"><p class="utrecht-paragraph" safe>{t('login.stepUp', { current, level })}</p></div>
        : level !== 'basis' ? <p class="utrecht-paragraph" safe>{t('login.levelNeeded', { level })}</p> : ''}
      <div class="stadhuis-cards">
        <section class="stadhuis-card" aria-labelledby="login-resident">
          <h2 class="utrecht-heading-2" id="login-resident" safe>{t('login.resident')}</h2>
          <p class="utrecht-paragraph" safe>{t('login.residentText')}</p>
          <form method="post" action={href(ctx, '/inloggen')}>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="soort" value="digid" />
            <input type="hidden" name="niveau" value={level} />
            <input type="hidden" name="terug" value={back} />
            <Button><span safe>{t('login.digid')}</span></Button>
          </form>
          <p class="utrecht-paragraph" safe>{t('passkey.loginText')}</p>
          <p class="utrecht-paragraph"><a class="utrecht-link" href={`${href(ctx, '/inloggen/inlogsleutel')}?terug=${encodeURIComponent(back)}`} safe>{t('passkey.login')}</a></p>
        </section>
        <section class="stadhuis-card" aria-labelledby="login-business">
          <h2 class="utrecht-heading-2" id="login-business" safe>{t('login.business')}</h2>
          <p class="utrecht-paragraph" safe>{t('login.businessText')}</p>
          <form method="post" action={href(ctx, '/inloggen')}>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="soort" value="eherkenning" />
            <input type="hidden" name="terug" value={back} />
            <Button variant="secondary"><span safe>{t('login.eherkenning')}</span></Button>
          </form>
        </section>
      </div>
    </Layout>
  );
}

export function MessagePage({ ctx, title, body, link }: { ctx: PageContext; title: string; body: string; link?: { href: string; label: string } }): JSX.Element {
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <p class="utrecht-paragraph" safe>{body}</p>
      {link ? <p class="utrecht-paragraph"><a class="utrecht-link" href={link.href} safe>{link.label}</a></p> : ''}
    </Layout>
  );
}

/** The logged-in resident's start page: what they can do, and how to log out. */
export function MinePage({ ctx, session }: { ctx: PageContext; session: ResidentSession }): JSX.Element {
  const t = identityMessages(ctx.lang);
  const identity = session.identity;
  const title = t('mine.title', { name: ctx.tenant?.name.replace(/^Gemeente /, '') ?? '' });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: title }]}>
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <SessionNotice ctx={ctx} session={session} />
      {identity.kind === 'resident' ? (
        <p class="utrecht-paragraph" safe>{t('mine.loggedInAs', { method: t(`method.${identity.method}`), level: identity.level })}</p>
      ) : (
        <p class="utrecht-paragraph" safe>{t('mine.business', { level: identity.level, kvk: identity.kvk })}</p>
      )}
      {identity.kind === 'resident' && identity.actingFor ? <p class="utrecht-paragraph" safe>{t('mine.actingFor', { relation: identity.actingFor.relation })}</p> : ''}
      <p class="utrecht-paragraph"><a class="utrecht-link" href={href(ctx, '/mijn/zaken')}>{ctx.lang === 'en' ? 'My cases: your applications and reports' : 'Mijn zaken: uw aanvragen en meldingen'}</a></p>
      {identity.kind === 'resident' ? (
        <ul class="stadhuis-cards">
          <li class="stadhuis-card">
            <h2 class="utrecht-heading-3"><a class="utrecht-link" href={href(ctx, '/mijn-gegevens')} safe>{t('mine.data')}</a></h2>
            <p class="utrecht-paragraph" safe>{t('mine.dataText')}</p>
          </li>
          <li class="stadhuis-card">
            <h2 class="utrecht-heading-3"><a class="utrecht-link" href={href(ctx, '/mijn-gegevens/inzage')} safe>{t('mine.views')}</a></h2>
            <p class="utrecht-paragraph" safe>{t('mine.viewsText')}</p>
          </li>
          <li class="stadhuis-card">
            <h2 class="utrecht-heading-3"><a class="utrecht-link" href={href(ctx, '/inlogsleutels')} safe>{t('passkey.manage')}</a></h2>
            <p class="utrecht-paragraph" safe>{t('passkey.manageText')}</p>
          </li>
        </ul>
      ) : ''}
      <LogoutForms ctx={ctx} />
    </Layout>
  );
}

export function SessionNotice({ ctx, session }: { ctx: PageContext; session: ResidentSession }): JSX.Element {
  const t = identityMessages(ctx.lang);
  return <p class="utrecht-paragraph stadhuis-meta" safe>{t('session.until', { time: formatTime(session.idleUntil, ctx.lang) })}</p>;
}

export function LogoutForms({ ctx }: { ctx: PageContext }): JSX.Element {
  const t = identityMessages(ctx.lang);
  return (
    <div class="stadhuis-actions">
      <form method="post" action={href(ctx, '/uitloggen')}>
        <CsrfField ctx={ctx} />
        <Button variant="secondary"><span safe>{t('logout')}</span></Button>
      </form>
      <form method="post" action={href(ctx, '/uitloggen/overal')}>
        <CsrfField ctx={ctx} />
        <Button variant="secondary"><span safe>{t('logoutEverywhere')}</span></Button>
      </form>
      <p class="utrecht-paragraph stadhuis-meta" safe>{t('logoutEverywhere.text')}</p>
    </div>
  );
}
