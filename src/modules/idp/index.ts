/**
 * The embedded test identity provider: a real OpenID Connect provider under /idp that stands in
 * for the DigiD/eHerkenning broker and for the municipality's staff IdP, so that `npm start`
 * needs nothing outside the process. Never registered when NODE_ENV=production.
 */
import type { Config } from '../../platform/config/config.js';
import type { StadhuisModule } from '../../platform/http/types.js';
import { DEFAULT_CALLBACK_PATHS } from './provider.js';
import { accountIdFor } from './accounts.js';
import { IdpRuntime, registerIdpRoutes } from './routes.js';
import { testStaff } from './test-identities.js';

export { DEFAULT_CALLBACK_PATHS, PLATFORM_CLIENT_AUTH_METHOD, platformClientCredentials, type PlatformClientCredentials } from './provider.js';
export { ALL_ACR_VALUES, DIGID_ACR, DIGID_SAML_CLASS, EHERKENNING_ACR, STAFF_ACR, levelFromAcr, minimumLevels } from './levels.js';
export { SCOPE_CLAIMS } from './accounts.js';
export * from './test-identities.js';

export interface IdpOptions {
  /** Issuer identifier; its path must be /idp. Default: see embeddedIdpIssuer. */
  issuer?: string;
  /** Callback paths inside a municipality. Default: /inloggen/terug and /beheer/inloggen/terug. */
  callbackPaths?: string[];
}

/**
 * The issuer of the embedded IdP: the platform's OIDC_ISSUER when that names an /idp on some
 * address (so the relying party and the provider agree on it by construction), else
 * `${PUBLIC_URL}/idp`. With OIDC_ISSUER pointing to a real broker, the embedded IdP still runs
 * (outside production) but the platform does not use it.
 */
export function embeddedIdpIssuer(config: Pick<Config, 'publicUrl' | 'oidc'>): string {
  try {
    const configured = new URL(config.oidc.issuer);
    if (configured.pathname === '/idp' && !configured.search && !configured.hash) return `${configured.origin}/idp`;
  } catch {
    // Not a URL: the configuration check reports it.
  }
  return `${config.publicUrl}/idp`;
}

export function createIdpModule(options: IdpOptions = {}): StadhuisModule {
  return {
    name: 'idp',
    migrations: [],
    globalRoutes(app, platform) {
      // A stand-in with known test identities has no place in production: not even its routes.
      if (platform.config.nodeEnv === 'production') return;
      const runtime = new IdpRuntime({
        issuer: (options.issuer ?? embeddedIdpIssuer(platform.config)).replace(/\/+$/, ''),
        callbackPaths: options.callbackPaths ?? DEFAULT_CALLBACK_PATHS,
      }, app, platform);
      registerIdpRoutes(app, platform, runtime);
    },
    // The test provider's employees are known to the demo municipalities before their first
    // login, so the admin page lists them.
    async seedDemo(platform, tenant) {
      await platform.staff.seed(tenant.id, testStaff.filter((s) => s.roles[tenant.slug]?.length).map((s) => ({
        subject: accountIdFor({ kind: 'medewerker', id: s.id }), name: s.name, email: s.email, roles: s.roles[tenant.slug]!,
      })));
    },
  };
}

export const idpModule = createIdpModule();
