/**
 * What every route of the Documenten API shares: the service, the calling client and what its
 * autorisaties allow (per informatieobjecttype and vertrouwelijkheidaanduiding), transactions,
 * path uuids and HTTP caching (ETag, If-None-Match).
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../platform/auth/access.js';
import { allowsObject, typeFilter, type ZgwClient } from '../../../platform/auth/zgw.js';
import type { Tx } from '../../../platform/db/database.js';
import { isUuid } from '../../../platform/values.js';
import { documentenService, type Document, type DocumentAccess, type DocumentenService } from '../../documenten/index.js';
import { permissionDenied, zgwNotFound } from '../core/errors.js';
import type { ZgwContext } from '../core/plugin.js';

export type DrcScope = 'documenten.lezen' | 'documenten.aanmaken' | 'documenten.bijwerken' | 'documenten.verwijderen' | 'documenten.lock'
  | 'documenten.geforceerd-unlock' | 'documenten.geforceerd-bijwerken' | 'audittrails.lezen';

export function service(ctx: ZgwContext): DocumentenService {
  return documentenService(ctx.platform);
}

export function actorOf(request: FastifyRequest): Actor {
  return request.actor!;
}

export function clientOf(request: FastifyRequest): ZgwClient | undefined {
  const actor = request.actor;
  return actor?.kind === 'api-client' ? actor.zgw : undefined;
}

/** Which documents the client may use with this scope (lists filter on this in SQL). */
export function accessFor(request: FastifyRequest, scope: DrcScope): DocumentAccess {
  return typeFilter(clientOf(request), scope, 'drc');
}

/** May the client use one of these scopes on a document of this type and vertrouwelijkheid? */
export function allows(request: FastifyRequest, scopes: DrcScope[], document: Pick<Document, 'informatieobjecttype' | 'vertrouwelijkheidaanduiding'>): boolean {
  return scopes.some((scope) => allowsObject(typeFilter(clientOf(request), scope, 'drc'), document.informatieobjecttype, document.vertrouwelijkheidaanduiding));
}

/** 403 permission_denied unless one of the scopes allows this document. */
export function requireAllowed(request: FastifyRequest, scopes: DrcScope[], document: Pick<Document, 'informatieobjecttype' | 'vertrouwelijkheidaanduiding'>): void {
  if (!allows(request, scopes, document)) throw permissionDenied();
}

export function inTenant<T>(ctx: ZgwContext, request: FastifyRequest, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.platform.database.withTenant(ctx.tenantId(request), fn);
}

/** The `uuid` (or another) path parameter; a value that is no uuid can only be not found. */
export function pathUuid(request: FastifyRequest, name = 'uuid'): string {
  const value = (request.params as Record<string, string>)[name];
  if (!value || !isUuid(value)) throw zgwNotFound();
  return value.toLowerCase();
}

/**
 * Sends a resource with its ETag (over its JSON, so the two URL forms give different tags);
 * 304 when If-None-Match holds the current tag. HEAD gets the same headers without a body.
 */
export function sendWithEtag(request: FastifyRequest, reply: FastifyReply, body: unknown): FastifyReply {
  const json = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(json).digest('hex').slice(0, 32)}"`;
  reply.header('ETag', etag);
  const given = request.headers['if-none-match'];
  if (typeof given === 'string' && given.split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === etag || t === '*')) {
    return reply.code(304).send();
  }
  return reply.type('application/json; charset=utf-8').send(json);
}

