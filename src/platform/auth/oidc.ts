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

/** The relying party: one discovery per process (retried after a failure), then code flow with PKCE. */
export class OidcRelyingParty {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(private readonly settings: OidcSettings) {}

  private discover(): Promise<client.Configuration> {
    this.configuration ??= client.discovery(new URL(this.settings.issuer), this.settings.clientId, this.settings.clientSecret, undefined, {
      execute: this.settings.issuer.startsWith('http://') ? [client.allowInsecureRequests] : [],
      timeout: 10,
    }).catch((error: unknown) => {
      this.configuration = undefined;
      throw new OidcLoginError(`De inlogdienst is niet bereikbaar (${(error as Error).message}).`, 'provider');
    });
    return this.configuration;
  }

  async authorizationRequest(options: { kind: Identity['kind']; redirectUri: string; level: DigidLevel | EherkenningLevel; loginHint?: string }): Promise<AuthorizationRequest> {
    const config = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: options.redirectUri,
      scope: options.kind === 'resident' ? this.settings.scopes.resident : this.settings.scopes.business,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state, nonce,
      acr_values: options.level,
      ...(options.loginHint ? { login_hint: options.loginHint } : {}),
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Exchanges the code (checking state, nonce, PKCE and the ID token's signature) for an Identity. */
  async complete(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string; kind: Identity['kind'] }): Promise<Identity> {
    const config = await this.discover();
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: expected.codeVerifier, expectedState: expected.state, expectedNonce: expected.nonce, idTokenExpected: true,
      });
      claims = (tokens.claims() ?? {}) as Record<string, unknown>;
    } catch (error) {
      throw new OidcLoginError(`Inloggen is niet gelukt: ${(error as Error).message}`, 'state');
    }
    return this.identityFrom(claims, expected.kind);
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
