import type { FastifyRequest } from 'fastify';
import type { Config } from '../config/config.js';

/** A path inside the municipality to return to after logging in; anything else becomes "/". */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[A-Za-z0-9/_?=&%.~-]*$/.test(value) && value.length <= 500 ? value : '/';
}

/**
 * The absolute URL of a path in this municipality, in the form the visitor uses
 * (`PUBLIC_URL/<slug>/…` or `<slug>.<BASE_DOMAIN>/…`): e.g. the OIDC callback, which must match exactly.
 */
export function municipalityUrl(request: FastifyRequest, config: Pick<Config, 'publicUrl' | 'baseDomain'>, path: string): string {
  if (request.base) return `${config.publicUrl}${request.base}${path}`;
  const url = new URL(config.publicUrl);
  return `${url.protocol}//${request.tenant!.slug}.${config.baseDomain}${url.port ? `:${url.port}` : ''}${path}`;
}
