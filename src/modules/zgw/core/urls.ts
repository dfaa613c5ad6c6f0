import type { FastifyRequest } from 'fastify';
import type { Config } from '../../../platform/config/config.js';
import { municipalityUrl } from '../../../platform/auth/guard.js';
import { isUuid } from '../../../platform/values.js';

/** The ZGW APIs Stadhuis serves, each under `/<api>/api/v1/` of a municipality. */
export const ZGW_APIS = ['zaken', 'catalogi', 'documenten', 'besluiten', 'autorisaties', 'notificaties'] as const;
export type ZgwApi = (typeof ZGW_APIS)[number];

/**
 * The root of an API as the client reached it (`http://<slug>.localhost:3000/zaken/api/v1` or
 * `PUBLIC_URL/<slug>/zaken/api/v1`), without a trailing slash. Resources refer to each other by
 * absolute URL in the same form, as the standard says.
 */
export function apiRoot(request: FastifyRequest, config: Pick<Config, 'publicUrl' | 'baseDomain'>, api: ZgwApi): string {
  return municipalityUrl(request, config, `/${api}/api/v1`);
}

/** `<root>/<resource>/<id>[/<sub>]`. */
export function resourceUrl(request: FastifyRequest, config: Pick<Config, 'publicUrl' | 'baseDomain'>, api: ZgwApi, resource: string, id: string, sub?: string): string {
  return `${apiRoot(request, config, api)}/${resource}/${id}${sub ? `/${sub}` : ''}`;
}

/** The root of an API in the installation's canonical form (notifications, mails): PUBLIC_URL/<slug>/<api>/api/v1. */
export function canonicalApiRoot(config: Pick<Config, 'publicUrl'>, slug: string, api: ZgwApi): string {
  return `${config.publicUrl}/${slug}/${api}/api/v1`;
}

export type ParsedUrl =
  | { ok: true; id: string; sub?: string }
  | { ok: false; code: 'bad-url' | 'invalid-resource'; reason: string };

/**
 * Reads a URL a client sent that must point to a resource of this municipality, e.g. a zaaktype:
 * `parseResourceUrl(slug, value, 'catalogi', 'zaaktypen')`. Both URL forms are accepted (host
 * `<slug>.<domain>` or path `/<slug>/…`), whatever the host is. A URL of another municipality, of
 * another API or resource, or that is no URL at all is refused with the standard's codes:
 * `bad-url` (it cannot lead to a resource here) or `invalid-resource` (it does, but not of this kind).
 */
export function parseResourceUrl(slug: string, value: unknown, api: ZgwApi, resource: string): ParsedUrl {
  if (typeof value !== 'string' || value.length > 1000) return { ok: false, code: 'bad-url', reason: 'Dit is geen geldige URL.' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, code: 'bad-url', reason: 'Dit is geen geldige URL.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, code: 'bad-url', reason: 'Dit is geen geldige URL.' };
  const segments = url.pathname.replace(/\/+$/, '').split('/').slice(1);
  // Path form: /<slug>/<api>/api/v1/…; host form: <slug>.<domain>/<api>/api/v1/…
  let rest: string[];
  if (segments[1] && ZGW_APIS.includes(segments[1] as ZgwApi) && segments[2] === 'api') {
    if (segments[0] !== slug) return { ok: false, code: 'bad-url', reason: 'Deze URL hoort bij een andere gemeente.' };
    rest = segments.slice(1);
  } else if (segments[0] && ZGW_APIS.includes(segments[0] as ZgwApi) && segments[1] === 'api') {
    const hostSlug = url.hostname.split('.')[0];
    if (hostSlug !== slug) return { ok: false, code: 'bad-url', reason: 'Deze URL hoort bij een andere gemeente of installatie.' };
    rest = segments;
  } else {
    return { ok: false, code: 'bad-url', reason: 'Deze URL verwijst niet naar een ZGW API van deze gemeente.' };
  }
  const [apiName, , version, res, id, sub] = rest;
  if (version !== 'v1') return { ok: false, code: 'bad-url', reason: 'Onbekende API-versie in de URL.' };
  if (apiName !== api || res !== resource) return { ok: false, code: 'invalid-resource', reason: `De URL moet naar een ${resource.replace(/en$/, '')} van de ${api} API wijzen.` };
  if (!id || !isUuid(id) || rest.length > 6) return { ok: false, code: 'bad-url', reason: 'De URL verwijst niet naar een bestaand object.' };
  return sub ? { ok: true, id, sub } : { ok: true, id };
}
