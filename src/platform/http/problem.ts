import type { FastifyReply } from 'fastify';

/** RFC 9457 problem details, with the NL API Design Rules' `invalid-params` extension. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code?: string;
  'invalid-params'?: InvalidParam[];
}

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

const TITLES: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet geauthenticeerd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  406: 'Niet aanvaardbaar',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Mediatype niet ondersteund',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
};

export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: `https://developer.overheid.nl/kennisbank/apis/problem-details/${status}`, title: TITLES[status] ?? 'Fout', status, detail, ...extra };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.status(body.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
}

/** An error a route throws to answer with a specific status and message. */
export class HttpError extends Error {
  constructor(
    public readonly statusCode: number,
    message: string,
    public readonly invalidParams: InvalidParam[] = [],
    public readonly code = 'invalid',
  ) {
    super(message);
  }
}

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

export function notFound(what: string): HttpError {
  return new HttpError(404, `${what} niet gevonden.`, [], 'not_found');
}
