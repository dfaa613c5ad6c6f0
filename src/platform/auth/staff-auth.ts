import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { staffSessions } from './schema.js';

export const SESSION_COOKIE = 'stadhuis_staff';
const IDLE_MS = 15 * 60_000;
const ABSOLUTE_MS = 12 * 60 * 60_000;

/** Back-office roles. Until the identity module lands, the password login grants functioneel-beheerder. */
export type StaffRole = 'functioneel-beheerder';

export interface StaffSession {
  id: string;
  tenantId: string;
  displayName: string;
  roles: StaffRole[];
}

/**
 * How staff prove who they are. The interim implementation checks one configured password and
 * records the name the employee types; the identity issue replaces it with OIDC behind this type.
 */
export interface StaffAuth {
  /** The session of this request for this municipality, or undefined. */
  current(request: FastifyRequest, tenantId: string): Promise<StaffSession | undefined>;
  /** Checks the credentials and starts a session bound to the municipality. */
  login(request: FastifyRequest, reply: FastifyReply, tenantId: string, credentials: { name: string; password: string }): Promise<StaffSession | undefined>;
  logout(request: FastifyRequest, reply: FastifyReply, tenantId: string): Promise<void>;
}

export class PasswordStaffAuth implements StaffAuth {
  constructor(private readonly database: Database, private readonly password: string, private readonly secureCookie: boolean) {}

  async current(request: FastifyRequest, tenantId: string): Promise<StaffSession | undefined> {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const now = new Date();
    const row = await this.database.withTenant(tenantId, async (tx) => {
      const [found] = await tx.select().from(staffSessions)
        .where(and(eq(staffSessions.tokenHash, hash(token)), gt(staffSessions.expiresAt, now)));
      if (!found) return undefined;
      if (now.getTime() - found.lastSeenAt.getTime() > IDLE_MS) {
        await tx.delete(staffSessions).where(eq(staffSessions.id, found.id));
        return undefined;
      }
      await tx.update(staffSessions).set({ lastSeenAt: sql`now()` }).where(eq(staffSessions.id, found.id));
      return found;
    });
    return row ? { id: row.id, tenantId: row.tenantId, displayName: row.displayName, roles: row.roles as StaffRole[] } : undefined;
  }

  async login(request: FastifyRequest, reply: FastifyReply, tenantId: string, credentials: { name: string; password: string }) {
    const expected = createHash('sha256').update(this.password).digest();
    const given = createHash('sha256').update(credentials.password).digest();
    if (!timingSafeEqual(expected, given)) return undefined;
    await this.logout(request, reply, tenantId); // a fresh session id at every login
    const token = randomBytes(32).toString('base64url');
    const [row] = await this.database.withTenant(tenantId, (tx) => tx.insert(staffSessions).values({
      tenantId, tokenHash: hash(token), displayName: credentials.name, roles: ['functioneel-beheerder'],
      expiresAt: new Date(Date.now() + ABSOLUTE_MS),
    }).returning());
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.secureCookie });
    return { id: row!.id, tenantId, displayName: row!.displayName, roles: row!.roles as StaffRole[] };
  }

  async logout(request: FastifyRequest, reply: FastifyReply, tenantId: string) {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      await this.database.withTenant(tenantId, (tx) => tx.delete(staffSessions).where(eq(staffSessions.tokenHash, hash(token))));
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
