import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import type { Identity } from './identity.js';
import { authSessions } from './schema.js';

export const SESSION_COOKIE_NAME = 'stadhuis_sessie';
/** No activity for this long ends the session. */
export const IDLE_MS = 15 * 60_000;
/** A session never lasts longer than this, active or not. */
export const ABSOLUTE_MS = 12 * 60 * 60_000;
/** Last-seen is written at most this often, not on every request. */
const TOUCH_MS = 30_000;

export interface ResidentSession {
  id: string;
  identity: Identity;
  authTime: Date;
  expiresAt: Date;
  /** When the session ends if nothing happens. */
  idleUntil: Date;
}

export type SessionLookup =
  | { status: 'none' }
  | { status: 'active'; session: ResidentSession }
  | { status: 'expired' };

/**
 * Server-side sessions of residents and businesses, bound to one municipality. The cookie holds
 * a random token (HttpOnly, SameSite=Lax, Secure on https); the database holds its hash.
 */
export class ResidentSessions {
  constructor(
    private readonly database: Database,
    private readonly subjectKey: (identity: Identity) => string,
    private readonly secureCookie: boolean,
  ) {}

  async lookup(request: FastifyRequest, tenantId: string, now = new Date()): Promise<SessionLookup> {
    const token = request.cookies[SESSION_COOKIE_NAME];
    if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return { status: 'none' };
    return this.database.withTenant(tenantId, async (tx) => {
      const [row] = await tx.select().from(authSessions).where(eq(authSessions.tokenHash, hash(token)));
      if (!row) return { status: 'none' } as const;
      if (row.expiresAt <= now || now.getTime() - row.lastSeenAt.getTime() > IDLE_MS) {
        await tx.delete(authSessions).where(eq(authSessions.id, row.id));
        return { status: 'expired' } as const;
      }
      let lastSeen = row.lastSeenAt;
      if (now.getTime() - lastSeen.getTime() > TOUCH_MS) {
        await tx.update(authSessions).set({ lastSeenAt: now }).where(eq(authSessions.id, row.id));
        lastSeen = now;
      }
      const idleUntil = new Date(Math.min(lastSeen.getTime() + IDLE_MS, row.expiresAt.getTime()));
      return { status: 'active', session: { id: row.id, identity: row.identity, authTime: row.authTime, expiresAt: row.expiresAt, idleUntil } } as const;
    });
  }

  /** Starts a session after a login or step-up; the old session (if any) ends: a new id every time. */
  async start(request: FastifyRequest, reply: FastifyReply, tenantId: string, identity: Identity): Promise<void> {
    const old = request.cookies[SESSION_COOKIE_NAME];
    const token = randomBytes(32).toString('base64url');
    await this.database.withTenant(tenantId, async (tx) => {
      if (old) await tx.delete(authSessions).where(eq(authSessions.tokenHash, hash(old)));
      await tx.delete(authSessions).where(lt(authSessions.expiresAt, sql`now()`));
      await tx.insert(authSessions).values({
        tokenHash: hash(token), kind: identity.kind, subject: this.subjectKey(identity), identity,
        expiresAt: new Date(Date.now() + ABSOLUTE_MS),
      });
    });
    reply.setCookie(SESSION_COOKIE_NAME, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.secureCookie });
  }

  async end(request: FastifyRequest, reply: FastifyReply, tenantId: string): Promise<void> {
    const token = request.cookies[SESSION_COOKIE_NAME];
    if (token) await this.database.withTenant(tenantId, (tx) => tx.delete(authSessions).where(eq(authSessions.tokenHash, hash(token))));
    reply.clearCookie(SESSION_COOKIE_NAME, { path: '/' });
  }

  /** Ends every session of this person or business in this municipality (all devices). */
  async endAll(reply: FastifyReply, tenantId: string, identity: Identity): Promise<number> {
    const removed = await this.database.withTenant(tenantId, (tx) => tx.delete(authSessions)
      .where(and(eq(authSessions.subject, this.subjectKey(identity)))).returning({ id: authSessions.id }));
    reply.clearCookie(SESSION_COOKIE_NAME, { path: '/' });
    return removed.length;
  }
}

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
