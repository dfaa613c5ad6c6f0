import { formatDateTime } from '../../../platform/i18n/i18n.js';
import { href, type PageContext } from '../../../platform/ui/context.js';
import { Button, CsrfField, TextField } from '../../../platform/ui/forms.js';
import { Layout } from '../../../platform/ui/layout.js';
import { identityMessages } from '../messages.js';

export interface PasskeyView {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** The data the passkey script needs: endpoints, CSRF token and messages (no inline script). */
function ceremonyAttributes(ctx: PageContext, mode: 'register' | 'login', options: string, verify: string): Record<string, string> {
  const t = identityMessages(ctx.lang);
  return {
    'data-passkey': mode, 'data-options': options, 'data-verify': verify, 'data-csrf': ctx.csrfToken(),
    'data-msg-unsupported': t('passkey.js.unsupported'), 'data-msg-busy': t('passkey.js.busy'),
    'data-msg-cancelled': t('passkey.js.cancelled'), 'data-msg-failed': t('passkey.js.failed'),
  };
}

function Ceremony({ ctx, mode, label, back }: { ctx: PageContext; mode: 'register' | 'login'; label: string; back?: string }): JSX.Element {
  const t = identityMessages(ctx.lang);
  const attrs = mode === 'register'
    ? ceremonyAttributes(ctx, mode, href(ctx, '/inlogsleutels/nieuw/opties'), href(ctx, '/inlogsleutels/nieuw'))
    : ceremonyAttributes(ctx, mode, href(ctx, '/inloggen/inlogsleutel/opties'), `${href(ctx, '/inloggen/inlogsleutel')}?terug=${encodeURIComponent(back ?? '/mijn')}`);
  return (
    <div {...attrs} class="stadhuis-passkey">
      <div class="utrecht-alert utrecht-alert--info" data-passkey-nojs><p class="utrecht-paragraph" safe>{t('passkey.js.none')}</p></div>
      <div data-passkey-status role="alert" aria-live="assertive" hidden></div>
      <p class="utrecht-paragraph">
        <button type="button" class="utrecht-button utrecht-button--primary-action" data-passkey-start hidden disabled safe>{label}</button>
      </p>
      <script src={href(ctx, '/inlogsleutels/passkey.js')} defer></script>
    </div>
  );
}

export function PasskeyListPage({ ctx, passkeys, level, canRegister, notice }: { ctx: PageContext; passkeys: PasskeyView[]; level: string; canRegister: boolean; notice?: string | undefined }): JSX.Element {
  const t = identityMessages(ctx.lang);
  const title = t('passkey.list.title');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: t('mine.title', { name: ctx.tenant?.name.replace(/^Gemeente /, '') ?? '' }), href: href(ctx, '/mijn') }, { label: title }]}>
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      {notice ? <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph" safe>{notice}</p></div> : ''}
      <p class="utrecht-paragraph" safe>{t('passkey.list.intro', { level })}</p>
      {passkeys.length ? (
        <table class="utrecht-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col" safe>{t('passkey.list.name')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('passkey.list.created')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('passkey.list.lastUsed')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('passkey.list.actions')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {passkeys.map((p) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell" safe>{p.name}</td>
                <td class="utrecht-table__cell" safe>{formatDateTime(p.createdAt, ctx.lang)}</td>
                <td class="utrecht-table__cell" safe>{p.lastUsedAt ? formatDateTime(p.lastUsedAt, ctx.lang) : t('passkey.list.never')}</td>
                <td class="utrecht-table__cell">
                  <a class="utrecht-link" href={`${href(ctx, '/inlogsleutels/naam')}?id=${p.id}`} aria-label={t('passkey.renameOf', { name: p.name })} safe>{t('passkey.rename')}</a>
                  {' · '}
                  <a class="utrecht-link" href={`${href(ctx, '/inlogsleutels/intrekken')}?id=${p.id}`} aria-label={t('passkey.revokeOf', { name: p.name })} safe>{t('passkey.revoke')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="utrecht-paragraph" safe>{t('passkey.list.none')}</p>}
      {canRegister
        ? <p class="utrecht-paragraph"><a class="utrecht-link" href={href(ctx, '/inlogsleutels/nieuw')} safe>{t('passkey.add')}</a></p>
        : <p class="utrecht-paragraph"><span safe>{t('passkey.needDigid', { level })}</span>{' '}
          <a class="utrecht-link" href={`${href(ctx, '/inloggen')}?terug=%2Finlogsleutels&niveau=${level}`} safe>{t('passkey.needDigidLink')}</a></p>}
    </Layout>
  );
}

export function PasskeyRegisterPage({ ctx }: { ctx: PageContext }): JSX.Element {
  const t = identityMessages(ctx.lang);
  const title = t('passkey.register.title');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: t('passkey.list.title'), href: href(ctx, '/inlogsleutels') }, { label: title }]}>
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <p class="utrecht-paragraph" safe>{t('passkey.register.intro')}</p>
      <Ceremony ctx={ctx} mode="register" label={t('passkey.register.button')} />
      <p class="utrecht-paragraph"><a class="utrecht-link" href={href(ctx, '/inlogsleutels')} safe>{t('passkey.back')}</a></p>
    </Layout>
  );
}

export function PasskeyNamePage({ ctx, passkey, created, error, value }: { ctx: PageContext; passkey: PasskeyView; created: boolean; error?: string | undefined; value?: string | undefined }): JSX.Element {
  const t = identityMessages(ctx.lang);
  const title = t('passkey.name.title');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: t('passkey.list.title'), href: href(ctx, '/inlogsleutels') }, { label: title }]}>
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      {created ? <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph" safe>{t('passkey.name.created')}</p></div> : ''}
      <form method="post" action={href(ctx, '/inlogsleutels/naam')} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="id" value={passkey.id} />
        <TextField id="naam" label={t('passkey.name.label')} hint={t('passkey.name.hint')} error={error} value={value ?? passkey.name} required autocomplete="off" width="md" />
        <Button><span safe>{t('passkey.name.save')}</span></Button>
      </form>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={href(ctx, '/inlogsleutels')} safe>{t('passkey.back')}</a></p>
    </Layout>
  );
}

export function PasskeyRevokePage({ ctx, passkey }: { ctx: PageContext; passkey: PasskeyView }): JSX.Element {
  const t = identityMessages(ctx.lang);
  const title = t('passkey.revoke.title');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: t('passkey.list.title'), href: href(ctx, '/inlogsleutels') }, { label: title }]}>
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <p class="utrecht-paragraph" safe>{t('passkey.revoke.confirm', { name: passkey.name })}</p>
      <form method="post" action={href(ctx, '/inlogsleutels/intrekken')}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="id" value={passkey.id} />
        <div class="stadhuis-actions">
          <Button><span safe>{t('passkey.revoke.button')}</span></Button>
          <a class="utrecht-link" href={href(ctx, '/inlogsleutels')} safe>{t('passkey.revoke.cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}

export function PasskeyLoginPage({ ctx, level, back }: { ctx: PageContext; level: string; back: string }): JSX.Element {
  const t = identityMessages(ctx.lang);
  const title = t('passkey.loginPage.title');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: t('login.title'), href: href(ctx, '/inloggen') }, { label: title }]}>
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <p class="utrecht-paragraph" safe>{t('passkey.loginPage.intro', { level })}</p>
      <Ceremony ctx={ctx} mode="login" label={t('passkey.loginPage.button')} back={back} />
      <p class="utrecht-paragraph"><a class="utrecht-link" href={href(ctx, '/inloggen')} safe>{t('passkey.loginPage.digid')}</a></p>
    </Layout>
  );
}
