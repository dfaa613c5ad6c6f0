/**
 * Where the persons module finds the BRP and the KVK. All from environment variables, checked
 * when the application starts; a bad value stops the start with a message that names it.
 *
 * | Variable            | Default                                   | Meaning                                        |
 * |---------------------|-------------------------------------------|------------------------------------------------|
 * | BRP_API_URL         | the embedded test BRP on this server      | Base URL of the Haal Centraal BRP Personen API |
 * | BRP_API_KEY         | dev key of the embedded BRP               | API key; required when BRP_API_URL is set      |
 * | BRP_API_KEY_HEADER  | X-Api-Key                                 | Header that carries the BRP API key            |
 * | KVK_API_URL         | the embedded test KVK on this server      | Base URL of the KVK API, e.g. https://api.kvk.nl/api |
 * | KVK_API_KEY         | dev key of the embedded KVK               | API key (header `apikey`); required when KVK_API_URL is set |
 * | REGISTER_TIMEOUT_MS | 5000                                      | Time limit of one call to the BRP or the KVK   |
 * | EMBEDDED_REGISTERS  | true, false in production                 | Serve the test BRP and KVK under /haalcentraal and /kvk |
 */
import { ConfigError, type Config } from '../../platform/config/config.js';

/** The keys of the embedded registers when no key is configured; they guard fictional data only. */
export const DEV_BRP_API_KEY = 'stadhuis-dev-brp';
export const DEV_KVK_API_KEY = 'stadhuis-dev-kvk';

export interface RegisterSettings {
  /** Base URL without trailing slash; undefined: the embedded register on this same server. */
  baseUrl: string | undefined;
  apiKey: string;
  apiKeyHeader: string;
  timeoutMs: number;
}

export interface PersonsSettings {
  /** Whether this server serves the embedded test BRP and KVK. */
  embeddedRegisters: boolean;
  brp: RegisterSettings;
  kvk: RegisterSettings;
  /** What the embedded registers accept: the key the client sends when it calls them. */
  embedded: { brpApiKey: string; brpApiKeyHeader: string; kvkApiKey: string };
}

type Env = Record<string, string | undefined>;

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

export function loadPersonsSettings(env: Env, nodeEnv: Config['nodeEnv']): PersonsSettings {
  const problems: string[] = [];
  const url = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    if (!raw) return undefined;
    let parsed: URL | undefined;
    try {
      parsed = new URL(raw);
    } catch { /* reported below */ }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash) {
      problems.push(`${name} moet een http(s)-URL zijn zonder query, bijvoorbeeld https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp`);
      return undefined;
    }
    if (nodeEnv === 'production' && parsed.protocol !== 'https:') problems.push(`${name} moet https gebruiken als NODE_ENV=production`);
    return raw.replace(/\/+$/, '');
  };

  const embeddedRaw = env.EMBEDDED_REGISTERS?.trim().toLowerCase();
  let embeddedRegisters = nodeEnv !== 'production';
  if (embeddedRaw) {
    if (['1', 'true', 'yes', 'ja'].includes(embeddedRaw)) embeddedRegisters = true;
    else if (['0', 'false', 'no', 'nee'].includes(embeddedRaw)) embeddedRegisters = false;
    else problems.push(`EMBEDDED_REGISTERS="${embeddedRaw}" moet true of false zijn`);
  }

  const timeoutRaw = env.REGISTER_TIMEOUT_MS?.trim();
  const timeoutMs = timeoutRaw ? Number(timeoutRaw) : 5000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 60_000) {
    problems.push(`REGISTER_TIMEOUT_MS="${timeoutRaw}" moet een geheel getal zijn van 100 tot en met 60000 (milliseconden)`);
  }

  const register = (prefix: 'BRP' | 'KVK', devKey: string, defaultHeader: string): RegisterSettings => {
    const baseUrl = url(`${prefix}_API_URL`);
    const apiKey = env[`${prefix}_API_KEY`]?.trim() || undefined;
    // The KVK API always takes its key in `apikey`; BRP gateways differ.
    const header = (prefix === 'BRP' && env.BRP_API_KEY_HEADER?.trim()) || defaultHeader;
    if (!HEADER_NAME.test(header)) problems.push(`${prefix}_API_KEY_HEADER="${header}" is geen geldige naam van een HTTP-header`);
    if (env[`${prefix}_API_URL`]?.trim() && !apiKey) problems.push(`${prefix}_API_KEY is verplicht als ${prefix}_API_URL is ingesteld`);
    if (!env[`${prefix}_API_URL`]?.trim() && !embeddedRegisters) {
      problems.push(`${prefix}_API_URL is verplicht: de ingebouwde test-${prefix} staat uit (NODE_ENV=production of EMBEDDED_REGISTERS=false)`);
    }
    return { baseUrl, apiKey: apiKey ?? devKey, apiKeyHeader: header, timeoutMs };
  };

  const brp = register('BRP', DEV_BRP_API_KEY, 'X-Api-Key');
  const kvk = register('KVK', DEV_KVK_API_KEY, 'apikey');
  if (problems.length) throw new ConfigError(problems);
  return {
    embeddedRegisters, brp, kvk,
    // When the client calls the embedded register, it sends the configured key (or the dev key)
    // in the configured header; the embedded register accepts exactly that.
    embedded: {
      brpApiKey: brp.baseUrl ? DEV_BRP_API_KEY : brp.apiKey,
      brpApiKeyHeader: brp.baseUrl ? 'X-Api-Key' : brp.apiKeyHeader,
      kvkApiKey: kvk.baseUrl ? DEV_KVK_API_KEY : kvk.apiKey,
    },
  };
}

const loaded = new WeakMap<Config, PersonsSettings>();

/** The settings for this configuration, read from the process environment once. */
export function personsSettings(config: Config): PersonsSettings {
  let settings = loaded.get(config);
  if (!settings) {
    settings = loadPersonsSettings(process.env, config.nodeEnv);
    loaded.set(config, settings);
  }
  return settings;
}
