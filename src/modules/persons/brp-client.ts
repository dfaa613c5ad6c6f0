/**
 * Client of the Haal Centraal BRP Personen API v2: "RaadpleegMetBurgerservicenummer". The BSN
 * travels in the POST body only, never in a URL, and never appears in an error or a log line.
 * Every failure (bad input, refusal, 4xx/5xx, timeout, no connection, an answer outside the
 * contract) becomes a RegisterError with a Dutch message.
 *
 * Internal to the persons module: other modules read person data through PersonsService, which
 * records every read in the processing log.
 */
import { isValidBsn } from '../../platform/auth/identity.js';
import { checkFields, MAX_FIELDS } from './brp-fields.js';
import {
  RAADPLEEG_MET_BSN, type BrpInvalidParam, type Persoon, type RaadpleegMetBurgerservicenummerQuery,
} from './brp-types.js';
import { RegisterError, redactBsn, type RegisterInvalidParam } from './errors.js';
import { callRegister, type FetchLike, type RegisterEndpoint } from './register-http.js';

export class BrpClient {
  constructor(private readonly endpoint: RegisterEndpoint, private readonly fetchImpl: FetchLike = fetch) {}

  /**
   * The persons with these BSNs, cut down to `fields`; a BSN the BRP does not know is simply
   * absent from the result. `gemeenteVanInschrijving` limits the answer to residents of one
   * municipality (its four-digit code).
   */
  async raadpleeg(bsns: readonly string[], fields: readonly string[], options: { gemeenteVanInschrijving?: string } = {}): Promise<Persoon[]> {
    this.checkQuery(bsns, fields, options.gemeenteVanInschrijving);
    const query: RaadpleegMetBurgerservicenummerQuery = {
      type: RAADPLEEG_MET_BSN,
      burgerservicenummer: [...bsns],
      fields: [...fields],
      ...(options.gemeenteVanInschrijving ? { gemeenteVanInschrijving: options.gemeenteVanInschrijving } : {}),
    };
    const response = await callRegister('brp', this.endpoint, '/personen', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(query),
    }, this.fetchImpl);

    if (response.status >= 200 && response.status < 300) {
      const body = response.json as { type?: unknown; personen?: unknown } | undefined;
      if (!body || typeof body !== 'object' || body.type !== RAADPLEEG_MET_BSN || !Array.isArray(body.personen)
        || !body.personen.every((p) => p !== null && typeof p === 'object' && !Array.isArray(p))) {
        throw new RegisterError('brp', 'malformed', { status: response.status });
      }
      return body.personen as Persoon[];
    }
    throw errorFor(response.status, response.json);
  }

  /** The same checks the BRP makes, before a BSN leaves the building. */
  private checkQuery(bsns: readonly string[], fields: readonly string[], gemeente: string | undefined): void {
    const invalid: RegisterInvalidParam[] = [];
    if (bsns.length < 1 || bsns.length > 20) invalid.push({ name: 'burgerservicenummer', code: bsns.length ? 'maxItems' : 'minItems', reason: 'Geef 1 tot en met 20 burgerservicenummers.' });
    bsns.forEach((bsn, i) => {
      if (!isValidBsn(bsn)) invalid.push({ name: `burgerservicenummer[${i}]`, code: 'elfproef', reason: 'Dit is geen geldig burgerservicenummer (9 cijfers, elfproef).' });
    });
    if (fields.length < 1 || fields.length > MAX_FIELDS) invalid.push({ name: 'fields', code: fields.length ? 'maxItems' : 'minItems', reason: `Geef 1 tot en met ${MAX_FIELDS} velden.` });
    else invalid.push(...checkFields(fields));
    if (gemeente !== undefined && !/^[0-9]{4}$/.test(gemeente)) invalid.push({ name: 'gemeenteVanInschrijving', code: 'pattern', reason: 'Een gemeentecode heeft 4 cijfers.' });
    if (invalid.length) throw new RegisterError('brp', 'invalid-request', { invalidParams: invalid });
  }
}

/** The error for a non-2xx answer; texts from the remote are stripped of anything like a BSN. */
function errorFor(status: number, body: unknown): RegisterError {
  if (status === 401 || status === 403) return new RegisterError('brp', 'unauthorized', { status });
  if (status === 429 || status >= 500) return new RegisterError('brp', 'unavailable', { status });
  if (status === 400) {
    const params = (body as { invalidParams?: unknown } | undefined)?.invalidParams;
    const invalidParams = Array.isArray(params)
      ? params.filter((p): p is BrpInvalidParam => typeof p === 'object' && p !== null).slice(0, 50).map((p) => ({
        name: redactBsn(String(p.name ?? '')), code: redactBsn(String(p.code ?? '')), reason: redactBsn(String(p.reason ?? '')),
      }))
      : [];
    return new RegisterError('brp', 'invalid-request', { status, invalidParams });
  }
  return new RegisterError('brp', 'rejected', { status });
}
