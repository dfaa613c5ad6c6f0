/**
 * The zaaktypecatalogus of a municipality, after the ZGW Catalogi API 1.3.1 (ImZTC 2.2).
 *
 * Field names are the standard's (camelCase here, snake_case in SQL) so that the Catalogi API
 * can be served over the same tables. Dates are ISO dates ('2026-01-31'), durations ISO 8601
 * durations ('P8W', 'P1Y'). Relations to besluittypen and informatieobjecttypen are by their
 * `omschrijving`, version-independent, as in Catalogi 1.3 (ztc-011a/b/c); the resolved version is
 * given beside it.
 *
 * Other modules (zaken, besluiten, documenten) code against these types: keep the names.
 */
import type { RuleSet } from './rules.js';

export type { RuleSet } from './rules.js';

// ---------------------------------------------------------------------------------------------
// Enumerations of the standard
// ---------------------------------------------------------------------------------------------

export const VERTROUWELIJKHEIDAANDUIDINGEN = [
  'openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim',
] as const;
/** How public a case file or document is (from most to least public). */
export type Vertrouwelijkheidaanduiding = (typeof VERTROUWELIJKHEIDAANDUIDINGEN)[number];

export const ARCHIEFNOMINATIES = ['blijvend_bewaren', 'vernietigen'] as const;
export type Archiefnominatie = (typeof ARCHIEFNOMINATIES)[number];

export const AFLEIDINGSWIJZEN = [
  'afgehandeld', 'ander_datumkenmerk', 'eigenschap', 'gerelateerde_zaak', 'hoofdzaak', 'ingangsdatum_besluit', 'termijn', 'vervaldatum_besluit', 'zaakobject',
] as const;
/** How the brondatum of the archiefactietermijn is derived. */
export type Afleidingswijze = (typeof AFLEIDINGSWIJZEN)[number];

export const RICHTINGEN = ['inkomend', 'intern', 'uitgaand'] as const;
export type Richting = (typeof RICHTINGEN)[number];

export const INDICATIES_INTERN_OF_EXTERN = ['intern', 'extern'] as const;
export type IndicatieInternOfExtern = (typeof INDICATIES_INTERN_OF_EXTERN)[number];

export const ROLTYPE_OMSCHRIJVINGEN_GENERIEK = [
  'adviseur', 'behandelaar', 'belanghebbende', 'beslisser', 'initiator', 'klantcontacter', 'zaakcoordinator', 'mede_initiator',
] as const;
export type RoltypeOmschrijvingGeneriek = (typeof ROLTYPE_OMSCHRIJVINGEN_GENERIEK)[number];

export const EIGENSCHAP_FORMATEN = ['tekst', 'getal', 'datum', 'datum_tijd'] as const;
export type EigenschapFormaat = (typeof EIGENSCHAP_FORMATEN)[number];

export const AARD_RELATIES = ['vervolg', 'bijdrage', 'onderwerp'] as const;
export type AardRelatie = (typeof AARD_RELATIES)[number];

export const OBJECTTYPEN = [
  'adres', 'besluit', 'buurt', 'enkelvoudig_document', 'gemeente', 'gemeentelijke_openbare_ruimte', 'huishouden',
  'inrichtingselement', 'kadastrale_onroerende_zaak', 'kunstwerkdeel', 'maatschappelijke_activiteit', 'medewerker',
  'natuurlijk_persoon', 'niet_natuurlijk_persoon', 'openbare_ruimte', 'organisatorische_eenheid', 'pand', 'spoorbaandeel',
  'status', 'terreindeel', 'terrein_gebouwd_object', 'vestiging', 'waterdeel', 'wegdeel', 'wijk', 'woonplaats',
  'woz_deelobject', 'woz_object', 'woz_waarde', 'zakelijk_recht', 'overige',
] as const;
/** The kind of registered object a process object is (brondatumArchiefprocedure.objecttype). */
export type Objecttype = (typeof OBJECTTYPEN)[number];

/** An ISO date, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** An ISO 8601 duration, e.g. 'P8W', 'P1Y', 'P20Y', 'P2D'. */
export type IsoDuration = string;

// ---------------------------------------------------------------------------------------------
// Shared parts
// ---------------------------------------------------------------------------------------------

/**
 * Validity of a version: valid from beginGeldigheid up to and including eindeGeldigheid.
 * beginObject/eindeObject are the first and last day of the object over all its versions.
 * For children of a zaaktype (statustype, resultaattype, …) these are the zaaktype's.
 */
export interface Geldigheid {
  beginGeldigheid: IsoDate;
  eindeGeldigheid: IsoDate | null;
  beginObject: IsoDate | null;
  eindeObject: IsoDate | null;
}

/** The catalogue (zaaktypecatalogus) of one municipality. */
export interface Catalogus {
  id: string;
  /** Short domain code (max 5 characters), e.g. 'DIJK'. */
  domein: string;
  /** RSIN of the municipality that owns the catalogue (9 digits). */
  rsin: string;
  contactpersoonBeheerNaam: string;
  contactpersoonBeheerTelefoonnummer: string;
  contactpersoonBeheerEmailadres: string;
  naam: string | null;
  versie: string | null;
  begindatumVersie: IsoDate | null;
}

// ---------------------------------------------------------------------------------------------
// Informatieobjecttype and besluittype: versioned on their own (concept → published)
// ---------------------------------------------------------------------------------------------

export interface InformatieobjecttypeOmschrijvingGeneriek {
  informatieobjecttypeOmschrijvingGeneriek: string;
  definitieInformatieobjecttypeOmschrijvingGeneriek: string;
  herkomstInformatieobjecttypeOmschrijvingGeneriek: string;
  hierarchieInformatieobjecttypeOmschrijvingGeneriek: string;
  opmerkingInformatieobjecttypeOmschrijvingGeneriek: string | null;
}

/** A kind of document (aanvraagformulier, bijlage, beschikking, verslag …). */
export interface Informatieobjecttype extends Geldigheid {
  id: string;
  /** Id of the Catalogus. */
  catalogus: string;
  /** The name of the kind of document; unique per catalogue over its versions. */
  omschrijving: string;
  vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding;
  /** Typering, e.g. 'Aanvraag', 'Bijlage', 'Besluit', 'Verslag'. */
  informatieobjectcategorie: string;
  trefwoord: string[];
  omschrijvingGeneriek: InformatieobjecttypeOmschrijvingGeneriek | null;
  /** True while not yet published: may not be used outside the catalogue. */
  concept: boolean;
}

/** A kind of formal decision (besluit), e.g. 'Beschikking parkeervergunning'. */
export interface Besluittype extends Geldigheid {
  id: string;
  catalogus: string;
  /** The name of the kind of decision; unique per catalogue over its versions. */
  omschrijving: string;
  omschrijvingGeneriek: string;
  besluitcategorie: string;
  /** Period to object or appeal after the decision is sent, e.g. 'P6W'. */
  reactietermijn: IsoDuration | null;
  publicatieIndicatie: boolean;
  publicatietekst: string;
  publicatietermijn: IsoDuration | null;
  toelichting: string;
  /** Omschrijvingen of the informatieobjecttypen a decision of this type is recorded in. */
  informatieobjecttypen: string[];
  concept: boolean;
}

// ---------------------------------------------------------------------------------------------
// Children of one zaaktype version
// ---------------------------------------------------------------------------------------------

/** Common to the children of a zaaktype version. */
interface ZaaktypeChild extends Geldigheid {
  id: string;
  /** Id of the zaaktype version this belongs to. */
  zaaktype: string;
  zaaktypeIdentificatie: string;
  catalogus: string;
}

export interface CheckListItem {
  itemnaam: string;
  toelichting: string | null;
  vraagstelling: string;
  verplicht: boolean;
}

/** A step in the life of a case. */
export interface Statustype extends ZaaktypeChild {
  /** Short name, for staff and applicant: 'Ontvangen', 'In behandeling', 'Afgehandeld'. */
  omschrijving: string;
  omschrijvingGeneriek: string;
  /** The text the applicant sees when the case reaches this status (plain Dutch, B1). */
  statustekst: string;
  /** Order within the zaaktype, 1…9999; the highest is the eindstatus. */
  volgnummer: number;
  /** Derived: this is the statustype with the highest volgnummer. */
  isEindstatus: boolean;
  /** Whether the initiator is to be told when the case reaches this status. */
  informeren: boolean;
  doorlooptijd: IsoDuration | null;
  toelichting: string | null;
  checklistitemStatustype: CheckListItem[];
  /** Names (Eigenschap.naam) of the eigenschappen that must have a value before this status. */
  eigenschappen: string[];
}

/** How the start date (brondatum) of the archiefactietermijn is determined (ztc-003…008). */
export interface BrondatumArchiefprocedure {
  afleidingswijze: Afleidingswijze;
  /** Required for eigenschap, zaakobject, ander_datumkenmerk; empty otherwise. */
  datumkenmerk: string;
  /** Must be false for afgehandeld and termijn. */
  einddatumBekend: boolean;
  /** Required for zaakobject and ander_datumkenmerk; '' otherwise. */
  objecttype: Objecttype | '';
  /** Required for ander_datumkenmerk; empty otherwise. */
  registratie: string;
  /** Required for termijn; null otherwise. */
  procestermijn: IsoDuration | null;
}

/** A possible outcome of a case; drives retention (archiefnominatie, archiefactietermijn). */
export interface Resultaattype extends ZaaktypeChild {
  /** Short name: 'Toegekend', 'Afgewezen', 'Ingetrokken', 'Afgehandeld'. Max 30 characters. */
  omschrijving: string;
  /** URL of the generic description in the VNG reference lists (resultaattypeomschrijvingen). */
  resultaattypeomschrijving: string;
  /** The generic description that URL stands for ('Toegekend', 'Geweigerd', 'Afgebroken', …). */
  omschrijvingGeneriek: string;
  /** URL of the result in the Selectielijst gemeenten (the selectielijstklasse). */
  selectielijstklasse: string;
  toelichting: string;
  /** '' when not given (then derived from the selectielijst by the standard). */
  archiefnominatie: Archiefnominatie | '';
  /** Retention after the brondatum, e.g. 'P1Y', 'P10Y'; null for blijvend bewaren without transfer term. */
  archiefactietermijn: IsoDuration | null;
  brondatumArchiefprocedure: BrondatumArchiefprocedure | null;
  procesobjectaard: string | null;
  indicatieSpecifiek: boolean | null;
  procestermijn: IsoDuration | null;
  /** Omschrijvingen of besluittypen whose decisions go with this result. */
  besluittypen: string[];
  /** Omschrijvingen of informatieobjecttypen that must be in the case file before this result. */
  informatieobjecttypen: string[];
}

/** A kind of party in a case. */
export interface Roltype extends ZaaktypeChild {
  /** E.g. 'Aanvrager', 'Melder', 'Behandelaar'. */
  omschrijving: string;
  omschrijvingGeneriek: RoltypeOmschrijvingGeneriek;
}

export interface EigenschapSpecificatie {
  /** Group the property belongs to (max 32 characters); may be ''. */
  groep: string;
  formaat: EigenschapFormaat;
  /** Number of characters, e.g. '8', or '5,2' for a number with decimals. */
  lengte: string;
  /** How many values a case can have: '1', '3', or 'N' for any number. */
  kardinaliteit: string;
  /** The allowed values; empty means any value of the formaat. */
  waardenverzameling: string[];
}

/** A typed property of cases of this zaaktype (e.g. kenteken, evenementdatum). */
export interface Eigenschap extends ZaaktypeChild {
  /** Name, max 20 characters, unique within the zaaktype (e.g. 'kenteken'). */
  naam: string;
  definitie: string;
  specificatie: EigenschapSpecificatie;
  toelichting: string;
  /** Id of the statustype before which this property must have a value, or null. */
  statustype: string | null;
}

/** The relation of a zaaktype version to a kind of document it uses (ZAAKTYPE-INFORMATIEOBJECTTYPE). */
export interface ZaaktypeInformatieobjecttype {
  id: string;
  zaaktype: string;
  catalogus: string;
  /** Unique order number within the zaaktype, 1…999. */
  volgnummer: number;
  richting: Richting;
  /** Id of the statustype at which a document of this type must be present, or null. */
  statustype: string | null;
  /** The relation itself: the informatieobjecttype's omschrijving (version-independent). */
  informatieobjecttypeOmschrijving: string;
  /**
   * The informatieobjecttype version that applies: the published one valid on the zaaktype's
   * reference date (today within the zaaktype's validity), else the latest published one, else
   * a concept; null when the catalogue has none with that omschrijving.
   */
  informatieobjecttype: Informatieobjecttype | null;
}

export interface ReferentieProces {
  naam: string;
  link: string;
}

export interface ZaaktypenRelatie {
  /** Identificatie (or URL) of the related zaaktype. */
  zaaktype: string;
  aardRelatie: AardRelatie;
  toelichting: string;
}

export interface BronCatalogus {
  url: string;
  domein: string;
  rsin: string;
}

export interface BronZaaktype {
  url: string;
  identificatie: string;
  omschrijving: string;
}

// ---------------------------------------------------------------------------------------------
// The zaaktype version
// ---------------------------------------------------------------------------------------------

/** The fields of the zaaktype itself (without children), as stored. */
export interface ZaaktypeFields {
  /** Stable identification within the catalogue, shared by all versions (e.g. 'PARKEERVERGUNNING-BEWONERS'). */
  identificatie: string;
  omschrijving: string;
  omschrijvingGeneriek: string;
  vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding;
  doel: string;
  aanleiding: string;
  toelichting: string;
  indicatieInternOfExtern: IndicatieInternOfExtern;
  /** 'aanvragen', 'melden', 'indienen', 'doorgeven' … */
  handelingInitiator: string;
  onderwerp: string;
  /** 'behandelen', 'beoordelen', 'vaststellen' … */
  handelingBehandelaar: string;
  /** Legal lead time, e.g. 'P8W'. */
  doorlooptijd: IsoDuration;
  /** Service standard of the municipality, e.g. 'P2D'; null when none. */
  servicenorm: IsoDuration | null;
  opschortingEnAanhoudingMogelijk: boolean;
  verlengingMogelijk: boolean;
  /** Only when verlengingMogelijk. */
  verlengingstermijn: IsoDuration | null;
  trefwoorden: string[];
  publicatieIndicatie: boolean;
  publicatietekst: string;
  verantwoordingsrelatie: string[];
  /** URLs of the products or services (product catalogue) this zaaktype delivers. */
  productenOfDiensten: string[];
  /** URL of the procestype in the Selectielijst API. */
  selectielijstProcestype: string;
  referentieproces: ReferentieProces;
  /** Organisational unit or function responsible, e.g. 'Team Parkeren'. */
  verantwoordelijke: string;
  broncatalogus: BronCatalogus | null;
  bronzaaktype: BronZaaktype | null;
  /** Identificaties of zaaktypen whose cases can be deelzaken of this one. */
  deelzaaktypen: string[];
  gerelateerdeZaaktypen: ZaaktypenRelatie[];
  /** Date on which this version's characteristics became valid. */
  versiedatum: IsoDate;
  /** Omschrijvingen of the besluittypen that can be taken in cases of this type. */
  besluittypeOmschrijvingen: string[];
}

/** One version of a zaaktype with all its children. */
export interface Zaaktype extends ZaaktypeFields, Geldigheid {
  /** The version's uuid: cases hold this, so a running case keeps its version. */
  id: string;
  catalogus: string;
  /** True while this version is a concept (not yet published; may be changed or deleted). */
  concept: boolean;
  /** Version number within the identificatie: 1, 2, 3 … (Stadhuis addition). */
  versie: number;
  /** Ordered by volgnummer; the last has isEindstatus. */
  statustypen: Statustype[];
  resultaattypen: Resultaattype[];
  roltypen: Roltype[];
  eigenschappen: Eigenschap[];
  /** Ordered by volgnummer. */
  informatieobjecttypen: ZaaktypeInformatieobjecttype[];
  /** The besluittypen of besluittypeOmschrijvingen, resolved like informatieobjecttypen (missing ones left out). */
  besluittypen: Besluittype[];
  /** Automation rules of this version (see rules.ts); null when every case is decided by a person. */
  rules: RuleSet | null;
  /** Counter for optimistic locking of concept edits. */
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

/** A zaaktype version in a list. */
export interface ZaaktypeSummary {
  id: string;
  catalogus: string;
  identificatie: string;
  omschrijving: string;
  onderwerp: string;
  versie: number;
  concept: boolean;
  beginGeldigheid: IsoDate;
  eindeGeldigheid: IsoDate | null;
  versiedatum: IsoDate;
  /** True when this is the published version valid today. */
  actueel: boolean;
  hasRules: boolean;
  updatedAt: Date;
}

// ---------------------------------------------------------------------------------------------
// Input for writing (functioneel beheer)
// ---------------------------------------------------------------------------------------------

export interface StatustypeInput {
  /** Keep the same id when editing a concept (optional). */
  id?: string | undefined;
  omschrijving: string;
  omschrijvingGeneriek?: string;
  statustekst: string;
  volgnummer: number;
  informeren: boolean;
  doorlooptijd?: IsoDuration | null;
  toelichting?: string | null;
  checklistitemStatustype?: CheckListItem[];
  eigenschappen?: string[];
}

export interface ResultaattypeInput {
  id?: string | undefined;
  omschrijving: string;
  resultaattypeomschrijving: string;
  omschrijvingGeneriek?: string;
  selectielijstklasse: string;
  toelichting?: string;
  archiefnominatie: Archiefnominatie | '';
  archiefactietermijn: IsoDuration | null;
  brondatumArchiefprocedure?: BrondatumArchiefprocedure | null;
  procesobjectaard?: string | null;
  indicatieSpecifiek?: boolean | null;
  procestermijn?: IsoDuration | null;
  besluittypen?: string[];
  informatieobjecttypen?: string[];
}

export interface RoltypeInput {
  id?: string | undefined;
  omschrijving: string;
  omschrijvingGeneriek: RoltypeOmschrijvingGeneriek;
}

export interface EigenschapInput {
  id?: string | undefined;
  naam: string;
  definitie: string;
  specificatie: EigenschapSpecificatie;
  toelichting?: string;
  /** Volgnummer of the statustype before which it must have a value. */
  statustypeVolgnummer?: number | null;
}

export interface ZaaktypeInformatieobjecttypeInput {
  id?: string | undefined;
  informatieobjecttypeOmschrijving: string;
  volgnummer: number;
  richting: Richting;
  statustypeVolgnummer?: number | null;
}

/** A whole concept version: the zaaktype's own fields and its children. */
export interface ZaaktypeInput extends Partial<Omit<ZaaktypeFields, 'identificatie' | 'omschrijving' | 'doel' | 'aanleiding' | 'onderwerp' | 'handelingInitiator' | 'handelingBehandelaar' | 'doorlooptijd' | 'vertrouwelijkheidaanduiding' | 'indicatieInternOfExtern' | 'versiedatum'>> {
  identificatie: string;
  omschrijving: string;
  doel: string;
  aanleiding: string;
  onderwerp: string;
  handelingInitiator: string;
  handelingBehandelaar: string;
  doorlooptijd: IsoDuration;
  vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding;
  indicatieInternOfExtern: IndicatieInternOfExtern;
  beginGeldigheid: IsoDate;
  /** Defaults to beginGeldigheid. */
  versiedatum?: IsoDate;
  statustypen: StatustypeInput[];
  resultaattypen: ResultaattypeInput[];
  roltypen: RoltypeInput[];
  eigenschappen?: EigenschapInput[];
  informatieobjecttypen?: ZaaktypeInformatieobjecttypeInput[];
  rules?: RuleSet | null;
}

export interface InformatieobjecttypeInput {
  omschrijving: string;
  vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding;
  informatieobjectcategorie: string;
  trefwoord?: string[];
  omschrijvingGeneriek?: InformatieobjecttypeOmschrijvingGeneriek | null;
  beginGeldigheid: IsoDate;
}

export interface BesluittypeInput {
  omschrijving: string;
  omschrijvingGeneriek?: string;
  besluitcategorie?: string;
  reactietermijn?: IsoDuration | null;
  publicatieIndicatie: boolean;
  publicatietekst?: string;
  publicatietermijn?: IsoDuration | null;
  toelichting?: string;
  informatieobjecttypen?: string[];
  beginGeldigheid: IsoDate;
}

export interface CatalogusInput {
  domein: string;
  rsin: string;
  contactpersoonBeheerNaam: string;
  contactpersoonBeheerTelefoonnummer?: string;
  contactpersoonBeheerEmailadres?: string;
  naam?: string | null;
  versie?: string | null;
  begindatumVersie?: IsoDate | null;
}

/** One entry in the history of the catalogue: who changed what, when. */
export interface HistoryEntry {
  id: string;
  objectType: 'catalogus' | 'zaaktype' | 'informatieobjecttype' | 'besluittype';
  objectId: string;
  /** Identificatie (zaaktype) or omschrijving (others) at the time. */
  label: string;
  action: 'created' | 'updated' | 'published' | 'new-version' | 'ended' | 'deleted';
  actor: string;
  /** Changed fields with their old and new value (for updates); other details otherwise. */
  changes: Record<string, { from: unknown; to: unknown }>;
  createdAt: Date;
}
