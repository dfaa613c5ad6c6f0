import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isPermission, isStaffRole, type Permission, type StaffRole } from '../../platform/auth/access.js';
import { CLIENT_ID } from '../../platform/auth/api-clients.js';
import { municipalityUrl } from '../../platform/auth/guard.js';
import { OidcLoginError } from '../../platform/auth/oidc.js';
import { pageContext, renderError, sendHtml } from '../../platform/http/app.js';
import { HttpError } from '../../platform/http/problem.js';
import { cspAllowingFormsTo } from '../../platform/http/security-headers.js';
import type { Platform } from '../../platform/http/types.js';
import { href } from '../../platform/ui/context.js';
import type { FieldError } from '../../platform/ui/forms.js';
import { staffMessages } from './messages.js';
import {
  ApiClientFormPage, ApiClientSecretPage, ApiClientsPage, AuditPage, HomePage, StaffLoginPage, StaffMessagePage, UserFormPage, UsersPage,
  type ApiClientForm, type UserForm,
} from './views.js';
import { isUuid } from '../../platform/values.js';

const AUDIT_PAGE_SIZE = 50;

/**
 * Staff login through the municipality's identity provider (OIDC), the back-office home, and the
 * admin pages for employees, roles, API clients and the rights log.
 */
export function registerStaffRoutes(app: FastifyInstance, platform: Platform): void {
  const { config, staff, staffSessions, staffOidc, loginAttempts, apiClients } = platform;
  const ctx = (request: FastifyRequest, reply: FastifyReply) => pageContext(request, reply, platform);

  /** The callback URL of this municipality, in the form (path or host) the visitor uses. */
  const redirectUri = (request: FastifyRequest) => municipalityUrl(request, config, '/beheer/inloggen/terug');

  app.get('/beheer/inloggen', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const back = safeBack(query.terug);
    if (request.staff) return reply.redirect(`${request.base}${back}`, 303);
    reply.header('Content-Security-Policy', cspAllowingFormsTo(new URL(config.staffOidc.issuer).origin));
    const error = query.fout === 'mislukt' ? 'failed' : query.fout === 'onbereikbaar' ? 'unavailable' : undefined;
    return sendHtml(reply, <StaffLoginPage ctx={ctx(request, reply)} back={back} error={error} />);
  });

  app.post('/beheer/inloggen', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const back = safeBack(((request.body ?? {}) as Record<string, unknown>).terug);
    try {
      const attempt = await staffOidc.authorizationRequest(redirectUri(request));
      await loginAttempts.save(reply, request.tenant!.id, attempt, { kind: 'staff', requiredLevel: 'medewerker', returnTo: back });
      return reply.redirect(attempt.url.href, 303);
    } catch (error) {
      return loginFailed(request, reply, error);
    }
  });

  app.get('/beheer/inloggen/terug', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const tenant = request.tenant!;
    const attempt = await loginAttempts.take(request, reply, tenant.id, ['staff']);
    if (!attempt) return loginFailed(request, reply, new OidcLoginError('onbekende of verlopen inlogpoging', 'state'));
    if (typeof query.error === 'string') return loginFailed(request, reply, new OidcLoginError(String(query.error), 'state'));
    let claims;
    try {
      const callback = new URL(redirectUri(request));
      callback.search = new URLSearchParams(query as Record<string, string>).toString();
      claims = await staffOidc.complete(callback, attempt);
    } catch (error) {
      return loginFailed(request, reply, error);
    }
    const result = await staff.signIn(tenant.id, tenant.slug, claims);
    if (!result.ok) {
      request.log.info({ reason: result.reason }, 'staff login refused');
      const t = staffMessages(request.lang);
      return sendHtml(reply, <StaffMessagePage ctx={ctx(request, reply)} title={t('noAccess.title')} body={t('noAccess.body', { name: tenant.name })} />, 403);
    }
    await staffSessions.start(request, reply, tenant.id, { kind: 'staff', userId: result.user.id, name: result.user.name });
    return reply.redirect(`${request.base}${attempt.returnTo}`, 303);
  });

  // Public, so that a form posted after the session expired still logs out cleanly.
  app.post('/beheer/uitloggen', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    await staffSessions.end(request, reply, request.tenant!.id);
    request.staff = undefined;
    const t = staffMessages(request.lang);
    return sendHtml(reply, <StaffMessagePage ctx={ctx(request, reply)} title={t('loggedOut.title')} body={t('loggedOut.body')}
      link={{ href: href(request, '/beheer/inloggen'), label: t('expired.again') }} />);
  });

  app.get('/beheer/sessie-verlopen', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const t = staffMessages(request.lang);
    const back = safeBack((request.query as Record<string, unknown>).terug);
    return sendHtml(reply, <StaffMessagePage ctx={ctx(request, reply)} title={t('expired.title')} body={t('expired.body')}
      link={{ href: `${href(request, '/beheer/inloggen')}?terug=${encodeURIComponent(back)}`, label: t('expired.again') }} />);
  });

  // The "stay logged in" button of the timeout warning: this request itself keeps the session alive.
  app.get('/beheer/sessie/verlengen', { schema: { hide: true }, config: { access: { staff: 'beheer.openen' } } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { idleSeconds: Math.max(0, Math.round((request.staff!.idleUntil.getTime() - Date.now()) / 1000)) };
  });

  app.get('/beheer', { schema: { hide: true }, config: { access: { staff: 'beheer.openen' } } }, async (request, reply) => {
    return sendHtml(reply, <HomePage ctx={ctx(request, reply)} roles={request.staff!.roles} />);
  });

  // Employees and roles.
  const manage = { access: { staff: 'gebruikers.beheren' as const } };

  app.get('/beheer/gebruikers', { schema: { hide: true }, config: manage }, async (request, reply) => {
    const t = staffMessages(request.lang);
    const notice = noticeOf(request, { opgeslagen: t('users.saved'), toegevoegd: t('users.created') });
    return sendHtml(reply, <UsersPage ctx={ctx(request, reply)} users={await staff.list(request.tenant!.id, request.actor!)} notice={notice} />);
  });

  app.get('/beheer/gebruikers/nieuw', { schema: { hide: true }, config: manage }, async (request, reply) => {
    return sendHtml(reply, <UserFormPage ctx={ctx(request, reply)} form={{ subject: '', name: '', email: '', roles: [], active: true }} errors={[]} />);
  });

  app.post('/beheer/gebruikers', { schema: { hide: true }, config: manage }, async (request, reply) => {
    const t = staffMessages(request.lang);
    const form = userForm(request.body);
    const errors: FieldError[] = [];
    if (!form.name || form.name.length > 200) errors.push({ field: 'name', message: t('error.name') });
    if (form.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email)) errors.push({ field: 'email', message: t('error.email') });
    if (!form.subject || form.subject.length > 255) errors.push({ field: 'subject', message: t('error.subject') });
    const render = (errs: FieldError[], status = 400) => sendHtml(reply, <UserFormPage ctx={ctx(request, reply)} form={form} errors={errs} />, status);
    if (errors.length) return render(errors);
    try {
      await staff.create(request.tenant!.id, request.actor!, {
        subject: form.subject, name: form.name, email: form.email || undefined, roles: form.roles.filter(isStaffRole),
      });
    } catch (error) {
      if (error instanceof HttpError && error.code === 'subject-taken') return render([{ field: 'subject', message: t('error.subjectTaken') }], 409);
      throw error;
    }
    return reply.redirect(`${request.base}/beheer/gebruikers?melding=toegevoegd`, 303);
  });

  app.get('/beheer/gebruikers/:id', { schema: { hide: true }, config: manage }, async (request, reply) => {
    const user = await staff.get(request.tenant!.id, request.actor!, (request.params as { id: string }).id);
    if (!user) return renderError(request, reply, platform, 404);
    const form: UserForm = { subject: user.subject, name: user.name, email: user.email ?? '', roles: user.roles, active: user.active };
    return sendHtml(reply, <UserFormPage ctx={ctx(request, reply)} user={user} form={form} errors={[]} />);
  });

  app.post('/beheer/gebruikers/:id', { schema: { hide: true }, config: manage }, async (request, reply) => {
    const t = staffMessages(request.lang);
    const user = await staff.get(request.tenant!.id, request.actor!, (request.params as { id: string }).id);
    if (!user) return renderError(request, reply, platform, 404);
    const form = userForm(request.body);
    try {
      await staff.update(request.tenant!.id, request.actor!, user.id, { roles: form.roles.filter(isStaffRole) as StaffRole[], active: form.active });
    } catch (error) {
      if (error instanceof HttpError && error.code === 'self-lockout') {
        return sendHtml(reply, <UserFormPage ctx={ctx(request, reply)} user={user} form={{ ...form, subject: user.subject }} errors={[{ field: 'roles', message: t('error.selfLockout') }]} />, 409);
      }
      throw error;
    }
    return reply.redirect(`${request.base}/beheer/gebruikers?melding=opgeslagen`, 303);
  });

  app.get('/beheer/rechtenlogboek', { schema: { hide: true }, config: { access: { staff: 'logboek.lezen' } } }, async (request, reply) => {
    const raw = Number((request.query as Record<string, unknown>).pagina ?? 1);
    if (!Number.isInteger(raw) || raw < 1 || raw > 10_000) return renderError(request, reply, platform, 400);
    const { items, total } = await staff.auditLog(request.tenant!.id, request.actor!, { limit: AUDIT_PAGE_SIZE, offset: (raw - 1) * AUDIT_PAGE_SIZE });
    return sendHtml(reply, <AuditPage ctx={ctx(request, reply)} items={items} total={total} page={raw} pageSize={AUDIT_PAGE_SIZE} />);
  });

  // API clients (machine to machine).
  app.get('/beheer/api-clients', { schema: { hide: true }, config: manage }, async (request, reply) => {
    const t = staffMessages(request.lang);
    const notice = noticeOf(request, { ingetrokken: t('clients.revokedNotice') });
    return sendHtml(reply, <ApiClientsPage ctx={ctx(request, reply)} clients={await apiClients.list(request.tenant!.id, request.actor!)} notice={notice} />);
  });

  app.get('/beheer/api-clients/nieuw', { schema: { hide: true }, config: manage }, async (request, reply) => {
    return sendHtml(reply, <ApiClientFormPage ctx={ctx(request, reply)} form={{ clientId: '', label: '', scopes: [] }} errors={[]} />);
  });

  app.post('/beheer/api-clients', { schema: { hide: true }, config: manage }, async (request, reply) => {
    const t = staffMessages(request.lang);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const form: ApiClientForm = { clientId: text(body.clientId, 100), label: text(body.label, 200), scopes: list(body.scopes) };
    const errors: FieldError[] = [];
    if (!CLIENT_ID.test(form.clientId)) errors.push({ field: 'clientId', message: t('error.clientId') });
    if (!form.label) errors.push({ field: 'label', message: t('error.label') });
    const scopes = form.scopes.filter(isPermission) as Permission[];
    if (!scopes.length) errors.push({ field: 'scopes', message: t('error.scopes') });
    const render = (errs: FieldError[], status = 400) => sendHtml(reply, <ApiClientFormPage ctx={ctx(request, reply)} form={form} errors={errs} />, status);
    if (errors.length) return render(errors);
    try {
      const { client, secret } = await apiClients.create(request.tenant!.id, request.actor!, { clientId: form.clientId, label: form.label, scopes });
      reply.header('Cache-Control', 'no-store');
      return sendHtml(reply, <ApiClientSecretPage ctx={ctx(request, reply)} client={client} secret={secret} />, 201);
    } catch (error) {
      if (error instanceof HttpError && error.code === 'client-id-taken') return render([{ field: 'clientId', message: t('error.clientIdTaken') }], 409);
      throw error;
    }
  });

  app.post('/beheer/api-clients/:id/intrekken', { schema: { hide: true }, config: manage }, async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!isUuid(id)) return renderError(request, reply, platform, 404);
    try {
      await apiClients.revoke(request.tenant!.id, request.actor!, id);
    } catch (error) {
      if (error instanceof HttpError && error.statusCode === 404) return renderError(request, reply, platform, 404);
      throw error;
    }
    return reply.redirect(`${request.base}/beheer/api-clients?melding=ingetrokken`, 303);
  });

  function loginFailed(request: FastifyRequest, reply: FastifyReply, error: unknown) {
    const unavailable = error instanceof OidcLoginError && error.reason === 'provider';
    request.log.info({ reason: error instanceof OidcLoginError ? error.reason : 'unknown' }, 'staff login failed');
    return sendHtml(reply, <StaffLoginPage ctx={ctx(request, reply)} back="/beheer" error={unavailable ? 'unavailable' : 'failed'} />, unavailable ? 503 : 400);
  }
}

function noticeOf(request: FastifyRequest, notices: Record<string, string>): string | undefined {
  const key = (request.query as Record<string, unknown>).melding;
  return typeof key === 'string' ? notices[key] : undefined;
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.trim().slice(0, max + 1) : '';
}

function list(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

function userForm(body: unknown): UserForm {
  const b = (body ?? {}) as Record<string, unknown>;
  return { subject: text(b.subject, 255), name: text(b.name, 200), email: text(b.email, 320), roles: list(b.roles), active: list(b.active).includes('ja') };
}

/** A path inside /beheer to return to after login; anything else becomes /beheer. */
export function safeBack(value: unknown): string {
  return typeof value === 'string' && /^\/beheer(\/[A-Za-z0-9/_?=&%.-]*)?$/.test(value) && !value.includes('//') && value.length <= 500 ? value : '/beheer';
}
