import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';

/** Full version of our own JSON API, sent as the API-Version header (NL API Design Rules). */
export const API_VERSION = '1.0.0';
const TENANT_API_PREFIX = /^\/(?::gemeente|\{gemeente\})\/api\/v1(?=\/|$)/;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'Foutmelding volgens RFC 9457 (application/problem+json).',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', description: 'URI die het soort fout aanduidt.' },
    title: { type: 'string', description: 'Korte, vaste omschrijving van het soort fout.' },
    status: { type: 'integer', description: 'De HTTP-statuscode.' },
    detail: { type: 'string', description: 'Uitleg voor deze specifieke fout.' },
    instance: { type: 'string', description: 'Verwijzing naar dit voorkomen van de fout.' },
    code: { type: 'string', description: 'Code van de fout, voor software.' },
    'invalid-params': {
      type: 'array',
      description: 'De parameters die niet geldig zijn.',
      items: {
        type: 'object',
        required: ['name', 'code', 'reason'],
        properties: {
          name: { type: 'string', description: 'Naam van de parameter.' },
          code: { type: 'string', description: 'Code van de validatiefout.' },
          reason: { type: 'string', description: 'Uitleg in gewone taal.' },
        },
      },
    },
  },
};

const STATUS_TEXT: Record<string, string> = {
  '400': 'Ongeldige invoer; `invalid-params` noemt de parameters.',
  '404': 'Niet gevonden.',
  '406': 'Niet aanvaardbaar.',
  '500': 'Interne fout.',
};

/**
 * The OpenAPI 3.0.3 document of the per-municipality JSON API. Routes are registered under
 * /:gemeente/api/v1; the document describes them relative to the server URL
 * …/{gemeente}/api/v1, adds the API-Version header to every success response and the problem
 * responses to every operation, so it passes the NL API Design Rules linter.
 */
export async function registerOpenApi(app: FastifyInstance, config: Config): Promise<(serverUrl?: string) => Json> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Stadhuis API',
        description: 'De API van Stadhuis: producten en diensten van de gemeente. Elke gemeente heeft een eigen basis-URL.',
        version: API_VERSION,
        contact: { name: 'Stadhuis', email: 'api@stadhuis.example.nl', url: 'https://stadhuis.example.nl' },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      servers: [{
        url: `${config.publicUrl}/{gemeente}/api/v1`,
        description: 'De API van één gemeente.',
        variables: { gemeente: { default: 'dijkwaard', description: 'De code (slug) van de gemeente.' } },
      }],
      tags: [{ name: 'Producten', description: 'De producten en diensten van de gemeente.' }],
      components: { schemas: { Problem: PROBLEM_SCHEMA as never } },
    },
    transform: ({ schema, url }) => {
      const s = { ...(schema as Json) };
      if (!TENANT_API_PREFIX.test(url) || url.endsWith('/openapi.json')) return { schema: { ...s, hide: true }, url };
      return { schema: s, url: url.replace(TENANT_API_PREFIX, '') || '/' };
    },
    transformObject: (documentObject) => addStandardResponses((documentObject as { openapiObject: Json }).openapiObject),
  });

  const documentFor = (serverUrl?: string) => {
    const doc = structuredClone(app.swagger() as Json);
    if (serverUrl) doc.servers = [{ url: serverUrl, description: 'De API van deze gemeente.' }];
    return doc;
  };
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) => {
    reply.header('API-Version', API_VERSION);
    return documentFor();
  });
  return documentFor;
}

function addStandardResponses(doc: Json): Json {
  const versionHeader = {
    'API-Version': { description: 'De volledige versie van de API.', schema: { type: 'string', example: API_VERSION } },
  };
  for (const pathItem of Object.values<Json>(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries<Json>(pathItem)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      operation.responses ??= {};
      for (const [code, response] of Object.entries<Json>(operation.responses)) {
        if (/^[23]/.test(code)) response.headers = { ...versionHeader, ...(response.headers ?? {}) };
      }
      for (const code of ['400', '404', '500']) {
        operation.responses[code] = {
          description: STATUS_TEXT[code],
          headers: versionHeader,
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
    }
  }
  return doc;
}
