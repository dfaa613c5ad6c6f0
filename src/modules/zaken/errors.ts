import { HttpError, type InvalidParam } from '../../platform/http/problem.js';

/** Collects what is wrong with an input, to answer once with every field (problem+json invalid-params). */
export class Invalid {
  readonly params: InvalidParam[] = [];

  add(name: string, code: string, reason: string): this {
    this.params.push({ name, code, reason });
    return this;
  }

  get any(): boolean {
    return this.params.length > 0;
  }

  throwIfAny(message = 'De gegevens zijn niet geldig.'): void {
    if (this.any) throw new HttpError(400, message, this.params, 'invalid');
  }
}

/** A single rule that is broken: 400 with one invalid param. */
export function invalid(name: string, code: string, reason: string): HttpError {
  return new HttpError(400, reason, [{ name, code, reason }], code);
}

export function notFound(what = 'Zaak'): HttpError {
  return new HttpError(404, `${what} niet gevonden.`, [], 'not_found');
}

export function forbidden(message = 'U heeft geen toegang tot deze zaak.'): HttpError {
  return new HttpError(403, message, [], 'forbidden');
}

export function conflict(message: string, name = 'nonFieldErrors', code = 'conflict'): HttpError {
  return new HttpError(409, message, [{ name, code, reason: message }], code);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The 11-check of an RSIN (the same as a BSN's). */
export function isValidRsin(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}
