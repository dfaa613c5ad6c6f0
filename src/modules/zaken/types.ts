/**
 * Zaken (cases) after the ZGW Zaken API 1.5.1: the standard's field names and enumerations, so
 * that the Zaken API can be served over the same tables. References are uuids (the API turns
 * them into URLs): `zaaktype` is the zaaktype VERSION in catalogi, `informatieobject` a document
 * in documenten, `besluit` a besluit in besluiten. Stadhuis additions are marked as such.
 */
import type { AardRelatie, Objecttype, Vertrouwelijkheidaanduiding } from '../catalogi/index.js';

// The same enumerations as in the Catalogi API: one list each.
export { AARD_RELATIES as AARD_RELATIES_ZAAK, OBJECTTYPEN as ZAAKOBJECT_TYPEN } from '../catalogi/index.js';
export type AardRelatieZaak = AardRelatie;
export type ZaakobjectType = Objecttype;
import type { IsoDate } from './dates.js';

export type { IsoDate } from './dates.js';

export const BETROKKENE_TYPEN = ['natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging', 'organisatorische_eenheid', 'medewerker'] as const;
export type BetrokkeneType = (typeof BETROKKENE_TYPEN)[number];

export const BETALINGSINDICATIES = ['', 'nvt', 'nog_niet', 'gedeeltelijk', 'geheel'] as const;
export type Betalingsindicatie = (typeof BETALINGSINDICATIES)[number];

export const ARCHIEFSTATUSSEN = ['nog_te_archiveren', 'gearchiveerd', 'gearchiveerd_procestermijn_onbekend', 'overgedragen'] as const;
export type Archiefstatus = (typeof ARCHIEFSTATUSSEN)[number];


export const INDICATIES_MACHTIGING = ['', 'gemachtigde', 'machtiginggever'] as const;
export type IndicatieMachtiging = (typeof INDICATIES_MACHTIGING)[number];


export const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'] as const;

/** GeoJSON geometry (zaakgeometrie). */
export interface GeoJsonGeometry {
  type: (typeof GEOMETRY_TYPES)[number];
  coordinates?: unknown;
  geometries?: GeoJsonGeometry[];
}

export interface Verlenging {
  reden: string;
  /** ISO 8601 duration, e.g. 'P14D'. */
  duur: string;
}

export interface Opschorting {
  indicatie: boolean;
  reden: string;
}

export interface RelevanteZaak {
  /** A zaak of this municipality (uuid), or … */
  zaak?: string | null;
  /** … a zaak elsewhere (URL). */
  url?: string | null;
  aardRelatie: AardRelatieZaak;
}

export interface ZaakKenmerk {
  kenmerk: string;
  bron: string;
}

export interface Processobject {
  datumkenmerk: string;
  identificatie: string;
  objecttype: string;
  registratie: string;
}

// ---------------------------------------------------------------------------------------------
// Betrokkenen (the identification of the party in a rol)
// ---------------------------------------------------------------------------------------------

export interface VerblijfsAdres {
  aoaIdentificatie: string;
  wplWoonplaatsNaam: string;
  gorOpenbareRuimteNaam: string;
  aoaPostcode?: string;
  aoaHuisnummer: number;
  aoaHuisletter?: string;
  aoaHuisnummertoevoeging?: string;
  inpLocatiebeschrijving?: string;
}

export interface SubVerblijfBuitenland {
  lndLandcode: string;
  lndLandnaam: string;
  subAdresBuitenland_1?: string;
  subAdresBuitenland_2?: string;
  subAdresBuitenland_3?: string;
}

export interface NatuurlijkPersoonIdentificatie {
  /** Burgerservicenummer: stored sealed, found by a keyed hash only. */
  inpBsn?: string;
  anpIdentificatie?: string;
  inpA_nummer?: string;
  geslachtsnaam?: string;
  voorvoegselGeslachtsnaam?: string;
  voorletters?: string;
  voornamen?: string;
  geslachtsaanduiding?: 'm' | 'v' | 'o' | '';
  geboortedatum?: string;
  verblijfsadres?: VerblijfsAdres | null;
  subVerblijfBuitenland?: SubVerblijfBuitenland | null;
}

export interface NietNatuurlijkPersoonIdentificatie {
  innNnpId?: string;
  annIdentificatie?: string;
  statutaireNaam?: string;
  innRechtsvorm?: string;
  bezoekadres?: string;
  subVerblijfBuitenland?: SubVerblijfBuitenland | null;
  /** KVK number (as in Zaken API 1.6; Stadhuis uses it to find a company's zaken). */
  kvkNummer?: string;
}

export interface VestigingIdentificatie {
  vestigingsNummer?: string;
  handelsnaam?: string[];
  verblijfsadres?: VerblijfsAdres | null;
  subVerblijfBuitenland?: SubVerblijfBuitenland | null;
  kvkNummer?: string;
}

export interface OrganisatorischeEenheidIdentificatie {
  identificatie: string;
  naam?: string;
  isGehuisvestIn?: string;
}

export interface MedewerkerIdentificatie {
  /** For Stadhuis staff: the user id of the employee. */
  identificatie: string;
  achternaam?: string;
  voorletters?: string;
  voorvoegselAchternaam?: string;
}

export interface ContactpersoonRol {
  naam: string;
  emailadres?: string;
  functie?: string;
  telefoonnummer?: string;
}

export type Betrokkene =
  | { betrokkeneType: 'natuurlijk_persoon'; betrokkeneIdentificatie: NatuurlijkPersoonIdentificatie }
  | { betrokkeneType: 'niet_natuurlijk_persoon'; betrokkeneIdentificatie: NietNatuurlijkPersoonIdentificatie }
  | { betrokkeneType: 'vestiging'; betrokkeneIdentificatie: VestigingIdentificatie }
  | { betrokkeneType: 'organisatorische_eenheid'; betrokkeneIdentificatie: OrganisatorischeEenheidIdentificatie }
  | { betrokkeneType: 'medewerker'; betrokkeneIdentificatie: MedewerkerIdentificatie };

interface RolFields {
  /** Id of a roltype of the zaak's zaaktype. */
  roltype: string;
  roltoelichting?: string;
  /** URL of the betrokkene in its own register (optional). */
  betrokkene?: string;
  afwijkendeNaamBetrokkene?: string;
  indicatieMachtiging?: IndicatieMachtiging;
  contactpersoonRol?: ContactpersoonRol | null;
}

export type RolInput = RolFields & Betrokkene;

export type Rol = Required<Omit<RolFields, 'contactpersoonRol'>> & Betrokkene & {
  id: string;
  zaak: string;
  /** From the roltype. */
  omschrijving: string;
  omschrijvingGeneriek: string;
  registratiedatum: Date;
  contactpersoonRol: ContactpersoonRol | null;
};

/** The initiator as given at creation: the roltype is taken from the zaaktype (omschrijvingGeneriek 'initiator'). */
export type InitiatorInput = Omit<RolFields, 'roltype'> & Betrokkene & { roltype?: string };

// ---------------------------------------------------------------------------------------------
// The zaak
// ---------------------------------------------------------------------------------------------

export interface Zaak {
  id: string;
  identificatie: string;
  bronorganisatie: string;
  verantwoordelijkeOrganisatie: string;
  omschrijving: string;
  toelichting: string;
  /** Id of the zaaktype version. */
  zaaktype: string;
  /** Stadhuis: the zaaktype's identificatie and omschrijving (of that version). */
  zaaktypeIdentificatie: string;
  zaaktypeOmschrijving: string;
  registratiedatum: IsoDate;
  startdatum: IsoDate;
  einddatum: IsoDate | null;
  einddatumGepland: IsoDate | null;
  uiterlijkeEinddatumAfdoening: IsoDate | null;
  publicatiedatum: IsoDate | null;
  communicatiekanaal: string;
  productenOfDiensten: string[];
  vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding;
  betalingsindicatie: Betalingsindicatie;
  laatsteBetaaldatum: Date | null;
  zaakgeometrie: GeoJsonGeometry | null;
  verlenging: Verlenging | null;
  opschorting: Opschorting;
  /** Stadhuis: since when the running suspension lasts and until when it is planned. */
  opschortingSinds: IsoDate | null;
  opschortingTot: IsoDate | null;
  selectielijstklasse: string;
  hoofdzaak: string | null;
  deelzaken: string[];
  relevanteAndereZaken: RelevanteZaak[];
  kenmerken: ZaakKenmerk[];
  archiefnominatie: 'blijvend_bewaren' | 'vernietigen' | null;
  archiefstatus: Archiefstatus;
  archiefactiedatum: IsoDate | null;
  startdatumBewaartermijn: IsoDate | null;
  opdrachtgevendeOrganisatie: string;
  processobjectaard: string | null;
  processobject: Processobject | null;
  /** Ids of the related records, as the standard lists them. */
  eigenschappen: string[];
  rollen: string[];
  zaakinformatieobjecten: string[];
  zaakobjecten: string[];
  /** Id of the current status (the latest by datumStatusGezet), or null. */
  status: string | null;
  /** Id of the resultaat, or null. */
  resultaat: string | null;
  /** Stadhuis: the current status's statustype and its omschrijving. */
  statustype: string | null;
  statusOmschrijving: string | null;
  /** Stadhuis: deadline state for work queues. */
  sla: Sla;
  aangemaaktDoor: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface ZaakeigenschapInput {
  /** Id of an eigenschap of the zaaktype. */
  eigenschap: string;
  waarde: string;
}

export interface ZaakobjectInput {
  object?: string;
  zaakobjecttype?: string;
  objectType: ZaakobjectType;
  objectTypeOverige?: string;
  objectTypeOverigeDefinitie?: { url: string; schema: string; objectData: string } | null;
  relatieomschrijving?: string;
  /** The identifying data of the object (e.g. an address: identificatie, wplWoonplaatsNaam, …). */
  objectIdentificatie?: Record<string, unknown> | null;
}

export interface CreateZaakInput {
  zaaktype: string;
  omschrijving?: string;
  toelichting?: string;
  /** Default: today (Netherlands). */
  registratiedatum?: IsoDate;
  /** Default: registratiedatum. */
  startdatum?: IsoDate;
  /** Default: the RSIN of the zaaktype's catalogue. */
  bronorganisatie?: string;
  verantwoordelijkeOrganisatie?: string;
  /** Default: generated, ZAAK-<year>-<7 digits>. */
  identificatie?: string;
  publicatiedatum?: IsoDate | null;
  communicatiekanaal?: string;
  productenOfDiensten?: string[];
  /** Default: the zaaktype's. */
  vertrouwelijkheidaanduiding?: Vertrouwelijkheidaanduiding;
  betalingsindicatie?: Betalingsindicatie;
  zaakgeometrie?: GeoJsonGeometry | null;
  hoofdzaak?: string | null;
  relevanteAndereZaken?: RelevanteZaak[];
  kenmerken?: ZaakKenmerk[];
  opdrachtgevendeOrganisatie?: string;
  selectielijstklasse?: string;
  /** Who asked. For a resident or business actor it is always themself (see createZaak). */
  initiator?: InitiatorInput;
  eigenschappen?: ZaakeigenschapInput[];
  zaakobjecten?: ZaakobjectInput[];
  /** Toelichting of the first status (default: none). */
  statustoelichting?: string;
  /**
   * Documents (made before in documenten, in the same transaction) to add to the zaak at once,
   * e.g. the attachments of an application. A resident can add only their own uploads.
   */
  informatieobjecten?: { informatieobject: string; titel?: string; beschrijving?: string }[];
  /** Fields only the Zaken API sets at creation (the municipality's own flows derive them). */
  extra?: ZaakApiFields;
}

/** Fields of the zaak the Zaken API may give directly (checked by the service). */
export interface ZaakApiFields {
  einddatumGepland?: IsoDate | null;
  uiterlijkeEinddatumAfdoening?: IsoDate | null;
  laatsteBetaaldatum?: Date | null;
  verlenging?: Verlenging | null;
  opschorting?: Opschorting | null;
  archiefnominatie?: 'blijvend_bewaren' | 'vernietigen' | null;
  archiefstatus?: Archiefstatus;
  archiefactiedatum?: IsoDate | null;
  startdatumBewaartermijn?: IsoDate | null;
  processobjectaard?: string | null;
  processobject?: Processobject | null;
}

/** A change of a zaak through the Zaken API (PUT or PATCH). */
export interface ZaakApiChanges extends ZaakApiFields {
  identificatie?: string;
  bronorganisatie?: string;
  zaaktype?: string;
  omschrijving?: string;
  toelichting?: string;
  registratiedatum?: IsoDate;
  verantwoordelijkeOrganisatie?: string;
  startdatum?: IsoDate;
  publicatiedatum?: IsoDate | null;
  communicatiekanaal?: string;
  productenOfDiensten?: string[];
  vertrouwelijkheidaanduiding?: Vertrouwelijkheidaanduiding;
  betalingsindicatie?: Betalingsindicatie;
  zaakgeometrie?: GeoJsonGeometry | null;
  selectielijstklasse?: string;
  hoofdzaak?: string | null;
  relevanteAndereZaken?: RelevanteZaak[];
  kenmerken?: ZaakKenmerk[];
  opdrachtgevendeOrganisatie?: string;
}

/** A relation of a zaak with a contactmoment or verzoek in another register (Zaken API). */
export interface ZaakRelatieUrl {
  id: string;
  zaak: string;
  url: string;
}

export interface Status {
  id: string;
  zaak: string;
  statustype: string;
  datumStatusGezet: Date;
  statustoelichting: string;
  indicatieLaatstGezetteStatus: boolean;
  gezetdoor: string | null;
  /** Stadhuis: from the statustype (of the zaak's zaaktype version). */
  omschrijving: string;
  statustekst: string;
  volgnummer: number;
  isEindstatus: boolean;
}

export interface Zaakeigenschap {
  id: string;
  zaak: string;
  eigenschap: string;
  naam: string;
  waarde: string;
}

export interface Resultaat {
  id: string;
  zaak: string;
  resultaattype: string;
  toelichting: string;
  /** Stadhuis: from the resultaattype. */
  omschrijving: string;
}

export interface Zaakinformatieobject {
  id: string;
  zaak: string;
  informatieobject: string;
  aardRelatieWeergave: 'Hoort bij, omgekeerd: kent';
  titel: string;
  beschrijving: string;
  registratiedatum: Date;
  vernietigingsdatum: Date | null;
  status: string | null;
}

export interface Zaakobject extends Required<Omit<ZaakobjectInput, 'objectTypeOverigeDefinitie' | 'objectIdentificatie'>> {
  id: string;
  zaak: string;
  objectTypeOverigeDefinitie: { url: string; schema: string; objectData: string } | null;
  objectIdentificatie: Record<string, unknown> | null;
}

export interface Klantcontact {
  id: string;
  zaak: string;
  identificatie: string;
  datumtijd: Date;
  kanaal: string;
  onderwerp: string;
  toelichting: string;
}

export interface KlantcontactInput {
  identificatie?: string;
  datumtijd?: Date;
  kanaal?: string;
  onderwerp?: string;
  toelichting?: string;
}

export interface Zaakbesluit {
  id: string;
  zaak: string;
  besluit: string;
  /** Stadhuis: copied from the besluit (kept in step by the besluiten module). */
  ingangsdatum: IsoDate;
  vervaldatum: IsoDate | null;
}

export interface Note {
  id: string;
  zaak: string;
  tekst: string;
  auteurId: string;
  auteurWeergave: string;
  createdAt: Date;
}

// ---------------------------------------------------------------------------------------------
// Deadlines (SLA) and work queues
// ---------------------------------------------------------------------------------------------

export type SlaState = 'on_time' | 'at_risk' | 'overdue';

export interface Sla {
  /**
   * on_time, at_risk (at most 20% of the lead time left) or overdue. Days of a running
   * suspension do not count. For a closed zaak: whether it was closed on time.
   */
  state: SlaState | null;
  /** The planned end date, moved by the days of a running suspension; null without a date. */
  deadline: IsoDate | null;
  /** Days until the deadline (negative when overdue); null when closed or without a date. */
  daysLeft: number | null;
  /** True while the zaak is suspended (the clock stands still). */
  paused: boolean;
}

export interface ZaakListItem {
  id: string;
  identificatie: string;
  omschrijving: string;
  zaaktype: string;
  zaaktypeIdentificatie: string;
  zaaktypeOmschrijving: string;
  registratiedatum: IsoDate;
  startdatum: IsoDate;
  einddatumGepland: IsoDate | null;
  uiterlijkeEinddatumAfdoening: IsoDate | null;
  einddatum: IsoDate | null;
  vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding;
  archiefnominatie: 'blijvend_bewaren' | 'vernietigen' | null;
  archiefactiedatum: IsoDate | null;
  status: string | null;
  statustype: string | null;
  statusOmschrijving: string | null;
  opschorting: Opschorting;
  /** The behandelaar(s): medewerker identificatie and name, organisatorische eenheid identificatie. */
  behandelaars: { betrokkeneType: 'medewerker' | 'organisatorische_eenheid'; identificatie: string; naam: string }[];
  sla: Sla;
}

export type ZaakOrdering =
  | 'deadline' | '-deadline' | 'registratiedatum' | '-registratiedatum' | 'startdatum' | '-startdatum'
  | 'identificatie' | '-identificatie' | 'einddatum' | '-einddatum' | 'archiefactiedatum' | '-archiefactiedatum';

export interface ZaakFilter {
  /** Zaaktype version id(s). */
  zaaktype?: string | string[];
  /** All versions of a zaaktype. */
  zaaktypeIdentificatie?: string | string[];
  /** Current statustype id(s). */
  statustype?: string | string[];
  /** true: only open zaken (no einddatum); false: only closed ones. */
  open?: boolean;
  /** Medewerker identificatie of a behandelaar. */
  assignee?: string;
  /** Identificatie of an organisatorische eenheid that is behandelaar. */
  team?: string;
  /** Only zaken without any behandelaar. */
  unassigned?: boolean;
  /** Only zaken without an employee (medewerker) as behandelaar; a team may be behandelaar ("nog niet opgepakt"). */
  noMedewerker?: boolean;
  deadlineBefore?: IsoDate;
  deadlineAfter?: IsoDate;
  sla?: SlaState | SlaState[];
  opgeschort?: boolean;
  archiefnominatie?: 'blijvend_bewaren' | 'vernietigen';
  archiefstatus?: Archiefstatus;
  archiefactiedatumBefore?: IsoDate;
  registratiedatumFrom?: IsoDate;
  registratiedatumTo?: IsoDate;
  /** Part of identificatie or omschrijving. */
  search?: string;
  /** Default: 'deadline'. */
  ordering?: ZaakOrdering;
  /** Count matches only up to this number (a work queue of a million open zaken need not count them all). */
  countUpTo?: number;
  /** 1-based; default 1 and 50 (at most 500). */
  page?: number;
  pageSize?: number;
  /** The day the SLA is computed for (default: today in the Netherlands). */
  asOf?: IsoDate;
}

export interface Page<T> {
  items: T[];
  /** The number of matches; with `ZaakFilter.countUpTo`, at most that many. */
  total: number;
  /** True when there are more than `total` (the count stopped at `countUpTo`). */
  more?: boolean;
  page: number;
  pageSize: number;
}

// ---------------------------------------------------------------------------------------------
// History
// ---------------------------------------------------------------------------------------------

/** An audit trail entry, as the standard defines it (resource ids instead of URLs). */
export type { AuditTrailEntry } from '../../platform/audit-trail.js';

/** One line of a zaak's timeline for staff: what happened, when, by whom. */
export interface TimelineEntry {
  at: Date;
  /** E.g. 'zaak.aangemaakt', 'status.gezet', 'zaak.opgeschort', 'notitie.toegevoegd'. */
  kind: string;
  /** Dutch sentence, e.g. "Status gezet: In behandeling". */
  title: string;
  actor: string;
  toelichting: string;
  resource: string;
  resourceId: string;
}

// ---------------------------------------------------------------------------------------------
// What the applicant sees (Mijn zaken)
// ---------------------------------------------------------------------------------------------

export interface ApplicantStatus {
  datumStatusGezet: Date;
  omschrijving: string;
  statustekst: string;
  statustoelichting: string;
  isEindstatus: boolean;
}

export interface ApplicantZaak {
  id: string;
  identificatie: string;
  omschrijving: string;
  zaaktypeOmschrijving: string;
  registratiedatum: IsoDate;
  startdatum: IsoDate;
  einddatumGepland: IsoDate | null;
  uiterlijkeEinddatumAfdoening: IsoDate | null;
  einddatum: IsoDate | null;
  opschorting: Opschorting;
  verlenging: Verlenging | null;
  status: ApplicantStatus | null;
  /** Every status reached, oldest first. */
  statussen: ApplicantStatus[];
  resultaat: { omschrijving: string; toelichting: string } | null;
  /** The documents of the zaak that are public enough for the applicant (openbaar, beperkt openbaar). */
  documenten: { informatieobject: string; titel: string; registratiedatum: Date }[];
  /** How the applicant relates to the zaak: they (or whom they act for) asked, or they are authorised. */
  rol: 'initiator' | 'gemachtigde';
}
