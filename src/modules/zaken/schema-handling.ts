import { boolean, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../../platform/db/columns.js';

/** See migrations/0002_handling.sql. */
export const zaakInformatieverzoeken = pgTable('zaak_informatieverzoeken', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  vraag: text('vraag').notNull(),
  deadline: date('deadline', { mode: 'string' }).notNull(),
  gevraagdOp: timestamp('gevraagd_op', { withTimezone: true }).notNull().defaultNow(),
  gevraagdDoor: text('gevraagd_door').notNull(),
  opgeschort: boolean('opgeschort').notNull().default(false),
  antwoord: text('antwoord'),
  beantwoordOp: timestamp('beantwoord_op', { withTimezone: true }),
  documenten: uuid('documenten').array().notNull().default([]),
});

export const zaakTaken = pgTable('zaak_taken', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  soort: text('soort').$type<'menselijke-beoordeling' | 'informatie-ontvangen' | 'gesprek-verslag' | 'overig'>().notNull(),
  omschrijving: text('omschrijving').notNull(),
  deadline: date('deadline', { mode: 'string' }),
  toegewezenAan: text('toegewezen_aan'),
  aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
  aangemaaktDoor: text('aangemaakt_door').notNull(),
  afgerondOp: timestamp('afgerond_op', { withTimezone: true }),
  afgerondDoor: text('afgerond_door'),
  toelichting: text('toelichting'),
});

export const zaakGesprekken = pgTable('zaak_gesprekken', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  datum: timestamp('datum', { withTimezone: true }).notNull(),
  plaats: text('plaats'),
  videoLink: text('video_link'),
  toelichting: text('toelichting'),
  geplandDoor: text('gepland_door').notNull(),
  verslagDocument: uuid('verslag_document'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
