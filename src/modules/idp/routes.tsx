/**
 * HTTP side of the test identity provider: oidc-provider mounted under /idp (it gets the raw
 * Node request with the /idp prefix taken off, before Fastify parses the body or checks the
 * platform's CSRF token, since the token endpoint is called server to server), and our own
 * interaction pages, which are ordinary Fastify routes with the platform's CSRF protection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorOut, InteractionDetails, KoaContextWithOIDC } from 'oidc-provider';
import { DIGID_LEVELS, EHERKENNING_LEVELS, isValidBsn, isValidKvk, type DigidLevel, type EherkenningLevel } from '../../platform/auth/identity.js';
import { LANG_COOKIE, sendHtml } from '../../platform/http/app.js';
import { CONTENT_SECURITY_POLICY } from '../../platform/http/security-headers.js';
import type { Platform } from '../../platform/http/types.js';
import { isLang, type Lang } from '../../platform/i18n/i18n.js';
import type { PageContext } from '../../platform/ui/context.js';
import type { FieldError } from '../../platform/ui/forms.js';
import { accountIdFor, type IdpKind, type IdpLogin } from './accounts.js';
import { acrForDigid, acrForEherkenning, digidLevelsFrom, eherkenningLevelsFrom, minimumLevels, STAFF_ACR, type MinimumLevels } from './levels.js';
import { idpMessages } from './messages.js';
import { createIdpProvider, requestedKinds, type IdpProvider } from './provider.js';
import { companyByKvk, MACHTIGING_RELATIONS, residentByBsn, staffById, testResidents, type MachtigingRelation } from './test-identities.js';
import { ExpiredPage, IDP_BASE, IndexPage, LoggedOutPage, LoginPage, LogoutPage, NotFoundPage, OidcErrorPage } from './views.js';

export interface IdpSettings {
  issuer: string;
  callbackPaths: string[];
}

/** Builds the provider (and its signing key) at the first request to /idp, not at every start. */
export class IdpRuntime {
  private built: Promise<IdpProvider> | undefined;
  private callbackFn: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;

  constructor(private readonly settings: IdpSettings, private readonly app: FastifyInstance, private readonly platform: Platform) {}

  get(): Promise<IdpProvider> {
    this.built ??= createIdpProvider({
      ...this.settings,
      config: this.platform.config,
      tenants: this.platform.tenants,
      log: this.app.log,
      render: koaRenderers(),
    }).catch((error: unknown) => {
      this.built = undefined;
      throw error;
    });
    return this.built;
  }

  async callback(): Promise<(req: IncomingMessage, res: ServerResponse) => void> {
    const { provider } = await this.get();
    this.callbackFn ??= provider.callback();
    return this.callbackFn;
  }
}

const HTTPS = (platform: Platform) => platform.config.publicUrl.startsWith('https://');

export function registerIdpRoutes(app: FastifyInstance, platform: Platform, runtime: IdpRuntime): void {
  const methods = ['GET', 'POST', 'OPTIONS', 'PUT', 'DELETE'];
  app.route({
    method: methods,
    url: `${IDP_BASE}/*`,
    schema: { hide: true },
    config: { access: 'public' }, // the provider checks its own clients and users
    // Before body parsing and the CSRF check: oidc-provider reads the body itself, and its token
    // endpoint is called by the platform's server, not by a browser form.
    onRequest: async (request, reply) => {
      const [handler, { rules }] = await Promise.all([runtime.callback(), runtime.get()]);
      reply.hijack();
      const raw = request.raw as IncomingMessage & { originalUrl?: string };
      raw.originalUrl = raw.url;
      raw.url = (raw.url ?? '/').slice(IDP_BASE.length) || '/';
      securityHeaders(reply.raw, request.id, idpCsp(rules.formActionSources()));
      handler(raw, reply.raw);
    },
    handler: async () => undefined,
  });

  app.get(IDP_BASE, { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const ctx = pageContext(request, reply, platform);
    return sendHtml(reply, <IndexPage ctx={ctx} discoveryUrl={`${IDP_BASE}/.well-known/openid-configuration`} municipalities={await municipalityNames(platform)} />);
  });

  app.get(`${IDP_BASE}/taal`, { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const { kies, terug } = request.query as { kies?: string; terug?: string };
    const lang: Lang = isLang(kies) ? kies : 'nl';
    reply.setCookie(LANG_COOKIE, lang, { path: '/', sameSite: 'lax', httpOnly: true, secure: HTTPS(platform), maxAge: 365 * 24 * 3600 });
    // Only a path of the test IdP: never an open redirect.
    const back = typeof terug === 'string' && /^\/(?![/\\])[^\s]*$/.test(terug) && terug !== '/' ? terug : '';
    return reply.redirect(`${IDP_BASE}${back}`, 303);
  });

  app.get(`${IDP_BASE}/interaction/:uid`, { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const idp = await runtime.get();
    const { provider } = idp;
    reply.header('Content-Security-Policy', idpCsp(idp.rules.formActionSources()));
    const details = await findInteraction(idp, request, reply);
    if (!details) return expired(request, reply, platform);
    if (details.prompt.name === 'consent') return autoConsent(provider, details, request, reply);
    const soort = (request.query as { soort?: string }).soort;
    const kinds = requestedKinds(details.params.scope);
    const kind = kinds.find((k) => k === soort) ?? kinds[0]!;
    const minimum = minimumLevels(details.params.acr_values, details.params.loa);
    const values = { niveau: defaultLevel(kind, minimum) };
    return renderLogin(request, reply, platform, details, kind, values, []);
  });

  app.post(`${IDP_BASE}/interaction/:uid`, { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const idp = await runtime.get();
    const { provider } = idp;
    reply.header('Content-Security-Policy', idpCsp(idp.rules.formActionSources()));
    const details = await findInteraction(idp, request, reply);
    if (!details) return expired(request, reply, platform);
    const values = formValues(request.body);
    const kinds = requestedKinds(details.params.scope);
    const kind = kinds.find((k) => k === values.soort) ?? kinds[0]!;
    const minimum = minimumLevels(details.params.acr_values, details.params.loa);
    const machtiging = (details.params.scope ?? '').split(' ').includes('machtiging');
    const t = idpMessages(langFor(request, details));
    const result = validate(kind, values, minimum, machtiging, t);
    if ('errors' in result) return renderLogin(request, reply, platform, details, kind, values, result.errors, 400);

    const accountId = accountIdFor(result.login);
    if (details.session?.accountId && details.session.accountId !== accountId) {
      // Someone else logs in on this browser: end the earlier session here, instead of
      // oidc-provider's logout page in between.
      if (details.session.uid) await (await provider.Session.findByUid(details.session.uid))?.destroy();
      delete details.session;
      await details.persist();
    }
    const returnTo = await provider.interactionResult(request.raw, reply.raw, {
      login: { accountId, acr: result.acr, amr: result.amr, remember: false, ts: Math.floor(Date.now() / 1000) },
    }, { mergeWithLastSubmission: false });
    return reply.redirect(returnTo, 303);
  });

  app.post(`${IDP_BASE}/interaction/:uid/afbreken`, { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const idp = await runtime.get();
    const { provider } = idp;
    reply.header('Content-Security-Policy', idpCsp(idp.rules.formActionSources()));
    const details = await findInteraction(idp, request, reply);
    if (!details) return expired(request, reply, platform);
    const returnTo = await provider.interactionResult(request.raw, reply.raw, {
      error: 'access_denied', error_description: 'End-User aborted interaction',
    }, { mergeWithLastSubmission: false });
    return reply.redirect(returnTo, 303);
  });
}

function idpCsp(formAction: string): string {
  return CONTENT_SECURITY_POLICY.replace("form-action 'self'", `form-action ${formAction}`);
}

/** The platform's security headers, for the responses oidc-provider writes itself. */
function securityHeaders(res: ServerResponse, requestId: string, csp: string): void {
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('X-Request-Id', requestId);
}

/** The interaction of this browser, when it is the one in the address (else: forged, unknown or expired). */
async function findInteraction({ provider, errors }: IdpProvider, request: FastifyRequest, reply: FastifyReply): Promise<InteractionDetails | undefined> {
  try {
    const details = await provider.interactionDetails(request.raw, reply.raw);
    return details.uid === (request.params as { uid: string }).uid ? details : undefined;
  } catch (error) {
    if (error instanceof errors.SessionNotFound) return undefined;
    throw error;
  }
}

async function autoConsent(provider: IdpProvider['provider'], details: InteractionDetails, request: FastifyRequest, reply: FastifyReply) {
  const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id! });
  grant.addOIDCScope(details.params.scope ?? 'openid');
  const grantId = await grant.save();
  return reply.redirect(await provider.interactionResult(request.raw, reply.raw, { consent: { grantId } }), 303);
}

function langFor(request: FastifyRequest, details?: InteractionDetails): Lang {
  if (request.cookies[LANG_COOKIE] || !details) return request.lang;
  return /^en\b/.test(details.params.ui_locales ?? '') ? 'en' : 'nl';
}

function pageContext(request: FastifyRequest, reply: FastifyReply, platform: Platform, details?: InteractionDetails): PageContext {
  let token: string | undefined;
  return {
    lang: langFor(request, details),
    tenant: undefined,
    base: IDP_BASE,
    path: request.url.slice(IDP_BASE.length) || '/',
    csrfToken: () => (token ??= platform.csrf.token(request, reply)),
  };
}

function expired(request: FastifyRequest, reply: FastifyReply, platform: Platform) {
  return sendHtml(reply, <ExpiredPage ctx={pageContext(request, reply, platform)} />, 400);
}

async function municipalityNames(platform: Platform): Promise<Map<string, string>> {
  return new Map((await platform.tenants.list()).map((t) => [t.slug, t.name]));
}

async function renderLogin(request: FastifyRequest, reply: FastifyReply, platform: Platform, details: InteractionDetails, kind: IdpKind, values: Record<string, string>, fieldErrors: FieldError[], status = 200) {
  const minimum = minimumLevels(details.params.acr_values, details.params.loa);
  return sendHtml(reply, (
    <LoginPage
      ctx={pageContext(request, reply, platform, details)}
      uid={details.uid}
      kinds={requestedKinds(details.params.scope)}
      kind={kind}
      minimum={minimum}
      digidLevels={digidLevelsFrom(minimum.digid)}
      eherkenningLevels={eherkenningLevelsFrom(minimum.eherkenning)}
      machtiging={(details.params.scope ?? '').split(' ').includes('machtiging')}
      values={values}
      errors={fieldErrors}
      municipalities={await municipalityNames(platform)}
    />
  ), status);
}

function defaultLevel(kind: IdpKind, minimum: MinimumLevels): string {
  if (kind === 'digid') return minimum.digid ?? 'midden';
  if (kind === 'eherkenning') return minimum.eherkenning ?? 'EH3';
  return '';
}

const FIELDS = ['soort', 'persoon', 'bsn', 'niveau', 'namens', 'namensBsn', 'relatie', 'bedrijf', 'kvk', 'medewerker'] as const;

function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  const source = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  for (const field of FIELDS) {
    const value = source[field];
    if (typeof value === 'string') values[field] = value.trim().slice(0, 100);
  }
  return values;
}

type Validation = { login: IdpLogin; acr: string; amr: string[] } | { errors: FieldError[] };

const digits = (value: string | undefined) => (value ?? '').replace(/[\s.-]/g, '');

function validate(kind: IdpKind, values: Record<string, string>, minimum: MinimumLevels, machtiging: boolean, t: ReturnType<typeof idpMessages>): Validation {
  const fieldErrors: FieldError[] = [];
  if (kind === 'digid') {
    let bsn: string | undefined;
    if (values.bsn) {
      if (isValidBsn(digits(values.bsn))) bsn = digits(values.bsn);
      else fieldErrors.push({ field: 'bsn', message: t('error.bsn') });
    } else if (values.persoon && residentByBsn(values.persoon)) {
      bsn = values.persoon;
    } else {
      fieldErrors.push({ field: 'persoon', message: t('error.person') });
    }
    const level = values.niveau as DigidLevel;
    if (!DIGID_LEVELS.includes(level)) fieldErrors.push({ field: 'niveau', message: t('error.level') });
    else if (minimum.digid && DIGID_LEVELS.indexOf(level) < DIGID_LEVELS.indexOf(minimum.digid)) {
      fieldErrors.push({ field: 'niveau', message: t('error.levelTooLow', { level: t(`level.${minimum.digid}`) }) });
    }
    let actingFor: { bsn: string; relation: MachtigingRelation } | undefined;
    if (machtiging && (values.namensBsn || values.namens)) {
      let other: string | undefined;
      let field = 'namens';
      if (values.namensBsn) {
        field = 'namensBsn';
        if (isValidBsn(digits(values.namensBsn))) other = digits(values.namensBsn);
        else fieldErrors.push({ field, message: t('error.actingBsn') });
      } else if (testResidents.some((r) => r.bsn === values.namens)) {
        other = values.namens;
      } else {
        fieldErrors.push({ field, message: t('error.actingBsn') });
      }
      if (other && bsn && other === bsn) fieldErrors.push({ field, message: t('error.actingSelf') });
      const relation = values.relatie as MachtigingRelation;
      if (!MACHTIGING_RELATIONS.includes(relation)) fieldErrors.push({ field: 'relatie', message: t('error.relation') });
      else if (other) actingFor = { bsn: other, relation };
    }
    if (fieldErrors.length || !bsn) return { errors: fieldErrors };
    return { login: { kind: 'digid', bsn, actingFor }, acr: acrForDigid(level), amr: level === 'basis' ? ['pwd'] : level === 'hoog' ? ['mfa', 'sc'] : ['mfa'] };
  }
  if (kind === 'eherkenning') {
    let kvk: string | undefined;
    if (values.kvk) {
      if (isValidKvk(digits(values.kvk))) kvk = digits(values.kvk);
      else fieldErrors.push({ field: 'kvk', message: t('error.kvk') });
    } else if (values.bedrijf && companyByKvk(values.bedrijf)) {
      kvk = values.bedrijf;
    } else {
      fieldErrors.push({ field: 'bedrijf', message: t('error.company') });
    }
    const level = values.niveau as EherkenningLevel;
    if (!EHERKENNING_LEVELS.includes(level)) fieldErrors.push({ field: 'niveau', message: t('error.level') });
    else if (minimum.eherkenning && EHERKENNING_LEVELS.indexOf(level) < EHERKENNING_LEVELS.indexOf(minimum.eherkenning)) {
      fieldErrors.push({ field: 'niveau', message: t('error.levelTooLow', { level: t(`level.${minimum.eherkenning}`) }) });
    }
    if (fieldErrors.length || !kvk) return { errors: fieldErrors };
    return { login: { kind: 'eherkenning', kvk, vestiging: companyByKvk(kvk)?.vestiging }, acr: acrForEherkenning(level), amr: ['mfa'] };
  }
  const account = values.medewerker ? staffById(values.medewerker) : undefined;
  if (!account) return { errors: [{ field: 'medewerker', message: t('error.staff') }] };
  return { login: { kind: 'medewerker', id: account.id }, acr: STAFF_ACR, amr: ['mfa'] };
}

/** Pages that oidc-provider itself answers with (errors, logout), in our layout. */
function koaRenderers() {
  const context = (ctx: KoaContextWithOIDC): PageContext => {
    const chosen = /(?:^|;\s*)stadhuis_lang=([a-z]{2})/.exec(ctx.req.headers.cookie ?? '')?.[1];
    const original = (ctx.req as IncomingMessage & { originalUrl?: string }).originalUrl ?? '/';
    return {
      lang: isLang(chosen) ? chosen : 'nl',
      tenant: undefined,
      base: IDP_BASE,
      path: original.slice(IDP_BASE.length) || '/',
      csrfToken: () => {
        throw new Error('Pagina’s van oidc-provider hebben geen formulieren met het CSRF-token van het platform.');
      },
    };
  };
  const html = async (ctx: KoaContextWithOIDC, page: JSX.Element) => {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = await page;
  };
  return {
    async error(ctx: KoaContextWithOIDC, out: ErrorOut, error?: unknown) {
      // An unknown or expired resume of an authorization request (oidc-provider's SessionNotFound).
      const page = (error as Error | undefined)?.name === 'SessionNotFound'
        ? <ExpiredPage ctx={context(ctx)} />
        : <OidcErrorPage ctx={context(ctx)} error={out.error} description={out.error_description} />;
      await html(ctx, page);
    },
    async logout(ctx: KoaContextWithOIDC, action: string, xsrf: string) {
      await html(ctx, <LogoutPage ctx={context(ctx)} action={action} xsrf={xsrf} />);
    },
    async loggedOut(ctx: KoaContextWithOIDC) {
      await html(ctx, <LoggedOutPage ctx={context(ctx)} />);
    },
    async notFound(ctx: KoaContextWithOIDC) {
      ctx.status = 404;
      await html(ctx, <NotFoundPage ctx={context(ctx)} />);
    },
  };
}
