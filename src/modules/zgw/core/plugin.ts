import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Platform } from '../../../platform/http/types.js';
import { registerZgwErrorHandling, ZgwError } from './errors.js';
import { apiRoot, resourceUrl, type ZgwApi } from './urls.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A ZGW route that takes multipart/form-data (the Documenten API's bestandsdelen). */
    zgwMultipart?: boolean;
  }
}

/** What every ZGW API's routes get. */
export interface ZgwContext {
  platform: Platform;
  api: ZgwApi;
  /** The API root as this client reached it, e.g. http://dijkwaard.localhost:3000/zaken/api/v1. */
  root(request: FastifyRequest, api?: ZgwApi): string;
  /** Absolute URL of a resource, in this API unless another is named. */
  url(request: FastifyRequest, resource: string, id: string, options?: { api?: ZgwApi; sub?: string }): string;
  /** The municipality's slug (always set: ZGW routes live under /:gemeente). */
  slug(request: FastifyRequest): string;
  tenantId(request: FastifyRequest): string;
}

export interface ZgwApiDefinition {
  api: ZgwApi;
  /** The version of the standard this API implements (sent as the `API-version` header). */
  version: string;
  routes(app: FastifyInstance, ctx: ZgwContext): void | Promise<void>;
  /** Extra routes under an API that is mounted already (tests): no second not-found handler. */
  extension?: boolean;
}

/**
 * Mounts one ZGW API under `/<api>/api/v1` of every municipality, in its own encapsulated
 * plugin: the standard's error format, the `API-version` header on every answer, and the routes
 * kept out of our own OpenAPI document (the official one describes them).
 */
export async function mountZgwApi(scoped: FastifyInstance, platform: Platform, definition: ZgwApiDefinition): Promise<void> {
  const ctx: ZgwContext = {
    platform,
    api: definition.api,
    root: (request, api = definition.api) => apiRoot(request, platform.config, api),
    url: (request, resource, id, options = {}) => resourceUrl(request, platform.config, options.api ?? definition.api, resource, id, options.sub),
    slug: (request) => request.tenant!.slug,
    tenantId: (request) => request.tenant!.id,
  };
  await scoped.register(async (app) => {
    // Bodies are JSON (multipart only where a route says so, e.g. bestandsdelen). Checked after the
    // route's access check, so that a client without credentials hears 401 first.
    const jsonOnly = async (request: FastifyRequest) => {
      if (!['POST', 'PUT', 'PATCH'].includes(request.method)) return;
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const multipart = request.routeOptions.config?.zgwMultipart === true;
      if (type === 'application/json' || (multipart && type === 'multipart/form-data')) return;
      if (!type && !request.headers['content-length'] && !request.headers['transfer-encoding']) return;
      throw new ZgwError(415, 'unsupported_media_type', `Mediatype "${type.slice(0, 50)}" wordt niet ondersteund; stuur application/json.`);
    };
    app.addHook('onRoute', (route) => {
      route.schema = { ...(route.schema ?? {}), hide: true };
      route.preHandler = [...(route.preHandler ? [route.preHandler].flat() : []), jsonOnly];
    });
    registerZgwErrorHandling(app, { notFound: !definition.extension });
    app.addHook('onSend', async (_request, reply, payload) => {
      reply.header('API-version', definition.version);
      return payload;
    });
    await definition.routes(app, ctx);
  }, { prefix: `/${definition.api}/api/v1` });
}
