/**
 * The shapes of the BAG API Individuele Bevragingen v2 (Kadaster, "IMBAG API"), resource
 * `adressen`, as far as Stadhuis uses them, and the address as the rest of Stadhuis sees it.
 */
import type { Gebied } from './dataset.js';

/** One `Adres` of GET /adressen (HAL). */
export interface BagAdres {
  openbareRuimteNaam: string;
  korteNaam?: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode?: string;
  woonplaatsNaam: string;
  nummeraanduidingIdentificatie: string;
  openbareRuimteIdentificatie: string;
  woonplaatsIdentificatie: string;
  adresseerbaarObjectIdentificatie?: string;
  pandIdentificaties?: string[];
  /** Street and number as on an envelope: "Dijkstraat 14". */
  adresregel5?: string;
  /** Postcode and place as on an envelope: "4201 AB  DIJKWAARD". */
  adresregel6?: string;
  indicatieNevenadres?: boolean;
  _links?: Record<string, { href: string }>;
}

export interface BagAdressenResponse {
  _embedded?: { adressen?: BagAdres[] };
  _links?: Record<string, { href: string }>;
}

/** An address with what the municipality knows about its location. */
export interface Address {
  /** nummeraanduidingIdentificatie (16 digits). */
  id: string;
  straat: string;
  huisnummer: number;
  huisletter?: string | undefined;
  huisnummertoevoeging?: string | undefined;
  /** "4201AB" (no space). */
  postcode: string;
  woonplaats: string;
  /** The municipality, when known from the municipal area data. */
  gemeente?: { code: string; naam: string } | undefined;
  adresseerbaarObjectId?: string | undefined;
  wijk?: Gebied | undefined;
  buurt?: Gebied | undefined;
  /** The municipality's own zones, e.g. parking permit zones; [] when none or unknown. */
  zones: string[];
  coordinates?: { lat: number; lon: number } | undefined;
}

/** What a lookup by postcode and house number found. */
export type LookupResult =
  | { status: 'found'; address: Address }
  /** More than one address matches (e.g. 27-1, 27-2 and 27-3): the addition is needed. */
  | { status: 'ambiguous'; candidates: Address[] }
  | { status: 'not-found' }
  /** The question itself is wrong: which parts. */
  | { status: 'invalid'; problems: ('postcode' | 'huisnummer' | 'toevoeging')[] };
