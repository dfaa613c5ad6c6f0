import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { municipalityUrl, safeReturnPath } from '../../platform/auth/guard.js';
import { DIGID_LEVELS, EHERKENNING_LEVELS, meetsLevel, type DigidLevel, type EherkenningLevel, type Identity, type ResidentIdentity } from '../../platform/auth/identity.js';
import { identityActivities } from './activities.js';
import { OidcLoginError } from '../../platform/auth/oidc.js';
import { pageContext, sendHtml } from '../../platform/http/app.js';
import { cspAllowingFormsTo } from '../../platform/http/security-headers.js';
import type { Platform } from '../../platform/http/types.js';
import { href } from '../../platform/ui/context.js';
import { identityMessages } from './messages.js';
import { LoginPage, MessagePage, MinePage } from './views/pages.js';
import { MyDataPage, ViewsPage } from './views/my-data.js';
import { describePerson, PERSON_FIELDS, PersonsService, personsActivities, RegisterError } from '../persons/index.js';
import { traceFromHeaders } from '../../platform/processing-log/processing-log.js';

/** Login with DigiD or eHerkenning through OpenID Connect, step-up, logout and "Mijn …". */
export function registerIdentityRoutes(app: FastifyInstance, platform: Platform): void {
  const { oidc, residentSessions, loginAttempts, config } = platform;

  /** The callback URL of this municipality, in the form (path or host) the visitor uses. */
  const redirectUri = (request: FastifyRequest) => municipalityUrl(request, config, '/inloggen/terug');

  app.get('/inloggen', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const back = safeReturnPath(query.terug);
    const level = parseLevel(query.niveau) ?? 'basis';
    const session = request.session;
    if (session && meetsLevel(session.identity, level)) return reply.redirect(`${request.base}${back}`, 303);
    const current = session?.identity.kind === 'resident' ? session.identity.level : undefined;
    // The login form redirects to the broker: the browser must allow that as a form target.
    reply.header('Content-Security-Policy', cspAllowingFormsTo(new URL(config.oidc.issuer).origin));
    return sendHtml(reply, <LoginPage ctx={pageContext(request, reply, platform)} back={back} level={level} current={current} />);
  });

  app.post('/inloggen', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const kind = body.soort === 'eherkenning' ? 'business' : 'resident';
    const level = parseLevel(body.niveau) ?? (kind === 'business' ? 'EH2' : 'basis');
    const back = safeReturnPath(body.terug);
    const tenantId = request.tenant!.id;
    let attempt;
    try {
      attempt = await oidc.authorizationRequest({ kind, redirectUri: redirectUri(request), level: kind === 'business' && !level.startsWith('EH') ? 'EH2' : level });
    } catch (error) {
      return loginFailed(request, reply, error);
    }
    await loginAttempts.save(reply, tenantId, attempt, { kind, requiredLevel: level, returnTo: back });
    return reply.redirect(attempt.url.href, 303);
  });

  app.get('/inloggen/terug', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const tenantId = request.tenant!.id;
    const attempt = await loginAttempts.take(request, reply, tenantId, ['resident', 'business']);
    if (!attempt) return loginFailed(request, reply, new OidcLoginError('onbekende of verlopen inlogpoging', 'state'));
    if (typeof query.error === 'string') return loginFailed(request, reply, new OidcLoginError(String(query.error), query.error === 'access_denied' ? 'state' : 'provider'), query.error === 'access_denied');
    let identity;
    try {
      const callback = new URL(redirectUri(request));
      callback.search = new URLSearchParams(query as Record<string, string>).toString();
      identity = await oidc.complete(callback, { state: attempt.state, nonce: attempt.nonce, codeVerifier: attempt.codeVerifier, kind: attempt.kind === 'business' ? 'business' : 'resident' });
    } catch (error) {
      return loginFailed(request, reply, error);
    }
    if (!meetsLevel(identity, attempt.requiredLevel as DigidLevel)) {
      return loginFailed(request, reply, new OidcLoginError('het inlogniveau is lager dan gevraagd', 'claims'));
    }
    await residentSessions.start(request, reply, tenantId, identity);
    await recordLogin(platform, request, tenantId, identity);
    return reply.redirect(`${request.base}${attempt.returnTo === '/' ? '/mijn' : attempt.returnTo}`, 303);
  });

  // The "stay logged in" button of the timeout warning: this request itself keeps the session alive.
  app.get('/sessie/verlengen', { schema: { hide: true }, config: { access: { resident: {} } } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { idleSeconds: Math.max(0, Math.round((request.session!.idleUntil.getTime() - Date.now()) / 1000)) };
  });

  app.post('/uitloggen', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    await residentSessions.end(request, reply, request.tenant!.id);
    const t = identityMessages(request.lang);
    return sendHtml(reply, <MessagePage ctx={pageContext(request, reply, platform)} title={t('loggedOut.title')} body={t('loggedOut.body')} link={{ href: href(request, '/'), label: request.tenant!.name }} />);
  });

  app.post('/uitloggen/overal', { schema: { hide: true }, config: { access: { resident: {} } } }, async (request, reply) => {
    const t = identityMessages(request.lang);
    const count = await residentSessions.endAll(reply, request.tenant!.id, request.session!.identity);
    request.session = undefined;
    return sendHtml(reply, <MessagePage ctx={pageContext(request, reply, platform)} title={t('loggedOut.title')} body={t('loggedOutEverywhere.body', { count })} link={{ href: href(request, '/'), label: request.tenant!.name }} />);
  });

  app.get('/sessie-verlopen', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const t = identityMessages(request.lang);
    const back = safeReturnPath((request.query as Record<string, unknown>).terug);
    return sendHtml(reply, <MessagePage ctx={pageContext(request, reply, platform)} title={t('session.expired.title')} body={t('session.expired.body')}
      link={{ href: `${href(request, '/inloggen')}?terug=${encodeURIComponent(back)}`, label: t('login.retry') }} />);
  });

  app.get('/mijn', { schema: { hide: true }, config: { access: { resident: {} } } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return sendHtml(reply, <MinePage ctx={pageContext(request, reply, platform)} session={request.session!} />);
  });

  const persons = new PersonsService(platform);

  app.get('/mijn-gegevens', { schema: { hide: true }, config: { access: { resident: { kind: 'resident', level: 'midden' } } } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const identity = request.session!.identity as ResidentIdentity;
    const ctx = pageContext(request, reply, platform);
    try {
      const persoon = await persons.getPerson(request.tenant!.id, identity.bsn, PERSON_FIELDS.mijnGegevens, {
        actor: { type: 'resident', id: platform.processingLog.subjectKey({ type: 'bsn', id: identity.bsn }) },
        trace: traceFromHeaders(request.headers),
        activity: personsActivities['mijn-gegevens-inzien/1'],
      });
      if (!persoon) return sendHtml(reply, <MyDataPage ctx={ctx} problem="notFound" />);
      return sendHtml(reply, <MyDataPage ctx={ctx} description={describePerson(persoon, request.lang)} />);
    } catch (error) {
      if (!(error instanceof RegisterError)) throw error;
      request.log.warn({ register: error.register, reason: error.reason }, 'person data unavailable');
      return sendHtml(reply, <MyDataPage ctx={ctx} problem="unavailable" />, 503);
    }
  });

  app.get('/mijn-gegevens/inzage', { schema: { hide: true }, config: { access: { resident: { kind: 'resident', level: 'midden' } } } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const identity = request.session!.identity as ResidentIdentity;
    const subject = { type: 'bsn' as const, id: identity.bsn };
    const entries = await platform.processingLog.forSubject(request.tenant!.id, subject);
    return sendHtml(reply, <ViewsPage ctx={pageContext(request, reply, platform)} entries={entries} selfKey={platform.processingLog.subjectKey(subject)} />);
  });

  function loginFailed(request: FastifyRequest, reply: FastifyReply, error: unknown, cancelled = false) {
    const t = identityMessages(request.lang);
    const unavailable = error instanceof OidcLoginError && error.reason === 'provider';
    request.log.info({ reason: error instanceof OidcLoginError ? error.reason : 'unknown' }, 'login failed');
    const body = cancelled ? t('login.failed.cancelled') : unavailable ? t('login.failed.unavailable') : t('login.failed.body');
    return sendHtml(reply, <MessagePage ctx={pageContext(request, reply, platform)} title={t('login.failed.title')} body={body} link={{ href: href(request, '/inloggen'), label: t('login.retry') }} />, unavailable ? 503 : 400);
  }
}

/** A login is a processing of the BSN (or KVK number): written to the processing log. */
export async function recordLogin(platform: Platform, request: FastifyRequest, tenantId: string, identity: Identity): Promise<void> {
  const subject = identity.kind === 'resident' ? { type: 'bsn' as const, id: identity.bsn } : { type: 'kvk' as const, id: identity.kvk };
  await platform.processingLog.recordNow(tenantId, { type: identity.kind, id: 'self' }, traceFromHeaders(request.headers), {
    activity: identityActivities['inloggen/1'], name: identity.kind === 'resident' && identity.method === 'passkey' ? 'inloggen.inlogsleutel' : 'inloggen.oidc',
    operation: 'read', dataCategories: [identity.kind === 'resident' ? 'burgerservicenummer' : 'kvk-nummer'], subject, status: 'ok', startTime: new Date(),
  });
  if (identity.kind === 'resident' && identity.actingFor) {
    await platform.processingLog.recordNow(tenantId, { type: 'resident', id: 'gemachtigde' }, traceFromHeaders(request.headers), {
      activity: identityActivities['inloggen/1'], name: 'inloggen.machtiging', operation: 'read', dataCategories: ['burgerservicenummer', 'machtiging'],
      subject: { type: 'bsn', id: identity.actingFor.bsn }, status: 'ok', startTime: new Date(),
    });
  }
}

function parseLevel(value: unknown): DigidLevel | EherkenningLevel | undefined {
  return [...DIGID_LEVELS, ...EHERKENNING_LEVELS].find((l) => l === value);
}

