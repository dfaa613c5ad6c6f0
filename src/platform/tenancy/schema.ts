import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export interface TenantTheme {
  /** Brand colour for header, buttons and links; must have ≥ 4.5:1 contrast on white. */
  primary: string;
  /** Darker shade for hover and focus. */
  primaryDark: string;
  /** Light tint for backgrounds, e.g. the search band. */
  primaryLight: string;
  /** Accent for highlights (focus ring). */
  accent: string;
}

export interface TenantContact {
  phone: string;
  email: string;
  address: string;
  website: string;
}

export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  theme: jsonb('theme').$type<TenantTheme>().notNull(),
  contact: jsonb('contact').$type<TenantContact>().notNull(),
  logoSvg: text('logo_svg').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Tenant = typeof tenants.$inferSelect;
export type NewTenant = typeof tenants.$inferInsert;
