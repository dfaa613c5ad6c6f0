import * as client from 'openid-client';
import { DIGID_LEVELS, EHERKENNING_LEVELS, isValidBsn, isValidKvk, type DigidLevel, type EherkenningLevel, type Identity } from './identity.js';

/**
 * How the platform reaches the DigiD/eHerkenning broker (or the embedded test provider) and
 * how the broker's claims map to an Identity. Everything here comes from configuration.
 */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: { resident: string; business: string };
  claims: { bsn: string; kvk: string; vestiging: string; level: string; actingForBsn: string; relation: string; name: string };
}

/** The municipality's own identity provider for staff, and which claims hold what. */
export interface StaffOidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  /** `roles` holds the roles per municipality: { "<slug>": ["behandelaar", …] } (or a flat list). */
  claims: { name: string; email: string; roles: string };
}

/** An employee as the staff identity provider describes them. */
export interface StaffClaims {
  subject: string;
  name: string;
  email: string | undefined;
  /** Roles the provider grants per municipality slug ("*" for every municipality). */
  roles: Record<string, string[]>;
}

export class OidcLoginError extends Error {
  constructor(message: string, public readonly reason: 'provider' | 'claims' | 'state') {
    super(message);
  }
}

export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * An OpenID Connect client: one discovery per process (retried after a failure), then the code
 * flow with PKCE, state and nonce; the ID token's signature, issuer, audience and nonce are checked.
 */
class OidcClient {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(private readonly endpoint: { issuer: string; clientId: string; clientSecret: string }) {}

  private discover(): Promise<client.Configuration> {
    this.configuration ??= client.discovery(new URL(this.endpoint.issuer), this.endpoint.clientId, this.endpoint.clientSecret, undefined, {
      execute: this.endpoint.issuer.startsWith('http://') ? [client.allowInsecureRequests] : [],
      timeout: 10,
    }).catch((error: unknown) => {
      this.configuration = undefined;
      throw new OidcLoginError(`De inlogdienst is niet bereikbaar (${(error as Error).message}).`, 'provider');
    });
    return this.configuration;
  }

  async start(options: { scope: string; redirectUri: string; acrValues?: string; loginHint?: string }): Promise<AuthorizationRequest> {
    const config = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: options.redirectUri,
      scope: options.scope,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state, nonce,
      ...(options.acrValues ? { acr_values: options.acrValues } : {}),
      ...(options.loginHint ? { login_hint: options.loginHint } : {}),
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Exchanges the code (checking state, nonce, PKCE and the ID token) for the ID token's claims. */
  async claims(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string }): Promise<Record<string, unknown>> {
    const config = await this.discover();
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: expected.codeVerifier, expectedState: expected.state, expectedNonce: expected.nonce, idTokenExpected: true,
      });
      return (tokens.claims() ?? {}) as Record<string, unknown>;
    } catch (error) {
      throw new OidcLoginError(`Inloggen is niet gelukt: ${(error as Error).message}`, 'state');
    }
  }
}

/** Residents and businesses: DigiD and eHerkenning through the broker. */
export class OidcRelyingParty {
  private readonly client: OidcClient;

  constructor(private readonly settings: OidcSettings) {
    this.client = new OidcClient(settings);
  }

  authorizationRequest(options: { kind: Identity['kind']; redirectUri: string; level: DigidLevel | EherkenningLevel; loginHint?: string }): Promise<AuthorizationRequest> {
    return this.client.start({
      scope: options.kind === 'resident' ? this.settings.scopes.resident : this.settings.scopes.business,
      redirectUri: options.redirectUri, acrValues: options.level, ...(options.loginHint ? { loginHint: options.loginHint } : {}),
    });
  }

  /** Exchanges the code for an Identity. */
  async complete(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string; kind: Identity['kind'] }): Promise<Identity> {
    return this.identityFrom(await this.client.claims(callbackUrl, expected), expected.kind);
  }

  identityFrom(claims: Record<string, unknown>, kind: Identity['kind']): Identity {
    const c = this.settings.claims;
    const level = levelOf(claims[c.level] ?? claims.acr);
    if (kind === 'resident') {
      const bsn = String(claims[c.bsn] ?? '');
      if (!isValidBsn(bsn)) throw new OidcLoginError('De inlogdienst gaf geen geldig burgerservicenummer.', 'claims');
      if (!level || !(DIGID_LEVELS as readonly string[]).includes(level)) throw new OidcLoginError('De inlogdienst gaf geen DigiD-niveau.', 'claims');
      const actingFor = claims[c.actingForBsn] ? String(claims[c.actingForBsn]) : undefined;
      if (actingFor && !isValidBsn(actingFor)) throw new OidcLoginError('De machtiging noemt geen geldig burgerservicenummer.', 'claims');
      const relation = String(claims[c.relation] ?? 'gemachtigde');
      return {
        kind: 'resident', bsn, level: level as DigidLevel, method: 'digid',
        ...(actingFor ? { actingFor: { bsn: actingFor, relation: (['ouder', 'voogd', 'bewindvoerder'].includes(relation) ? relation : 'gemachtigde') as 'ouder' } } : {}),
      };
    }
    const kvk = String(claims[c.kvk] ?? '');
    if (!isValidKvk(kvk)) throw new OidcLoginError('De inlogdienst gaf geen geldig KVK-nummer.', 'claims');
    if (!level || !(EHERKENNING_LEVELS as readonly string[]).includes(level)) throw new OidcLoginError('De inlogdienst gaf geen eHerkenning-niveau.', 'claims');
    const vestiging = claims[c.vestiging] ? String(claims[c.vestiging]) : undefined;
    const name = claims[c.name] ? String(claims[c.name]).slice(0, 200) : undefined;
    return { kind: 'business', kvk, level: level as EherkenningLevel, ...(vestiging ? { vestiging } : {}), ...(name ? { name } : {}) };
  }
}

/** "substantieel", "urn:nl:digid:substantieel", "urn:etoegang:core:assurance-class:loa3" → the level word. */
export function levelOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const last = value.split(':').pop()!.toLowerCase();
  const eh: Record<string, EherkenningLevel> = { eh2: 'EH2', eh3: 'EH3', eh4: 'EH4', loa2: 'EH2', loa2plus: 'EH2', loa3: 'EH3', loa4: 'EH4' };
  if (eh[last]) return eh[last];
  return (DIGID_LEVELS as readonly string[]).includes(last) ? last : undefined;
}

/** Staff: the municipality's identity provider (Entra ID, Keycloak, … or the embedded test provider). */
export class StaffOidc {
  private readonly client: OidcClient;

  constructor(private readonly settings: StaffOidcSettings) {
    this.client = new OidcClient(settings);
  }

  authorizationRequest(redirectUri: string): Promise<AuthorizationRequest> {
    return this.client.start({ scope: this.settings.scope, redirectUri });
  }

  async complete(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string }): Promise<StaffClaims> {
    return this.staffFrom(await this.client.claims(callbackUrl, expected));
  }

  staffFrom(claims: Record<string, unknown>): StaffClaims {
    const subject = typeof claims.sub === 'string' ? claims.sub : '';
    if (!subject || subject.length > 255) throw new OidcLoginError('De inlogdienst gaf geen medewerker-id (sub).', 'claims');
    const c = this.settings.claims;
    const name = typeof claims[c.name] === 'string' && String(claims[c.name]).trim() ? String(claims[c.name]).trim().slice(0, 200) : subject;
    const email = typeof claims[c.email] === 'string' ? String(claims[c.email]).slice(0, 320) : undefined;
    const raw = claims[c.roles];
    const roles: Record<string, string[]> = {};
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    if (Array.isArray(raw)) roles['*'] = strings(raw);
    else if (raw && typeof raw === 'object') for (const [slug, list] of Object.entries(raw)) roles[slug] = strings(list);
    return { subject, name, email, roles };
  }
}
