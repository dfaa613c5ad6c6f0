import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../../platform/db/columns.js';
import type { RuleSet } from './rules.js';
import type {
  BronCatalogus, BrondatumArchiefprocedure, BronZaaktype, CheckListItem, EigenschapSpecificatie,
  InformatieobjecttypeOmschrijvingGeneriek, ReferentieProces, ZaaktypenRelatie,
} from './types.js';

// Tables of migrations/0001_catalogi.sql; column names are the ZGW attribute names in snake_case.

export const catalogi = pgTable('catalogi_catalogi', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  domein: text('domein').notNull(),
  rsin: text('rsin').notNull(),
  contactpersoonBeheerNaam: text('contactpersoon_beheer_naam').notNull(),
  contactpersoonBeheerTelefoonnummer: text('contactpersoon_beheer_telefoonnummer').notNull().default(''),
  contactpersoonBeheerEmailadres: text('contactpersoon_beheer_emailadres').notNull().default(''),
  naam: text('naam'),
  versie: text('versie'),
  begindatumVersie: date('begindatum_versie', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

const versioned = {
  beginGeldigheid: date('begin_geldigheid', { mode: 'string' }).notNull(),
  eindeGeldigheid: date('einde_geldigheid', { mode: 'string' }),
  concept: boolean('concept').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
};

export const informatieobjecttypen = pgTable('catalogi_informatieobjecttypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  catalogusId: uuid('catalogus_id').notNull(),
  omschrijving: text('omschrijving').notNull(),
  vertrouwelijkheidaanduiding: text('vertrouwelijkheidaanduiding').notNull(),
  informatieobjectcategorie: text('informatieobjectcategorie').notNull(),
  trefwoord: text('trefwoord').array().notNull().default([]),
  omschrijvingGeneriek: jsonb('omschrijving_generiek').$type<InformatieobjecttypeOmschrijvingGeneriek | null>(),
  ...versioned,
});

export const besluittypen = pgTable('catalogi_besluittypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  catalogusId: uuid('catalogus_id').notNull(),
  omschrijving: text('omschrijving').notNull(),
  omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
  besluitcategorie: text('besluitcategorie').notNull().default(''),
  reactietermijn: text('reactietermijn'),
  publicatieIndicatie: boolean('publicatie_indicatie').notNull().default(false),
  publicatietekst: text('publicatietekst').notNull().default(''),
  publicatietermijn: text('publicatietermijn'),
  toelichting: text('toelichting').notNull().default(''),
  informatieobjecttypen: text('informatieobjecttypen').array().notNull().default([]),
  ...versioned,
});

export const zaaktypen = pgTable('catalogi_zaaktypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  catalogusId: uuid('catalogus_id').notNull(),
  identificatie: text('identificatie').notNull(),
  versie: integer('versie').notNull(),
  omschrijving: text('omschrijving').notNull(),
  omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
  vertrouwelijkheidaanduiding: text('vertrouwelijkheidaanduiding').notNull(),
  doel: text('doel').notNull(),
  aanleiding: text('aanleiding').notNull(),
  toelichting: text('toelichting').notNull().default(''),
  indicatieInternOfExtern: text('indicatie_intern_of_extern').notNull(),
  handelingInitiator: text('handeling_initiator').notNull(),
  onderwerp: text('onderwerp').notNull(),
  handelingBehandelaar: text('handeling_behandelaar').notNull(),
  doorlooptijd: text('doorlooptijd').notNull(),
  servicenorm: text('servicenorm'),
  opschortingEnAanhoudingMogelijk: boolean('opschorting_en_aanhouding_mogelijk').notNull().default(false),
  verlengingMogelijk: boolean('verlenging_mogelijk').notNull().default(false),
  verlengingstermijn: text('verlengingstermijn'),
  trefwoorden: text('trefwoorden').array().notNull().default([]),
  publicatieIndicatie: boolean('publicatie_indicatie').notNull().default(false),
  publicatietekst: text('publicatietekst').notNull().default(''),
  verantwoordingsrelatie: text('verantwoordingsrelatie').array().notNull().default([]),
  productenOfDiensten: text('producten_of_diensten').array().notNull().default([]),
  selectielijstProcestype: text('selectielijst_procestype').notNull().default(''),
  referentieproces: jsonb('referentieproces').$type<ReferentieProces>().notNull(),
  verantwoordelijke: text('verantwoordelijke').notNull().default(''),
  broncatalogus: jsonb('broncatalogus').$type<BronCatalogus | null>(),
  bronzaaktype: jsonb('bronzaaktype').$type<BronZaaktype | null>(),
  deelzaaktypen: text('deelzaaktypen').array().notNull().default([]),
  gerelateerdeZaaktypen: jsonb('gerelateerde_zaaktypen').$type<ZaaktypenRelatie[]>().notNull().default([]),
  besluittypen: text('besluittypen').array().notNull().default([]),
  versiedatum: date('versiedatum', { mode: 'string' }).notNull(),
  rules: jsonb('rules').$type<RuleSet | null>(),
  revision: integer('revision').notNull().default(1),
  ...versioned,
});

export const statustypen = pgTable('catalogi_statustypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaaktypeId: uuid('zaaktype_id').notNull(),
  omschrijving: text('omschrijving').notNull(),
  omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
  statustekst: text('statustekst').notNull().default(''),
  volgnummer: integer('volgnummer').notNull(),
  informeren: boolean('informeren').notNull().default(false),
  doorlooptijd: text('doorlooptijd'),
  toelichting: text('toelichting'),
  checklistitemStatustype: jsonb('checklistitem_statustype').$type<CheckListItem[]>().notNull().default([]),
  eigenschappen: text('eigenschappen').array().notNull().default([]),
});

export const resultaattypen = pgTable('catalogi_resultaattypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaaktypeId: uuid('zaaktype_id').notNull(),
  omschrijving: text('omschrijving').notNull(),
  resultaattypeomschrijving: text('resultaattypeomschrijving').notNull(),
  omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
  selectielijstklasse: text('selectielijstklasse').notNull(),
  toelichting: text('toelichting').notNull().default(''),
  archiefnominatie: text('archiefnominatie').notNull().default(''),
  archiefactietermijn: text('archiefactietermijn'),
  brondatumArchiefprocedure: jsonb('brondatum_archiefprocedure').$type<BrondatumArchiefprocedure | null>(),
  procesobjectaard: text('procesobjectaard'),
  indicatieSpecifiek: boolean('indicatie_specifiek'),
  procestermijn: text('procestermijn'),
  besluittypen: text('besluittypen').array().notNull().default([]),
  informatieobjecttypen: text('informatieobjecttypen').array().notNull().default([]),
});

export const roltypen = pgTable('catalogi_roltypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaaktypeId: uuid('zaaktype_id').notNull(),
  omschrijving: text('omschrijving').notNull(),
  omschrijvingGeneriek: text('omschrijving_generiek').notNull(),
  position: integer('position').notNull().default(0),
});

export const eigenschappen = pgTable('catalogi_eigenschappen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaaktypeId: uuid('zaaktype_id').notNull(),
  naam: text('naam').notNull(),
  definitie: text('definitie').notNull(),
  specificatie: jsonb('specificatie').$type<EigenschapSpecificatie>().notNull(),
  toelichting: text('toelichting').notNull().default(''),
  statustypeId: uuid('statustype_id'),
  position: integer('position').notNull().default(0),
});

export const zaaktypeInformatieobjecttypen = pgTable('catalogi_zaaktype_informatieobjecttypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaaktypeId: uuid('zaaktype_id').notNull(),
  informatieobjecttype: text('informatieobjecttype').notNull(),
  volgnummer: integer('volgnummer').notNull(),
  richting: text('richting').notNull(),
  statustypeId: uuid('statustype_id'),
});

export const history = pgTable('catalogi_history', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  objectType: text('object_type').$type<'catalogus' | 'zaaktype' | 'informatieobjecttype' | 'besluittype'>().notNull(),
  objectId: uuid('object_id').notNull(),
  label: text('label').notNull(),
  action: text('action').$type<'created' | 'updated' | 'published' | 'new-version' | 'ended' | 'deleted'>().notNull(),
  actor: text('actor').notNull(),
  changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const zaakobjecttypen = pgTable('catalogi_zaakobjecttypen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaaktypeId: uuid('zaaktype_id').notNull(),
  anderObjecttype: boolean('ander_objecttype').notNull().default(false),
  objecttype: text('objecttype').notNull(),
  relatieOmschrijving: text('relatie_omschrijving').notNull(),
  position: integer('position').notNull().default(0),
});
