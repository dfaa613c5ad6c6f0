import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../../platform/db/columns.js';

/** See migrations/0001_sjablonen.sql. */
export const beschikkingSjablonen = pgTable('beschikking_sjablonen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaaktypeIdentificatie: text('zaaktype_identificatie').notNull(),
  sleutel: text('sleutel').notNull(),
  titel: text('titel').notNull(),
  tekst: text('tekst').notNull(),
  gewijzigdDoor: text('gewijzigd_door').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
