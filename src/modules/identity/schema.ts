import { bigint, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../../platform/db/columns.js';

/** A resident's passkey (WebAuthn credential) in one municipality. */
export const identityPasskeys = pgTable('identity_passkeys', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  subject: text('subject').notNull(),
  /** The owner's BSN, encrypted (Sealer, context "identity_passkeys.bsn"). */
  sealedBsn: text('sealed_bsn').notNull(),
  credentialId: text('credential_id').notNull(),
  /** COSE public key, base64url. */
  publicKey: text('public_key').notNull(),
  counter: bigint('counter', { mode: 'number' }).notNull().default(0),
  transports: text('transports').array().notNull().default([]),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
});

/** A pending WebAuthn challenge: one browser, one purpose, used once. */
export const identityPasskeyChallenges = pgTable('identity_passkey_challenges', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  browserHash: text('browser_hash').notNull(),
  purpose: text('purpose').$type<'register' | 'login'>().notNull(),
  challenge: text('challenge').notNull(),
  subject: text('subject'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
