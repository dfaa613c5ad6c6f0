import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../../platform/db/columns.js';
import type { Vertrouwelijkheidaanduiding } from '../catalogi/index.js';
import type {
  Archiefstatus, Betalingsindicatie, BetrokkeneType, GeoJsonGeometry, IndicatieMachtiging, Processobject, RelevanteZaak, ZaakKenmerk, ZaakobjectType,
} from './types.js';

/** See migrations/0001_zaken.sql for what each column means. */
export const zaken = pgTable('zaken', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  identificatie: text('identificatie').notNull(),
  bronorganisatie: text('bronorganisatie').notNull(),
  verantwoordelijkeOrganisatie: text('verantwoordelijke_organisatie').notNull(),
  omschrijving: text('omschrijving').notNull().default(''),
  toelichting: text('toelichting').notNull().default(''),
  zaaktype: uuid('zaaktype').notNull(),
  zaaktypeIdentificatie: text('zaaktype_identificatie').notNull(),
  zaaktypeOmschrijving: text('zaaktype_omschrijving').notNull(),
  registratiedatum: date('registratiedatum', { mode: 'string' }).notNull(),
  startdatum: date('startdatum', { mode: 'string' }).notNull(),
  einddatum: date('einddatum', { mode: 'string' }),
  einddatumGepland: date('einddatum_gepland', { mode: 'string' }),
  uiterlijkeEinddatumAfdoening: date('uiterlijke_einddatum_afdoening', { mode: 'string' }),
  publicatiedatum: date('publicatiedatum', { mode: 'string' }),
  communicatiekanaal: text('communicatiekanaal').notNull().default(''),
  productenOfDiensten: text('producten_of_diensten').array().notNull().default([]),
  vertrouwelijkheidaanduiding: text('vertrouwelijkheidaanduiding').$type<Vertrouwelijkheidaanduiding>().notNull(),
  betalingsindicatie: text('betalingsindicatie').$type<Betalingsindicatie>().notNull().default(''),
  laatsteBetaaldatum: timestamp('laatste_betaaldatum', { withTimezone: true }),
  zaakgeometrie: jsonb('zaakgeometrie').$type<GeoJsonGeometry | null>(),
  verlengingReden: text('verlenging_reden'),
  verlengingDuur: text('verlenging_duur'),
  opschortingIndicatie: boolean('opschorting_indicatie').notNull().default(false),
  opschortingReden: text('opschorting_reden').notNull().default(''),
  opschortingSinds: date('opschorting_sinds', { mode: 'string' }),
  opschortingTot: date('opschorting_tot', { mode: 'string' }),
  selectielijstklasse: text('selectielijstklasse').notNull().default(''),
  hoofdzaak: uuid('hoofdzaak'),
  relevanteAndereZaken: jsonb('relevante_andere_zaken').$type<RelevanteZaak[]>().notNull().default([]),
  kenmerken: jsonb('kenmerken').$type<ZaakKenmerk[]>().notNull().default([]),
  archiefnominatie: text('archiefnominatie').$type<'blijvend_bewaren' | 'vernietigen'>(),
  archiefstatus: text('archiefstatus').$type<Archiefstatus>().notNull().default('nog_te_archiveren'),
  archiefactiedatum: date('archiefactiedatum', { mode: 'string' }),
  startdatumBewaartermijn: date('startdatum_bewaartermijn', { mode: 'string' }),
  opdrachtgevendeOrganisatie: text('opdrachtgevende_organisatie').notNull().default(''),
  processobjectaard: text('processobjectaard'),
  processobject: jsonb('processobject').$type<Processobject | null>(),
  status: uuid('status'),
  statustype: uuid('statustype'),
  statusOmschrijving: text('status_omschrijving'),
  aangemaaktDoor: text('aangemaakt_door').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const zaakIdempotencyKeys = pgTable('zaak_idempotency_keys', {
  tenantId: tenantId(),
  key: text('key').notNull(),
  zaakId: uuid('zaak_id').notNull(),
  actorKey: text('actor_key').notNull(),
  requestHash: text('request_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const zaakCounters = pgTable('zaak_counters', {
  tenantId: tenantId(),
  jaar: integer('jaar').notNull(),
  laatste: integer('laatste').notNull(),
});

export const zaakStatussen = pgTable('zaak_statussen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  statustype: uuid('statustype').notNull(),
  datumStatusGezet: timestamp('datum_status_gezet', { withTimezone: true }).notNull(),
  statustoelichting: text('statustoelichting').notNull().default(''),
  gezetdoor: uuid('gezetdoor'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const zaakRollen = pgTable('zaak_rollen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  betrokkeneType: text('betrokkene_type').$type<BetrokkeneType>().notNull(),
  roltype: uuid('roltype').notNull(),
  omschrijving: text('omschrijving').notNull(),
  omschrijvingGeneriek: text('omschrijving_generiek').notNull(),
  roltoelichting: text('roltoelichting').notNull().default(''),
  registratiedatum: timestamp('registratiedatum', { withTimezone: true }).notNull().defaultNow(),
  indicatieMachtiging: text('indicatie_machtiging').$type<IndicatieMachtiging>().notNull().default(''),
  betrokkene: text('betrokkene').notNull().default(''),
  betrokkeneIdentificatie: jsonb('betrokkene_identificatie').$type<Record<string, unknown> | null>(),
  afwijkendeNaamBetrokkene: text('afwijkende_naam_betrokkene').notNull().default(''),
  sealed: text('sealed'),
  inpBsnLookup: text('inp_bsn_lookup'),
  npLookups: text('np_lookups').array(),
  kvkNummer: text('kvk_nummer'),
  identificatie: text('identificatie'),
});

export const zaakEigenschappen = pgTable('zaak_eigenschappen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  eigenschap: uuid('eigenschap').notNull(),
  naam: text('naam').notNull(),
  waarde: text('waarde').notNull(),
});

export const zaakResultaten = pgTable('zaak_resultaten', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  resultaattype: uuid('resultaattype').notNull(),
  toelichting: text('toelichting').notNull().default(''),
});

export const zaakInformatieobjecten = pgTable('zaak_informatieobjecten', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  informatieobject: uuid('informatieobject').notNull(),
  aardRelatie: text('aard_relatie').notNull().default('hoort_bij'),
  titel: text('titel').notNull().default(''),
  beschrijving: text('beschrijving').notNull().default(''),
  registratiedatum: timestamp('registratiedatum', { withTimezone: true }).notNull().defaultNow(),
  vernietigingsdatum: timestamp('vernietigingsdatum', { withTimezone: true }),
  status: uuid('status'),
});

export const zaakObjecten = pgTable('zaak_objecten', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  object: text('object').notNull().default(''),
  zaakobjecttype: text('zaakobjecttype').notNull().default(''),
  objectType: text('object_type').$type<ZaakobjectType>().notNull(),
  objectTypeOverige: text('object_type_overige').notNull().default(''),
  objectTypeOverigeDefinitie: jsonb('object_type_overige_definitie').$type<{ url: string; schema: string; objectData: string } | null>(),
  relatieomschrijving: text('relatieomschrijving').notNull().default(''),
  objectIdentificatie: jsonb('object_identificatie').$type<Record<string, unknown> | null>(),
  sealed: text('sealed'),
});

export const zaakKlantcontacten = pgTable('zaak_klantcontacten', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  identificatie: text('identificatie').notNull(),
  datumtijd: timestamp('datumtijd', { withTimezone: true }).notNull(),
  kanaal: text('kanaal').notNull().default(''),
  onderwerp: text('onderwerp').notNull().default(''),
  toelichting: text('toelichting').notNull().default(''),
});

export const zaakBesluiten = pgTable('zaak_besluiten', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  besluit: uuid('besluit').notNull(),
  ingangsdatum: date('ingangsdatum', { mode: 'string' }).notNull(),
  vervaldatum: date('vervaldatum', { mode: 'string' }),
});

export const zaakNotes = pgTable('zaak_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  tekst: text('tekst').notNull(),
  auteurId: text('auteur_id').notNull(),
  auteurWeergave: text('auteur_weergave').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const zaakOpschortingen = pgTable('zaak_opschortingen', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  reden: text('reden').notNull(),
  van: date('van', { mode: 'string' }).notNull(),
  tot: date('tot', { mode: 'string' }),
  hervatOp: date('hervat_op', { mode: 'string' }),
  dagen: integer('dagen'),
});

export const zaakAudittrail = pgTable('zaak_audittrail', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  bron: text('bron').notNull().default('zrc'),
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

/** Zaken API: relations with contactmomenten and verzoeken elsewhere (URLs). */
export const zaakContactmomenten = pgTable('zaak_contactmomenten', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  contactmoment: text('contactmoment').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const zaakVerzoeken = pgTable('zaak_verzoeken', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  verzoek: text('verzoek').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
