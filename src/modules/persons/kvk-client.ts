/**
 * Client of the KVK API Basisprofiel v1. Internal to the persons module: other modules use
 * PersonsService.getCompany, which records the read in the processing log (a one-person
 * business's profile is personal data).
 */
import { isValidKvk } from '../../platform/auth/identity.js';
import { RegisterError } from './errors.js';
import type { Basisprofiel } from './kvk-types.js';
import { callRegister, type FetchLike, type RegisterEndpoint } from './register-http.js';

export class KvkClient {
  constructor(private readonly endpoint: RegisterEndpoint, private readonly fetchImpl: FetchLike = fetch) {}

  /** The basisprofiel of a company, or undefined when the KVK has none for this number (404). */
  async basisprofiel(kvkNummer: string): Promise<Basisprofiel | undefined> {
    if (!isValidKvk(kvkNummer)) {
      throw new RegisterError('kvk', 'invalid-request', { invalidParams: [{ name: 'kvkNummer', code: 'pattern', reason: 'Een KVK-nummer heeft 8 cijfers.' }] });
    }
    const response = await callRegister('kvk', this.endpoint, `/v1/basisprofielen/${kvkNummer}`, { method: 'GET' }, this.fetchImpl);
    if (response.status === 200) {
      const body = response.json as Partial<Basisprofiel> | undefined;
      if (!body || typeof body !== 'object' || Array.isArray(body) || body.kvkNummer !== kvkNummer) throw new RegisterError('kvk', 'malformed', { status: 200 });
      return body as Basisprofiel;
    }
    if (response.status === 404) return undefined;
    if (response.status === 401 || response.status === 403) throw new RegisterError('kvk', 'unauthorized', { status: response.status });
    if (response.status === 429 || response.status >= 500) throw new RegisterError('kvk', 'unavailable', { status: response.status });
    if (response.status === 400) throw new RegisterError('kvk', 'invalid-request', { status: 400 });
    throw new RegisterError('kvk', 'rejected', { status: response.status });
  }
}
