/**
 * Demo zaaktypecatalogus of the fictional municipalities. Every zaaktype has a stable
 * identificatie (the same in both municipalities where the product exists in both) so products
 * and forms can refer to it. Texts for the applicant are plain Dutch (B1).
 *
 * Archiving: archiefnominatie and archiefactietermijn follow the usual choices of the
 * Selectielijst gemeenten en intergemeentelijke organen (short-lived permits and reports:
 * destroy after 1 year; financial support: 7 years; Wmo care: 15 years; large events: keep).
 * The reference-list and selectielijst URLs have the form of the VNG APIs and are illustrative:
 * check them against the Selectielijst API of your own procestypen before production use.
 */
import type { RuleSet } from '../rules.js';
import type {
  Afleidingswijze, Archiefnominatie, BesluittypeInput, EigenschapInput, InformatieobjecttypeInput, IsoDuration, Richting,
  RoltypeInput, StatustypeInput, ResultaattypeInput, ZaaktypeInput, ZaaktypeInformatieobjecttypeInput,
} from '../types.js';
import { grofvuilRules, parkeervergunningRules } from './parkeren-rules.js';

export interface DemoProfile {
  slug: string;
  name: string;
  domein: string;
  rsin: string;
  contact: { naam: string; telefoon: string; email: string };
  parkeerzones: string[];
  parkeerMaximum: number;
  grofvuilGratis: number;
  socialTeam: string;
  evenementWeken: number;
  teams: { parkeren: string; buitenruimte: string; vergunningen: string; sociaal: string; inkomen: string; burgerzaken: string; afval: string };
}

export const DEMO_PROFILES: Record<string, DemoProfile> = {
  dijkwaard: {
    slug: 'dijkwaard', name: 'Dijkwaard', domein: 'DIJK', rsin: '002990003',
    contact: { naam: 'Team Informatiebeheer', telefoon: '14 0599', email: 'zaaktypen@dijkwaard.example.nl' },
    parkeerzones: ['Centrum', 'Stationsgebied'], parkeerMaximum: 2, grofvuilGratis: 4, socialTeam: 'het Sociaal Team Dijkwaard', evenementWeken: 8,
    teams: { parkeren: 'Team Parkeren', buitenruimte: 'Team Beheer Openbare Ruimte', vergunningen: 'Team Vergunningen', sociaal: 'Sociaal Team Dijkwaard', inkomen: 'Werkplein Dijkwaard', burgerzaken: 'Team Burgerzaken', afval: 'Afvalbedrijf Dijkwaard' },
  },
  heuvelrode: {
    slug: 'heuvelrode', name: 'Heuvelrode', domein: 'HEUV', rsin: '002991111',
    contact: { naam: 'Informatiebeheer Heuvelrode', telefoon: '14 0318', email: 'zaaktypen@heuvelrode.example.nl' },
    parkeerzones: ['Dorpskern'], parkeerMaximum: 1, grofvuilGratis: 2, socialTeam: 'het Dorpsteam', evenementWeken: 10,
    teams: { parkeren: 'Team Verkeer en Parkeren', buitenruimte: 'Buitendienst Heuvelrode', vergunningen: 'Team Omgeving en Vergunningen', sociaal: 'Dorpsteam Heuvelrode', inkomen: 'Team Werk en Inkomen', burgerzaken: 'Publiekszaken', afval: 'Afvalinzameling Heuvelrode' },
  },
};

// ---------------------------------------------------------------------------------------------
// Informatieobjecttypen and besluittypen (shared by the zaaktypen)
// ---------------------------------------------------------------------------------------------

const SINCE = '2024-01-01';

export const demoInformatieobjecttypen: InformatieobjecttypeInput[] = [
  { omschrijving: 'Aanvraagformulier', vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', informatieobjectcategorie: 'Aanvraag', trefwoord: ['aanvraag', 'formulier'], beginGeldigheid: SINCE },
  { omschrijving: 'Melding', vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', informatieobjectcategorie: 'Melding', trefwoord: ['melding'], beginGeldigheid: SINCE },
  { omschrijving: 'Bijlage', vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', informatieobjectcategorie: 'Bijlage', trefwoord: ['bijlage'], beginGeldigheid: SINCE },
  { omschrijving: 'Foto', vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', informatieobjectcategorie: 'Bijlage', trefwoord: ['foto'], beginGeldigheid: SINCE },
  { omschrijving: 'Ontvangstbevestiging', vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', informatieobjectcategorie: 'Brief', trefwoord: ['brief'], beginGeldigheid: SINCE },
  { omschrijving: 'Beschikking', vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', informatieobjectcategorie: 'Besluit', trefwoord: ['besluit', 'beschikking'], beginGeldigheid: SINCE },
  { omschrijving: 'Advies', vertrouwelijkheidaanduiding: 'intern', informatieobjectcategorie: 'Advies', trefwoord: ['advies'], beginGeldigheid: SINCE },
  { omschrijving: 'Verslag keukentafelgesprek', vertrouwelijkheidaanduiding: 'vertrouwelijk', informatieobjectcategorie: 'Verslag', trefwoord: ['wmo', 'keukentafelgesprek', 'verslag'], beginGeldigheid: SINCE },
];

export const demoBesluittypen: BesluittypeInput[] = [
  { omschrijving: 'Parkeervergunning', besluitcategorie: 'Vergunning', reactietermijn: 'P6W', publicatieIndicatie: false, informatieobjecttypen: ['Beschikking'], toelichting: 'Beschikking op een aanvraag om een parkeervergunning voor bewoners.', beginGeldigheid: SINCE },
  { omschrijving: 'Evenementenvergunning', besluitcategorie: 'Vergunning', reactietermijn: 'P6W', publicatieIndicatie: true, publicatietekst: 'De burgemeester heeft een evenementenvergunning verleend.', publicatietermijn: 'P6W', informatieobjecttypen: ['Beschikking'], beginGeldigheid: SINCE },
  { omschrijving: 'Kapvergunning', besluitcategorie: 'Omgevingsvergunning', reactietermijn: 'P6W', publicatieIndicatie: true, publicatietekst: 'Het college heeft een vergunning verleend voor het kappen van een of meer bomen.', publicatietermijn: 'P6W', informatieobjecttypen: ['Beschikking'], beginGeldigheid: SINCE },
  { omschrijving: 'Beschikking bijzondere bijstand', besluitcategorie: 'Beschikking', reactietermijn: 'P6W', publicatieIndicatie: false, informatieobjecttypen: ['Beschikking'], beginGeldigheid: SINCE },
  { omschrijving: 'Beschikking Wmo-maatwerkvoorziening', besluitcategorie: 'Beschikking', reactietermijn: 'P6W', publicatieIndicatie: false, informatieobjecttypen: ['Beschikking'], beginGeldigheid: SINCE },
  { omschrijving: 'Ligplaatsvergunning', besluitcategorie: 'Vergunning', reactietermijn: 'P6W', publicatieIndicatie: true, publicatietekst: 'Het college heeft een ligplaatsvergunning voor een woonboot verleend.', publicatietermijn: 'P6W', informatieobjecttypen: ['Beschikking'], beginGeldigheid: SINCE },
  { omschrijving: 'Kampeervergunning', besluitcategorie: 'Vergunning', reactietermijn: 'P6W', publicatieIndicatie: false, informatieobjecttypen: ['Beschikking'], beginGeldigheid: SINCE },
  {
    omschrijving: 'Besluit op melding huwelijk of partnerschap', besluitcategorie: 'Burgerlijke stand', reactietermijn: null, publicatieIndicatie: false, informatieobjecttypen: ['Beschikking'],
    toelichting: 'De ambtenaar van de burgerlijke stand maakt de akte van melding op, of weigert dat. Tegen een weigering staat geen bezwaar open: belanghebbenden kunnen de rechtbank vragen de akte toch op te maken (artikel 1:27 Burgerlijk Wetboek).',
    beginGeldigheid: SINCE,
  },
];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const REFERENTIE = 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/';
const SELECTIELIJST = 'https://selectielijst.openzaak.nl/api/v1/resultaten/';

/** Generic result descriptions (VNG reference list) and a selectielijst result for each kind. */
const GENERIEK = {
  verleend: { url: `${REFERENTIE}f7d2dc14-1b71-4179-aed3-4e7abcfbeb0d`, naam: 'Verleend', klasse: `${SELECTIELIJST}5038528b-0eb7-4502-a415-a3093987d69b` },
  toegekend: { url: `${REFERENTIE}fb65d251-1518-4185-865f-b8bdcfad07b1`, naam: 'Toegekend', klasse: `${SELECTIELIJST}5038528b-0eb7-4502-a415-a3093987d69b` },
  geweigerd: { url: `${REFERENTIE}1f750958-431c-4916-bc01-af5d3a753b41`, naam: 'Geweigerd', klasse: `${SELECTIELIJST}2431e1ee-cacd-44af-bd12-ea7280a8928b` },
  afgewezen: { url: `${REFERENTIE}e6a0c939-3404-45b0-88e3-76c94fb80ea7`, naam: 'Afgewezen', klasse: `${SELECTIELIJST}2431e1ee-cacd-44af-bd12-ea7280a8928b` },
  afgebroken: { url: `${REFERENTIE}ce8cf476-0b59-496f-8eee-957a7c6e2506`, naam: 'Afgebroken', klasse: `${SELECTIELIJST}0d978967-6bf2-452f-951a-c16bff338f42` },
  verwerkt: { url: `${REFERENTIE}f33dbd16-68ae-4820-acb5-5f437bca5edb`, naam: 'Verwerkt', klasse: `${SELECTIELIJST}5038528b-0eb7-4502-a415-a3093987d69b` },
};

function resultaat(omschrijving: string, kind: keyof typeof GENERIEK, archief: { nominatie: Archiefnominatie; termijn: IsoDuration; afleiding?: Afleidingswijze }, extra: Partial<ResultaattypeInput> = {}): ResultaattypeInput {
  const g = GENERIEK[kind];
  return {
    omschrijving, resultaattypeomschrijving: g.url, omschrijvingGeneriek: g.naam, selectielijstklasse: g.klasse,
    archiefnominatie: archief.nominatie, archiefactietermijn: archief.termijn,
    brondatumArchiefprocedure: { afleidingswijze: archief.afleiding ?? 'afgehandeld', datumkenmerk: '', einddatumBekend: false, objecttype: '', registratie: '', procestermijn: null },
    ...extra,
  };
}

/** Withdrawn by the applicant: destroy one year after closing. */
const ingetrokken = (): ResultaattypeInput => resultaat('Ingetrokken', 'afgebroken', { nominatie: 'vernietigen', termijn: 'P1Y' }, { toelichting: 'De aanvrager heeft de aanvraag ingetrokken, of de aanvraag is buiten behandeling gesteld.' });

function st(volgnummer: number, omschrijving: string, statustekst: string, informeren: boolean, extra: Partial<StatustypeInput> = {}): StatustypeInput {
  return { volgnummer, omschrijving, statustekst, informeren, ...extra };
}

/** The usual steps of an application. */
function aanvraagStatussen(besluit: string): StatustypeInput[] {
  return [
    st(1, 'Ontvangen', 'Uw aanvraag is ontvangen. U krijgt een bevestiging per e-mail.', true),
    st(2, 'In behandeling', 'We beoordelen uw aanvraag. Missen we iets? Dan nemen we contact met u op.', true),
    st(3, 'Afgehandeld', `Uw aanvraag is afgehandeld. U krijgt ${besluit} in uw berichtenbox.`, true),
  ];
}

const aanvrager = (): RoltypeInput[] => [
  { omschrijving: 'Aanvrager', omschrijvingGeneriek: 'initiator' },
  { omschrijving: 'Behandelaar', omschrijvingGeneriek: 'behandelaar' },
];

function doc(volgnummer: number, omschrijving: string, richting: Richting, statustypeVolgnummer: number | null = null): ZaaktypeInformatieobjecttypeInput {
  return { volgnummer, informatieobjecttypeOmschrijving: omschrijving, richting, statustypeVolgnummer };
}

function eigenschap(naam: string, definitie: string, formaat: EigenschapInput['specificatie']['formaat'], lengte: string, extra: { waarden?: string[]; kardinaliteit?: string; statustypeVolgnummer?: number; toelichting?: string } = {}): EigenschapInput {
  return {
    naam, definitie, toelichting: extra.toelichting ?? '', statustypeVolgnummer: extra.statustypeVolgnummer ?? null,
    specificatie: { groep: '', formaat, lengte, kardinaliteit: extra.kardinaliteit ?? '1', waardenverzameling: extra.waarden ?? [] },
  };
}

// ---------------------------------------------------------------------------------------------
// The zaaktypen
// ---------------------------------------------------------------------------------------------

export interface DemoZaaktype {
  input: ZaaktypeInput;
  /** Older versions, published before `input` (oldest first); each ends the day before the next begins. */
  earlier?: ZaaktypeInput[];
}

export function demoZaaktypen(p: DemoProfile, productUrl: (productSlug: string) => string): DemoZaaktype[] {
  const base = {
    vertrouwelijkheidaanduiding: 'zaakvertrouwelijk' as const, indicatieInternOfExtern: 'extern' as const,
    opschortingEnAanhoudingMogelijk: true, verlengingMogelijk: true, verlengingstermijn: 'P6W', publicatieIndicatie: false,
    beginGeldigheid: SINCE, referentieproces: { naam: '', link: '' },
  };

  const parkeren = (begin: string, zones: string[], maximum: number, statustekst2: string, rules: RuleSet): ZaaktypeInput => ({
    ...base, beginGeldigheid: begin,
    identificatie: 'PARKEERVERGUNNING-BEWONERS', omschrijving: 'Parkeervergunning voor bewoners', onderwerp: 'Parkeervergunning',
    doel: 'Bewoners van een vergunninggebied laten parkeren in hun eigen zone zonder parkeerautomaat.',
    aanleiding: 'Een bewoner vraagt een parkeervergunning aan.',
    toelichting: `Vergunningszones: ${zones.join(', ')}. Maximaal ${maximum} vergunning(en) per adres. De regels beslissen automatisch als alle gegevens duidelijk zijn.`,
    handelingInitiator: 'aanvragen', handelingBehandelaar: 'behandelen', doorlooptijd: 'P8W', servicenorm: 'P2D',
    verantwoordelijke: p.teams.parkeren, trefwoorden: ['parkeren', 'vergunning', 'bewoners'],
    productenOfDiensten: [productUrl('parkeervergunning-bewoners')], besluittypeOmschrijvingen: ['Parkeervergunning'],
    statustypen: [
      st(1, 'Ontvangen', 'Uw aanvraag is ontvangen. U krijgt een bevestiging per e-mail.', true),
      st(2, 'In behandeling', statustekst2, true),
      st(3, 'Afgehandeld', 'Uw aanvraag is afgehandeld. Het besluit staat in uw berichtenbox. Is de vergunning toegekend? Dan is hij meestal binnen 2 werkdagen actief.', true),
    ],
    resultaattypen: [
      resultaat('Toegekend', 'toegekend', { nominatie: 'vernietigen', termijn: 'P1Y', afleiding: 'vervaldatum_besluit' }, { besluittypen: ['Parkeervergunning'], informatieobjecttypen: ['Beschikking'], toelichting: 'Bewaren tot 1 jaar nadat de vergunning is vervallen.' }),
      resultaat('Geweigerd', 'geweigerd', { nominatie: 'vernietigen', termijn: 'P1Y' }, { besluittypen: ['Parkeervergunning'], informatieobjecttypen: ['Beschikking'] }),
      ingetrokken(),
    ],
    roltypen: aanvrager(),
    eigenschappen: [
      eigenschap('kenteken', 'Het kenteken van de auto waarvoor de vergunning geldt.', 'tekst', '8'),
      eigenschap('vergunningszone', 'De vergunningszone waarin het adres van de aanvrager ligt.', 'tekst', '40', { waarden: zones }),
      eigenschap('ingangsdatum', 'De datum waarop de vergunning ingaat.', 'datum', '8'),
      eigenschap('aantalVergunningen', 'Het aantal parkeervergunningen dat het huishouden al heeft.', 'getal', '1'),
      eigenschap('eigenParkeerplaats', 'Of de aanvrager een eigen parkeerplaats, garage of oprit heeft.', 'tekst', '3', { waarden: ['ja', 'nee'] }),
      eigenschap('autoOpEigenNaam', 'Of de auto op naam van de aanvrager staat.', 'tekst', '3', { waarden: ['ja', 'nee'] }),
      eigenschap('duur', 'Voor hoe lang de vergunning wordt gevraagd (jaar of kwartaal).', 'tekst', '8', { waarden: ['jaar', 'kwartaal'] }),
      eigenschap('leges', 'De leges in euro.', 'getal', '8,2'),
    ],
    informatieobjecttypen: [doc(1, 'Aanvraagformulier', 'inkomend'), doc(2, 'Bijlage', 'inkomend'), doc(3, 'Beschikking', 'uitgaand', 3)],
    rules,
  });

  const list: DemoZaaktype[] = [];

  // The parking permit: in Dijkwaard an older version (2025: one zone, three permits) shows versioning.
  const current = parkeren('2026-01-01', p.parkeerzones, p.parkeerMaximum, 'We beoordelen uw aanvraag. Meestal gaat dat automatisch; soms kijkt een medewerker mee.', parkeervergunningRules(p.parkeerzones, p.parkeerMaximum));
  if (p.slug === 'dijkwaard') {
    list.push({
      input: current,
      earlier: [parkeren('2025-01-01', ['Centrum'], 3, 'We beoordelen uw aanvraag.', parkeervergunningRules(['Centrum'], 3))],
    });
  } else {
    list.push({ input: { ...current, beginGeldigheid: SINCE } });
  }

  list.push({
    input: {
      ...base, verlengingMogelijk: false, verlengingstermijn: null, opschortingEnAanhoudingMogelijk: false, vertrouwelijkheidaanduiding: 'beperkt_openbaar',
      identificatie: 'MELDING-OPENBARE-RUIMTE', omschrijving: 'Melding openbare ruimte', onderwerp: 'Melding openbare ruimte',
      doel: 'Problemen in de openbare ruimte snel oplossen: afval, kapotte straatverlichting, losse tegels, groen.',
      aanleiding: 'Een inwoner of ondernemer meldt een probleem in de openbare ruimte.',
      handelingInitiator: 'melden', handelingBehandelaar: 'oplossen', doorlooptijd: 'P4W', servicenorm: 'P5D',
      verantwoordelijke: p.teams.buitenruimte, trefwoorden: ['melding', 'openbare ruimte', 'buitenruimte'],
      productenOfDiensten: [productUrl('melding-openbare-ruimte')],
      statustypen: [
        st(1, 'Ontvangen', 'We hebben uw melding ontvangen. Dank u wel!', true),
        st(2, 'Ingepland', 'We hebben het werk ingepland. U hoeft niets te doen.', true),
        st(3, 'Afgehandeld', 'We hebben uw melding afgehandeld. Is het probleem er nog? Meld het dan opnieuw.', true),
      ],
      resultaattypen: [
        resultaat('Opgelost', 'verwerkt', { nominatie: 'vernietigen', termijn: 'P1Y' }),
        resultaat('Doorgestuurd', 'verwerkt', { nominatie: 'vernietigen', termijn: 'P1Y' }, { toelichting: 'Niet de gemeente maar een andere organisatie (waterschap, Rijkswaterstaat, woningcorporatie) lost dit op.' }),
        resultaat('Niet opgelost', 'afgewezen', { nominatie: 'vernietigen', termijn: 'P1Y' }),
      ],
      roltypen: [{ omschrijving: 'Melder', omschrijvingGeneriek: 'initiator' }, { omschrijving: 'Behandelaar', omschrijvingGeneriek: 'behandelaar' }],
      eigenschappen: [
        eigenschap('categorie', 'Het soort probleem.', 'tekst', '40', { waarden: ['Afval', 'Verlichting', 'Bestrating', 'Groen', 'Speelplaats', 'Anders'] }),
        eigenschap('omschrijving', 'Wat er aan de hand is, in de woorden van de melder.', 'tekst', '1000'),
        eigenschap('locatie', 'Het adres bij de plek van het probleem.', 'tekst', '200'),
        eigenschap('plek', 'Omschrijving van de plek, als de melder geen adres weet.', 'tekst', '500'),
      ],
      informatieobjecttypen: [doc(1, 'Melding', 'inkomend'), doc(2, 'Foto', 'inkomend')],
    },
  });

  list.push({
    input: {
      ...base, verlengingstermijn: 'P8W',
      identificatie: 'EVENEMENTENVERGUNNING', omschrijving: 'Evenementenvergunning', onderwerp: 'Evenementenvergunning',
      doel: 'Evenementen veilig laten verlopen voor bezoekers en omwonenden.',
      aanleiding: `Een organisator vraagt een vergunning aan voor een evenement (minstens ${p.evenementWeken} weken van tevoren).`,
      handelingInitiator: 'aanvragen', handelingBehandelaar: 'beoordelen', doorlooptijd: 'P8W', servicenorm: 'P6W',
      verantwoordelijke: p.teams.vergunningen, trefwoorden: ['evenement', 'vergunning', 'APV'], publicatieIndicatie: true,
      publicatietekst: 'De burgemeester heeft een aanvraag voor een evenementenvergunning ontvangen.',
      productenOfDiensten: [productUrl('evenementenvergunning')], besluittypeOmschrijvingen: ['Evenementenvergunning'],
      statustypen: [
        st(1, 'Ontvangen', 'Uw aanvraag is ontvangen. U krijgt een bevestiging per e-mail.', true),
        st(2, 'Advies gevraagd', 'We vragen advies aan politie, brandweer en de GHOR. Dat duurt een paar weken.', true, { doorlooptijd: 'P3W' }),
        st(3, 'In behandeling', 'We beoordelen uw aanvraag en de adviezen. Misschien stellen we nog extra voorwaarden.', false),
        st(4, 'Besluit genomen', 'De burgemeester heeft een besluit genomen over uw aanvraag. U krijgt het besluit in uw berichtenbox.', true),
      ],
      resultaattypen: [
        resultaat('Verleend', 'verleend', { nominatie: 'blijvend_bewaren', termijn: 'P20Y' }, { besluittypen: ['Evenementenvergunning'], informatieobjecttypen: ['Beschikking'], toelichting: 'Grote evenementen horen bij de lokale geschiedenis: blijvend bewaren, na 20 jaar overbrengen naar het archief.' }),
        resultaat('Geweigerd', 'geweigerd', { nominatie: 'vernietigen', termijn: 'P5Y' }, { besluittypen: ['Evenementenvergunning'], informatieobjecttypen: ['Beschikking'] }),
        ingetrokken(),
      ],
      roltypen: [...aanvrager(), { omschrijving: 'Adviseur veiligheid', omschrijvingGeneriek: 'adviseur' }],
      eigenschappen: [
        eigenschap('naamEvenement', 'De naam van het evenement.', 'tekst', '120'),
        eigenschap('soortEvenement', 'Wat voor evenement het is.', 'tekst', '20', { waarden: ['Markt', 'Festival', 'Sport', 'Optocht', 'Buurtfeest', 'Anders'] }),
        eigenschap('organisatie', 'De organisatie die het evenement houdt (leeg als een persoon het organiseert).', 'tekst', '200'),
        eigenschap('kvkNummer', 'Het KVK-nummer van de organisatie.', 'tekst', '8'),
        eigenschap('evenementdatum', 'De eerste dag van het evenement.', 'datum', '8'),
        eigenschap('einddatum', 'De laatste dag van het evenement.', 'datum', '8'),
        eigenschap('openbareWeg', 'Of het evenement de openbare weg gebruikt (ja of nee).', 'tekst', '3'),
        eigenschap('muziek', 'Of er versterkte muziek is (ja of nee).', 'tekst', '3'),
        eigenschap('eindtijdMuziek', 'Hoe laat de versterkte muziek stopt.', 'tekst', '5'),
        eigenschap('evenementcategorie', 'De soort vergunning die hoort bij de grootte en het risico (A, B of C).', 'tekst', '40'),
        eigenschap('leges', 'De leges in euro.', 'getal', '8,2'),
        eigenschap('aantalBezoekers', 'Het aantal bezoekers dat de organisator tegelijk verwacht.', 'getal', '6'),
        eigenschap('locatie', 'Waar het evenement is.', 'tekst', '200'),
      ],
      informatieobjecttypen: [doc(1, 'Aanvraagformulier', 'inkomend'), doc(2, 'Bijlage', 'inkomend'), doc(3, 'Advies', 'intern', 2), doc(4, 'Beschikking', 'uitgaand', 4)],
    },
  });

  list.push({
    input: {
      ...base, vertrouwelijkheidaanduiding: 'vertrouwelijk',
      identificatie: 'BIJZONDERE-BIJSTAND', omschrijving: 'Bijzondere bijstand', onderwerp: 'Bijzondere bijstand',
      doel: 'Inwoners met een laag inkomen helpen met noodzakelijke, onverwachte kosten.',
      aanleiding: 'Een inwoner vraagt een vergoeding aan voor bijzondere kosten.',
      handelingInitiator: 'aanvragen', handelingBehandelaar: 'beoordelen', doorlooptijd: 'P8W', servicenorm: 'P4W',
      verantwoordelijke: p.teams.inkomen, trefwoorden: ['bijstand', 'inkomen', 'Participatiewet'],
      productenOfDiensten: [productUrl('bijzondere-bijstand')], besluittypeOmschrijvingen: ['Beschikking bijzondere bijstand'],
      statustypen: [
        st(1, 'Ontvangen', 'Uw aanvraag is ontvangen. U krijgt een bevestiging per e-mail.', true),
        st(2, 'Gegevens opgevraagd', 'We hebben meer gegevens nodig. U krijgt een brief of e-mail met wat we nog missen.', true),
        st(3, 'In behandeling', 'We beoordelen uw aanvraag. We kijken naar uw inkomen, uw vermogen en de kosten.', true),
        st(4, 'Afgehandeld', 'We hebben een besluit genomen. U krijgt het besluit in uw berichtenbox.', true),
      ],
      resultaattypen: [
        resultaat('Toegekend', 'toegekend', { nominatie: 'vernietigen', termijn: 'P7Y' }, { besluittypen: ['Beschikking bijzondere bijstand'], informatieobjecttypen: ['Beschikking'], toelichting: 'Financiële gegevens: 7 jaar bewaren.' }),
        resultaat('Afgewezen', 'afgewezen', { nominatie: 'vernietigen', termijn: 'P7Y' }, { besluittypen: ['Beschikking bijzondere bijstand'], informatieobjecttypen: ['Beschikking'] }),
        ingetrokken(),
      ],
      roltypen: aanvrager(),
      eigenschappen: [
        eigenschap('kostensoort', 'Waarvoor de aanvrager bijstand vraagt.', 'tekst', '60', { waarden: ['Witgoed', 'Bril', 'Tandarts', 'Verhuizing', 'Anders'] }),
        eigenschap('toelichting', 'Waarom de aanvrager deze kosten heeft, in zijn eigen woorden.', 'tekst', '1500'),
        eigenschap('aantalPersonen', 'Het aantal personen in het huishouden.', 'getal', '2'),
        eigenschap('bedrag', 'Het bedrag dat de aanvrager vraagt, in euro.', 'getal', '8,2'),
      ],
      informatieobjecttypen: [doc(1, 'Aanvraagformulier', 'inkomend'), doc(2, 'Bijlage', 'inkomend'), doc(3, 'Beschikking', 'uitgaand', 4)],
    },
  });

  list.push({
    input: {
      ...base, vertrouwelijkheidaanduiding: 'vertrouwelijk', verlengingstermijn: 'P2W',
      identificatie: 'WMO-MAATWERKVOORZIENING', omschrijving: 'Wmo-maatwerkvoorziening', onderwerp: 'Wmo-maatwerkvoorziening',
      doel: 'Inwoners helpen zo lang mogelijk zelfstandig te wonen en mee te doen, met hulp bij het huishouden, hulpmiddelen of een woningaanpassing.',
      aanleiding: `Een inwoner meldt zich bij ${p.socialTeam} met een hulpvraag.`,
      toelichting: 'Na de melding doen we binnen 6 weken onderzoek, met een keukentafelgesprek. Daarna kan de inwoner een aanvraag doen; daarop beslissen we binnen 2 weken.',
      handelingInitiator: 'melden', handelingBehandelaar: 'onderzoeken', doorlooptijd: 'P8W', servicenorm: 'P6W',
      verantwoordelijke: p.teams.sociaal, trefwoorden: ['Wmo', 'zorg', 'keukentafelgesprek'],
      productenOfDiensten: [productUrl('hulp-bij-het-huishouden'), productUrl('hulpmiddelen-en-woningaanpassing')],
      besluittypeOmschrijvingen: ['Beschikking Wmo-maatwerkvoorziening'],
      statustypen: [
        st(1, 'Melding ontvangen', `We hebben uw hulpvraag ontvangen. Iemand van ${p.socialTeam} belt u binnen 5 werkdagen voor een afspraak.`, true),
        st(2, 'Keukentafelgesprek gepland', 'We komen bij u thuis voor een gesprek over wat u nodig heeft: het keukentafelgesprek. U mag iemand meenemen, bijvoorbeeld een mantelzorger.', true, { eigenschappen: ['datumKeukentafel'] }),
        st(3, 'Onderzoek afgerond', 'We hebben met u gesproken. U krijgt het verslag van het gesprek. Klopt er iets niet? Laat het ons binnen 2 weken weten.', true),
        st(4, 'Aanvraag in behandeling', 'We beoordelen uw aanvraag. U krijgt binnen 2 weken een besluit.', true, { doorlooptijd: 'P2W' }),
        st(5, 'Besluit genomen', 'We hebben een besluit genomen. U krijgt het besluit in uw berichtenbox. Daarin staat ook wanneer de hulp begint.', true),
      ],
      resultaattypen: [
        resultaat('Toegekend', 'toegekend', { nominatie: 'vernietigen', termijn: 'P15Y', afleiding: 'vervaldatum_besluit' }, { besluittypen: ['Beschikking Wmo-maatwerkvoorziening'], informatieobjecttypen: ['Verslag keukentafelgesprek', 'Beschikking'], toelichting: 'Bewaren tot 15 jaar na het einde van de voorziening.' }),
        resultaat('Afgewezen', 'afgewezen', { nominatie: 'vernietigen', termijn: 'P15Y' }, { besluittypen: ['Beschikking Wmo-maatwerkvoorziening'], informatieobjecttypen: ['Verslag keukentafelgesprek', 'Beschikking'] }),
        resultaat('Geen aanvraag', 'afgebroken', { nominatie: 'vernietigen', termijn: 'P5Y' }, { toelichting: 'Na het onderzoek heeft de inwoner geen aanvraag gedaan, bijvoorbeeld omdat een algemene voorziening volstaat.' }),
      ],
      roltypen: [...aanvrager(), { omschrijving: 'Mantelzorger', omschrijvingGeneriek: 'belanghebbende' }, { omschrijving: 'Consulent', omschrijvingGeneriek: 'adviseur' }],
      eigenschappen: [
        eigenschap('voorziening', 'De soort voorziening die de inwoner nodig heeft.', 'tekst', '60', { waarden: ['Hulp bij het huishouden', 'Hulpmiddel', 'Woningaanpassing', 'Vervoer', 'Begeleiding'] }),
        eigenschap('datumKeukentafel', 'De datum van het keukentafelgesprek.', 'datum', '8', { statustypeVolgnummer: 2 }),
      ],
      informatieobjecttypen: [doc(1, 'Melding', 'inkomend'), doc(2, 'Verslag keukentafelgesprek', 'intern', 3), doc(3, 'Aanvraagformulier', 'inkomend'), doc(4, 'Beschikking', 'uitgaand', 5)],
    },
  });

  list.push({
    input: {
      ...base, verlengingMogelijk: false, verlengingstermijn: null, opschortingEnAanhoudingMogelijk: false,
      identificatie: 'VERHUIZING-DOORGEVEN', omschrijving: 'Verhuizing doorgeven', onderwerp: 'Verhuizing',
      doel: 'De Basisregistratie Personen (BRP) actueel houden.',
      aanleiding: 'Een inwoner geeft een verhuizing binnen of naar de gemeente door.',
      handelingInitiator: 'doorgeven', handelingBehandelaar: 'verwerken', doorlooptijd: 'P5D', servicenorm: 'P2D',
      verantwoordelijke: p.teams.burgerzaken, trefwoorden: ['verhuizen', 'adres', 'BRP'],
      productenOfDiensten: [productUrl('verhuizing-doorgeven')],
      statustypen: [
        st(1, 'Ontvangen', 'We hebben uw verhuizing ontvangen.', true),
        st(2, 'Verwerkt', 'Uw nieuwe adres staat in de Basisregistratie Personen (BRP). Andere organisaties, zoals de Belastingdienst, krijgen het automatisch.', true),
      ],
      resultaattypen: [
        resultaat('Verwerkt', 'verwerkt', { nominatie: 'vernietigen', termijn: 'P5Y' }),
        resultaat('Adresonderzoek', 'afgebroken', { nominatie: 'vernietigen', termijn: 'P5Y' }, { toelichting: 'De verhuizing is niet verwerkt; de gemeente doet onderzoek naar het adres.' }),
      ],
      roltypen: [{ omschrijving: 'Verhuizer', omschrijvingGeneriek: 'initiator' }, { omschrijving: 'Medeverhuizer', omschrijvingGeneriek: 'mede_initiator' }, { omschrijving: 'Behandelaar', omschrijvingGeneriek: 'behandelaar' }],
      eigenschappen: [
        eigenschap('verhuisdatum', 'De datum waarop de inwoner op het nieuwe adres woont.', 'datum', '8'),
        eigenschap('aantalPersonen', 'Het aantal personen dat verhuist, de verhuizer zelf meegeteld.', 'getal', '2'),
        eigenschap('vorigAdres', 'Het adres waar de verhuizer tot nu toe woonde.', 'tekst', '200'),
        eigenschap('nieuwAdres', 'Het adres waar de verhuizer gaat wonen.', 'tekst', '200'),
        eigenschap('woonsituatie', 'Of de verhuizer de nieuwe woning koopt, huurt of inwoont bij een hoofdbewoner.', 'tekst', '10', { waarden: ['eigenaar', 'huurder', 'inwonend'], toelichting: 'Bij inwonen hoort een toestemming van de hoofdbewoner als bijlage.' }),
      ],
      informatieobjecttypen: [doc(1, 'Aanvraagformulier', 'inkomend'), doc(2, 'Bijlage', 'inkomend'), doc(3, 'Ontvangstbevestiging', 'uitgaand')],
    },
  });

  list.push({
    input: {
      ...base, verlengingMogelijk: false, verlengingstermijn: null,
      identificatie: 'HUWELIJK-MELDING', omschrijving: 'Melding voorgenomen huwelijk of partnerschap', onderwerp: 'Huwelijk of geregistreerd partnerschap',
      doel: 'Vaststellen dat twee mensen volgens de wet met elkaar kunnen trouwen of een geregistreerd partnerschap kunnen aangaan, en de akte van melding opmaken.',
      aanleiding: 'Twee mensen melden dat zij willen trouwen of een geregistreerd partnerschap willen aangaan (vroeger: ondertrouw). Dat kan minstens 2 weken en hoogstens 1 jaar voor de datum.',
      toelichting: 'De ambtenaar van de burgerlijke stand controleert de gegevens van beide partners en de getuigen in de BRP. Is alles in orde, dan maakt hij de akte van melding op; daarna kan het huwelijk of partnerschap binnen 1 jaar worden gesloten. Wacht de gemeente op stukken, zoals een buitenlandse geboorteakte, dan wordt de zaak opgeschort.',
      handelingInitiator: 'melden', handelingBehandelaar: 'controleren', doorlooptijd: 'P2W', servicenorm: 'P5D',
      verantwoordelijke: p.teams.burgerzaken, trefwoorden: ['trouwen', 'huwelijk', 'partnerschap', 'burgerlijke stand'],
      productenOfDiensten: [productUrl('huwelijk-of-partnerschap')], besluittypeOmschrijvingen: ['Besluit op melding huwelijk of partnerschap'],
      statustypen: [
        st(1, 'Ontvangen', 'We hebben uw melding ontvangen. U krijgt een bevestiging per e-mail.', true),
        st(2, 'In behandeling', 'We controleren uw gegevens en die van uw partner en uw getuigen. Missen we iets, bijvoorbeeld een geboorteakte? Dan nemen we contact met u op.', true),
        st(3, 'Afgehandeld', 'We hebben uw melding afgehandeld. U krijgt een brief in uw berichtenbox. Is alles in orde? Dan kunt u trouwen of uw partnerschap laten registreren, vanaf 2 weken na de melding en binnen 1 jaar.', true),
      ],
      resultaattypen: [
        resultaat('Aanvaard', 'verwerkt', { nominatie: 'vernietigen', termijn: 'P10Y' }, { besluittypen: ['Besluit op melding huwelijk of partnerschap'], informatieobjecttypen: ['Beschikking'], toelichting: 'De akte van melding is opgemaakt. De akte zelf staat in de registers van de burgerlijke stand; die worden apart en blijvend bewaard.' }),
        resultaat('Geweigerd', 'geweigerd', { nominatie: 'vernietigen', termijn: 'P10Y' }, { besluittypen: ['Besluit op melding huwelijk of partnerschap'], informatieobjecttypen: ['Beschikking'], toelichting: 'De ambtenaar van de burgerlijke stand weigert de akte van melding op te maken, bijvoorbeeld omdat een partner al getrouwd is.' }),
        ingetrokken(),
      ],
      roltypen: [
        { omschrijving: 'Melder', omschrijvingGeneriek: 'initiator' },
        { omschrijving: 'Partner', omschrijvingGeneriek: 'mede_initiator' },
        { omschrijving: 'Getuige', omschrijvingGeneriek: 'belanghebbende' },
        { omschrijving: 'Ambtenaar burgerlijke stand', omschrijvingGeneriek: 'beslisser' },
        { omschrijving: 'Behandelaar', omschrijvingGeneriek: 'behandelaar' },
      ],
      eigenschappen: [
        eigenschap('soortVerbintenis', 'Of de partners willen trouwen of een geregistreerd partnerschap willen aangaan.', 'tekst', '12', { waarden: ['huwelijk', 'partnerschap'] }),
        eigenschap('gewensteDatum', 'De datum waarop de partners willen trouwen of hun partnerschap willen laten registreren.', 'datum', '8'),
        eigenschap('ceremonie', 'De soort ceremonie: gratis (kort en eenvoudig), van maandag tot en met donderdag, of op vrijdag of zaterdag.', 'tekst', '16', { waarden: ['gratis', 'doordeweeks', 'vrijdag-zaterdag'] }),
        eigenschap('aantalGetuigen', 'Het aantal getuigen (2 tot 4).', 'getal', '1'),
        eigenschap('leges', 'De kosten van de ceremonie, in euro.', 'getal', '8,2'),
      ],
      informatieobjecttypen: [doc(1, 'Melding', 'inkomend'), doc(2, 'Bijlage', 'inkomend'), doc(3, 'Ontvangstbevestiging', 'uitgaand'), doc(4, 'Beschikking', 'uitgaand', 3)],
    },
  });

  list.push({
    input: {
      ...base,
      identificatie: 'KAPVERGUNNING', omschrijving: 'Kapvergunning', onderwerp: 'Omgevingsvergunning kappen',
      doel: 'Waardevolle bomen beschermen en zorgvuldig beslissen over kappen.',
      aanleiding: 'Een eigenaar vraagt een vergunning aan om een of meer bomen te kappen.',
      handelingInitiator: 'aanvragen', handelingBehandelaar: 'beoordelen', doorlooptijd: 'P8W', servicenorm: 'P6W',
      verantwoordelijke: p.teams.vergunningen, trefwoorden: ['bomen', 'kappen', 'omgevingsvergunning'], publicatieIndicatie: true,
      publicatietekst: 'Het college heeft een aanvraag ontvangen voor het kappen van een of meer bomen.',
      productenOfDiensten: [productUrl('kapvergunning')], besluittypeOmschrijvingen: ['Kapvergunning'],
      statustypen: aanvraagStatussen('het besluit'),
      resultaattypen: [
        resultaat('Verleend', 'verleend', { nominatie: 'vernietigen', termijn: 'P10Y' }, { besluittypen: ['Kapvergunning'], informatieobjecttypen: ['Beschikking'] }),
        resultaat('Geweigerd', 'geweigerd', { nominatie: 'vernietigen', termijn: 'P5Y' }, { besluittypen: ['Kapvergunning'], informatieobjecttypen: ['Beschikking'] }),
        ingetrokken(),
      ],
      roltypen: [...aanvrager(), { omschrijving: 'Omwonende', omschrijvingGeneriek: 'belanghebbende' }],
      eigenschappen: [
        eigenschap('aantalBomen', 'Het aantal bomen dat de aanvrager wil kappen.', 'getal', '3'),
        eigenschap('stamomtrek', 'De grootste stamomtrek in centimeters, gemeten op 1,30 meter hoogte.', 'getal', '4'),
        eigenschap('boomsoort', 'De soort boom of bomen, bijvoorbeeld eik of berk.', 'tekst', '100'),
        eigenschap('locatie', 'Het adres waar de boom of bomen staan.', 'tekst', '200'),
        eigenschap('redenKap', 'Waarom de aanvrager de boom wil kappen.', 'tekst', '10', { waarden: ['ziek', 'overlast', 'bouw', 'anders'], toelichting: 'ziek: ziek, dood of gevaarlijk; overlast: bijvoorbeeld schaduw of wortels; bouw: bouwplannen op die plek.' }),
        eigenschap('eigenaarGrond', 'Of de aanvrager eigenaar is van de grond waarop de boom staat.', 'tekst', '3', { waarden: ['ja', 'nee'] }),
        eigenschap('herplant', 'Of de aanvrager een nieuwe boom terugplant.', 'tekst', '3', { waarden: ['ja', 'nee'] }),
        eigenschap('leges', 'De leges voor de vergunning, in euro.', 'getal', '8,2'),
      ],
      informatieobjecttypen: [doc(1, 'Aanvraagformulier', 'inkomend'), doc(2, 'Foto', 'inkomend'), doc(3, 'Beschikking', 'uitgaand', 3)],
    },
  });

  list.push({
    input: {
      ...base, verlengingMogelijk: false, verlengingstermijn: null, opschortingEnAanhoudingMogelijk: false, vertrouwelijkheidaanduiding: 'beperkt_openbaar',
      identificatie: 'GROFVUIL-OPHALEN', omschrijving: 'Grofvuil laten ophalen', onderwerp: 'Grofvuil',
      doel: 'Grof huishoudelijk afval gescheiden en zonder overlast ophalen.',
      aanleiding: 'Een inwoner meldt grofvuil aan om op te laten halen.',
      handelingInitiator: 'aanmelden', handelingBehandelaar: 'ophalen', doorlooptijd: 'P3W', servicenorm: 'P2W',
      verantwoordelijke: p.teams.afval, trefwoorden: ['afval', 'grofvuil'],
      productenOfDiensten: [productUrl('grofvuil-laten-ophalen')],
      statustypen: [
        st(1, 'Aangemeld', 'We hebben uw aanmelding ontvangen. U krijgt een e-mail met de ophaaldatum.', true),
        st(2, 'Ingepland', 'We halen uw grofvuil op de afgesproken dag op. Zet het vóór 7.30 uur buiten.', true),
        st(3, 'Opgehaald', 'We hebben uw grofvuil opgehaald.', false),
      ],
      resultaattypen: [
        resultaat('Afgehandeld', 'verwerkt', { nominatie: 'vernietigen', termijn: 'P1Y' }),
        resultaat('Niet opgehaald', 'afgebroken', { nominatie: 'vernietigen', termijn: 'P1Y' }, { toelichting: 'Het grofvuil stond er niet, of het mocht niet mee.' }),
      ],
      roltypen: aanvrager(),
      eigenschappen: [
        eigenschap('ophaaldatum', 'De dag waarop het grofvuil wordt opgehaald.', 'datum', '8'),
        eigenschap('aantalStukken', 'Het aantal stukken grofvuil.', 'getal', '2'),
      ],
      informatieobjecttypen: [doc(1, 'Aanvraagformulier', 'inkomend'), doc(2, 'Ontvangstbevestiging', 'uitgaand')],
      rules: grofvuilRules(p.grofvuilGratis),
    },
  });

  if (p.slug === 'dijkwaard') {
    list.push({
      input: {
        ...base, verlengingstermijn: 'P6W',
        identificatie: 'LIGPLAATSVERGUNNING-WOONBOOT', omschrijving: 'Ligplaatsvergunning woonboot', onderwerp: 'Ligplaatsvergunning',
        doel: 'Woonboten alleen op veilige, aangewezen ligplaatsen laten liggen.',
        aanleiding: 'Een eigenaar van een woonboot vraagt een vaste ligplaats aan.',
        handelingInitiator: 'aanvragen', handelingBehandelaar: 'beoordelen', doorlooptijd: 'P8W', servicenorm: 'P6W',
        verantwoordelijke: p.teams.vergunningen, trefwoorden: ['woonboot', 'ligplaats', 'haven'],
        productenOfDiensten: [productUrl('ligplaatsvergunning-woonboot')], besluittypeOmschrijvingen: ['Ligplaatsvergunning'],
        statustypen: aanvraagStatussen('het besluit'),
        resultaattypen: [
          resultaat('Verleend', 'verleend', { nominatie: 'vernietigen', termijn: 'P10Y', afleiding: 'vervaldatum_besluit' }, { besluittypen: ['Ligplaatsvergunning'], informatieobjecttypen: ['Beschikking'] }),
          resultaat('Geweigerd', 'geweigerd', { nominatie: 'vernietigen', termijn: 'P5Y' }, { besluittypen: ['Ligplaatsvergunning'], informatieobjecttypen: ['Beschikking'] }),
          ingetrokken(),
        ],
        roltypen: aanvrager(),
        eigenschappen: [
          eigenschap('ligplaatsnummer', 'Het nummer van de ligplaats in de haven.', 'tekst', '10'),
          eigenschap('lengteBoot', 'De lengte van de woonboot in meters.', 'getal', '4,2'),
        ],
        informatieobjecttypen: [doc(1, 'Aanvraagformulier', 'inkomend'), doc(2, 'Foto', 'inkomend'), doc(3, 'Beschikking', 'uitgaand', 3)],
      },
    });
  }

  if (p.slug === 'heuvelrode') {
    list.push({
      input: {
        ...base, verlengingstermijn: 'P4W',
        identificatie: 'KAMPEERVERGUNNING', omschrijving: 'Kampeervergunning', onderwerp: 'Kampeervergunning',
        doel: 'Kleinschalig kamperen toestaan waar het natuur en omwonenden niet schaadt.',
        aanleiding: 'Een grondeigenaar vraagt een vergunning aan om kampeerders toe te laten.',
        handelingInitiator: 'aanvragen', handelingBehandelaar: 'beoordelen', doorlooptijd: 'P8W', servicenorm: 'P4W',
        verantwoordelijke: p.teams.vergunningen, trefwoorden: ['kamperen', 'natuur', 'recreatie'],
        productenOfDiensten: [productUrl('kampeervergunning')], besluittypeOmschrijvingen: ['Kampeervergunning'],
        statustypen: aanvraagStatussen('het besluit'),
        resultaattypen: [
          resultaat('Verleend', 'verleend', { nominatie: 'vernietigen', termijn: 'P5Y', afleiding: 'vervaldatum_besluit' }, { besluittypen: ['Kampeervergunning'], informatieobjecttypen: ['Beschikking'] }),
          resultaat('Geweigerd', 'geweigerd', { nominatie: 'vernietigen', termijn: 'P5Y' }, { besluittypen: ['Kampeervergunning'], informatieobjecttypen: ['Beschikking'] }),
          ingetrokken(),
        ],
        roltypen: aanvrager(),
        eigenschappen: [
          eigenschap('aantalPlaatsen', 'Het aantal kampeerplaatsen.', 'getal', '3'),
          eigenschap('seizoenStart', 'De eerste dag van het kampeerseizoen.', 'datum', '8'),
        ],
        informatieobjecttypen: [doc(1, 'Aanvraagformulier', 'inkomend'), doc(2, 'Bijlage', 'inkomend'), doc(3, 'Beschikking', 'uitgaand', 3)],
      },
    });
  }
  return list;
}
