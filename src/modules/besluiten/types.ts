/**
 * Besluiten (formal decisions) after the ZGW Besluiten API 1.1.0: the standard's field names and
 * enumerations. References are uuids: `besluittype` in catalogi, `zaak` in zaken,
 * `informatieobject` in documenten.
 */

export const VERVALREDENEN = ['', 'tijdelijk', 'ingetrokken_overheid', 'ingetrokken_belanghebbende'] as const;
export type Vervalreden = (typeof VERVALREDENEN)[number];

export interface BesluitInput {
  /** Default: generated, BESLUIT-<year>-<7 digits>; unique within the verantwoordelijkeOrganisatie (brc-002). */
  identificatie?: string;
  /** RSIN; default: that of the besluittype's catalogue. */
  verantwoordelijkeOrganisatie?: string;
  /** Id of a published besluittype (brc-001); with a zaak it must be one of the zaaktype's (brc-007). */
  besluittype: string;
  /** The zaak this besluit is an outcome of (optional; cannot change later). */
  zaak?: string | null;
  /** The decision date (AWB). */
  datum: string;
  toelichting?: string;
  bestuursorgaan?: string;
  ingangsdatum: string;
  vervaldatum?: string | null;
  vervalreden?: Vervalreden;
  publicatiedatum?: string | null;
  verzenddatum?: string | null;
  /** Default: verzenddatum + the besluittype's reactietermijn, when both are known. */
  uiterlijkeReactiedatum?: string | null;
}

export type BesluitChanges = Partial<Pick<BesluitInput, 'toelichting' | 'bestuursorgaan' | 'vervaldatum' | 'vervalreden' | 'publicatiedatum' | 'verzenddatum' | 'uiterlijkeReactiedatum' | 'datum' | 'ingangsdatum'>>;

export interface Besluit {
  id: string;
  identificatie: string;
  verantwoordelijkeOrganisatie: string;
  besluittype: string;
  zaak: string | null;
  datum: string;
  toelichting: string;
  bestuursorgaan: string;
  ingangsdatum: string;
  vervaldatum: string | null;
  vervalreden: Vervalreden;
  vervalredenWeergave: string;
  publicatiedatum: string | null;
  verzenddatum: string | null;
  uiterlijkeReactiedatum: string | null;
}

export interface Besluitinformatieobject {
  id: string;
  besluit: string;
  informatieobject: string;
  aardRelatieWeergave: 'Legt vast, omgekeerd: kan vastgelegd zijn als';
}
