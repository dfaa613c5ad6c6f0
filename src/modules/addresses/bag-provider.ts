/**
 * An embedded stand-in for the BAG API Individuele Bevragingen v2 (Kadaster), serving the fictional
 * addresses of the demo municipalities through the real contract:
 *
 * - GET {base}/adressen?postcode=&huisnummer=[&huisletter=][&huisnummertoevoeging=][&exacteMatch=]
 * - GET {base}/adressen/{nummeraanduidingIdentificatie}
 * - GET {base}/adressen/zoek?zoek=…  (free text: "dijkstraat 14", "4201ab 14", "havenkade dijkwaard")
 *
 * Answers are HAL (application/hal+json); errors application/problem+json with `invalidParams`,
 * 401/403 for the API key (header X-Api-Key), as the gateway in front of the real API does.
 * The module only registers it outside production (or when explicitly enabled).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { datasetAddresses, type DatasetAddress } from './dataset.js';
import { additionOf, addressLines, formatHouseNumber, normalizeAddition } from './format.js';
import type { BagAdres } from './types.js';

export const BAG_PROVIDER_PREFIX = '/bag/api/lvbag/individuelebevragingen/v2';

export interface BagProviderOptions {
  apiKeys: readonly string[];
  /** Header carrying the key. */
  apiKeyHeader: string;
}

interface InvalidParam { name: string; code: string; reason: string }

function problem(reply: FastifyReply, status: number, title: string, code: string, instance: string, invalidParams?: InvalidParam[]): FastifyReply {
  return reply.status(status).type('application/problem+json; charset=utf-8').send(JSON.stringify({
    type: `https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.${status === 404 ? 4 : status === 403 ? 3 : 1}`,
    title, status, instance, code, ...(invalidParams ? { invalidParams } : {}),
  }));
}

/** The dataset address as the BAG API's `Adres`. */
export function toBagAdres(a: DatasetAddress, base: string): BagAdres {
  const [line5, line6] = addressLines(a);
  return {
    openbareRuimteNaam: a.straat,
    korteNaam: a.straat,
    huisnummer: a.huisnummer,
    ...(a.huisletter ? { huisletter: a.huisletter } : {}),
    ...(a.huisnummertoevoeging ? { huisnummertoevoeging: a.huisnummertoevoeging } : {}),
    postcode: a.postcode,
    woonplaatsNaam: a.woonplaats,
    nummeraanduidingIdentificatie: a.id,
    openbareRuimteIdentificatie: a.openbareRuimteId,
    woonplaatsIdentificatie: a.woonplaatsId,
    adresseerbaarObjectIdentificatie: a.objectId,
    pandIdentificaties: [`${a.gemeente.code}10${a.objectId.slice(6)}`],
    adresregel5: line5,
    adresregel6: line6.replace(/ (\S+)$/, (_m, place: string) => `  ${place.toUpperCase()}`),
    indicatieNevenadres: false,
    _links: { self: { href: `${base}/adressen/${a.id}` } },
  };
}

const KNOWN = new Set(['postcode', 'huisnummer', 'huisletter', 'huisnummertoevoeging', 'exacteMatch', 'page', 'pageSize']);

/** Words of a free-text query matched against street, number, postcode and place. */
function matchesText(a: DatasetAddress, words: string[]): boolean {
  const hay = [a.straat, formatHouseNumber(a), a.postcode, a.postcode.slice(0, 4), a.woonplaats].join(' ').toLowerCase();
  return words.every((w) => hay.includes(w) || (/^\d+[a-z]*$/.test(w) && `${a.huisnummer}${additionOf(a)}` === w));
}

export function searchDataset(text: string, limit: number): DatasetAddress[] {
  const words = text.toLowerCase().replace(/(\d{4})\s+([a-z]{2})\b/g, '$1$2').split(/[\s,]+/).filter(Boolean).slice(0, 8);
  if (!words.length) return [];
  const out: DatasetAddress[] = [];
  for (const a of datasetAddresses()) {
    if (matchesText(a, words)) out.push(a);
    if (out.length >= limit) break;
  }
  return out;
}

export function registerBagProvider(app: FastifyInstance, options: BagProviderOptions): void {
  const header = options.apiKeyHeader.toLowerCase();
  const base = (request: FastifyRequest) => `${request.protocol}://${request.host}${BAG_PROVIDER_PREFIX}`;
  const authorised = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const given = request.headers[header];
    const instance = request.url.split('?')[0]!;
    if (typeof given !== 'string' || !given) {
      problem(reply, 401, 'Niet correct geauthenticeerd.', 'notAuthenticated', instance);
      return false;
    }
    if (!options.apiKeys.includes(given)) {
      problem(reply, 403, 'U bent niet geautoriseerd voor deze operatie.', 'forbidden', instance);
      return false;
    }
    return true;
  };
  const route = { schema: { hide: true }, config: { access: 'public' as const } };

  app.get(`${BAG_PROVIDER_PREFIX}/adressen`, route, async (request, reply) => {
    if (!authorised(request, reply)) return reply;
    const query = request.query as Record<string, unknown>;
    const instance = `${BAG_PROVIDER_PREFIX}/adressen`;
    const invalid: InvalidParam[] = [];
    for (const name of Object.keys(query)) if (!KNOWN.has(name)) invalid.push({ name, code: 'unknownParam', reason: 'Parameter is niet verwacht.' });
    const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
    const postcode = text('postcode');
    const huisnummerText = text('huisnummer');
    const huisletter = text('huisletter');
    const toevoeging = text('huisnummertoevoeging');
    if (postcode === undefined) invalid.push({ name: 'postcode', code: 'required', reason: 'Parameter is verplicht.' });
    else if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode)) invalid.push({ name: 'postcode', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[1-9]{1}[0-9]{3}[A-Z]{2}$.' });
    if (huisnummerText === undefined) invalid.push({ name: 'huisnummer', code: 'required', reason: 'Parameter is verplicht.' });
    else if (!/^\d{1,5}$/.test(huisnummerText) || Number(huisnummerText) < 1) invalid.push({ name: 'huisnummer', code: 'integer', reason: 'Waarde is geen geldig getal van 1 tot en met 99999.' });
    if (huisletter !== undefined && !/^[a-zA-Z]$/.test(huisletter)) invalid.push({ name: 'huisletter', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[a-zA-Z]{1}$.' });
    if (toevoeging !== undefined && !/^[0-9a-zA-Z]{1,4}$/.test(toevoeging)) invalid.push({ name: 'huisnummertoevoeging', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9a-zA-Z]{1,4}$.' });
    if (invalid.length) return problem(reply, 400, 'Een of meerdere parameters zijn niet correct.', 'paramsValidation', instance, invalid);
    const exact = text('exacteMatch') === 'true';
    const huisnummer = Number(huisnummerText);
    const found = datasetAddresses().filter((a) => a.postcode === postcode && a.huisnummer === huisnummer
      && (huisletter === undefined ? !exact || !a.huisletter : (a.huisletter ?? '').toLowerCase() === huisletter.toLowerCase())
      && (toevoeging === undefined ? !exact || !a.huisnummertoevoeging : normalizeAddition(a.huisnummertoevoeging ?? '') === normalizeAddition(toevoeging)));
    const self = base(request);
    return reply.type('application/hal+json; charset=utf-8').send(JSON.stringify({
      _embedded: { adressen: found.map((a) => toBagAdres(a, self)) },
      _links: { self: { href: `${self}/adressen?postcode=${postcode}&huisnummer=${huisnummer}` } },
    }));
  });

  app.get(`${BAG_PROVIDER_PREFIX}/adressen/zoek`, route, async (request, reply) => {
    if (!authorised(request, reply)) return reply;
    const query = request.query as Record<string, unknown>;
    const zoek = typeof query.zoek === 'string' ? query.zoek.trim() : '';
    const pageSize = Math.min(100, Math.max(1, Number(query.pageSize) || 20));
    if (zoek.length < 2 || zoek.length > 100) {
      return problem(reply, 400, 'Een of meerdere parameters zijn niet correct.', 'paramsValidation', `${BAG_PROVIDER_PREFIX}/adressen/zoek`,
        [{ name: 'zoek', code: zoek ? 'minLength' : 'required', reason: 'Geef 2 tot 100 tekens.' }]);
    }
    const self = base(request);
    return reply.type('application/hal+json; charset=utf-8').send(JSON.stringify({
      _embedded: {
        zoekresultaten: searchDataset(zoek, pageSize).map((a) => ({
          omschrijving: `${addressLines(a)[0]}, ${addressLines(a)[1]}`,
          identificatie: a.id,
          _links: { adres: { href: `${self}/adressen/${a.id}` } },
        })),
      },
    }));
  });

  app.get(`${BAG_PROVIDER_PREFIX}/adressen/:id`, route, async (request, reply) => {
    if (!authorised(request, reply)) return reply;
    const { id } = request.params as { id: string };
    const instance = `${BAG_PROVIDER_PREFIX}/adressen/${id.replace(/[^0-9]/g, '').slice(0, 16)}`;
    if (!/^\d{16}$/.test(id)) {
      return problem(reply, 400, 'Een of meerdere parameters zijn niet correct.', 'paramsValidation', instance,
        [{ name: 'nummeraanduidingIdentificatie', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{16}$.' }]);
    }
    const found = datasetAddresses().find((a) => a.id === id);
    if (!found) return problem(reply, 404, 'Opgevraagde resource bestaat niet.', 'notFound', instance);
    return reply.type('application/hal+json; charset=utf-8').send(JSON.stringify(toBagAdres(found, base(request))));
  });
}
