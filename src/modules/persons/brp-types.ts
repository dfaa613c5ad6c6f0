/**
 * The part of the Haal Centraal BRP Personen API v2 (specs/brp/brp-personen-v2.yaml) that Stadhuis
 * uses: the query "RaadpleegMetBurgerservicenummer" and its `Persoon`. Names are the spec's own;
 * every property is optional because the API only returns what was asked for and what exists.
 */

/** A value from a national table (Waardetabel): a code and its description. */
export interface Waardetabel {
  code?: string;
  omschrijving?: string;
}

/** The spec's AbstractDatum with its four forms; `langFormaat` is the Dutch long form. */
export type Datum =
  | { type: 'Datum'; datum: string; langFormaat: string }
  | { type: 'DatumOnbekend'; onbekend: true; langFormaat: string }
  | { type: 'JaarDatum'; jaar: number; langFormaat: string }
  | { type: 'JaarMaandDatum'; jaar: number; maand: number; langFormaat: string };

export interface NaamGerelateerde {
  voornamen?: string;
  adellijkeTitelPredicaat?: Waardetabel & { soort?: 'titel' | 'predicaat' };
  voorvoegsel?: string;
  geslachtsnaam?: string;
  voorletters?: string;
}

export interface NaamPersoon extends NaamGerelateerde {
  /** Predicaat, voornamen, adellijke titel, voorvoegsel and geslachtsnaam, without a partner's name. */
  volledigeNaam?: string;
  aanduidingNaamgebruik?: Waardetabel;
}

export interface Geboorte {
  datum?: Datum;
  land?: Waardetabel;
  plaats?: Waardetabel;
}

export interface Nationaliteit {
  type: 'Nationaliteit' | 'BehandeldAlsNederlander' | 'VastgesteldNietNederlander' | 'Staatloos' | 'NationaliteitOnbekend';
  nationaliteit?: Waardetabel;
  redenOpname?: Waardetabel;
  datumIngangGeldigheid?: Datum;
}

export interface VerblijfadresBinnenland {
  officieleStraatnaam?: string;
  korteStraatnaam?: string;
  huisnummer?: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  aanduidingBijHuisnummer?: Waardetabel;
  postcode?: string;
  woonplaats?: string;
}

export interface VerblijfadresBuitenland {
  regel1?: string;
  regel2?: string;
  regel3?: string;
  land?: Waardetabel;
}

interface VerblijfplaatsBasis {
  datumVan?: Datum;
  /** Deprecated in the spec, still delivered. */
  datumIngangGeldigheid?: Datum;
}

export type Verblijfplaats =
  | (VerblijfplaatsBasis & {
    type: 'Adres';
    verblijfadres?: VerblijfadresBinnenland;
    functieAdres?: Waardetabel;
    adresseerbaarObjectIdentificatie?: string;
    nummeraanduidingIdentificatie?: string;
    indicatieVastgesteldVerblijftNietOpAdres?: boolean;
  })
  | (VerblijfplaatsBasis & { type: 'VerblijfplaatsBuitenland'; verblijfadres?: VerblijfadresBuitenland })
  | (VerblijfplaatsBasis & { type: 'VerblijfplaatsOnbekend' })
  | (VerblijfplaatsBasis & {
    type: 'Locatie';
    verblijfadres?: { locatiebeschrijving?: string };
    functieAdres?: Waardetabel;
    indicatieVastgesteldVerblijftNietOpAdres?: boolean;
  });

export interface Adressering {
  aanhef?: string;
  aanschrijfwijze?: { naam?: string; aanspreekvorm?: string };
  gebruikInLopendeTekst?: string;
  adresregel1?: string;
  adresregel2?: string;
  adresregel3?: string;
  land?: Waardetabel;
  indicatieVastgesteldVerblijftNietOpAdres?: boolean;
}

export interface Partner {
  burgerservicenummer?: string;
  geslacht?: Waardetabel;
  /** H = huwelijk, P = geregistreerd partnerschap. */
  soortVerbintenis?: Waardetabel;
  naam?: NaamGerelateerde;
  geboorte?: Geboorte;
  aangaanHuwelijkPartnerschap?: { datum?: Datum; land?: Waardetabel; plaats?: Waardetabel };
  ontbindingHuwelijkPartnerschap?: { datum?: Datum };
}

export interface Kind {
  burgerservicenummer?: string;
  naam?: NaamGerelateerde;
  geboorte?: Geboorte;
}

export interface Ouder {
  burgerservicenummer?: string;
  geslacht?: Waardetabel;
  ouderAanduiding?: '1' | '2';
  datumIngangFamilierechtelijkeBetrekking?: Datum;
  naam?: NaamGerelateerde;
  geboorte?: Geboorte;
}

export interface GezagOuder {
  burgerservicenummer?: string;
  naam: { volledigeNaam?: string };
}

export interface Minderjarige {
  burgerservicenummer: string;
  naam?: { volledigeNaam?: string };
  leeftijd?: number;
}

/** Who has parental authority (gezag) over a minor. */
export type Gezagsrelatie =
  | { type: 'GezamenlijkOuderlijkGezag'; minderjarige: Minderjarige; ouders: GezagOuder[] }
  | { type: 'EenhoofdigOuderlijkGezag'; minderjarige: Minderjarige; ouder: GezagOuder }
  | { type: 'GezamenlijkGezag'; minderjarige: Minderjarige; ouder?: GezagOuder; derde?: { type: 'BekendeDerde' | 'OnbekendeDerde'; burgerservicenummer?: string; naam?: { volledigeNaam?: string } } }
  | { type: 'Voogdij'; minderjarige: Minderjarige; derden?: { type: 'BekendeDerde'; burgerservicenummer?: string; naam?: { volledigeNaam?: string } }[] }
  | { type: 'TijdelijkGeenGezag' | 'GezagNietTeBepalen'; minderjarige: Minderjarige; toelichting: string };

export interface Persoon {
  aNummer?: string;
  burgerservicenummer?: string;
  datumEersteInschrijvingGBA?: Datum;
  /** Delivered unasked when true: the person does not want data given to third parties. */
  geheimhoudingPersoonsgegevens?: boolean;
  geslacht?: Waardetabel;
  uitsluitingKiesrecht?: { uitgeslotenVanKiesrecht?: boolean; einddatum?: Datum };
  europeesKiesrecht?: { aanduiding?: Waardetabel; einddatumUitsluiting?: Datum };
  leeftijd?: number;
  naam?: NaamPersoon;
  nationaliteiten?: Nationaliteit[];
  geboorte?: Geboorte;
  /** Delivered unasked: the registration was closed, e.g. because the person died (reden O). */
  opschortingBijhouding?: { reden?: Waardetabel; datum?: Datum };
  overlijden?: { datum?: Datum; land?: Waardetabel; plaats?: Waardetabel };
  verblijfplaats?: Verblijfplaats;
  immigratie?: {
    landVanwaarIngeschreven?: Waardetabel;
    datumVestigingInNederland?: Datum;
    vanuitVerblijfplaatsOnbekend?: boolean;
    indicatieVestigingVanuitBuitenland?: boolean;
  };
  gemeenteVanInschrijving?: Waardetabel;
  datumInschrijvingInGemeente?: Datum;
  adressering?: Adressering;
  indicatieCurateleRegister?: boolean;
  /** Deprecated in the spec; only filled after a court decision, so usually absent. */
  indicatieGezagMinderjarige?: Waardetabel;
  gezag?: Gezagsrelatie[];
  verblijfstitel?: { aanduiding?: Waardetabel; datumEinde?: Datum; datumIngang?: Datum };
  kinderen?: Kind[];
  ouders?: Ouder[];
  partners?: Partner[];
}

export const RAADPLEEG_MET_BSN = 'RaadpleegMetBurgerservicenummer';

export interface RaadpleegMetBurgerservicenummerQuery {
  type: typeof RAADPLEEG_MET_BSN;
  burgerservicenummer: string[];
  fields: string[];
  gemeenteVanInschrijving?: string;
}

export interface RaadpleegMetBurgerservicenummerResponse {
  type: typeof RAADPLEEG_MET_BSN;
  personen: Persoon[];
}

/** The spec's InvalidParam (camelCase `invalidParams`, unlike our own APIs' `invalid-params`). */
export interface BrpInvalidParam {
  type?: string;
  name: string;
  code: string;
  reason: string;
}

/** The spec's Foutbericht / BadRequestFoutbericht (RFC 7807). */
export interface BrpProblem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  invalidParams?: BrpInvalidParam[];
}
