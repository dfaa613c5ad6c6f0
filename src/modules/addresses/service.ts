/**
 * Addresses for the rest of Stadhuis: a lookup by postcode and house number (the "postcode check"
 * of every form), a free-text search, and what the municipality knows about an address' location
 * (wijk, buurt, zones, coordinates). Addresses come from the BAG through its API contract
 * (`BagApiRegister`), by default the embedded test BAG on this same server; the municipal area
 * data (`AreaIndex`) comes from the embedded dataset.
 *
 * Addresses are public data (the BAG is an open register): no processing log is written for them.
 */
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../platform/http/types.js';
import { BAG_PROVIDER_PREFIX } from './bag-provider.js';
import { datasetAddresses, type DatasetAddress } from './dataset.js';
import { additionOf, normalizeAddition, normalizePostcode, parseHouseNumber } from './format.js';
import { addressesSettings, BAG_API_KEY_HEADER } from './settings.js';
import type { Address, BagAdres, BagAdressenResponse, LookupResult } from './types.js';

/** Why the BAG gave no answer. */
export class AddressRegisterError extends Error {
  constructor(public readonly reason: 'unreachable' | 'timeout' | 'rejected' | 'malformed', public readonly status?: number) {
    super(`BAG: ${reason}${status ? ` (HTTP ${status})` : ''}`);
    this.name = 'AddressRegisterError';
  }
}

/** The BAG as Stadhuis uses it (the BAG API Individuele Bevragingen v2, resource adressen). */
export interface AddressRegister {
  /** GET /adressen?postcode&huisnummer: every address with this number (with any letter or addition). */
  byPostcode(postcode: string, huisnummer: number): Promise<BagAdres[]>;
  /** GET /adressen/{id}. */
  byId(id: string): Promise<BagAdres | undefined>;
  /** GET /adressen/zoek?zoek=: identifications of addresses matching free text. */
  search(text: string, limit: number): Promise<string[]>;
}

/** The municipality's own data about an address: areas, zones and a point. */
export interface AreaIndex {
  of(nummeraanduidingId: string): Pick<Address, 'gemeente' | 'wijk' | 'buurt' | 'zones' | 'coordinates'> | undefined;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** A client of the BAG API over HTTP. */
export class BagApiRegister implements AddressRegister {
  constructor(private readonly endpoint: { baseUrl: string | (() => string); apiKey: string; timeoutMs: number }, private readonly fetchImpl: FetchLike = fetch) {}

  private async get(path: string): Promise<{ status: number; json: unknown }> {
    const base = (typeof this.endpoint.baseUrl === 'function' ? this.endpoint.baseUrl() : this.endpoint.baseUrl).replace(/\/+$/, '');
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(`${base}${path}`, {
        headers: { accept: 'application/hal+json', [BAG_API_KEY_HEADER]: this.endpoint.apiKey },
        signal: AbortSignal.timeout(this.endpoint.timeoutMs),
        redirect: 'error',
      });
      text = await response.text();
    } catch (error) {
      const name = (error as Error | undefined)?.name;
      throw new AddressRegisterError(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unreachable');
    }
    if (response.status === 404) return { status: 404, json: undefined };
    if (response.status !== 200) throw new AddressRegisterError('rejected', response.status);
    try {
      return { status: 200, json: JSON.parse(text) };
    } catch {
      throw new AddressRegisterError('malformed', response.status);
    }
  }

  async byPostcode(postcode: string, huisnummer: number): Promise<BagAdres[]> {
    const { json } = await this.get(`/adressen?postcode=${encodeURIComponent(postcode)}&huisnummer=${huisnummer}`);
    const list = (json as BagAdressenResponse | undefined)?._embedded?.adressen;
    if (list !== undefined && !Array.isArray(list)) throw new AddressRegisterError('malformed');
    return (list ?? []).filter(isBagAdres);
  }

  async byId(id: string): Promise<BagAdres | undefined> {
    if (!/^\d{16}$/.test(id)) return undefined;
    const { status, json } = await this.get(`/adressen/${id}`);
    if (status === 404) return undefined;
    if (!isBagAdres(json)) throw new AddressRegisterError('malformed');
    return json;
  }

  async search(text: string, limit: number): Promise<string[]> {
    const { json } = await this.get(`/adressen/zoek?zoek=${encodeURIComponent(text)}&pageSize=${limit}`);
    const list = (json as { _embedded?: { zoekresultaten?: { identificatie?: unknown }[] } } | undefined)?._embedded?.zoekresultaten ?? [];
    return list.map((r) => r.identificatie).filter((id): id is string => typeof id === 'string' && /^\d{16}$/.test(id));
  }
}

function isBagAdres(value: unknown): value is BagAdres {
  const a = value as BagAdres | undefined;
  return !!a && typeof a === 'object' && typeof a.openbareRuimteNaam === 'string' && typeof a.huisnummer === 'number'
    && typeof a.woonplaatsNaam === 'string' && typeof a.nummeraanduidingIdentificatie === 'string';
}

/** The embedded dataset's areas. */
export const embeddedAreas: AreaIndex = {
  of(id) {
    const found = byIdIndex().get(id);
    return found ? { gemeente: found.gemeente, wijk: found.wijk, buurt: found.buurt, zones: found.zones, coordinates: found.coordinates } : undefined;
  },
};

let idIndex: Map<string, DatasetAddress> | undefined;
function byIdIndex(): Map<string, DatasetAddress> {
  idIndex ??= new Map(datasetAddresses().map((a) => [a.id, a]));
  return idIndex;
}

/** The HTTP server of each running platform, for the address of the embedded BAG. */
const servers = new WeakMap<object, FastifyInstance>();

export function attachServer(platform: object, app: FastifyInstance): void {
  servers.set(platform, app);
}

function ownBaseUrl(platform: Pick<Platform, 'config'>): string {
  const address = servers.get(platform)?.server.address();
  if (!address || typeof address === 'string') return platform.config.publicUrl;
  const host = ['0.0.0.0', '::'].includes(address.address) ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

export interface AddressesServiceOptions {
  register?: AddressRegister;
  areas?: AreaIndex;
}

export class AddressesService {
  private readonly register: AddressRegister;
  private readonly areas: AreaIndex;

  constructor(platform: Pick<Platform, 'config'>, options: AddressesServiceOptions = {}) {
    const settings = addressesSettings(platform.config);
    this.register = options.register ?? new BagApiRegister({
      baseUrl: settings.baseUrl ?? (() => `${ownBaseUrl(platform)}${BAG_PROVIDER_PREFIX}`),
      apiKey: settings.apiKey,
      timeoutMs: settings.timeoutMs,
    });
    this.areas = options.areas ?? embeddedAreas;
  }

  /**
   * The address at a postcode and house number, as a resident types them: the postcode with or
   * without a space, the addition in its own box or after the number ("3A", "27-2", "5 bis").
   * Without an addition, a number that has only one address (or one without any addition) is found;
   * a number with several gives the candidates. Throws AddressRegisterError when the BAG fails.
   */
  async lookupAddress(postcode: string, huisnummer: number | string, toevoeging = ''): Promise<LookupResult> {
    const pc = normalizePostcode(postcode);
    const number = parseHouseNumber(String(huisnummer), toevoeging);
    const problems: ('postcode' | 'huisnummer' | 'toevoeging')[] = [];
    if (!pc) problems.push('postcode');
    if (!number) problems.push('huisnummer');
    else if (number.toevoeging && !/^[0-9A-Za-z]{1,6}$/.test(normalizeAddition(number.toevoeging))) problems.push('toevoeging');
    if (!pc || !number || problems.length) return { status: 'invalid', problems };
    const candidates = (await this.register.byPostcode(pc, number.huisnummer)).map((a) => this.toAddress(a))
      .sort((a, b) => additionOf(a).localeCompare(additionOf(b), 'nl', { numeric: true }));
    if (!candidates.length) return { status: 'not-found' };
    const wanted = normalizeAddition(number.toevoeging);
    if (wanted) {
      const match = candidates.filter((a) => additionOf(a) === wanted);
      return match.length === 1 ? { status: 'found', address: match[0]! } : { status: 'ambiguous', candidates };
    }
    if (candidates.length === 1) return { status: 'found', address: candidates[0]! };
    const plain = candidates.filter((a) => additionOf(a) === '');
    return plain.length === 1 ? { status: 'found', address: plain[0]! } : { status: 'ambiguous', candidates };
  }

  /** Addresses matching free text ("dijkstraat 14", "4201 AB", "havenkade dijkwaard"), at most `limit`. */
  async searchAddresses(query: { text: string; limit?: number }): Promise<Address[]> {
    const text = query.text.trim().slice(0, 100);
    if (text.length < 2) return [];
    const limit = Math.min(50, Math.max(1, query.limit ?? 10));
    const ids = await this.register.search(text, limit);
    const found = await Promise.all(ids.map((id) => this.register.byId(id)));
    return found.filter((a): a is BagAdres => a !== undefined).map((a) => this.toAddress(a));
  }

  /** One address by its nummeraanduidingIdentificatie. */
  async addressById(id: string): Promise<Address | undefined> {
    const found = await this.register.byId(id);
    return found ? this.toAddress(found) : undefined;
  }

  private toAddress(a: BagAdres): Address {
    const areas = this.areas.of(a.nummeraanduidingIdentificatie);
    return {
      id: a.nummeraanduidingIdentificatie,
      straat: a.korteNaam ?? a.openbareRuimteNaam,
      huisnummer: a.huisnummer,
      huisletter: a.huisletter,
      huisnummertoevoeging: a.huisnummertoevoeging,
      postcode: a.postcode ?? '',
      woonplaats: a.woonplaatsNaam,
      adresseerbaarObjectId: a.adresseerbaarObjectIdentificatie,
      gemeente: areas?.gemeente,
      wijk: areas?.wijk,
      buurt: areas?.buurt,
      zones: areas?.zones ? [...areas.zones] : [],
      coordinates: areas?.coordinates,
    };
  }
}
