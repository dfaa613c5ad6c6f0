/**
 * The fictional companies of the embedded KVK, in the Basisprofiel format. The first three are
 * the companies of the test identity provider (src/modules/idp/test-identities.ts) with the same
 * KVK and branch numbers, so an eHerkenning test login finds its company. Any likeness to a real
 * company is accidental; SBI codes are from the SBI 2008 table.
 */
import type { Basisprofiel, KvkAdres, SbiActiviteit } from './kvk-types.js';

interface Definition {
  kvkNummer: string;
  vestigingsnummer: string;
  naam: string;
  handelsnamen?: string[];
  /** KVK's rechtsvorm and uitgebreideRechtsvorm. */
  rechtsvorm: [string, string];
  /** Only legal persons (BV, stichting) have an RSIN. */
  rsin?: string;
  registratie: string;
  adres: { straatnaam: string; huisnummer: number; huisletter?: string; postcode: string; plaats: string };
  sbi: [code: string, omschrijving: string][];
  werkzamePersonen: [voltijd: number, deeltijd: number];
  website?: string;
}

const definitions: Definition[] = [
  {
    kvkNummer: '69599084', vestigingsnummer: '000038509504', naam: 'Bakkerij De Dijk', rechtsvorm: ['Eenmanszaak', 'Eenmanszaak'],
    registratie: '20110301', adres: { straatnaam: 'Voorstraat', huisnummer: 12, postcode: '4201AC', plaats: 'Dijkwaard' },
    sbi: [['10712', 'Ambachtelijke vervaardiging van brood en vers banketbakkerswerk'], ['4724', 'Winkels in brood, banket, chocolade en suikerwerk']],
    werkzamePersonen: [2, 3], website: 'www.bakkerijdedijk.example.nl',
  },
  {
    kvkNummer: '68750110', vestigingsnummer: '000037178598', naam: 'Café Het Veer', handelsnamen: ['Café Het Veer', 'Terras Het Veer'],
    rechtsvorm: ['VennootschapOnderFirma', 'Vennootschap onder firma'], registratie: '20170405',
    adres: { straatnaam: 'Veerweg', huisnummer: 1, postcode: '4201ZZ', plaats: 'Dijkwaard' },
    sbi: [['5630', 'Cafés']], werkzamePersonen: [3, 6],
  },
  {
    kvkNummer: '90004760', vestigingsnummer: '000047183257', naam: 'Bouwbedrijf Heuvelrode B.V.', rsin: '862109577',
    rechtsvorm: ['BesloteVennootschap', 'Besloten Vennootschap met gewone structuur'], registratie: '19980612',
    adres: { straatnaam: 'Industrieweg', huisnummer: 9, postcode: '3943RT', plaats: 'Heuvelrode' },
    sbi: [['4120', 'Algemene burgerlijke en utiliteitsbouw'], ['4332', 'Bouwtimmeren']], werkzamePersonen: [24, 4],
    website: 'www.bouwbedrijfheuvelrode.example.nl',
  },
  {
    kvkNummer: '68727720', vestigingsnummer: '000037143557', naam: 'Yilmaz IT-Diensten', rechtsvorm: ['Eenmanszaak', 'Eenmanszaak'],
    registratie: '20190201', adres: { straatnaam: 'Stationsweg', huisnummer: 88, postcode: '4202JK', plaats: 'Dijkwaard' },
    sbi: [['62020', 'Advisering op het gebied van informatietechnologie'], ['62010', 'Ontwikkelen, produceren en uitgeven van software']],
    werkzamePersonen: [1, 0],
  },
  {
    kvkNummer: '69599068', vestigingsnummer: '000038509490', naam: 'Stichting Buurthuis De Kade', rsin: '851234562',
    rechtsvorm: ['Stichting', 'Stichting'], registratie: '20050915',
    adres: { straatnaam: 'Kade', huisnummer: 3, postcode: '4201GA', plaats: 'Dijkwaard' },
    sbi: [['8899', 'Overige maatschappelijke dienstverlening zonder overnachting']], werkzamePersonen: [1, 2],
  },
  {
    kvkNummer: '90006623', vestigingsnummer: '000052291848', naam: 'Fietsenmaker Van Dalen', handelsnamen: ['Fietsenmaker Van Dalen', 'Fietsverhuur Heuvelrode'],
    rechtsvorm: ['VennootschapOnderFirma', 'Vennootschap onder firma'], registratie: '20140110',
    adres: { straatnaam: 'Dorpsstraat', huisnummer: 21, huisletter: 'B', postcode: '3941AD', plaats: 'Heuvelrode' },
    sbi: [['47641', 'Winkels in fietsen en bromfietsen'], ['7721', 'Verhuur van sport- en recreatieartikelen']], werkzamePersonen: [2, 1],
  },
];

function adres(d: Definition): KvkAdres {
  const { straatnaam, huisnummer, huisletter, postcode, plaats } = d.adres;
  const straatHuisnummer = `${straatnaam} ${huisnummer}${huisletter ?? ''}`;
  const postcodeWoonplaats = `${postcode} ${plaats}`;
  return {
    type: 'bezoekadres', indAfgeschermd: 'Nee', volledigAdres: `${straatHuisnummer} ${postcodeWoonplaats}`,
    straatnaam, huisnummer, ...(huisletter ? { huisletter } : {}), postcode, plaats, straatHuisnummer, postcodeWoonplaats, land: 'Nederland',
  };
}

function build(d: Definition, selfUrl: string): Basisprofiel {
  const handelsnamen = (d.handelsnamen ?? [d.naam]).map((naam, volgorde) => ({ naam, volgorde }));
  const sbiActiviteiten: SbiActiviteit[] = d.sbi.map(([sbiCode, sbiOmschrijving], i) => ({ sbiCode, sbiOmschrijving, indHoofdactiviteit: i === 0 ? 'Ja' : 'Nee' }));
  const [voltijd, deeltijd] = d.werkzamePersonen;
  return {
    kvkNummer: d.kvkNummer,
    indNonMailing: 'Nee',
    naam: d.naam,
    formeleRegistratiedatum: d.registratie,
    materieleRegistratie: { datumAanvang: d.registratie },
    totaalWerkzamePersonen: voltijd + deeltijd,
    ...(d.rsin ? { statutaireNaam: d.naam } : {}),
    handelsnamen,
    sbiActiviteiten,
    links: [{ rel: 'self', href: selfUrl }],
    _embedded: {
      hoofdvestiging: {
        vestigingsnummer: d.vestigingsnummer, kvkNummer: d.kvkNummer, ...(d.rsin ? { rsin: d.rsin } : {}), indNonMailing: 'Nee',
        formeleRegistratiedatum: d.registratie, materieleRegistratie: { datumAanvang: d.registratie },
        ...(d.rsin ? { statutaireNaam: d.naam } : {}), eersteHandelsnaam: handelsnamen[0]!.naam,
        indHoofdvestiging: 'Ja', indCommercieleVestiging: d.rechtsvorm[0] === 'Stichting' ? 'Nee' : 'Ja',
        voltijdWerkzamePersonen: voltijd, deeltijdWerkzamePersonen: deeltijd, totaalWerkzamePersonen: voltijd + deeltijd,
        handelsnamen, adressen: [adres(d)], ...(d.website ? { websites: [d.website] } : {}), sbiActiviteiten,
      },
      eigenaar: { ...(d.rsin ? { rsin: d.rsin } : {}), rechtsvorm: d.rechtsvorm[0], uitgebreideRechtsvorm: d.rechtsvorm[1] },
    },
  };
}

/** KVK numbers and names of the test companies, for demos and documentation. */
export const testCompanyNotes: readonly { kvkNummer: string; naam: string; rechtsvorm: string; plaats: string }[] = definitions.map((d) => ({
  kvkNummer: d.kvkNummer, naam: d.naam, rechtsvorm: d.rechtsvorm[1], plaats: d.adres.plaats,
}));

/** The basisprofiel of a test company, with its self link under `selfBase`; undefined when unknown. */
export function testCompany(kvkNummer: string, selfBase = ''): Basisprofiel | undefined {
  const found = definitions.find((d) => d.kvkNummer === kvkNummer);
  return found ? build(found, `${selfBase}/v1/basisprofielen/${kvkNummer}`) : undefined;
}
