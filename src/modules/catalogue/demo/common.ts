/**
 * Shared building blocks for the demo catalogues of the fictional municipalities
 * Dijkwaard and Heuvelrode. Every builder takes a `Municipality` with its own fees
 * and local wording, so each municipality gets a complete list with real differences.
 * Municipality-only products live in `dijkwaard.ts` and `heuvelrode.ts`.
 */
import type { DemoProduct, PriceLine } from './types.js';

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function groupThousands(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Dutch money notation: 8495 → "€ 84,95", 118000 → "€ 1.180" (whole euros without cents). */
export function eur(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return rest === '00' ? `€ ${groupThousands(euros, '.')}` : `€ ${groupThousands(euros, '.')},${rest}`;
}

/** English money notation: 8495 → "€84.95", 118000 → "€1,180" (whole euros without cents). */
export function eurEn(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return rest === '00' ? `€${groupThousands(euros, ',')}` : `€${groupThousands(euros, ',')}.${rest}`;
}

/** Percentage in Dutch notation: 0.0935 → "0,0935%". */
export function pct(value: number): string {
  return `${String(value).replace('.', ',')}%`;
}

/** Percentage in English notation: 0.0935 → "0.0935%". */
export function pctEn(value: number): string {
  return `${value}%`;
}

/** Default indexation from 2026 to 2027: about 3%, rounded to 5 cents (always at least 5 cents more). */
export function indexed(cents2026: number): number {
  return Math.max(cents2026 + 5, Math.round((cents2026 * 1.03) / 5) * 5);
}

/** One price line for 2026 and one for 2027. */
export function line(label: string, labelEn: string, cents2026: number, cents2027: number = indexed(cents2026)): PriceLine[] {
  return [
    { year: 2026, label, labelEn, amountCents: cents2026 },
    { year: 2027, label, labelEn, amountCents: cents2027 },
  ];
}

/** Combine price lines: all 2026 lines first, then all 2027 lines (order within a year is kept). */
export function prices(...groups: PriceLine[][]): PriceLine[] {
  return groups.flat().sort((a, b) => a.year - b.year);
}

/** Add related slugs to a product in a list (used for links to local products). */
export function addRelated(list: DemoProduct[], slug: string, ...extra: string[]): void {
  const product = list.find((p) => p.slug === slug);
  if (!product) throw new Error(`addRelated: unknown slug ${slug}`);
  for (const r of extra) if (!product.related.includes(r)) product.related.push(r);
  if (product.related.length > 4) throw new Error(`addRelated: ${slug} would get more than 4 related products`);
}

/** Add search keywords to a product in a list (used for local words). */
export function addKeywords(list: DemoProduct[], slug: string, ...extra: string[]): void {
  const product = list.find((p) => p.slug === slug);
  if (!product) throw new Error(`addKeywords: unknown slug ${slug}`);
  for (const k of extra) if (!product.keywords.includes(k)) product.keywords.push(k);
}

// ---------------------------------------------------------------------------
// National prices (set by the national government, the same everywhere)
// ---------------------------------------------------------------------------

export const national = {
  paspoort18: 8495,
  paspoortKind: 6640,
  idkaart18: 7720,
  idkaartKind: 4525,
  reisdocumentSpoed: 5850,
  vog: 4135,
  vog2027: 4260,
  naturalisatie: 144500,
  naturalisatiePartners: 184500,
  naturalisatieKind: 17300,
  wmoAbonnement: 2240,
  wmoAbonnement2027: 2300,
} as const;

// ---------------------------------------------------------------------------
// Municipality profile
// ---------------------------------------------------------------------------

export interface Fees {
  /** Rijbewijs (set by the municipality, below the national maximum). */
  rijbewijs: number;
  rijbewijsSpoed: number;
  uittrekselBrp: number;
  huwelijkDoordeweeks: number;
  huwelijkVrijdagZaterdag: number;
  huwelijkEigenLocatie: number;
  huwelijkEigenTrouwambtenaar: number;
  parkeerEersteAuto: number;
  parkeerTweedeAuto: number;
  bezoekersUur: number;
  gehandicaptenkaart: number;
  gehandicaptenplaats: number;
  afvalEenpersoons: number;
  afvalMeerpersoons: number;
  /** OZB rates as percentage of the WOZ value. */
  ozbWoning: number;
  ozbWoning2027: number;
  ozbNietWoningEigenaar: number;
  ozbNietWoningEigenaar2027: number;
  ozbNietWoningGebruiker: number;
  ozbNietWoningGebruiker2027: number;
  rioolheffing: number;
  hondEerste: number;
  hondVolgende: number;
  kennel: number;
  grofvuilExtra: number;
  afvalpasVervangen: number;
  containerExtra: number;
  containerKwijt: number;
  milieustraatPuin: number;
  /** Building permit: percentage of the building costs and a minimum amount. */
  bouwPercentage: number;
  bouwPercentage2027: number;
  bouwMinimum: number;
  kap: number;
  uitrit: number;
  exploitatie: number;
  alcohol: number;
  alcoholWijziging: number;
  terrasLeges: number;
  terrasPerM2: number;
  marktDag: number;
  marktJaar: number;
  evenementKlein: number;
  evenementMiddel: number;
  evenementGroot: number;
}

export interface Municipality {
  /** "Dijkwaard" */
  name: string;
  /** "het stadhuis" / "het gemeentehuis" */
  hall: string;
  hallEn: string;
  /** Street address of the hall. */
  address: string;
  /** Name of the personal online portal. */
  portal: string;
  openingHours: string;
  openingHoursEn: string;
  /** Local team for care and support. */
  socialTeam: string;
  socialTeamEn: string;
  /** Local work and income desk. */
  werkplein: string;
  werkpleinEn: string;
  /** Who collects the municipal taxes. */
  taxOffice: string;
  taxOfficeEn: string;
  /** Number of monthly instalments for the tax bill. */
  taxTerms: number;
  milieustraat: string;
  milieustraatEn: string;
  milieustraatHours: string;
  milieustraatHoursEn: string;
  /** Number of free bulky-waste collections per household per year. */
  grofvuilGratis: number;
  market: string;
  marketEn: string;
  /** Where residents' parking permits apply. */
  parkingArea: string;
  parkingAreaEn: string;
  paidParkingHours: string;
  paidParkingHoursEn: string;
  /** Maximum number of visitor hours per year with the visitor permit. */
  bezoekersUrenPerJaar: number;
  freeWedding: string;
  freeWeddingEn: string;
  weddingVenues: string;
  weddingVenuesEn: string;
  mantelzorgOrg: string;
  mantelzorgOrgEn: string;
  /** Yearly appreciation for carers, in cents. */
  mantelzorgBedrag: number;
  /** Individual income supplement, in cents. */
  iitAlleenstaand: number;
  iitSamenwonend: number;
  iitGezin: number;
  /** Which trees need a felling permit. */
  kapRegel: string;
  kapRegelEn: string;
  sportDeadline: string;
  sportDeadlineEn: string;
  /** Small events: weeks notice and maximum number of visitors. */
  kleinEvenementWeken: number;
  kleinEvenementMax: number;
  evenementWeken: number;
  fees: Fees;
}

export type Builder = (m: Municipality) => DemoProduct;

const appointmentDesk = { online: false, appointment: true, phone: false, desk: true };

// ---------------------------------------------------------------------------
// Burgerzaken
// ---------------------------------------------------------------------------

const paspoort: Builder = (m) => ({
  slug: 'paspoort-aanvragen',
  audience: ['inwoner'],
  categories: ['burgerzaken'],
  leadTimeDays: 7,
  channels: appointmentDesk,
  prices: prices(
    line('Paspoort, 18 jaar en ouder', 'Passport, aged 18 and over', national.paspoort18),
    line('Paspoort, jonger dan 18 jaar', 'Passport, under 18', national.paspoortKind),
    line('Spoedtoeslag (klaar op de volgende werkdag)', 'Express fee (ready the next working day)', national.reisdocumentSpoed),
  ),
  keywords: ['paspoort', 'paspoorten', 'pasport', 'reisdocument', 'reispas', 'nieuw paspoort', 'paspoort verlopen', 'paspoort kind', 'spoed paspoort', 'paspoort ophalen', 'passport'],
  related: ['identiteitskaart-aanvragen', 'reisdocument-kwijt', 'rijbewijs-verlengen'],
  title: 'Paspoort aanvragen',
  summary: 'Vraag een nieuw paspoort aan voor uzelf of voor uw kind. U maakt een afspraak en komt zelf naar de gemeente.',
  description:
    `Met een paspoort kunt u naar alle landen reizen. Het is ook een geldig identiteitsbewijs in Nederland. Bent u 18 jaar of ouder? Dan is uw paspoort 10 jaar geldig. Voor kinderen is het 5 jaar geldig.\n\n` +
    `U vraagt een paspoort aan bij de gemeente. Dat kan niet online. Wij scannen bij de afspraak uw vingerafdrukken en iedereen vanaf 12 jaar zet een handtekening. Ook een baby of kind komt dus mee.\n\n` +
    `Kijk op tijd of uw paspoort nog geldig is. Sommige landen eisen dat het paspoort nog minstens 6 maanden geldig is na uw terugreis. Heeft u het paspoort heel snel nodig? Kies dan voor een spoedaanvraag. Dat kost extra.`,
  forWhom: `Voor iedereen met de Nederlandse nationaliteit die in ${m.name} woont. Ouders of voogden vragen het paspoort aan voor hun kind.`,
  conditions: [
    'U heeft de Nederlandse nationaliteit.',
    `U staat ingeschreven in de gemeente ${m.name}.`,
    'U komt zelf naar de afspraak, ook als het paspoort voor een kind is.',
    'Voor een kind jonger dan 18 jaar geven beide ouders met gezag toestemming.',
  ],
  bring: [
    'Uw huidige paspoort of identiteitskaart, ook als die verlopen is.',
    'Eén goede pasfoto van niet ouder dan 6 maanden.',
    'Voor een kind: het toestemmingsformulier van de andere ouder en een kopie van diens identiteitsbewijs.',
    'Een pinpas om te betalen.',
  ],
  leadTime: 'Uw paspoort ligt 5 werkdagen na de aanvraag klaar. Bij een spoedaanvraag kunt u het meestal de volgende werkdag na 12.00 uur ophalen.',
  howTo:
    `1. Maak online of telefonisch een afspraak bij de balie in ${m.hall}, ${m.address}. De balie is open ${m.openingHours}.\n` +
    '2. Kom op tijd en neem alles mee wat u nodig heeft. U betaalt bij de aanvraag.\n' +
    '3. U krijgt een sms of e-mail als uw paspoort klaarligt.\n' +
    '4. Haal het binnen 3 maanden op. Neem dan uw oude paspoort mee. Wij maken dat ongeldig.',
  en: {
    title: 'Apply for a passport',
    summary: 'Apply for a new passport for yourself or your child. You make an appointment and come to the municipality in person.',
    description:
      `With a passport you can travel to every country. It is also a valid proof of identity in the Netherlands. If you are 18 or older, your passport is valid for 10 years. For children it is valid for 5 years.\n\n` +
      `You apply for a passport at the municipality. You cannot do this online. At the appointment we scan your fingerprints, and everyone aged 12 and over signs. So a baby or child comes along too.\n\n` +
      `Check in good time whether your passport is still valid. Some countries require it to be valid for at least 6 months after your return. Do you need the passport very quickly? Then choose an express application. This costs extra.`,
    forWhom: `For everyone with Dutch nationality who lives in ${m.name}. Parents or guardians apply for a passport for their child.`,
    conditions: [
      'You have Dutch nationality.',
      `You are registered in the municipality of ${m.name}.`,
      'You come to the appointment in person, also if the passport is for a child.',
      'For a child under 18, both parents with parental authority give permission.',
    ],
    bring: [
      'Your current passport or identity card, even if it has expired.',
      'One good passport photo, no older than 6 months.',
      "For a child: the consent form of the other parent and a copy of that parent's proof of identity.",
      'A debit card to pay.',
    ],
    leadTime: 'Your passport is ready 5 working days after you apply. With an express application you can usually collect it the next working day after 12 noon.',
    howTo:
      `1. Make an appointment online or by phone at the desk in ${m.hallEn}, ${m.address}. The desk is open ${m.openingHoursEn}.\n` +
      '2. Arrive on time and bring everything you need. You pay when you apply.\n' +
      '3. You receive a text message or email when your passport is ready.\n' +
      '4. Collect it within 3 months. Bring your old passport. We will make it invalid.',
  },
});

const identiteitskaart: Builder = (m) => ({
  slug: 'identiteitskaart-aanvragen',
  audience: ['inwoner'],
  categories: ['burgerzaken'],
  leadTimeDays: 7,
  channels: appointmentDesk,
  prices: prices(
    line('Identiteitskaart, 18 jaar en ouder', 'Identity card, aged 18 and over', national.idkaart18),
    line('Identiteitskaart, jonger dan 18 jaar', 'Identity card, under 18', national.idkaartKind),
    line('Spoedtoeslag (klaar op de volgende werkdag)', 'Express fee (ready the next working day)', national.reisdocumentSpoed),
  ),
  keywords: ['identiteitskaart', 'id-kaart', 'id kaart', 'idkaart', 'id', 'identiteitsbewijs', 'identiteitskaarten', 'legitimatie', 'legitimatiebewijs', 'id-kaart kind', 'nieuwe id', 'identity card'],
  related: ['paspoort-aanvragen', 'reisdocument-kwijt', 'uittreksel-brp-aanvragen'],
  title: 'Identiteitskaart aanvragen',
  summary: 'Vraag een identiteitskaart (ID-kaart) aan voor uzelf of uw kind. Hiermee laat u zien wie u bent en reist u binnen Europa.',
  description:
    `Een identiteitskaart is een klein pasje waarmee u laat zien wie u bent. U kunt er ook mee reizen naar landen in de Europese Unie en naar een aantal andere landen. Voor reizen naar andere landen heeft u een paspoort nodig.\n\n` +
    `Bent u 18 jaar of ouder? Dan is de identiteitskaart 10 jaar geldig. Voor kinderen is hij 5 jaar geldig. Vanaf 12 jaar nemen wij vingerafdrukken af. Daarom komt u altijd zelf naar de afspraak.\n\n` +
    `Een identiteitskaart is goedkoper dan een paspoort. Veel mensen hebben een identiteitskaart voor in de portemonnee en een paspoort voor verre reizen.`,
  forWhom: `Voor iedereen met de Nederlandse nationaliteit die in ${m.name} woont, ook voor kinderen.`,
  conditions: [
    'U heeft de Nederlandse nationaliteit.',
    `U staat ingeschreven in de gemeente ${m.name}.`,
    'U komt zelf naar de afspraak.',
    'Voor een kind jonger dan 18 jaar geven beide ouders met gezag toestemming.',
  ],
  bring: [
    'Uw huidige identiteitskaart of paspoort, ook als die verlopen is.',
    'Eén goede pasfoto van niet ouder dan 6 maanden.',
    'Voor een kind: het toestemmingsformulier van de andere ouder en een kopie van diens identiteitsbewijs.',
    'Een pinpas om te betalen.',
  ],
  leadTime: 'Uw identiteitskaart ligt 5 werkdagen na de aanvraag klaar. Bij een spoedaanvraag meestal de volgende werkdag.',
  howTo:
    `1. Maak online of telefonisch een afspraak bij de balie in ${m.hall}.\n` +
    '2. Neem alles mee wat u nodig heeft. U betaalt bij de aanvraag.\n' +
    '3. U krijgt bericht als de kaart klaarligt.\n' +
    '4. Haal de kaart binnen 3 maanden op en lever uw oude kaart in.',
  en: {
    title: 'Apply for an identity card',
    summary: 'Apply for an identity card (ID card) for yourself or your child. It proves who you are, and you can travel within Europe with it.',
    description:
      `An identity card is a small card that shows who you are. You can also use it to travel to countries in the European Union and to some other countries. To travel to other countries you need a passport.\n\n` +
      `If you are 18 or older, the identity card is valid for 10 years. For children it is valid for 5 years. From the age of 12 we take fingerprints. That is why you always come to the appointment in person.\n\n` +
      `An identity card is cheaper than a passport. Many people have an identity card for their wallet and a passport for long-distance travel.`,
    forWhom: `For everyone with Dutch nationality who lives in ${m.name}, including children.`,
    conditions: [
      'You have Dutch nationality.',
      `You are registered in the municipality of ${m.name}.`,
      'You come to the appointment in person.',
      'For a child under 18, both parents with parental authority give permission.',
    ],
    bring: [
      'Your current identity card or passport, even if it has expired.',
      'One good passport photo, no older than 6 months.',
      "For a child: the consent form of the other parent and a copy of that parent's proof of identity.",
      'A debit card to pay.',
    ],
    leadTime: 'Your identity card is ready 5 working days after you apply. With an express application usually the next working day.',
    howTo:
      `1. Make an appointment online or by phone at the desk in ${m.hallEn}.\n` +
      '2. Bring everything you need. You pay when you apply.\n' +
      '3. You receive a message when the card is ready.\n' +
      '4. Collect the card within 3 months and hand in your old card.',
  },
});

const reisdocumentKwijt: Builder = (m) => ({
  slug: 'reisdocument-kwijt',
  audience: ['inwoner'],
  categories: ['burgerzaken'],
  leadTimeDays: 7,
  channels: appointmentDesk,
  prices: prices(
    line('Paspoort, 18 jaar en ouder', 'Passport, aged 18 and over', national.paspoort18),
    line('Identiteitskaart, 18 jaar en ouder', 'Identity card, aged 18 and over', national.idkaart18),
  ),
  keywords: ['paspoort kwijt', 'id-kaart kwijt', 'identiteitskaart kwijt', 'gestolen', 'diefstal', 'verloren', 'vermist', 'kwijtgeraakt', 'vermissing', 'paspoort gestolen', 'melding vermissing'],
  related: ['paspoort-aanvragen', 'identiteitskaart-aanvragen', 'rijbewijs-aanvragen'],
  title: 'Paspoort of identiteitskaart kwijt of gestolen',
  summary: 'Bent u uw paspoort of identiteitskaart kwijt, of is het gestolen? Meld dit bij de gemeente en vraag meteen een nieuw document aan.',
  description:
    `Bent u uw paspoort of identiteitskaart kwijt? Of is het gestolen? Dan meldt u dit bij de gemeente. Wij maken het oude document dan ongeldig. Zo kan niemand anders het gebruiken.\n\n` +
    `U doet de melding tijdens een afspraak aan de balie. Tegelijk vraagt u een nieuw paspoort of een nieuwe identiteitskaart aan. Bij diefstal kunt u ook aangifte doen bij de politie. Dat is niet verplicht.\n\n` +
    `Vindt u het oude document later terug? Dan mag u het niet meer gebruiken. Lever het in bij de gemeente.`,
  forWhom: `Voor inwoners van ${m.name} die hun paspoort of identiteitskaart kwijt zijn. Bent u in het buitenland? Neem dan contact op met de Nederlandse ambassade of het consulaat.`,
  conditions: [
    'U meldt de vermissing zo snel mogelijk.',
    'U komt zelf naar de afspraak.',
    'U vult aan de balie een verklaring van vermissing in.',
  ],
  bring: [
    'Een ander identiteitsbewijs als u dat heeft, bijvoorbeeld uw rijbewijs.',
    'Eén goede pasfoto van niet ouder dan 6 maanden.',
    'Als u aangifte heeft gedaan: het proces-verbaal van de politie.',
    'Een pinpas om te betalen.',
  ],
  leadTime: 'Het nieuwe document ligt na 5 werkdagen klaar. Soms doen wij eerst extra onderzoek. Dan duurt het langer.',
  howTo:
    `1. Maak een afspraak bij de balie in ${m.hall}. Zeg erbij dat uw document kwijt is.\n` +
    '2. Aan de balie vult u de verklaring van vermissing in en vraagt u een nieuw document aan.\n' +
    '3. U krijgt bericht als het nieuwe document klaarligt.',
  en: {
    title: 'Lost or stolen passport or identity card',
    summary: 'Have you lost your passport or identity card, or has it been stolen? Report it to the municipality and apply for a new document straight away.',
    description:
      `Have you lost your passport or identity card? Or has it been stolen? Then report it to the municipality. We will make the old document invalid, so nobody else can use it.\n\n` +
      `You report it during an appointment at the desk. At the same time you apply for a new passport or identity card. In case of theft you can also report it to the police. This is not required.\n\n` +
      `Do you find the old document later? You may no longer use it. Hand it in at the municipality.`,
    forWhom: `For residents of ${m.name} who have lost their passport or identity card. Are you abroad? Then contact the Dutch embassy or consulate.`,
    conditions: [
      'You report the loss as soon as possible.',
      'You come to the appointment in person.',
      'At the desk you fill in a statement of loss.',
    ],
    bring: [
      'Another proof of identity if you have one, for example your driving licence.',
      'One good passport photo, no older than 6 months.',
      'If you reported it to the police: the police report.',
      'A debit card to pay.',
    ],
    leadTime: 'The new document is ready after 5 working days. Sometimes we do extra checks first. Then it takes longer.',
    howTo:
      `1. Make an appointment at the desk in ${m.hallEn}. Mention that your document is lost.\n` +
      '2. At the desk you fill in the statement of loss and apply for a new document.\n' +
      '3. You receive a message when the new document is ready.',
  },
});

const rijbewijsAanvragen: Builder = (m) => ({
  slug: 'rijbewijs-aanvragen',
  audience: ['inwoner'],
  categories: ['burgerzaken', 'parkeren-en-verkeer'],
  leadTimeDays: 7,
  channels: appointmentDesk,
  prices: prices(
    line('Rijbewijs', 'Driving licence', m.fees.rijbewijs),
    line('Spoedtoeslag (klaar op de volgende werkdag)', 'Express fee (ready the next working day)', m.fees.rijbewijsSpoed),
  ),
  keywords: ['rijbewijs', 'rijbewijzen', 'eerste rijbewijs', 'rijexamen', 'geslaagd', 'cbr', 'rdw', 'autorijbewijs', 'motorrijbewijs', 'brommerrijbewijs', '2todrive', 'buitenlands rijbewijs', 'rijbewijs omwisselen', 'driving licence'],
  related: ['rijbewijs-verlengen', 'reisdocument-kwijt', 'identiteitskaart-aanvragen'],
  title: 'Rijbewijs aanvragen',
  summary: 'Bent u geslaagd voor uw rijexamen? Of wilt u een buitenlands rijbewijs omwisselen? Dan vraagt u uw rijbewijs aan bij de gemeente.',
  description:
    `Bent u geslaagd voor het praktijkexamen van het CBR? Dan kunt u uw eerste rijbewijs aanvragen bij de gemeente. Dat geldt ook voor een nieuwe categorie, bijvoorbeeld de motor of de aanhanger. Doe dit binnen 3 jaar na uw examen.\n\n` +
    `Heeft u een rijbewijs uit een ander land? Soms kunt u dat omwisselen voor een Nederlands rijbewijs. Dat vraagt u ook aan bij de gemeente. De RDW, de dienst die rijbewijzen maakt, beslist of het kan. Dat duurt langer.\n\n` +
    `De gemeente bepaalt de prijs van het rijbewijs. In ${m.name} kost een rijbewijs in 2026 ${eur(m.fees.rijbewijs)}.`,
  forWhom: `Voor inwoners van ${m.name} die geslaagd zijn voor hun rijexamen of die een buitenlands rijbewijs willen omwisselen. Ook voor jongeren van 17 jaar met 2toDrive (begeleid rijden).`,
  conditions: [
    `U staat ingeschreven in de gemeente ${m.name}.`,
    'U bent geslaagd voor het rijexamen, of u heeft een geldig buitenlands rijbewijs.',
    'U heeft een geldige Verklaring van geschiktheid van het CBR als die nodig is.',
  ],
  bring: [
    'Een geldig paspoort of geldige identiteitskaart.',
    'Eén goede pasfoto van niet ouder dan 6 maanden.',
    'Bij omwisselen: uw buitenlandse rijbewijs.',
    'Een pinpas om te betalen.',
  ],
  leadTime: 'Uw rijbewijs ligt 5 werkdagen na de aanvraag klaar. Omwisselen van een buitenlands rijbewijs duurt meestal 4 tot 6 weken.',
  howTo:
    `1. Maak een afspraak bij de balie in ${m.hall}.\n` +
    '2. Neem uw identiteitsbewijs en pasfoto mee. U betaalt bij de aanvraag.\n' +
    '3. U krijgt bericht als uw rijbewijs klaarligt.\n' +
    '4. Haal het rijbewijs zelf op en neem uw identiteitsbewijs mee.',
  en: {
    title: 'Apply for a driving licence',
    summary: 'Have you passed your driving test? Or do you want to exchange a foreign driving licence? Then you apply for your driving licence at the municipality.',
    description:
      `Have you passed the practical test of the CBR (the Dutch driving test organisation)? Then you can apply for your first driving licence at the municipality. This also applies to a new category, for example a motorcycle or a trailer. Do this within 3 years after your test.\n\n` +
      `Do you have a driving licence from another country? Sometimes you can exchange it for a Dutch driving licence. You also apply for this at the municipality. The RDW, the agency that makes driving licences, decides if this is possible. That takes longer.\n\n` +
      `The municipality sets the price of the driving licence. In ${m.name} a driving licence costs ${eurEn(m.fees.rijbewijs)} in 2026.`,
    forWhom: `For residents of ${m.name} who have passed their driving test or want to exchange a foreign driving licence. Also for young people aged 17 with 2toDrive (accompanied driving).`,
    conditions: [
      `You are registered in the municipality of ${m.name}.`,
      'You have passed the driving test, or you have a valid foreign driving licence.',
      'You have a valid medical certificate (Verklaring van geschiktheid) from the CBR if you need one.',
    ],
    bring: [
      'A valid passport or identity card.',
      'One good passport photo, no older than 6 months.',
      'When exchanging: your foreign driving licence.',
      'A debit card to pay.',
    ],
    leadTime: 'Your driving licence is ready 5 working days after you apply. Exchanging a foreign driving licence usually takes 4 to 6 weeks.',
    howTo:
      `1. Make an appointment at the desk in ${m.hallEn}.\n` +
      '2. Bring your proof of identity and photo. You pay when you apply.\n' +
      '3. You receive a message when your driving licence is ready.\n' +
      '4. Collect the licence in person and bring your proof of identity.',
  },
});

const rijbewijsVerlengen: Builder = (m) => ({
  slug: 'rijbewijs-verlengen',
  audience: ['inwoner'],
  categories: ['burgerzaken', 'parkeren-en-verkeer'],
  leadTimeDays: 7,
  channels: { online: true, appointment: true, phone: false, desk: true },
  prices: prices(
    line('Rijbewijs', 'Driving licence', m.fees.rijbewijs),
    line('Spoedtoeslag (klaar op de volgende werkdag)', 'Express fee (ready the next working day)', m.fees.rijbewijsSpoed),
  ),
  keywords: ['rijbewijs verlengen', 'rijbewijs verlopen', 'verlopen rijbewijs', 'rijbewijs vernieuwen', 'nieuw rijbewijs', 'rijbewijs', 'rijbewijs online', 'gezondheidsverklaring', '75 jaar', 'cbr', 'renew driving licence'],
  related: ['rijbewijs-aanvragen', 'paspoort-aanvragen', 'gehandicaptenparkeerkaart'],
  title: 'Rijbewijs verlengen',
  summary: 'Is uw rijbewijs bijna verlopen? Vraag op tijd een nieuw rijbewijs aan. Dat kan vaak online met DigiD.',
  description:
    `Een rijbewijs is 10 jaar geldig. Is uw rijbewijs bijna verlopen? Vraag dan op tijd een nieuw rijbewijs aan. Met een verlopen rijbewijs mag u niet rijden.\n\n` +
    `Vaak kunt u het nieuwe rijbewijs online aanvragen met DigiD. U gebruikt dan de pasfoto en handtekening die de RDW al van u heeft. Lukt online aanvragen niet? Dan maakt u een afspraak bij de balie.\n\n` +
    `Bent u 75 jaar of ouder? Dan heeft u eerst een nieuwe Gezondheidsverklaring van het CBR nodig. Daarmee laat u zien dat u nog veilig kunt rijden. Dit duurt soms een paar maanden. Begin daarom ruim op tijd.`,
  forWhom: `Voor inwoners van ${m.name} met een Nederlands rijbewijs dat bijna verlopen of al verlopen is.`,
  conditions: [
    `U staat ingeschreven in de gemeente ${m.name}.`,
    'U bent 75 jaar of ouder: u heeft een geldige Verklaring van geschiktheid van het CBR.',
    'Voor online aanvragen: u heeft DigiD en de RDW heeft een goede foto van u.',
  ],
  bring: [
    'Uw huidige rijbewijs.',
    'Bij een afspraak: een geldig paspoort of geldige identiteitskaart.',
    'Bij een afspraak: één goede pasfoto van niet ouder dan 6 maanden.',
  ],
  leadTime: 'Uw nieuwe rijbewijs ligt 5 werkdagen na de aanvraag klaar. U haalt het op bij de balie.',
  howTo:
    `Online: log in met DigiD op ${m.portal} en kies "Rijbewijs verlengen". Betaal met iDEAL. U krijgt bericht als u het rijbewijs kunt ophalen.\n` +
    `Aan de balie: maak een afspraak in ${m.hall}. Neem uw rijbewijs, identiteitsbewijs en pasfoto mee.\n` +
    'Ophalen: neem uw oude rijbewijs mee. Dat maken wij ongeldig.',
  en: {
    title: 'Renew your driving licence',
    summary: 'Is your driving licence about to expire? Apply for a new one in good time. You can often do this online with DigiD.',
    description:
      `A driving licence is valid for 10 years. Is your driving licence about to expire? Then apply for a new one in good time. You may not drive with an expired driving licence.\n\n` +
      `You can often apply for the new driving licence online with DigiD. You then use the photo and signature the RDW already has of you. Can you not apply online? Then make an appointment at the desk.\n\n` +
      `Are you 75 or older? Then you first need a new medical certificate (Gezondheidsverklaring) from the CBR. This shows that you can still drive safely. It sometimes takes a few months, so start well in advance.`,
    forWhom: `For residents of ${m.name} with a Dutch driving licence that is about to expire or has already expired.`,
    conditions: [
      `You are registered in the municipality of ${m.name}.`,
      'If you are 75 or older: you have a valid medical certificate (Verklaring van geschiktheid) from the CBR.',
      'To apply online: you have DigiD and the RDW has a good photo of you.',
    ],
    bring: [
      'Your current driving licence.',
      'For an appointment: a valid passport or identity card.',
      'For an appointment: one good passport photo, no older than 6 months.',
    ],
    leadTime: 'Your new driving licence is ready 5 working days after you apply. You collect it at the desk.',
    howTo:
      `Online: log in with DigiD at ${m.portal} and choose "Renew driving licence". Pay with iDEAL. You receive a message when you can collect the licence.\n` +
      `At the desk: make an appointment in ${m.hallEn}. Bring your driving licence, proof of identity and photo.\n` +
      'Collecting: bring your old driving licence. We will make it invalid.',
  },
});

const uittrekselBrp: Builder = (m) => ({
  slug: 'uittreksel-brp-aanvragen',
  audience: ['inwoner'],
  categories: ['burgerzaken'],
  leadTimeDays: 5,
  channels: { online: true, appointment: true, phone: false, desk: true },
  prices: prices(line('Uittreksel BRP', 'BRP extract', m.fees.uittrekselBrp)),
  keywords: ['uittreksel', 'uittreksel brp', 'brp', 'gba', 'uittreksel gba', 'bewijs van inschrijving', 'adresgegevens', 'inschrijving gemeente', 'basisregistratie personen', 'verklaring van inschrijving', 'bevolkingsregister'],
  related: ['verhuizing-doorgeven', 'identiteitskaart-aanvragen', 'huwelijk-of-partnerschap'],
  title: 'Uittreksel BRP aanvragen',
  summary: 'Vraag een uittreksel uit de Basisregistratie Personen (BRP) aan. Daarop staat bijvoorbeeld uw adres, uw geboortedatum en uw nationaliteit.',
  description:
    `Een uittreksel BRP is een officieel papier met uw gegevens uit de Basisregistratie Personen. Dat is de lijst van alle inwoners die de gemeente bijhoudt. Vroeger heette dit de GBA.\n\n` +
    `U heeft een uittreksel bijvoorbeeld nodig voor een nieuwe baan, een huurwoning, een visum of een notaris. Vraag altijd na welke gegevens erop moeten staan. Er zijn uittreksels met alleen uw adres, maar ook met uw adressen van vroeger.\n\n` +
    `Met DigiD kunt u het uittreksel online aanvragen. Wij sturen het dan per post naar uw huisadres. U kunt uw eigen gegevens ook gratis bekijken op MijnOverheid.`,
  forWhom: `Voor iedereen die in ${m.name} staat ingeschreven of vroeger heeft gewoond. U vraagt het uittreksel aan voor uzelf of voor uw kind jonger dan 16 jaar.`,
  conditions: [
    `U staat ingeschreven in ${m.name}, of u heeft hier gewoond.`,
    'U vraagt het uittreksel aan voor uzelf, of voor een kind jonger dan 16 jaar waarover u gezag heeft.',
    'Voor online aanvragen heeft u DigiD.',
  ],
  bring: [
    'Een geldig paspoort, identiteitskaart of rijbewijs (aan de balie).',
    'Een pinpas, of online iDEAL.',
  ],
  leadTime: 'Aan de balie krijgt u het uittreksel meteen mee. Online aangevraagd zit het binnen 5 werkdagen in uw brievenbus.',
  howTo:
    `Online: log in met DigiD op ${m.portal}, kies welk uittreksel u nodig heeft en betaal met iDEAL.\n` +
    `Aan de balie: maak een afspraak in ${m.hall}, ${m.address}, en neem uw identiteitsbewijs mee. De balie is open ${m.openingHours}.`,
  en: {
    title: 'Request a BRP extract',
    summary: 'Request an extract from the Personal Records Database (BRP). It shows, for example, your address, your date of birth and your nationality.',
    description:
      `A BRP extract is an official document with your details from the Personal Records Database (Basisregistratie Personen). This is the register of all residents that the municipality keeps. It used to be called the GBA.\n\n` +
      `You need an extract, for example, for a new job, a rented home, a visa or a notary. Always check which details must be on it. There are extracts with only your current address, but also with your previous addresses.\n\n` +
      `With DigiD you can request the extract online. We then send it by post to your home address. You can also view your own details for free on MijnOverheid.`,
    forWhom: `For everyone who is registered in ${m.name} or used to live here. You request the extract for yourself or for your child under 16.`,
    conditions: [
      `You are registered in ${m.name}, or you used to live here.`,
      'You request the extract for yourself, or for a child under 16 for whom you have parental authority.',
      'To apply online you need DigiD.',
    ],
    bring: [
      'A valid passport, identity card or driving licence (at the desk).',
      'A debit card, or iDEAL online.',
    ],
    leadTime: 'At the desk you receive the extract straight away. If you apply online it arrives in your letterbox within 5 working days.',
    howTo:
      `Online: log in with DigiD at ${m.portal}, choose the extract you need and pay with iDEAL.\n` +
      `At the desk: make an appointment in ${m.hallEn}, ${m.address}, and bring your proof of identity. The desk is open ${m.openingHoursEn}.`,
  },
});

const verhuizing: Builder = (m) => ({
  slug: 'verhuizing-doorgeven',
  audience: ['inwoner'],
  categories: ['burgerzaken', 'wonen-en-verhuizen'],
  leadTimeDays: 5,
  channels: { online: true, appointment: true, phone: false, desk: false },
  prices: [],
  keywords: ['verhuizen', 'verhuizing', 'verhuis', 'adreswijziging', 'adres wijzigen', 'nieuw adres', 'inschrijven', 'inschrijving', 'uitschrijven', 'emigreren', 'emigratie', 'vertrek buitenland', 'terugkeer uit buitenland', 'moving', 'change of address'],
  related: ['uittreksel-brp-aanvragen', 'afvalpas', 'parkeervergunning-bewoners', 'hondenbelasting'],
  title: 'Verhuizing doorgeven',
  summary: 'Gaat u verhuizen? Geef uw nieuwe adres door aan de gemeente. Dat kan online met DigiD en het is gratis.',
  description:
    `Gaat u verhuizen naar een adres in ${m.name}? Of binnen ${m.name}? Geef uw nieuwe adres dan door aan de gemeente. Dat kan vanaf 4 weken vóór de verhuisdatum tot uiterlijk 5 dagen erna. U hoeft het maar één keer te doen. Wij geven uw nieuwe adres door aan andere overheden, zoals de Belastingdienst.\n\n` +
    `Verhuist u met uw gezin? Dan kunt u de verhuizing voor iedereen tegelijk doorgeven. Kinderen vanaf 16 jaar geven hun verhuizing zelf door.\n\n` +
    `Gaat u in Nederland wonen na een tijd in het buitenland? Of gaat u emigreren? Dan maakt u een afspraak bij de balie. Geeft u uw verhuizing niet of te laat door? Dan kunt u een boete krijgen.`,
  forWhom: `Voor iedereen die naar ${m.name} verhuist of binnen de gemeente verhuist. Ook voor wie naar het buitenland vertrekt of uit het buitenland terugkomt.`,
  conditions: [
    'U geeft de verhuizing door tussen 4 weken vóór en 5 dagen na de verhuisdatum.',
    'Woont u in bij iemand? Dan geeft de hoofdbewoner online of schriftelijk toestemming.',
    'U geeft een adres op waar u echt woont. Wij kunnen dit controleren.',
  ],
  bring: [
    'DigiD om online in te loggen.',
    'Uw nieuwe adres en de verhuisdatum.',
    'Bij inwonen: de toestemming en een kopie van het identiteitsbewijs van de hoofdbewoner.',
    'Bij komst uit het buitenland: uw paspoort en eventuele buitenlandse akten.',
  ],
  leadTime: 'U krijgt binnen 5 werkdagen een bevestiging. Soms doen wij eerst een adresonderzoek. Dan duurt het langer.',
  howTo:
    `1. Log in met DigiD op ${m.portal} en kies "Verhuizing doorgeven".\n` +
    '2. Vul uw nieuwe adres, de verhuisdatum en de verhuizende personen in.\n' +
    '3. U krijgt een bevestiging per e-mail of per post.\n' +
    `Komt u uit het buitenland of heeft u geen DigiD? Maak dan een afspraak bij de balie in ${m.hall}.`,
  en: {
    title: 'Report a change of address',
    summary: 'Are you moving house? Report your new address to the municipality. You can do this online with DigiD, and it is free.',
    description:
      `Are you moving to an address in ${m.name}? Or within ${m.name}? Then report your new address to the municipality. You can do this from 4 weeks before your moving date until 5 days after it at the latest. You only need to do it once. We pass your new address on to other government bodies, such as the Tax Administration.\n\n` +
      `Are you moving with your family? Then you can report the move for everyone at once. Children aged 16 and over report their own move.\n\n` +
      `Are you coming to live in the Netherlands after living abroad? Or are you emigrating? Then make an appointment at the desk. If you do not report your move, or report it too late, you can get a fine.`,
    forWhom: `For everyone who moves to ${m.name} or moves within the municipality. Also for people who leave for another country or come back from abroad.`,
    conditions: [
      'You report your move between 4 weeks before and 5 days after the moving date.',
      'Are you moving in with someone? Then the main occupant gives permission online or in writing.',
      'You give an address where you really live. We can check this.',
    ],
    bring: [
      'DigiD to log in online.',
      'Your new address and the moving date.',
      "When moving in with someone: their permission and a copy of the main occupant's proof of identity.",
      'When coming from abroad: your passport and any foreign certificates.',
    ],
    leadTime: 'You receive a confirmation within 5 working days. Sometimes we check the address first. Then it takes longer.',
    howTo:
      `1. Log in with DigiD at ${m.portal} and choose "Report a change of address".\n` +
      '2. Fill in your new address, the moving date and who is moving.\n' +
      '3. You receive a confirmation by email or by post.\n' +
      `Coming from abroad or no DigiD? Then make an appointment at the desk in ${m.hallEn}.`,
  },
});

const geboorte: Builder = (m) => ({
  slug: 'geboorte-aangeven',
  audience: ['inwoner'],
  categories: ['burgerzaken'],
  leadTimeDays: 3,
  channels: { online: true, appointment: true, phone: false, desk: true },
  prices: [],
  keywords: ['geboorte', 'geboorteaangifte', 'aangifte geboorte', 'baby', 'kind geboren', 'bevalling', 'pasgeboren', 'geboorteakte', 'naam kind', 'erkenning', 'kind erkennen', 'birth'],
  related: ['uittreksel-brp-aanvragen', 'paspoort-aanvragen', 'identiteitskaart-aanvragen'],
  title: 'Geboorte aangeven',
  summary: 'Is uw kindje geboren? Doe binnen 3 dagen aangifte van de geboorte. Dat is gratis.',
  description:
    `Is uw kind geboren? Gefeliciteerd! U doet binnen 3 dagen na de geboorte aangifte. Valt de derde dag in het weekend of op een feestdag? Dan mag het op de eerstvolgende werkdag.\n\n` +
    `U doet aangifte in de gemeente waar uw kind is geboren. Is uw kind thuis in ${m.name} geboren, of in een ziekenhuis in ${m.name}? Dan doet u de aangifte bij ons. Wij maken dan een geboorteakte en schrijven uw kind in op uw adres.\n\n` +
    `Bent u niet getrouwd en heeft u geen geregistreerd partnerschap? Dan moet de vader of duomoeder het kind eerst erkennen. Dat doet u het liefst al vóór de geboorte. Erkennen is gratis.`,
  forWhom: `Voor ouders van een kind dat in ${m.name} is geboren. Kan een ouder het niet doen? Dan mag iemand anders die bij de geboorte was aangifte doen.`,
  conditions: [
    'U doet aangifte binnen 3 dagen na de geboorte.',
    'De aangifte doet een ouder, of iemand die bij de geboorte was.',
    'Bent u niet getrouwd? Dan is het kind erkend door de andere ouder.',
  ],
  bring: [
    'Uw eigen geldige identiteitsbewijs.',
    'Eventueel de akte van erkenning als u die al heeft.',
    'Een verklaring over de naamkeuze als u die heeft gemaakt.',
  ],
  leadTime: 'U krijgt de geboorteakte direct na de aangifte. Uw kind staat meestal binnen 1 werkdag ingeschreven.',
  howTo:
    `Online: log in met DigiD op ${m.portal} en kies "Geboorte aangeven". Dit kan als de ouders met elkaar getrouwd zijn of het kind al erkend is.\n` +
    `Aan de balie: maak een afspraak in ${m.hall}. U krijgt binnen 3 dagen een plek.`,
  en: {
    title: 'Register a birth',
    summary: 'Has your baby been born? Register the birth within 3 days. It is free.',
    description:
      `Has your child been born? Congratulations! You register the birth within 3 days. Does the third day fall on a weekend or public holiday? Then you may do it on the next working day.\n\n` +
      `You register the birth in the municipality where your child was born. Was your child born at home in ${m.name}, or in a hospital in ${m.name}? Then you register with us. We then make a birth certificate and register your child at your address.\n\n` +
      `Are you not married and do you not have a registered partnership? Then the father or co-mother must first acknowledge the child (erkenning). Preferably do this before the birth. Acknowledgement is free.`,
    forWhom: `For parents of a child born in ${m.name}. Can a parent not do it? Then someone else who was present at the birth may register it.`,
    conditions: [
      'You register the birth within 3 days.',
      'A parent registers the birth, or someone who was present at the birth.',
      'If you are not married: the child has been acknowledged by the other parent.',
    ],
    bring: [
      'Your own valid proof of identity.',
      'The deed of acknowledgement if you already have one.',
      'A statement about the choice of surname if you have made one.',
    ],
    leadTime: 'You receive the birth certificate straight after registering. Your child is usually registered within 1 working day.',
    howTo:
      `Online: log in with DigiD at ${m.portal} and choose "Register a birth". This is possible if the parents are married or the child has already been acknowledged.\n` +
      `At the desk: make an appointment in ${m.hallEn}. You get an appointment within 3 days.`,
  },
});

const overlijden: Builder = (m) => ({
  slug: 'overlijden-aangeven',
  audience: ['inwoner'],
  categories: ['burgerzaken'],
  leadTimeDays: 6,
  channels: { online: false, appointment: true, phone: true, desk: true },
  prices: [],
  keywords: ['overlijden', 'overleden', 'aangifte overlijden', 'overlijdensakte', 'sterfgeval', 'dood', 'begrafenis', 'crematie', 'uitvaart', 'uitvaartondernemer', 'death'],
  related: ['uittreksel-brp-aanvragen', 'kwijtschelding-gemeentelijke-belastingen', 'schuldhulp'],
  title: 'Overlijden aangeven',
  summary: 'Is er iemand overleden? Dan moet het overlijden worden aangegeven bij de gemeente. Meestal regelt de uitvaartondernemer dit voor u.',
  description:
    `Als iemand overlijdt, moet dit bij de gemeente worden aangegeven. Dat gebeurt in de gemeente waar de persoon is overleden. Meestal doet de uitvaartondernemer dit voor u. Daar hoeft u dan zelf niets voor te doen.\n\n` +
    `Na de aangifte maken wij een akte van overlijden. Ook geven wij toestemming voor de begrafenis of crematie. De begrafenis of crematie is op zijn vroegst 36 uur en uiterlijk 6 werkdagen na het overlijden. Wilt u eerder of later? Vraag dan uitstel of een ontheffing aan.\n\n` +
    `Wij geven het overlijden door aan andere overheden, zoals de Belastingdienst en de SVB. Heeft u hulp nodig bij het regelen van de geldzaken na een overlijden? Neem dan contact op met ${m.socialTeam}.`,
  forWhom: `Voor nabestaanden en uitvaartondernemers als iemand in ${m.name} is overleden.`,
  conditions: [
    'De aangifte wordt gedaan door de uitvaartondernemer of door een familielid.',
    'Een arts heeft een verklaring van overlijden gemaakt.',
    'De aangifte gebeurt vóór de begrafenis of crematie.',
  ],
  bring: [
    'De verklaring van overlijden van de arts.',
    'Het identiteitsbewijs van de overledene, als dat er is.',
    'Uw eigen geldige identiteitsbewijs.',
  ],
  leadTime: 'U krijgt de akte van overlijden en het verlof tot begraven of cremeren direct na de aangifte.',
  howTo:
    `Meestal regelt de uitvaartondernemer de aangifte. Wilt u het zelf doen? Bel de gemeente of maak een afspraak bij de balie in ${m.hall}. Wij helpen u dan zo snel mogelijk.`,
  en: {
    title: 'Register a death',
    summary: 'Has someone died? Then the death must be registered with the municipality. Usually the funeral director does this for you.',
    description:
      `When someone dies, this must be registered with the municipality. This is done in the municipality where the person died. Usually the funeral director does this for you. You then do not have to do anything yourself.\n\n` +
      `After the registration we make a death certificate. We also give permission for the burial or cremation. The burial or cremation takes place no earlier than 36 hours and no later than 6 working days after the death. Do you want it earlier or later? Then apply for an exemption.\n\n` +
      `We pass the death on to other government bodies, such as the Tax Administration and the SVB. Do you need help with the finances after a death? Then contact ${m.socialTeamEn}.`,
    forWhom: `For next of kin and funeral directors when someone has died in ${m.name}.`,
    conditions: [
      'The death is registered by the funeral director or by a family member.',
      'A doctor has made a statement of death.',
      'The registration takes place before the burial or cremation.',
    ],
    bring: [
      "The doctor's statement of death.",
      'The proof of identity of the deceased, if available.',
      'Your own valid proof of identity.',
    ],
    leadTime: 'You receive the death certificate and the permission for burial or cremation straight after the registration.',
    howTo:
      `Usually the funeral director registers the death. Do you want to do it yourself? Call the municipality or make an appointment at the desk in ${m.hallEn}. We will help you as soon as possible.`,
  },
});

const huwelijk: Builder = (m) => ({
  slug: 'huwelijk-of-partnerschap',
  audience: ['inwoner'],
  categories: ['burgerzaken'],
  leadTimeDays: 14,
  channels: { online: true, appointment: true, phone: true, desk: false },
  prices: prices(
    line('Trouwen of partnerschap, maandag tot en met donderdag', 'Wedding or partnership, Monday to Thursday', m.fees.huwelijkDoordeweeks),
    line('Trouwen of partnerschap, vrijdag of zaterdag', 'Wedding or partnership, Friday or Saturday', m.fees.huwelijkVrijdagZaterdag),
    line('Toeslag voor een eigen trouwlocatie', 'Extra fee for a location of your own choice', m.fees.huwelijkEigenLocatie),
    line('Eigen trouwambtenaar voor 1 dag (babs)', 'Your own registrar for 1 day (babs)', m.fees.huwelijkEigenTrouwambtenaar),
  ),
  keywords: ['trouwen', 'huwelijk', 'huwen', 'bruiloft', 'geregistreerd partnerschap', 'partnerschap', 'samenleven', 'melding voorgenomen huwelijk', 'ondertrouw', 'trouwlocatie', 'trouwambtenaar', 'babs', 'gratis trouwen', 'getuigen', 'wedding', 'marriage'],
  related: ['uittreksel-brp-aanvragen', 'naturalisatie', 'evenementenvergunning'],
  title: 'Trouwen of geregistreerd partnerschap',
  summary: 'Wilt u trouwen of een geregistreerd partnerschap aangaan? Doe eerst een melding bij de gemeente. Daarna kiest u een datum, een locatie en een trouwambtenaar.',
  description:
    `Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan doet u eerst een melding van uw plan. Vroeger heette dit ondertrouw. U doet de melding minstens 2 weken en hoogstens 1 jaar voor de datum.\n\n` +
    `U kunt trouwen in ${m.weddingVenues}. Een andere plek in ${m.name} kan ook, als die veilig en openbaar toegankelijk is. Dan betaalt u een toeslag. U kiest zelf een trouwambtenaar (babs) of u neemt iemand mee die u kent.\n\n` +
    `Wilt u gratis trouwen? Dat kan ${m.freeWedding}. De ceremonie is dan kort en eenvoudig, met 2 getuigen. Een geregistreerd partnerschap lijkt veel op een huwelijk. Het verschil zit vooral in hoe u het weer kunt beëindigen.`,
  forWhom: 'Voor iedereen van 18 jaar of ouder die wil trouwen of een geregistreerd partnerschap wil aangaan. Minstens één van u woont in Nederland, of u trouwt in onze gemeente.',
  conditions: [
    'U bent allebei 18 jaar of ouder.',
    'U bent niet al getrouwd of geregistreerd met iemand anders.',
    'U heeft 2 tot 4 getuigen van 18 jaar of ouder.',
    'U doet de melding minstens 2 weken voor de trouwdatum.',
  ],
  bring: [
    'DigiD voor de online melding, of een geldig identiteitsbewijs aan de balie.',
    'De namen en kopieën van de identiteitsbewijzen van uw getuigen.',
    'Bent u in het buitenland geboren? Dan uw geboorteakte, soms vertaald en gelegaliseerd.',
  ],
  leadTime: 'Reserveer de datum en locatie ruim op tijd. Populaire data in het voorjaar en de zomer zijn vaak een jaar van tevoren vol. Na de melding moet u minstens 2 weken wachten.',
  howTo:
    `1. Reserveer online of telefonisch een datum, tijd en locatie.\n` +
    `2. Doe de melding voorgenomen huwelijk of partnerschap online met DigiD op ${m.portal}.\n` +
    '3. Geef de namen van uw getuigen door.\n' +
    '4. De trouwambtenaar neemt voor de ceremonie contact met u op voor een kennismaking.',
  en: {
    title: 'Marriage or registered partnership',
    summary: 'Do you want to get married or enter into a registered partnership? First give notice to the municipality. Then you choose a date, a location and a registrar.',
    description:
      `Do you want to get married or enter into a registered partnership? Then you first give notice of your plan. This used to be called ondertrouw. You give notice at least 2 weeks and at most 1 year before the date.\n\n` +
      `You can get married in ${m.weddingVenuesEn}. Another place in ${m.name} is also possible, if it is safe and open to the public. You then pay an extra fee. You choose a registrar (babs) yourself, or you bring someone you know.\n\n` +
      `Do you want to marry for free? That is possible ${m.freeWeddingEn}. The ceremony is then short and simple, with 2 witnesses. A registered partnership is very similar to a marriage. The main difference is how you can end it.`,
    forWhom: 'For everyone aged 18 or over who wants to get married or enter into a registered partnership. At least one of you lives in the Netherlands, or you marry in our municipality.',
    conditions: [
      'You are both 18 or older.',
      'You are not already married or in a registered partnership with someone else.',
      'You have 2 to 4 witnesses aged 18 or over.',
      'You give notice at least 2 weeks before the wedding date.',
    ],
    bring: [
      'DigiD for giving notice online, or a valid proof of identity at the desk.',
      'The names and copies of the proofs of identity of your witnesses.',
      'Were you born abroad? Then your birth certificate, sometimes translated and legalised.',
    ],
    leadTime: 'Book the date and location well in advance. Popular dates in spring and summer are often fully booked a year ahead. After giving notice you must wait at least 2 weeks.',
    howTo:
      `1. Book a date, time and location online or by phone.\n` +
      `2. Give notice of your intended marriage or partnership online with DigiD at ${m.portal}.\n` +
      '3. Pass on the names of your witnesses.\n' +
      '4. The registrar contacts you before the ceremony to get to know you.',
  },
});

const vog: Builder = (m) => ({
  slug: 'verklaring-omtrent-het-gedrag',
  audience: ['inwoner', 'ondernemer'],
  categories: ['burgerzaken', 'werk-en-inkomen'],
  leadTimeDays: 28,
  channels: { online: true, appointment: true, phone: false, desk: true },
  prices: prices(line('Verklaring omtrent het gedrag (VOG)', 'Certificate of Conduct (VOG)', national.vog, national.vog2027)),
  keywords: ['vog', 'verklaring omtrent gedrag', 'verklaring van goed gedrag', 'bewijs van goed gedrag', 'goed gedrag', 'justis', 'gratis vog', 'vrijwilliger', 'nieuwe baan', 'certificate of conduct'],
  related: ['werk-zoeken', 'uittreksel-brp-aanvragen', 'exploitatievergunning-horeca'],
  title: 'Verklaring Omtrent het Gedrag (VOG) aanvragen',
  summary: 'Vraagt uw werkgever of vereniging om een VOG? Daarmee laat u zien dat u geen strafbare feiten heeft gepleegd die belangrijk zijn voor uw werk.',
  description:
    `Een Verklaring Omtrent het Gedrag (VOG) is een bewijs van goed gedrag. Daarmee laat u zien dat u geen strafbare feiten heeft gepleegd die belangrijk zijn voor een baan of taak. Bijvoorbeeld voor werk met kinderen, in de zorg of als taxichauffeur.\n\n` +
    `De dienst Justis van het ministerie van Justitie en Veiligheid beslist of u een VOG krijgt. Meestal vraagt uw werkgever de VOG voor u aan. U krijgt dan een e-mail met een link en rondt de aanvraag af met DigiD.\n\n` +
    `Heeft u geen DigiD? Dan kunt u de VOG aanvragen bij de balie in ${m.hall}. Bent u vrijwilliger bij een organisatie die met kinderen of kwetsbare mensen werkt? Dan kan de VOG gratis zijn. Vraag dit na bij uw organisatie.`,
  forWhom: 'Voor iedereen die van een werkgever, school, vereniging of vergunningverlener een VOG moet laten zien.',
  conditions: [
    'U heeft het aanvraagformulier, ingevuld door uw werkgever of organisatie.',
    `Aanvragen aan de balie kan als u in ${m.name} staat ingeschreven.`,
    'De VOG is niet langer dan 3 maanden oud als u hem inlevert.',
  ],
  bring: [
    'Het aanvraagformulier, deels ingevuld door uw werkgever of organisatie.',
    'Een geldig identiteitsbewijs.',
    'Een pinpas om te betalen (aan de balie).',
  ],
  leadTime: 'Justis beslist meestal binnen 1 tot 4 weken. De VOG komt per post naar uw huisadres.',
  howTo:
    'Online: vul de aanvraag in via de link van uw werkgever, log in met DigiD en betaal met iDEAL.\n' +
    `Aan de balie: maak een afspraak in ${m.hall}. Neem het formulier en uw identiteitsbewijs mee. Wij sturen de aanvraag door naar Justis.`,
  en: {
    title: 'Apply for a Certificate of Conduct (VOG)',
    summary: 'Does your employer or club ask for a VOG? It shows that you have not committed any criminal offences that matter for your work.',
    description:
      `A Certificate of Conduct (Verklaring Omtrent het Gedrag, VOG) is proof of good conduct. It shows that you have not committed any criminal offences that matter for a job or task. For example for work with children, in healthcare or as a taxi driver.\n\n` +
      `Justis, an agency of the Ministry of Justice and Security, decides whether you get a VOG. Usually your employer applies for the VOG for you. You then receive an email with a link and complete the application with DigiD.\n\n` +
      `No DigiD? Then you can apply for the VOG at the desk in ${m.hallEn}. Are you a volunteer at an organisation that works with children or vulnerable people? Then the VOG may be free. Ask your organisation about this.`,
    forWhom: 'For everyone who has to show a VOG to an employer, school, club or licensing authority.',
    conditions: [
      'You have the application form, filled in by your employer or organisation.',
      `You can apply at the desk if you are registered in ${m.name}.`,
      'The VOG is no older than 3 months when you hand it in.',
    ],
    bring: [
      'The application form, partly filled in by your employer or organisation.',
      'A valid proof of identity.',
      'A debit card to pay (at the desk).',
    ],
    leadTime: 'Justis usually decides within 1 to 4 weeks. The VOG is sent by post to your home address.',
    howTo:
      "Online: fill in the application via your employer's link, log in with DigiD and pay with iDEAL.\n" +
      `At the desk: make an appointment in ${m.hallEn}. Bring the form and your proof of identity. We forward the application to Justis.`,
  },
});

const naturalisatie: Builder = (m) => ({
  slug: 'naturalisatie',
  audience: ['inwoner'],
  categories: ['burgerzaken'],
  leadTimeDays: 365,
  channels: appointmentDesk,
  prices: prices(
    line('Naturalisatie, 1 persoon', 'Naturalisation, 1 person', national.naturalisatie),
    line('Naturalisatie, partners samen', 'Naturalisation, partners together', national.naturalisatiePartners),
    line('Per minderjarig kind dat meedoet', 'Per minor child included', national.naturalisatieKind),
  ),
  keywords: ['naturalisatie', 'nederlander worden', 'nederlandse nationaliteit', 'nationaliteit', 'inburgering', 'ind', 'optie', 'naturaliseren', 'paspoort nederlands', 'naturalisatieceremonie', 'citizenship'],
  related: ['paspoort-aanvragen', 'uittreksel-brp-aanvragen', 'huwelijk-of-partnerschap'],
  title: 'Naturalisatie: Nederlander worden',
  summary: 'Wilt u de Nederlandse nationaliteit? U vraagt naturalisatie aan bij de gemeente. De IND beslist over uw aanvraag.',
  description:
    `Woont u al langer in Nederland en wilt u Nederlander worden? Dan kunt u naturalisatie aanvragen. Dat doet u bij de gemeente waar u woont. De Immigratie- en Naturalisatiedienst (IND) beslist daarna over uw aanvraag.\n\n` +
    `Meestal moet u minstens 5 jaar zonder onderbreking in Nederland wonen. U heeft een geldige verblijfsvergunning en u heeft het inburgeringsexamen gehaald. Soms moet u uw oude nationaliteit opgeven.\n\n` +
    `Krijgt u de Nederlandse nationaliteit? Dan nodigen wij u uit voor de naturalisatieceremonie in ${m.hall}. U legt daar de verklaring van verbondenheid af. Pas daarna bent u Nederlander.`,
  forWhom: `Voor inwoners van ${m.name} van 18 jaar of ouder die Nederlander willen worden. Uw minderjarige kinderen kunnen meedoen.`,
  conditions: [
    'U bent 18 jaar of ouder.',
    'U woont minstens 5 jaar zonder onderbreking in Nederland met een geldige verblijfsvergunning.',
    'U heeft het inburgeringsexamen gehaald of bent daarvan vrijgesteld.',
    'U heeft de afgelopen 4 jaar geen ernstige strafbare feiten gepleegd.',
  ],
  bring: [
    'Uw geldige paspoort en verblijfsdocument.',
    'Uw inburgeringsdiploma of bewijs van vrijstelling.',
    'Uw geboorteakte, gelegaliseerd en vertaald als dat nodig is.',
    'Een pinpas om te betalen.',
  ],
  leadTime: 'De IND beslist binnen 1 jaar. Daarna volgt binnen 3 maanden de ceremonie.',
  howTo:
    `1. Maak een afspraak voor een intakegesprek in ${m.hall}.\n` +
    '2. Wij controleren uw documenten en u betaalt de kosten.\n' +
    '3. Wij sturen uw aanvraag naar de IND.\n' +
    '4. U krijgt bericht van de IND. Bij een positief besluit nodigen wij u uit voor de ceremonie.',
  en: {
    title: 'Naturalisation: becoming Dutch',
    summary: 'Do you want Dutch nationality? You apply for naturalisation at the municipality. The IND decides on your application.',
    description:
      `Have you lived in the Netherlands for a while and do you want to become Dutch? Then you can apply for naturalisation. You do this at the municipality where you live. The Immigration and Naturalisation Service (IND) then decides on your application.\n\n` +
      `Usually you must have lived in the Netherlands for at least 5 years without a break. You have a valid residence permit and you have passed the civic integration exam. Sometimes you have to give up your old nationality.\n\n` +
      `Do you get Dutch nationality? Then we invite you to the naturalisation ceremony in ${m.hallEn}. There you make the declaration of solidarity. Only after that are you Dutch.`,
    forWhom: `For residents of ${m.name} aged 18 or over who want to become Dutch. Your minor children can be included.`,
    conditions: [
      'You are 18 or older.',
      'You have lived in the Netherlands for at least 5 years without a break with a valid residence permit.',
      'You have passed the civic integration exam or are exempt from it.',
      'You have not committed any serious criminal offences in the last 4 years.',
    ],
    bring: [
      'Your valid passport and residence document.',
      'Your civic integration diploma or proof of exemption.',
      'Your birth certificate, legalised and translated if needed.',
      'A debit card to pay.',
    ],
    leadTime: 'The IND decides within 1 year. The ceremony follows within 3 months after that.',
    howTo:
      `1. Make an appointment for an intake interview in ${m.hallEn}.\n` +
      '2. We check your documents and you pay the fees.\n' +
      '3. We send your application to the IND.\n' +
      '4. You hear from the IND. If the decision is positive, we invite you to the ceremony.',
  },
});

const stemmen: Builder = (m) => ({
  slug: 'stemmen-bij-verkiezingen',
  audience: ['inwoner'],
  categories: ['burgerzaken'],
  leadTimeDays: null,
  channels: { online: true, appointment: false, phone: true, desk: true },
  prices: [],
  keywords: ['stemmen', 'verkiezingen', 'verkiezing', 'stempas', 'stempas kwijt', 'kiezerspas', 'volmacht', 'stembureau', 'stembiljet', 'kiezen', 'gemeenteraadsverkiezingen', 'stemlokaal', 'vote', 'election'],
  related: ['verhuizing-doorgeven', 'identiteitskaart-aanvragen', 'paspoort-aanvragen'],
  title: 'Stemmen bij verkiezingen',
  summary: 'Stem mee bij verkiezingen. Lees hoe u stemt, wat u doet als uw stempas kwijt is en hoe u iemand anders voor u laat stemmen.',
  description:
    `Bij verkiezingen kiest u wie er namens u beslist. Bijvoorbeeld in de gemeenteraad, de Tweede Kamer of het Europees Parlement. Ongeveer 2 weken voor de verkiezing krijgt u een stempas thuis. Daarmee stemt u in elk stembureau in ${m.name}.\n\n` +
    `Neem naar het stembureau uw stempas en een identiteitsbewijs mee. Dat identiteitsbewijs mag tot 5 jaar verlopen zijn. In het stemhokje kleurt u met het rode potlood één vakje rood op het stembiljet.\n\n` +
    `Kunt u zelf niet stemmen? Dan kunt u iemand anders machtigen. Dat heet een volmacht. Wilt u in een andere gemeente stemmen? Vraag dan een kiezerspas aan. Bent u uw stempas kwijt? Vraag dan een nieuwe aan. De oude stempas is daarna niet meer geldig.`,
  forWhom: `Voor inwoners van ${m.name} die mogen stemmen. Bij de gemeenteraadsverkiezingen mogen ook inwoners zonder Nederlandse nationaliteit stemmen als zij hier lang genoeg wonen.`,
  conditions: [
    'U bent op de dag van de verkiezing 18 jaar of ouder.',
    'U heeft het kiesrecht voor deze verkiezing.',
    'Een nieuwe stempas of kiezerspas vraagt u uiterlijk 5 dagen voor de verkiezing schriftelijk aan, of uiterlijk de dag ervoor om 12.00 uur aan de balie.',
  ],
  bring: [
    'Uw stempas.',
    'Een identiteitsbewijs, niet langer dan 5 jaar verlopen.',
    'Bij een volmacht: de ingevulde stempas van de ander en een kopie van diens identiteitsbewijs.',
  ],
  leadTime: 'U krijgt de stempas uiterlijk 14 dagen voor de verkiezing. Een nieuwe stempas of kiezerspas krijgt u aan de balie direct mee.',
  howTo:
    `Stemmen: ga op de verkiezingsdag tussen 7.30 en 21.00 uur naar een stembureau naar keuze in ${m.name}.\n` +
    `Nieuwe stempas, kiezerspas of volmacht: vraag dit online aan op ${m.portal} of kom langs bij de balie in ${m.hall}.\n` +
    'Een volmacht aan iemand anders geven: vul de achterkant van uw stempas in en geef die met een kopie van uw identiteitsbewijs mee.',
  en: {
    title: 'Voting in elections',
    summary: 'Vote in elections. Read how to vote, what to do if you have lost your polling card and how to let someone else vote for you.',
    description:
      `In elections you choose who decides on your behalf. For example in the municipal council, the House of Representatives or the European Parliament. About 2 weeks before the election you receive a polling card (stempas) at home. With it you can vote at any polling station in ${m.name}.\n\n` +
      `Take your polling card and a proof of identity to the polling station. The proof of identity may have expired up to 5 years ago. In the voting booth you use the red pencil to colour in one box on the ballot paper.\n\n` +
      `Can you not vote yourself? Then you can authorise someone else. This is called a proxy vote. Do you want to vote in another municipality? Then apply for a voter's pass (kiezerspas). Have you lost your polling card? Then apply for a new one. The old polling card is then no longer valid.`,
    forWhom: `For residents of ${m.name} who are allowed to vote. In municipal elections, residents without Dutch nationality may also vote if they have lived here long enough.`,
    conditions: [
      'You are 18 or older on election day.',
      'You have the right to vote in this election.',
      'You apply for a new polling card or voter\'s pass in writing no later than 5 days before the election, or at the desk no later than 12 noon the day before.',
    ],
    bring: [
      'Your polling card.',
      'A proof of identity, expired no longer than 5 years ago.',
      "For a proxy vote: the other person's signed polling card and a copy of their proof of identity.",
    ],
    leadTime: 'You receive your polling card no later than 14 days before the election. A new polling card or voter\'s pass is handed to you straight away at the desk.',
    howTo:
      `Voting: on election day go to any polling station in ${m.name} between 7.30 am and 9 pm.\n` +
      `New polling card, voter's pass or proxy: apply online at ${m.portal} or come to the desk in ${m.hallEn}.\n` +
      'Giving a proxy to someone else: fill in the back of your polling card and give it to them with a copy of your proof of identity.',
  },
});

const lintje: Builder = (m) => ({
  slug: 'koninklijke-onderscheiding',
  audience: ['inwoner'],
  categories: ['burgerzaken', 'vrije-tijd-en-evenementen'],
  leadTimeDays: null,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: [],
  keywords: ['lintje', 'lintjesregen', 'koninklijke onderscheiding', 'onderscheiding', 'ridder', 'lid in de orde van oranje-nassau', 'decoratie', 'vrijwilliger', 'voordragen', 'erepenning', 'jeugdlintje', 'royal decoration'],
  related: ['sportsubsidie', 'mantelzorgwaardering', 'evenementenvergunning'],
  title: 'Koninklijke onderscheiding (lintje) aanvragen',
  summary: 'Kent u iemand die zich al jaren bijzonder inzet voor anderen? Draag die persoon dan voor voor een lintje.',
  description:
    `Een koninklijke onderscheiding, ook wel lintje, is een beloning voor mensen die iets bijzonders doen voor de samenleving. Bijvoorbeeld als vrijwilliger bij een sportclub, in de kerk, in de zorg of in de buurt. Meestal gaat het om inzet van minstens 15 jaar.\n\n` +
    `U kunt iemand voordragen bij de burgemeester. De persoon zelf weet daar nog niets van. Het blijft dus een verrassing. Wij onderzoeken de aanvraag en sturen een advies naar het ministerie. De Koning beslist.\n\n` +
    `De meeste lintjes worden uitgereikt bij de jaarlijkse lintjesregen, de dag voor Koningsdag. Een lintje voor een ander moment kan ook, bijvoorbeeld bij een jubileum of afscheid. De gemeente ${m.name} reikt ook een eigen erepenning en een jeugdlintje uit voor jonge mensen die zich inzetten.`,
  forWhom: `Voor iedereen die een inwoner van ${m.name} wil voordragen voor een onderscheiding.`,
  conditions: [
    'De persoon zet zich langdurig en bijzonder in voor de samenleving.',
    'Voor de lintjesregen dient u de aanvraag in vóór 1 juni van het jaar ervoor.',
    'Voor een ander moment dient u de aanvraag minstens 6 maanden van tevoren in.',
    'U vraagt 2 mensen om een steunbrief te schrijven.',
  ],
  bring: [
    'Een beschrijving van wat de persoon doet, sinds wanneer en hoeveel uur per week.',
    'Twee steunbrieven van mensen of organisaties die de persoon kennen.',
    'De gegevens van de persoon: naam, adres en geboortedatum.',
  ],
  leadTime: 'De behandeling duurt ongeveer 8 tot 10 maanden.',
  howTo:
    `1. Neem contact op met het Kabinet van de burgemeester van ${m.name}. Wij vertellen u of de kans op een lintje groot genoeg is.\n` +
    '2. Vul het formulier in en verzamel de steunbrieven.\n' +
    '3. Stuur alles naar de burgemeester. Houd het geheim voor de persoon zelf.',
  en: {
    title: 'Nominate someone for a royal decoration',
    summary: 'Do you know someone who has been doing something special for others for years? Then nominate that person for a royal decoration (lintje).',
    description:
      `A royal decoration, also called a lintje (ribbon), is a reward for people who do something special for society. For example as a volunteer at a sports club, in church, in care or in the neighbourhood. It usually concerns at least 15 years of commitment.\n\n` +
      `You can nominate someone with the mayor. The person does not know about it yet. So it stays a surprise. We look into the nomination and send advice to the ministry. The King decides.\n\n` +
      `Most decorations are presented at the yearly ceremony (lintjesregen) the day before King's Day. A decoration at another moment is also possible, for example at an anniversary or farewell. The municipality of ${m.name} also awards its own medal of honour and a youth ribbon for young people who make an effort.`,
    forWhom: `For anyone who wants to nominate a resident of ${m.name} for a decoration.`,
    conditions: [
      'The person has made a long and special effort for society.',
      'For the yearly ceremony you submit the nomination before 1 June of the previous year.',
      'For another moment you submit the nomination at least 6 months in advance.',
      'You ask 2 people to write a letter of support.',
    ],
    bring: [
      'A description of what the person does, since when and how many hours a week.',
      'Two letters of support from people or organisations who know the person.',
      "The person's details: name, address and date of birth.",
    ],
    leadTime: 'Handling takes about 8 to 10 months.',
    howTo:
      `1. Contact the mayor's office of ${m.name}. We tell you whether the chance of a decoration is high enough.\n` +
      '2. Fill in the form and collect the letters of support.\n' +
      '3. Send everything to the mayor. Keep it secret from the person.',
  },
});

// ---------------------------------------------------------------------------
// Parkeren en verkeer
// ---------------------------------------------------------------------------

const parkeervergunning: Builder = (m) => ({
  slug: 'parkeervergunning-bewoners',
  audience: ['inwoner'],
  categories: ['parkeren-en-verkeer'],
  leadTimeDays: 2,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Parkeervergunning, eerste auto, per jaar', 'Parking permit, first car, per year', m.fees.parkeerEersteAuto),
    line('Parkeervergunning, tweede auto, per jaar', 'Parking permit, second car, per year', m.fees.parkeerTweedeAuto),
  ),
  keywords: ['parkeervergunning', 'parkeervergunningen', 'bewonersvergunning', 'vergunning parkeren', 'parkeren', 'parkeerplek', 'parkeerplaats', 'auto', 'kenteken', 'kenteken wijzigen', 'parkeerzone', 'betaald parkeren', 'parking permit'],
  related: ['bezoekersparkeren', 'gehandicaptenparkeerkaart', 'verhuizing-doorgeven'],
  title: 'Parkeervergunning voor bewoners aanvragen',
  summary: `Woont u in ${m.parkingArea}? Met een parkeervergunning voor bewoners parkeert u uw auto in uw eigen zone zonder parkeerautomaat.`,
  description:
    `In ${m.parkingArea} betaalt u voor parkeren: ${m.paidParkingHours}. Woont u daar? Dan kunt u een parkeervergunning voor bewoners aanvragen. U parkeert dan in uw eigen zone zonder te betalen bij de automaat.\n\n` +
    `De vergunning is digitaal. Hij hoort bij het kenteken van uw auto. U krijgt dus geen kaart achter de voorruit. Heeft u een nieuwe auto? Wijzig dan het kenteken online. Dat is gratis.\n\n` +
    `Per adres kunt u maximaal 2 vergunningen krijgen. Een vergunning geeft geen recht op een vaste parkeerplek. Bent u een bedrijf? Neem dan contact op met de gemeente over een bedrijfsvergunning.`,
  forWhom: `Voor bewoners van ${m.parkingArea} met een auto op hun naam, een lease-auto of een auto van de zaak.`,
  conditions: [
    'U staat ingeschreven op een adres in het vergunninggebied.',
    'De auto staat op uw naam, of u gebruikt een lease-auto of auto van de zaak.',
    'U heeft geen eigen parkeerplaats, garage of oprit.',
    'Er zijn maximaal 2 vergunningen per adres.',
  ],
  bring: [
    'DigiD.',
    'Het kenteken van uw auto.',
    'Bij een lease-auto of auto van de zaak: een verklaring van uw werkgever of leasemaatschappij.',
  ],
  leadTime: 'Meestal is uw vergunning binnen 2 werkdagen actief. U krijgt een e-mail als hij geldig is.',
  howTo:
    `1. Log in met DigiD op ${m.portal} en kies "Parkeervergunning aanvragen".\n` +
    '2. Vul het kenteken in en voeg eventueel de verklaring van uw werkgever toe.\n' +
    '3. Betaal met iDEAL of kies voor automatische incasso.\n' +
    '4. U krijgt bericht als de vergunning geldig is.',
  en: {
    title: 'Apply for a residents\' parking permit',
    summary: `Do you live in ${m.parkingAreaEn}? With a residents' parking permit you park your car in your own zone without using the parking meter.`,
    description:
      `In ${m.parkingAreaEn} you pay for parking: ${m.paidParkingHoursEn}. Do you live there? Then you can apply for a residents' parking permit. You then park in your own zone without paying at the meter.\n\n` +
      `The permit is digital. It is linked to your car's registration number. So you do not get a card behind your windscreen. Do you have a new car? Change the registration number online. This is free.\n\n` +
      `You can get up to 2 permits per address. A permit does not give you a fixed parking space. Are you a business? Then contact the municipality about a business permit.`,
    forWhom: `For residents of ${m.parkingAreaEn} with a car in their name, a lease car or a company car.`,
    conditions: [
      'You are registered at an address in the permit area.',
      'The car is in your name, or you use a lease car or company car.',
      'You do not have your own parking space, garage or driveway.',
      'There are up to 2 permits per address.',
    ],
    bring: [
      'DigiD.',
      "Your car's registration number.",
      'For a lease car or company car: a statement from your employer or lease company.',
    ],
    leadTime: 'Your permit is usually active within 2 working days. You receive an email when it is valid.',
    howTo:
      `1. Log in with DigiD at ${m.portal} and choose "Apply for a parking permit".\n` +
      "2. Fill in the registration number and, if needed, add your employer's statement.\n" +
      '3. Pay with iDEAL or choose direct debit.\n' +
      '4. You receive a message when the permit is valid.',
  },
});

const bezoekersparkeren: Builder = (m) => ({
  slug: 'bezoekersparkeren',
  audience: ['inwoner'],
  categories: ['parkeren-en-verkeer'],
  leadTimeDays: 2,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(line('Bezoekersparkeren, per uur', 'Visitor parking, per hour', m.fees.bezoekersUur)),
  keywords: ['bezoekersparkeren', 'bezoekersvergunning', 'bezoek', 'visite', 'parkeren bezoek', 'bezoekerskaart', 'parkeerapp', 'gasten', 'kenteken bezoek', 'visitor parking'],
  related: ['parkeervergunning-bewoners', 'gehandicaptenparkeerkaart'],
  title: 'Bezoekersparkeren regelen',
  summary: 'Krijgt u bezoek met de auto? Met de bezoekersregeling parkeert uw bezoek tegen een laag tarief in uw buurt.',
  description:
    `Woont u in ${m.parkingArea}? Dan kunt u uw bezoek aanmelden met de bezoekersregeling. Uw bezoek parkeert dan voor een laag uurtarief in uw eigen zone. U meldt het kenteken van uw bezoek aan en af in de app of op de website.\n\n` +
    `Per adres krijgt u ${m.bezoekersUrenPerJaar} uur per jaar tegen het lage tarief. U betaalt alleen de uren die uw bezoek echt parkeert. U hoeft hiervoor geen eigen parkeervergunning te hebben.\n\n` +
    `Heeft u geen smartphone of computer? Bel dan de gemeente. Wij helpen u bij het aanmelden van uw bezoek.`,
  forWhom: `Voor bewoners van ${m.parkingArea} die bezoek met de auto krijgen.`,
  conditions: [
    'U staat ingeschreven op een adres in het vergunninggebied.',
    `U gebruikt maximaal ${m.bezoekersUrenPerJaar} uur per jaar.`,
    'U meldt het juiste kenteken van uw bezoek aan.',
  ],
  bring: [
    'DigiD om de bezoekersregeling aan te vragen.',
    'Een betaalrekening voor de automatische incasso.',
  ],
  leadTime: 'Na uw aanvraag kunt u binnen 2 werkdagen bezoek aanmelden.',
  howTo:
    `1. Vraag de bezoekersregeling aan met DigiD op ${m.portal}.\n` +
    '2. U krijgt een inlogcode voor de parkeerapp en de website.\n' +
    '3. Meld het kenteken van uw bezoek aan als het komt, en af als het weggaat.\n' +
    '4. De kosten schrijven wij elke maand af van uw rekening.',
  en: {
    title: 'Arrange visitor parking',
    summary: 'Do you have visitors coming by car? With the visitor scheme your visitors park in your area at a low rate.',
    description:
      `Do you live in ${m.parkingAreaEn}? Then you can register your visitors with the visitor scheme. Your visitors then park in your own zone at a low hourly rate. You start and stop the parking for your visitor's registration number in the app or on the website.\n\n` +
      `Each address gets ${m.bezoekersUrenPerJaar} hours a year at the low rate. You only pay for the hours your visitors actually park. You do not need a parking permit of your own for this.\n\n` +
      `Do you not have a smartphone or computer? Then call the municipality. We will help you register your visitors.`,
    forWhom: `For residents of ${m.parkingAreaEn} who have visitors coming by car.`,
    conditions: [
      'You are registered at an address in the permit area.',
      `You use up to ${m.bezoekersUrenPerJaar} hours a year.`,
      "You enter your visitor's correct registration number.",
    ],
    bring: [
      'DigiD to apply for the visitor scheme.',
      'A bank account for the direct debit.',
    ],
    leadTime: 'After you apply you can register visitors within 2 working days.',
    howTo:
      `1. Apply for the visitor scheme with DigiD at ${m.portal}.\n` +
      '2. You receive a login code for the parking app and the website.\n' +
      "3. Start parking for your visitor's registration number when they arrive, and stop it when they leave.\n" +
      '4. We debit the costs from your account every month.',
  },
});

const gehandicaptenparkeerkaart: Builder = (m) => ({
  slug: 'gehandicaptenparkeerkaart',
  audience: ['inwoner'],
  categories: ['parkeren-en-verkeer', 'zorg-en-welzijn'],
  leadTimeDays: 56,
  channels: { online: true, appointment: false, phone: true, desk: true },
  prices: prices(line('Gehandicaptenparkeerkaart, inclusief medische keuring', 'Disabled parking card, including medical assessment', m.fees.gehandicaptenkaart)),
  keywords: ['gehandicaptenparkeerkaart', 'gpk', 'invalidenkaart', 'invalidenparkeerkaart', 'parkeerkaart', 'gehandicapt', 'beperking', 'slecht ter been', 'blauwe zone', 'blauwe kaart', 'disabled parking'],
  related: ['gehandicaptenparkeerplaats', 'hulpmiddelen-en-woningaanpassing', 'parkeervergunning-bewoners'],
  title: 'Gehandicaptenparkeerkaart aanvragen',
  summary: 'Kunt u door een ziekte of beperking niet ver lopen? Met een gehandicaptenparkeerkaart mag u op speciale plekken parkeren.',
  description:
    `Met een gehandicaptenparkeerkaart (GPK) mag u parkeren op een algemene gehandicaptenparkeerplaats. U mag soms ook langer parkeren in een blauwe zone. De kaart geldt in heel Nederland en in de meeste landen van Europa.\n\n` +
    `Er is een kaart voor bestuurders en een kaart voor passagiers. Met een passagierskaart mag de auto alleen op de speciale plek staan als u zelf meerijdt.\n\n` +
    `Een onafhankelijke arts onderzoekt of u de kaart nodig heeft. U kunt met uw beperking maximaal 100 meter lopen, ook met een hulpmiddel. Of u heeft hulp nodig bij het in- en uitstappen. De kaart is maximaal 5 jaar geldig.`,
  forWhom: `Voor inwoners van ${m.name} met een ziekte of beperking die langer dan 6 maanden duurt en die daardoor niet ver kunnen lopen.`,
  conditions: [
    `U staat ingeschreven in de gemeente ${m.name}.`,
    'Uw beperking duurt naar verwachting 6 maanden of langer.',
    'U kunt maximaal 100 meter lopen, of u bent als passagier afhankelijk van hulp.',
    'U werkt mee aan een medische keuring.',
  ],
  bring: [
    'Een recente pasfoto.',
    'Een kopie van uw rijbewijs, als u zelf rijdt.',
    'Informatie over uw ziekte of beperking, bijvoorbeeld brieven van uw specialist.',
  ],
  leadTime: 'Wij beslissen binnen 8 weken. De medische keuring zit in die tijd.',
  howTo:
    `1. Vraag de kaart aan met DigiD op ${m.portal}, of vraag een papieren formulier aan.\n` +
    '2. Betaal de kosten. Daarna nodigt een arts u uit voor een keuring.\n' +
    '3. Wij beslissen op basis van het advies van de arts.\n' +
    '4. Krijgt u de kaart? Dan sturen wij hem per post naar u toe.',
  en: {
    title: 'Apply for a disabled parking card',
    summary: 'Are you unable to walk far because of an illness or disability? With a disabled parking card you may park in special spaces.',
    description:
      `With a disabled parking card (GPK) you may park in a general disabled parking space. Sometimes you may also park longer in a blue zone. The card is valid throughout the Netherlands and in most European countries.\n\n` +
      `There is a card for drivers and a card for passengers. With a passenger card the car may only use the special space if you are travelling in it yourself.\n\n` +
      `An independent doctor assesses whether you need the card. With your disability you can walk no more than 100 metres, also with a walking aid. Or you need help getting in and out of the car. The card is valid for up to 5 years.`,
    forWhom: `For residents of ${m.name} with an illness or disability lasting longer than 6 months that means they cannot walk far.`,
    conditions: [
      `You are registered in the municipality of ${m.name}.`,
      'Your disability is expected to last 6 months or longer.',
      'You can walk no more than 100 metres, or as a passenger you depend on help.',
      'You take part in a medical assessment.',
    ],
    bring: [
      'A recent passport photo.',
      'A copy of your driving licence, if you drive yourself.',
      'Information about your illness or disability, for example letters from your specialist.',
    ],
    leadTime: 'We decide within 8 weeks. The medical assessment is included in this time.',
    howTo:
      `1. Apply for the card with DigiD at ${m.portal}, or ask for a paper form.\n` +
      '2. Pay the costs. A doctor will then invite you for an assessment.\n' +
      "3. We decide based on the doctor's advice.\n" +
      '4. Do you get the card? Then we send it to you by post.',
  },
});

const gehandicaptenparkeerplaats: Builder = (m) => ({
  slug: 'gehandicaptenparkeerplaats',
  audience: ['inwoner'],
  categories: ['parkeren-en-verkeer', 'zorg-en-welzijn'],
  leadTimeDays: 84,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: m.fees.gehandicaptenplaats > 0
    ? prices(line('Gehandicaptenparkeerplaats op kenteken', 'Disabled parking space for your registration number', m.fees.gehandicaptenplaats))
    : [],
  keywords: ['gehandicaptenparkeerplaats', 'invalidenparkeerplaats', 'parkeerplaats op kenteken', 'eigen parkeerplaats', 'gehandicaptenplek', 'parkeerplek voor de deur', 'gehandicapt', 'beperking', 'disabled parking space'],
  related: ['gehandicaptenparkeerkaart', 'hulpmiddelen-en-woningaanpassing', 'parkeervergunning-bewoners'],
  title: 'Gehandicaptenparkeerplaats aanvragen',
  summary: 'Heeft u een gehandicaptenparkeerkaart en kunt u in uw straat moeilijk een plek vinden? Vraag dan een parkeerplaats op uw kenteken aan.',
  description:
    `Een gehandicaptenparkeerplaats op kenteken is een parkeerplaats vlak bij uw huis. Alleen de auto met uw kenteken mag daar staan. Op het bord bij de plek staat uw kenteken.\n\n` +
    `U kunt zo'n plek aanvragen als u een gehandicaptenparkeerkaart heeft en u niet op eigen terrein kunt parkeren. Wij kijken ook of er in uw straat vaak te weinig plek is. Voor een nieuwe plek nemen wij een verkeersbesluit. Dat is een officieel besluit dat wij publiceren.\n\n` +
    `Verhuist u, of heeft u de plek niet meer nodig? Geef dit dan aan ons door. Wij halen het bord dan weg.` +
    (m.fees.gehandicaptenplaats > 0 ? '' : ` In ${m.name} is een gehandicaptenparkeerplaats gratis.`),
  forWhom: `Voor inwoners van ${m.name} met een gehandicaptenparkeerkaart voor bestuurders, of voor passagiers die dagelijks met dezelfde auto worden vervoerd.`,
  conditions: [
    'U heeft een geldige gehandicaptenparkeerkaart.',
    'De auto staat op uw naam, of op naam van iemand die u dagelijks vervoert.',
    'U heeft geen eigen parkeerplaats, oprit of garage.',
    'Het is in uw straat vaak moeilijk om een plek te vinden.',
  ],
  bring: [
    'Een kopie van uw gehandicaptenparkeerkaart.',
    'Het kentekenbewijs van de auto.',
    'DigiD voor de online aanvraag.',
  ],
  leadTime: 'De behandeling en het verkeersbesluit duren samen ongeveer 8 tot 12 weken. Daarna plaatsen wij het bord.',
  howTo:
    `1. Vraag de parkeerplaats aan met DigiD op ${m.portal}.\n` +
    '2. Een medewerker kijkt in uw straat naar de situatie.\n' +
    '3. Bij een positief besluit publiceren wij een verkeersbesluit.\n' +
    '4. Daarna leggen wij de plek aan en plaatsen wij het bord met uw kenteken.',
  en: {
    title: 'Apply for a disabled parking space',
    summary: 'Do you have a disabled parking card and is it hard to find a space in your street? Then apply for a parking space linked to your registration number.',
    description:
      `A disabled parking space linked to your registration number is a space close to your home. Only the car with your registration number may park there. Your registration number is shown on the sign next to the space.\n\n` +
      `You can apply for such a space if you have a disabled parking card and cannot park on your own property. We also check whether there are often too few spaces in your street. For a new space we take a traffic decision. This is an official decision that we publish.\n\n` +
      `Are you moving, or do you no longer need the space? Then let us know. We will remove the sign.` +
      (m.fees.gehandicaptenplaats > 0 ? '' : ` In ${m.name} a disabled parking space is free.`),
    forWhom: `For residents of ${m.name} with a disabled parking card for drivers, or for passengers who are driven in the same car every day.`,
    conditions: [
      'You have a valid disabled parking card.',
      'The car is in your name, or in the name of someone who drives you every day.',
      'You do not have your own parking space, driveway or garage.',
      'It is often hard to find a space in your street.',
    ],
    bring: [
      'A copy of your disabled parking card.',
      'The registration certificate of the car.',
      'DigiD for the online application.',
    ],
    leadTime: 'Handling and the traffic decision together take about 8 to 12 weeks. After that we put up the sign.',
    howTo:
      `1. Apply for the parking space with DigiD at ${m.portal}.\n` +
      '2. An officer looks at the situation in your street.\n' +
      '3. If the decision is positive, we publish a traffic decision.\n' +
      '4. Then we create the space and put up the sign with your registration number.',
  },
});

// ---------------------------------------------------------------------------
// Belastingen
// ---------------------------------------------------------------------------

const afvalstoffenheffing: Builder = (m) => ({
  slug: 'afvalstoffenheffing',
  audience: ['inwoner'],
  categories: ['belastingen', 'afval'],
  leadTimeDays: null,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Afvalstoffenheffing, eenpersoonshuishouden, per jaar', 'Waste collection charge, one-person household, per year', m.fees.afvalEenpersoons),
    line('Afvalstoffenheffing, meerpersoonshuishouden, per jaar', 'Waste collection charge, household of two or more, per year', m.fees.afvalMeerpersoons),
  ),
  keywords: ['afvalstoffenheffing', 'afvalheffing', 'afvalbelasting', 'vuilnisbelasting', 'vuilnis', 'huisvuil', 'afval', 'belasting afval', 'aanslag', 'gemeentelijke belastingen', 'waste charge'],
  related: ['kwijtschelding-gemeentelijke-belastingen', 'onroerendezaakbelasting', 'minicontainer-aanvragen', 'grofvuil-laten-ophalen'],
  title: 'Afvalstoffenheffing',
  summary: 'Voor het ophalen en verwerken van uw huisvuil betaalt u elk jaar afvalstoffenheffing. Het bedrag hangt af van het aantal mensen in uw huis.',
  description:
    `De gemeente haalt uw huisvuil op en zorgt dat het wordt verwerkt of gerecycled. Daarvoor betaalt u afvalstoffenheffing. Het bedrag staat op de aanslag gemeentelijke belastingen die u begin februari krijgt.\n\n` +
    `Woont u alleen? Dan betaalt u het tarief voor een eenpersoonshuishouden. Wonen er 2 of meer mensen op uw adres? Dan betaalt u het tarief voor een meerpersoonshuishouden. Wij kijken naar het aantal bewoners op 1 januari.\n\n` +
    `U kunt de aanslag in ${m.taxTerms} maandelijkse termijnen betalen met automatische incasso. Heeft u een laag inkomen? Misschien kunt u kwijtschelding krijgen. Dan hoeft u de heffing niet of maar voor een deel te betalen.`,
  forWhom: `Voor iedereen die op 1 januari in een woning in ${m.name} woont. Meestal krijgt de hoofdbewoner de aanslag.`,
  conditions: [
    'U gebruikt op 1 januari een woning in de gemeente.',
    'Verhuist u in de loop van het jaar? Dan krijgt u een deel van de heffing terug.',
    'Bent u het niet eens met de aanslag? Dan maakt u binnen 6 weken bezwaar.',
  ],
  bring: [
    'Uw aanslagnummer, dat staat op de aanslag.',
    'DigiD om uw aanslag online te bekijken.',
  ],
  leadTime: 'De aanslag komt elk jaar begin februari. Bij automatische incasso betaalt u vanaf eind februari elke maand een termijn.',
  howTo:
    `Bekijk uw aanslag met DigiD op ${m.portal} of in de Berichtenbox van MijnOverheid. Daar regelt u ook de automatische incasso.\n` +
    `Vragen over de aanslag? Neem contact op met ${m.taxOffice}.`,
  en: {
    title: 'Waste collection charge',
    summary: 'For collecting and processing your household waste you pay a waste collection charge every year. The amount depends on the number of people in your home.',
    description:
      `The municipality collects your household waste and makes sure it is processed or recycled. For this you pay a waste collection charge (afvalstoffenheffing). The amount is on the municipal tax bill that you receive at the beginning of February.\n\n` +
      `Do you live alone? Then you pay the rate for a one-person household. Do 2 or more people live at your address? Then you pay the rate for a household of two or more. We look at the number of residents on 1 January.\n\n` +
      `You can pay the bill in ${m.taxTerms} monthly instalments by direct debit. Do you have a low income? You may be able to get a remission. You then pay none or only part of the charge.`,
    forWhom: `For everyone who lives in a home in ${m.name} on 1 January. Usually the main occupant receives the bill.`,
    conditions: [
      'You use a home in the municipality on 1 January.',
      'Are you moving during the year? Then you get part of the charge back.',
      'Do you disagree with the bill? Then lodge an objection within 6 weeks.',
    ],
    bring: [
      'Your assessment number, which is on the bill.',
      'DigiD to view your bill online.',
    ],
    leadTime: 'The bill arrives every year at the beginning of February. With direct debit you pay an instalment every month from the end of February.',
    howTo:
      `View your bill with DigiD at ${m.portal} or in the MijnOverheid message box. You can also set up the direct debit there.\n` +
      `Questions about the bill? Contact ${m.taxOfficeEn}.`,
  },
});

const ozbVoorbeeldWoning = 350000;
const ozbVoorbeeldBedrijf = 500000;

/** OZB example lines: the rate differs per year, so the label does too. */
function ozbLines(
  m: Municipality,
  rate: 'ozbWoning' | 'ozbNietWoningEigenaar' | 'ozbNietWoningGebruiker',
  label: string,
  labelEn: string,
  wozEuro: number,
): PriceLine[][] {
  const rates: [number, number][] = [
    [2026, m.fees[rate]],
    [2027, m.fees[`${rate}2027`]],
  ];
  return rates.map(([year, r]) => [
    {
      year,
      label: `${label}: ${pct(r)} van de WOZ-waarde (voorbeeld: WOZ-waarde ${eur(wozEuro * 100)})`,
      labelEn: `${labelEn}: ${pctEn(r)} of the WOZ value (example: WOZ value ${eurEn(wozEuro * 100)})`,
      amountCents: Math.round(wozEuro * r),
    },
  ]);
}

const onroerendezaakbelasting: Builder = (m) => ({
  slug: 'onroerendezaakbelasting',
  audience: ['inwoner', 'ondernemer'],
  categories: ['belastingen', 'wonen-en-verhuizen'],
  leadTimeDays: null,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    ...ozbLines(m, 'ozbWoning', 'Woning, eigenaar', 'Home, owner', ozbVoorbeeldWoning),
    ...ozbLines(m, 'ozbNietWoningEigenaar', 'Bedrijfspand, eigenaar', 'Business premises, owner', ozbVoorbeeldBedrijf),
    ...ozbLines(m, 'ozbNietWoningGebruiker', 'Bedrijfspand, gebruiker', 'Business premises, user', ozbVoorbeeldBedrijf),
  ),
  keywords: ['ozb', 'onroerendezaakbelasting', 'onroerende zaakbelasting', 'onroerend goed', 'woz', 'huizenbelasting', 'belasting huis', 'eigenaar woning', 'aanslag', 'gemeentelijke belastingen', 'property tax'],
  related: ['woz-waarde-bezwaar', 'rioolheffing', 'afvalstoffenheffing', 'kwijtschelding-gemeentelijke-belastingen'],
  title: 'Onroerendezaakbelasting (OZB)',
  summary: 'Heeft u een huis of bedrijfspand in de gemeente? Dan betaalt u elk jaar onroerendezaakbelasting (OZB). Het bedrag hangt af van de WOZ-waarde.',
  description:
    `Onroerendezaakbelasting (OZB) is een belasting op gebouwen en grond. Met dit geld betaalt de gemeente bijvoorbeeld wegen, groen en sportvelden. De OZB staat op de aanslag gemeentelijke belastingen die u begin februari krijgt.\n\n` +
    `Het bedrag hangt af van de WOZ-waarde van uw pand. WOZ staat voor Waardering Onroerende Zaken. Dat is de waarde die de gemeente elk jaar voor uw pand vaststelt. Voor een woning betaalt alleen de eigenaar OZB. In 2026 is dat in ${m.name} ${pct(m.fees.ozbWoning)} van de WOZ-waarde. Voor een bedrijfspand betalen de eigenaar en de gebruiker allebei.\n\n` +
    `Huurt u een woning? Dan betaalt u geen OZB. Vindt u de WOZ-waarde te hoog? Dan kunt u bezwaar maken.`,
  forWhom: `Voor eigenaren van een woning of ander pand in ${m.name} op 1 januari, en voor gebruikers van een bedrijfspand.`,
  conditions: [
    'U bent op 1 januari eigenaar van een woning of pand in de gemeente, of gebruiker van een bedrijfspand.',
    'Verkoopt u uw huis in de loop van het jaar? Dan betaalt u toch de OZB voor het hele jaar. Dit wordt vaak bij de notaris verrekend.',
    'Bezwaar maakt u binnen 6 weken na de datum op de aanslag.',
  ],
  bring: [
    'Uw aanslagnummer.',
    'DigiD of eHerkenning om uw aanslag online te bekijken.',
  ],
  leadTime: 'De aanslag komt elk jaar begin februari, samen met de WOZ-beschikking.',
  howTo:
    `Bekijk uw aanslag en de WOZ-waarde met DigiD op ${m.portal}. Ondernemers loggen in met eHerkenning.\n` +
    `Betalen kan in ${m.taxTerms} termijnen met automatische incasso, of in één keer.\n` +
    `Vragen? Neem contact op met ${m.taxOffice}.`,
  en: {
    title: 'Property tax (OZB)',
    summary: 'Do you own a house or business premises in the municipality? Then you pay property tax (OZB) every year. The amount depends on the WOZ value.',
    description:
      `Property tax (onroerendezaakbelasting, OZB) is a tax on buildings and land. With this money the municipality pays for things like roads, green spaces and sports fields. The OZB is on the municipal tax bill that you receive at the beginning of February.\n\n` +
      `The amount depends on the WOZ value of your property. WOZ stands for Valuation of Immovable Property. It is the value the municipality sets for your property every year. For a home only the owner pays OZB. In 2026 this is ${pctEn(m.fees.ozbWoning)} of the WOZ value in ${m.name}. For business premises both the owner and the user pay.\n\n` +
      `Do you rent a home? Then you do not pay OZB. Do you think the WOZ value is too high? Then you can lodge an objection.`,
    forWhom: `For owners of a home or other property in ${m.name} on 1 January, and for users of business premises.`,
    conditions: [
      'On 1 January you own a home or property in the municipality, or you use business premises.',
      'Are you selling your house during the year? You still pay OZB for the whole year. This is often settled at the notary.',
      'You lodge an objection within 6 weeks after the date on the bill.',
    ],
    bring: [
      'Your assessment number.',
      'DigiD or eHerkenning to view your bill online.',
    ],
    leadTime: 'The bill arrives every year at the beginning of February, together with the WOZ decision.',
    howTo:
      `View your bill and the WOZ value with DigiD at ${m.portal}. Businesses log in with eHerkenning.\n` +
      `You can pay in ${m.taxTerms} instalments by direct debit, or all at once.\n` +
      `Questions? Contact ${m.taxOfficeEn}.`,
  },
});

const rioolheffing: Builder = (m) => ({
  slug: 'rioolheffing',
  audience: ['inwoner', 'ondernemer'],
  categories: ['belastingen', 'wonen-en-verhuizen'],
  leadTimeDays: null,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(line('Rioolheffing, per aansluiting, per jaar', 'Sewerage charge, per connection, per year', m.fees.rioolheffing)),
  keywords: ['rioolheffing', 'riool', 'rioolbelasting', 'rioolrecht', 'afvalwater', 'regenwater', 'aanslag', 'gemeentelijke belastingen', 'sewerage charge'],
  related: ['onroerendezaakbelasting', 'afvalstoffenheffing', 'kwijtschelding-gemeentelijke-belastingen'],
  title: 'Rioolheffing',
  summary: 'Met de rioolheffing betaalt u mee aan het riool en de afvoer van regenwater. De eigenaar van het pand betaalt deze heffing.',
  description:
    `De gemeente zorgt voor het riool. Het riool voert het vuile water uit huizen en bedrijven af. Ook zorgen wij dat regenwater en grondwater goed weglopen. Zo blijven straten en kelders droog. Daarvoor betaalt u rioolheffing.\n\n` +
    `De eigenaar van een pand dat op het riool is aangesloten betaalt de heffing. In ${m.name} is dat een vast bedrag per aansluiting. De rioolheffing staat op de aanslag gemeentelijke belastingen.\n\n` +
    `Heeft u een laag inkomen en een eigen woning? Dan kunt u misschien kwijtschelding krijgen.`,
  forWhom: `Voor eigenaren van een woning of pand in ${m.name} dat op het riool is aangesloten.`,
  conditions: [
    'U bent op 1 januari eigenaar van een pand dat op het riool is aangesloten.',
    'Bezwaar maakt u binnen 6 weken na de datum op de aanslag.',
  ],
  bring: [
    'Uw aanslagnummer.',
    'DigiD of eHerkenning om uw aanslag online te bekijken.',
  ],
  leadTime: 'De aanslag komt elk jaar begin februari.',
  howTo:
    `Bekijk uw aanslag met DigiD op ${m.portal}. Betaal in ${m.taxTerms} termijnen met automatische incasso, of in één keer. Vragen? Neem contact op met ${m.taxOffice}.`,
  en: {
    title: 'Sewerage charge',
    summary: 'With the sewerage charge you contribute to the sewer system and the drainage of rainwater. The owner of the property pays this charge.',
    description:
      `The municipality takes care of the sewer system. The sewer carries away dirty water from homes and businesses. We also make sure rainwater and groundwater drain away properly. This keeps streets and cellars dry. For this you pay a sewerage charge (rioolheffing).\n\n` +
      `The owner of a property connected to the sewer pays the charge. In ${m.name} it is a fixed amount per connection. The sewerage charge is on the municipal tax bill.\n\n` +
      `Do you have a low income and your own home? Then you may be able to get a remission.`,
    forWhom: `For owners of a home or property in ${m.name} that is connected to the sewer.`,
    conditions: [
      'On 1 January you own a property that is connected to the sewer.',
      'You lodge an objection within 6 weeks after the date on the bill.',
    ],
    bring: [
      'Your assessment number.',
      'DigiD or eHerkenning to view your bill online.',
    ],
    leadTime: 'The bill arrives every year at the beginning of February.',
    howTo:
      `View your bill with DigiD at ${m.portal}. Pay in ${m.taxTerms} instalments by direct debit, or all at once. Questions? Contact ${m.taxOfficeEn}.`,
  },
});

const wozBezwaar: Builder = (m) => ({
  slug: 'woz-waarde-bezwaar',
  audience: ['inwoner', 'ondernemer'],
  categories: ['belastingen', 'wonen-en-verhuizen'],
  leadTimeDays: 84,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: [],
  keywords: ['woz', 'woz-waarde', 'woz waarde', 'bezwaar woz', 'woz bezwaar', 'bezwaar maken', 'taxatieverslag', 'waarde huis', 'woz-beschikking', 'te hoog', 'objection'],
  related: ['onroerendezaakbelasting', 'rioolheffing', 'kwijtschelding-gemeentelijke-belastingen'],
  title: 'Bezwaar maken tegen de WOZ-waarde',
  summary: 'Vindt u de WOZ-waarde van uw huis te hoog of te laag? Maak dan binnen 6 weken gratis bezwaar.',
  description:
    `De gemeente stelt elk jaar de WOZ-waarde van uw huis of pand vast. WOZ staat voor Waardering Onroerende Zaken. Wij kijken daarvoor naar de verkoopprijzen van vergelijkbare huizen rond 1 januari van het jaar ervoor. De WOZ-waarde telt mee voor de OZB, de inkomstenbelasting en soms voor uw huur.\n\n` +
    `Vindt u de waarde niet juist? Bekijk dan eerst het taxatieverslag online. Daarin ziet u met welke huizen wij uw huis hebben vergeleken. Klopt er iets niet? Bel ons dan gerust. Vaak lossen wij het samen op. Bent u het daarna nog niet eens? Maak dan bezwaar.\n\n` +
    `Bezwaar maken is gratis. Let op: sommige bureaus maken bezwaar voor u op basis van "no cure, no pay". Dat is niet nodig. U kunt het ook zelf doen.`,
  forWhom: `Voor eigenaren en huurders van een woning in ${m.name}, en voor eigenaren en gebruikers van een bedrijfspand.`,
  conditions: [
    'U maakt bezwaar binnen 6 weken na de datum op de WOZ-beschikking.',
    'U legt uit waarom u de waarde niet juist vindt.',
    'Tijdens het bezwaar moet u de aanslag wel op tijd betalen. U krijgt geld terug als u gelijk krijgt.',
  ],
  bring: [
    'Uw aanslagnummer of WOZ-objectnummer.',
    'De reden van uw bezwaar, bijvoorbeeld verkoopprijzen van vergelijkbare huizen.',
    "Eventueel foto's van achterstallig onderhoud of gebreken.",
  ],
  leadTime: 'U krijgt binnen 6 weken een ontvangstbevestiging. Wij nemen meestal binnen 12 weken een besluit.',
  howTo:
    `1. Bekijk uw WOZ-waarde en het taxatieverslag met DigiD op ${m.portal} of op wozwaardeloket.nl.\n` +
    `2. Bel ${m.taxOffice} als u vragen heeft.\n` +
    '3. Maak online bezwaar met DigiD, of stuur een brief met uw naam, adres, aanslagnummer, de reden en uw handtekening.\n' +
    '4. Soms komt een taxateur bij u thuis kijken. Daarna krijgt u een besluit.',
  en: {
    title: 'Object to the WOZ value',
    summary: 'Do you think the WOZ value of your home is too high or too low? Then lodge an objection within 6 weeks, free of charge.',
    description:
      `Every year the municipality sets the WOZ value of your home or property. WOZ stands for Valuation of Immovable Property. We look at the selling prices of similar homes around 1 January of the previous year. The WOZ value counts for the property tax (OZB), income tax and sometimes your rent.\n\n` +
      `Do you think the value is wrong? Then first look at the valuation report online. It shows which homes we compared your home with. Is something not right? Feel free to call us. We often solve it together. Do you still disagree? Then lodge an objection.\n\n` +
      `Lodging an objection is free. Please note: some agencies lodge objections for you on a "no cure, no pay" basis. That is not necessary. You can also do it yourself.`,
    forWhom: `For owners and tenants of a home in ${m.name}, and for owners and users of business premises.`,
    conditions: [
      'You lodge your objection within 6 weeks after the date on the WOZ decision.',
      'You explain why you think the value is wrong.',
      'During the objection you must still pay the bill on time. You get money back if you are proved right.',
    ],
    bring: [
      'Your assessment number or WOZ object number.',
      'The reason for your objection, for example selling prices of similar homes.',
      'If useful, photos of overdue maintenance or defects.',
    ],
    leadTime: 'You receive an acknowledgement within 6 weeks. We usually decide within 12 weeks.',
    howTo:
      `1. View your WOZ value and the valuation report with DigiD at ${m.portal} or on wozwaardeloket.nl.\n` +
      `2. Call ${m.taxOfficeEn} if you have questions.\n` +
      '3. Lodge your objection online with DigiD, or send a letter with your name, address, assessment number, the reason and your signature.\n' +
      '4. Sometimes a valuer comes to look at your home. After that you receive a decision.',
  },
});

const kwijtschelding: Builder = (m) => ({
  slug: 'kwijtschelding-gemeentelijke-belastingen',
  audience: ['inwoner'],
  categories: ['belastingen', 'werk-en-inkomen'],
  leadTimeDays: 56,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: [],
  keywords: ['kwijtschelding', 'kwijtschelden', 'belasting niet betalen', 'laag inkomen', 'geen geld', 'vrijstelling', 'aanslag betalen', 'betalingsregeling', 'gemeentelijke belastingen', 'afvalstoffenheffing kwijtschelding', 'remission'],
  related: ['afvalstoffenheffing', 'bijzondere-bijstand', 'schuldhulp', 'individuele-inkomenstoeslag'],
  title: 'Kwijtschelding gemeentelijke belastingen aanvragen',
  summary: 'Heeft u een laag inkomen en weinig spaargeld? Dan hoeft u de gemeentelijke belastingen misschien niet te betalen. Dat heet kwijtschelding.',
  description:
    `Kwijtschelding betekent dat u een belasting niet of maar voor een deel hoeft te betalen. U kunt kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing. Voor de OZB en de hondenbelasting kan dat niet.\n\n` +
    `Wij kijken naar uw inkomen, uw vaste lasten en uw spaargeld. Heeft u een bijstandsuitkering of alleen AOW? Dan krijgt u meestal kwijtschelding. Kreeg u vorig jaar ook kwijtschelding? Dan kijken wij soms automatisch of u er weer recht op heeft. U krijgt daarover een brief.\n\n` +
    `Zolang wij uw aanvraag behandelen, hoeft u de aanslag nog niet te betalen. Heeft u ook andere geldzorgen? Neem dan contact op met ${m.socialTeam}.`,
  forWhom: `Voor inwoners van ${m.name} met een laag inkomen en weinig of geen spaargeld. Ondernemers kunnen alleen kwijtschelding krijgen voor privébelastingen.`,
  conditions: [
    'Uw inkomen is niet hoger dan ongeveer de bijstandsnorm.',
    'U heeft weinig of geen spaargeld en geen auto met een hoge waarde.',
    'U vraagt kwijtschelding aan binnen 3 maanden na de datum op de aanslag.',
  ],
  bring: [
    'Uw aanslag gemeentelijke belastingen.',
    'Bewijs van uw inkomen, bijvoorbeeld een loonstrook of uitkeringsspecificatie.',
    'Afschriften van al uw bankrekeningen van de laatste 3 maanden.',
    'Bewijs van vaste lasten, zoals huur en zorgverzekering.',
  ],
  leadTime: 'U krijgt binnen 8 weken een besluit.',
  howTo:
    `1. Vraag kwijtschelding aan met DigiD op ${m.portal}, of vraag een formulier aan.\n` +
    '2. Stuur de bewijsstukken mee.\n' +
    '3. Wij controleren uw gegevens en sturen u een besluit.\n' +
    `Hulp nodig bij het invullen? ${m.socialTeam.charAt(0).toUpperCase()}${m.socialTeam.slice(1)} helpt u gratis.`,
  en: {
    title: 'Apply for remission of municipal taxes',
    summary: 'Do you have a low income and few savings? Then you may not have to pay the municipal taxes. This is called remission.',
    description:
      `Remission (kwijtschelding) means that you do not have to pay a tax, or only part of it. You can apply for remission of the waste collection charge and the sewerage charge. This is not possible for property tax (OZB) and dog tax.\n\n` +
      `We look at your income, your fixed costs and your savings. Do you receive social assistance or only the state pension (AOW)? Then you will usually get remission. Did you also get remission last year? Then we sometimes check automatically whether you are entitled again. You will receive a letter about this.\n\n` +
      `While we handle your application, you do not have to pay. Do you have other money worries as well? Then contact ${m.socialTeamEn}.`,
    forWhom: `For residents of ${m.name} with a low income and few or no savings. Business owners can only get remission for private taxes.`,
    conditions: [
      'Your income is no higher than about the social assistance level.',
      'You have few or no savings and no car of high value.',
      'You apply within 3 months after the date on the bill.',
    ],
    bring: [
      'Your municipal tax bill.',
      'Proof of your income, for example a payslip or benefit statement.',
      'Statements of all your bank accounts for the last 3 months.',
      'Proof of fixed costs, such as rent and health insurance.',
    ],
    leadTime: 'You receive a decision within 8 weeks.',
    howTo:
      `1. Apply for remission with DigiD at ${m.portal}, or ask for a form.\n` +
      '2. Send the supporting documents.\n' +
      '3. We check your details and send you a decision.\n' +
      `Need help filling it in? ${m.socialTeamEn.charAt(0).toUpperCase()}${m.socialTeamEn.slice(1)} will help you for free.`,
  },
});

const hondenbelasting: Builder = (m) => ({
  slug: 'hondenbelasting',
  audience: ['inwoner'],
  categories: ['belastingen'],
  leadTimeDays: null,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Hondenbelasting, eerste hond, per jaar', 'Dog tax, first dog, per year', m.fees.hondEerste),
    line('Hondenbelasting, elke volgende hond, per jaar', 'Dog tax, each additional dog, per year', m.fees.hondVolgende),
    line('Hondenbelasting, kennel, per jaar', 'Dog tax, kennel, per year', m.fees.kennel),
  ),
  keywords: ['hondenbelasting', 'hond', 'honden', 'hond aanmelden', 'hond afmelden', 'puppy', 'kennel', 'hondenpenning', 'belasting hond', 'dog tax'],
  related: ['afvalstoffenheffing', 'kwijtschelding-gemeentelijke-belastingen', 'melding-openbare-ruimte'],
  title: 'Hondenbelasting: hond aanmelden of afmelden',
  summary: 'Heeft u een hond? Dan betaalt u hondenbelasting. Meld een nieuwe hond binnen 1 maand aan, en meld hem af als u hem niet meer heeft.',
  description:
    `Heeft u een hond die ouder is dan 3 maanden? Dan betaalt u in ${m.name} hondenbelasting. Met dit geld houden wij onder meer hondenuitlaatplaatsen schoon en plaatsen wij afvalbakken voor hondenpoep.\n\n` +
    `Krijgt u een hond? Meld hem dan binnen 1 maand aan. Is uw hond overleden, of heeft u hem weggegeven? Meld hem dan af. U betaalt dan minder of krijgt geld terug. Verhuist u buiten de gemeente? Dan hoeft u de hond niet af te melden. Dat gaat vanzelf.\n\n` +
    `Voor een hulphond, zoals een blindengeleidehond of assistentiehond, betaalt u geen hondenbelasting. Wij controleren soms aan huis of honden zijn aangemeld.`,
  forWhom: `Voor iedereen in ${m.name} die een of meer honden heeft, en voor eigenaren van een kennel.`,
  conditions: [
    'U meldt een hond binnen 1 maand aan.',
    'U betaalt per hond. Een volgende hond is duurder dan de eerste.',
    'Voor een erkende hulphond betaalt u niets.',
  ],
  bring: [
    'DigiD.',
    'De datum waarop u de hond kreeg of niet meer heeft.',
    'Bij een hulphond: een bewijs van de erkende opleiding.',
  ],
  leadTime: 'U krijgt binnen 4 weken een (nieuwe) aanslag of een bevestiging van de afmelding.',
  howTo:
    `Meld uw hond aan of af met DigiD op ${m.portal}. U kunt ook bellen met ${m.taxOffice}. De hondenbelasting staat op de aanslag gemeentelijke belastingen.`,
  en: {
    title: 'Dog tax: register or deregister a dog',
    summary: 'Do you have a dog? Then you pay dog tax. Register a new dog within 1 month, and deregister it when you no longer have it.',
    description:
      `Do you have a dog older than 3 months? Then you pay dog tax in ${m.name}. With this money we keep dog walking areas clean and place bins for dog waste, among other things.\n\n` +
      `Are you getting a dog? Then register it within 1 month. Has your dog died, or have you given it away? Then deregister it. You will then pay less or get money back. Are you moving out of the municipality? Then you do not need to deregister the dog. That happens automatically.\n\n` +
      `For an assistance dog, such as a guide dog, you do not pay dog tax. We sometimes check at people's homes whether dogs have been registered.`,
    forWhom: `For everyone in ${m.name} who has one or more dogs, and for kennel owners.`,
    conditions: [
      'You register a dog within 1 month.',
      'You pay per dog. An additional dog costs more than the first.',
      'You pay nothing for a recognised assistance dog.',
    ],
    bring: [
      'DigiD.',
      'The date on which you got the dog or no longer had it.',
      'For an assistance dog: proof of the recognised training.',
    ],
    leadTime: 'Within 4 weeks you receive a (new) tax bill or a confirmation of the deregistration.',
    howTo:
      `Register or deregister your dog with DigiD at ${m.portal}. You can also call ${m.taxOfficeEn}. The dog tax is on the municipal tax bill.`,
  },
});

// ---------------------------------------------------------------------------
// Afval
// ---------------------------------------------------------------------------

const grofvuil: Builder = (m) => ({
  slug: 'grofvuil-laten-ophalen',
  audience: ['inwoner'],
  categories: ['afval'],
  leadTimeDays: 14,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(line(`Grofvuil ophalen, vanaf de ${m.grofvuilGratis + 1}e keer per jaar`, `Bulky waste collection, from collection ${m.grofvuilGratis + 1} in a year`, m.fees.grofvuilExtra)),
  keywords: ['grofvuil', 'grof vuil', 'grofvuil ophalen', 'grof afval', 'grofafval', 'vuilnis', 'huisvuil', 'bank', 'bankstel', 'matras', 'kast', 'meubels', 'oude meubels', 'weggooien', 'meubels weggooien', 'wasmachine', 'koelkast', 'ophaalafspraak', 'bulky waste'],
  related: ['milieustraat', 'afvalpas', 'klein-chemisch-afval', 'afvalstoffenheffing'],
  title: 'Grofvuil laten ophalen',
  summary: `Heeft u een oude bank, matras of kast? Maak een afspraak en wij halen uw grofvuil op. ${m.grofvuilGratis} keer per jaar is dat gratis.`,
  description:
    `Grofvuil is afval dat te groot is voor uw container. Bijvoorbeeld meubels, een matras, een tapijt of een fiets. Ook grote elektrische apparaten zoals een wasmachine of koelkast halen wij op. U maakt hiervoor een afspraak.\n\n` +
    `Elk huishouden mag ${m.grofvuilGratis} keer per jaar gratis grofvuil laten ophalen. Per keer mag u maximaal 2 kubieke meter aanbieden. Dat is ongeveer een aanhangwagen vol. Daarna betaalt u ${eur(m.fees.grofvuilExtra)} per keer.\n\n` +
    `Zet het grofvuil op de ophaaldag vóór 7.30 uur aan de straat, op de plek waar ook uw container staat. Wij nemen geen bouwafval, puin, asbest of chemisch afval mee. Dat brengt u zelf naar ${m.milieustraat}. Is uw spul nog bruikbaar? Denk dan ook aan de kringloopwinkel.`,
  forWhom: `Voor alle huishoudens in ${m.name} die afvalstoffenheffing betalen.`,
  conditions: [
    'U maakt vooraf een afspraak.',
    'U biedt maximaal 2 kubieke meter per keer aan.',
    'Stukken zijn niet langer dan 2 meter en niet zwaarder dan 30 kilo per stuk.',
    'Geen bouwafval, puin, asbest, autobanden of chemisch afval.',
  ],
  bring: [
    'Uw adres en postcode.',
    'Een lijstje van wat u wilt laten ophalen.',
  ],
  leadTime: 'Wij halen het grofvuil meestal binnen 2 weken op. U kiest zelf een datum in de afsprakenagenda.',
  howTo:
    `1. Maak online een afspraak op ${m.portal} of bel de gemeente.\n` +
    '2. Geef door wat u aanbiedt. U krijgt een bevestiging met de ophaaldatum.\n' +
    '3. Zet het grofvuil op de ophaaldag vóór 7.30 uur netjes aan de straat.',
  en: {
    title: 'Have bulky waste collected',
    summary: `Do you have an old sofa, mattress or cupboard? Make an appointment and we will collect your bulky waste. ${m.grofvuilGratis} times a year this is free.`,
    description:
      `Bulky waste is waste that is too big for your bin. For example furniture, a mattress, a carpet or a bicycle. We also collect large electrical appliances such as a washing machine or fridge. You make an appointment for this.\n\n` +
      `Every household may have bulky waste collected ${m.grofvuilGratis} times a year for free. Each time you may put out up to 2 cubic metres. That is about one trailer load. After that you pay ${eurEn(m.fees.grofvuilExtra)} per collection.\n\n` +
      `Put the bulky waste out on the collection day before 7.30 am, where your bin usually stands. We do not take building waste, rubble, asbestos or chemical waste. You take that to ${m.milieustraatEn} yourself. Can your things still be used? Then also think of the second-hand shop.`,
    forWhom: `For all households in ${m.name} that pay the waste collection charge.`,
    conditions: [
      'You make an appointment in advance.',
      'You put out up to 2 cubic metres per collection.',
      'Items are no longer than 2 metres and no heavier than 30 kilos each.',
      'No building waste, rubble, asbestos, car tyres or chemical waste.',
    ],
    bring: [
      'Your address and postcode.',
      'A list of what you want collected.',
    ],
    leadTime: 'We usually collect the bulky waste within 2 weeks. You choose a date in the appointment calendar.',
    howTo:
      `1. Make an appointment online at ${m.portal} or call the municipality.\n` +
      '2. Tell us what you are putting out. You receive a confirmation with the collection date.\n' +
      '3. Put the bulky waste out neatly on the collection day before 7.30 am.',
  },
});

const afvalpas: Builder = (m) => ({
  slug: 'afvalpas',
  audience: ['inwoner'],
  categories: ['afval'],
  leadTimeDays: 10,
  channels: { online: true, appointment: false, phone: true, desk: true },
  prices: prices(line('Nieuwe afvalpas bij verlies of schade', 'New waste pass if lost or damaged', m.fees.afvalpasVervangen)),
  keywords: ['afvalpas', 'afvalpasje', 'milieupas', 'pas milieustraat', 'pas kwijt', 'ondergrondse container', 'verzamelcontainer', 'pas ondergrondse container', 'waste pass'],
  related: ['milieustraat', 'minicontainer-aanvragen', 'verhuizing-doorgeven'],
  title: 'Afvalpas aanvragen of vervangen',
  summary: 'Met de afvalpas opent u de ondergrondse container in uw buurt en komt u binnen bij de milieustraat. Bent u uw pas kwijt? Vraag dan een nieuwe aan.',
  description:
    `Met de afvalpas opent u de ondergrondse containers voor restafval in uw buurt. U heeft de pas ook nodig om uw afval gratis naar ${m.milieustraat} te brengen. Elk adres krijgt één afvalpas.\n\n` +
    `Komt u nieuw in ${m.name} wonen? Dan krijgt u de afvalpas vanzelf binnen 2 weken na uw inschrijving. De pas hoort bij uw adres. Verhuist u binnen of buiten de gemeente? Laat de pas dan achter in de woning.\n\n` +
    `Bent u de pas kwijt of werkt hij niet meer? Blokkeer hem dan meteen en vraag een nieuwe aan. Een kapotte pas vervangen wij gratis. Voor een pas die kwijt is betaalt u ${eur(m.fees.afvalpasVervangen)}.`,
  forWhom: `Voor alle huishoudens in ${m.name}.`,
  conditions: [
    'Er is één afvalpas per adres.',
    'U blokkeert een verloren pas zo snel mogelijk.',
    'Een kapotte pas levert u in bij de balie of stuurt u op.',
  ],
  bring: [
    'Uw adres en postcode.',
    'Het pasnummer, als u dat weet.',
  ],
  leadTime: 'U krijgt de nieuwe pas binnen 10 werkdagen per post.',
  howTo:
    `Vraag een nieuwe afvalpas aan op ${m.portal} of bel de gemeente. Wij blokkeren de oude pas meteen. De nieuwe pas sturen wij naar uw huisadres.`,
  en: {
    title: 'Apply for or replace a waste pass',
    summary: 'With the waste pass you open the underground container in your area and you can enter the recycling centre. Have you lost your pass? Then apply for a new one.',
    description:
      `With the waste pass you open the underground containers for residual waste in your area. You also need the pass to take your waste to ${m.milieustraatEn} for free. Every address gets one waste pass.\n\n` +
      `Are you new to ${m.name}? Then you automatically receive the waste pass within 2 weeks after registering. The pass belongs to your address. Are you moving within or out of the municipality? Then leave the pass in the home.\n\n` +
      `Have you lost the pass or does it no longer work? Then block it straight away and apply for a new one. We replace a broken pass for free. For a lost pass you pay ${eurEn(m.fees.afvalpasVervangen)}.`,
    forWhom: `For all households in ${m.name}.`,
    conditions: [
      'There is one waste pass per address.',
      'You block a lost pass as soon as possible.',
      'You hand in a broken pass at the desk or send it to us.',
    ],
    bring: [
      'Your address and postcode.',
      'The pass number, if you know it.',
    ],
    leadTime: 'You receive the new pass by post within 10 working days.',
    howTo:
      `Apply for a new waste pass at ${m.portal} or call the municipality. We block the old pass straight away. We send the new pass to your home address.`,
  },
});

const minicontainer: Builder = (m) => ({
  slug: 'minicontainer-aanvragen',
  audience: ['inwoner'],
  categories: ['afval'],
  leadTimeDays: 14,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Extra minicontainer (eenmalig)', 'Extra wheelie bin (one-off)', m.fees.containerExtra),
    line('Nieuwe minicontainer bij verlies of diefstal', 'New wheelie bin after loss or theft', m.fees.containerKwijt),
  ),
  keywords: ['minicontainer', 'container', 'kliko', 'vuilnisbak', 'vuilnisbakken', 'afvalbak', 'containers', 'gft', 'gft-container', 'pmd', 'papiercontainer', 'restafval', 'container kapot', 'container vervangen', 'container gestolen', 'vuilnis', 'wheelie bin'],
  related: ['afvalpas', 'afvalstoffenheffing', 'grofvuil-laten-ophalen'],
  title: 'Minicontainer aanvragen, vervangen of repareren',
  summary: 'Is uw minicontainer (kliko) kapot, gestolen of te klein? Vraag een reparatie, een nieuwe of een extra container aan.',
  description:
    `Bij de meeste huizen in ${m.name} staan minicontainers voor gft (groente-, fruit- en tuinafval), papier en pmd (plastic, metalen verpakkingen en drinkpakken). Sommige mensen noemen dit een kliko. De containers zijn van de gemeente en horen bij uw adres.\n\n` +
    `Is uw container kapot? Bijvoorbeeld een wiel, het deksel of de handgreep? Dan repareren of vervangen wij hem gratis. Is de container gestolen of kwijt? Dan betaalt u ${eur(m.fees.containerKwijt)} voor een nieuwe.\n\n` +
    `Heeft u een grote tuin of een groot gezin? Dan kunt u een extra container of een grotere container aanvragen. Voor een extra container betaalt u eenmalig ${eur(m.fees.containerExtra)}.`,
  forWhom: `Voor huishoudens in ${m.name} met eigen minicontainers.`,
  conditions: [
    'De container hoort bij uw adres. Verhuist u? Laat hem dan staan.',
    'Zet uw huisnummer of postcode op de container.',
    'Een kapotte container wordt alleen vervangen als hij niet door verkeerd gebruik kapot is gegaan.',
  ],
  bring: [
    'Uw adres en postcode.',
    'Het soort container (gft, papier of pmd) en wat er kapot is.',
  ],
  leadTime: 'Een reparatie of nieuwe container regelen wij binnen 2 weken.',
  howTo:
    `Vraag de reparatie of een nieuwe container aan op ${m.portal} of bel de gemeente. Laat een kapotte container op de afgesproken dag aan de straat staan. Wij nemen hem dan mee of repareren hem ter plekke.`,
  en: {
    title: 'Apply for, replace or repair a wheelie bin',
    summary: 'Is your wheelie bin (kliko) broken, stolen or too small? Request a repair, a new bin or an extra bin.',
    description:
      `Most homes in ${m.name} have wheelie bins for organic waste (gft: vegetable, fruit and garden waste), paper and pmd (plastic, metal packaging and drink cartons). Some people call this a kliko. The bins belong to the municipality and stay with your address.\n\n` +
      `Is your bin broken? For example a wheel, the lid or the handle? Then we repair or replace it for free. Has the bin been stolen or lost? Then you pay ${eurEn(m.fees.containerKwijt)} for a new one.\n\n` +
      `Do you have a big garden or a large family? Then you can apply for an extra bin or a larger bin. For an extra bin you pay a one-off ${eurEn(m.fees.containerExtra)}.`,
    forWhom: `For households in ${m.name} with their own wheelie bins.`,
    conditions: [
      'The bin belongs to your address. Moving house? Then leave it there.',
      'Put your house number or postcode on the bin.',
      'A broken bin is only replaced if it was not broken by misuse.',
    ],
    bring: [
      'Your address and postcode.',
      'The type of bin (organic, paper or pmd) and what is broken.',
    ],
    leadTime: 'We arrange a repair or a new bin within 2 weeks.',
    howTo:
      `Request the repair or a new bin at ${m.portal} or call the municipality. Leave a broken bin outside on the agreed day. We will then take it away or repair it on the spot.`,
  },
});

const kca: Builder = (m) => ({
  slug: 'klein-chemisch-afval',
  audience: ['inwoner'],
  categories: ['afval'],
  leadTimeDays: null,
  channels: { online: false, appointment: false, phone: false, desk: true },
  prices: [],
  keywords: ['klein chemisch afval', 'kca', 'chemisch afval', 'gevaarlijk afval', 'verf', 'batterijen', 'accu', 'spuitbus', 'medicijnen', 'lampen', 'tl-buis', 'olie', 'bestrijdingsmiddelen', 'chemokar', 'hazardous waste'],
  related: ['milieustraat', 'grofvuil-laten-ophalen', 'afvalpas'],
  title: 'Klein chemisch afval wegbrengen',
  summary: `Verf, batterijen, spuitbussen en medicijnen horen niet bij het gewone afval. Breng ze gratis naar ${m.milieustraat}.`,
  description:
    `Klein chemisch afval (KCA) is afval dat schadelijk is voor mens en natuur. Bijvoorbeeld verf, lijm, terpentine, batterijen, spuitbussen, lampen, olie, onkruidbestrijder en oude medicijnen. Gooi dit nooit bij het restafval en nooit door de gootsteen of wc.\n\n` +
    `U brengt klein chemisch afval gratis naar ${m.milieustraat}. Laat het afval in de originele verpakking zitten, of schrijf op wat erin zit. Medicijnen en naalden kunt u ook inleveren bij uw apotheek. Batterijen en lampjes kunt u inleveren in de winkel.\n\n` +
    `Heeft u asbest? Dat valt niet onder klein chemisch afval. Lees daarvoor de informatie bij Sloopmelding doen.`,
  forWhom: `Voor inwoners van ${m.name} met een kleine hoeveelheid chemisch afval uit het huishouden. Bedrijven regelen hun eigen afvoer.`,
  conditions: [
    'U brengt maximaal 25 kilo of 25 liter per keer.',
    'Het afval zit in een gesloten verpakking, het liefst de originele.',
    'Alleen afval uit uw eigen huishouden.',
  ],
  bring: [
    'Uw afvalpas.',
    'Het afval in goed gesloten verpakking, niet los in een plastic zak.',
  ],
  leadTime: 'U kunt het afval tijdens de openingstijden direct afgeven.',
  howTo:
    `Breng het afval naar ${m.milieustraat}. Openingstijden: ${m.milieustraatHours}. Laat uw afvalpas zien en geef het afval af bij de medewerker van het KCA-depot.`,
  en: {
    title: 'Drop off household hazardous waste',
    summary: `Paint, batteries, aerosol cans and medicines do not belong in ordinary waste. Take them to ${m.milieustraatEn} free of charge.`,
    description:
      `Household hazardous waste (klein chemisch afval, KCA) is waste that is harmful to people and nature. For example paint, glue, white spirit, batteries, aerosol cans, lamps, oil, weed killer and old medicines. Never put this with the residual waste and never pour it down the sink or toilet.\n\n` +
      `You take household hazardous waste to ${m.milieustraatEn} free of charge. Keep the waste in its original packaging, or write down what is in it. You can also hand in medicines and needles at your pharmacy. You can hand in batteries and small lamps at shops.\n\n` +
      `Do you have asbestos? That is not household hazardous waste. Read the information under Report demolition work.`,
    forWhom: `For residents of ${m.name} with a small amount of hazardous waste from their household. Businesses arrange their own disposal.`,
    conditions: [
      'You bring up to 25 kilos or 25 litres at a time.',
      'The waste is in closed packaging, preferably the original.',
      'Only waste from your own household.',
    ],
    bring: [
      'Your waste pass.',
      'The waste in well-closed packaging, not loose in a plastic bag.',
    ],
    leadTime: 'You can hand in the waste straight away during opening hours.',
    howTo:
      `Take the waste to ${m.milieustraatEn}. Opening hours: ${m.milieustraatHoursEn}. Show your waste pass and hand the waste to the staff at the hazardous waste point.`,
  },
});

const milieustraat: Builder = (m) => ({
  slug: 'milieustraat',
  audience: ['inwoner'],
  categories: ['afval'],
  leadTimeDays: null,
  channels: { online: false, appointment: false, phone: false, desk: true },
  prices: prices(line('Bouw- en sloopafval of puin, per 100 kilo', 'Building and demolition waste or rubble, per 100 kilos', m.fees.milieustraatPuin)),
  keywords: ['milieustraat', 'recyclingpark', 'afvalbrengstation', 'stort', 'vuilstort', 'afval wegbrengen', 'tuinafval', 'snoeiafval', 'puin', 'hout', 'elektrische apparaten', 'openingstijden milieustraat', 'recycling centre'],
  related: ['afvalpas', 'klein-chemisch-afval', 'grofvuil-laten-ophalen'],
  title: 'Afval wegbrengen naar de milieustraat',
  summary: `Breng uw grof afval, tuinafval, hout en elektrische apparaten zelf naar ${m.milieustraat}. De meeste soorten afval brengt u gratis.`,
  description:
    `Op de milieustraat scheidt u uw afval in verschillende containers. Zo kan veel opnieuw worden gebruikt. U kunt er onder meer terecht met hout, metaal, tuinafval, snoeiafval, glas, textiel, elektrische apparaten, matrassen en klein chemisch afval.\n\n` +
    `Kom langs bij ${m.milieustraat}. Openingstijden: ${m.milieustraatHours}. De meeste soorten afval brengt u gratis. Voor bouw- en sloopafval en puin betaalt u ${eur(m.fees.milieustraatPuin)} per 100 kilo.\n\n` +
    `Sorteer uw afval thuis al zoveel mogelijk. Dan gaat het sneller. De medewerkers helpen u als u twijfelt in welke container iets hoort.`,
  forWhom: `Voor inwoners van ${m.name} met afval uit hun eigen huishouden. Bedrijfsafval nemen wij niet aan.`,
  conditions: [
    'U laat uw afvalpas zien.',
    'Het afval komt uit uw eigen huishouden.',
    'U komt met een auto, eventueel met een aanhangwagen. Geen vrachtwagens of bestelbussen met bedrijfsnaam.',
    'Asbest neemt u alleen goed verpakt en na melding mee.',
  ],
  bring: [
    'Uw afvalpas.',
    'Uw afval, thuis al zoveel mogelijk gesorteerd.',
    'Een pinpas als u bouw- en sloopafval brengt.',
  ],
  leadTime: 'U kunt zonder afspraak langskomen tijdens de openingstijden.',
  howTo:
    `Kom tijdens de openingstijden langs bij ${m.milieustraat}. Laat bij de ingang uw afvalpas zien. Volg de borden en gooi elk soort afval in de juiste container.`,
  en: {
    title: 'Take waste to the recycling centre',
    summary: `Take your bulky waste, garden waste, wood and electrical appliances to ${m.milieustraatEn} yourself. Most types of waste are free.`,
    description:
      `At the recycling centre (milieustraat) you sort your waste into different containers. That way much of it can be reused. You can bring wood, metal, garden waste, pruning waste, glass, textiles, electrical appliances, mattresses and household hazardous waste, among other things.\n\n` +
      `Come to ${m.milieustraatEn}. Opening hours: ${m.milieustraatHoursEn}. Most types of waste are free. For building and demolition waste and rubble you pay ${eurEn(m.fees.milieustraatPuin)} per 100 kilos.\n\n` +
      `Sort your waste at home as much as possible. That makes it quicker. The staff will help you if you are not sure which container something goes in.`,
    forWhom: `For residents of ${m.name} with waste from their own household. We do not accept business waste.`,
    conditions: [
      'You show your waste pass.',
      'The waste comes from your own household.',
      'You come by car, possibly with a trailer. No lorries or vans with a company name.',
      'You only bring asbestos if it is packed properly and has been reported.',
    ],
    bring: [
      'Your waste pass.',
      'Your waste, sorted at home as much as possible.',
      'A debit card if you bring building and demolition waste.',
    ],
    leadTime: 'You can come without an appointment during opening hours.',
    howTo:
      `Come to ${m.milieustraatEn} during opening hours. Show your waste pass at the entrance. Follow the signs and put each type of waste in the right container.`,
  },
});

// ---------------------------------------------------------------------------
// Bouwen en verbouwen
// ---------------------------------------------------------------------------

const bouwVoorbeeld = 4000000; // € 40.000 building costs, in cents

const omgevingsvergunningBouwen: Builder = (m) => ({
  slug: 'omgevingsvergunning-bouwen',
  audience: ['inwoner', 'ondernemer'],
  categories: ['bouwen-en-verbouwen', 'wonen-en-verhuizen'],
  leadTimeDays: 56,
  channels: { online: true, appointment: true, phone: true, desk: false },
  prices: prices(
    ...([
      [2026, m.fees.bouwPercentage],
      [2027, m.fees.bouwPercentage2027],
    ] as const).map(([year, rate]): PriceLine[] => [
      {
        year,
        label: `Leges: ${pct(rate)} van de bouwkosten (voorbeeld: bouwkosten € 40.000)`,
        labelEn: `Fee: ${pctEn(rate)} of the building costs (example: building costs €40,000)`,
        amountCents: Math.round((bouwVoorbeeld * rate) / 100),
      },
    ]),
    line('Leges: minimumbedrag per aanvraag', 'Fee: minimum amount per application', m.fees.bouwMinimum),
  ),
  keywords: ['omgevingsvergunning', 'bouwvergunning', 'bouwen', 'verbouwen', 'verbouwing', 'aanbouw', 'uitbouw', 'dakkapel', 'schuur', 'tuinhuis', 'serre', 'overkapping', 'carport', 'omgevingsloket', 'vergunningvrij', 'bouwaanvraag', 'building permit'],
  related: ['omgevingsplan-inzien', 'sloopmelding', 'kapvergunning', 'uitrit-aanvragen'],
  title: 'Omgevingsvergunning voor bouwen aanvragen',
  summary: 'Gaat u bouwen of verbouwen? Bijvoorbeeld een aanbouw, dakkapel of schuur? Kijk of u een omgevingsvergunning nodig heeft en vraag die aan via het Omgevingsloket.',
  description:
    `Wilt u een aanbouw, dakkapel, schuur of ander bouwwerk plaatsen? Of wilt u uw huis flink verbouwen? Dan heeft u soms een omgevingsvergunning nodig. Vroeger heette dit een bouwvergunning. Veel kleine bouwwerken zijn vergunningvrij, zoals een kleine schuur in de achtertuin. Doe daarom eerst de vergunningcheck in het Omgevingsloket. Dat is de website van de overheid voor bouwen en verbouwen.\n\n` +
    `Wij kijken of uw plan past in het omgevingsplan. Daarin staat wat er op een plek mag. Past het plan niet? Soms kunnen wij toch een vergunning geven. Bespreek uw plan dan eerst met ons in een gratis vooroverleg. Vertel uw plannen ook aan uw buren. Zij kunnen bezwaar maken.\n\n` +
    `De kosten (leges) hangen af van de bouwkosten. In ${m.name} betaalt u in 2026 ${pct(m.fees.bouwPercentage)} van de bouwkosten, met een minimum van ${eur(m.fees.bouwMinimum)}.`,
  forWhom: `Voor inwoners, bedrijven en organisaties die in ${m.name} willen bouwen, verbouwen of iets aan de buitenkant van een gebouw willen veranderen.`,
  conditions: [
    'Het bouwwerk past in het omgevingsplan, of wij kunnen een uitzondering maken.',
    'Het bouwwerk voldoet aan de regels voor veiligheid en gezondheid uit het Besluit bouwwerken leefomgeving.',
    'Het uiterlijk past bij de omgeving.',
    'U begint pas met bouwen als de vergunning definitief is.',
  ],
  bring: [
    'Tekeningen van de huidige en de nieuwe situatie, met maten.',
    'Een situatietekening die laat zien waar het bouwwerk op uw perceel komt.',
    'Een beschrijving van de materialen en kleuren.',
    'DigiD of eHerkenning voor het Omgevingsloket.',
  ],
  leadTime: 'Wij beslissen binnen 8 weken. Bij een ingewikkeld plan kan dit 6 weken langer duren. Soms geldt een uitgebreide procedure van 26 weken.',
  howTo:
    '1. Doe de vergunningcheck in het Omgevingsloket.\n' +
    '2. Twijfelt u of past uw plan niet? Vraag dan een gratis vooroverleg bij de gemeente aan.\n' +
    '3. Dien de aanvraag in via het Omgevingsloket, met alle tekeningen.\n' +
    '4. Wij controleren de aanvraag. Missen er stukken? Dan krijgt u een brief.\n' +
    '5. U krijgt een besluit. De vergunning gaat meestal pas na 6 weken in, als niemand bezwaar maakt.',
  en: {
    title: 'Apply for a building permit',
    summary: 'Are you building or renovating? For example an extension, dormer window or shed? Check whether you need an environment and planning permit and apply for it through the Omgevingsloket.',
    description:
      `Do you want to build an extension, dormer window, shed or other structure? Or do you want to renovate your house substantially? Then you sometimes need an environment and planning permit (omgevingsvergunning). This used to be called a building permit. Many small structures do not need a permit, such as a small shed in the back garden. So first do the permit check in the Omgevingsloket. This is the government website for building and renovating.\n\n` +
      `We check whether your plan fits the environment plan (omgevingsplan). It says what is allowed in a location. Does your plan not fit? Sometimes we can still give a permit. Then first discuss your plan with us in a free preliminary meeting. Also tell your neighbours about your plans. They can object.\n\n` +
      `The fees depend on the building costs. In ${m.name} you pay ${pctEn(m.fees.bouwPercentage)} of the building costs in 2026, with a minimum of ${eurEn(m.fees.bouwMinimum)}.`,
    forWhom: `For residents, businesses and organisations who want to build or renovate in ${m.name}, or change something on the outside of a building.`,
    conditions: [
      'The structure fits the environment plan, or we can make an exception.',
      'The structure meets the safety and health rules of the Buildings Decree (Besluit bouwwerken leefomgeving).',
      'Its appearance fits the surroundings.',
      'You only start building once the permit is final.',
    ],
    bring: [
      'Drawings of the current and new situation, with measurements.',
      'A site plan showing where the structure will be on your plot.',
      'A description of the materials and colours.',
      'DigiD or eHerkenning for the Omgevingsloket.',
    ],
    leadTime: 'We decide within 8 weeks. For a complicated plan this can take 6 weeks longer. Sometimes an extended procedure of 26 weeks applies.',
    howTo:
      '1. Do the permit check in the Omgevingsloket.\n' +
      '2. Not sure, or does your plan not fit? Then ask the municipality for a free preliminary meeting.\n' +
      '3. Submit the application through the Omgevingsloket, with all drawings.\n' +
      '4. We check the application. Are documents missing? Then you receive a letter.\n' +
      '5. You receive a decision. The permit usually only takes effect after 6 weeks, if nobody objects.',
  },
});

const kapvergunning: Builder = (m) => ({
  slug: 'kapvergunning',
  audience: ['inwoner', 'ondernemer'],
  categories: ['bouwen-en-verbouwen', 'openbare-ruimte'],
  leadTimeDays: 56,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(line('Kapvergunning (omgevingsvergunning voor het kappen van bomen)', 'Felling permit (permit for cutting down trees)', m.fees.kap)),
  keywords: ['kapvergunning', 'boom kappen', 'bomen kappen', 'kappen', 'boom omzagen', 'boom weghalen', 'boom verwijderen', 'boom rooien', 'houtopstand', 'vellen', 'bomenkap', 'herplantplicht', 'tree felling permit'],
  related: ['boom-melden', 'omgevingsvergunning-bouwen', 'omgevingsplan-inzien'],
  title: 'Kapvergunning aanvragen',
  summary: 'Wilt u een boom in uw tuin of op uw terrein kappen? Voor grotere bomen heeft u een kapvergunning nodig.',
  description:
    `Bomen zijn belangrijk voor ${m.name}. Ze geven schaduw, zuiveren de lucht en zijn een thuis voor vogels en insecten. Daarom mag u niet zomaar een boom kappen. ${m.kapRegel}\n\n` +
    `Officieel heet de kapvergunning een omgevingsvergunning voor het vellen van houtopstand. Wij kijken onder meer naar de gezondheid van de boom, de waarde voor de natuur en voor het straatbeeld. Soms krijgt u een herplantplicht. U plant dan een nieuwe boom terug.\n\n` +
    `Is de boom gevaarlijk, bijvoorbeeld na een storm? Dan mag u soms direct kappen. Neem dan eerst contact met ons op. Let op: van 15 maart tot 15 juli is het broedseizoen. Kap dan geen bomen waarin vogels broeden.`,
  forWhom: `Voor eigenaren van een tuin of terrein in ${m.name} met een boom die ze willen kappen of verplanten.`,
  conditions: [
    'U bent eigenaar van de grond, of de eigenaar geeft toestemming.',
    'U kapt pas als de vergunning definitief is.',
    'U houdt rekening met broedende vogels en beschermde dieren.',
    'Als wij dat vragen, plant u een nieuwe boom terug.',
  ],
  bring: [
    'Een kaartje of tekening met de plek van de boom.',
    "Foto's van de boom.",
    'De soort boom en de stamomtrek op 1,30 meter hoogte.',
    'De reden waarom u de boom wilt kappen.',
  ],
  leadTime: 'Wij beslissen binnen 8 weken. Daarna geldt nog een bezwaartermijn van 6 weken voordat u mag kappen.',
  howTo:
    '1. Doe de vergunningcheck in het Omgevingsloket. Dan ziet u of u een vergunning nodig heeft.\n' +
    '2. Vraag de vergunning aan via het Omgevingsloket.\n' +
    '3. Een boomdeskundige van de gemeente komt soms kijken.\n' +
    '4. U krijgt een besluit per post of e-mail.',
  en: {
    title: 'Apply for a felling permit',
    summary: 'Do you want to cut down a tree in your garden or on your land? For larger trees you need a felling permit.',
    description:
      `Trees are important for ${m.name}. They give shade, clean the air and are a home for birds and insects. That is why you may not simply cut down a tree. ${m.kapRegelEn}\n\n` +
      `Officially the felling permit is called an environment and planning permit for felling trees. Among other things, we look at the health of the tree and its value for nature and the streetscape. Sometimes you are required to replant. You then plant a new tree.\n\n` +
      `Is the tree dangerous, for example after a storm? Then you may sometimes cut it down straight away. Contact us first. Please note: the breeding season runs from 15 March to 15 July. Do not cut down trees where birds are nesting.`,
    forWhom: `For owners of a garden or land in ${m.name} with a tree they want to cut down or move.`,
    conditions: [
      'You own the land, or the owner gives permission.',
      'You only cut down the tree once the permit is final.',
      'You take nesting birds and protected animals into account.',
      'If we ask you to, you plant a new tree.',
    ],
    bring: [
      'A map or drawing showing where the tree is.',
      'Photos of the tree.',
      'The type of tree and the trunk circumference at 1.30 metres height.',
      'The reason why you want to cut down the tree.',
    ],
    leadTime: 'We decide within 8 weeks. After that there is an objection period of 6 weeks before you may cut the tree.',
    howTo:
      '1. Do the permit check in the Omgevingsloket. This shows whether you need a permit.\n' +
      '2. Apply for the permit through the Omgevingsloket.\n' +
      '3. A tree expert from the municipality sometimes comes to look.\n' +
      '4. You receive a decision by post or email.',
  },
});

const uitrit: Builder = (m) => ({
  slug: 'uitrit-aanvragen',
  audience: ['inwoner', 'ondernemer'],
  categories: ['bouwen-en-verbouwen', 'parkeren-en-verkeer'],
  leadTimeDays: 56,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(line('Vergunning voor een uitrit (inrit)', 'Permit for a driveway exit', m.fees.uitrit)),
  keywords: ['uitrit', 'inrit', 'oprit', 'uitweg', 'stoep verlagen', 'verlaagde stoeprand', 'opritband', 'parkeren eigen terrein', 'inrit aanleggen', 'driveway'],
  related: ['omgevingsvergunning-bouwen', 'parkeervergunning-bewoners', 'kapvergunning'],
  title: 'Uitrit (inrit) aanvragen',
  summary: 'Wilt u met uw auto vanaf de straat op uw eigen terrein parkeren? Dan heeft u vaak een vergunning nodig voor een uitrit.',
  description:
    `Een uitrit is de verbinding tussen de openbare weg en uw eigen terrein, bijvoorbeeld uw oprit. Voor een nieuwe of bredere uitrit heeft u meestal een vergunning nodig. Wij kijken of de uitrit veilig is en of er geen openbare parkeerplaats of boom verdwijnt.\n\n` +
    `Krijgt u de vergunning? Dan legt de gemeente het deel op de stoep aan, bijvoorbeeld een verlaagde stoeprand. U krijgt vooraf een offerte voor deze kosten. Het deel op uw eigen grond legt u zelf aan.\n\n` +
    `Heeft u een uitrit? Dan mag niemand ervoor parkeren, ook u zelf niet. Vaak vervalt daardoor ook uw recht op een parkeervergunning voor bewoners.`,
  forWhom: `Voor eigenaren van een woning of bedrijfspand in ${m.name} die een uitrit willen aanleggen, verbreden of verplaatsen.`,
  conditions: [
    'Er is op uw eigen terrein genoeg ruimte om een auto te parkeren, minimaal 5 meter diep.',
    'De uitrit is veilig voor voetgangers en fietsers.',
    'Er verdwijnt geen gezonde boom en liefst geen openbare parkeerplaats.',
    'U betaalt de kosten van de aanleg op de stoep.',
  ],
  bring: [
    'Een tekening of foto met de plek en de breedte van de uitrit.',
    'De maten van de parkeerplaats op uw eigen terrein.',
    'DigiD of eHerkenning.',
  ],
  leadTime: 'Wij beslissen binnen 8 weken. De aanleg volgt meestal binnen 6 weken nadat u de offerte heeft getekend.',
  howTo:
    '1. Vraag de vergunning aan via het Omgevingsloket (activiteit "uitweg").\n' +
    '2. Een medewerker komt kijken.\n' +
    '3. U krijgt een besluit en een offerte voor de aanleg.\n' +
    '4. Na uw akkoord plannen wij de werkzaamheden.',
  en: {
    title: 'Apply for a driveway exit',
    summary: 'Do you want to drive from the street onto your own property to park? Then you often need a permit for a driveway exit.',
    description:
      `A driveway exit (uitrit) is the connection between the public road and your own property, for example your driveway. For a new or wider exit you usually need a permit. We check whether the exit is safe and whether no public parking space or tree will disappear.\n\n` +
      `Do you get the permit? Then the municipality builds the part on the pavement, for example a lowered kerb. You receive a quote for these costs in advance. You build the part on your own land yourself.\n\n` +
      `Do you have a driveway exit? Then nobody may park in front of it, not even you. This often also means you are no longer entitled to a residents' parking permit.`,
    forWhom: `For owners of a home or business premises in ${m.name} who want to create, widen or move a driveway exit.`,
    conditions: [
      'There is enough space on your own property to park a car, at least 5 metres deep.',
      'The exit is safe for pedestrians and cyclists.',
      'No healthy tree disappears, and preferably no public parking space.',
      'You pay the costs of the work on the pavement.',
    ],
    bring: [
      'A drawing or photo showing the location and width of the exit.',
      'The dimensions of the parking space on your own property.',
      'DigiD or eHerkenning.',
    ],
    leadTime: 'We decide within 8 weeks. The work usually follows within 6 weeks after you sign the quote.',
    howTo:
      '1. Apply for the permit through the Omgevingsloket (activity "uitweg").\n' +
      '2. An officer comes to look.\n' +
      '3. You receive a decision and a quote for the work.\n' +
      '4. After your approval we schedule the work.',
  },
});

const omgevingsplan: Builder = (m) => ({
  slug: 'omgevingsplan-inzien',
  audience: ['inwoner', 'ondernemer'],
  categories: ['bouwen-en-verbouwen', 'wonen-en-verhuizen'],
  leadTimeDays: null,
  channels: { online: true, appointment: true, phone: true, desk: false },
  prices: [],
  keywords: ['omgevingsplan', 'bestemmingsplan', 'bestemming', 'regels op de kaart', 'wat mag er', 'plannen', 'ruimtelijke plannen', 'omgevingswet', 'omgevingsvisie', 'nieuwbouwplannen', 'zoning plan'],
  related: ['omgevingsvergunning-bouwen', 'kapvergunning', 'sloopmelding'],
  title: 'Omgevingsplan (bestemmingsplan) bekijken',
  summary: 'Wilt u weten wat er op een plek gebouwd mag worden? Of welke plannen er in uw buurt zijn? Bekijk het omgevingsplan online.',
  description:
    `In het omgevingsplan staat wat er op elke plek in ${m.name} mag. Bijvoorbeeld of u er mag wonen, een bedrijf mag hebben, en hoe hoog u mag bouwen. Vroeger stond dit in het bestemmingsplan. Sinds de Omgevingswet in 2024 heet het omgevingsplan.\n\n` +
    `U bekijkt het omgevingsplan gratis in het Omgevingsloket, bij "Regels op de kaart". Vul uw adres in en u ziet welke regels er gelden. In de omgevingsvisie leest u de plannen van de gemeente voor de lange termijn.\n\n` +
    `Vindt u het lastig om de regels te lezen? Maak dan een afspraak met een medewerker. Wij leggen het u graag uit. Ook bij nieuwe plannen in uw buurt kunt u vaak meepraten.`,
  forWhom: `Voor iedereen die wil weten wat er mag op een plek in ${m.name}, bijvoorbeeld voordat u een huis koopt of gaat verbouwen.`,
  conditions: [
    'Inzien is gratis en voor iedereen.',
    'Een officiële uitleg over uw situatie krijgt u pas met een vergunningaanvraag of vooroverleg.',
  ],
  bring: [
    'Het adres of perceel waar het om gaat.',
    'Bij een afspraak: uw vragen en eventueel tekeningen van uw plan.',
  ],
  leadTime: 'Online kunt u het omgevingsplan direct bekijken. Een afspraak met een medewerker kan meestal binnen 2 weken.',
  howTo:
    `1. Ga naar het Omgevingsloket en kies "Regels op de kaart".\n` +
    '2. Vul het adres in en klik op de plek op de kaart.\n' +
    `3. Vragen? Bel de gemeente of maak een afspraak in ${m.hall}.`,
  en: {
    title: 'View the environment plan (zoning plan)',
    summary: 'Do you want to know what may be built in a location? Or which plans there are for your neighbourhood? View the environment plan online.',
    description:
      `The environment plan (omgevingsplan) says what is allowed at each location in ${m.name}. For example whether you may live there or run a business there, and how high you may build. This used to be in the zoning plan (bestemmingsplan). Since the Environment and Planning Act came into force in 2024 it is called the environment plan.\n\n` +
      `You can view the environment plan for free in the Omgevingsloket, under "Regels op de kaart" (rules on the map). Enter your address and you see which rules apply. In the environment vision (omgevingsvisie) you can read the long-term plans of the municipality.\n\n` +
      `Do you find the rules hard to read? Then make an appointment with an officer. We are happy to explain. You can often also have your say about new plans in your neighbourhood.`,
    forWhom: `For everyone who wants to know what is allowed at a location in ${m.name}, for example before you buy a house or start a renovation.`,
    conditions: [
      'Viewing is free and open to everyone.',
      'You only get an official explanation of your situation with a permit application or preliminary meeting.',
    ],
    bring: [
      'The address or plot concerned.',
      'For an appointment: your questions and any drawings of your plan.',
    ],
    leadTime: 'Online you can view the environment plan straight away. An appointment with an officer is usually possible within 2 weeks.',
    howTo:
      `1. Go to the Omgevingsloket and choose "Regels op de kaart".\n` +
      '2. Enter the address and click on the location on the map.\n' +
      `3. Questions? Call the municipality or make an appointment in ${m.hallEn}.`,
  },
});

const sloopmelding: Builder = (m) => ({
  slug: 'sloopmelding',
  audience: ['inwoner', 'ondernemer'],
  categories: ['bouwen-en-verbouwen'],
  leadTimeDays: 28,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: [],
  keywords: ['sloopmelding', 'slopen', 'sloop', 'asbest', 'asbest verwijderen', 'asbestdak', 'schuur slopen', 'sloopvergunning', 'sloopafval', 'demolition'],
  related: ['omgevingsvergunning-bouwen', 'klein-chemisch-afval', 'milieustraat'],
  title: 'Sloopmelding doen',
  summary: 'Gaat u (een deel van) een gebouw slopen of asbest verwijderen? Doe dan minstens 4 weken van tevoren een sloopmelding.',
  description:
    `Gaat u slopen en komt er meer dan 10 kubieke meter sloopafval vrij? Of verwijdert u asbest? Dan doet u een sloopmelding. Dat is gratis. Wij kijken dan of het slopen veilig gebeurt en of het afval goed wordt afgevoerd.\n\n` +
    `Asbest is gevaarlijk voor uw gezondheid. Meestal moet een gecertificeerd bedrijf het asbest verwijderen. Alleen als particulier mag u maximaal 35 vierkante meter asbest golfplaten van uw eigen woning of schuur zelf verwijderen. Pak het goed in en breng het naar ${m.milieustraat}.\n\n` +
    `Is uw gebouw een monument of staat het in een beschermd gebied? Dan heeft u soms ook een omgevingsvergunning nodig. Dit ziet u bij de vergunningcheck in het Omgevingsloket.`,
  forWhom: `Voor eigenaren en aannemers die in ${m.name} een gebouw of een deel ervan willen slopen, of asbest willen verwijderen.`,
  conditions: [
    'U doet de melding minstens 4 weken voordat u begint.',
    'Bij asbest: u heeft een asbestinventarisatierapport, behalve als u als particulier maximaal 35 m² asbestplaten zelf verwijdert.',
    'U voert het sloopafval gescheiden af.',
  ],
  bring: [
    'Een tekening of foto van wat u gaat slopen.',
    'Het asbestinventarisatierapport, als dat nodig is.',
    'De startdatum en de naam van het sloopbedrijf.',
  ],
  leadTime: 'U mag 4 weken na de melding beginnen. Bij asbest van een particulier is dit 5 werkdagen.',
  howTo:
    '1. Doe de vergunningcheck in het Omgevingsloket.\n' +
    '2. Doe de sloopmelding via het Omgevingsloket, met alle stukken.\n' +
    '3. U krijgt een ontvangstbevestiging. Soms stellen wij extra eisen.\n' +
    '4. Meld 2 werkdagen voor de start dat u begint met slopen.',
  en: {
    title: 'Report demolition work',
    summary: 'Are you going to demolish (part of) a building or remove asbestos? Then report the demolition at least 4 weeks in advance.',
    description:
      `Are you demolishing something that produces more than 10 cubic metres of demolition waste? Or are you removing asbestos? Then you report the demolition (sloopmelding). This is free. We then check whether the demolition is done safely and whether the waste is disposed of properly.\n\n` +
      `Asbestos is dangerous to your health. Usually a certified company must remove the asbestos. Only as a private person may you remove up to 35 square metres of corrugated asbestos sheets from your own house or shed yourself. Pack it properly and take it to ${m.milieustraatEn}.\n\n` +
      `Is your building a monument or is it in a protected area? Then you sometimes also need an environment and planning permit. The permit check in the Omgevingsloket shows this.`,
    forWhom: `For owners and contractors who want to demolish a building or part of one in ${m.name}, or remove asbestos.`,
    conditions: [
      'You report at least 4 weeks before you start.',
      'For asbestos: you have an asbestos inventory report, unless as a private person you remove up to 35 m² of asbestos sheets yourself.',
      'You dispose of the demolition waste separately by type.',
    ],
    bring: [
      'A drawing or photo of what you are going to demolish.',
      'The asbestos inventory report, if needed.',
      'The start date and the name of the demolition company.',
    ],
    leadTime: 'You may start 4 weeks after the report. For asbestos removed by a private person this is 5 working days.',
    howTo:
      '1. Do the permit check in the Omgevingsloket.\n' +
      '2. Report the demolition through the Omgevingsloket, with all documents.\n' +
      '3. You receive an acknowledgement. Sometimes we set extra requirements.\n' +
      '4. Report 2 working days before the start that you are beginning the demolition.',
  },
});

// ---------------------------------------------------------------------------
// Zorg en welzijn
// ---------------------------------------------------------------------------

const hulpHuishouden: Builder = (m) => ({
  slug: 'hulp-bij-het-huishouden',
  audience: ['inwoner'],
  categories: ['zorg-en-welzijn'],
  leadTimeDays: 56,
  channels: { online: true, appointment: true, phone: true, desk: false },
  prices: prices(line('Eigen bijdrage Wmo, per maand (abonnementstarief)', 'Wmo personal contribution, per month (fixed rate)', national.wmoAbonnement, national.wmoAbonnement2027)),
  keywords: ['hulp bij het huishouden', 'huishoudelijke hulp', 'huishoudelijke ondersteuning', 'thuishulp', 'schoonmaakhulp', 'poetshulp', 'wmo', 'wet maatschappelijke ondersteuning', 'zorg thuis', 'keukentafelgesprek', 'eigen bijdrage', 'pgb', 'household help'],
  related: ['hulpmiddelen-en-woningaanpassing', 'mantelzorgwaardering', 'gehandicaptenparkeerkaart'],
  title: 'Hulp bij het huishouden aanvragen (Wmo)',
  summary: 'Kunt u door ziekte, ouderdom of een beperking uw huis niet meer zelf schoonhouden? Dan kunt u hulp bij het huishouden aanvragen.',
  description:
    `Lukt het niet meer om zelf uw huis schoon te houden, de was te doen of boodschappen te regelen? Bijvoorbeeld door ziekte, ouderdom of een beperking? En kunnen uw partner, familie of buren niet helpen? Dan kunt u hulp bij het huishouden krijgen. Dit regelt de gemeente via de Wmo. Dat is de Wet maatschappelijke ondersteuning.\n\n` +
    `Na uw melding neemt ${m.socialTeam} contact met u op. Een medewerker komt bij u thuis voor een gesprek. Dat noemen we ook wel het keukentafelgesprek. Samen kijken we wat u zelf kunt, wat uw omgeving kan doen en welke hulp u nodig heeft.\n\n` +
    `Krijgt u hulp? Dan komt er een vaste hulp van een zorgaanbieder. U kunt ook kiezen voor een persoonsgebonden budget (pgb). Dan regelt u de hulp zelf. Voor de hulp betaalt u een eigen bijdrage van maximaal ${eur(national.wmoAbonnement)} per maand. Het CAK int dit bedrag.`,
  forWhom: `Voor inwoners van ${m.name} die door ziekte, ouderdom of een beperking hun huishouden niet meer zelf kunnen doen.`,
  conditions: [
    `U woont in ${m.name}.`,
    'U kunt het huishouden niet zelf doen en uw huisgenoten of omgeving kunnen ook niet helpen.',
    'U werkt mee aan het gesprek met de gemeente.',
  ],
  bring: [
    'Uw identiteitsbewijs.',
    'Informatie over uw gezondheid, bijvoorbeeld een brief van uw huisarts of specialist.',
    'Eventueel iemand die u kent, om mee te praten tijdens het gesprek.',
  ],
  leadTime: 'Wij nemen binnen 5 werkdagen contact met u op. Het onderzoek duurt maximaal 6 weken. Na uw aanvraag beslissen wij binnen 2 weken.',
  howTo:
    `1. Meld uw hulpvraag online met DigiD op ${m.portal}, of bel ${m.socialTeam}.\n` +
    '2. Een medewerker maakt een afspraak voor een gesprek bij u thuis.\n' +
    '3. U krijgt een verslag van het gesprek. Daarna vraagt u de hulp officieel aan.\n' +
    '4. U krijgt een besluit. De zorgaanbieder neemt contact met u op.\n' +
    'U mag gratis hulp krijgen van een onafhankelijke cliëntondersteuner.',
  en: {
    title: 'Apply for household help (Wmo)',
    summary: 'Are you unable to keep your house clean yourself because of illness, old age or a disability? Then you can apply for household help.',
    description:
      `Are you no longer able to clean your house, do the laundry or arrange your shopping yourself? For example because of illness, old age or a disability? And can your partner, family or neighbours not help? Then you can get household help. The municipality arranges this through the Wmo, the Social Support Act.\n\n` +
      `After you contact us, ${m.socialTeamEn} will get in touch with you. An officer visits you at home for a conversation. We also call this the kitchen-table talk. Together we look at what you can do yourself, what the people around you can do and what help you need.\n\n` +
      `Do you get help? Then a regular helper from a care provider will come. You can also choose a personal budget (pgb). You then arrange the help yourself. For the help you pay a personal contribution of no more than ${eurEn(national.wmoAbonnement)} a month. The CAK collects this amount.`,
    forWhom: `For residents of ${m.name} who can no longer do their housework themselves because of illness, old age or a disability.`,
    conditions: [
      `You live in ${m.name}.`,
      'You cannot do the housework yourself and the people you live with or those around you cannot help either.',
      'You take part in the conversation with the municipality.',
    ],
    bring: [
      'Your proof of identity.',
      'Information about your health, for example a letter from your GP or specialist.',
      'If you like, someone you know to join the conversation.',
    ],
    leadTime: 'We contact you within 5 working days. The assessment takes no more than 6 weeks. After your application we decide within 2 weeks.',
    howTo:
      `1. Tell us about your need for help online with DigiD at ${m.portal}, or call ${m.socialTeamEn}.\n` +
      '2. An officer makes an appointment for a conversation at your home.\n' +
      '3. You receive a report of the conversation. Then you officially apply for the help.\n' +
      '4. You receive a decision. The care provider will contact you.\n' +
      'You are entitled to free help from an independent client support worker.',
  },
});

const hulpmiddelen: Builder = (m) => ({
  slug: 'hulpmiddelen-en-woningaanpassing',
  audience: ['inwoner'],
  categories: ['zorg-en-welzijn', 'wonen-en-verhuizen'],
  leadTimeDays: 56,
  channels: { online: true, appointment: true, phone: true, desk: false },
  prices: prices(line('Eigen bijdrage Wmo, per maand (abonnementstarief)', 'Wmo personal contribution, per month (fixed rate)', national.wmoAbonnement, national.wmoAbonnement2027)),
  keywords: ['hulpmiddelen', 'hulpmiddel', 'woningaanpassing', 'rolstoel', 'scootmobiel', 'traplift', 'douchestoel', 'drempels', 'aangepaste woning', 'rollator', 'wmo', 'vervoer', 'regiotaxi', 'mobility aids'],
  related: ['hulp-bij-het-huishouden', 'gehandicaptenparkeerkaart', 'gehandicaptenparkeerplaats'],
  title: 'Hulpmiddelen en woningaanpassing aanvragen (Wmo)',
  summary: 'Heeft u een rolstoel, scootmobiel of traplift nodig om zelfstandig te blijven wonen? Via de Wmo kan de gemeente u helpen.',
  description:
    `Wilt u zo lang mogelijk zelfstandig thuis wonen, maar lukt dat niet goed meer door een beperking? Dan kan de gemeente u helpen met een hulpmiddel of een aanpassing in uw huis. Bijvoorbeeld een rolstoel, een scootmobiel, een traplift, of het weghalen van drempels. Ook vervoer met de regiotaxi valt hieronder.\n\n` +
    `Eerst kijken wij samen met u naar een oplossing. Soms kunt u zelf iets kopen of lenen, zoals een rollator bij de thuiszorgwinkel. Soms is verhuizen naar een geschikte woning een betere oplossing dan een grote aanpassing.\n\n` +
    `Krijgt u een hulpmiddel? Dan krijgt u dit meestal in bruikleen. U betaalt een eigen bijdrage van maximaal ${eur(national.wmoAbonnement)} per maand voor al uw Wmo-voorzieningen samen.`,
  forWhom: `Voor inwoners van ${m.name} met een langdurige beperking die daardoor moeite hebben om zich te verplaatsen of in hun huis te wonen.`,
  conditions: [
    `U woont in ${m.name}.`,
    'Uw beperking is langdurig.',
    'U kunt het probleem niet zelf of met hulp van uw omgeving oplossen.',
    'U koopt of bestelt niets voordat u een besluit heeft.',
  ],
  bring: [
    'Uw identiteitsbewijs.',
    'Informatie over uw beperking, bijvoorbeeld van uw arts of ergotherapeut.',
    'Bij een huurwoning: toestemming van de verhuurder voor een aanpassing.',
  ],
  leadTime: 'Het onderzoek duurt maximaal 6 weken. Daarna beslissen wij binnen 2 weken. Een grote woningaanpassing kan enkele maanden duren.',
  howTo:
    `1. Meld uw hulpvraag online met DigiD op ${m.portal}, of bel ${m.socialTeam}.\n` +
    '2. Een medewerker komt bij u thuis voor een gesprek. Soms kijkt ook een ergotherapeut mee.\n' +
    '3. U vraagt de voorziening aan en krijgt een besluit.\n' +
    '4. De leverancier neemt contact met u op voor de levering of de aanpassing.',
  en: {
    title: 'Apply for mobility aids and home adaptations (Wmo)',
    summary: 'Do you need a wheelchair, mobility scooter or stairlift to keep living independently? The municipality can help you through the Wmo.',
    description:
      `Do you want to keep living independently at home for as long as possible, but is that becoming difficult because of a disability? Then the municipality can help you with an aid or an adaptation to your home. For example a wheelchair, a mobility scooter, a stairlift, or removing thresholds. Transport by the regional taxi (regiotaxi) is also part of this.\n\n` +
      `First we look for a solution together with you. Sometimes you can buy or borrow something yourself, such as a walker from the home-care shop. Sometimes moving to a suitable home is a better solution than a big adaptation.\n\n` +
      `Do you get an aid? Then you usually get it on loan. You pay a personal contribution of no more than ${eurEn(national.wmoAbonnement)} a month for all your Wmo support together.`,
    forWhom: `For residents of ${m.name} with a long-term disability who therefore have difficulty getting around or living in their home.`,
    conditions: [
      `You live in ${m.name}.`,
      'Your disability is long-term.',
      'You cannot solve the problem yourself or with help from the people around you.',
      'You do not buy or order anything before you have a decision.',
    ],
    bring: [
      'Your proof of identity.',
      'Information about your disability, for example from your doctor or occupational therapist.',
      "For a rented home: the landlord's permission for an adaptation.",
    ],
    leadTime: 'The assessment takes no more than 6 weeks. After that we decide within 2 weeks. A large home adaptation can take several months.',
    howTo:
      `1. Tell us about your need for help online with DigiD at ${m.portal}, or call ${m.socialTeamEn}.\n` +
      '2. An officer visits you at home for a conversation. Sometimes an occupational therapist also takes a look.\n' +
      '3. You apply for the support and receive a decision.\n' +
      '4. The supplier contacts you about delivery or the adaptation.',
  },
});

const mantelzorg: Builder = (m) => ({
  slug: 'mantelzorgwaardering',
  audience: ['inwoner'],
  categories: ['zorg-en-welzijn'],
  leadTimeDays: 42,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: [],
  keywords: ['mantelzorg', 'mantelzorger', 'mantelzorgwaardering', 'mantelzorgcompliment', 'waardering', 'zorgen voor', 'respijtzorg', 'overbelast', 'steunpunt mantelzorg', 'informal carer'],
  related: ['hulp-bij-het-huishouden', 'hulpmiddelen-en-woningaanpassing', 'jeugdhulp'],
  title: 'Mantelzorgwaardering aanvragen',
  summary: `Zorgt u langdurig voor een naaste? Als dank krijgt u van de gemeente een jaarlijkse mantelzorgwaardering van ${eur(m.mantelzorgBedrag)}.`,
  description:
    `Een mantelzorger zorgt langdurig en onbetaald voor iemand in zijn omgeving. Bijvoorbeeld voor een partner, ouder, kind of buurman die ziek is of een beperking heeft. Mantelzorg is belangrijk, maar het kan ook zwaar zijn.\n\n` +
    `Als dank geeft de gemeente ${m.name} elk jaar een mantelzorgwaardering. In 2026 is dat ${eur(m.mantelzorgBedrag)}. De persoon voor wie u zorgt woont in ${m.name}. U kunt de waardering aanvragen, of de persoon voor wie u zorgt doet dat voor u.\n\n` +
    `Heeft u behoefte aan advies, een luisterend oor of even vrije tijd? ${m.mantelzorgOrg} helpt u. Bijvoorbeeld met respijtzorg: iemand neemt de zorg dan een tijdje van u over.`,
  forWhom: `Voor mantelzorgers die minstens 3 maanden en minstens 8 uur per week zorgen voor iemand die in ${m.name} woont.`,
  conditions: [
    'U zorgt minstens 3 maanden en gemiddeld 8 uur per week voor iemand.',
    `De persoon voor wie u zorgt woont in ${m.name}.`,
    'U krijgt voor deze zorg geen loon of pgb.',
    'U vraagt de waardering één keer per jaar aan, vóór 1 december.',
  ],
  bring: [
    'Uw naam, adres en rekeningnummer.',
    'De naam en het adres van de persoon voor wie u zorgt.',
    'Een korte omschrijving van de zorg die u geeft.',
  ],
  leadTime: 'U krijgt de waardering binnen 6 weken na uw aanvraag.',
  howTo:
    `Vraag de mantelzorgwaardering aan op ${m.portal} of bij ${m.mantelzorgOrg}. U kunt ook bellen voor een papieren formulier.`,
  en: {
    title: 'Apply for the carer appreciation',
    summary: `Do you care for someone close to you for a long time? As a thank-you, the municipality gives you a yearly carer appreciation of ${eurEn(m.mantelzorgBedrag)}.`,
    description:
      `An informal carer (mantelzorger) looks after someone close to them for a long time without being paid. For example a partner, parent, child or neighbour who is ill or has a disability. Informal care is important, but it can also be hard.\n\n` +
      `As a thank-you, the municipality of ${m.name} gives a carer appreciation every year. In 2026 it is ${eurEn(m.mantelzorgBedrag)}. The person you care for lives in ${m.name}. You can apply for the appreciation, or the person you care for can do it for you.\n\n` +
      `Do you need advice, someone to listen or some time off? ${m.mantelzorgOrgEn} can help you. For example with respite care: someone then takes over the care for a while.`,
    forWhom: `For informal carers who care for someone living in ${m.name} for at least 3 months and at least 8 hours a week.`,
    conditions: [
      'You care for someone for at least 3 months and on average 8 hours a week.',
      `The person you care for lives in ${m.name}.`,
      'You do not receive wages or a personal budget (pgb) for this care.',
      'You apply once a year, before 1 December.',
    ],
    bring: [
      'Your name, address and bank account number.',
      'The name and address of the person you care for.',
      'A short description of the care you give.',
    ],
    leadTime: 'You receive the appreciation within 6 weeks after you apply.',
    howTo:
      `Apply for the carer appreciation at ${m.portal} or at ${m.mantelzorgOrgEn}. You can also call us for a paper form.`,
  },
});

const jeugdhulp: Builder = (m) => ({
  slug: 'jeugdhulp',
  audience: ['inwoner'],
  categories: ['zorg-en-welzijn'],
  leadTimeDays: 56,
  channels: { online: true, appointment: true, phone: true, desk: false },
  prices: [],
  keywords: ['jeugdhulp', 'jeugdzorg', 'opvoeden', 'opvoeding', 'opvoedondersteuning', 'kind', 'kinderen', 'jongeren', 'puber', 'gedrag', 'dyslexie', 'jeugd-ggz', 'gezin', 'youth care'],
  related: ['mantelzorgwaardering', 'schuldhulp', 'hulp-bij-het-huishouden'],
  title: 'Jeugdhulp aanvragen',
  summary: 'Maakt u zich zorgen over uw kind of over de opvoeding? Of heeft uw kind extra hulp nodig? De gemeente helpt gezinnen met kinderen tot 18 jaar.',
  description:
    `Opgroeien en opvoeden gaat niet altijd vanzelf. Soms heeft een kind of gezin extra hulp nodig. Bijvoorbeeld bij problemen met gedrag, somberheid, angst, dyslexie of een beperking. Of als het thuis even niet goed gaat.\n\n` +
    `U kunt met uw vragen terecht bij ${m.socialTeam}. Daar werken jeugdconsulenten. Zij denken met u mee en zoeken samen met u de juiste hulp. Soms is een paar gesprekken genoeg. Soms is meer hulp nodig, bijvoorbeeld van een specialist.\n\n` +
    `Jeugdhulp is gratis. U kunt ook via de huisarts, de jeugdarts of de medisch specialist jeugdhulp krijgen. Daarvoor hoeft u niet eerst naar de gemeente.`,
  forWhom: `Voor kinderen en jongeren tot 18 jaar die in ${m.name} wonen, en hun ouders of verzorgers. Soms loopt de hulp door tot 23 jaar.`,
  conditions: [
    `Uw kind woont in ${m.name}.`,
    'Uw kind is jonger dan 18 jaar.',
    'U werkt samen met de jeugdconsulent aan een plan.',
  ],
  bring: [
    'Uw eigen identiteitsbewijs en dat van uw kind.',
    'Eventueel verslagen van school, de huisarts of eerdere hulpverleners.',
  ],
  leadTime: 'Een jeugdconsulent neemt binnen 5 werkdagen contact met u op. Bij spoed kan het dezelfde dag.',
  howTo:
    `Bel ${m.socialTeam} of vul het contactformulier in op ${m.portal}. Wij maken een afspraak, bij u thuis of op een andere plek. Heeft u een verwijzing van uw huisarts? Dan kunt u meteen naar de zorgaanbieder.`,
  en: {
    title: 'Apply for youth care',
    summary: 'Are you worried about your child or about parenting? Or does your child need extra help? The municipality helps families with children up to 18.',
    description:
      `Growing up and raising children does not always go smoothly. Sometimes a child or family needs extra help. For example with behaviour problems, low mood, anxiety, dyslexia or a disability. Or when things are difficult at home for a while.\n\n` +
      `You can go to ${m.socialTeamEn} with your questions. Youth consultants work there. They think along with you and look for the right help together with you. Sometimes a few conversations are enough. Sometimes more help is needed, for example from a specialist.\n\n` +
      `Youth care is free. You can also get youth care through your GP, the youth doctor or a medical specialist. You do not have to go to the municipality first.`,
    forWhom: `For children and young people up to 18 who live in ${m.name}, and their parents or carers. Sometimes help continues up to the age of 23.`,
    conditions: [
      `Your child lives in ${m.name}.`,
      'Your child is under 18.',
      'You work on a plan together with the youth consultant.',
    ],
    bring: [
      "Your own proof of identity and your child's.",
      'If available, reports from school, the GP or previous care providers.',
    ],
    leadTime: 'A youth consultant contacts you within 5 working days. In urgent cases this can be the same day.',
    howTo:
      `Call ${m.socialTeamEn} or fill in the contact form at ${m.portal}. We make an appointment, at your home or somewhere else. Do you have a referral from your GP? Then you can go straight to the care provider.`,
  },
});

// ---------------------------------------------------------------------------
// Werk en inkomen
// ---------------------------------------------------------------------------

const bijstand: Builder = (m) => ({
  slug: 'bijstandsuitkering',
  audience: ['inwoner'],
  categories: ['werk-en-inkomen'],
  leadTimeDays: 56,
  channels: { online: true, appointment: true, phone: true, desk: false },
  prices: [],
  keywords: ['bijstand', 'bijstandsuitkering', 'uitkering', 'uitkering aanvragen', 'participatiewet', 'geen inkomen', 'geen geld', 'geld', 'werkloos', 'sociale dienst', 'voorschot', 'levensonderhoud', 'social assistance', 'benefit'],
  related: ['bijzondere-bijstand', 'werk-zoeken', 'schuldhulp', 'individuele-inkomenstoeslag'],
  title: 'Bijstandsuitkering aanvragen',
  summary: 'Heeft u geen of te weinig inkomen om van te leven? En heeft u geen recht op een andere uitkering? Dan kunt u een bijstandsuitkering aanvragen.',
  description:
    `Een bijstandsuitkering is een maandelijks bedrag voor als u niet genoeg geld heeft om van te leven. U krijgt het als u geen werk heeft en geen recht heeft op een andere uitkering, zoals een WW-uitkering. De regels staan in de Participatiewet.\n\n` +
    `Hoeveel u krijgt, hangt af van uw leeftijd en uw woonsituatie. Voor een alleenstaande van 21 jaar of ouder is het in 2026 ongeveer € 1.400 per maand. Voor gehuwden en samenwoners samen is het ongeveer € 2.000 per maand. Heeft u eigen geld of bezit boven een bepaalde grens? Dan gebruikt u dat eerst.\n\n` +
    `Met een bijstandsuitkering zoekt u actief naar werk. ${m.werkplein.charAt(0).toUpperCase()}${m.werkplein.slice(1)} helpt u daarbij. Heeft u direct geld nodig? Vraag dan een voorschot aan.`,
  forWhom: `Voor inwoners van ${m.name} van 18 jaar tot de AOW-leeftijd die niet genoeg inkomen hebben om van te leven.`,
  conditions: [
    `U woont in ${m.name} en u bent 18 jaar of ouder.`,
    'U woont legaal in Nederland.',
    'Uw inkomen en vermogen zijn lager dan de grens.',
    'U zoekt naar werk of werkt mee aan een traject naar werk, tenzij u daarvan bent vrijgesteld.',
  ],
  bring: [
    'Een geldig identiteitsbewijs van u en uw partner.',
    'Afschriften van al uw bankrekeningen van de laatste 3 maanden.',
    'Bewijs van uw inkomen, zoals loonstroken of een ontslagbrief.',
    'Uw huurcontract of hypotheekgegevens.',
  ],
  leadTime: 'Wij beslissen binnen 8 weken. Meestal bent u binnen 4 weken na uw aanvraag uitgenodigd voor een gesprek.',
  howTo:
    '1. Meld u online met DigiD via werk.nl. Dat is de website van het UWV.\n' +
    `2. Binnen 3 werkdagen neemt ${m.werkplein} contact met u op.\n` +
    '3. U vult de aanvraag in en stuurt de bewijsstukken mee.\n' +
    '4. U heeft een gesprek met een consulent. Daarna krijgt u een besluit.\n' +
    'Geen DigiD of hulp nodig? Bel de gemeente. Wij helpen u.',
  en: {
    title: 'Apply for social assistance',
    summary: 'Do you have no income, or too little to live on? And are you not entitled to another benefit? Then you can apply for social assistance.',
    description:
      `Social assistance (bijstandsuitkering) is a monthly amount for when you do not have enough money to live on. You get it if you have no job and are not entitled to another benefit, such as unemployment benefit (WW). The rules are in the Participation Act.\n\n` +
      `How much you get depends on your age and your living situation. For a single person aged 21 or over it is about €1,400 a month in 2026. For married or cohabiting couples together it is about €2,000 a month. Do you have your own money or assets above a certain limit? Then you use that first.\n\n` +
      `With social assistance you actively look for work. ${m.werkpleinEn.charAt(0).toUpperCase()}${m.werkpleinEn.slice(1)} helps you with this. Do you need money straight away? Then ask for an advance payment.`,
    forWhom: `For residents of ${m.name} aged 18 up to the state pension age who do not have enough income to live on.`,
    conditions: [
      `You live in ${m.name} and you are 18 or older.`,
      'You live in the Netherlands legally.',
      'Your income and assets are below the limit.',
      'You look for work or take part in a programme towards work, unless you are exempt.',
    ],
    bring: [
      "A valid proof of identity for you and your partner.",
      'Statements of all your bank accounts for the last 3 months.',
      'Proof of your income, such as payslips or a letter of dismissal.',
      'Your rental contract or mortgage details.',
    ],
    leadTime: 'We decide within 8 weeks. You are usually invited for an interview within 4 weeks after applying.',
    howTo:
      '1. Register online with DigiD at werk.nl. This is the website of the UWV.\n' +
      `2. Within 3 working days ${m.werkpleinEn} contacts you.\n` +
      '3. You fill in the application and send the supporting documents.\n' +
      '4. You have an interview with a consultant. After that you receive a decision.\n' +
      'No DigiD or need help? Call the municipality. We will help you.',
  },
});

const bijzondereBijstand: Builder = (m) => ({
  slug: 'bijzondere-bijstand',
  audience: ['inwoner'],
  categories: ['werk-en-inkomen'],
  leadTimeDays: 56,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: [],
  keywords: ['bijzondere bijstand', 'bijzondere kosten', 'onverwachte kosten', 'extra kosten', 'vergoeding', 'tegemoetkoming', 'wasmachine kapot', 'bewindvoering', 'eigen risico', 'tandarts', 'laag inkomen', 'special assistance'],
  related: ['bijstandsuitkering', 'individuele-inkomenstoeslag', 'kwijtschelding-gemeentelijke-belastingen', 'schuldhulp'],
  title: 'Bijzondere bijstand aanvragen',
  summary: 'Heeft u een laag inkomen en onverwachte, noodzakelijke kosten die u niet kunt betalen? Misschien kunt u bijzondere bijstand krijgen.',
  description:
    `Bijzondere bijstand is een vergoeding voor noodzakelijke kosten die u niet zelf kunt betalen. Bijvoorbeeld kosten voor bewindvoering, een tandartsrekening die de zorgverzekering niet betaalt, of de inrichting van uw eerste woning na een scheiding.\n\n` +
    `U hoeft hiervoor geen bijstandsuitkering te hebben. Ook met werk of AOW kunt u bijzondere bijstand krijgen als uw inkomen laag is. Wij kijken naar uw inkomen, uw spaargeld en of de kosten echt nodig zijn.\n\n` +
    `Vraag de bijzondere bijstand aan vóórdat u de kosten maakt. Soms krijgt u het geld als lening in plaats van als gift.`,
  forWhom: `Voor inwoners van ${m.name} met een laag inkomen en weinig spaargeld die noodzakelijke kosten hebben.`,
  conditions: [
    `U woont in ${m.name} en u bent 18 jaar of ouder.`,
    'Uw inkomen en spaargeld zijn laag.',
    'De kosten zijn noodzakelijk en worden niet door iets anders vergoed, zoals uw zorgverzekering.',
    'U vraagt de bijstand aan vóór of binnen 3 maanden na het maken van de kosten.',
  ],
  bring: [
    'Een offerte of rekening van de kosten.',
    'Bewijs van uw inkomen van de laatste maand.',
    'Afschriften van al uw bankrekeningen van de laatste 3 maanden.',
    'Als het om zorgkosten gaat: het overzicht van uw zorgverzekeraar.',
  ],
  leadTime: 'Wij beslissen binnen 8 weken.',
  howTo:
    `1. Vraag bijzondere bijstand aan met DigiD op ${m.portal}.\n` +
    '2. Stuur de offerte of rekening en uw bewijsstukken mee.\n' +
    '3. Soms bellen wij u voor extra uitleg.\n' +
    '4. U krijgt een besluit. Krijgt u de bijstand? Dan maken wij het geld over.',
  en: {
    title: 'Apply for special assistance',
    summary: 'Do you have a low income and unexpected, necessary costs that you cannot pay? You may be able to get special assistance.',
    description:
      `Special assistance (bijzondere bijstand) is a contribution to necessary costs that you cannot pay yourself. For example the costs of financial guardianship, a dentist's bill your health insurance does not cover, or furnishing your first home after a divorce.\n\n` +
      `You do not need to be on social assistance for this. Even with a job or a state pension you can get special assistance if your income is low. We look at your income, your savings and whether the costs are really necessary.\n\n` +
      `Apply for special assistance before you incur the costs. Sometimes you get the money as a loan instead of a gift.`,
    forWhom: `For residents of ${m.name} with a low income and few savings who have necessary costs.`,
    conditions: [
      `You live in ${m.name} and you are 18 or older.`,
      'Your income and savings are low.',
      'The costs are necessary and are not covered by something else, such as your health insurance.',
      'You apply before or within 3 months after incurring the costs.',
    ],
    bring: [
      'A quote or bill for the costs.',
      "Proof of last month's income.",
      'Statements of all your bank accounts for the last 3 months.',
      "For healthcare costs: your health insurer's statement.",
    ],
    leadTime: 'We decide within 8 weeks.',
    howTo:
      `1. Apply for special assistance with DigiD at ${m.portal}.\n` +
      '2. Send the quote or bill and your supporting documents.\n' +
      '3. Sometimes we call you for more information.\n' +
      '4. You receive a decision. If you get the assistance, we transfer the money.',
  },
});

const schuldhulp: Builder = (m) => ({
  slug: 'schuldhulp',
  audience: ['inwoner', 'ondernemer'],
  categories: ['werk-en-inkomen', 'zorg-en-welzijn'],
  leadTimeDays: 3,
  channels: { online: true, appointment: true, phone: true, desk: false },
  prices: [],
  keywords: ['schuldhulp', 'schuldhulpverlening', 'schulden', 'schuld', 'geldzorgen', 'geldproblemen', 'betalingsachterstand', 'rekeningen', 'deurwaarder', 'budgetcoach', 'budgetbeheer', 'schuldsanering', 'wsnp', 'debt help'],
  related: ['kwijtschelding-gemeentelijke-belastingen', 'bijzondere-bijstand', 'bijstandsuitkering', 'individuele-inkomenstoeslag'],
  title: 'Hulp bij geldzorgen en schulden',
  summary: 'Heeft u moeite om uw rekeningen te betalen of heeft u schulden? Vraag op tijd gratis hulp aan. Hoe eerder, hoe beter.',
  description:
    `Heeft u geldzorgen, betalingsachterstanden of schulden? U bent niet de enige. Wacht niet te lang en vraag hulp. Hoe eerder u hulp vraagt, hoe makkelijker het is om het op te lossen. Schuldhulp van de gemeente is gratis.\n\n` +
    `Een schuldhulpverlener van ${m.socialTeam} maakt samen met u een overzicht van uw inkomsten, uitgaven en schulden. Daarna kijken wij wat u nodig heeft. Bijvoorbeeld een budgetcoach, hulp bij het maken van afspraken met schuldeisers, of een schuldregeling. Bij een schuldregeling betaalt u 18 maanden zoveel mogelijk af. Daarna bent u meestal van uw schulden af.\n\n` +
    `Ook ondernemers met geldproblemen kunnen bij ons terecht. Dreigt u uit uw huis gezet te worden of wordt uw gas en licht afgesloten? Bel dan meteen. Dan helpen wij u binnen 3 werkdagen.`,
  forWhom: `Voor inwoners en ondernemers in ${m.name} met geldzorgen of schulden.`,
  conditions: [
    `U woont in ${m.name} en u bent 18 jaar of ouder.`,
    'U wilt zelf aan de slag met uw geldzaken.',
    'U maakt geen nieuwe schulden tijdens de hulp.',
  ],
  bring: [
    'Uw identiteitsbewijs.',
    'Uw brieven van schuldeisers, incassobureaus en deurwaarders (ook ongeopende post).',
    'Bankafschriften van de laatste 3 maanden.',
    'Bewijs van uw inkomen en vaste lasten.',
  ],
  leadTime: 'Wij nemen binnen 3 werkdagen contact met u op. Het eerste gesprek is binnen 4 weken, bij spoed sneller.',
  howTo:
    `1. Bel ${m.socialTeam} of meld u aan op ${m.portal}. U kunt ook langskomen op het inloopspreekuur.\n` +
    '2. U heeft een eerste gesprek met een schuldhulpverlener.\n' +
    '3. Samen maken wij een plan.\n' +
    'Liever eerst anoniem advies? Bel dan gratis de landelijke Geldfit-hulplijn.',
  en: {
    title: 'Help with money worries and debts',
    summary: 'Are you having trouble paying your bills or do you have debts? Ask for free help in good time. The sooner, the better.',
    description:
      `Do you have money worries, payment arrears or debts? You are not alone. Do not wait too long and ask for help. The sooner you ask for help, the easier it is to solve. Debt help from the municipality is free.\n\n` +
      `A debt counsellor from ${m.socialTeamEn} makes an overview of your income, expenses and debts together with you. Then we look at what you need. For example a budget coach, help with making arrangements with creditors, or a debt settlement. In a debt settlement you pay off as much as possible for 18 months. After that you are usually free of your debts.\n\n` +
      `Business owners with money problems can also come to us. Are you about to be evicted, or will your gas and electricity be cut off? Then call straight away. We will help you within 3 working days.`,
    forWhom: `For residents and business owners in ${m.name} with money worries or debts.`,
    conditions: [
      `You live in ${m.name} and you are 18 or older.`,
      'You want to work on your finances yourself.',
      'You do not take on new debts during the help.',
    ],
    bring: [
      'Your proof of identity.',
      'Your letters from creditors, debt collection agencies and bailiffs (also unopened post).',
      'Bank statements for the last 3 months.',
      'Proof of your income and fixed costs.',
    ],
    leadTime: 'We contact you within 3 working days. The first meeting is within 4 weeks, sooner if urgent.',
    howTo:
      `1. Call ${m.socialTeamEn} or sign up at ${m.portal}. You can also come to the walk-in hours.\n` +
      '2. You have a first meeting with a debt counsellor.\n' +
      '3. Together we make a plan.\n' +
      'Prefer anonymous advice first? Then call the free national Geldfit helpline.',
  },
});

const iit: Builder = (m) => ({
  slug: 'individuele-inkomenstoeslag',
  audience: ['inwoner'],
  categories: ['werk-en-inkomen'],
  leadTimeDays: 56,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: [],
  keywords: ['individuele inkomenstoeslag', 'inkomenstoeslag', 'iit', 'toeslag', 'langdurig laag inkomen', 'laag inkomen', 'minimum', 'minima', 'extra geld', 'income supplement'],
  related: ['bijstandsuitkering', 'bijzondere-bijstand', 'kwijtschelding-gemeentelijke-belastingen'],
  title: 'Individuele inkomenstoeslag aanvragen',
  summary: 'Heeft u al 3 jaar of langer een laag inkomen? Dan kunt u een keer per jaar een extra bedrag krijgen: de individuele inkomenstoeslag.',
  description:
    `Leeft u al lang van een laag inkomen? Dan is het moeilijk om te sparen voor een nieuwe koelkast, kleding of een fiets. Daarom kunt u één keer per jaar de individuele inkomenstoeslag aanvragen. U bepaalt zelf waaraan u het geld besteedt.\n\n` +
    `In ${m.name} is de toeslag in 2026 ${eur(m.iitAlleenstaand)} voor een alleenstaande, ${eur(m.iitSamenwonend)} voor gehuwden of samenwoners en ${eur(m.iitGezin)} voor een gezin met kinderen.\n\n` +
    `Wij kijken of u de afgelopen 3 jaar een laag inkomen had en of u weinig kans heeft om dat te verbeteren. Bijvoorbeeld door uw leeftijd of gezondheid.`,
  forWhom: `Voor inwoners van ${m.name} van 21 jaar tot de AOW-leeftijd die al minstens 3 jaar een laag inkomen hebben.`,
  conditions: [
    'U bent 21 jaar of ouder en nog niet met pensioen.',
    'Uw inkomen is al 3 jaar of langer niet hoger dan het bijstandsniveau.',
    'U heeft weinig spaargeld.',
    'U heeft in de afgelopen 12 maanden geen individuele inkomenstoeslag gekregen.',
  ],
  bring: [
    'Bewijs van uw inkomen van de laatste maand.',
    'Afschriften van al uw bankrekeningen van de laatste 3 maanden.',
    'Uw rekeningnummer.',
  ],
  leadTime: 'Wij beslissen binnen 8 weken.',
  howTo:
    `Vraag de toeslag aan met DigiD op ${m.portal}, of bel ${m.werkplein} voor een formulier. Heeft u een bijstandsuitkering? Dan sturen wij u soms vanzelf een brief.`,
  en: {
    title: 'Apply for the individual income supplement',
    summary: 'Have you had a low income for 3 years or longer? Then once a year you can get an extra amount: the individual income supplement.',
    description:
      `Have you lived on a low income for a long time? Then it is hard to save for a new fridge, clothes or a bicycle. That is why you can apply for the individual income supplement once a year. You decide yourself what you spend the money on.\n\n` +
      `In ${m.name} the supplement in 2026 is ${eurEn(m.iitAlleenstaand)} for a single person, ${eurEn(m.iitSamenwonend)} for married or cohabiting couples and ${eurEn(m.iitGezin)} for a family with children.\n\n` +
      `We check whether you had a low income for the last 3 years and whether you have little chance of improving it. For example because of your age or health.`,
    forWhom: `For residents of ${m.name} aged 21 up to the state pension age who have had a low income for at least 3 years.`,
    conditions: [
      'You are 21 or older and not yet retired.',
      'Your income has not been higher than the social assistance level for 3 years or longer.',
      'You have few savings.',
      'You have not received the individual income supplement in the last 12 months.',
    ],
    bring: [
      "Proof of last month's income.",
      'Statements of all your bank accounts for the last 3 months.',
      'Your bank account number.',
    ],
    leadTime: 'We decide within 8 weeks.',
    howTo:
      `Apply for the supplement with DigiD at ${m.portal}, or call ${m.werkpleinEn} for a form. Are you on social assistance? Then we sometimes send you a letter automatically.`,
  },
});

const werkZoeken: Builder = (m) => ({
  slug: 'werk-zoeken',
  audience: ['inwoner', 'ondernemer'],
  categories: ['werk-en-inkomen'],
  leadTimeDays: null,
  channels: { online: true, appointment: true, phone: true, desk: true },
  prices: [],
  keywords: ['werk zoeken', 'werk', 'baan', 'vacatures', 'sollicitatie', 'solliciteren', 're-integratie', 'reintegratie', 'werkplein', 'leerwerkplek', 'taal', 'opleiding', 'banenafspraak', 'job', 'find work'],
  related: ['bijstandsuitkering', 'verklaring-omtrent-het-gedrag', 'ondernemersloket'],
  title: 'Hulp bij werk zoeken',
  summary: `Zoekt u werk en lukt het niet alleen? ${m.werkplein.charAt(0).toUpperCase()}${m.werkplein.slice(1)} helpt u met solliciteren, een opleiding of een werkervaringsplek.`,
  description:
    `Wilt u aan het werk, maar lukt het niet goed om een baan te vinden? ${m.werkplein.charAt(0).toUpperCase()}${m.werkplein.slice(1)} helpt u. Bijvoorbeeld met uw cv, sollicitatietraining, een taalcursus, een opleiding of een werkervaringsplek. Dit heet ook wel re-integratie.\n\n` +
    `Heeft u een bijstandsuitkering? Dan krijgt u een vaste werkcoach. Heeft u geen uitkering, maar wilt u wel hulp? Dan kunt u ook bij ons terecht. Heeft u een beperking? Dan kijken wij samen naar passend werk, bijvoorbeeld via de banenafspraak.\n\n` +
    `Bent u werkgever en zoekt u personeel? Ook dan helpt ${m.werkplein} u, bijvoorbeeld met kandidaten en subsidies zoals loonkostensubsidie.`,
  forWhom: `Voor werkzoekenden in ${m.name}, met of zonder uitkering, en voor werkgevers die personeel zoeken.`,
  conditions: [
    `U woont in ${m.name}, of u heeft als werkgever een vestiging in de regio.`,
    'U bent 18 jaar of ouder, of u bent een jongere zonder startkwalificatie.',
  ],
  bring: [
    'Uw cv, als u dat heeft.',
    'Diploma’s en getuigschriften.',
    'Uw identiteitsbewijs.',
  ],
  leadTime: 'U krijgt binnen 2 weken een eerste gesprek met een werkcoach.',
  howTo:
    `Meld u aan via ${m.portal} of loop binnen bij ${m.werkplein} tijdens het inloopspreekuur. Een werkcoach maakt samen met u een plan. Werkgevers bellen het werkgeversservicepunt.`,
  en: {
    title: 'Help finding work',
    summary: `Are you looking for work and finding it hard on your own? ${m.werkpleinEn.charAt(0).toUpperCase()}${m.werkpleinEn.slice(1)} helps you with applying for jobs, training or a work placement.`,
    description:
      `Do you want to work, but are you finding it hard to get a job? ${m.werkpleinEn.charAt(0).toUpperCase()}${m.werkpleinEn.slice(1)} can help you. For example with your CV, job application training, a language course, training or a work placement. This is also called reintegration.\n\n` +
      `Are you on social assistance? Then you get a regular work coach. Are you not on benefits, but would you like help? Then you can also come to us. Do you have a disability? Then we look for suitable work together, for example through the jobs agreement (banenafspraak).\n\n` +
      `Are you an employer looking for staff? ${m.werkpleinEn.charAt(0).toUpperCase()}${m.werkpleinEn.slice(1)} can help you too, for example with candidates and subsidies such as wage cost subsidy.`,
    forWhom: `For job seekers in ${m.name}, with or without benefits, and for employers looking for staff.`,
    conditions: [
      `You live in ${m.name}, or as an employer you have a business in the region.`,
      'You are 18 or older, or you are a young person without a basic qualification.',
    ],
    bring: [
      'Your CV, if you have one.',
      'Diplomas and references.',
      'Your proof of identity.',
    ],
    leadTime: 'You get a first meeting with a work coach within 2 weeks.',
    howTo:
      `Sign up at ${m.portal} or walk in at ${m.werkpleinEn} during the walk-in hours. A work coach makes a plan together with you. Employers call the employer service desk.`,
  },
});

// ---------------------------------------------------------------------------
// Ondernemen
// ---------------------------------------------------------------------------

const ondernemersloket: Builder = (m) => ({
  slug: 'ondernemersloket',
  audience: ['ondernemer'],
  categories: ['ondernemen'],
  leadTimeDays: 5,
  channels: { online: true, appointment: true, phone: true, desk: false },
  prices: [],
  keywords: ['ondernemersloket', 'ondernemer', 'ondernemen', 'bedrijf starten', 'eigen bedrijf', 'starter', 'starten', 'zzp', 'bedrijfscontactfunctionaris', 'vestigen', 'bedrijfspand', 'bedrijventerrein', 'kvk', 'business desk'],
  related: ['exploitatievergunning-horeca', 'terrasvergunning', 'marktstandplaats', 'werk-zoeken'],
  title: 'Ondernemersloket: hulp voor ondernemers',
  summary: `Start u een bedrijf in ${m.name}, zoekt u een bedrijfspand of heeft u een vraag over vergunningen? Het Ondernemersloket is uw vaste aanspreekpunt.`,
  description:
    `Het Ondernemersloket is er voor alle ondernemers in ${m.name}: van zzp'er tot groot bedrijf. U heeft één vast aanspreekpunt bij de gemeente, de bedrijfscontactfunctionaris. Die zoekt uw vraag uit en brengt u in contact met de juiste collega's.\n\n` +
    `Wij helpen u bijvoorbeeld met vragen over vergunningen, een geschikt bedrijfspand of bedrijfskavel, aanbestedingen, of personeel via ${m.werkplein}. Start u een bedrijf? Schrijf u dan eerst in bij de Kamer van Koophandel (KVK). Wij vertellen u welke gemeentelijke regels voor u gelden.\n\n` +
    `Een gesprek met het Ondernemersloket is gratis. Wij komen ook graag bij u langs op uw bedrijf.`,
  forWhom: `Voor startende en gevestigde ondernemers in ${m.name}, en voor bedrijven die zich hier willen vestigen.`,
  conditions: [
    `Uw bedrijf is gevestigd in ${m.name}, of u wilt zich hier vestigen.`,
    'Een gesprek is gratis en vrijblijvend.',
  ],
  bring: [
    'Uw KVK-nummer, als u dat al heeft.',
    'Een korte beschrijving van uw plan of vraag.',
  ],
  leadTime: 'U krijgt binnen 5 werkdagen antwoord of een afspraak.',
  howTo:
    `Stuur uw vraag via het contactformulier op ${m.portal} (inloggen met eHerkenning is niet nodig), of bel de gemeente en vraag naar het Ondernemersloket. Wij maken een afspraak op ${m.hall} of bij u op de zaak.`,
  en: {
    title: 'Business desk: help for entrepreneurs',
    summary: `Are you starting a business in ${m.name}, looking for business premises or do you have a question about permits? The business desk is your regular point of contact.`,
    description:
      `The business desk (Ondernemersloket) is there for all entrepreneurs in ${m.name}: from freelancers to large companies. You have one regular contact at the municipality, the business liaison officer. They look into your question and put you in touch with the right colleagues.\n\n` +
      `We help you, for example, with questions about permits, suitable business premises or a business plot, tenders, or staff through ${m.werkpleinEn}. Are you starting a business? Then first register with the Chamber of Commerce (KVK). We tell you which municipal rules apply to you.\n\n` +
      `A meeting with the business desk is free. We are also happy to visit you at your business.`,
    forWhom: `For new and established entrepreneurs in ${m.name}, and for businesses that want to set up here.`,
    conditions: [
      `Your business is based in ${m.name}, or you want to set up here.`,
      'A meeting is free and without obligation.',
    ],
    bring: [
      'Your KVK number, if you already have one.',
      'A short description of your plan or question.',
    ],
    leadTime: 'You receive an answer or an appointment within 5 working days.',
    howTo:
      `Send your question through the contact form at ${m.portal} (no need to log in with eHerkenning), or call the municipality and ask for the business desk. We make an appointment at ${m.hallEn} or at your business.`,
  },
});

const exploitatievergunning: Builder = (m) => ({
  slug: 'exploitatievergunning-horeca',
  audience: ['ondernemer'],
  categories: ['ondernemen'],
  leadTimeDays: 56,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(line('Exploitatievergunning horeca', 'Hospitality operating licence', m.fees.exploitatie)),
  keywords: ['exploitatievergunning', 'horecavergunning', 'horeca', 'café', 'cafe', 'restaurant', 'lunchroom', 'eetcafé', 'horecazaak', 'horeca beginnen', 'bibob', 'openingstijden horeca', 'hospitality licence'],
  related: ['alcoholvergunning', 'terrasvergunning', 'ondernemersloket', 'verklaring-omtrent-het-gedrag'],
  title: 'Exploitatievergunning horeca aanvragen',
  summary: 'Begint u een café, restaurant of lunchroom? Of neemt u een horecazaak over? Dan heeft u een exploitatievergunning nodig.',
  description:
    `Met een exploitatievergunning mag u een horecazaak openen en runnen. Bijvoorbeeld een café, restaurant, eetcafé, snackbar of lunchroom. De burgemeester geeft de vergunning. Zo zorgen wij voor veiligheid en rust in de buurt.\n\n` +
    `Wij kijken of u en uw zaak aan de regels voldoen. Bijvoorbeeld of de horecazaak past in het omgevingsplan en of het pand veilig is. Ook doen wij een Bibob-toets. Daarmee controleren wij of er geen risico is op criminele activiteiten.\n\n` +
    `Schenkt u alcohol? Dan heeft u ook een alcoholvergunning nodig. Vraag beide vergunningen tegelijk aan. Neemt u een bestaande zaak over? Dan heeft u toch een nieuwe vergunning op uw naam nodig.`,
  forWhom: `Voor ondernemers die in ${m.name} een horecazaak willen beginnen of overnemen.`,
  conditions: [
    'U en uw leidinggevenden zijn 21 jaar of ouder en van goed gedrag.',
    'De horecazaak past in het omgevingsplan.',
    'Het pand voldoet aan de regels voor brandveiligheid.',
    'U werkt mee aan de Bibob-toets.',
  ],
  bring: [
    'Een uittreksel van de KVK.',
    'Een plattegrond van de zaak met de inrichting.',
    'Een kopie van de identiteitsbewijzen van de leidinggevenden.',
    'Het ingevulde Bibob-formulier en het huurcontract of koopakte.',
  ],
  leadTime: 'Wij beslissen binnen 8 weken. Door de Bibob-toets kan het soms langer duren.',
  howTo:
    `1. Neem eerst contact op met het Ondernemersloket. Wij bespreken uw plan met u.\n` +
    `2. Vraag de vergunning aan met eHerkenning op ${m.portal}.\n` +
    '3. Wij controleren uw aanvraag en bezoeken soms de zaak.\n' +
    '4. U krijgt een besluit van de burgemeester.',
  en: {
    title: 'Apply for a hospitality operating licence',
    summary: 'Are you opening a café, restaurant or lunchroom? Or taking over a hospitality business? Then you need an operating licence.',
    description:
      `With an operating licence (exploitatievergunning) you may open and run a hospitality business. For example a café, restaurant, bistro, snack bar or lunchroom. The mayor grants the licence. This way we ensure safety and peace in the neighbourhood.\n\n` +
      `We check whether you and your business meet the rules. For example whether the business fits the environment plan and whether the building is safe. We also carry out a Bibob check. This checks that there is no risk of criminal activity.\n\n` +
      `Do you serve alcohol? Then you also need an alcohol licence. Apply for both licences at the same time. Are you taking over an existing business? You still need a new licence in your name.`,
    forWhom: `For entrepreneurs who want to start or take over a hospitality business in ${m.name}.`,
    conditions: [
      'You and your managers are 21 or older and of good conduct.',
      'The business fits the environment plan.',
      'The building meets the fire safety rules.',
      'You cooperate with the Bibob check.',
    ],
    bring: [
      'An extract from the Chamber of Commerce (KVK).',
      'A floor plan of the premises with the layout.',
      'A copy of the proofs of identity of the managers.',
      'The completed Bibob form and the rental contract or deed of purchase.',
    ],
    leadTime: 'We decide within 8 weeks. The Bibob check can sometimes make it take longer.',
    howTo:
      `1. First contact the business desk. We discuss your plan with you.\n` +
      `2. Apply for the licence with eHerkenning at ${m.portal}.\n` +
      '3. We check your application and sometimes visit the premises.\n' +
      '4. You receive a decision from the mayor.',
  },
});

const alcoholvergunning: Builder = (m) => ({
  slug: 'alcoholvergunning',
  audience: ['ondernemer'],
  categories: ['ondernemen'],
  leadTimeDays: 56,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Alcoholvergunning, nieuwe vergunning', 'Alcohol licence, new licence', m.fees.alcohol),
    line('Wijziging leidinggevende (aanhangsel)', 'Change of manager (annex)', m.fees.alcoholWijziging),
  ),
  keywords: ['alcoholvergunning', 'drank- en horecavergunning', 'drankvergunning', 'drank', 'alcohol', 'alcoholwet', 'sociale hygiëne', 'bier', 'wijn', 'slijterij', 'leidinggevende', 'paracommercieel', 'sportkantine', 'alcohol licence'],
  related: ['exploitatievergunning-horeca', 'terrasvergunning', 'evenementenvergunning'],
  title: 'Alcoholvergunning (drank- en horecavergunning) aanvragen',
  summary: 'Wilt u in uw horecazaak, slijterij of sportkantine alcohol verkopen of schenken? Dan heeft u een alcoholvergunning nodig.',
  description:
    `Schenkt of verkoopt u alcohol in een café, restaurant, slijterij of kantine van een vereniging? Dan heeft u een alcoholvergunning nodig. Vroeger heette dit een drank- en horecavergunning. De regels staan in de Alcoholwet.\n\n` +
    `Alle leidinggevenden moeten 21 jaar of ouder zijn en het Verklaring Sociale Hygiëne hebben. Dat is een diploma waarmee u laat zien dat u verantwoord alcohol kunt schenken. Ook moet de ruimte aan eisen voldoen, bijvoorbeeld voor ventilatie en toiletten.\n\n` +
    `Komt er een nieuwe leidinggevende bij? Dan vraagt u een wijziging aan. Wilt u eenmalig alcohol schenken op een evenement? Dan vraagt u een ontheffing aan bij de evenementenvergunning.`,
  forWhom: `Voor horecaondernemers, slijterijen en verenigingen met een kantine in ${m.name}.`,
  conditions: [
    'Alle leidinggevenden zijn 21 jaar of ouder en hebben de Verklaring Sociale Hygiëne.',
    'De leidinggevenden zijn van goed gedrag.',
    'De ruimte voldoet aan de inrichtingseisen uit de Alcoholwet.',
    'U schenkt geen alcohol aan jongeren onder 18 jaar.',
  ],
  bring: [
    'De diploma’s Sociale Hygiëne van alle leidinggevenden.',
    'Een plattegrond van de ruimte.',
    'Een uittreksel van de KVK of de statuten van uw vereniging.',
    'Een kopie van de identiteitsbewijzen van de leidinggevenden.',
  ],
  leadTime: 'Wij beslissen binnen 8 weken.',
  howTo:
    `1. Vraag de vergunning aan met eHerkenning op ${m.portal}. Doe dit tegelijk met de exploitatievergunning.\n` +
    '2. Voeg alle stukken toe.\n' +
    '3. Een toezichthouder bekijkt soms uw zaak.\n' +
    '4. U krijgt een besluit. Hang de vergunning zichtbaar op in uw zaak.',
  en: {
    title: 'Apply for an alcohol licence',
    summary: 'Do you want to sell or serve alcohol in your hospitality business, off-licence or sports canteen? Then you need an alcohol licence.',
    description:
      `Do you serve or sell alcohol in a café, restaurant, off-licence or club canteen? Then you need an alcohol licence (alcoholvergunning). This used to be called a drinks and hospitality licence. The rules are in the Alcohol Act.\n\n` +
      `All managers must be 21 or older and hold the Social Hygiene Certificate (Verklaring Sociale Hygiëne). This diploma shows that you can serve alcohol responsibly. The premises must also meet requirements, for example for ventilation and toilets.\n\n` +
      `Is a new manager joining? Then apply for a change. Do you want to serve alcohol once at an event? Then apply for an exemption with the event permit.`,
    forWhom: `For hospitality businesses, off-licences and clubs with a canteen in ${m.name}.`,
    conditions: [
      'All managers are 21 or older and hold the Social Hygiene Certificate.',
      'The managers are of good conduct.',
      'The premises meet the layout requirements of the Alcohol Act.',
      'You do not serve alcohol to young people under 18.',
    ],
    bring: [
      'The Social Hygiene diplomas of all managers.',
      'A floor plan of the premises.',
      "An extract from the Chamber of Commerce (KVK) or your club's articles of association.",
      'A copy of the proofs of identity of the managers.',
    ],
    leadTime: 'We decide within 8 weeks.',
    howTo:
      `1. Apply for the licence with eHerkenning at ${m.portal}. Do this at the same time as the operating licence.\n` +
      '2. Add all documents.\n' +
      '3. An inspector sometimes visits your premises.\n' +
      '4. You receive a decision. Display the licence visibly in your premises.',
  },
});

const terrasvergunning: Builder = (m) => ({
  slug: 'terrasvergunning',
  audience: ['ondernemer'],
  categories: ['ondernemen', 'openbare-ruimte'],
  leadTimeDays: 56,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Terrasvergunning (eenmalige leges)', 'Terrace permit (one-off fee)', m.fees.terrasLeges),
    line('Gebruik openbare grond voor een terras, per m² per jaar', 'Use of public space for a terrace, per m² per year', m.fees.terrasPerM2),
  ),
  keywords: ['terrasvergunning', 'terras', 'terrassen', 'buitenterras', 'zomerterras', 'terrasoverkapping', 'tafels buiten', 'stoep', 'horeca', 'uitstalling', 'terrace permit'],
  related: ['exploitatievergunning-horeca', 'alcoholvergunning', 'ondernemersloket'],
  title: 'Terrasvergunning aanvragen',
  summary: 'Wilt u bij uw horecazaak tafels en stoelen buiten zetten op de stoep of het plein? Vraag dan een terrasvergunning aan.',
  description:
    `Wilt u een terras op openbare grond, zoals de stoep of een plein? Dan heeft u een terrasvergunning nodig. In de vergunning staat hoe groot het terras mag zijn en op welke tijden het open mag.\n\n` +
    `Wij letten erop dat voetgangers, rolstoelen, kinderwagens en hulpdiensten er goed langs kunnen. Er blijft altijd een vrije looproute van minstens 1,5 meter breed. Een terras op uw eigen grond heeft soms geen vergunning nodig, maar het moet wel passen in het omgevingsplan.\n\n` +
    `Voor een terras op openbare grond betaalt u eenmalig leges. Daarnaast betaalt u elk jaar een bedrag per vierkante meter: in 2026 ${eur(m.fees.terrasPerM2)} per m².`,
  forWhom: `Voor horecaondernemers in ${m.name} met een exploitatievergunning.`,
  conditions: [
    'U heeft een exploitatievergunning voor uw horecazaak.',
    'Er blijft een vrije looproute van minstens 1,5 meter.',
    'Het terras ligt direct voor of naast uw zaak.',
    'U ruimt het terras op na sluitingstijd.',
  ],
  bring: [
    'Een tekening van het terras met de maten en de plek van tafels, stoelen en parasols.',
    'Een foto van de plek.',
    'Uw KVK-nummer.',
  ],
  leadTime: 'Wij beslissen binnen 8 weken. Vraag de vergunning voor het zomerseizoen aan vóór 1 maart.',
  howTo:
    `1. Vraag de terrasvergunning aan met eHerkenning op ${m.portal}.\n` +
    '2. Voeg de tekening en foto toe.\n' +
    '3. Wij beoordelen de plek en de veiligheid.\n' +
    '4. U krijgt een besluit en een aanslag voor het gebruik van de openbare grond.',
  en: {
    title: 'Apply for a terrace permit',
    summary: 'Do you want to put tables and chairs outside your hospitality business on the pavement or square? Then apply for a terrace permit.',
    description:
      `Do you want a terrace on public space, such as the pavement or a square? Then you need a terrace permit. The permit states how large the terrace may be and at what times it may be open.\n\n` +
      `We make sure that pedestrians, wheelchairs, prams and emergency services can get past easily. There is always a free walking route of at least 1.5 metres wide. A terrace on your own land sometimes does not need a permit, but it must fit the environment plan.\n\n` +
      `For a terrace on public space you pay a one-off fee. In addition you pay a yearly amount per square metre: in 2026 ${eurEn(m.fees.terrasPerM2)} per m².`,
    forWhom: `For hospitality entrepreneurs in ${m.name} with an operating licence.`,
    conditions: [
      'You have an operating licence for your hospitality business.',
      'A free walking route of at least 1.5 metres remains.',
      'The terrace is directly in front of or next to your business.',
      'You clear the terrace after closing time.',
    ],
    bring: [
      'A drawing of the terrace with the dimensions and the position of tables, chairs and parasols.',
      'A photo of the location.',
      'Your KVK number.',
    ],
    leadTime: 'We decide within 8 weeks. Apply for the summer season before 1 March.',
    howTo:
      `1. Apply for the terrace permit with eHerkenning at ${m.portal}.\n` +
      '2. Add the drawing and photo.\n' +
      '3. We assess the location and safety.\n' +
      '4. You receive a decision and a bill for the use of public space.',
  },
});

const marktstandplaats: Builder = (m) => ({
  slug: 'marktstandplaats',
  audience: ['ondernemer'],
  categories: ['ondernemen'],
  leadTimeDays: 28,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Marktgeld, dagplaats, per strekkende meter per dag', 'Market fee, day pitch, per metre per day', m.fees.marktDag),
    line('Marktgeld, vaste plaats, per strekkende meter per jaar', 'Market fee, permanent pitch, per metre per year', m.fees.marktJaar),
  ),
  keywords: ['markt', 'weekmarkt', 'marktkraam', 'standplaats', 'marktplaats', 'marktgeld', 'kraam', 'foodtruck', 'viskraam', 'sollicitatielijst', 'marktmeester', 'market pitch'],
  related: ['ondernemersloket', 'evenementenvergunning', 'terrasvergunning'],
  title: 'Standplaats op de weekmarkt aanvragen',
  summary: `Wilt u met een kraam op de weekmarkt staan, ${m.market}? Vraag een vaste plaats of een dagplaats aan.`,
  description:
    `De weekmarkt is ${m.market}. Wilt u daar met een kraam staan? Dan heeft u een standplaats nodig. U kunt een vaste plaats krijgen voor een heel jaar, of een dagplaats voor één marktdag.\n\n` +
    `Voor een vaste plaats komt u eerst op een wachtlijst. Wij letten op een goede mix van producten. Dagplaatsen verdeelt de marktmeester op de marktdag zelf om 7.30 uur.\n\n` +
    `Wilt u buiten de markt met een kraam of foodtruck op een vaste plek staan, bijvoorbeeld bij een winkelcentrum? Dan vraagt u een aparte standplaatsvergunning aan. Neem daarvoor contact op met het Ondernemersloket.`,
  forWhom: `Voor ondernemers die op de weekmarkt in ${m.name} willen verkopen.`,
  conditions: [
    'U staat ingeschreven bij de KVK.',
    'U verkoopt producten die passen bij de markt.',
    'Voor eten: u voldoet aan de regels voor hygiëne van de NVWA.',
    'U betaalt het marktgeld op tijd.',
  ],
  bring: [
    'Een uittreksel van de KVK.',
    'Een omschrijving van uw producten en de lengte van uw kraam.',
    'Voor eten en drinken: een bewijs van registratie bij de NVWA.',
  ],
  leadTime: 'Een dagplaats kunt u direct op de marktdag krijgen als er plek is. Voor een vaste plaats krijgt u binnen 4 weken bericht over de wachtlijst.',
  howTo:
    `Vaste plaats: vraag deze aan met eHerkenning op ${m.portal}.\n` +
    'Dagplaats: meld u op de marktdag om 7.30 uur bij de marktmeester.',
  en: {
    title: 'Apply for a pitch at the weekly market',
    summary: `Do you want to have a stall at the weekly market, ${m.marketEn}? Apply for a permanent pitch or a day pitch.`,
    description:
      `The weekly market is held ${m.marketEn}. Do you want to have a stall there? Then you need a pitch. You can get a permanent pitch for a whole year, or a day pitch for one market day.\n\n` +
      `For a permanent pitch you first go on a waiting list. We make sure there is a good mix of products. Day pitches are allocated by the market manager on the market day itself at 7.30 am.\n\n` +
      `Do you want to have a stall or food truck in a fixed spot outside the market, for example near a shopping centre? Then you apply for a separate pitch permit. Contact the business desk about this.`,
    forWhom: `For entrepreneurs who want to sell at the weekly market in ${m.name}.`,
    conditions: [
      'You are registered with the Chamber of Commerce (KVK).',
      'You sell products that fit the market.',
      'For food: you meet the hygiene rules of the NVWA (food safety authority).',
      'You pay the market fee on time.',
    ],
    bring: [
      'An extract from the Chamber of Commerce (KVK).',
      'A description of your products and the length of your stall.',
      'For food and drink: proof of registration with the NVWA.',
    ],
    leadTime: 'You can get a day pitch straight away on the market day if there is space. For a permanent pitch you hear about the waiting list within 4 weeks.',
    howTo:
      `Permanent pitch: apply with eHerkenning at ${m.portal}.\n` +
      'Day pitch: report to the market manager at 7.30 am on the market day.',
  },
});

// ---------------------------------------------------------------------------
// Openbare ruimte
// ---------------------------------------------------------------------------

const meldingOpenbareRuimte: Builder = (m) => ({
  slug: 'melding-openbare-ruimte',
  audience: ['inwoner', 'ondernemer'],
  categories: ['openbare-ruimte'],
  leadTimeDays: 10,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: [],
  keywords: ['melding openbare ruimte', 'melding', 'klacht', 'probleem melden', 'lantaarnpaal', 'lantaarnpaal kapot', 'straatlantaarn', 'straatverlichting', 'kapot', 'losse stoeptegel', 'gat in de weg', 'zwerfafval', 'afval op straat', 'dumping', 'hondenpoep', 'graffiti', 'verstopte put', 'wateroverlast', 'report a problem'],
  related: ['boom-melden', 'speelplek', 'grofvuil-laten-ophalen'],
  title: 'Melding openbare ruimte doen',
  summary: 'Ziet u een kapotte lantaarnpaal, een losse stoeptegel, zwerfafval of een verstopte put? Meld het bij de gemeente.',
  description:
    `Wij willen dat ${m.name} schoon, heel en veilig is. Ziet u iets kapot of vies op straat, in het park of op het water? Meld het ons. Bijvoorbeeld een kapotte lantaarnpaal, een losse stoeptegel, een gat in de weg, zwerfafval, gedumpt afval, graffiti of een verstopte put.\n\n` +
    `U doet de melding online, met de app of telefonisch. Met een foto en de precieze plek kunnen wij het sneller oplossen. U krijgt een bericht als uw melding is opgelost.\n\n` +
    `Is er direct gevaar? Bijvoorbeeld een omgevallen boom op de weg of een open put? Bel dan meteen de gemeente. Buiten kantoortijd belt u het storingsnummer. Bij levensgevaar belt u 112.`,
  forWhom: `Voor iedereen die in ${m.name} woont, werkt of op bezoek is.`,
  conditions: [
    'Het gaat om de openbare ruimte: straten, stoepen, parken, speelplekken, water en groen van de gemeente.',
    'Voor problemen in uw eigen huurwoning neemt u contact op met uw verhuurder.',
  ],
  bring: [
    'De plek: een adres, een lantaarnpaalnummer of een punt op de kaart.',
    'Een korte omschrijving van het probleem.',
    'Eventueel een foto.',
  ],
  leadTime: 'Gevaarlijke situaties lossen wij binnen 24 uur op. Andere meldingen meestal binnen 2 weken. Een kapotte lantaarnpaal wordt binnen 10 werkdagen gerepareerd.',
  howTo:
    `1. Doe uw melding via het meldformulier op ${m.portal} of in de app van de gemeente. Inloggen is niet nodig.\n` +
    '2. Wijs de plek aan op de kaart en voeg een foto toe.\n' +
    '3. Laat uw e-mailadres achter als u op de hoogte wilt blijven.\n' +
    'U kunt ook bellen met de gemeente.',
  en: {
    title: 'Report a problem in a public space',
    summary: 'Do you see a broken street light, a loose paving stone, litter or a blocked drain? Report it to the municipality.',
    description:
      `We want ${m.name} to be clean, in good repair and safe. Do you see something broken or dirty in the street, in the park or on the water? Report it to us. For example a broken street light, a loose paving stone, a pothole, litter, dumped waste, graffiti or a blocked drain.\n\n` +
      `You can report it online, with the app or by phone. With a photo and the exact location we can solve it faster. You receive a message when your report has been dealt with.\n\n` +
      `Is there immediate danger? For example a fallen tree on the road or an open manhole? Then call the municipality straight away. Outside office hours you call the emergency line for faults. If lives are at risk, call 112.`,
    forWhom: `For everyone who lives, works or visits ${m.name}.`,
    conditions: [
      'It concerns public space: streets, pavements, parks, play areas, water and greenery of the municipality.',
      'For problems in your own rented home, contact your landlord.',
    ],
    bring: [
      'The location: an address, a street light number or a point on the map.',
      'A short description of the problem.',
      'A photo, if possible.',
    ],
    leadTime: 'We deal with dangerous situations within 24 hours. Other reports usually within 2 weeks. A broken street light is repaired within 10 working days.',
    howTo:
      `1. Make your report through the report form at ${m.portal} or in the municipality's app. You do not need to log in.\n` +
      '2. Point out the location on the map and add a photo.\n' +
      '3. Leave your email address if you want to be kept informed.\n' +
      'You can also call the municipality.',
  },
});

const boomMelden: Builder = (m) => ({
  slug: 'boom-melden',
  audience: ['inwoner'],
  categories: ['openbare-ruimte'],
  leadTimeDays: 14,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: [],
  keywords: ['boom', 'bomen', 'boom melden', 'omgevallen boom', 'tak', 'takken', 'afgebroken tak', 'overhangende takken', 'snoeien', 'zieke boom', 'eikenprocessierups', 'bladeren', 'wortels', 'groen', 'tree'],
  related: ['melding-openbare-ruimte', 'kapvergunning', 'speelplek'],
  title: 'Boom of groen van de gemeente melden',
  summary: 'Hangt er een tak gevaarlijk boven de weg, is een boom ziek of drukken wortels de stoep omhoog? Meld het aan de gemeente.',
  description:
    `De gemeente zorgt voor de bomen, struiken en het gras in straten en parken. Wij controleren de bomen regelmatig. Toch kan het gebeuren dat u iets ziet wat niet goed is. Bijvoorbeeld een afgebroken tak, een scheve of zieke boom, wortels die de stoep omhoog drukken of takken die het verkeersbord of de lantaarn bedekken.\n\n` +
    `Ziet u nesten van de eikenprocessierups? Raak ze niet aan. De haartjes kunnen jeuk en ontstekingen geven. Meld de nesten, dan laten wij ze weghalen.\n\n` +
    `Gaat het om een boom in uw eigen tuin? Dan bent u zelf verantwoordelijk. Voor het weghalen van grotere bomen heeft u soms een vergunning nodig. Lees daarvoor Kapvergunning aanvragen.`,
  forWhom: `Voor iedereen die een probleem ziet met bomen of groen van de gemeente ${m.name}.`,
  conditions: [
    'Het gaat om een boom of groen van de gemeente.',
    'Is er direct gevaar? Bel dan meteen in plaats van een formulier in te vullen.',
  ],
  bring: [
    'De plek van de boom: adres of punt op de kaart.',
    'Een omschrijving van het probleem.',
    'Eventueel een foto.',
  ],
  leadTime: 'Gevaarlijke situaties pakken wij binnen 24 uur aan. Andere meldingen bekijken wij binnen 2 weken. Snoeien gebeurt soms pas in het snoeiseizoen.',
  howTo:
    `Meld het probleem via het meldformulier op ${m.portal} of in de app van de gemeente. Bij direct gevaar belt u de gemeente, of buiten kantoortijd het storingsnummer.`,
  en: {
    title: 'Report a municipal tree or greenery problem',
    summary: 'Is a branch hanging dangerously over the road, is a tree diseased, or are roots pushing up the pavement? Report it to the municipality.',
    description:
      `The municipality looks after the trees, shrubs and grass in streets and parks. We check the trees regularly. Still, you may see something that is not right. For example a broken branch, a leaning or diseased tree, roots pushing up the pavement, or branches covering a road sign or street light.\n\n` +
      `Do you see nests of the oak processionary caterpillar? Do not touch them. The hairs can cause itching and inflammation. Report the nests and we will have them removed.\n\n` +
      `Is it a tree in your own garden? Then you are responsible for it yourself. To remove larger trees you sometimes need a permit. See Apply for a felling permit.`,
    forWhom: `For everyone who sees a problem with trees or greenery of the municipality of ${m.name}.`,
    conditions: [
      'It concerns a tree or greenery of the municipality.',
      'Is there immediate danger? Then call straight away instead of filling in a form.',
    ],
    bring: [
      'The location of the tree: address or point on the map.',
      'A description of the problem.',
      'A photo, if possible.',
    ],
    leadTime: 'We deal with dangerous situations within 24 hours. We look at other reports within 2 weeks. Pruning sometimes only happens in the pruning season.',
    howTo:
      `Report the problem through the report form at ${m.portal} or in the municipality's app. In case of immediate danger, call the municipality, or outside office hours the emergency line for faults.`,
  },
});

const speelplek: Builder = (m) => ({
  slug: 'speelplek',
  audience: ['inwoner'],
  categories: ['openbare-ruimte', 'vrije-tijd-en-evenementen'],
  leadTimeDays: null,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: [],
  keywords: ['speelplek', 'speeltuin', 'speelplaats', 'speeltoestel', 'schommel', 'glijbaan', 'trapveldje', 'spelen', 'kinderen', 'speeltoestel kapot', 'buurtinitiatief', 'playground'],
  related: ['melding-openbare-ruimte', 'melding-klein-evenement', 'sportsubsidie'],
  title: 'Speelplek: idee of kapot speeltoestel melden',
  summary: 'Is een speeltoestel kapot of onveilig? Of heeft u met de buurt een idee voor een nieuwe of betere speelplek? Laat het ons weten.',
  description:
    `In ${m.name} zijn veel speelplekken voor kinderen van alle leeftijden. De gemeente controleert de speeltoestellen regelmatig op veiligheid. Ziet u toch een kapot of onveilig speeltoestel? Meld het dan meteen. Is het gevaarlijk? Dan zetten wij het toestel dezelfde dag af.\n\n` +
    `Heeft u een idee voor een nieuwe speelplek, of wilt u een speelplek opknappen? Dat kan samen met de buurt. Verzamel steun van buurtbewoners en dien een plan in. Wij denken mee en kijken wat er mogelijk is. Soms is er geld uit het buurtbudget.\n\n` +
    `Wij vervangen oude speeltoestellen volgens een vaste planning. Bewoners mogen dan meepraten over de nieuwe inrichting.`,
  forWhom: `Voor ouders, kinderen en buurtbewoners in ${m.name}.`,
  conditions: [
    'Voor een nieuwe speelplek heeft u steun van meerdere buurtbewoners.',
    'De speelplek ligt op grond van de gemeente.',
  ],
  bring: [
    'De plek van de speelplek en het speeltoestel.',
    'Een foto van het probleem, of een schets van uw idee.',
    'Bij een buurtidee: namen en handtekeningen van buurtbewoners die het steunen.',
  ],
  leadTime: 'Gevaarlijke toestellen zetten wij binnen 24 uur af. Reparaties volgen meestal binnen 4 weken. Op een buurtidee reageren wij binnen 6 weken.',
  howTo:
    `Meld een kapot toestel via het meldformulier op ${m.portal} of in de app. Een idee voor een speelplek stuurt u via het formulier "Buurtinitiatief" op ${m.portal}.`,
  en: {
    title: 'Play areas: report a broken play structure or share an idea',
    summary: 'Is a play structure broken or unsafe? Or do you and your neighbours have an idea for a new or better play area? Let us know.',
    description:
      `${m.name} has many play areas for children of all ages. The municipality checks the play equipment regularly for safety. Do you still see broken or unsafe equipment? Report it straight away. Is it dangerous? Then we will close off the equipment the same day.\n\n` +
      `Do you have an idea for a new play area, or do you want to improve one? You can do this together with the neighbourhood. Gather support from neighbours and submit a plan. We will think along and see what is possible. Sometimes there is money from the neighbourhood budget.\n\n` +
      `We replace old play equipment according to a fixed schedule. Residents can then have their say on the new layout.`,
    forWhom: `For parents, children and neighbours in ${m.name}.`,
    conditions: [
      'For a new play area you have the support of several neighbours.',
      'The play area is on land owned by the municipality.',
    ],
    bring: [
      'The location of the play area and the equipment.',
      'A photo of the problem, or a sketch of your idea.',
      'For a neighbourhood idea: names and signatures of neighbours who support it.',
    ],
    leadTime: 'We close off dangerous equipment within 24 hours. Repairs usually follow within 4 weeks. We respond to a neighbourhood idea within 6 weeks.',
    howTo:
      `Report broken equipment through the report form at ${m.portal} or in the app. Send an idea for a play area through the "Neighbourhood initiative" form at ${m.portal}.`,
  },
});

// ---------------------------------------------------------------------------
// Vrije tijd en evenementen
// ---------------------------------------------------------------------------

const evenementenvergunning: Builder = (m) => ({
  slug: 'evenementenvergunning',
  audience: ['inwoner', 'ondernemer'],
  categories: ['vrije-tijd-en-evenementen'],
  leadTimeDays: m.evenementWeken * 7,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Evenementenvergunning, tot 1.000 bezoekers', 'Event permit, up to 1,000 visitors', m.fees.evenementKlein),
    line('Evenementenvergunning, 1.000 tot 5.000 bezoekers', 'Event permit, 1,000 to 5,000 visitors', m.fees.evenementMiddel),
    line('Evenementenvergunning, meer dan 5.000 bezoekers', 'Event permit, more than 5,000 visitors', m.fees.evenementGroot),
  ),
  keywords: ['evenementenvergunning', 'evenement', 'evenementen', 'evenement organiseren', 'festival', 'feest', 'concert', 'braderie', 'kermis', 'optocht', 'sportevenement', 'muziek buiten', 'tent', 'ontheffing alcohol', 'event permit'],
  related: ['melding-klein-evenement', 'alcoholvergunning', 'marktstandplaats'],
  title: 'Evenementenvergunning aanvragen',
  summary: 'Organiseert u een festival, braderie, concert of ander evenement in de openbare ruimte? Dan heeft u meestal een evenementenvergunning nodig.',
  description:
    `Een evenement is een activiteit voor publiek, zoals een festival, concert, braderie, sportwedstrijd op straat of optocht. Voor de meeste evenementen heeft u een vergunning van de burgemeester nodig. Is uw evenement klein? Dan is een melding soms genoeg. Lees daarvoor Melding klein evenement.\n\n` +
    `Wij kijken samen met de politie, brandweer en ambulancedienst of uw evenement veilig is. Denk aan vluchtwegen, EHBO, verkeer en geluid. Bij grote evenementen vragen wij een veiligheidsplan. Schenkt u alcohol? Vraag dan tegelijk een ontheffing aan.\n\n` +
    `Vraag de vergunning op tijd aan: minstens ${m.evenementWeken} weken van tevoren. Voor evenementen met meer dan 5.000 bezoekers is dat 16 weken. Informeer ook de buren over uw evenement.`,
  forWhom: `Voor verenigingen, bedrijven en inwoners die een evenement in ${m.name} organiseren.`,
  conditions: [
    `U vraagt de vergunning minstens ${m.evenementWeken} weken van tevoren aan.`,
    'U zorgt voor veiligheid, EHBO en voldoende toiletten.',
    'U houdt zich aan de regels voor geluid en eindtijden.',
    'U ruimt de openbare ruimte na afloop op.',
  ],
  bring: [
    'Een beschrijving van het evenement: datum, tijden, plek en verwachte aantal bezoekers.',
    'Een plattegrond met tenten, podia, kramen, nooduitgangen en EHBO-post.',
    'Bij grote evenementen: een veiligheidsplan en een verkeersplan.',
    'Bij tenten of tribunes: de certificaten van de constructies.',
  ],
  leadTime: `Wij beslissen uiterlijk 2 weken voor het evenement als u de aanvraag minstens ${m.evenementWeken} weken van tevoren indient.`,
  howTo:
    `1. Doe de evenementencheck op ${m.portal}. U ziet dan of een melding genoeg is.\n` +
    `2. Vraag de vergunning aan met DigiD of eHerkenning op ${m.portal}.\n` +
    '3. Een evenementencoördinator neemt contact met u op. Soms is er een overleg met de hulpdiensten.\n' +
    '4. U krijgt een besluit met de voorwaarden.',
  en: {
    title: 'Apply for an event permit',
    summary: 'Are you organising a festival, street market, concert or other event in a public space? Then you usually need an event permit.',
    description:
      `An event is an activity for the public, such as a festival, concert, street market, sports competition on the street or parade. For most events you need a permit from the mayor. Is your event small? Then a notification is sometimes enough. See Notify us of a small event.\n\n` +
      `Together with the police, fire brigade and ambulance service we check whether your event is safe. Think of escape routes, first aid, traffic and noise. For large events we ask for a safety plan. Do you serve alcohol? Then also apply for an exemption at the same time.\n\n` +
      `Apply for the permit in good time: at least ${m.evenementWeken} weeks in advance. For events with more than 5,000 visitors this is 16 weeks. Also inform the neighbours about your event.`,
    forWhom: `For clubs, businesses and residents who organise an event in ${m.name}.`,
    conditions: [
      `You apply for the permit at least ${m.evenementWeken} weeks in advance.`,
      'You provide for safety, first aid and enough toilets.',
      'You keep to the rules on noise and closing times.',
      'You clean up the public space afterwards.',
    ],
    bring: [
      'A description of the event: date, times, location and expected number of visitors.',
      'A map with tents, stages, stalls, emergency exits and first aid post.',
      'For large events: a safety plan and a traffic plan.',
      'For tents or stands: the certificates of the structures.',
    ],
    leadTime: `We decide no later than 2 weeks before the event if you apply at least ${m.evenementWeken} weeks in advance.`,
    howTo:
      `1. Do the event check at ${m.portal}. It shows whether a notification is enough.\n` +
      `2. Apply for the permit with DigiD or eHerkenning at ${m.portal}.\n` +
      '3. An event coordinator contacts you. Sometimes there is a meeting with the emergency services.\n' +
      '4. You receive a decision with the conditions.',
  },
});

const kleinEvenement: Builder = (m) => ({
  slug: 'melding-klein-evenement',
  audience: ['inwoner', 'ondernemer'],
  categories: ['vrije-tijd-en-evenementen'],
  leadTimeDays: m.kleinEvenementWeken * 7,
  channels: { online: true, appointment: false, phone: false, desk: false },
  prices: [],
  keywords: ['melding klein evenement', 'klein evenement', 'buurtfeest', 'straatfeest', 'barbecue', 'bbq buurt', 'koningsdag', 'burendag', 'buurtbarbecue', 'straat afsluiten', 'wijkfeest', 'street party'],
  related: ['evenementenvergunning', 'speelplek', 'melding-openbare-ruimte'],
  title: 'Melding klein evenement doen',
  summary: `Organiseert u een buurtfeest, straatbarbecue of ander klein evenement? Dan is een gratis melding vaak genoeg. Doe dit minstens ${m.kleinEvenementWeken} weken van tevoren.`,
  description:
    `Voor een klein evenement, zoals een buurtfeest, straatbarbecue of een activiteit op Koningsdag of Burendag, heeft u meestal geen vergunning nodig. Een melding is dan genoeg. Een melding is gratis.\n\n` +
    `Uw evenement is klein als er maximaal ${m.kleinEvenementMax} mensen tegelijk zijn, het overdag plaatsvindt en eindigt vóór 23.00 uur. Ook mag u geen doorgaande weg afsluiten en geen grote tent of podium plaatsen. Muziek mag alleen tussen 9.00 en 22.00 uur.\n\n` +
    `Wilt u de straat afsluiten? Geef dat dan aan in de melding. Wij kunnen u dan dranghekken of afzetborden lenen. Past uw evenement niet binnen deze regels? Vraag dan een evenementenvergunning aan.`,
  forWhom: `Voor inwoners, buurtverenigingen en ondernemers die in ${m.name} een klein evenement organiseren.`,
  conditions: [
    `Er zijn maximaal ${m.kleinEvenementMax} bezoekers tegelijk.`,
    'Het evenement is tussen 9.00 en 23.00 uur en muziek stopt om 22.00 uur.',
    'U sluit geen doorgaande weg af en houdt een doorgang vrij voor hulpdiensten.',
    'U informeert de buren en ruimt na afloop alles op.',
  ],
  bring: [
    'De datum, tijden en plek van het evenement.',
    'Het verwachte aantal bezoekers.',
    'Uw contactgegevens op de dag zelf.',
  ],
  leadTime: `Doe de melding minstens ${m.kleinEvenementWeken} weken van tevoren. Hoort u binnen 5 werkdagen niets? Dan mag uw evenement doorgaan.`,
  howTo:
    `1. Vul het meldformulier "Klein evenement" in op ${m.portal}.\n` +
    '2. U krijgt een ontvangstbevestiging.\n' +
    '3. Hebben wij vragen of bezwaren? Dan nemen wij binnen 5 werkdagen contact met u op.',
  en: {
    title: 'Notify us of a small event',
    summary: `Are you organising a street party, street barbecue or other small event? Then a free notification is often enough. Do this at least ${m.kleinEvenementWeken} weeks in advance.`,
    description:
      `For a small event, such as a neighbourhood party, street barbecue or an activity on King's Day or Neighbours' Day, you usually do not need a permit. A notification is then enough. A notification is free.\n\n` +
      `Your event is small if there are no more than ${m.kleinEvenementMax} people at the same time, it takes place during the day and ends before 11 pm. You may also not close a through road or put up a large tent or stage. Music is only allowed between 9 am and 10 pm.\n\n` +
      `Do you want to close the street? Then mention this in the notification. We can then lend you crowd barriers or road closure signs. Does your event not fit within these rules? Then apply for an event permit.`,
    forWhom: `For residents, neighbourhood associations and businesses organising a small event in ${m.name}.`,
    conditions: [
      `There are no more than ${m.kleinEvenementMax} visitors at the same time.`,
      'The event is between 9 am and 11 pm and music stops at 10 pm.',
      'You do not close a through road and keep a passage free for emergency services.',
      'You inform the neighbours and clean up everything afterwards.',
    ],
    bring: [
      'The date, times and location of the event.',
      'The expected number of visitors.',
      'Your contact details on the day itself.',
    ],
    leadTime: `Notify us at least ${m.kleinEvenementWeken} weeks in advance. If you hear nothing within 5 working days, your event may go ahead.`,
    howTo:
      `1. Fill in the "Small event" notification form at ${m.portal}.\n` +
      '2. You receive an acknowledgement.\n' +
      '3. Do we have questions or objections? Then we contact you within 5 working days.',
  },
});

const sportsubsidie: Builder = (m) => ({
  slug: 'sportsubsidie',
  audience: ['inwoner'],
  categories: ['vrije-tijd-en-evenementen'],
  leadTimeDays: 84,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: [],
  keywords: ['sportsubsidie', 'subsidie', 'subsidie sportvereniging', 'sportvereniging', 'vereniging', 'sportclub', 'sporten', 'jeugdsport', 'contributie', 'jeugdfonds sport', 'cultuur', 'sports grant'],
  related: ['evenementenvergunning', 'koninklijke-onderscheiding', 'speelplek'],
  title: 'Sportsubsidie aanvragen',
  summary: `Is uw sportvereniging in ${m.name} actief voor jeugd, ouderen of mensen met een beperking? Dan kunt u sportsubsidie aanvragen.`,
  description:
    `De gemeente ${m.name} wil dat iedereen kan sporten en bewegen. Daarom geven wij subsidie aan sportverenigingen en organisaties. Bijvoorbeeld voor jeugdleden, sporten voor ouderen, aangepast sporten, een nieuwe activiteit in de wijk of de opleiding van trainers.\n\n` +
    `Voor de jaarlijkse subsidie vraagt u de subsidie aan vóór ${m.sportDeadline} voor het jaar erna. Voor eenmalige activiteiten kunt u het hele jaar door een aanvraag doen, minstens 8 weken voor de start.\n\n` +
    `Kunnen ouders de contributie voor hun kind niet betalen? Dan kan het Jeugdfonds Sport & Cultuur helpen. Vraag dit aan via de school, de huisarts of ${m.socialTeam}.`,
  forWhom: `Voor sportverenigingen en stichtingen in ${m.name} die sport en bewegen voor inwoners organiseren.`,
  conditions: [
    'Uw organisatie is een vereniging of stichting, ingeschreven bij de KVK.',
    `De activiteiten zijn voor inwoners van ${m.name}.`,
    'U maakt geen winst met de activiteit.',
    `Jaarlijkse subsidie vraagt u aan vóór ${m.sportDeadline}.`,
  ],
  bring: [
    'Een beschrijving van de activiteit en het doel.',
    'Een begroting.',
    'Het aantal (jeugd)leden.',
    'Het KVK-nummer en rekeningnummer van de vereniging.',
  ],
  leadTime: 'Wij beslissen binnen 12 weken na de sluitingsdatum. Voor eenmalige subsidies binnen 8 weken.',
  howTo:
    `1. Lees de subsidieregels op ${m.portal}.\n` +
    '2. Vraag de subsidie aan met eHerkenning of DigiD.\n' +
    '3. Na afloop laat u zien hoe u de subsidie heeft besteed.',
  en: {
    title: 'Apply for a sports grant',
    summary: `Is your sports club in ${m.name} active for young people, older people or people with a disability? Then you can apply for a sports grant.`,
    description:
      `The municipality of ${m.name} wants everyone to be able to play sport and exercise. That is why we give grants to sports clubs and organisations. For example for youth members, sport for older people, adapted sport, a new activity in the neighbourhood or the training of coaches.\n\n` +
      `For the yearly grant, you apply before ${m.sportDeadlineEn} for the following year. For one-off activities you can apply all year round, at least 8 weeks before the start.\n\n` +
      `Can parents not pay the membership fee for their child? Then the Youth Fund for Sport & Culture (Jeugdfonds Sport & Cultuur) can help. Apply through the school, the GP or ${m.socialTeamEn}.`,
    forWhom: `For sports clubs and foundations in ${m.name} that organise sport and exercise for residents.`,
    conditions: [
      'Your organisation is an association or foundation registered with the Chamber of Commerce (KVK).',
      `The activities are for residents of ${m.name}.`,
      'You do not make a profit from the activity.',
      `You apply for the yearly grant before ${m.sportDeadlineEn}.`,
    ],
    bring: [
      'A description of the activity and its aim.',
      'A budget.',
      'The number of (youth) members.',
      "The club's KVK number and bank account number.",
    ],
    leadTime: 'We decide within 12 weeks after the closing date. For one-off grants within 8 weeks.',
    howTo:
      `1. Read the grant rules at ${m.portal}.\n` +
      '2. Apply for the grant with eHerkenning or DigiD.\n' +
      '3. Afterwards you show how you spent the grant.',
  },
});

// ---------------------------------------------------------------------------
// Shared list
// ---------------------------------------------------------------------------

const builders: Builder[] = [
  // burgerzaken
  paspoort,
  identiteitskaart,
  reisdocumentKwijt,
  rijbewijsAanvragen,
  rijbewijsVerlengen,
  uittrekselBrp,
  verhuizing,
  geboorte,
  overlijden,
  huwelijk,
  vog,
  naturalisatie,
  stemmen,
  lintje,
  // parkeren en verkeer
  parkeervergunning,
  bezoekersparkeren,
  gehandicaptenparkeerkaart,
  gehandicaptenparkeerplaats,
  // belastingen
  afvalstoffenheffing,
  onroerendezaakbelasting,
  rioolheffing,
  wozBezwaar,
  kwijtschelding,
  hondenbelasting,
  // afval
  grofvuil,
  afvalpas,
  minicontainer,
  kca,
  milieustraat,
  // bouwen en verbouwen
  omgevingsvergunningBouwen,
  kapvergunning,
  uitrit,
  omgevingsplan,
  sloopmelding,
  // zorg en welzijn
  hulpHuishouden,
  hulpmiddelen,
  mantelzorg,
  jeugdhulp,
  // werk en inkomen
  bijstand,
  bijzondereBijstand,
  schuldhulp,
  iit,
  werkZoeken,
  // ondernemen
  ondernemersloket,
  exploitatievergunning,
  alcoholvergunning,
  terrasvergunning,
  marktstandplaats,
  // openbare ruimte
  meldingOpenbareRuimte,
  boomMelden,
  speelplek,
  // vrije tijd en evenementen
  evenementenvergunning,
  kleinEvenement,
  sportsubsidie,
];

/** All products both municipalities offer, filled in with the municipality's own fees and wording. */
export function sharedProducts(m: Municipality): DemoProduct[] {
  return builders.map((build) => build(m));
}
