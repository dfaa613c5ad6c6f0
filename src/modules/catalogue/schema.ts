import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../../platform/db/columns.js';
import type { ProductText } from './demo/types.js';

// The generated search columns (search_nl, search_en, search_words) are only used in raw SQL
// in search.ts and are left out here so inserts never name them.
export const categories = pgTable('catalogue_categories', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  description: text('description').notNull(),
  descriptionEn: text('description_en').notNull(),
  position: integer('position').notNull().default(0),
});

export const products = pgTable('catalogue_products', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  slug: text('slug').notNull(),
  status: text('status').$type<'draft' | 'published'>().notNull().default('draft'),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  description: text('description').notNull(),
  forWhom: text('for_whom').notNull().default(''),
  conditions: text('conditions').array().notNull().default([]),
  bring: text('bring').array().notNull().default([]),
  leadTime: text('lead_time').notNull().default(''),
  leadTimeDays: integer('lead_time_days'),
  howTo: text('how_to').notNull().default(''),
  audience: text('audience').array().notNull().default(['inwoner']),
  channels: text('channels').array().notNull().default([]),
  keywords: text('keywords').array().notNull().default([]),
  related: text('related').array().notNull().default([]),
  /** Slug of the online form (forms module) that handles this product. */
  formSlug: text('form_slug'),
  /** Identificatie of the zaaktype (case type) that handles this product. */
  zaaktypeIdentificatie: text('zaaktype_identificatie'),
  en: jsonb('en').$type<ProductText | null>(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
});

export const productCategories = pgTable('catalogue_product_categories', {
  tenantId: tenantId(),
  productId: uuid('product_id').notNull(),
  categoryId: uuid('category_id').notNull(),
}, (t) => [primaryKey({ columns: [t.productId, t.categoryId] })]);

export const prices = pgTable('catalogue_prices', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  productId: uuid('product_id').notNull(),
  year: integer('year').notNull(),
  position: integer('position').notNull().default(0),
  label: text('label').notNull(),
  labelEn: text('label_en').notNull(),
  amountCents: integer('amount_cents').notNull(),
});

export const revisions = pgTable('catalogue_product_revisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  productId: uuid('product_id').notNull(),
  version: integer('version').notNull(),
  action: text('action').$type<'created' | 'updated' | 'published' | 'unpublished'>().notNull(),
  actor: text('actor').notNull(),
  changedFields: text('changed_fields').array().notNull().default([]),
  changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
