/**
 * The fictional residents of the embedded BRP, served through the real Haal Centraal contract.
 * Every BSN passes the 11-check and lies in the 9999xxxxx test range that is never issued to
 * real people; the six that the test identity provider knows (src/modules/idp/test-identities.ts)
 * are here with the same names, so a test login finds its person. Any likeness to a real person
 * is accidental. Table codes (nationaliteit, land, verblijfstitel) are the national tables'; the
 * municipality codes 9901 and 9902 are made up for the fictional Dijkwaard and Heuvelrode.
 *
 * Relations are written once (a marriage as a pair, a child with its parents) and both sides are
 * derived from that, so partner ↔ partner and ouder ↔ kind always agree. Ages, parental authority
 * and the "recently moved" date are computed for the day of the request.
 *
 * Households:
 * - Dijkstraat 14, Dijkwaard: Suzanne Moulin and Thomas de Wit (married), Lotte (2015) and Daan (2018).
 * - Molenweg 3A, Dijkwaard: Fatima El Amrani (Dutch and Moroccan), single parent of Yasmin (2017).
 * - Havenkade 27-2, Dijkwaard: Sanne van der Berg, moved here from Heuvelrode three weeks ago.
 * - Lindelaan 40, Dijkwaard: Jan Jansen (1938), widower of Grietje Jansen-Bakker (died 2023).
 * - Stationsweg 88, Dijkwaard: Mohammed Yilmaz (Dutch and Turkish), owner of a one-person IT firm.
 * - Boslaan 31, Heuvelrode: Peter de Vries and Elke Peeters (Belgian), registered partners.
 * - Kerkpad 2, Heuvelrode: Eva Hendriks, whose data may not be given to third parties (geheimhouding).
 * - Julianastraat 5 bis, Heuvelrode: Omar Haddad (Syrian), residence permit (asylum, fixed term).
 */
import { ageOn, brpDatum, daysBefore, isoDay } from './brp-dates.js';
import { formatHouseNumber } from './describe.js';
import type { Adressering, GezagOuder, Gezagsrelatie, Nationaliteit, Persoon, Waardetabel } from './brp-types.js';

const GEMEENTE = {
  dijkwaard: { code: '9901', omschrijving: 'Dijkwaard' },
  heuvelrode: { code: '9902', omschrijving: 'Heuvelrode' },
} as const;

const LAND = {
  nederland: { code: '6030', omschrijving: 'Nederland' },
  belgie: { code: '5010', omschrijving: 'België' },
  syrie: { code: '7009', omschrijving: 'Syrië' },
  turkije: { code: '6043', omschrijving: 'Turkije' },
} as const;

const PLAATS = {
  ...GEMEENTE,
  utrecht: { code: '0344', omschrijving: 'Utrecht' },
  rotterdam: { code: '0599', omschrijving: 'Rotterdam' },
  antwerpen: { omschrijving: 'Antwerpen' },
  aleppo: { omschrijving: 'Aleppo' },
} as const;

/** Reden opname 301: the foreign nationality was established (Vaststelling bezit nationaliteit). */
const VASTGESTELD = { code: '301', omschrijving: 'Vaststelling bezit nationaliteit' };

function nationaliteit(code: string, omschrijving: string, sinds: string, redenOpname?: Waardetabel): Nationaliteit {
  return { type: 'Nationaliteit', nationaliteit: { code, omschrijving }, ...(redenOpname ? { redenOpname } : {}), datumIngangGeldigheid: brpDatum(sinds) };
}

interface Address {
  straat: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  /** As the BRP stores it: without a space. */
  postcode: string;
  gemeente: keyof typeof GEMEENTE;
  /** The last digits of the (made-up) BAG identifications. */
  bag: string;
}

const ADDRESS = {
  dijkstraat14: { straat: 'Dijkstraat', huisnummer: 14, postcode: '4201AB', gemeente: 'dijkwaard', bag: '0000000014' },
  molenweg3a: { straat: 'Molenweg', huisnummer: 3, huisletter: 'A', postcode: '4202CD', gemeente: 'dijkwaard', bag: '0000000031' },
  havenkade27: { straat: 'Havenkade', huisnummer: 27, huisnummertoevoeging: '2', postcode: '4201EF', gemeente: 'dijkwaard', bag: '0000000272' },
  lindelaan40: { straat: 'Lindelaan', huisnummer: 40, postcode: '4203GH', gemeente: 'dijkwaard', bag: '0000000040' },
  stationsweg88: { straat: 'Stationsweg', huisnummer: 88, postcode: '4202JK', gemeente: 'dijkwaard', bag: '0000000088' },
  boslaan31: { straat: 'Boslaan', huisnummer: 31, postcode: '3941KL', gemeente: 'heuvelrode', bag: '0000000031' },
  kerkpad2: { straat: 'Kerkpad', huisnummer: 2, postcode: '3942AB', gemeente: 'heuvelrode', bag: '0000000002' },
  julianastraat5: { straat: 'Julianastraat', huisnummer: 5, huisnummertoevoeging: 'bis', postcode: '3941MN', gemeente: 'heuvelrode', bag: '0000000005' },
} satisfies Record<string, Address>;

/** A date, or a date relative to the day of the request (for "recently"). */
type When = string | ((today: Date) => string);

interface Definition {
  bsn: string;
  voornamen: string;
  voorvoegsel?: string;
  geslachtsnaam: string;
  geslacht: 'M' | 'V';
  geboortedatum: string;
  geboorteplaats: Waardetabel;
  geboorteland?: Waardetabel;
  /** Aanduiding naamgebruik: E own name, P partner's, V partner's before own, N own before partner's. */
  naamgebruik?: 'E' | 'P' | 'V' | 'N';
  nationaliteiten: Nationaliteit[];
  adres: Address;
  /** Datum aanvang adreshouding: since when the person lives at the address. */
  adresSinds: When;
  ingeschrevenSinds: When;
  /** The parents, when they are in this set. */
  ouders?: [string] | [string, string];
  overlijden?: { datum: string; plaats: Waardetabel };
  geheim?: boolean;
  verblijfstitel?: { aanduiding: Waardetabel; datumIngang: string; datumEinde: string };
  immigratie?: { landVanwaarIngeschreven: Waardetabel; datumVestigingInNederland: string };
  /** Why this person is useful in a demo or a test. */
  note: { nl: string; en: string };
}

interface Verbintenis {
  partners: [string, string];
  soort: 'H' | 'P';
  datum: string;
  plaats: Waardetabel;
}

const NL = (sinds: string) => nationaliteit('0001', 'Nederlandse', sinds);
/** Sanne van der Berg moved three weeks before "today". */
const RECENTLY_MOVED = (today: Date) => daysBefore(today, 21);

const definitions: Definition[] = [
  {
    bsn: '999993653', voornamen: 'Suzanne', geslachtsnaam: 'Moulin', geslacht: 'V', geboortedatum: '1986-03-12', geboorteplaats: PLAATS.utrecht,
    nationaliteiten: [NL('1986-03-12')], adres: ADDRESS.dijkstraat14, adresSinds: '2014-05-01', ingeschrevenSinds: '2010-09-01',
    note: { nl: 'Getrouwd, twee kinderen, woont in Dijkwaard.', en: 'Married, two children, lives in Dijkwaard.' },
  },
  {
    bsn: '999990408', voornamen: 'Thomas Jan', voorvoegsel: 'de', geslachtsnaam: 'Wit', geslacht: 'M', geboortedatum: '1984-09-02', geboorteplaats: PLAATS.dijkwaard,
    nationaliteiten: [NL('1984-09-02')], adres: ADDRESS.dijkstraat14, adresSinds: '2014-05-01', ingeschrevenSinds: '1984-09-02',
    note: { nl: 'Echtgenoot van Suzanne Moulin, voorvoegsel "de".', en: 'Husband of Suzanne Moulin, name prefix "de".' },
  },
  {
    bsn: '999990810', voornamen: 'Lotte', voorvoegsel: 'de', geslachtsnaam: 'Wit', geslacht: 'V', geboortedatum: '2015-04-20', geboorteplaats: PLAATS.dijkwaard,
    nationaliteiten: [NL('2015-04-20')], adres: ADDRESS.dijkstraat14, adresSinds: '2015-04-20', ingeschrevenSinds: '2015-04-20', ouders: ['999993653', '999990408'],
    note: { nl: 'Minderjarig; gezamenlijk ouderlijk gezag.', en: 'Minor; joint parental authority.' },
  },
  {
    bsn: '999991218', voornamen: 'Daan', voorvoegsel: 'de', geslachtsnaam: 'Wit', geslacht: 'M', geboortedatum: '2018-11-08', geboorteplaats: PLAATS.dijkwaard,
    nationaliteiten: [NL('2018-11-08')], adres: ADDRESS.dijkstraat14, adresSinds: '2018-11-08', ingeschrevenSinds: '2018-11-08', ouders: ['999993653', '999990408'],
    note: { nl: 'Minderjarig; gezamenlijk ouderlijk gezag.', en: 'Minor; joint parental authority.' },
  },
  {
    bsn: '999991772', voornamen: 'Fatima', geslachtsnaam: 'El Amrani', geslacht: 'V', geboortedatum: '1990-07-14', geboorteplaats: PLAATS.dijkwaard,
    nationaliteiten: [NL('1990-07-14'), nationaliteit('0131', 'Marokkaanse', '1990-07-14', VASTGESTELD)],
    adres: ADDRESS.molenweg3a, adresSinds: '2016-08-15', ingeschrevenSinds: '1990-07-14',
    note: { nl: 'Alleenstaande ouder van een minderjarig kind; twee nationaliteiten.', en: 'Single parent of a minor; two nationalities.' },
  },
  {
    bsn: '999991619', voornamen: 'Yasmin', geslachtsnaam: 'El Amrani', geslacht: 'V', geboortedatum: '2017-02-03', geboorteplaats: PLAATS.dijkwaard,
    nationaliteiten: [NL('2017-02-03')], adres: ADDRESS.molenweg3a, adresSinds: '2017-02-03', ingeschrevenSinds: '2017-02-03', ouders: ['999991772'],
    note: { nl: 'Minderjarig; eenhoofdig ouderlijk gezag.', en: 'Minor; sole parental authority.' },
  },
  {
    bsn: '999995078', voornamen: 'Sanne Maria', voorvoegsel: 'van der', geslachtsnaam: 'Berg', geslacht: 'V', geboortedatum: '1995-05-30', geboorteplaats: PLAATS.heuvelrode,
    // Her previous address (Bergweg 12, Heuvelrode) is history: the Personen API gives current
    // data only; the BRP Historie API (verblijfplaatshistorie) would have it.
    nationaliteiten: [NL('1995-05-30')], adres: ADDRESS.havenkade27, adresSinds: RECENTLY_MOVED, ingeschrevenSinds: RECENTLY_MOVED,
    note: { nl: 'Net verhuisd van Heuvelrode naar Dijkwaard; voorvoegsel "van der".', en: 'Just moved from Heuvelrode to Dijkwaard; name prefix "van der".' },
  },
  {
    bsn: '999992077', voornamen: 'Jan', geslachtsnaam: 'Jansen', geslacht: 'M', geboortedatum: '1938-01-21', geboorteplaats: PLAATS.dijkwaard,
    nationaliteiten: [NL('1938-01-21')], adres: ADDRESS.lindelaan40, adresSinds: '1972-03-01', ingeschrevenSinds: '1938-01-21',
    note: { nl: 'Oudere inwoner, weduwnaar (zijn bewindvoerder staat niet in de BRP).', en: 'Elderly resident, widower (his administrator is not in the BRP).' },
  },
  {
    bsn: '999992028', voornamen: 'Grietje', geslachtsnaam: 'Bakker', geslacht: 'V', geboortedatum: '1940-08-05', geboorteplaats: PLAATS.heuvelrode, naamgebruik: 'V',
    nationaliteiten: [NL('1940-08-05')], adres: ADDRESS.lindelaan40, adresSinds: '1972-03-01', ingeschrevenSinds: '1962-06-01',
    overlijden: { datum: '2023-02-10', plaats: PLAATS.dijkwaard },
    note: { nl: 'Overleden in 2023; gebruikte de naam van haar echtgenoot voor de eigen naam.', en: 'Died in 2023; used her husband\'s name before her own.' },
  },
  {
    bsn: '999998456', voornamen: 'Mohammed', geslachtsnaam: 'Yilmaz', geslacht: 'M', geboortedatum: '1983-06-25', geboorteplaats: PLAATS.rotterdam,
    nationaliteiten: [NL('1983-06-25'), nationaliteit('0339', 'Turkse', '1983-06-25', VASTGESTELD)],
    adres: ADDRESS.stationsweg88, adresSinds: '2019-01-15', ingeschrevenSinds: '2019-01-15',
    note: { nl: 'Ondernemer (Yilmaz IT-Diensten) en inwoner.', en: 'Business owner (Yilmaz IT-Diensten) and resident.' },
  },
  {
    bsn: '999990019', voornamen: 'Peter', voorvoegsel: 'de', geslachtsnaam: 'Vries', geslacht: 'M', geboortedatum: '1979-10-01', geboorteplaats: PLAATS.heuvelrode,
    nationaliteiten: [NL('1979-10-01')], adres: ADDRESS.boslaan31, adresSinds: '2016-06-01', ingeschrevenSinds: '1979-10-01',
    note: { nl: 'Woont in Heuvelrode; geregistreerd partnerschap.', en: 'Lives in Heuvelrode; registered partnership.' },
  },
  {
    bsn: '999992430', voornamen: 'Elke', geslachtsnaam: 'Peeters', geslacht: 'V', geboortedatum: '1982-12-09', geboorteplaats: PLAATS.antwerpen, geboorteland: LAND.belgie,
    nationaliteiten: [nationaliteit('0052', 'Belgische', '1982-12-09', VASTGESTELD)],
    adres: ADDRESS.boslaan31, adresSinds: '2016-06-01', ingeschrevenSinds: '2011-04-04',
    immigratie: { landVanwaarIngeschreven: LAND.belgie, datumVestigingInNederland: '2011-04-04' },
    note: { nl: 'Belgische nationaliteit (EU-burger, geen verblijfstitel nodig).', en: 'Belgian nationality (EU citizen, no residence permit needed).' },
  },
  {
    bsn: '999992855', voornamen: 'Eva', geslachtsnaam: 'Hendriks', geslacht: 'V', geboortedatum: '1992-03-18', geboorteplaats: PLAATS.heuvelrode,
    nationaliteiten: [NL('1992-03-18')], adres: ADDRESS.kerkpad2, adresSinds: '2021-10-01', ingeschrevenSinds: '1992-03-18', geheim: true,
    note: { nl: 'Geheimhouding: haar gegevens gaan niet naar derden.', en: 'Confidentiality: her data is not given to third parties.' },
  },
  {
    bsn: '999993252', voornamen: 'Omar', geslachtsnaam: 'Haddad', geslacht: 'M', geboortedatum: '1991-01-15', geboorteplaats: PLAATS.aleppo, geboorteland: LAND.syrie,
    nationaliteiten: [nationaliteit('0336', 'Syrische', '1991-01-15', VASTGESTELD)],
    adres: ADDRESS.julianastraat5, adresSinds: '2022-03-14', ingeschrevenSinds: '2022-03-14',
    immigratie: { landVanwaarIngeschreven: LAND.syrie, datumVestigingInNederland: '2019-09-16' },
    verblijfstitel: {
      aanduiding: { code: '26', omschrijving: 'Vw 2000 art. 8, onder c, vergunning asiel bepaalde tijd, arbeid vrij' },
      datumIngang: '2022-03-01', datumEinde: '2027-03-01',
    },
    note: { nl: 'Syrische nationaliteit met verblijfstitel (asiel, bepaalde tijd).', en: 'Syrian nationality with a residence permit (asylum, fixed term).' },
  },
];

const verbintenissen: Verbintenis[] = [
  { partners: ['999993653', '999990408'], soort: 'H', datum: '2012-06-15', plaats: PLAATS.dijkwaard },
  { partners: ['999992077', '999992028'], soort: 'H', datum: '1962-05-25', plaats: PLAATS.heuvelrode },
  { partners: ['999990019', '999992430'], soort: 'P', datum: '2016-05-20', plaats: PLAATS.heuvelrode },
];

/** The BSNs of the test persons with why each is useful, for demos and documentation. */
export const testPersonNotes: readonly { bsn: string; name: string; note: { nl: string; en: string } }[] = definitions.map((d) => ({
  bsn: d.bsn, name: volledigeNaam(d), note: d.note,
}));

const GESLACHT = { M: { code: 'M', omschrijving: 'man' }, V: { code: 'V', omschrijving: 'vrouw' } };
const NAAMGEBRUIK = {
  E: { code: 'E', omschrijving: 'eigen geslachtsnaam' },
  P: { code: 'P', omschrijving: 'geslachtsnaam echtgenoot/geregistreerd partner' },
  V: { code: 'V', omschrijving: 'geslachtsnaam echtgenoot/geregistreerd partner voor eigen geslachtsnaam' },
  N: { code: 'N', omschrijving: 'eigen geslachtsnaam voor geslachtsnaam echtgenoot/geregistreerd partner' },
};
const SOORT_VERBINTENIS = { H: { code: 'H', omschrijving: 'huwelijk' }, P: { code: 'P', omschrijving: 'geregistreerd partnerschap' } };

function voorletters(d: Definition): string {
  return d.voornamen.split(' ').map((n) => `${n[0]}.`).join('');
}

function achternaam(d: Definition): string {
  return [d.voorvoegsel, d.geslachtsnaam].filter(Boolean).join(' ');
}

function volledigeNaam(d: Definition): string {
  return `${d.voornamen} ${achternaam(d)}`;
}

function naamGerelateerde(d: Definition) {
  return { voornamen: d.voornamen, ...(d.voorvoegsel ? { voorvoegsel: d.voorvoegsel } : {}), geslachtsnaam: d.geslachtsnaam, voorletters: voorletters(d) };
}

function geboorte(d: Definition) {
  return { datum: brpDatum(d.geboortedatum), plaats: { ...d.geboorteplaats }, land: { ...(d.geboorteland ?? LAND.nederland) } };
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The name as used in letters, by aanduiding naamgebruik (`first`: the leading prefix capitalised). */
function gebruikteNaam(d: Definition, partner: Definition | undefined, first: boolean): string {
  const own = achternaam(d);
  const theirs = partner ? achternaam(partner) : undefined;
  const parts = !theirs ? [own]
    : d.naamgebruik === 'P' ? [theirs]
      : d.naamgebruik === 'V' ? [theirs, own]
        : d.naamgebruik === 'N' ? [own, theirs] : [own];
  const joined = parts.join('-');
  return first ? capitalised(joined) : joined;
}

function adressering(d: Definition, partner: Definition | undefined): Adressering {
  const title = d.geslacht === 'V' ? { aanhef: 'Geachte mevrouw', tekst: 'mevrouw' } : { aanhef: 'Geachte heer', tekst: 'de heer' };
  const woonplaats = GEMEENTE[d.adres.gemeente].omschrijving;
  return {
    aanhef: `${title.aanhef} ${gebruikteNaam(d, partner, true)}`,
    aanschrijfwijze: { naam: `${voorletters(d)} ${gebruikteNaam(d, partner, false)}` },
    gebruikInLopendeTekst: `${title.tekst} ${gebruikteNaam(d, partner, true)}`,
    adresregel1: `${d.adres.straat} ${formatHouseNumber(d.adres)}`,
    adresregel2: `${d.adres.postcode.slice(0, 4)} ${d.adres.postcode.slice(4)}  ${woonplaats.toUpperCase()}`,
  };
}

function build(today: Date): Map<string, Persoon> {
  const todayIso = isoDay(today);
  const at = (when: When) => (typeof when === 'function' ? when(today) : when);
  const byBsn = new Map(definitions.map((d) => [d.bsn, d]));
  const person = (bsn: string) => byBsn.get(bsn)!;
  const alive = (d: Definition) => !d.overlijden;
  const isMinor = (d: Definition) => alive(d) && ageOn(d.geboortedatum, todayIso) < 18;
  const childrenOf = (bsn: string) => definitions.filter((d) => d.ouders?.includes(bsn)).sort((a, b) => a.geboortedatum.localeCompare(b.geboortedatum));
  const gezagOuder = (d: Definition): GezagOuder => ({ burgerservicenummer: d.bsn, naam: { volledigeNaam: volledigeNaam(d) } });

  /** Parental authority over a minor: both parents (joint) when both live, else the one who does. */
  const gezagOver = (child: Definition): Gezagsrelatie | undefined => {
    const ouders = (child.ouders ?? []).map(person).filter(alive);
    const minderjarige = { burgerservicenummer: child.bsn, naam: { volledigeNaam: volledigeNaam(child) }, leeftijd: ageOn(child.geboortedatum, todayIso) };
    if (ouders.length === 2) return { type: 'GezamenlijkOuderlijkGezag', minderjarige, ouders: ouders.map(gezagOuder) };
    if (ouders.length === 1) return { type: 'EenhoofdigOuderlijkGezag', minderjarige, ouder: gezagOuder(ouders[0]!) };
    return undefined;
  };

  const out = new Map<string, Persoon>();
  for (const d of definitions) {
    const verbintenis = verbintenissen.filter((v) => v.partners.includes(d.bsn));
    const partnerOf = (v: Verbintenis) => person(v.partners[0] === d.bsn ? v.partners[1] : v.partners[0]);
    const currentPartner = verbintenis.map(partnerOf)[0];
    const gemeente = GEMEENTE[d.adres.gemeente];
    const gezag = isMinor(d)
      ? [gezagOver(d)].filter((g): g is Gezagsrelatie => g !== undefined)
      : childrenOf(d.bsn).filter(isMinor).map(gezagOver).filter((g): g is Gezagsrelatie => g !== undefined && alive(d));

    const p: Persoon = {
      burgerservicenummer: d.bsn,
      geslacht: { ...GESLACHT[d.geslacht] },
      naam: { ...naamGerelateerde(d), volledigeNaam: volledigeNaam(d), aanduidingNaamgebruik: { ...NAAMGEBRUIK[d.naamgebruik ?? 'E'] } },
      geboorte: geboorte(d),
      ...(alive(d) ? { leeftijd: ageOn(d.geboortedatum, todayIso) } : {}),
      nationaliteiten: structuredClone(d.nationaliteiten),
      verblijfplaats: {
        type: 'Adres',
        verblijfadres: {
          officieleStraatnaam: d.adres.straat, korteStraatnaam: d.adres.straat, huisnummer: d.adres.huisnummer,
          ...(d.adres.huisletter ? { huisletter: d.adres.huisletter } : {}),
          ...(d.adres.huisnummertoevoeging ? { huisnummertoevoeging: d.adres.huisnummertoevoeging } : {}),
          postcode: d.adres.postcode, woonplaats: gemeente.omschrijving,
        },
        functieAdres: { code: 'W', omschrijving: 'woonadres' },
        adresseerbaarObjectIdentificatie: `${gemeente.code}01${d.adres.bag}`,
        nummeraanduidingIdentificatie: `${gemeente.code}20${d.adres.bag}`,
        datumVan: brpDatum(at(d.adresSinds)),
      },
      gemeenteVanInschrijving: { ...gemeente },
      datumInschrijvingInGemeente: brpDatum(at(d.ingeschrevenSinds)),
      // No letters to someone who died: the test data leaves adressering out for them.
      ...(alive(d) ? { adressering: adressering(d, currentPartner) } : {}),
      ...(d.immigratie ? {
        immigratie: { landVanwaarIngeschreven: { ...d.immigratie.landVanwaarIngeschreven }, datumVestigingInNederland: brpDatum(d.immigratie.datumVestigingInNederland) },
      } : {}),
      ...(d.verblijfstitel && d.verblijfstitel.datumEinde > todayIso ? {
        verblijfstitel: { aanduiding: { ...d.verblijfstitel.aanduiding }, datumIngang: brpDatum(d.verblijfstitel.datumIngang), datumEinde: brpDatum(d.verblijfstitel.datumEinde) },
      } : {}),
      ...(gezag.length ? { gezag } : {}),
      ...(d.geheim ? { geheimhoudingPersoonsgegevens: true } : {}),
      ...(d.overlijden ? {
        overlijden: { datum: brpDatum(d.overlijden.datum), plaats: { ...d.overlijden.plaats }, land: { ...LAND.nederland } },
        opschortingBijhouding: { reden: { code: 'O', omschrijving: 'overlijden' }, datum: brpDatum(d.overlijden.datum) },
      } : {}),
    };

    const partners = verbintenis.map((v) => {
      const other = partnerOf(v);
      // On the survivor's record a partner's death ends the marriage; the deceased's record was
      // closed at death and keeps it as it was.
      const ended = other.overlijden && alive(d) ? { ontbindingHuwelijkPartnerschap: { datum: brpDatum(other.overlijden.datum) } } : {};
      return {
        burgerservicenummer: other.bsn, geslacht: { ...GESLACHT[other.geslacht] }, soortVerbintenis: { ...SOORT_VERBINTENIS[v.soort] },
        naam: naamGerelateerde(other), geboorte: geboorte(other),
        aangaanHuwelijkPartnerschap: { datum: brpDatum(v.datum), plaats: { ...v.plaats }, land: { ...LAND.nederland } },
        ...ended,
      };
    });
    if (partners.length) p.partners = partners;
    const kinderen = childrenOf(d.bsn).map((k) => ({ burgerservicenummer: k.bsn, naam: naamGerelateerde(k), geboorte: geboorte(k) }));
    if (kinderen.length) p.kinderen = kinderen;
    if (d.ouders) {
      p.ouders = d.ouders.map((bsn, i) => {
        const ouder = person(bsn);
        return {
          burgerservicenummer: ouder.bsn, geslacht: { ...GESLACHT[ouder.geslacht] }, ouderAanduiding: String(i + 1) as '1' | '2',
          datumIngangFamilierechtelijkeBetrekking: brpDatum(d.geboortedatum), naam: naamGerelateerde(ouder), geboorte: geboorte(ouder),
        };
      });
    }
    out.set(d.bsn, p);
  }
  return out;
}

let cache: { day: string; persons: Map<string, Persoon> } | undefined;

/** All test persons as the BRP would return them on `today` (ages and "recently" depend on it). */
export function testPersonsOn(today: Date = new Date()): ReadonlyMap<string, Persoon> {
  const day = isoDay(today);
  if (cache?.day !== day) cache = { day, persons: build(today) };
  return cache.persons;
}

/** One test person (a copy), or undefined when the BSN is not in the test set. */
export function testPerson(bsn: string, today: Date = new Date()): Persoon | undefined {
  const found = testPersonsOn(today).get(bsn);
  return found ? structuredClone(found) : undefined;
}
