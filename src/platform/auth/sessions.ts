import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Sealer } from '../crypto/sealer.js';
import type { Database, Tx } from '../db/database.js';
import type { Identity } from './identity.js';
import { authSessions, type SessionKind } from './schema.js';

export const SESSION_COOKIE_NAME = 'stadhuis_sessie';
export const STAFF_COOKIE_NAME = 'stadhuis_staff';
/** No activity for this long ends the session. */
export const IDLE_MS = 15 * 60_000;
/** A session never lasts longer than this, active or not. */
export const ABSOLUTE_MS = 12 * 60 * 60_000;
/** Last-seen is written at most this often, not on every request. */
const TOUCH_MS = 30_000;
const SEAL_CONTEXT = 'auth_sessions.identity';

/** An employee's session identity; the roles are read from staff_users on every request. */
export interface StaffIdentity {
  kind: 'staff';
  userId: string;
  name: string;
}

export interface Session<I> {
  id: string;
  identity: I;
  authTime: Date;
  expiresAt: Date;
  /** When the session ends if nothing happens. */
  idleUntil: Date;
}

export type ResidentSession = Session<Identity>;

export type SessionLookup<I> =
  | { status: 'none' }
  | { status: 'active'; session: Session<I> }
  | { status: 'expired' };

/**
 * Server-side sessions bound to one municipality: residents and businesses (cookie
 * `stadhuis_sessie`) and staff (cookie `stadhuis_staff`) each in their own store over one table.
 * The cookie holds a random token (HttpOnly, SameSite=Lax, Secure on https); the database holds
 * its hash and the identity encrypted. Idle 15 minutes, absolute 12 hours; a new token at every
 * login and step-up.
 */
export class SessionStore<I extends { kind: SessionKind }> {
  constructor(
    private readonly database: Database,
    private readonly options: {
      cookie: string;
      kinds: readonly SessionKind[];
      subjectKey: (identity: I) => string;
      sealer: Sealer;
      secureCookie: boolean;
    },
  ) {}

  get cookieName(): string {
    return this.options.cookie;
  }

  async lookup(request: FastifyRequest, tenantId: string, now = new Date()): Promise<SessionLookup<I>> {
    if (!validToken(request.cookies[this.options.cookie])) return { status: 'none' };
    return this.database.withTenant(tenantId, (tx) => this.lookupIn(tx, request, now));
  }

  /** The same as lookup, in the caller's transaction of the municipality. */
  async lookupIn(tx: Tx, request: FastifyRequest, now = new Date()): Promise<SessionLookup<I>> {
    const token = request.cookies[this.options.cookie];
    if (!validToken(token)) return { status: 'none' };
    const [row] = await tx.select().from(authSessions).where(eq(authSessions.tokenHash, hash(token)));
    if (!row || !this.options.kinds.includes(row.kind)) return { status: 'none' } as const;
    if (row.expiresAt <= now || now.getTime() - row.lastSeenAt.getTime() > IDLE_MS) {
      await tx.delete(authSessions).where(eq(authSessions.id, row.id));
      return { status: 'expired' } as const;
    }
    let lastSeen = row.lastSeenAt;
    if (now.getTime() - lastSeen.getTime() > TOUCH_MS) {
      await tx.update(authSessions).set({ lastSeenAt: now }).where(eq(authSessions.id, row.id));
      lastSeen = now;
    }
    const identity = this.options.sealer.openJson<I>(row.sealedIdentity, SEAL_CONTEXT);
    const idleUntil = new Date(Math.min(lastSeen.getTime() + IDLE_MS, row.expiresAt.getTime()));
    return { status: 'active', session: { id: row.id, identity, authTime: row.authTime, expiresAt: row.expiresAt, idleUntil } } as const;
  }

  /** Starts a session after a login or step-up; the old session (if any) ends: a new id every time. */
  async start(request: FastifyRequest, reply: FastifyReply, tenantId: string, identity: I): Promise<void> {
    const old = request.cookies[this.options.cookie];
    const token = randomBytes(32).toString('base64url');
    await this.database.withTenant(tenantId, async (tx) => {
      if (old) await tx.delete(authSessions).where(eq(authSessions.tokenHash, hash(old)));
      await tx.delete(authSessions).where(lt(authSessions.expiresAt, sql`now()`));
      await tx.insert(authSessions).values({
        tokenHash: hash(token), kind: identity.kind, subject: this.options.subjectKey(identity),
        sealedIdentity: this.options.sealer.sealJson(identity, SEAL_CONTEXT),
        expiresAt: new Date(Date.now() + ABSOLUTE_MS),
      });
    });
    reply.setCookie(this.options.cookie, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.options.secureCookie });
  }

  async end(request: FastifyRequest, reply: FastifyReply, tenantId: string): Promise<void> {
    const token = request.cookies[this.options.cookie];
    if (token) await this.database.withTenant(tenantId, (tx) => tx.delete(authSessions).where(eq(authSessions.tokenHash, hash(token))));
    reply.clearCookie(this.options.cookie, { path: '/' });
  }

  /** Ends every session of this subject in this municipality (all devices). */
  async endAll(reply: FastifyReply | undefined, tenantId: string, identity: I): Promise<number> {
    const removed = await this.database.withTenant(tenantId, (tx) => tx.delete(authSessions)
      .where(and(eq(authSessions.subject, this.options.subjectKey(identity)))).returning({ id: authSessions.id }));
    reply?.clearCookie(this.options.cookie, { path: '/' });
    return removed.length;
  }
}

export type ResidentSessions = SessionStore<Identity>;
export type StaffSessions = SessionStore<StaffIdentity>;

function validToken(token: string | undefined): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
