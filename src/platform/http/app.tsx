import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { isLang, type Lang } from '../i18n/i18n.js';
import { PasswordStaffAuth } from '../auth/staff-auth.js';
import { OidcRelyingParty } from '../auth/oidc.js';
import { ResidentSessions, SESSION_COOKIE_NAME } from '../auth/sessions.js';
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
}

export async function buildApp({ config, database, modules, logStream }: BuildAppOptions): Promise<{ app: FastifyInstance; platform: Platform }> {
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
  const staffAuth = new PasswordStaffAuth(database, config.adminPassword, https);
  const routes: RouteInfo[] = [];
  const processingLog = new ProcessingLog(database, config.processingLogKey);
  const residentSessions = new ResidentSessions(database, (identity) => processingLog.subjectKey(
    identity.kind === 'resident' ? { type: 'bsn', id: identity.bsn } : { type: 'kvk', id: identity.kvk }), https);
  const oidc = new OidcRelyingParty(config.oidc);
  const rateLimiter = new RateLimiter(database, config.sessionSecret);
  const platform: Platform = { config, database, tenants, csrf, staffAuth, processingLog, residentSessions, oidc, rateLimiter, routes };
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
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
  app.get('/health/live', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { schema: { hide: true } }, async (_request, reply) => {
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
  app.get('/taal', { schema: { hide: true } }, switchLanguage);

  app.get('/', { schema: { hide: true } }, async (request, reply) => {
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
    });
    scoped.addHook('onSend', async (request, reply, payload) => {
      if (isApiRequest(request)) reply.header('API-Version', API_VERSION);
      return payload;
    });
    scoped.get('/taal', { schema: { hide: true } }, switchLanguage);
    scoped.get('/api/v1/openapi.json', { schema: { hide: true } }, async (request) =>
      openApiDocument(`${config.publicUrl}/${request.tenant!.slug}/api/v1`));
    registerTenantAssets(scoped);
    for (const mod of modules) await mod.tenantRoutes?.(scoped, platform);
  }, { prefix: '/:gemeente' });

  return { app, platform };
}

/** Form posts per client address: any form, and forms where we check a password. */
export const FORM_LIMITS = { form: { limit: 60, windowSeconds: 60 }, login: { limit: 10, windowSeconds: 60 } };

export function isApiRequest(request: FastifyRequest): boolean {
  return /^\/[^/]+\/api\/|^\/api\//.test(request.url);
}

export function sendHtml(reply: FastifyReply, html: JSX.Element, status = 200): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').send(html);
}

/** The context every page view gets. */
export function pageContext(request: FastifyRequest, reply: FastifyReply, platform: Pick<Platform, 'csrf'>): PageContext {
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
    staffName: request.staff?.displayName,
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
