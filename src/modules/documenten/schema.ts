import { bigint, boolean, customType, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../../platform/db/columns.js';
import type { Vertrouwelijkheidaanduiding } from '../catalogi/index.js';
import type { DocumentStatus, Integriteit, ObjectType, Ondertekening } from './types.js';

/** bytea as a Buffer (node-postgres gives a Buffer, PGlite a Uint8Array). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});

/** See migrations/0001_documenten.sql for what each column means. */
export const documenten = pgTable('documenten', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  identificatie: text('identificatie').notNull(),
  bronorganisatie: text('bronorganisatie').notNull(),
  versie: integer('versie').notNull().default(1),
  lock: text('lock').notNull().default(''),
  indicatieGebruiksrecht: boolean('indicatie_gebruiksrecht'),
  uploaderKey: text('uploader_key'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const documentVersies = pgTable('document_versies', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  documentId: uuid('document_id').notNull(),
  versie: integer('versie').notNull(),
  beginRegistratie: timestamp('begin_registratie', { withTimezone: true }).notNull().defaultNow(),
  creatiedatum: date('creatiedatum', { mode: 'string' }).notNull(),
  titel: text('titel').notNull(),
  vertrouwelijkheidaanduiding: text('vertrouwelijkheidaanduiding').$type<Vertrouwelijkheidaanduiding>().notNull(),
  auteur: text('auteur').notNull(),
  status: text('status').$type<DocumentStatus>().notNull().default(''),
  formaat: text('formaat').notNull().default(''),
  taal: text('taal').notNull(),
  bestandsnaam: text('bestandsnaam').notNull().default(''),
  bestandsomvang: bigint('bestandsomvang', { mode: 'number' }),
  inhoud: bytea('inhoud'),
  inhoudSha256: text('inhoud_sha256'),
  link: text('link').notNull().default(''),
  beschrijving: text('beschrijving').notNull().default(''),
  ontvangstdatum: date('ontvangstdatum', { mode: 'string' }),
  verzenddatum: date('verzenddatum', { mode: 'string' }),
  verschijningsvorm: text('verschijningsvorm').notNull().default(''),
  ondertekening: jsonb('ondertekening').$type<Ondertekening | null>(),
  integriteit: jsonb('integriteit').$type<Integriteit | null>(),
  informatieobjecttype: uuid('informatieobjecttype').notNull(),
  trefwoorden: text('trefwoorden').array().notNull().default([]),
  geregistreerdDoor: text('geregistreerd_door').notNull(),
});

export const documentBestandsdelen = pgTable('document_bestandsdelen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  documentId: uuid('document_id').notNull(),
  volgnummer: integer('volgnummer').notNull(),
  omvang: bigint('omvang', { mode: 'number' }).notNull(),
  inhoud: bytea('inhoud'),
  lock: text('lock').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const objectinformatieobjecten = pgTable('objectinformatieobjecten', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  documentId: uuid('document_id').notNull(),
  object: uuid('object').notNull(),
  objectType: text('object_type').$type<ObjectType>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const gebruiksrechten = pgTable('gebruiksrechten', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  documentId: uuid('document_id').notNull(),
  startdatum: timestamp('startdatum', { withTimezone: true }).notNull(),
  einddatum: timestamp('einddatum', { withTimezone: true }),
  omschrijvingVoorwaarden: text('omschrijving_voorwaarden').notNull(),
});

export const documentCounters = pgTable('document_counters', {
  tenantId: tenantId(),
  jaar: integer('jaar').notNull(),
  laatste: integer('laatste').notNull(),
});

export const documentAudittrail = pgTable('document_audittrail', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  bron: text('bron').notNull().default('drc'),
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

/** See migrations/0002_documenten_api.sql. */
export const verzendingen = pgTable('verzendingen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  documentId: uuid('document_id').notNull(),
  betrokkene: text('betrokkene').notNull(),
  aardRelatie: text('aard_relatie').$type<'afzender' | 'geadresseerde'>().notNull(),
  toelichting: text('toelichting').notNull().default(''),
  ontvangstdatum: date('ontvangstdatum', { mode: 'string' }),
  verzenddatum: date('verzenddatum', { mode: 'string' }),
  contactPersoon: text('contact_persoon').notNull(),
  contactpersoonnaam: text('contactpersoonnaam').notNull().default(''),
  binnenlandsCorrespondentieadres: jsonb('binnenlands_correspondentieadres').$type<Record<string, unknown> | null>(),
  buitenlandsCorrespondentieadres: jsonb('buitenlands_correspondentieadres').$type<Record<string, unknown> | null>(),
  correspondentiePostadres: jsonb('correspondentie_postadres').$type<Record<string, unknown> | null>(),
  faxnummer: text('faxnummer'),
  emailadres: text('emailadres'),
  mijnOverheid: boolean('mijn_overheid').notNull().default(false),
  telefoonnummer: text('telefoonnummer'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
