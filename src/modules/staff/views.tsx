import { PERMISSIONS, STAFF_ROLES, type Permission, type StaffRole } from '../../platform/auth/access.js';
import type { ApiClient } from '../../platform/auth/api-clients.js';
import type { RightsAuditEntry, StaffUser } from '../../platform/auth/staff.js';
import { formatDateTime } from '../../platform/i18n/i18n.js';
import { href, type PageContext } from '../../platform/ui/context.js';
import { Button, CheckboxGroup, CsrfField, ErrorSummary, errorFor, TextField, type FieldError } from '../../platform/ui/forms.js';
import { Layout } from '../../platform/ui/layout.js';
import { Pagination } from '../../platform/ui/pagination.js';
import { staffMessages } from './messages.js';

type T = ReturnType<typeof staffMessages>;

const roleList = (t: T, roles: readonly StaffRole[]) => (roles.length ? roles.map((r) => t(`role.${r}`)).join(', ') : t('users.noRoles'));

function Notice({ text }: { text: string | undefined }): JSX.Element {
  if (!text) return <></>;
  return (
    <div class="utrecht-alert utrecht-alert--ok" role="status">
      <p class="utrecht-paragraph" safe>{text}</p>
    </div>
  );
}

function Table({ caption, head, children }: { caption: string; head: string[]; children: JSX.Element[] }): JSX.Element {
  return (
    <div class="stadhuis-table-wrap">
      <table class="utrecht-table stadhuis-table">
        <caption class="utrecht-table__caption" safe>{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {head.map((h) => <th class="utrecht-table__header-cell" scope="col" safe>{h}</th>)}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}

export function StaffLoginPage({ ctx, back, error }: { ctx: PageContext; back: string; error?: 'failed' | 'unavailable' | undefined }): JSX.Element {
  const t = staffMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('login.title')} area="admin">
      {error ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph" safe>{t(error === 'failed' ? 'login.failed' : 'login.unavailable')}</p>
        </div>
      ) : ''}
      <h1 class="utrecht-heading-1" safe>{t('login.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('login.intro', { name: ctx.tenant?.name ?? '' })}</p>
      <form method="post" action={href(ctx, '/beheer/inloggen')}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="terug" value={back} />
        <Button><span safe>{t('login.submit')}</span></Button>
      </form>
    </Layout>
  );
}

export function StaffMessagePage({ ctx, title, body, link }: { ctx: PageContext; title: string; body: string; link?: { href: string; label: string } }): JSX.Element {
  return (
    <Layout ctx={ctx} title={title} area="admin">
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <p class="utrecht-paragraph" safe>{body}</p>
      {link ? <p class="utrecht-paragraph"><a class="utrecht-link" href={link.href} safe>{link.label}</a></p> : ''}
    </Layout>
  );
}

export function HomePage({ ctx, roles }: { ctx: PageContext; roles: readonly StaffRole[] }): JSX.Element {
  const t = staffMessages(ctx.lang);
  const sections = ctx.adminNav ?? [];
  return (
    <Layout ctx={ctx} title={t('home.title')} area="admin">
      <h1 class="utrecht-heading-1" safe>{t('home.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('home.welcome', { name: ctx.staff?.name ?? '' })}</p>
      <p class="utrecht-paragraph" safe>{t('home.roles', { name: ctx.tenant?.name ?? '', roles: roleList(t, roles) })}</p>
      <h2 class="utrecht-heading-2" safe>{t('home.sections')}</h2>
      {sections.length ? (
        <ul class="utrecht-unordered-list">
          {sections.map((s) => <li class="utrecht-unordered-list__item"><a class="utrecht-link" href={href(ctx, s.path)} safe>{s.label[ctx.lang]}</a></li>)}
        </ul>
      ) : <p class="utrecht-paragraph" safe>{t('home.none')}</p>}
    </Layout>
  );
}

export function UsersPage({ ctx, users, notice }: { ctx: PageContext; users: StaffUser[]; notice?: string | undefined }): JSX.Element {
  const t = staffMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('users.title')} area="admin" breadcrumbs={[{ label: t('home.title'), href: href(ctx, '/beheer') }, { label: t('users.title') }]}>
      <Notice text={notice} />
      <h1 class="utrecht-heading-1" safe>{t('users.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('users.intro', { name: ctx.tenant?.name ?? '' })}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={href(ctx, '/beheer/gebruikers/nieuw')} safe>{t('users.new')}</a>
      </p>
      <Table caption={t('users.title')} head={[t('users.name'), t('users.roles'), t('users.status'), t('users.lastLogin')]}>
        {users.map((u) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell"><a class="utrecht-link" href={href(ctx, `/beheer/gebruikers/${u.id}`)} safe>{u.name}</a></td>
            <td class="utrecht-table__cell" safe>{roleList(t, u.roles)}</td>
            <td class="utrecht-table__cell" safe>{u.active ? t('users.active') : t('users.inactive')}</td>
            <td class="utrecht-table__cell" safe>{u.lastLoginAt ? formatDateTime(u.lastLoginAt, ctx.lang) : t('users.never')}</td>
          </tr>
        ))}
      </Table>
    </Layout>
  );
}

export interface UserForm {
  subject: string;
  name: string;
  email: string;
  roles: string[];
  active: boolean;
}

export function UserFormPage({ ctx, user, form, errors }: { ctx: PageContext; user?: StaffUser | undefined; form: UserForm; errors: FieldError[] }): JSX.Element {
  const t = staffMessages(ctx.lang);
  const title = user ? t('users.edit', { name: user.name }) : t('users.new');
  const roleChoices = STAFF_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <Layout ctx={ctx} title={errors.length ? `${title} (fout)` : title} area="admin"
      breadcrumbs={[{ label: t('home.title'), href: href(ctx, '/beheer') }, { label: t('users.title'), href: href(ctx, '/beheer/gebruikers') }, { label: title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <form method="post" action={href(ctx, user ? `/beheer/gebruikers/${user.id}` : '/beheer/gebruikers')} class="stadhuis-form" novalidate>
        <CsrfField ctx={ctx} />
        {user ? (
          <dl class="stadhuis-facts">
            <dt safe>{t('users.name')}</dt><dd safe>{user.name}</dd>
            <dt safe>{t('users.email')}</dt><dd safe>{user.email ?? '—'}</dd>
            <dt safe>{t('users.subject')}</dt><dd safe>{user.subject}</dd>
          </dl>
        ) : (
          <>
            <TextField id="name" label={t('users.name')} value={form.name} error={errorFor(errors, 'name')} autocomplete="off" width="md" />
            <TextField id="email" type="email" label={t('users.email')} value={form.email} error={errorFor(errors, 'email')} autocomplete="off" width="md" />
            <TextField id="subject" label={t('users.subject')} hint={t('users.subjectHint')} value={form.subject} error={errorFor(errors, 'subject')} autocomplete="off" width="lg" />
          </>
        )}
        <CheckboxGroup id="roles" legend={t('users.roles')} hint={t('users.rolesHint')} error={errorFor(errors, 'roles')} choices={roleChoices} selected={form.roles} />
        <CheckboxGroup id="active" legend={t('users.activeLabel')} error={errorFor(errors, 'active')} choices={[{ value: 'ja', label: t('users.activeChoice') }]} selected={form.active ? ['ja'] : []} />
        <Button><span safe>{user ? t('users.save') : t('users.create')}</span></Button>
      </form>
    </Layout>
  );
}

export function AuditPage({ ctx, items, total, page, pageSize }: { ctx: PageContext; items: RightsAuditEntry[]; total: number; page: number; pageSize: number }): JSX.Element {
  const t = staffMessages(ctx.lang);
  const describe = (value: unknown) => {
    if (!value || typeof value !== 'object') return '—';
    const v = value as { roles?: string[]; active?: boolean; scopes?: string[] };
    const parts: string[] = [];
    if (v.roles) parts.push(roleList(t, v.roles.filter((r): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r))));
    if (v.active !== undefined) parts.push(v.active ? t('users.active') : t('users.inactive'));
    if (v.scopes) parts.push(v.scopes.join(', '));
    return parts.join('; ') || '—';
  };
  return (
    <Layout ctx={ctx} title={t('audit.title')} area="admin" breadcrumbs={[{ label: t('home.title'), href: href(ctx, '/beheer') }, { label: t('audit.title') }]}>
      <h1 class="utrecht-heading-1" safe>{t('audit.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('audit.intro')}</p>
      {items.length ? (
        <Table caption={t('audit.title')} head={[t('audit.when'), t('audit.who'), t('audit.what'), t('audit.target'), t('audit.change')]}>
          {items.map((e) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell" safe>{formatDateTime(e.at, ctx.lang)}</td>
              <td class="utrecht-table__cell" safe>{e.actor}</td>
              <td class="utrecht-table__cell" safe>{auditAction(t, e.action)}</td>
              <td class="utrecht-table__cell" safe>{e.targetLabel}</td>
              <td class="utrecht-table__cell" safe>{`${describe(e.before)} → ${describe(e.after)}`}</td>
            </tr>
          ))}
        </Table>
      ) : <p class="utrecht-paragraph" safe>{t('audit.empty')}</p>}
      <Pagination ctx={ctx} page={page} pageSize={pageSize} total={total} path="/beheer/rechtenlogboek" params={{}} />
    </Layout>
  );
}

function auditAction(t: T, action: string): string {
  const key = `audit.action.${action}` as Parameters<T>[0];
  const text = t(key);
  return text === key ? action : text;
}

export function ApiClientsPage({ ctx, clients, notice }: { ctx: PageContext; clients: ApiClient[]; notice?: string | undefined }): JSX.Element {
  const t = staffMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('clients.title')} area="admin" breadcrumbs={[{ label: t('home.title'), href: href(ctx, '/beheer') }, { label: t('clients.title') }]}>
      <Notice text={notice} />
      <h1 class="utrecht-heading-1" safe>{t('clients.title')}</h1>
      <p class="utrecht-paragraph" safe>{t('clients.intro')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={href(ctx, '/beheer/api-clients/nieuw')} safe>{t('clients.new')}</a>
      </p>
      {clients.length ? (
        <Table caption={t('clients.title')} head={[t('clients.clientId'), t('clients.label'), t('clients.scopes'), t('clients.lastUsed'), t('users.status')]}>
          {clients.map((c) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell"><code safe>{c.clientId}</code></td>
              <td class="utrecht-table__cell" safe>{c.label}</td>
              <td class="utrecht-table__cell" safe>{c.scopes.map((s) => t(`permission.${s}`)).join(', ')}</td>
              <td class="utrecht-table__cell" safe>{c.lastUsedAt ? formatDateTime(c.lastUsedAt, ctx.lang) : t('users.never')}</td>
              <td class="utrecht-table__cell">
                {c.revokedAt ? <span safe>{`${t('clients.revoked')} ${formatDateTime(c.revokedAt, ctx.lang)}`}</span> : (
                  <form method="post" action={href(ctx, `/beheer/api-clients/${c.id}/intrekken`)}>
                    <CsrfField ctx={ctx} />
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label={`${t('clients.revoke')}: ${c.clientId}`} safe>{t('clients.revoke')}</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </Table>
      ) : <p class="utrecht-paragraph" safe>{t('clients.empty')}</p>}
    </Layout>
  );
}

export interface ApiClientForm {
  clientId: string;
  label: string;
  scopes: string[];
}

export function ApiClientFormPage({ ctx, form, errors }: { ctx: PageContext; form: ApiClientForm; errors: FieldError[] }): JSX.Element {
  const t = staffMessages(ctx.lang);
  const title = t('clients.new');
  const choices = PERMISSIONS.filter((p) => p !== 'beheer.openen').map((p: Permission) => ({ value: p, label: `${t(`permission.${p}`)} (${p})` }));
  return (
    <Layout ctx={ctx} title={errors.length ? `${title} (fout)` : title} area="admin"
      breadcrumbs={[{ label: t('home.title'), href: href(ctx, '/beheer') }, { label: t('clients.title'), href: href(ctx, '/beheer/api-clients') }, { label: title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="utrecht-heading-1" safe>{title}</h1>
      <form method="post" action={href(ctx, '/beheer/api-clients')} class="stadhuis-form" novalidate>
        <CsrfField ctx={ctx} />
        <TextField id="clientId" label={t('clients.clientId')} hint={t('clients.clientIdHint')} value={form.clientId} error={errorFor(errors, 'clientId')} autocomplete="off" width="md" />
        <TextField id="label" label={t('clients.label')} hint={t('clients.labelHint')} value={form.label} error={errorFor(errors, 'label')} autocomplete="off" width="lg" />
        <CheckboxGroup id="scopes" legend={t('clients.scopes')} hint={t('clients.scopesHint')} error={errorFor(errors, 'scopes')} choices={choices} selected={form.scopes} />
        <Button><span safe>{t('users.create')}</span></Button>
      </form>
    </Layout>
  );
}

export function ApiClientSecretPage({ ctx, client, secret }: { ctx: PageContext; client: ApiClient; secret: string }): JSX.Element {
  const t = staffMessages(ctx.lang);
  return (
    <Layout ctx={ctx} title={t('clients.secretTitle')} area="admin" breadcrumbs={[{ label: t('home.title'), href: href(ctx, '/beheer') }, { label: t('clients.title'), href: href(ctx, '/beheer/api-clients') }, { label: client.clientId }]}>
      <h1 class="utrecht-heading-1" safe>{t('clients.secretTitle')}</h1>
      <p class="utrecht-paragraph" safe>{t('clients.secretIntro')}</p>
      <dl class="stadhuis-facts">
        <dt safe>{t('clients.clientId')}</dt><dd><code safe>{client.clientId}</code></dd>
        <dt safe>{t('clients.secret')}</dt><dd><code safe>{secret}</code></dd>
        <dt safe>{t('clients.scopes')}</dt><dd safe>{client.scopes.join(', ')}</dd>
      </dl>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={href(ctx, '/beheer/api-clients')} safe>{t('clients.back')}</a></p>
    </Layout>
  );
}

