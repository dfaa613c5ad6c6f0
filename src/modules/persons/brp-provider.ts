/**
 * An embedded stand-in for the Haal Centraal BRP Personen API v2, serving the fictional test
 * persons through the real contract: POST {base}/personen with "RaadpleegMetBurgerservicenummer".
 * It answers like the real API does in its feature files (developer.rvig.nl): the same problem
 * titles, codes and `invalidParams`, field selection, 401/403 for the API key, 405/406/415.
 * One addition: a BSN that fails the 11-check is refused (real BRP only checks nine digits),
 * so mistakes show up in development instead of as "not found".
 *
 * The module only registers it outside production (or when explicitly enabled).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isValidBsn } from '../../platform/auth/identity.js';
import { checkFields, MAX_FIELDS, resolveField, selectFields, type FieldSelection } from './brp-fields.js';
import { RAADPLEEG_MET_BSN, type BrpInvalidParam, type BrpProblem, type Persoon } from './brp-types.js';

export const BRP_PROVIDER_PREFIX = '/haalcentraal/api/brp';
const INSTANCE = `${BRP_PROVIDER_PREFIX}/personen`;

/** The query types of the spec; only the first is served here. */
const QUERY_TYPES = [
  RAADPLEEG_MET_BSN, 'ZoekMetGeslachtsnaamEnGeboortedatum', 'ZoekMetNaamEnGemeenteVanInschrijving', 'ZoekMetPostcodeEnHuisnummer',
  'ZoekMetStraatHuisnummerEnGemeenteVanInschrijving', 'ZoekMetNummeraanduidingIdentificatie', 'ZoekMetAdresseerbaarObjectIdentificatie',
];
const RAADPLEEG_PARAMS = new Set(['type', 'burgerservicenummer', 'fields', 'gemeenteVanInschrijving']);

export interface BrpProviderOptions {
  /** Header that carries the API key (the spec's gateways use X-Api-Key). */
  apiKeyHeader: string;
  /** The keys this provider accepts. */
  apiKeys: readonly string[];
  /** The persons it knows, by BSN (the test persons as of today). */
  persons: () => ReadonlyMap<string, Persoon>;
}

const RFC = 'https://datatracker.ietf.org/doc/html/';

function sendProblem(reply: FastifyReply, problem: Omit<BrpProblem, 'instance'>): FastifyReply {
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(JSON.stringify({ ...problem, instance: INSTANCE }));
}

function badRequest(reply: FastifyReply, invalidParams: BrpInvalidParam[], combination = false): FastifyReply {
  return sendProblem(reply, {
    type: `${RFC}rfc7231#section-6.5.1`,
    title: combination ? 'Minimale combinatie van parameters moet worden opgegeven.' : 'Een of meerdere parameters zijn niet correct.',
    status: 400,
    detail: `De foutieve parameter(s) zijn: ${invalidParams.map((p) => p.name).join(', ')}.`,
    code: combination ? 'paramsCombination' : 'paramsValidation',
    invalidParams,
  });
}

/** application/json with no charset or utf-8, as the spec's feature "input validatie" allows. */
function isJsonUtf8(contentType: string): boolean {
  const [media, ...params] = contentType.split(';').map((s) => s.trim().toLowerCase());
  if (media !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || p === 'charset=utf-8');
}

function acceptsJson(accept: string | undefined): boolean {
  if (!accept?.trim()) return true;
  return accept.split(',').some((part) => {
    const [media, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const charsetOk = params.every((p) => !p.startsWith('charset=') || p === 'charset=utf-8');
    return charsetOk && (media === '*/*' || media === 'application/*' || media === 'application/json');
  });
}

const required = (name: string): BrpInvalidParam => ({ name, code: 'required', reason: 'Parameter is verplicht.' });
const notArray = (name: string): BrpInvalidParam => ({ name, code: 'array', reason: 'Parameter is geen array.' });

/** Checks a RaadpleegMetBurgerservicenummer body; answers the problem itself when it is wrong. */
function checkRaadpleeg(body: Record<string, unknown>, reply: FastifyReply): { bsns: string[]; selections: FieldSelection[]; gemeente?: string } | undefined {
  const missing = ['burgerservicenummer', 'fields'].filter((name) => body[name] === undefined);
  if (missing.length) {
    badRequest(reply, missing.map(required), true);
    return undefined;
  }
  const invalid: BrpInvalidParam[] = [];
  for (const name of Object.keys(body)) {
    if (!RAADPLEEG_PARAMS.has(name)) invalid.push({ name, code: 'unknownParam', reason: 'Parameter is niet verwacht.' });
  }
  const { burgerservicenummer, fields, gemeenteVanInschrijving } = body;
  if (!Array.isArray(burgerservicenummer)) invalid.push(notArray('burgerservicenummer'));
  else if (burgerservicenummer.length < 1) invalid.push({ name: 'burgerservicenummer', code: 'minItems', reason: 'Array bevat minder dan 1 items.' });
  else if (burgerservicenummer.length > 20) invalid.push({ name: 'burgerservicenummer', code: 'maxItems', reason: 'Array bevat meer dan 20 items.' });
  else {
    burgerservicenummer.forEach((bsn: unknown, i) => {
      const name = `burgerservicenummer[${i}]`;
      if (typeof bsn !== 'string' || !/^[0-9]{9}$/.test(bsn)) invalid.push({ name, code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{9}$.' });
      else if (!isValidBsn(bsn)) invalid.push({ name, code: 'elfproef', reason: 'Waarde is geen geldig burgerservicenummer, de elfproef klopt niet.' });
    });
  }
  if (!Array.isArray(fields)) invalid.push(notArray('fields'));
  else if (fields.length < 1) invalid.push({ name: 'fields', code: 'minItems', reason: 'Array bevat minder dan 1 items.' });
  else if (fields.length > MAX_FIELDS) invalid.push({ name: 'fields', code: 'maxItems', reason: `Array bevat meer dan ${MAX_FIELDS} items.` });
  else invalid.push(...checkFields(fields.map((f: unknown) => (typeof f === 'string' ? f : ''))));
  if (gemeenteVanInschrijving !== undefined && (typeof gemeenteVanInschrijving !== 'string' || !/^[0-9]{4}$/.test(gemeenteVanInschrijving))) {
    invalid.push({ name: 'gemeenteVanInschrijving', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{4}$.' });
  }
  if (invalid.length) {
    badRequest(reply, invalid);
    return undefined;
  }
  const selections = (fields as string[]).map((f) => resolveField(f) as FieldSelection);
  return { bsns: [...new Set(burgerservicenummer as string[])], selections, ...(typeof gemeenteVanInschrijving === 'string' ? { gemeente: gemeenteVanInschrijving } : {}) };
}

export async function registerBrpProvider(app: FastifyInstance, options: BrpProviderOptions): Promise<void> {
  const keyHeader = options.apiKeyHeader.toLowerCase();

  /** Like the gateway in front of the real API: no key is 401, a wrong key 403. */
  const authorised = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const given = request.headers[keyHeader];
    if (typeof given !== 'string' || !given) {
      sendProblem(reply, { type: `${RFC}rfc7235#section-3.1`, title: 'Niet correct geauthenticeerd.', status: 401, detail: `De API-sleutel ontbreekt (header ${options.apiKeyHeader}).`, code: 'authentication' });
      return false;
    }
    if (!options.apiKeys.includes(given)) {
      sendProblem(reply, { type: `${RFC}rfc7231#section-6.5.3`, title: 'U bent niet geautoriseerd voor het gebruik van deze API.', status: 403, detail: 'De API-sleutel is onbekend.', code: 'unauthorized' });
      return false;
    }
    return true;
  };

  // A scope of its own: the body is read as text and checked here, so a wrong media type or
  // broken JSON gets the BRP's own problem answer instead of the platform's.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

    scope.post(INSTANCE, { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
      if (!authorised(request, reply)) return reply;
      const contentType = request.headers['content-type'];
      if (contentType && !isJsonUtf8(contentType)) {
        return sendProblem(reply, { type: `${RFC}rfc7231#section-6.5.13`, title: 'Media Type wordt niet ondersteund.', status: 415, detail: 'Ondersteunde content type: application/json; charset=utf-8.', code: 'unsupportedMediaType' });
      }
      if (!acceptsJson(request.headers.accept)) {
        return sendProblem(reply, { type: `${RFC}rfc7231#section-6.5.6`, title: 'Gevraagde content type wordt niet ondersteund.', status: 406, detail: 'Ondersteunde content type: application/json; charset=utf-8.', code: 'notAcceptable' });
      }
      let body: unknown;
      try {
        body = JSON.parse(typeof request.body === 'string' && request.body ? request.body : '{}');
      } catch {
        return sendProblem(reply, { type: `${RFC}rfc7231#section-6.5.1`, title: 'Een of meerdere parameters zijn niet correct.', status: 400, detail: 'De request body is geen geldige JSON.', code: 'paramsValidation' });
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return sendProblem(reply, { type: `${RFC}rfc7231#section-6.5.1`, title: 'Een of meerdere parameters zijn niet correct.', status: 400, detail: 'De request body moet een JSON-object zijn.', code: 'paramsValidation' });
      }
      const query = body as Record<string, unknown>;
      if (query.type === undefined) return badRequest(reply, [required('type')]);
      if (typeof query.type !== 'string' || !QUERY_TYPES.includes(query.type)) {
        return badRequest(reply, [{ name: 'type', code: 'value', reason: 'Waarde is geen geldig zoek type.' }]);
      }
      if (query.type !== RAADPLEEG_MET_BSN) {
        return badRequest(reply, [{ name: 'type', code: 'value', reason: 'Dit zoek type wordt door de test-BRP niet ondersteund.' }]);
      }
      const checked = checkRaadpleeg(query, reply);
      if (!checked) return reply;
      const known = options.persons();
      const personen = checked.bsns
        .map((bsn) => known.get(bsn))
        .filter((p): p is Persoon => p !== undefined && (!checked.gemeente || p.gemeenteVanInschrijving?.code === checked.gemeente))
        .map((p) => selectFields(p, checked.selections));
      return reply.type('application/json; charset=utf-8').send(JSON.stringify({ type: RAADPLEEG_MET_BSN, personen }));
    });

    // "Om privacy- en securityredenen" the API is POST only, so a BSN never lands in a URL.
    scope.route({
      method: ['GET', 'PUT', 'PATCH', 'DELETE'], url: INSTANCE, schema: { hide: true }, config: { access: 'public' },
      handler: async (_request, reply) => sendProblem(reply, {
        type: `${RFC}rfc7231#section-6.5.5`, title: 'Gebruikte bevragingsmethode is niet toegestaan.', status: 405,
        detail: 'Gebruik POST.', code: 'methodNotAllowed',
      }),
    });
  });
}
