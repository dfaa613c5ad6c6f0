import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../db/columns.js';

export const staffSessions = pgTable('staff_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  tokenHash: text('token_hash').notNull(),
  displayName: text('display_name').notNull(),
  roles: text('roles').array().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
