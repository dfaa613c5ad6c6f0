/**
 * Where the addresses module finds the BAG. From environment variables, checked at start; a bad
 * value stops the start with a message that names it.
 *
 * | Variable            | Default                              | Meaning                                                |
 * |---------------------|--------------------------------------|--------------------------------------------------------|
 * | BAG_API_URL         | the embedded test BAG on this server | Base URL of the BAG API Individuele Bevragingen v2, e.g. https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2 |
 * | BAG_API_KEY         | dev key of the embedded BAG          | API key (header X-Api-Key); required when BAG_API_URL is set |
 * | REGISTER_TIMEOUT_MS | 5000                                 | Time limit of one call (shared with the BRP and KVK)   |
 * | EMBEDDED_REGISTERS  | true, false in production            | Also serve the fictional BAG under /bag                |
 */
import { ConfigError, type Config } from '../../platform/config/config.js';

export const DEV_BAG_API_KEY = 'stadhuis-dev-bag';
export const BAG_API_KEY_HEADER = 'X-Api-Key';

export interface AddressesSettings {
  embeddedRegister: boolean;
  /** Undefined: the embedded BAG on this server. */
  baseUrl: string | undefined;
  apiKey: string;
  timeoutMs: number;
  /** The key the embedded BAG accepts. */
  embeddedApiKey: string;
}

type Env = Record<string, string | undefined>;

export function loadAddressesSettings(env: Env, nodeEnv: Config['nodeEnv']): AddressesSettings {
  const problems: string[] = [];
  const embeddedRaw = env.EMBEDDED_REGISTERS?.trim().toLowerCase();
  let embeddedRegister = nodeEnv !== 'production';
  if (embeddedRaw) {
    if (['1', 'true', 'yes', 'ja'].includes(embeddedRaw)) embeddedRegister = true;
    else if (['0', 'false', 'no', 'nee'].includes(embeddedRaw)) embeddedRegister = false;
    else problems.push(`EMBEDDED_REGISTERS="${embeddedRaw}" moet true of false zijn`);
  }
  let baseUrl: string | undefined;
  const rawUrl = env.BAG_API_URL?.trim();
  if (rawUrl) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(rawUrl);
    } catch { /* reported below */ }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash) {
      problems.push('BAG_API_URL moet een http(s)-URL zijn zonder query, bijvoorbeeld https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2');
    } else {
      if (nodeEnv === 'production' && parsed.protocol !== 'https:') problems.push('BAG_API_URL moet https gebruiken als NODE_ENV=production');
      baseUrl = rawUrl.replace(/\/+$/, '');
    }
  }
  const apiKey = env.BAG_API_KEY?.trim() || undefined;
  if (rawUrl && !apiKey) problems.push('BAG_API_KEY is verplicht als BAG_API_URL is ingesteld');
  if (!rawUrl && !embeddedRegister) problems.push('BAG_API_URL is verplicht: de ingebouwde test-BAG staat uit (NODE_ENV=production of EMBEDDED_REGISTERS=false)');
  const timeoutRaw = env.REGISTER_TIMEOUT_MS?.trim();
  const timeoutMs = timeoutRaw ? Number(timeoutRaw) : 5000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 60_000) {
    problems.push(`REGISTER_TIMEOUT_MS="${timeoutRaw}" moet een geheel getal zijn van 100 tot en met 60000 (milliseconden)`);
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    embeddedRegister, baseUrl, timeoutMs,
    apiKey: apiKey ?? DEV_BAG_API_KEY,
    embeddedApiKey: baseUrl ? DEV_BAG_API_KEY : apiKey ?? DEV_BAG_API_KEY,
  };
}

const loaded = new WeakMap<Config, AddressesSettings>();

export function addressesSettings(config: Config): AddressesSettings {
  let settings = loaded.get(config);
  if (!settings) {
    settings = loadAddressesSettings(process.env, config.nodeEnv);
    loaded.set(config, settings);
  }
  return settings;
}
