import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import type { AuthorizationRequest } from './oidc.js';
import { authLoginAttempts, type SessionKind } from './schema.js';

const LOGIN_COOKIE = 'stadhuis_login';
/** A login must be completed within this time. */
const ATTEMPT_MS = 10 * 60_000;

export type LoginAttempt = typeof authLoginAttempts.$inferSelect;

/**
 * An OIDC login in progress: its state, nonce and PKCE verifier are kept server-side, bound to
 * this browser by a short-lived cookie of its own, and can be taken out once.
 */
export class LoginAttempts {
  constructor(private readonly database: Database, private readonly secureCookie: boolean) {}

  async save(reply: FastifyReply, tenantId: string, attempt: AuthorizationRequest, details: { kind: SessionKind; requiredLevel: string; returnTo: string }): Promise<void> {
    const browser = randomBytes(32).toString('base64url');
    await this.database.withTenant(tenantId, async (tx) => {
      await tx.delete(authLoginAttempts).where(lt(authLoginAttempts.createdAt, new Date(Date.now() - ATTEMPT_MS)));
      await tx.insert(authLoginAttempts).values({
        browserHash: sha256(browser), state: attempt.state, nonce: attempt.nonce, codeVerifier: attempt.codeVerifier, ...details,
      });
    });
    reply.setCookie(LOGIN_COOKIE, browser, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.secureCookie, maxAge: ATTEMPT_MS / 1000 });
  }

  /** The attempt this callback belongs to, taken out of the table at once: a replay finds nothing. */
  async take(request: FastifyRequest, reply: FastifyReply, tenantId: string, kinds: readonly SessionKind[]): Promise<LoginAttempt | undefined> {
    const state = typeof (request.query as Record<string, unknown>).state === 'string' ? String((request.query as Record<string, unknown>).state) : '';
    const browser = request.cookies[LOGIN_COOKIE] ?? '';
    reply.clearCookie(LOGIN_COOKIE, { path: '/' });
    if (!state || !browser) return undefined;
    const [attempt] = await this.database.withTenant(tenantId, (tx) => tx.delete(authLoginAttempts)
      .where(and(eq(authLoginAttempts.state, state), eq(authLoginAttempts.browserHash, sha256(browser)),
        sql`${authLoginAttempts.createdAt} > now() - make_interval(secs => ${ATTEMPT_MS / 1000})`))
      .returning());
    return attempt && kinds.includes(attempt.kind) ? attempt : undefined;
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
