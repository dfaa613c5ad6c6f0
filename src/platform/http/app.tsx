import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { isLang, type Lang } from '../i18n/i18n.js';
import { enforceAccess, type AccessChecks } from '../auth/access.js';
import { ApiClients } from '../auth/api-clients.js';
import { meetsLevel, type Identity } from '../auth/identity.js';
import { LoginAttempts } from '../auth/login-attempts.js';
import { OidcRelyingParty, StaffOidc } from '../auth/oidc.js';
import { SESSION_COOKIE_NAME, SessionStore, STAFF_COOKIE_NAME, type StaffIdentity } from '../auth/sessions.js';
import { StaffDirectory } from '../auth/staff.js';
import { applicatieOfClient, hasScope, permissionsForZgw, type ZgwClient } from '../auth/zgw.js';
import { Sealer } from '../crypto/sealer.js';
import type { Jobs } from '../jobs/index.js';
import type { Mailer } from '../mail/index.js';
import { ProcessingLog } from '../processing-log/processing-log.js';
import { GLOBAL_PATHS, TenantRegistry } from '../tenancy/tenants.js';
import type { PageContext } from '../ui/context.js';
import { registerAssets, registerTenantAssets } from '../ui/assets.js';
import { ErrorPage, PlatformHome } from '../ui/pages.js';
import { Csrf } from './csrf.js';
import { problem, sendProblem, HttpError, type InvalidParam } from './problem.js';
import { registerOpenApi, API_VERSION } from './openapi.js';
import { registerSecurityHeaders } from './security-headers.js';
import { clientAddress, RateLimiter } from './rate-limit.js';
import type { Platform, RouteInfo, StadhuisModule } from './types.js';
import './types.js';

export const LANG_COOKIE = 'stadhuis_lang';

interface HostTenantRequest extends IncomingMessage {
  stadhuisHostSlug?: string;
}

export interface BuildAppOptions {
  config: Config;
  database: Database;
  modules: StadhuisModule[];
  /** Where structured logs go (default: stdout). */
  logStream?: NodeJS.WritableStream | undefined;
  jobs: Jobs;
  mailer: Mailer;
}

export async function buildApp({ config, database, modules, logStream, jobs, mailer }: BuildAppOptions): Promise<{ app: FastifyInstance; platform: Platform }> {
  const https = config.publicUrl.startsWith('https://');
  const hostPattern = new RegExp(`^([a-z][a-z0-9-]{1,40})\\.${config.baseDomain.replace(/\./g, '\\.')}(:\\d+)?$`);

  const app = Fastify({
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
    },
    // <slug>.localhost:3000/x is served as /<slug>/x; the pages then link without the prefix.
    rewriteUrl: (req: HostTenantRequest) => {
      const url = req.url ?? '/';
      const match = hostPattern.exec(req.headers.host ?? '');
      if (!match || GLOBAL_PATHS.includes(url.split('/')[1]?.split('?')[0] ?? '')) return url;
      req.stadhuisHostSlug = match[1];
      return `/${match[1]}${url === '/' ? '' : url}`;
    },
    logger: {
      level: config.logLevel,
      // Never log bodies, query strings (search terms can hold personal data), cookies or IP addresses.
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password'],
      ...(logStream ? { stream: logStream } : {}),
    },
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
  });

  const tenants = new TenantRegistry(database);
  const csrf = new Csrf(config.sessionSecret, https);
  const routes: RouteInfo[] = [];
  const sealer = new Sealer(config.dataEncryptionKey);
  const processingLog = new ProcessingLog(database, config.processingLogKey);
  const residentSessions = new SessionStore<Identity>(database, {
    cookie: SESSION_COOKIE_NAME, kinds: ['resident', 'business'], sealer, secureCookie: https,
    subjectKey: (identity) => processingLog.subjectKey(identity.kind === 'resident' ? { type: 'bsn', id: identity.bsn } : { type: 'kvk', id: identity.kvk }),
  });
  const staffSessions = new SessionStore<StaffIdentity>(database, {
    cookie: STAFF_COOKIE_NAME, kinds: ['staff'], sealer, secureCookie: https, subjectKey: (identity) => `staff:${identity.userId}`,
  });
  const platform: Platform = {
    config, database, tenants, csrf, processingLog, residentSessions, staffSessions, sealer, routes,
    adminNav: modules.flatMap((m) => m.adminNav ?? []),
    jobs, mailer,
    staff: new StaffDirectory(database, staffSessions),
    oidc: new OidcRelyingParty(config.oidc),
    staffOidc: new StaffOidc(config.staffOidc),
    loginAttempts: new LoginAttempts(database, https),
    apiClients: new ApiClients(database, sealer, config.apiTokens),
    rateLimiter: new RateLimiter(database, config.sessionSecret),
  };
  const { rateLimiter } = platform;
  const checks = accessChecks(platform);
  // Every route declares who may use it; the check runs before its handler.
  app.addHook('onRoute', (route) => {
    enforceAccess(route, checks);
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, access: route.config!.access! });
  });

  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  registerSecurityHeaders(app, { https });

  app.decorateRequest('tenant', undefined);
  app.decorateRequest('base', '');
  app.decorateRequest('lang', 'nl');
  app.decorateRequest('staff', undefined);
  app.decorateRequest('session', undefined);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('staffExpired', false);
  app.decorateRequest('actor', undefined);

  app.addHook('onRequest', async (request) => {
    const chosen = request.cookies[LANG_COOKIE];
    request.lang = isLang(chosen) ? chosen : 'nl';
  });

  // Every state-changing request to a page must carry a valid CSRF token. JSON APIs do not use
  // cookies for authentication, so they are not exposed to CSRF.
  // Every form post counts against a per-address limit (logins against a stricter one).
  app.addHook('preHandler', async (request, reply) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method) || isApiRequest(request)) return;
    // Passwords are checked here only by the back-office login; DigiD checks its own.
    const login = /\/beheer\/inloggen$/.test(request.url.split('?')[0]!);
    const limit = login ? FORM_LIMITS.login : FORM_LIMITS.form;
    const { allowed, retryAfter } = await rateLimiter.hit(rateLimiter.key(login ? 'login-ip' : 'form-ip', clientAddress(request)), limit);
    if (!allowed) {
      reply.header('Retry-After', String(retryAfter));
      throw new HttpError(429, 'Te veel verzoeken. Probeer het later opnieuw.', [], 'rate-limited');
    }
    if (!csrf.verify(request)) throw new HttpError(403, 'CSRF-token ontbreekt of is ongeldig.', [], 'csrf');
  });

  app.setErrorHandler((error: FastifyError, request, reply) => handleError(error, request, reply, platform));
  app.setNotFoundHandler(async (request, reply) => {
    if (isApiRequest(request)) return sendProblem(reply, problem(404, 'Deze URL bestaat niet in de API.', { instance: request.url.split('?')[0] }));
    return renderError(request, reply, platform, 404);
  });

  registerAssets(app, platform);
  app.get('/health/live', { schema: { hide: true }, config: { access: 'public' } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) => {
    try {
      await database.withPlatform((tx) => tx.execute('select 1'));
      return { status: 'ok', database: database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  const openApiDocument = await registerOpenApi(app, config);

  // The language switch, on the platform's own pages and (below) inside each municipality.
  const switchLanguage = async (request: FastifyRequest, reply: FastifyReply) => {
    const { kies, terug } = request.query as { kies?: string; terug?: string };
    const lang: Lang = isLang(kies) ? kies : 'nl';
    reply.setCookie(LANG_COOKIE, lang, { path: '/', sameSite: 'lax', httpOnly: true, secure: https, maxAge: 365 * 24 * 3600 });
    // Only a path inside this site (or municipality): never an open redirect.
    const back = typeof terug === 'string' && /^\/(?![/\\])[^\s]*$/.test(terug) ? terug : '/';
    return reply.redirect(`${request.base}${back === '/' && request.base ? '' : back}` || '/', 303);
  };
  app.get('/taal', { schema: { hide: true }, config: { access: 'public' } }, switchLanguage);

  app.get('/', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const list = await tenants.list();
    return sendHtml(reply, <PlatformHome ctx={pageContext(request, reply, platform)} tenants={list} baseDomain={config.baseDomain} port={new URL(config.publicUrl).port} />);
  });

  for (const mod of modules) await mod.globalRoutes?.(app, platform);

  await app.register(async (scoped) => {
    scoped.addHook('onRequest', async (request, reply) => {
      const slug = (request.params as { gemeente?: string }).gemeente ?? '';
      const tenant = await tenants.bySlug(slug);
      if (!tenant) {
        if (isApiRequest(request)) return sendProblem(reply, problem(404, `Er is geen gemeente "${slug}" op deze installatie.`, { code: 'unknown-municipality' }));
        return renderError(request, reply, platform, 404, 'tenant');
      }
      request.tenant = tenant;
      request.base = (request.raw as HostTenantRequest).stadhuisHostSlug === slug ? '' : `/${slug}`;
      if (request.cookies[SESSION_COOKIE_NAME]) {
        const found = await residentSessions.lookup(request, tenant.id);
        if (found.status === 'active') request.session = found.session;
        else if (found.status === 'expired') {
          request.sessionExpired = true;
          reply.clearCookie(SESSION_COOKIE_NAME, { path: '/' });
        }
      }
      if (request.cookies[STAFF_COOKIE_NAME]) {
        const staff = await platform.staff.current(request, tenant.id);
        if (staff === 'expired') {
          request.staffExpired = true;
          reply.clearCookie(STAFF_COOKIE_NAME, { path: '/' });
        } else request.staff = staff;
      }
    });
    scoped.addHook('onSend', async (request, reply, payload) => {
      if (isApiRequest(request)) reply.header('API-Version', API_VERSION);
      return payload;
    });
    scoped.get('/taal', { schema: { hide: true }, config: { access: 'public' } }, switchLanguage);
    scoped.get('/api/v1/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async (request) =>
      openApiDocument(`${config.publicUrl}/${request.tenant!.slug}/api/v1`));
    registerTenantAssets(scoped);
    for (const mod of modules) await mod.tenantRoutes?.(scoped, platform);
  }, { prefix: '/:gemeente' });
  for (const mod of modules) mod.jobs?.(jobs, platform);

  return { app, platform };
}

/**
 * How the access rules are checked. Residents without a (high enough) login go to the login page
 * (step-up when the level is too low); staff without a session go to the back-office login; an
 * employee without the permission, or of another municipality, gets 403. API clients must send a
 * valid JWT of this municipality (401) holding the scope (403).
 */
function accessChecks(platform: Platform): AccessChecks {
  const forbidden = (request: FastifyRequest, reply: FastifyReply) => {
    if (isApiRequest(request)) return sendProblem(reply, problem(403, 'U heeft geen toegang tot deze functie.', { code: 'forbidden' }));
    return renderError(request, reply, platform, 403);
  };
  return {
    async resident(request, reply, rule) {
      const session = request.session;
      const back = request.url.slice(request.base.length) || '/';
      const kind = rule.kind ?? session?.identity.kind;
      const level = rule.level ?? (kind === 'business' ? 'EH2' : 'basis');
      // A form posted without a (high enough) login goes to the login page too; afterwards to "Mijn".
      const returnTo = request.method === 'GET' ? back : '/mijn';
      if (!session) {
        const page = request.sessionExpired ? '/sessie-verlopen' : '/inloggen';
        return reply.redirect(`${request.base}${page}?terug=${encodeURIComponent(returnTo)}&niveau=${level}`, 303);
      }
      if ((rule.kind && session.identity.kind !== rule.kind) || !meetsLevel(session.identity, level)) {
        return reply.redirect(`${request.base}/inloggen?terug=${encodeURIComponent(returnTo)}&niveau=${level}`, 303);
      }
      request.actor = { kind: 'resident', identity: session.identity };
    },
    async staff(request, reply, permission) {
      const staff = request.staff;
      if (!request.tenant) return forbidden(request, reply);
      if (!staff) {
        if (request.method !== 'GET') return forbidden(request, reply);
        const back = request.url.slice(request.base.length);
        const page = request.staffExpired ? '/beheer/sessie-verlopen' : '/beheer/inloggen';
        return reply.redirect(`${request.base}${page}?terug=${encodeURIComponent(back)}`, 303);
      }
      if (!staff.permissions.has(permission)) return forbidden(request, reply);
      request.actor = { kind: 'staff', userId: staff.userId, name: staff.displayName, roles: staff.roles, permissions: staff.permissions };
    },
    async apiClient(request, reply, scope) {
      if (!request.tenant) return forbidden(request, reply);
      const result = await platform.apiClients.verify(request.tenant.id, request.headers.authorization);
      if (!result.ok) {
        reply.header('WWW-Authenticate', 'Bearer');
        return sendProblem(reply, problem(401, result.reason, { code: 'not-authenticated' }));
      }
      if (!result.actor.permissions.has(scope)) return sendProblem(reply, problem(403, `Deze client heeft de scope ${scope} niet.`, { code: 'forbidden' }));
      request.actor = result.actor;
    },
    async zgw(request, reply, scope) {
      const instance = request.url.split('?')[0];
      if (!request.tenant) return sendProblem(reply, problem(403, 'Geen gemeente.', { code: 'permission_denied', instance }));
      const result = await platform.apiClients.verify(request.tenant.id, request.headers.authorization);
      if (!result.ok) {
        reply.header('WWW-Authenticate', 'Bearer');
        return sendProblem(reply, problem(401, result.reason, { code: 'not_authenticated', title: 'Authenticatiegegevens zijn niet opgegeven.', instance }));
      }
      const client: ZgwClient = { clientId: result.client.clientId, applicatie: await applicatieOfClient(platform.database, request.tenant.id, result.client.clientId) };
      // One scope, or alternatives as the standard writes them: 'zaken.bijwerken | zaken.geforceerd-bijwerken'.
      if (!scope.split('|').some((s) => hasScope(client, s.trim()))) {
        return sendProblem(reply, problem(403, `Deze applicatie heeft de scope ${scope} niet.`, { code: 'permission_denied', title: 'Je hebt geen toestemming om deze actie uit te voeren.', instance }));
      }
      request.actor = { kind: 'api-client', clientId: client.clientId, permissions: permissionsForZgw(client), zgw: client };
    },
  };
}

/** Form posts per client address: any form, and forms where we check a password. */
export const FORM_LIMITS = { form: { limit: 60, windowSeconds: 60 }, login: { limit: 10, windowSeconds: 60 } };

export function isApiRequest(request: FastifyRequest): boolean {
  return /^\/[^/]+\/api\/|^\/api\/|^\/[^/]+\/(zaken|catalogi|documenten|besluiten|autorisaties|notificaties)\/api\//.test(request.url);
}

export function sendHtml(reply: FastifyReply, html: JSX.Element, status = 200): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').send(html);
}

/** The context every page view gets. */
export function pageContext(request: FastifyRequest, reply: FastifyReply, platform: Pick<Platform, 'csrf'> & Partial<Pick<Platform, 'adminNav'>>): PageContext {
  const prefix = request.base;
  const path = request.url.startsWith(`${prefix}/`) || request.url === prefix ? request.url.slice(prefix.length) || '/' : request.url;
  const tenantPath = !request.base && request.tenant ? path.replace(new RegExp(`^/${request.tenant.slug}(?=/|$)`), '') || '/' : path;
  let token: string | undefined;
  return {
    lang: request.lang,
    tenant: request.tenant,
    base: request.base,
    path: request.tenant && !request.base ? tenantPath : path,
    csrfToken: () => (token ??= platform.csrf.token(request, reply)),
    staff: request.staff ? { name: request.staff.displayName, permissions: request.staff.permissions, idleUntil: request.staff.idleUntil } : undefined,
    sessionIdleUntil: request.session?.idleUntil,
    adminNav: request.staff ? (platform.adminNav ?? []).filter((item) => request.staff!.permissions.has(item.permission)) : undefined,
    signedIn: request.session !== undefined,
  };
}

function handleError(error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply, platform: Platform) {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: (error as FastifyError).code ?? (error as HttpError).code, statusCode: status }, 'request rejected');

  if (isApiRequest(request)) {
    if (status >= 500) return sendProblem(reply, problem(500, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', { instance: request.id }));
    const fe = error as FastifyError;
    if (fe.validation) {
      const byName = new Map<string, InvalidParam>();
      for (const v of fe.validation) {
        const name = validationName(fe.validationContext, v);
        // A failed union reports each alternative; one line per parameter is clearer.
        if (!byName.has(name) || v.keyword === 'anyOf') byName.set(name, { name, code: String(v.keyword ?? 'invalid'), reason: dutchReason(v) });
      }
      const invalid = [...byName.values()];
      return sendProblem(reply, problem(400, 'De invoer is niet geldig.', { 'invalid-params': invalid, code: 'invalid' }));
    }
    if (error instanceof HttpError) {
      return sendProblem(reply, problem(status, error.message, { code: error.code, ...(error.invalidParams.length ? { 'invalid-params': error.invalidParams } : {}) }));
    }
    return sendProblem(reply, problem(status, clientMessage(fe)));
  }
  if (error instanceof HttpError && error.code === 'csrf') return renderError(request, reply, platform, 403, 'csrf');
  return renderError(request, reply, platform, status);
}

function validationName(context: string | undefined, v: { instancePath?: string; params?: Record<string, unknown> }): string {
  const missing = v.params?.missingProperty ?? v.params?.additionalProperty;
  const path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const name = [path, missing].filter(Boolean).join('.');
  return name || String(context ?? 'body');
}

/** Plain-Dutch reasons for the JSON-schema validation keywords our APIs use. */
function dutchReason(v: { keyword?: string; params?: Record<string, unknown>; message?: string }): string {
  const p = v.params ?? {};
  switch (v.keyword) {
    case 'required': return `${String(p.missingProperty)} is verplicht.`;
    case 'additionalProperties': return `${String(p.additionalProperty)} is geen bekende parameter.`;
    case 'type': return `Moet van het type ${String(p.type)} zijn.`;
    case 'minimum': return `Moet minstens ${String(p.limit)} zijn.`;
    case 'maximum': return `Mag hoogstens ${String(p.limit)} zijn.`;
    case 'minLength': return `Moet minstens ${String(p.limit)} teken(s) lang zijn.`;
    case 'maxLength': return `Mag hoogstens ${String(p.limit)} tekens lang zijn.`;
    case 'pattern': return 'Heeft niet de juiste vorm.';
    case 'format': return `Moet een geldige ${String(p.format)} zijn.`;
    case 'enum': case 'const': case 'anyOf': return 'Is geen toegestane waarde.';
    default: return v.message ?? 'Ongeldige waarde.';
  }
}

function clientMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': return 'Het verzoek is te groot.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': return 'Dit mediatype wordt niet ondersteund.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY': return 'De JSON-body is leeg.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY': return 'De body is geen geldige JSON.';
    default: return error.statusCode && error.statusCode < 500 && error.message ? 'Het verzoek is ongeldig.' : 'Het verzoek is ongeldig.';
  }
}

export type ErrorKind = 'tenant' | 'csrf' | undefined;

export function renderError(request: FastifyRequest, reply: FastifyReply, platform: Pick<Platform, 'csrf'>, status: number, kind?: ErrorKind) {
  const ctx = pageContext(request, reply, platform);
  return sendHtml(reply, <ErrorPage ctx={ctx} status={status} kind={kind} requestId={request.id} />, status);
}
