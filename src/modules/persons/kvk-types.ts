/**
 * The KVK API Basisprofiel v1 (GET {base}/v1/basisprofielen/{kvkNummer}, header `apikey`):
 * the fields Stadhuis reads, with the KVK's own names. Dates are "yyyymmdd" strings and
 * indications are "Ja"/"Nee", as in the KVK API.
 */

export type JaNee = 'Ja' | 'Nee';

export interface KvkAdres {
  /** "bezoekadres" or "correspondentieadres". */
  type: string;
  /** Ja when the address may not be shown (e.g. a one-person business at home). */
  indAfgeschermd: JaNee;
  volledigAdres?: string;
  straatnaam?: string;
  huisnummer?: number;
  huisletter?: string;
  huisnummerToevoeging?: string;
  toevoegingAdres?: string;
  postcode?: string;
  postbusnummer?: number;
  plaats?: string;
  straatHuisnummer?: string;
  postcodeWoonplaats?: string;
  regio?: string;
  land?: string;
}

export interface SbiActiviteit {
  sbiCode: string;
  sbiOmschrijving: string;
  indHoofdactiviteit: JaNee;
}

export interface Handelsnaam {
  naam: string;
  volgorde: number;
}

export interface Link {
  rel: string;
  href: string;
}

export interface MaterieleRegistratie {
  datumAanvang?: string;
  datumEinde?: string;
}

export interface Vestiging {
  vestigingsnummer: string;
  kvkNummer: string;
  rsin?: string;
  indNonMailing?: JaNee;
  formeleRegistratiedatum?: string;
  materieleRegistratie?: MaterieleRegistratie;
  statutaireNaam?: string;
  eersteHandelsnaam?: string;
  indHoofdvestiging?: JaNee;
  indCommercieleVestiging?: JaNee;
  voltijdWerkzamePersonen?: number;
  deeltijdWerkzamePersonen?: number;
  totaalWerkzamePersonen?: number;
  handelsnamen?: Handelsnaam[];
  adressen?: KvkAdres[];
  websites?: string[];
  sbiActiviteiten?: SbiActiviteit[];
  links?: Link[];
}

export interface Eigenaar {
  rsin?: string;
  /** E.g. "Eenmanszaak", "BesloteVennootschap", "Stichting". */
  rechtsvorm?: string;
  uitgebreideRechtsvorm?: string;
  adressen?: KvkAdres[];
  websites?: string[];
  links?: Link[];
}

export interface Basisprofiel {
  kvkNummer: string;
  indNonMailing?: JaNee;
  naam?: string;
  formeleRegistratiedatum?: string;
  materieleRegistratie?: MaterieleRegistratie;
  totaalWerkzamePersonen?: number;
  statutaireNaam?: string;
  handelsnamen?: Handelsnaam[];
  sbiActiviteiten?: SbiActiviteit[];
  links?: Link[];
  _embedded?: {
    hoofdvestiging?: Vestiging;
    eigenaar?: Eigenaar;
  };
}

/** The KVK API's error body. */
export interface KvkFoutBericht {
  fout: { code: string; omschrijving: string }[];
}
