/**
 * An embedded stand-in for the KVK API Basisprofiel v1 with the fictional test companies:
 * GET {base}/v1/basisprofielen/{kvkNummer} with the header `apikey`. Errors use the KVK's body
 * `{ fout: [{ code, omschrijving }] }`: IPD0004 for a number that is not 8 digits (400), IPD0005
 * for an unknown one (404). For a missing or wrong key the KVK gateway's body is not part of the
 * contract; this stand-in answers 401 with the same `fout` shape.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isValidKvk } from '../../platform/auth/identity.js';
import type { Basisprofiel, KvkFoutBericht } from './kvk-types.js';

export const KVK_PROVIDER_PREFIX = '/kvk/api';

export interface KvkProviderOptions {
  apiKeys: readonly string[];
  companies: (kvkNummer: string, selfBase: string) => Basisprofiel | undefined;
}

function fout(reply: FastifyReply, status: number, code: string, omschrijving: string): FastifyReply {
  const body: KvkFoutBericht = { fout: [{ code, omschrijving }] };
  return reply.status(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

export function registerKvkProvider(app: FastifyInstance, options: KvkProviderOptions): void {
  app.get(`${KVK_PROVIDER_PREFIX}/v1/basisprofielen/:kvkNummer`, { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const key = request.headers.apikey;
    if (typeof key !== 'string' || !options.apiKeys.includes(key)) {
      return fout(reply, 401, 'IPD0401', 'De API-key ontbreekt of is ongeldig.');
    }
    const { kvkNummer } = request.params as { kvkNummer: string };
    if (!isValidKvk(kvkNummer)) {
      // Echo at most a short, printable piece of the input: this text goes back to a client.
      return fout(reply, 400, 'IPD0004', `Het KVK-nummer ${kvkNummer.replace(/[^\w-]/g, '').slice(0, 20)} is niet valide.`);
    }
    const selfBase = `${request.protocol}://${request.host}${KVK_PROVIDER_PREFIX}`;
    const profiel = options.companies(kvkNummer, selfBase);
    if (!profiel) return fout(reply, 404, 'IPD0005', `Het product basisprofiel is niet leverbaar voor KVK-nummer ${kvkNummer}.`);
    return reply.type('application/hal+json; charset=utf-8').send(JSON.stringify(profiel));
  });
}
