/**
 * The oidc-provider configuration of the embedded test identity provider: code flow with PKCE
 * (S256) only, a nonce in every request, RS256-signed ID tokens with a key made at start, our
 * own interaction pages, and one first-party client: the platform itself.
 *
 * Storage is oidc-provider's in-memory adapter: sessions, codes and tokens are lost at restart
 * and are not shared between processes. That is fine for a test IdP that `npm start` runs in one
 * process; it is never used in production (the module refuses NODE_ENV=production).
 */
import { createHmac, generateKeyPair, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import type { FastifyBaseLogger } from 'fastify';
import type { Account, AccountToken, ErrorOut, Grant, KoaContextWithOIDC, Provider } from 'oidc-provider';
import type { Config } from '../../platform/config/config.js';
import { DIGID_LEVELS, EHERKENNING_LEVELS } from '../../platform/auth/identity.js';
import type { TenantRegistry } from '../../platform/tenancy/tenants.js';
import { claimsFor, KIND_OF_SCOPE, kindOfAccount, parseAccountId, SCOPE_CLAIMS, type IdpKind } from './accounts.js';
import { ALL_ACR_VALUES, DIGID_ACR, EHERKENNING_ACR, levelFromAcr, minimumLevels, STAFF_ACR } from './levels.js';

/**
 * How the platform authenticates at the token endpoint: client_secret_post, what openid-client
 * uses by default when it is given a client secret (see platform/auth/oidc.ts).
 */
export const PLATFORM_CLIENT_AUTH_METHOD = 'client_secret_post';
export const DEFAULT_CALLBACK_PATHS = ['/inloggen/terug', '/beheer/inloggen/terug'];

export const TTL = {
  AuthorizationCode: 60,
  AccessToken: 10 * 60,
  IdToken: 10 * 60,
  Interaction: 15 * 60,
  Session: 60 * 60,
  Grant: 60 * 60,
  // Not issued by this provider, but oidc-provider asks for every TTL.
  RefreshToken: 60 * 60,
  ClientCredentials: 10 * 60,
  DeviceCode: 10 * 60,
  BackchannelAuthenticationRequest: 10 * 60,
  PreAuthorizedCode: 10 * 60,
};

export interface PlatformClientCredentials {
  clientId: string;
  clientSecret: string;
  tokenEndpointAuthMethod: typeof PLATFORM_CLIENT_AUTH_METHOD;
}

/** A value derived from the session secret, so it survives a restart without configuration. */
function derived(config: Pick<Config, 'sessionSecret'>, purpose: string): string {
  return createHmac('sha256', config.sessionSecret).update(`stadhuis-idp:${purpose}`).digest('base64url');
}

/**
 * The client the platform is at the embedded IdP: the same client id and secret the relying
 * party uses (config.oidc: OIDC_CLIENT_ID, OIDC_CLIENT_SECRET or the generated one).
 */
export function platformClientCredentials(config: Pick<Config, 'oidc'>): PlatformClientCredentials {
  return { clientId: config.oidc.clientId, clientSecret: config.oidc.clientSecret, tokenEndpointAuthMethod: PLATFORM_CLIENT_AUTH_METHOD };
}

/**
 * Where the platform may be sent back to. The set of municipalities changes at run time, so the
 * redirect URIs are not a fixed list but a rule checked at every request: a callback path inside
 * a municipality that exists, on one of the platform's own origins, in both address forms
 * (`<origin>/<slug><path>` and `<scheme>://<slug>.<baseDomain>:<port><path>`).
 */
export class RedirectRules {
  private slugs = new Set<string>();
  private readonly origins: URL[];
  private readonly hostPattern: RegExp;
  private readonly baseDomain: string;

  constructor(config: Pick<Config, 'publicUrl' | 'baseDomain'>, issuer: string, private readonly callbackPaths: string[]) {
    this.baseDomain = config.baseDomain;
    const seen = new Map<string, URL>();
    for (const base of [config.publicUrl, issuer]) {
      const url = new URL(base);
      seen.set(url.origin, url);
    }
    this.origins = [...seen.values()];
    this.hostPattern = new RegExp(`^([a-z][a-z0-9-]{1,40})\\.${config.baseDomain.replace(/\./g, '\\.')}$`);
  }

  setSlugs(slugs: Iterable<string>): void {
    this.slugs = new Set(slugs);
  }

  /** The municipality and the path inside it, when the URI is one of the platform's own addresses. */
  private locate(value: string): { slug: string; path: string } | undefined {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return undefined;
    }
    if (url.href !== value || url.search || url.hash || url.username || url.password) return undefined;
    if (this.origins.some((o) => o.origin === url.origin)) {
      const match = /^\/([a-z][a-z0-9-]{1,40})(\/.*)?$/.exec(url.pathname);
      if (match && this.slugs.has(match[1]!)) return { slug: match[1]!, path: match[2] ?? '/' };
    }
    const host = this.hostPattern.exec(url.hostname);
    if (host && this.slugs.has(host[1]!) && this.origins.some((o) => o.protocol === url.protocol && o.port === url.port)) {
      return { slug: host[1]!, path: url.pathname };
    }
    return undefined;
  }

  redirectUriAllowed(value: string): boolean {
    const place = this.locate(value);
    return !!place && this.callbackPaths.includes(place.path);
  }

  postLogoutRedirectUriAllowed(value: string): boolean {
    return !!this.locate(value);
  }

  /** The redirect URIs as a list (client metadata; also what to register at a real broker). */
  redirectUris(): string[] {
    const list: string[] = [];
    for (const origin of this.origins) {
      for (const slug of this.slugs) {
        for (const path of this.callbackPaths) {
          list.push(`${origin.origin}/${slug}${path}`, `${origin.protocol}//${slug}.${this.hostSuffix(origin)}${path}`);
        }
      }
    }
    return list;
  }

  postLogoutRedirectUris(): string[] {
    return this.origins.flatMap((o) => [...this.slugs].flatMap((slug) => [`${o.origin}/${slug}`, `${o.protocol}//${slug}.${this.hostSuffix(o)}/`]));
  }

  /** CSP form-action sources: the interaction forms end in a redirect to the platform. */
  formActionSources(): string {
    return ["'self'", ...this.origins.map((o) => o.origin), ...this.origins.map((o) => `${o.protocol}//*.${this.hostSuffix(o)}`)].join(' ');
  }

  private hostSuffix(origin: URL): string {
    return `${this.baseDomain}${origin.port ? `:${origin.port}` : ''}`;
  }
}

/** The kinds of login the requested scopes ask for (all when none of the specific scopes is asked). */
export function requestedKinds(scope: string | undefined): IdpKind[] {
  const kinds = new Set<IdpKind>();
  for (const s of (scope ?? '').split(' ')) {
    const kind = KIND_OF_SCOPE[s];
    if (kind) kinds.add(kind);
  }
  return kinds.size ? (['digid', 'eherkenning', 'medewerker'] as const).filter((k) => kinds.has(k)) : ['digid', 'eherkenning', 'medewerker'];
}

/** True when the login's acr is below the minimum the request asks for its kind. */
export function belowMinimum(acr: string | undefined, params: Record<string, string | undefined>): boolean {
  const minimum = minimumLevels(params.acr_values, params.loa);
  const level = acr ? levelFromAcr(acr) : undefined;
  if (level?.kind === 'digid' && minimum.digid) return DIGID_LEVELS.indexOf(level.level) < DIGID_LEVELS.indexOf(minimum.digid);
  if (level?.kind === 'eherkenning' && minimum.eherkenning) return EHERKENNING_LEVELS.indexOf(level.level) < EHERKENNING_LEVELS.indexOf(minimum.eherkenning);
  return false;
}

export interface IdpProviderOptions {
  issuer: string;
  config: Config;
  tenants: TenantRegistry;
  callbackPaths: string[];
  log: FastifyBaseLogger;
  /** Renders an HTML page for a koa context (error, logout, 404): set by the routes. */
  render: {
    error(ctx: KoaContextWithOIDC, out: ErrorOut, error: unknown): Promise<void> | void;
    logout(ctx: KoaContextWithOIDC, action: string, xsrf: string): Promise<void> | void;
    loggedOut(ctx: KoaContextWithOIDC): Promise<void> | void;
    notFound(ctx: KoaContextWithOIDC): Promise<void> | void;
  };
}

export interface IdpProvider {
  provider: Provider;
  errors: typeof import('oidc-provider').errors;
  rules: RedirectRules;
  /** Re-reads the municipalities (the registry caches them briefly). */
  refreshSlugs(): Promise<void>;
}

const SCOPES = Object.keys(SCOPE_CLAIMS);

export async function createIdpProvider(options: IdpProviderOptions): Promise<IdpProvider> {
  const { issuer, config, tenants, log, render } = options;
  if (config.nodeEnv === 'production') throw new Error('De test-inlogdienst draait nooit als NODE_ENV=production.');
  if (new URL(issuer).pathname !== '/idp') throw new Error(`De issuer van de test-inlogdienst moet eindigen op /idp, niet ${issuer}`);

  // Loaded only now: a production start never loads oidc-provider at all.
  const { default: OidcProvider, errors, interactionPolicy } = await import('oidc-provider');
  const rules = new RedirectRules(config, issuer, options.callbackPaths);
  const refreshSlugs = async () => rules.setSlugs((await tenants.list()).map((t) => t.slug));
  await refreshSlugs();

  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };

  const policy = interactionPolicy.base();
  const login = policy.get('login')!;
  // Log in again when the session belongs to another kind of login than the request asks for
  // (a resident's session when an employee must log in), or when its level is too low (step-up).
  login.checks.push(
    new interactionPolicy.Check('kind_mismatch', 'the session is of another kind of login than requested', 'login_required', (ctx) => {
      const kind = kindOfAccount(ctx.oidc.session?.accountId);
      return !!kind && !requestedKinds(ctx.oidc.params?.scope).includes(kind);
    }),
    new interactionPolicy.Check('loa_too_low', 'the level of the session is below the requested minimum', 'login_required', (ctx) =>
      !!ctx.oidc.session?.accountId && belowMinimum(ctx.oidc.session.acr, ctx.oidc.params ?? {})),
  );

  const credentials = platformClientCredentials(config);
  const provider = new OidcProvider(issuer, {
    clients: [{
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      client_name: 'Stadhuis',
      token_endpoint_auth_method: credentials.tokenEndpointAuthMethod,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      id_token_signed_response_alg: 'RS256',
      // Without acr_values oidc-provider leaves `acr` out of the ID token; the lowest levels as
      // defaults make it always there (they ask for no minimum).
      default_acr_values: [DIGID_ACR.basis, EHERKENNING_ACR.EH2, STAFF_ACR],
      // Metadata only: the rule in RedirectRules decides (see redirectUriAllowed below).
      redirect_uris: rules.redirectUris().length ? rules.redirectUris() : [`${new URL(issuer).origin}/inloggen/terug`],
      post_logout_redirect_uris: rules.postLogoutRedirectUris(),
    }],
    jwks: { keys: [signingKey] },
    cookies: {
      keys: [derived(config, 'cookies')],
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    responseTypes: ['code'],
    pkce: { required: () => true },
    scopes: SCOPES,
    claims: SCOPE_CLAIMS,
    // Put the claims of the granted scopes in the ID token too: the platform reads the ID token.
    conformIdTokenClaims: false,
    acrValues: ALL_ACR_VALUES,
    // `loa`: a minimum level as a word (basis … hoog, EH2 … EH4). Its check also demands a nonce
    // in every authorization request (the ID token echoes it; oidc-provider only demands it for
    // implicit flows).
    extraParams: {
      loa(ctx: KoaContextWithOIDC, value: string | undefined) {
        if (!ctx.oidc.params?.nonce) throw new errors.InvalidRequest('nonce is required');
        if (value !== undefined && value.split(' ').some((v) => !levelFromAcr(v))) throw new errors.InvalidRequest('loa must be one of basis, midden, substantieel, hoog, EH2, EH3, EH4');
      },
    },
    allowOmittingSingleRegisteredRedirectUri: false,
    clientBasedCORS: () => false,
    issueRefreshToken: async () => false,
    ttl: TTL,
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx: KoaContextWithOIDC) {
          const state = ctx.oidc.session?.state as { secret?: string } | undefined;
          await render.logout(ctx, ctx.oidc.urlFor('end_session_confirm'), state?.secret ?? '');
        },
        async postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
          await render.loggedOut(ctx);
        },
      },
    },
    discovery: { ui_locales_supported: ['nl', 'en'], claim_types_supported: ['normal'] },
    interactions: {
      policy,
      url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) => `/idp/interaction/${interaction.uid}`,
    },
    async findAccount(ctx: KoaContextWithOIDC, sub: string, token?: AccountToken): Promise<Account | undefined> {
      const login = parseAccountId(sub);
      if (!login) return undefined;
      const acr = token?.acr ?? (token?.extra?.acr as string | undefined) ?? ctx.oidc.session?.acr;
      return { accountId: sub, claims: () => claimsFor(sub, login, acr) };
    },
    // The access token remembers the level, so the userinfo endpoint can give `loa` as well.
    async extraTokenClaims(ctx: KoaContextWithOIDC) {
      const acr = ctx.oidc.entities.AuthorizationCode?.acr;
      return acr ? { acr } : undefined;
    },
    // First-party client: consent is implicit. The grant covers whatever known scopes are asked.
    async loadExistingGrant(ctx: KoaContextWithOIDC): Promise<Grant | undefined> {
      const { oidc } = ctx;
      const accountId = oidc.session?.accountId;
      const clientId = oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grantId = (oidc.result?.consent?.grantId as string | undefined) ?? oidc.session?.grantIdFor(clientId);
      let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
      if (!grant || grant.accountId !== accountId || grant.clientId !== clientId) grant = new oidc.provider.Grant({ accountId, clientId });
      grant.addOIDCScope([...oidc.requestParamScopes].filter((s) => SCOPES.includes(s)).join(' '));
      await grant.save();
      return grant;
    },
    async renderError(ctx: KoaContextWithOIDC, out: ErrorOut, error: unknown) {
      await render.error(ctx, out, error);
    },
  });
  provider.proxy = config.trustProxy;

  const client = provider.Client.prototype;
  client.redirectUriAllowed = (value: string) => rules.redirectUriAllowed(value);
  client.postLogoutRedirectUriAllowed = (value: string) => rules.postLogoutRedirectUriAllowed(value);

  // Municipalities come and go: know the current ones before every request is handled; and
  // answer unknown paths with our own page.
  provider.use(async (ctx, next) => {
    await refreshSlugs();
    await next();
    if (ctx.status === 404 && ctx.body == null) await render.notFound(ctx);
  });

  provider.on('server_error', (_ctx, error) => log.error({ err: error }, 'test-inlogdienst: interne fout'));
  for (const event of ['authorization.error', 'grant.error', 'end_session.error', 'userinfo.error']) {
    provider.on(event, (_ctx, error) => log.info({ event, error: (error as { error?: string }).error }, 'test-inlogdienst: verzoek geweigerd'));
  }

  return { provider, errors, rules, refreshSlugs };
}
