import { date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../../platform/db/columns.js';
import type { Vervalreden } from './types.js';

/** See migrations/0001_besluiten.sql for what each column means. */
export const besluiten = pgTable('besluiten', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  identificatie: text('identificatie').notNull(),
  verantwoordelijkeOrganisatie: text('verantwoordelijke_organisatie').notNull(),
  besluittype: uuid('besluittype').notNull(),
  zaak: uuid('zaak'),
  datum: date('datum', { mode: 'string' }).notNull(),
  toelichting: text('toelichting').notNull().default(''),
  bestuursorgaan: text('bestuursorgaan').notNull().default(''),
  ingangsdatum: date('ingangsdatum', { mode: 'string' }).notNull(),
  vervaldatum: date('vervaldatum', { mode: 'string' }),
  vervalreden: text('vervalreden').$type<Vervalreden>().notNull().default(''),
  publicatiedatum: date('publicatiedatum', { mode: 'string' }),
  verzenddatum: date('verzenddatum', { mode: 'string' }),
  uiterlijkeReactiedatum: date('uiterlijke_reactiedatum', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const besluitinformatieobjecten = pgTable('besluitinformatieobjecten', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  besluitId: uuid('besluit_id').notNull(),
  informatieobject: uuid('informatieobject').notNull(),
  aardRelatie: text('aard_relatie').notNull().default('legt_vast'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const besluitCounters = pgTable('besluit_counters', {
  tenantId: tenantId(),
  jaar: integer('jaar').notNull(),
  laatste: integer('laatste').notNull(),
});

export const besluitAudittrail = pgTable('besluit_audittrail', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  bron: text('bron').notNull().default('brc'),
  applicatieId: text('applicatie_id').notNull().default(''),
  applicatieWeergave: text('applicatie_weergave').notNull().default(''),
  gebruikersId: text('gebruikers_id').notNull().default(''),
  gebruikersWeergave: text('gebruikers_weergave').notNull().default(''),
  actie: text('actie').notNull(),
  actieWeergave: text('actie_weergave').notNull().default(''),
  resultaat: integer('resultaat').notNull(),
  hoofdObject: uuid('hoofd_object').notNull(),
  resource: text('resource').notNull(),
  resourceId: uuid('resource_id').notNull(),
  resourceWeergave: text('resource_weergave').notNull(),
  toelichting: text('toelichting').notNull().default(''),
  aanmaakdatum: timestamp('aanmaakdatum', { withTimezone: true }).notNull().defaultNow(),
  wijzigingen: jsonb('wijzigingen').$type<{ oud: Record<string, unknown> | null; nieuw: Record<string, unknown> | null }>().notNull(),
});
