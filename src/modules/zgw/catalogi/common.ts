import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../platform/auth/access.js';
import type { Tx } from '../../../platform/db/database.js';
import { HttpError, type InvalidParam } from '../../../platform/http/problem.js';
import type { ConceptStatus, Page } from '../../catalogi/queries.js';
import { ZgwError } from '../core/errors.js';
import { PAGE_SIZE, type Query } from '../core/lists.js';
import type { ZgwContext } from '../core/plugin.js';
import { parseResourceUrl } from '../core/urls.js';

export const READ = { config: { access: { zgw: 'catalogi.lezen' } } } as const;
export const WRITE = { config: { access: { zgw: 'catalogi.schrijven' } } } as const;

export const STATUS = ['alles', 'concept', 'definitief'] as const;

export function pageOf(page: number): Page {
  return { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
}

export function inTenant<T>(ctx: ZgwContext, request: FastifyRequest, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.platform.database.withTenant(ctx.tenantId(request), fn);
}

export function actorOf(request: FastifyRequest): Actor {
  return request.actor!;
}

export function uuidParam(request: FastifyRequest): string {
  const id = (request.params as { uuid?: string }).uuid ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new ZgwError(404, 'not_found', 'Niet gevonden.');
  return id.toLowerCase();
}

export function status(q: Query): ConceptStatus | undefined {
  return q.choice('status', STATUS);
}

const nonField = (code: string, reason: string): InvalidParam[] => [{ name: 'nonFieldErrors', code, reason }];

/**
 * Our catalogue service's refusals in the terms Open Zaak uses: a published version is
 * `non-concept-object`, a child of a published zaaktype `non-concept-zaaktype`, a refused
 * publication a ValidatieFout, a version clash `overlap`/`unique` — all 400 as in the reference.
 */
export function translate(error: unknown): never {
  if (error instanceof HttpError) {
    const code = error.code;
    if (code === 'non-concept-object') throw new ZgwError(400, 'non-concept-object', 'Het is niet toegestaan om een non-concept object bij te werken of te verwijderen.', nonField('non-concept-object', error.message));
    if (code === 'non-concept-zaaktype') throw new ZgwError(400, 'non-concept-zaaktype', error.message, nonField('non-concept-zaaktype', error.message));
    if (code === 'publish-refused') {
      throw new ZgwError(400, 'invalid', error.message, error.invalidParams.map((p) => ({ ...p, name: p.code === 'ztc-012' || p.code === 'ztc-013' ? 'nonFieldErrors' : p.name.split('.')[0]!, code: p.code === 'geldigheid-overlap' ? 'overlap' : p.code === 'regels-ongeldig' ? p.code : 'concept-relation' })));
    }
    if (error.statusCode === 409 && error.invalidParams.length) {
      throw new ZgwError(400, 'invalid', error.message, error.invalidParams.map((p) => ({ ...p, code: p.code === 'identificatie-niet-uniek' || p.code === 'unique' ? 'unique' : 'overlap' })));
    }
    if (code === 'geldigheid-overlap' || error.invalidParams.some((p) => p.code === 'geldigheid-overlap')) {
      throw new ZgwError(400, 'invalid', error.message, error.invalidParams.map((p) => ({ ...p, code: p.code === 'geldigheid-overlap' ? 'overlap' : p.code })));
    }
  }
  throw error;
}

/** Runs a write of our service and translates its refusals. */
export async function attempt<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    translate(error);
  }
}

/** A URL or a plain name: the uuid of a resource of this municipality, or the text itself. */
export function urlOrName(slug: string, value: string, resource: string): { id: string } | { name: string } | { invalid: string } {
  if (!/^https?:\/\//i.test(value)) return { name: value };
  const parsed = parseResourceUrl(slug, value, 'catalogi', resource);
  return parsed.ok ? { id: parsed.id } : { invalid: parsed.reason };
}
