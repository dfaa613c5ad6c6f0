import { HttpError, notFound as platformNotFound } from '../../platform/http/problem.js';

export { Invalid, invalid } from '../../platform/http/problem.js';
export { isUuid, isValidRsin } from '../../platform/values.js';

export function notFound(what = 'Zaak'): HttpError {
  return platformNotFound(what);
}

export function forbidden(message = 'U heeft geen toegang tot deze zaak.'): HttpError {
  return new HttpError(403, message, [], 'forbidden');
}

export function conflict(message: string, name = 'nonFieldErrors', code = 'conflict'): HttpError {
  return new HttpError(409, message, [{ name, code, reason: message }], code);
}
