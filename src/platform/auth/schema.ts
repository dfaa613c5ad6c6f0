import { bigint, boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../db/columns.js';

export type SessionKind = 'resident' | 'business' | 'staff';

export const authSessions = pgTable('auth_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  tokenHash: text('token_hash').notNull(),
  kind: text('kind').$type<SessionKind>().notNull(),
  subject: text('subject').notNull(),
  /** The identity, encrypted (Sealer, context "auth_sessions.identity"). */
  sealedIdentity: text('sealed_identity').notNull(),
  authTime: timestamp('auth_time', { withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const authLoginAttempts = pgTable('auth_login_attempts', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  browserHash: text('browser_hash').notNull(),
  state: text('state').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  kind: text('kind').$type<SessionKind>().notNull(),
  requiredLevel: text('required_level').notNull(),
  returnTo: text('return_to').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const staffUsers = pgTable('staff_users', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  subject: text('subject').notNull(),
  name: text('name').notNull(),
  email: text('email'),
  roles: text('roles').array().notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
});

export const rightsAudit = pgTable('rights_audit', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  tenantId: tenantId(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  targetKind: text('target_kind').$type<'staff-user' | 'api-client'>().notNull(),
  targetId: text('target_id').notNull(),
  targetLabel: text('target_label').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
});

export const apiClients = pgTable('api_clients', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  clientId: text('client_id').notNull(),
  label: text('label').notNull(),
  sealedSecret: text('sealed_secret').notNull(),
  scopes: text('scopes').array().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});
