import { asc, desc, eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Database, Tx } from '../db/database.js';
import { HttpError } from '../http/problem.js';
import { actorLabel, isStaffRole, permissionsOf, requirePermission, STAFF_ROLES, type Actor, type Permission, type StaffRole } from './access.js';
import type { StaffClaims } from './oidc.js';
import { rightsAudit, staffUsers } from './schema.js';
import type { StaffSessions } from './sessions.js';
import { isUuid } from '../values.js';

/** The employee behind a back-office request, with their roles in this municipality now. */
export interface StaffSession {
  sessionId: string;
  tenantId: string;
  userId: string;
  displayName: string;
  roles: StaffRole[];
  permissions: ReadonlySet<Permission>;
  idleUntil: Date;
}

export interface StaffUser {
  id: string;
  subject: string;
  name: string;
  email: string | null;
  roles: StaffRole[];
  active: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
}

export interface RightsAuditEntry {
  id: number;
  at: Date;
  actor: string;
  action: string;
  targetKind: 'staff-user' | 'api-client';
  targetId: string;
  targetLabel: string;
  before: unknown;
  after: unknown;
}

export type SignInResult =
  | { ok: true; user: StaffUser }
  | { ok: false; reason: 'no-access' };

/**
 * Employees of each municipality and their roles. The identity provider proves who someone is;
 * which roles they hold here is kept in staff_users and managed by admins (the provider's roles
 * claim only fills in the roles of someone who logs in for the first time). Every change of
 * rights is written to the append-only rights audit log in the same transaction.
 */
export class StaffDirectory {
  constructor(private readonly database: Database, private readonly sessions: StaffSessions) {}

  /** After a successful OIDC login: finds or creates the employee; refuses one without roles or deactivated. */
  async signIn(tenantId: string, slug: string, claims: StaffClaims): Promise<SignInResult> {
    return this.database.withTenant(tenantId, async (tx) => {
      const [existing] = await tx.select().from(staffUsers).where(eq(staffUsers.subject, claims.subject));
      if (existing) {
        if (!existing.active || !existing.roles.some(isStaffRole)) return { ok: false, reason: 'no-access' } as const;
        const [row] = await tx.update(staffUsers).set({ name: claims.name, email: claims.email ?? null, lastLoginAt: sql`now()` })
          .where(eq(staffUsers.id, existing.id)).returning();
        return { ok: true, user: toUser(row!) } as const;
      }
      const roles = [...new Set([...(claims.roles[slug] ?? []), ...(claims.roles['*'] ?? [])])].filter(isStaffRole);
      if (!roles.length) return { ok: false, reason: 'no-access' } as const;
      const [row] = await tx.insert(staffUsers).values({ subject: claims.subject, name: claims.name, email: claims.email ?? null, roles, lastLoginAt: new Date() }).returning();
      await audit(tx, 'identiteitsprovider', 'aangemaakt-bij-eerste-login', row!, null, { roles });
      return { ok: true, user: toUser(row!) } as const;
    });
  }

  /** The staff session of this request in this municipality, with the roles as they are now. */
  async current(request: FastifyRequest, tenantId: string): Promise<StaffSession | 'expired' | undefined> {
    if (!request.cookies[this.sessions.cookieName]) return undefined;
    // One transaction for the session and the employee's roles: this runs on every back-office request.
    const found = await this.database.withTenant(tenantId, async (tx) => {
      const session = await this.sessions.lookupIn(tx, request);
      if (session.status !== 'active') return session.status;
      const [user] = await tx.select().from(staffUsers).where(eq(staffUsers.id, session.session.identity.userId));
      return user?.active ? { session: session.session, user } : 'none';
    });
    if (found === 'expired') return 'expired';
    if (found === 'none') return undefined;
    const { session, user } = found;
    const roles = user.roles.filter(isStaffRole);
    return {
      sessionId: session.id, tenantId, userId: user.id, displayName: user.name, roles,
      permissions: permissionsOf(roles), idleUntil: session.idleUntil,
    };
  }

  async list(tenantId: string, actor: Actor): Promise<StaffUser[]> {
    requirePermission(actor, 'gebruikers.beheren');
    return this.database.withTenant(tenantId, async (tx) =>
      (await tx.select().from(staffUsers).orderBy(asc(staffUsers.name))).map(toUser));
  }

  async get(tenantId: string, actor: Actor, id: string): Promise<StaffUser | undefined> {
    requirePermission(actor, 'gebruikers.beheren');
    if (!isUuid(id)) return undefined;
    return this.database.withTenant(tenantId, async (tx) => {
      const [row] = await tx.select().from(staffUsers).where(eq(staffUsers.id, id));
      return row ? toUser(row) : undefined;
    });
  }

  /** Registers an employee before their first login (subject = their id at the identity provider). */
  async create(tenantId: string, actor: Actor, input: { subject: string; name: string; email?: string | undefined; roles: StaffRole[] }): Promise<StaffUser> {
    requirePermission(actor, 'gebruikers.beheren');
    return this.database.withTenant(tenantId, async (tx) => {
      const [taken] = await tx.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.subject, input.subject));
      if (taken) throw new HttpError(409, 'Er is al een medewerker met dit account.', [{ name: 'subject', code: 'unique', reason: 'Dit account bestaat al.' }], 'subject-taken');
      const [row] = await tx.insert(staffUsers).values({ subject: input.subject, name: input.name, email: input.email ?? null, roles: input.roles }).returning();
      await audit(tx, actorLabel(actor), 'aangemaakt', row!, null, { roles: input.roles, active: true });
      return toUser(row!);
    });
  }

  /**
   * Changes roles and whether the employee is active. An admin cannot take away their own admin
   * role or deactivate themself (a municipality must not lock itself out). Deactivating ends
   * the employee's sessions.
   */
  async update(tenantId: string, actor: Actor, id: string, change: { roles: StaffRole[]; active: boolean }): Promise<StaffUser> {
    requirePermission(actor, 'gebruikers.beheren');
    const roles = STAFF_ROLES.filter((r) => change.roles.includes(r));
    const updated = await this.database.withTenant(tenantId, async (tx) => {
      const [before] = await tx.select().from(staffUsers).where(eq(staffUsers.id, id)).for('update');
      if (!before) throw new HttpError(404, 'Deze medewerker bestaat niet.', [], 'not-found');
      if (actor.kind === 'staff' && actor.userId === id && (!roles.includes('admin') || !change.active)) {
        throw new HttpError(409, 'U kunt uw eigen beheerdersrol niet intrekken en uzelf niet uitschakelen.', [{ name: 'roles', code: 'self', reason: 'Vraag een andere beheerder.' }], 'self-lockout');
      }
      const same = before.active === change.active && before.roles.length === roles.length && roles.every((r) => before.roles.includes(r));
      if (same) return toUser(before);
      const [row] = await tx.update(staffUsers).set({ roles, active: change.active }).where(eq(staffUsers.id, id)).returning();
      const action = before.active !== change.active ? (change.active ? 'geactiveerd' : 'gedeactiveerd') : 'rollen-gewijzigd';
      await audit(tx, actorLabel(actor), action, row!, { roles: before.roles, active: before.active }, { roles, active: change.active });
      return toUser(row!);
    });
    if (!updated.active) await this.sessions.endAll(undefined, tenantId, { kind: 'staff', userId: id, name: updated.name });
    return updated;
  }

  async auditLog(tenantId: string, actor: Actor, options: { limit?: number; offset?: number } = {}): Promise<{ items: RightsAuditEntry[]; total: number }> {
    requirePermission(actor, 'logboek.lezen');
    return this.database.withTenant(tenantId, async (tx) => {
      const items = await tx.select().from(rightsAudit).orderBy(desc(rightsAudit.at), desc(rightsAudit.id))
        .limit(options.limit ?? 50).offset(options.offset ?? 0);
      const [count] = await tx.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(rightsAudit);
      return { items: items.map(({ tenantId: _t, ...rest }) => rest), total: count?.n ?? 0 };
    });
  }

  /** Seeds employees (demo data): idempotent by subject, no audit entries. */
  async seed(tenantId: string, users: { subject: string; name: string; email?: string; roles: StaffRole[] }[]): Promise<void> {
    await this.database.withTenant(tenantId, async (tx) => {
      for (const u of users) {
        await tx.insert(staffUsers).values({ subject: u.subject, name: u.name, email: u.email ?? null, roles: u.roles })
          .onConflictDoNothing({ target: [staffUsers.tenantId, staffUsers.subject] });
      }
    });
  }
}

/** Writes one entry of the rights audit log in the caller's transaction. */
export async function audit(tx: Tx, actor: string, action: string, target: { id: string; name?: string; clientId?: string; label?: string },
  before: unknown, after: unknown, kind: 'staff-user' | 'api-client' = 'staff-user'): Promise<void> {
  await tx.insert(rightsAudit).values({
    actor, action, targetKind: kind, targetId: target.id,
    targetLabel: target.name ?? (target.clientId ? `${target.label ?? ''} (${target.clientId})` : target.id),
    before: before ?? null, after: after ?? null,
  });
}

function toUser(row: typeof staffUsers.$inferSelect): StaffUser {
  return {
    id: row.id, subject: row.subject, name: row.name, email: row.email, roles: row.roles.filter(isStaffRole),
    active: row.active, createdAt: row.createdAt, lastLoginAt: row.lastLoginAt,
  };
}


