/**
 * Demo catalogue of the fictional "Gemeente Dijkwaard": a mid-sized river town
 * (about 60,000 inhabitants) in a polder, with dikes, houseboats, a harbour and a ferry.
 */
import type { DemoProduct } from './types.js';
import { addKeywords, addRelated, eur, eurEn, line, prices, sharedProducts, type Municipality } from './common.js';

export const dijkwaard: Municipality = {
  name: 'Dijkwaard',
  hall: 'het stadhuis',
  hallEn: 'the town hall',
  address: 'Havenkade 1',
  portal: 'Mijn Dijkwaard',
  openingHours: 'van maandag tot en met vrijdag van 8.30 tot 17.00 uur, en op donderdag ook van 17.00 tot 20.00 uur',
  openingHoursEn: 'Monday to Friday from 8.30 am to 5 pm, and on Thursdays also from 5 pm to 8 pm',
  socialTeam: 'het Sociaal Team Dijkwaard',
  socialTeamEn: 'the Dijkwaard Social Team',
  werkplein: 'het Werkplein Dijkwaard',
  werkpleinEn: 'the Dijkwaard Work Centre',
  taxOffice: 'de afdeling Belastingen van de gemeente',
  taxOfficeEn: "the municipality's Tax department",
  taxTerms: 10,
  milieustraat: 'milieustraat De Kade aan de Industrieweg 14',
  milieustraatEn: 'the De Kade recycling centre at Industrieweg 14',
  milieustraatHours: 'maandag tot en met vrijdag van 9.00 tot 16.30 uur en zaterdag van 9.00 tot 15.00 uur',
  milieustraatHoursEn: 'Monday to Friday 9 am to 4.30 pm and Saturday 9 am to 3 pm',
  grofvuilGratis: 4,
  market: 'elke zaterdag op het Havenplein',
  marketEn: 'every Saturday on the Havenplein',
  parkingArea: 'de binnenstad en de wijken rond de haven',
  parkingAreaEn: 'the town centre and the neighbourhoods around the harbour',
  paidParkingHours: 'van maandag tot en met zaterdag van 9.00 tot 21.00 uur',
  paidParkingHoursEn: 'Monday to Saturday from 9 am to 9 pm',
  bezoekersUrenPerJaar: 400,
  freeWedding: 'op maandag om 9.00 en 9.30 uur in de trouwkamer van het stadhuis',
  freeWeddingEn: 'on Mondays at 9.00 and 9.30 am in the wedding room of the town hall',
  weddingVenues: 'de trouwzaal van het stadhuis of in het oude Veerhuis aan de rivier',
  weddingVenuesEn: 'the wedding hall of the town hall or in the old Ferry House by the river',
  mantelzorgOrg: 'Steunpunt Mantelzorg Dijkwaard',
  mantelzorgOrgEn: 'Steunpunt Mantelzorg Dijkwaard (the carers support centre)',
  mantelzorgBedrag: 15000,
  iitAlleenstaand: 45000,
  iitSamenwonend: 58000,
  iitGezin: 64000,
  kapRegel:
    'In Dijkwaard heeft u een kapvergunning nodig voor een boom met een stamomtrek van 80 centimeter of meer, gemeten op 1,30 meter hoogte. Op en naast de dijk heeft u voor elke boom een vergunning nodig. Daar telt ook de mening van het waterschap mee.',
  kapRegelEn:
    'In Dijkwaard you need a felling permit for a tree with a trunk circumference of 80 centimetres or more, measured at 1.30 metres height. On and next to the dike you need a permit for every tree. There the opinion of the water board also counts.',
  sportDeadline: '1 oktober',
  sportDeadlineEn: '1 October',
  kleinEvenementWeken: 3,
  kleinEvenementMax: 250,
  evenementWeken: 8,
  fees: {
    rijbewijs: 5710,
    rijbewijsSpoed: 4250,
    uittrekselBrp: 1625,
    huwelijkDoordeweeks: 39500,
    huwelijkVrijdagZaterdag: 59500,
    huwelijkEigenLocatie: 22500,
    huwelijkEigenTrouwambtenaar: 9500,
    parkeerEersteAuto: 9600,
    parkeerTweedeAuto: 19200,
    bezoekersUur: 120,
    gehandicaptenkaart: 8500,
    gehandicaptenplaats: 0,
    afvalEenpersoons: 31200,
    afvalMeerpersoons: 39800,
    ozbWoning: 0.0935,
    ozbWoning2027: 0.0962,
    ozbNietWoningEigenaar: 0.218,
    ozbNietWoningEigenaar2027: 0.2245,
    ozbNietWoningGebruiker: 0.1745,
    ozbNietWoningGebruiker2027: 0.1797,
    rioolheffing: 21400,
    hondEerste: 12400,
    hondVolgende: 18600,
    kennel: 42000,
    grofvuilExtra: 3500,
    afvalpasVervangen: 1250,
    containerExtra: 5500,
    containerKwijt: 5500,
    milieustraatPuin: 950,
    bouwPercentage: 2.95,
    bouwPercentage2027: 3.0,
    bouwMinimum: 18000,
    kap: 7800,
    uitrit: 14500,
    exploitatie: 39500,
    alcohol: 34000,
    alcoholWijziging: 6500,
    terrasLeges: 9500,
    terrasPerM2: 2400,
    marktDag: 285,
    marktJaar: 11500,
    evenementKlein: 12000,
    evenementMiddel: 38000,
    evenementGroot: 85000,
  },
};

const m = dijkwaard;

// ---------------------------------------------------------------------------
// Products only Dijkwaard has
// ---------------------------------------------------------------------------

const ligplaatsWoonboot: DemoProduct = {
  slug: 'ligplaatsvergunning-woonboot',
  audience: ['inwoner'],
  categories: ['wonen-en-verhuizen', 'openbare-ruimte'],
  leadTimeDays: 56,
  channels: { online: true, appointment: true, phone: true, desk: false },
  prices: prices(
    line('Ligplaatsvergunning woonboot (leges)', 'Houseboat mooring permit (fee)', 26500),
    line('Ligplaatsgeld, per m² bootoppervlak per jaar', 'Mooring charge, per m² of boat surface per year', 620, 640),
  ),
  keywords: ['woonboot', 'woonboten', 'woonark', 'ark', 'ligplaats', 'ligplaatsvergunning', 'ligplaatsgeld', 'wonen op het water', 'boot', 'drijvende woning', 'wachtlijst ligplaats', 'houseboat'],
  related: ['verhuizing-doorgeven', 'omgevingsvergunning-bouwen', 'jachthaven-ligplaats', 'afvalstoffenheffing'],
  title: 'Ligplaatsvergunning voor een woonboot aanvragen',
  summary: 'Wilt u met een woonboot of woonark in Dijkwaard wonen? Dan heeft u een ligplaatsvergunning nodig. U betaalt ook elk jaar ligplaatsgeld.',
  description:
    'In Dijkwaard liggen ongeveer 140 woonboten in de oude haven, de Waardsloot en langs de Rivierdijk. Wilt u met een woonboot of woonark op een van deze plekken liggen? Dan heeft u een ligplaatsvergunning nodig. Zonder vergunning mag u niet aanmeren om er te wonen.\n\n' +
    'Het aantal ligplaatsen is vast. Een nieuwe ligplaats is er bijna nooit. Koopt u een woonboot met een bestaande ligplaats? Dan vraagt u de vergunning op uw eigen naam aan. Wilt u een woonboot vervangen of flink verbouwen? Dan heeft u ook een omgevingsvergunning nodig, net als bij een huis op het land.\n\n' +
    `Voor de ligplaats betaalt u elk jaar ligplaatsgeld per vierkante meter. In 2026 is dat ${eur(620)} per m². De woonboot moet aangesloten zijn op het riool, het drinkwater en het elektriciteitsnet. Woont u op een woonboot? Dan geeft u de woonboot op als adres bij uw verhuizing, net als een huis.`,
  forWhom: 'Voor eigenaren en kopers van een woonboot of woonark die in Dijkwaard op een vaste ligplaats willen wonen.',
  conditions: [
    'De ligplaats is een aangewezen woonbootligplaats in het omgevingsplan.',
    'De woonboot past binnen de maximale maten van de ligplaats.',
    'De woonboot is aangesloten op het riool, drinkwater en elektriciteit.',
    'U houdt de boot en de kade in goede staat en veilig.',
  ],
  bring: [
    'De koopakte of het bewijs dat u eigenaar van de woonboot bent.',
    "Een tekening en foto's van de woonboot, met de maten.",
    'Een recent keuringsrapport of inspectierapport van de casco.',
    'DigiD.',
  ],
  leadTime: 'Wij beslissen binnen 8 weken. Bij overname van een bestaande ligplaats meestal binnen 4 weken.',
  howTo:
    `1. Bel de gemeente of maak een afspraak in het stadhuis om de ligplaats te bespreken.\n` +
    `2. Vraag de ligplaatsvergunning aan met DigiD op ${m.portal}.\n` +
    '3. Een havenmedewerker bekijkt de woonboot en de ligplaats.\n' +
    '4. U krijgt een besluit. Het ligplaatsgeld staat daarna op uw aanslag gemeentelijke belastingen.',
  en: {
    title: 'Apply for a houseboat mooring permit',
    summary: 'Do you want to live on a houseboat or houseboat ark in Dijkwaard? Then you need a mooring permit. You also pay a yearly mooring charge.',
    description:
      'In Dijkwaard there are about 140 houseboats in the old harbour, the Waardsloot and along the Rivierdijk. Do you want to moor a houseboat or ark in one of these places? Then you need a mooring permit. Without a permit you may not moor to live there.\n\n' +
      'The number of moorings is fixed. A new mooring almost never becomes available. Are you buying a houseboat with an existing mooring? Then you apply for the permit in your own name. Do you want to replace or substantially renovate a houseboat? Then you also need an environment and planning permit, just like a house on land.\n\n' +
      `For the mooring you pay a yearly mooring charge per square metre. In 2026 this is ${eurEn(620)} per m². The houseboat must be connected to the sewer, drinking water and the electricity grid. Do you live on a houseboat? Then you give the houseboat as your address when you report your move, just like a house.`,
    forWhom: 'For owners and buyers of a houseboat or ark who want to live at a fixed mooring in Dijkwaard.',
    conditions: [
      'The mooring is a designated houseboat mooring in the environment plan.',
      'The houseboat fits within the maximum dimensions of the mooring.',
      'The houseboat is connected to the sewer, drinking water and electricity.',
      'You keep the boat and the quay in good and safe condition.',
    ],
    bring: [
      'The deed of purchase or proof that you own the houseboat.',
      'A drawing and photos of the houseboat, with dimensions.',
      'A recent survey or inspection report of the hull.',
      'DigiD.',
    ],
    leadTime: 'We decide within 8 weeks. When taking over an existing mooring usually within 4 weeks.',
    howTo:
      `1. Call the municipality or make an appointment at the town hall to discuss the mooring.\n` +
      `2. Apply for the mooring permit with DigiD at ${m.portal}.\n` +
      '3. A harbour officer inspects the houseboat and the mooring.\n' +
      '4. You receive a decision. After that the mooring charge is on your municipal tax bill.',
  },
};

const veerpont: DemoProduct = {
  slug: 'veerpont',
  audience: ['inwoner'],
  categories: ['parkeren-en-verkeer', 'vrije-tijd-en-evenementen'],
  leadTimeDays: null,
  channels: { online: true, appointment: false, phone: false, desk: true },
  prices: prices(
    line('Enkele overtocht, voetganger', 'Single crossing, pedestrian', 100, 110),
    line('Enkele overtocht, fiets of bromfiets', 'Single crossing, bicycle or moped', 150, 160),
    line('Enkele overtocht, auto', 'Single crossing, car', 450, 470),
    line('Jaarabonnement inwoners, fiets', "Residents' annual pass, bicycle", 6000, 6200),
    line('Jaarabonnement inwoners, auto', "Residents' annual pass, car", 19500, 20000),
  ),
  keywords: ['veerpont', 'pont', 'veer', 'pontje', 'overzetten', 'overtocht', 'rivier oversteken', 'overwaard', 'vaartijden', 'dienstregeling pont', 'abonnement pont', 'ferry'],
  related: ['jachthaven-ligplaats', 'parkeervergunning-bewoners', 'ontheffing-milieuzone'],
  title: 'Veerpont Dijkwaard – Overwaard',
  summary: 'Met de gemeentelijke veerpont steekt u de rivier over tussen Dijkwaard en Overwaard. Lees de vaartijden en prijzen en vraag een abonnement aan.',
  description:
    'De veerpont vaart tussen de Veerstoep in Dijkwaard en het dorp Overwaard aan de overkant van de rivier. De overtocht duurt ongeveer 5 minuten. Voetgangers, fietsers, bromfietsen en auto’s kunnen mee. Vrachtauto’s zwaarder dan 12 ton niet.\n\n' +
    'De pont vaart op werkdagen van 6.00 tot 23.00 uur en in het weekend en op feestdagen van 8.00 tot 23.00 uur. Overdag vaart de pont elke 15 minuten. Bij hoogwater, storm of ijsgang kan de pont stil liggen. Kijk dan in de app of op de website.\n\n' +
    'U betaalt aan boord met een pinpas of uw telefoon. Steekt u vaak over? Dan is een jaarabonnement voor inwoners voordelig. Kinderen tot 12 jaar varen gratis mee met een volwassene.',
  forWhom: 'Voor iedereen die de rivier wil oversteken. Het jaarabonnement is voor inwoners van Dijkwaard.',
  conditions: [
    'U volgt de aanwijzingen van de schipper op.',
    'Auto’s en motoren zetten de motor uit tijdens de overtocht.',
    'Voor het jaarabonnement staat u ingeschreven in Dijkwaard.',
  ],
  bring: [
    'Een pinpas of telefoon om te betalen.',
    'Voor het abonnement: DigiD en het kenteken van uw auto.',
  ],
  leadTime: 'U kunt direct varen. Een abonnement is binnen 3 werkdagen actief.',
  howTo:
    'Overvaren: rijd of loop op de pont en betaal aan boord.\n' +
    `Jaarabonnement: vraag het aan met DigiD op ${m.portal}. Uw abonnement hoort bij uw pas of bij het kenteken van uw auto.`,
  en: {
    title: 'Dijkwaard – Overwaard ferry',
    summary: 'With the municipal ferry you cross the river between Dijkwaard and Overwaard. Read the sailing times and prices and apply for a pass.',
    description:
      'The ferry runs between the Veerstoep in Dijkwaard and the village of Overwaard on the other side of the river. The crossing takes about 5 minutes. Pedestrians, cyclists, mopeds and cars can come along. Lorries heavier than 12 tonnes cannot.\n\n' +
      'The ferry runs on working days from 6 am to 11 pm and at weekends and on public holidays from 8 am to 11 pm. During the day the ferry sails every 15 minutes. During high water, storms or ice the ferry may not run. Check the app or the website.\n\n' +
      'You pay on board with a debit card or your phone. Do you cross often? Then an annual pass for residents is good value. Children under 12 travel free with an adult.',
    forWhom: 'For everyone who wants to cross the river. The annual pass is for residents of Dijkwaard.',
    conditions: [
      "You follow the skipper's instructions.",
      'Cars and motorcycles turn off their engine during the crossing.',
      'For the annual pass you are registered in Dijkwaard.',
    ],
    bring: [
      'A debit card or phone to pay.',
      "For the pass: DigiD and your car's registration number.",
    ],
    leadTime: 'You can cross straight away. A pass is active within 3 working days.',
    howTo:
      'Crossing: drive or walk onto the ferry and pay on board.\n' +
      `Annual pass: apply with DigiD at ${m.portal}. Your pass is linked to your card or to your car's registration number.`,
  },
};

const jachthaven: DemoProduct = {
  slug: 'jachthaven-ligplaats',
  audience: ['inwoner'],
  categories: ['vrije-tijd-en-evenementen'],
  leadTimeDays: 14,
  channels: { online: true, appointment: false, phone: true, desk: true },
  prices: prices(
    line('Seizoensligplaats (1 april tot 1 november), per meter bootlengte', 'Seasonal berth (1 April to 1 November), per metre of boat length', 6800, 7000),
    line('Jaarligplaats, per meter bootlengte', 'Annual berth, per metre of boat length', 9600, 9900),
    line('Passanten, per meter bootlengte per nacht', 'Visitors, per metre of boat length per night', 185, 195),
  ),
  keywords: ['jachthaven', 'haven', 'ligplaats', 'ligplaats boot', 'bootplaats', 'sloep', 'zeilboot', 'motorboot', 'passantenhaven', 'havengeld', 'havenmeester', 'aanleggen', 'marina', 'berth'],
  related: ['veerpont', 'ligplaatsvergunning-woonboot', 'evenementenvergunning'],
  title: 'Ligplaats huren in de jachthaven',
  summary: 'Zoekt u een vaste plek voor uw boot, of komt u een paar nachten aanleggen? Huur een ligplaats in de gemeentelijke Jachthaven De Waard.',
  description:
    'Jachthaven De Waard ligt midden in Dijkwaard, vlak bij het Havenplein. Er zijn 220 ligplaatsen voor sloepen, zeilboten en motorboten tot 15 meter. Er zijn sanitaire voorzieningen, stroom, drinkwater en een pompstation voor vuilwater.\n\n' +
    'U kunt een ligplaats huren voor het vaarseizoen van 1 april tot 1 november, of voor een heel jaar. Voor een vaste ligplaats is er soms een wachtlijst. Komt u als passant een paar nachten? Dan meldt u zich bij de havenmeester. U betaalt havengeld per meter bootlengte per nacht.\n\n' +
    'Het havenkantoor is in het seizoen elke dag open van 8.00 tot 20.00 uur. In de winter is de havenmeester op werkdagen bereikbaar.',
  forWhom: 'Voor booteigenaren die een vaste ligplaats zoeken, en voor watersporters die in Dijkwaard willen aanleggen.',
  conditions: [
    'Uw boot is verzekerd tegen wettelijke aansprakelijkheid.',
    'Uw boot is niet langer dan 15 meter.',
    'U houdt zich aan het havenreglement. Wonen aan boord is niet toegestaan.',
  ],
  bring: [
    'Het bewijs van uw bootverzekering.',
    'De lengte, breedte en diepgang van uw boot.',
    'Voor passanten: een pinpas om het havengeld te betalen.',
  ],
  leadTime: 'Is er plek? Dan kunt u binnen 2 weken een vaste ligplaats krijgen. Passanten kunnen direct aanleggen.',
  howTo:
    `Vaste ligplaats: vraag deze aan op ${m.portal} of bij het havenkantoor. Bij een wachtlijst krijgt u bericht als er plek is.\n` +
    'Passanten: meld u bij aankomst bij de havenmeester, via marifoonkanaal 31 of telefonisch.',
  en: {
    title: 'Rent a berth in the marina',
    summary: 'Are you looking for a permanent spot for your boat, or are you mooring for a few nights? Rent a berth in the municipal Marina De Waard.',
    description:
      'Marina De Waard is in the middle of Dijkwaard, close to the Havenplein. There are 220 berths for launches, sailing boats and motor boats up to 15 metres. There are toilets and showers, electricity, drinking water and a pump-out station for waste water.\n\n' +
      'You can rent a berth for the sailing season from 1 April to 1 November, or for a whole year. There is sometimes a waiting list for a permanent berth. Are you visiting for a few nights? Then report to the harbour master. You pay harbour dues per metre of boat length per night.\n\n' +
      'In the season the harbour office is open every day from 8 am to 8 pm. In winter the harbour master can be reached on working days.',
    forWhom: 'For boat owners looking for a permanent berth, and for water sports enthusiasts who want to moor in Dijkwaard.',
    conditions: [
      'Your boat has third-party liability insurance.',
      'Your boat is no longer than 15 metres.',
      'You follow the harbour rules. Living on board is not allowed.',
    ],
    bring: [
      'Proof of your boat insurance.',
      'The length, width and draught of your boat.',
      'For visitors: a debit card to pay the harbour dues.',
    ],
    leadTime: 'If there is space, you can get a permanent berth within 2 weeks. Visitors can moor straight away.',
    howTo:
      `Permanent berth: apply at ${m.portal} or at the harbour office. If there is a waiting list, you will be told when a berth becomes available.\n` +
      'Visitors: report to the harbour master on arrival, via VHF channel 31 or by phone.',
  },
};

const milieuzone: DemoProduct = {
  slug: 'ontheffing-milieuzone',
  audience: ['inwoner', 'ondernemer'],
  categories: ['parkeren-en-verkeer', 'ondernemen'],
  leadTimeDays: 14,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Dagontheffing milieuzone (maximaal 12 per jaar)', 'Day exemption low-emission zone (up to 12 a year)', 1750, 1800),
    line('Jaarontheffing milieuzone', 'Annual exemption low-emission zone', 18000, 18500),
  ),
  keywords: ['milieuzone', 'ontheffing milieuzone', 'milieuzone binnenstad', 'diesel', 'oude diesel', 'bestelauto', 'bestelbus', 'vrachtauto', 'emissieklasse', 'uitstootklasse', 'dagontheffing', 'low emission zone'],
  related: ['parkeervergunning-bewoners', 'ondernemersloket', 'marktstandplaats'],
  title: 'Ontheffing milieuzone aanvragen',
  summary: 'Wilt u met een oude dieselbestelauto of vrachtauto de milieuzone in de binnenstad in? Dan heeft u soms een ontheffing nodig.',
  description:
    'De binnenstad van Dijkwaard, binnen de singels, is een milieuzone. Oude dieselbestelauto’s en vrachtauto’s met een lage emissieklasse mogen daar niet in. Zo blijft de lucht in de smalle straten bij de haven schoner. Borden geven aan waar de milieuzone begint. Camera’s controleren de kentekens.\n\n' +
    'Moet u toch een keer de milieuzone in? Bijvoorbeeld voor een verhuizing of een klus? Dan kunt u een dagontheffing aanvragen. Dat kan maximaal 12 keer per jaar per kenteken. Voor sommige voertuigen is een jaarontheffing mogelijk. Bijvoorbeeld voor een marktkraam, een speciaal voertuig of een bedrijf dat nog niet kan overstappen.\n\n' +
    'Op de website van de Rijksoverheid over milieuzones ziet u met uw kenteken of uw voertuig de milieuzone in mag.',
  forWhom: 'Voor inwoners en bedrijven met een oud dieselvoertuig dat de milieuzone in de binnenstad in moet.',
  conditions: [
    'U vraagt de ontheffing aan vóórdat u de milieuzone in rijdt.',
    'Een dagontheffing: maximaal 12 per kenteken per jaar.',
    'Een jaarontheffing: u laat zien dat er geen schoner voertuig mogelijk is of dat het voertuig bijzonder is.',
  ],
  bring: [
    'Het kenteken van het voertuig.',
    'De datum waarop u de milieuzone in moet.',
    'Voor een jaarontheffing: een uitleg met bewijs, bijvoorbeeld offertes of een marktvergunning.',
  ],
  leadTime: 'Een dagontheffing is meteen geldig als u hem online aanvraagt. Op een jaarontheffing beslissen wij binnen 2 weken.',
  howTo:
    'Dagontheffing: vraag hem online aan via het landelijke ontheffingenloket voor milieuzones. Betaal met iDEAL.\n' +
    `Jaarontheffing: vraag hem aan met DigiD of eHerkenning op ${m.portal} en voeg uw bewijsstukken toe.`,
  en: {
    title: 'Apply for a low-emission zone exemption',
    summary: 'Do you want to drive into the low-emission zone in the town centre with an old diesel van or lorry? Then you sometimes need an exemption.',
    description:
      'The town centre of Dijkwaard, inside the canals, is a low-emission zone (milieuzone). Old diesel vans and lorries with a low emission class may not enter it. This keeps the air in the narrow streets near the harbour cleaner. Signs show where the zone starts. Cameras check registration numbers.\n\n' +
      'Do you still need to enter the zone once? For example for a move or a job? Then you can apply for a day exemption. This is possible up to 12 times a year per registration number. For some vehicles an annual exemption is possible. For example for a market stall, a special vehicle or a business that cannot switch yet.\n\n' +
      'On the national government website about low-emission zones you can check with your registration number whether your vehicle may enter.',
    forWhom: 'For residents and businesses with an old diesel vehicle that needs to enter the low-emission zone in the town centre.',
    conditions: [
      'You apply for the exemption before you drive into the zone.',
      'A day exemption: up to 12 per registration number per year.',
      'An annual exemption: you show that a cleaner vehicle is not possible or that the vehicle is special.',
    ],
    bring: [
      'The registration number of the vehicle.',
      'The date on which you need to enter the zone.',
      'For an annual exemption: an explanation with proof, for example quotes or a market permit.',
    ],
    leadTime: 'A day exemption is valid straight away if you apply online. We decide on an annual exemption within 2 weeks.',
    howTo:
      'Day exemption: apply online through the national exemption desk for low-emission zones. Pay with iDEAL.\n' +
      `Annual exemption: apply with DigiD or eHerkenning at ${m.portal} and add your supporting documents.`,
  },
};

const reclamebelasting: DemoProduct = {
  slug: 'reclamebelasting',
  audience: ['ondernemer'],
  categories: ['belastingen', 'ondernemen'],
  leadTimeDays: null,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Reclame tot en met 1 m², per jaar', 'Advertising up to 1 m², per year', 19500),
    line('Reclame groter dan 1 m² tot en met 2 m², per jaar', 'Advertising over 1 m² up to 2 m², per year', 31000),
    line('Reclame groter dan 2 m², per extra m² per jaar', 'Advertising over 2 m², per extra m² per year', 9500),
  ),
  keywords: ['reclamebelasting', 'reclame', 'gevelreclame', 'reclamebord', 'uithangbord', 'lichtreclame', 'ondernemersfonds', 'biz', 'binnenstad', 'belasting ondernemer', 'advertising tax'],
  related: ['ondernemersloket', 'terrasvergunning', 'onroerendezaakbelasting'],
  title: 'Reclamebelasting',
  summary: 'Heeft u als ondernemer in de binnenstad reclame aan uw gevel of op uw raam? Dan betaalt u reclamebelasting. Het geld gaat naar het ondernemersfonds.',
  description:
    'Heeft u in de binnenstad van Dijkwaard een reclame die zichtbaar is vanaf de openbare weg? Bijvoorbeeld een naambord, lichtbak, uithangbord of raambelettering? Dan betaalt u reclamebelasting. Het bedrag hangt af van de grootte van de reclame.\n\n' +
    'De gemeente geeft de opbrengst helemaal door aan het Ondernemersfonds Binnenstad Dijkwaard. Ondernemers beslissen zelf samen waaraan het geld wordt besteed. Bijvoorbeeld aan feestverlichting, evenementen, promotie van de binnenstad of beveiliging.\n\n' +
    'De reclamebelasting staat op de aanslag gemeentelijke belastingen. Heeft u een nieuwe reclame of haalt u er een weg? Geef dat dan door.',
  forWhom: 'Voor ondernemers en organisaties met reclame aan of op hun pand in de binnenstad van Dijkwaard.',
  conditions: [
    'De reclame is zichtbaar vanaf de openbare weg.',
    'Het pand ligt in het gebied van het ondernemersfonds (de binnenstad).',
    'Bezwaar maakt u binnen 6 weken na de datum op de aanslag.',
  ],
  bring: [
    'Uw aanslagnummer.',
    'De maten van uw reclame bij een wijziging.',
    'eHerkenning om uw aanslag online te bekijken.',
  ],
  leadTime: 'De aanslag komt elk jaar begin februari.',
  howTo:
    `Bekijk uw aanslag met eHerkenning op ${m.portal}. Een nieuwe of verwijderde reclame geeft u daar ook door. Vragen? Neem contact op met de afdeling Belastingen van de gemeente.`,
  en: {
    title: 'Advertising tax',
    summary: 'As a business in the town centre, do you have advertising on your façade or window? Then you pay advertising tax. The money goes to the business fund.',
    description:
      'Do you have advertising in the town centre of Dijkwaard that can be seen from the public road? For example a name sign, light box, hanging sign or window lettering? Then you pay advertising tax (reclamebelasting). The amount depends on the size of the advertising.\n\n' +
      'The municipality passes all the revenue on to the Dijkwaard Town Centre Business Fund. Business owners decide together what the money is spent on. For example festive lighting, events, promoting the town centre or security.\n\n' +
      'The advertising tax is on the municipal tax bill. Do you have new advertising or are you removing some? Then let us know.',
    forWhom: 'For businesses and organisations with advertising on their premises in the town centre of Dijkwaard.',
    conditions: [
      'The advertising can be seen from the public road.',
      'The building is in the area of the business fund (the town centre).',
      'You lodge an objection within 6 weeks after the date on the bill.',
    ],
    bring: [
      'Your assessment number.',
      'The dimensions of your advertising in case of a change.',
      'eHerkenning to view your bill online.',
    ],
    leadTime: 'The bill arrives every year at the beginning of February.',
    howTo:
      `View your bill with eHerkenning at ${m.portal}. You can also report new or removed advertising there. Questions? Contact the municipality's Tax department.`,
  },
};

// ---------------------------------------------------------------------------
// The full list
// ---------------------------------------------------------------------------

export const products: DemoProduct[] = [
  ...sharedProducts(dijkwaard),
  ligplaatsWoonboot,
  veerpont,
  jachthaven,
  milieuzone,
  reclamebelasting,
];

// Local words and links between shared and local products.
addKeywords(products, 'verhuizing-doorgeven', 'woonboot');
addKeywords(products, 'melding-openbare-ruimte', 'kade', 'steiger', 'dijk');
addKeywords(products, 'evenementenvergunning', 'havenfeest');
addRelated(products, 'parkeervergunning-bewoners', 'ontheffing-milieuzone');
addRelated(products, 'bezoekersparkeren', 'veerpont');
addRelated(products, 'terrasvergunning', 'reclamebelasting');
