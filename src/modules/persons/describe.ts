/**
 * What a "Mijn gegevens" page shows of a BRP person, in plain Dutch or English: each fact with
 * a label, one or more lines of text, and the register it comes from. The page only renders this.
 */
import type { Lang } from '../../platform/i18n/i18n.js';
import type { Datum, Geboorte, NaamGerelateerde, NaamPersoon, Partner, Persoon, VerblijfadresBinnenland, Verblijfplaats, Waardetabel } from './brp-types.js';

export type PersonFactKey =
  | 'name' | 'bsn' | 'birth' | 'gender' | 'address' | 'addressSince' | 'municipality' | 'nationality'
  | 'residencePermit' | 'partner' | 'children' | 'parents' | 'death';

export interface PersonFact {
  key: PersonFactKey;
  label: string;
  /** One line per value, e.g. one per child or nationality. */
  values: string[];
  /** The register the fact comes from. */
  source: string;
}

export interface PersonDescription {
  name: string;
  facts: PersonFact[];
  /** Things the person should know, e.g. that their data is not given to third parties. */
  notices: string[];
}

const TEXT = {
  nl: {
    source: 'Basisregistratie Personen (BRP)',
    name: 'Naam', bsn: 'Burgerservicenummer (BSN)', birth: 'Geboren', gender: 'Geslacht', address: 'Adres',
    addressSince: 'Woont op dit adres sinds', municipality: 'Ingeschreven in de gemeente', nationality: 'Nationaliteit',
    residencePermit: 'Verblijfstitel', children: 'Kinderen', parents: 'Ouders', death: 'Overleden',
    spouse: 'Echtgenoot of echtgenote', registeredPartner: 'Geregistreerd partner', formerSpouse: 'Voormalig echtgenoot of echtgenote', formerPartner: 'Voormalig geregistreerd partner',
    born: (date: string) => `geboren op ${date}`, married: (date: string) => `getrouwd op ${date}`, partnered: (date: string) => `partnerschap sinds ${date}`,
    ended: (date: string) => `beëindigd op ${date}`, in: (place: string) => `in ${place}`, validUntil: (date: string) => `geldig tot en met ${date}`,
    since: (date: string) => `sinds ${date}`, unknownAddress: 'Onbekend',
    secret: 'U heeft gevraagd om geheimhouding van uw gegevens. De gemeente geeft ze niet aan organisaties die daar geen wettelijk recht op hebben.',
    deceased: 'Deze persoon is overleden. De gegevens worden niet meer bijgewerkt.',
    unknownDate: 'onbekend',
    gender_M: 'man', gender_V: 'vrouw', gender_O: 'onbekend',
  },
  en: {
    source: 'Personal Records Database (BRP)',
    name: 'Name', bsn: 'Citizen service number (BSN)', birth: 'Born', gender: 'Sex', address: 'Address',
    addressSince: 'Living at this address since', municipality: 'Registered in the municipality of', nationality: 'Nationality',
    residencePermit: 'Residence permit', children: 'Children', parents: 'Parents', death: 'Died',
    spouse: 'Spouse', registeredPartner: 'Registered partner', formerSpouse: 'Former spouse', formerPartner: 'Former registered partner',
    born: (date: string) => `born on ${date}`, married: (date: string) => `married on ${date}`, partnered: (date: string) => `registered partners since ${date}`,
    ended: (date: string) => `ended on ${date}`, in: (place: string) => `in ${place}`, validUntil: (date: string) => `valid up to and including ${date}`,
    since: (date: string) => `since ${date}`, unknownAddress: 'Unknown',
    secret: 'You asked for your data to be kept confidential. The municipality does not give it to organisations without a legal right to it.',
    deceased: 'This person has died. The data is no longer updated.',
    unknownDate: 'unknown',
    gender_M: 'male', gender_V: 'female', gender_O: 'unknown',
  },
} as const;

/** English names of the nationalities residents here most often have; others stay in Dutch. */
const NATIONALITY_EN: Record<string, string> = {
  '0001': 'Dutch', '0052': 'Belgian', '0055': 'German', '0057': 'French', '0060': 'British', '0064': 'Italian', '0072': 'Polish',
  '0073': 'Portuguese', '0074': 'Romanian', '0077': 'Spanish', '0131': 'Moroccan', '0263': 'Surinamese', '0300': 'Afghan',
  '0307': 'Chinese', '0312': 'Indian', '0313': 'Indonesian', '0314': 'Iraqi', '0315': 'Iranian', '0336': 'Syrian', '0339': 'Turkish',
  '0084': 'Eritrean', '0034': 'Ukrainian',
};

/** English names of some countries (Landen table); others stay in Dutch. */
const COUNTRY_EN: Record<string, string> = {
  '5002': 'France', '5010': 'Belgium', '5022': 'Morocco', '5007': 'Suriname', '6043': 'Turkey', '7009': 'Syria', '9089': 'Germany',
  '6039': 'United Kingdom', '7028': 'Poland', '6023': 'Afghanistan', '5043': 'Iraq', '9003': 'Eritrea', '6038': 'Ukraine',
};

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A BRP date in words: the Dutch long form, or its English equivalent. */
export function formatBrpDate(datum: Datum | undefined, lang: Lang): string {
  if (!datum) return TEXT[lang].unknownDate;
  if (lang === 'nl') return datum.langFormaat;
  switch (datum.type) {
    case 'Datum': {
      const [year, month, day] = datum.datum.split('-').map(Number) as [number, number, number];
      return `${day} ${MONTHS_EN[month - 1]} ${year}`;
    }
    case 'JaarMaandDatum': return `${MONTHS_EN[datum.maand - 1]} ${datum.jaar}`;
    case 'JaarDatum': return String(datum.jaar);
    default: return TEXT.en.unknownDate;
  }
}

/** A name as written in full: voornamen, voorvoegsel, geslachtsnaam (or the BRP's volledigeNaam). */
export function formatName(naam: NaamPersoon | NaamGerelateerde | undefined): string {
  if (!naam) return '';
  if ('volledigeNaam' in naam && naam.volledigeNaam) return naam.volledigeNaam;
  return [naam.voornamen, naam.voorvoegsel, naam.geslachtsnaam].filter(Boolean).join(' ');
}

/** "4201AB" → "4201 AB". */
function formatPostcode(postcode: string): string {
  const compact = postcode.replace(/\s/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(compact) ? `${compact.slice(0, 4)} ${compact.slice(4)}` : postcode;
}

/** "3A", "27-2" (a numeric addition after a hyphen), "5 bis" (a word after a space). */
export function formatHouseNumber(a: Pick<VerblijfadresBinnenland, 'huisnummer' | 'huisletter' | 'huisnummertoevoeging'>): string {
  const toevoeging = a.huisnummertoevoeging ? (/^\d/.test(a.huisnummertoevoeging) ? `-${a.huisnummertoevoeging}` : ` ${a.huisnummertoevoeging}`) : '';
  return `${a.huisnummer ?? ''}${a.huisletter ?? ''}${toevoeging}`;
}

/** An address on one line, as a Dutch envelope would have it. */
export function formatAddress(verblijfplaats: Verblijfplaats | undefined, lang: Lang): string | undefined {
  if (!verblijfplaats) return undefined;
  switch (verblijfplaats.type) {
    case 'Adres': {
      const a = verblijfplaats.verblijfadres;
      if (!a) return undefined;
      const street = [a.korteStraatnaam ?? a.officieleStraatnaam, a.huisnummer !== undefined ? formatHouseNumber(a) : undefined].filter(Boolean).join(' ');
      const place = [a.postcode ? formatPostcode(a.postcode) : undefined, a.woonplaats].filter(Boolean).join(' ');
      return [street, place].filter(Boolean).join(', ') || undefined;
    }
    case 'VerblijfplaatsBuitenland': {
      const a = verblijfplaats.verblijfadres;
      return [a?.regel1, a?.regel2, a?.regel3, a?.land?.omschrijving].filter(Boolean).join(', ') || undefined;
    }
    case 'Locatie': return verblijfplaats.verblijfadres?.locatiebeschrijving;
    default: return TEXT[lang].unknownAddress;
  }
}

/** A place, with its country when that is not the Netherlands. */
function place(plaats: Waardetabel | undefined, land: Waardetabel | undefined, lang: Lang): string | undefined {
  const country = (lang === 'en' && land?.code && COUNTRY_EN[land.code]) || land?.omschrijving;
  if (!plaats?.omschrijving) return country;
  return land?.code && land.code !== '6030' && country ? `${plaats.omschrijving}, ${country}` : plaats.omschrijving;
}

function born(geboorte: Geboorte | undefined, lang: Lang): string | undefined {
  if (!geboorte?.datum) return undefined;
  return TEXT[lang].born(formatBrpDate(geboorte.datum, lang));
}

function partnerLine(partner: Partner, lang: Lang): { label: string; line: string } {
  const t = TEXT[lang];
  const registered = partner.soortVerbintenis?.code === 'P';
  const ended = partner.ontbindingHuwelijkPartnerschap?.datum;
  const label = ended ? (registered ? t.formerPartner : t.formerSpouse) : (registered ? t.registeredPartner : t.spouse);
  const since = partner.aangaanHuwelijkPartnerschap?.datum;
  const sincePlace = place(partner.aangaanHuwelijkPartnerschap?.plaats, partner.aangaanHuwelijkPartnerschap?.land, lang);
  const parts = [
    formatName(partner.naam),
    since ? [(registered ? t.partnered : t.married)(formatBrpDate(since, lang)), sincePlace ? t.in(sincePlace) : undefined].filter(Boolean).join(' ') : undefined,
    ended ? t.ended(formatBrpDate(ended, lang)) : undefined,
  ];
  return { label, line: parts.filter(Boolean).join(', ') };
}

/** The person as a "Mijn gegevens" page shows it, with the BRP as the source of every fact. */
export function describePerson(persoon: Persoon, lang: Lang): PersonDescription {
  const t = TEXT[lang];
  const facts: PersonFact[] = [];
  const add = (key: PersonFactKey, values: (string | undefined)[], label: string = t[key as keyof typeof t] as string) => {
    const present = values.filter((v): v is string => Boolean(v));
    if (present.length) facts.push({ key, label, values: present, source: t.source });
  };

  const name = formatName(persoon.naam);
  add('name', [name]);
  add('bsn', [persoon.burgerservicenummer]);
  if (persoon.geboorte?.datum) {
    const where = place(persoon.geboorte.plaats, persoon.geboorte.land, lang);
    add('birth', [[formatBrpDate(persoon.geboorte.datum, lang), where ? t.in(where) : undefined].filter(Boolean).join(' ')]);
  }
  const genderCode = persoon.geslacht?.code;
  add('gender', [genderCode === 'M' || genderCode === 'V' || genderCode === 'O' ? t[`gender_${genderCode}`] : undefined]);
  add('address', [formatAddress(persoon.verblijfplaats, lang)]);
  add('addressSince', [persoon.verblijfplaats?.datumVan ? formatBrpDate(persoon.verblijfplaats.datumVan, lang) : undefined]);
  if (persoon.gemeenteVanInschrijving?.omschrijving) {
    const since = persoon.datumInschrijvingInGemeente ? ` (${t.since(formatBrpDate(persoon.datumInschrijvingInGemeente, lang))})` : '';
    add('municipality', [`${persoon.gemeenteVanInschrijving.omschrijving}${since}`]);
  }
  add('nationality', (persoon.nationaliteiten ?? []).map((n) => {
    const code = n.nationaliteit?.code;
    return (lang === 'en' && code && NATIONALITY_EN[code]) || n.nationaliteit?.omschrijving;
  }));
  if (persoon.verblijfstitel?.aanduiding?.omschrijving) {
    const until = persoon.verblijfstitel.datumEinde ? `, ${t.validUntil(formatBrpDate(persoon.verblijfstitel.datumEinde, lang))}` : '';
    add('residencePermit', [`${persoon.verblijfstitel.aanduiding.omschrijving}${until}`]);
  }
  for (const partner of persoon.partners ?? []) {
    const { label, line } = partnerLine(partner, lang);
    add('partner', [line], label);
  }
  add('children', (persoon.kinderen ?? []).map((k) => [formatName(k.naam), born(k.geboorte, lang)].filter(Boolean).join(', ')));
  add('parents', (persoon.ouders ?? []).map((o) => [formatName(o.naam), born(o.geboorte, lang)].filter(Boolean).join(', ')));
  if (persoon.overlijden?.datum) {
    const where = place(persoon.overlijden.plaats, persoon.overlijden.land, lang);
    add('death', [[formatBrpDate(persoon.overlijden.datum, lang), where ? t.in(where) : undefined].filter(Boolean).join(' ')]);
  }

  const notices: string[] = [];
  if (persoon.geheimhoudingPersoonsgegevens) notices.push(t.secret);
  if (persoon.overlijden || persoon.opschortingBijhouding?.reden?.code === 'O') notices.push(t.deceased);
  return { name, facts, notices };
}
