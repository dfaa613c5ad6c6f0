import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../../platform/db/columns.js';
import type { FormDefinition } from './definition.js';

export type DefinitionStatus = 'draft' | 'published' | 'retired';

export const formDefinitions = pgTable('form_definitions', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  slug: text('slug').notNull(),
  version: integer('version').notNull(),
  status: text('status').$type<DefinitionStatus>().notNull().default('draft'),
  title: text('title').notNull(),
  zaaktype: text('zaaktype').notNull(),
  definition: jsonb('definition').$type<FormDefinition>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  publishedBy: text('published_by'),
});

export const formDrafts = pgTable('form_drafts', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  formSlug: text('form_slug').notNull(),
  formVersion: integer('form_version').notNull(),
  ownerKind: text('owner_kind').$type<'subject' | 'browser'>().notNull(),
  ownerHash: text('owner_hash').notNull(),
  data: text('data').notNull(),
  idempotencyKey: text('idempotency_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const formResumeTokens = pgTable('form_resume_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  draftId: uuid('draft_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const formSubmissions = pgTable('form_submissions', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  formSlug: text('form_slug').notNull(),
  formVersion: integer('form_version').notNull(),
  zaaktype: text('zaaktype').notNull(),
  idempotencyKey: text('idempotency_key').notNull(),
  reference: text('reference'),
  statusUrl: text('status_url'),
  ownerHash: text('owner_hash').notNull(),
  data: text('data').notNull(),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
});

export const formUploads = pgTable('form_uploads', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  draftId: uuid('draft_id'),
  submissionId: uuid('submission_id'),
  fieldKey: text('field_key').notNull(),
  filename: text('filename').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: text('content').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
