import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OidcSettings, StaffOidcSettings } from '../auth/oidc.js';

/**
 * Configuration comes from environment variables only. Every variable is validated at start;
 * a bad value stops the process with a message that names the variable and what is allowed.
 */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** postgres://… for a PostgreSQL server; undefined means embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Public base URL, used for absolute links (e.g. in the OpenAPI document). */
  publicUrl: string;
  /** Host name under which municipalities live as sub-domains: <slug>.<baseDomain>. */
  baseDomain: string;
  sessionSecret: string;
  /** Key of the keyed hash (HMAC) of data subjects in the processing log. */
  processingLogKey: string;
  /** Key from which the keys that encrypt personal data at rest are derived (Sealer). */
  dataEncryptionKey: string;
  /** The DigiD/eHerkenning broker (OpenID Connect); by default the embedded test provider. */
  oidc: OidcSettings;
  /** The municipality's identity provider for staff (OpenID Connect); by default the embedded test provider. */
  staffOidc: StaffOidcSettings;
  /** API clients' JWTs (HS256, ZGW): how old a token may be, and the clock skew allowed. */
  apiTokens: { maxAgeSeconds: number; leewaySeconds: number };
  /** Seed the two demo municipalities when the database has none. */
  demoSeed: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Ongeldige configuratie:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development', problems);
  const port = integer(env, 'PORT', 3000, 0, 65535, problems);
  const host = env.HOST?.trim() || '0.0.0.0';
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL moet beginnen met postgres:// of postgresql://');
  }
  const dataDir = path.resolve(env.DATA_DIR?.trim() || 'data');
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port || 3000}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(publicUrl)) problems.push('PUBLIC_URL moet een URL zijn zonder pad, bijvoorbeeld https://stadhuis.example.nl');
  const baseDomain = env.BASE_DOMAIN?.trim() || 'localhost';
  if (!/^[a-z0-9.-]+$/.test(baseDomain)) problems.push('BASE_DOMAIN mag alleen kleine letters, cijfers, punten en streepjes bevatten');
  const demoSeed = boolean(env, 'DEMO_SEED', nodeEnv !== 'production', problems);
  const logLevel = oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info', problems);
  const trustProxy = boolean(env, 'TRUST_PROXY', false, problems);

  let sessionSecret = env.SESSION_SECRET ?? '';
  if (sessionSecret && sessionSecret.length < 32) problems.push('SESSION_SECRET moet minstens 32 tekens lang zijn');
  let processingLogKey = env.PROCESSING_LOG_KEY ?? '';
  if (processingLogKey && processingLogKey.length < 32) problems.push('PROCESSING_LOG_KEY moet minstens 32 tekens lang zijn');
  let dataEncryptionKey = env.DATA_ENCRYPTION_KEY ?? '';
  if (dataEncryptionKey && dataEncryptionKey.length < 32) problems.push('DATA_ENCRYPTION_KEY moet minstens 32 tekens lang zijn');
  if (nodeEnv === 'production') {
    if (!sessionSecret) problems.push('SESSION_SECRET is verplicht als NODE_ENV=production');
    if (!processingLogKey) problems.push('PROCESSING_LOG_KEY is verplicht als NODE_ENV=production');
    if (!dataEncryptionKey) problems.push('DATA_ENCRYPTION_KEY is verplicht als NODE_ENV=production');
  }
  const oidcIssuer = env.OIDC_ISSUER?.trim().replace(/\/+$/, '') || `${publicUrl}/idp`;
  if (!/^https?:\/\/[^\s]+$/.test(oidcIssuer)) problems.push('OIDC_ISSUER moet een URL zijn, bijvoorbeeld https://broker.example.nl');
  if (nodeEnv === 'production') {
    if (!env.OIDC_ISSUER) problems.push('OIDC_ISSUER is verplicht als NODE_ENV=production (de ingebouwde testinlogdienst staat dan uit)');
    if (!env.OIDC_CLIENT_SECRET) problems.push('OIDC_CLIENT_SECRET is verplicht als NODE_ENV=production');
    if (env.STAFF_OIDC_ISSUER && !env.STAFF_OIDC_CLIENT_SECRET) problems.push('STAFF_OIDC_CLIENT_SECRET is verplicht als NODE_ENV=production en STAFF_OIDC_ISSUER is gezet');
  }
  const staffIssuer = env.STAFF_OIDC_ISSUER?.trim().replace(/\/+$/, '') || oidcIssuer;
  if (!/^https?:\/\/[^\s]+$/.test(staffIssuer)) problems.push('STAFF_OIDC_ISSUER moet een URL zijn, bijvoorbeeld https://login.gemeente.nl');
  const maxAgeSeconds = integer(env, 'API_TOKEN_MAX_AGE', 3600, 60, 86_400, problems);
  const leewaySeconds = integer(env, 'API_TOKEN_LEEWAY', 60, 0, 600, problems);
  if (problems.length) throw new ConfigError(problems);

  // Development and test: a secret generated once and kept in the data folder, so sessions
  // survive a restart without anyone having to configure one.
  if (!sessionSecret) sessionSecret = nodeEnv === 'test' ? randomBytes(32).toString('hex') : localSecret(dataDir, 'session-secret');
  if (!processingLogKey) processingLogKey = nodeEnv === 'test' ? randomBytes(32).toString('hex') : localSecret(dataDir, 'processing-log-key');
  if (!dataEncryptionKey) dataEncryptionKey = nodeEnv === 'test' ? randomBytes(32).toString('hex') : localSecret(dataDir, 'data-encryption-key');
  const claim = (name: string, fallback: string) => env[`OIDC_CLAIM_${name}`]?.trim() || fallback;
  const oidc: OidcSettings = {
    issuer: oidcIssuer,
    clientId: env.OIDC_CLIENT_ID?.trim() || 'stadhuis',
    clientSecret: env.OIDC_CLIENT_SECRET?.trim() || (nodeEnv === 'test' ? 'test-client-secret' : localSecret(dataDir, 'oidc-client-secret')),
    scopes: { resident: env.OIDC_SCOPE_RESIDENT?.trim() || 'openid digid machtiging', business: env.OIDC_SCOPE_BUSINESS?.trim() || 'openid eherkenning' },
    claims: {
      bsn: claim('BSN', 'bsn'), kvk: claim('KVK', 'kvk'), vestiging: claim('VESTIGING', 'vestiging'), level: claim('LEVEL', 'acr'),
      actingForBsn: claim('ACTING_FOR_BSN', 'acting_for_bsn'), relation: claim('RELATION', 'relation'), name: claim('NAME', 'name'),
    },
  };

  // Staff may log in at another provider than residents (the municipality's own, e.g. Entra ID or
  // Keycloak); by default the same one, as another client.
  const staffOidc: StaffOidcSettings = {
    issuer: staffIssuer,
    clientId: env.STAFF_OIDC_CLIENT_ID?.trim() || oidc.clientId,
    clientSecret: env.STAFF_OIDC_CLIENT_SECRET?.trim() || oidc.clientSecret,
    scope: env.STAFF_OIDC_SCOPE?.trim() || 'openid staff',
    claims: {
      name: env.STAFF_OIDC_CLAIM_NAME?.trim() || 'name',
      email: env.STAFF_OIDC_CLAIM_EMAIL?.trim() || 'email',
      roles: env.STAFF_OIDC_CLAIM_ROLES?.trim() || 'roles',
    },
  };

  return {
    nodeEnv, port, host, databaseUrl, dataDir, publicUrl, baseDomain, sessionSecret, processingLogKey, dataEncryptionKey, oidc, staffOidc,
    apiTokens: { maxAgeSeconds, leewaySeconds },
    demoSeed, logLevel, trustProxy, ...overrides,
  };
}

function localSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name}="${raw}" is niet toegestaan; kies uit: ${allowed.join(', ')}`);
  return fallback;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name}="${raw}" moet een geheel getal zijn van ${min} tot en met ${max}`);
    return fallback;
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'ja'].includes(raw)) return true;
  if (['0', 'false', 'no', 'nee'].includes(raw)) return false;
  problems.push(`${name}="${raw}" moet true of false zijn`);
  return fallback;
}
