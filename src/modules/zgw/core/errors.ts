import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError, type InvalidParam } from '../../../platform/http/problem.js';

/**
 * Errors in the ZGW format (schemas `Fout` and `ValidatieFout` of every ZGW API): type, code,
 * title, status, detail, instance and, for 400, `invalidParams` with name, code and reason.
 * Always `application/problem+json`; never a stack trace.
 */
export interface ZgwFout {
  type: string;
  code: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  invalidParams?: InvalidParam[];
}

const TITLES: Record<number, string> = {
  400: 'Invalid input.',
  401: 'Authenticatiegegevens zijn niet opgegeven.',
  403: 'Je hebt geen toestemming om deze actie uit te voeren.',
  404: 'Niet gevonden.',
  405: 'Methode niet toegestaan.',
  406: 'Kon niet voldoen aan de opgegeven Accept header.',
  409: 'Conflict.',
  410: 'Deze resource is verwijderd.',
  412: 'Precondition failed',
  413: 'Het verzoek is te groot.',
  415: 'Media type wordt niet ondersteund.',
  429: 'Te veel verzoeken.',
  500: 'Er is een serverfout opgetreden.',
};

/** An error a ZGW route throws; the API's error handler turns it into a Fout/ValidatieFout. */
export class ZgwError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    detail: string,
    public readonly invalidParams: InvalidParam[] = [],
    public readonly title?: string,
  ) {
    super(detail);
  }
}

/** 400 with invalidParams: the standard's ValidatieFout. */
export function validatieFout(params: InvalidParam[], detail = 'Ongeldige invoer.'): ZgwError {
  return new ZgwError(400, 'invalid', detail, params);
}

export function zgwNotFound(detail = 'Niet gevonden.'): ZgwError {
  return new ZgwError(404, 'not_found', detail);
}

export function permissionDenied(detail = 'Je hebt geen toestemming om deze actie uit te voeren.'): ZgwError {
  return new ZgwError(403, 'permission_denied', detail);
}

export function fout(request: FastifyRequest, status: number, code: string, detail: string, invalidParams?: InvalidParam[], title?: string): ZgwFout {
  const body: ZgwFout = {
    type: `https://developer.overheid.nl/kennisbank/apis/problem-details/${status}`,
    code, title: title ?? TITLES[status] ?? 'Fout', status, detail, instance: `urn:uuid:${request.id}`,
  };
  if (status === 400 || invalidParams?.length) body.invalidParams = invalidParams ?? [];
  return body;
}

export function sendFout(reply: FastifyReply, body: ZgwFout): FastifyReply {
  return reply.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}

/** Our own services throw HttpError with our codes; the ZGW APIs answer with the standard's. */
const CODES: Record<number, string> = { 400: 'invalid', 401: 'not_authenticated', 403: 'permission_denied', 404: 'not_found', 409: 'conflict', 410: 'gone', 412: 'precondition_failed', 413: 'request_too_large', 415: 'unsupported_media_type', 429: 'throttled' };

/**
 * The error and not-found handlers of one ZGW API (registered inside its own encapsulated
 * plugin). Invalid JSON, wrong content types, oversized bodies and our services' errors all
 * become the standard's Fout; anything unexpected is a 500 without details (logged with the request id).
 */
export function registerZgwErrorHandling(app: FastifyInstance, options: { notFound?: boolean } = {}): void {
  app.setErrorHandler((error: FastifyError | HttpError | ZgwError, request, reply) => {
    if (error instanceof ZgwError) {
      request.log.info({ code: error.code, statusCode: error.status }, 'zgw request rejected');
      return sendFout(reply, fout(request, error.status, error.code, error.message, error.invalidParams, error.title));
    }
    if (error instanceof HttpError) {
      const status = error.statusCode;
      request.log.info({ code: error.code, statusCode: status }, 'zgw request rejected');
      const code = status === 400 ? (error.invalidParams.length === 1 ? error.invalidParams[0]!.code : 'invalid') : (CODES[status] ?? error.code);
      const params = status === 400 && !error.invalidParams.length ? [{ name: 'nonFieldErrors', code: error.code, reason: error.message }] : error.invalidParams;
      return sendFout(reply, fout(request, status, code, error.message, params));
    }
    const fe = error as FastifyError;
    const status = typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500 ? fe.statusCode : 500;
    if (status === 500) {
      request.log.error({ err: error }, 'zgw request failed');
      return sendFout(reply, fout(request, 500, 'error', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.'));
    }
    request.log.info({ code: fe.code, statusCode: status }, 'zgw request rejected');
    if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || (status === 400 && fe instanceof SyntaxError)) {
      return sendFout(reply, fout(request, 400, 'parse_error', 'De inhoud is geen geldige JSON.', [{ name: 'nonFieldErrors', code: 'parse_error', reason: 'De inhoud is geen geldige JSON.' }]));
    }
    if (status === 415) return sendFout(reply, fout(request, 415, 'unsupported_media_type', 'Stuur de gegevens als application/json.'));
    if (status === 413) return sendFout(reply, fout(request, 413, 'request_too_large', 'Het verzoek is te groot.'));
    if (fe.validation) {
      return sendFout(reply, fout(request, 400, 'invalid', 'Ongeldige invoer.', fe.validation.map((v) => ({ name: String(v.params?.missingProperty ?? (v.instancePath || fe.validationContext || 'body').replace(/^\//, '')), code: 'invalid', reason: v.message ?? 'Ongeldige waarde.' }))));
    }
    return sendFout(reply, fout(request, status, CODES[status] ?? 'invalid', fe.message.replace(/^FST_\w+: /, '')));
  });
  if (options.notFound !== false) app.setNotFoundHandler((request, reply) => sendFout(reply, fout(request, 404, 'not_found', 'Deze URL bestaat niet in de API.')));
}
