/**
 * Demo catalogue of the fictional "Gemeente Heuvelrode": a green municipality
 * (about 35,000 inhabitants) with villages on a hill ridge, forests, tourism and campsites.
 */
import type { DemoProduct } from './types.js';
import { addKeywords, addRelated, line, prices, sharedProducts, type Municipality } from './common.js';

export const heuvelrode: Municipality = {
  name: 'Heuvelrode',
  hall: 'het gemeentehuis',
  hallEn: 'the municipal office',
  address: 'Brink 1 in Rode',
  portal: 'Mijn Heuvelrode',
  openingHours: 'van maandag tot en met vrijdag van 9.00 tot 16.00 uur, en op dinsdag ook van 16.00 tot 19.30 uur',
  openingHoursEn: 'Monday to Friday from 9 am to 4 pm, and on Tuesdays also from 4 pm to 7.30 pm',
  socialTeam: 'het Dorpsteam',
  socialTeamEn: 'the Village Team',
  werkplein: 'het Werkpunt Heuvelrode',
  werkpleinEn: 'the Heuvelrode Work Point',
  // Heuvelrode collects its taxes together with two neighbouring municipalities.
  taxOffice: 'Belastingen Heuvelland',
  taxOfficeEn: 'Belastingen Heuvelland',
  taxTerms: 8,
  milieustraat: 'milieustraat Heuvelrode aan de Zandweg 3 in Rode',
  milieustraatEn: 'the Heuvelrode recycling centre at Zandweg 3 in Rode',
  milieustraatHours: 'woensdag en vrijdag van 13.00 tot 17.00 uur en zaterdag van 9.00 tot 16.00 uur',
  milieustraatHoursEn: 'Wednesday and Friday 1 pm to 5 pm and Saturday 9 am to 4 pm',
  grofvuilGratis: 2,
  market: 'elke donderdag op de Brink in Rode',
  marketEn: 'every Thursday on the Brink in Rode',
  parkingArea: 'het dorpscentrum van Rode',
  parkingAreaEn: 'the village centre of Rode',
  paidParkingHours: 'van 1 april tot en met 31 oktober, elke dag van 10.00 tot 18.00 uur',
  paidParkingHoursEn: 'from 1 April to 31 October, every day from 10 am to 6 pm',
  bezoekersUrenPerJaar: 250,
  freeWedding: 'op de eerste dinsdag van de maand om 9.00 uur in de trouwkamer van het gemeentehuis',
  freeWeddingEn: 'on the first Tuesday of the month at 9 am in the wedding room of the municipal office',
  weddingVenues: 'de raadzaal van het gemeentehuis of in de Boswachterswoning op de Rodeberg',
  weddingVenuesEn: "the council chamber of the municipal office or in the Forester's House on the Rodeberg",
  mantelzorgOrg: 'Mantelzorgpunt Heuvelrode',
  mantelzorgOrgEn: 'Mantelzorgpunt Heuvelrode (the carers support point)',
  mantelzorgBedrag: 12500,
  iitAlleenstaand: 40000,
  iitSamenwonend: 52000,
  iitGezin: 60000,
  kapRegel:
    'In Heuvelrode heeft u een kapvergunning nodig voor elke boom met een stamomtrek van 60 centimeter of meer, gemeten op 1,30 meter hoogte. Voor bomen op de lijst van waardevolle bomen geldt dit altijd. Wilt u een stuk bos kappen? Dan doet u ook een melding bij de provincie.',
  kapRegelEn:
    'In Heuvelrode you need a felling permit for every tree with a trunk circumference of 60 centimetres or more, measured at 1.30 metres height. This always applies to trees on the list of valuable trees. Do you want to fell part of a forest? Then you also notify the province.',
  sportDeadline: '1 november',
  sportDeadlineEn: '1 November',
  kleinEvenementWeken: 4,
  kleinEvenementMax: 150,
  evenementWeken: 10,
  fees: {
    rijbewijs: 5540,
    rijbewijsSpoed: 4100,
    uittrekselBrp: 1490,
    huwelijkDoordeweeks: 32500,
    huwelijkVrijdagZaterdag: 49500,
    huwelijkEigenLocatie: 17500,
    huwelijkEigenTrouwambtenaar: 8500,
    parkeerEersteAuto: 6000,
    parkeerTweedeAuto: 12000,
    bezoekersUur: 80,
    gehandicaptenkaart: 6500,
    gehandicaptenplaats: 12500,
    afvalEenpersoons: 27600,
    afvalMeerpersoons: 35100,
    ozbWoning: 0.0812,
    ozbWoning2027: 0.0839,
    ozbNietWoningEigenaar: 0.192,
    ozbNietWoningEigenaar2027: 0.1978,
    ozbNietWoningGebruiker: 0.156,
    ozbNietWoningGebruiker2027: 0.1607,
    rioolheffing: 24800,
    hondEerste: 8800,
    hondVolgende: 11800,
    kennel: 29500,
    grofvuilExtra: 3000,
    afvalpasVervangen: 1000,
    containerExtra: 4750,
    containerKwijt: 4750,
    milieustraatPuin: 850,
    bouwPercentage: 2.6,
    bouwPercentage2027: 2.65,
    bouwMinimum: 15000,
    kap: 9500,
    uitrit: 12000,
    exploitatie: 31000,
    alcohol: 29500,
    alcoholWijziging: 5500,
    terrasLeges: 7500,
    terrasPerM2: 1650,
    marktDag: 240,
    marktJaar: 9500,
    evenementKlein: 9500,
    evenementMiddel: 31000,
    evenementGroot: 72000,
  },
};

const m = heuvelrode;

// ---------------------------------------------------------------------------
// Products only Heuvelrode has
// ---------------------------------------------------------------------------

const toeristenbelasting: DemoProduct = {
  slug: 'toeristenbelasting',
  audience: ['ondernemer'],
  categories: ['belastingen', 'ondernemen'],
  leadTimeDays: null,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Hotel, B&B of vakantiewoning, per persoon per nacht', 'Hotel, B&B or holiday home, per person per night', 210, 220),
    line('Camping of kampeerplaats, per persoon per nacht', 'Campsite or pitch, per person per night', 145, 150),
    line('Vaste seizoensplaats of recreatiewoning van de eigenaar (forfait), per jaar', 'Fixed seasonal pitch or owner-used holiday home (flat rate), per year', 18500, 19000),
  ),
  keywords: ['toeristenbelasting', 'toeristenheffing', 'toeristen', 'overnachtingen', 'nachtregister', 'logies', 'hotel', 'b&b', 'bed and breakfast', 'camping', 'vakantiewoning', 'aangifte toeristenbelasting', 'tourist tax'],
  related: ['vakantieverhuur-registreren', 'kampeervergunning', 'ondernemersloket', 'precariobelasting'],
  title: 'Toeristenbelasting',
  summary: 'Verhuurt u in Heuvelrode kamers, vakantiewoningen of kampeerplaatsen aan toeristen? Dan draagt u toeristenbelasting af per persoon per nacht.',
  description:
    'Elk jaar komen veel mensen naar de bossen en heuvels van Heuvelrode. Zij overnachten in hotels, B&B’s, vakantiewoningen en op campings. Voor elke overnachting betaalt de gast toeristenbelasting. U als verhuurder int dit bedrag en draagt het af aan de gemeente. Met de opbrengst onderhouden wij onder meer wandelpaden, fietsroutes en parkeerplaatsen bij de bossen.\n\n' +
    'U houdt een nachtregister bij. Daarin schrijft u per gast de naam, de woonplaats en het aantal nachten. Na afloop van het jaar doet u aangifte. Daarna krijgt u een aanslag. Bij een camping met vaste seizoensplaatsen kunt u kiezen voor een vast bedrag per plaats per jaar.\n\n' +
    'Inwoners van Heuvelrode die bij u overnachten, betalen geen toeristenbelasting. Gasten die alleen overdag komen ook niet.',
  forWhom: 'Voor hotels, B&B’s, verhuurders van vakantiewoningen, campings en andere bedrijven die overnachtingen aanbieden in Heuvelrode.',
  conditions: [
    'U houdt een nachtregister bij en bewaart dit 7 jaar.',
    'U doet elk jaar vóór 1 maart aangifte over het jaar ervoor.',
    'Bij een grote camping of hotel betaalt u een voorschot in termijnen.',
  ],
  bring: [
    'Uw nachtregister met het aantal overnachtingen.',
    'eHerkenning of DigiD om aangifte te doen.',
    'Uw aanslagnummer of registratienummer.',
  ],
  leadTime: 'U krijgt de aanslag binnen 8 weken na uw aangifte.',
  howTo:
    `1. Meld uw accommodatie aan bij Belastingen Heuvelland via ${m.portal}.\n` +
    '2. Houd het hele jaar een nachtregister bij.\n' +
    '3. Doe vóór 1 maart online aangifte.\n' +
    '4. U krijgt een aanslag en betaalt in één keer of in termijnen.',
  en: {
    title: 'Tourist tax',
    summary: 'Do you rent out rooms, holiday homes or camping pitches to tourists in Heuvelrode? Then you pay tourist tax per person per night.',
    description:
      'Every year many people come to the forests and hills of Heuvelrode. They stay in hotels, B&Bs, holiday homes and on campsites. For each night the guest pays tourist tax (toeristenbelasting). As the host you collect this amount and pay it to the municipality. With the revenue we maintain walking paths, cycle routes and car parks near the forests, among other things.\n\n' +
      'You keep a guest register. For each guest you write down the name, home town and number of nights. After the end of the year you file a tax return. You then receive a tax bill. For a campsite with fixed seasonal pitches you can choose a fixed amount per pitch per year.\n\n' +
      'Residents of Heuvelrode who stay with you do not pay tourist tax. Neither do guests who only come during the day.',
    forWhom: 'For hotels, B&Bs, holiday home owners, campsites and other businesses that offer overnight stays in Heuvelrode.',
    conditions: [
      'You keep a guest register and store it for 7 years.',
      'Every year before 1 March you file a return for the previous year.',
      'For a large campsite or hotel you pay an advance in instalments.',
    ],
    bring: [
      'Your guest register with the number of overnight stays.',
      'eHerkenning or DigiD to file your return.',
      'Your assessment number or registration number.',
    ],
    leadTime: 'You receive the tax bill within 8 weeks after your return.',
    howTo:
      `1. Register your accommodation with Belastingen Heuvelland at ${m.portal}.\n` +
      '2. Keep a guest register all year.\n' +
      '3. File your return online before 1 March.\n' +
      '4. You receive a tax bill and pay it all at once or in instalments.',
  },
};

const kampeervergunning: DemoProduct = {
  slug: 'kampeervergunning',
  audience: ['ondernemer'],
  categories: ['ondernemen', 'vrije-tijd-en-evenementen'],
  leadTimeDays: 56,
  channels: { online: true, appointment: true, phone: true, desk: false },
  prices: prices(
    line('Omgevingsvergunning kleinschalig kamperen (tot 25 plaatsen)', 'Permit for small-scale camping (up to 25 pitches)', 19500),
    line('Omgevingsvergunning kampeerterrein (meer dan 25 plaatsen)', 'Permit for a campsite (more than 25 pitches)', 79500),
    line('Tijdelijke kampeerplaats bij een evenement of jeugdkamp', 'Temporary camping at an event or youth camp', 6500),
  ),
  keywords: ['kampeervergunning', 'campingvergunning', 'camping', 'kamperen', 'kampeerterrein', 'kleinschalig kamperen', 'boerderijcamping', 'kamperen bij de boer', 'minicamping', 'kampeerplaats', 'tent', 'caravan', 'camper', 'glamping', 'jeugdkamp', 'campsite permit'],
  related: ['toeristenbelasting', 'omgevingsplan-inzien', 'ondernemersloket', 'ontheffing-stookverbod'],
  title: 'Vergunning voor een camping of kleinschalig kamperen',
  summary: 'Wilt u een camping beginnen, kamperen bij de boer aanbieden of een jeugdkamp houden in Heuvelrode? Lees welke vergunning u nodig heeft.',
  description:
    'In Heuvelrode mag u niet zomaar gasten laten kamperen op uw terrein. Voor een camping of kleinschalig kamperen heeft u een omgevingsvergunning nodig. Kleinschalig kamperen is kamperen bij een boerderij of ander erf, met maximaal 25 plaatsen, van 15 maart tot en met 31 oktober.\n\n' +
    'Wij kijken of de camping past in het omgevingsplan en in het landschap. Het erf moet goed bereikbaar zijn voor de brandweer. Omdat Heuvelrode veel bos heeft, stellen wij strenge eisen aan brandveiligheid. Bijvoorbeeld aan blusmiddelen, vluchtwegen en het verbod op open vuur als het droog is.\n\n' +
    'Organiseert u een jeugdkamp of scoutingkamp van maximaal 2 weken? Dan is een tijdelijke vergunning genoeg. Voor gasten die bij u overnachten draagt u toeristenbelasting af.',
  forWhom: 'Voor agrariërs, landeigenaren en ondernemers die in Heuvelrode een camping willen beginnen, en voor organisatoren van jeugdkampen.',
  conditions: [
    'De camping past in het omgevingsplan of wij kunnen een uitzondering maken.',
    'Kleinschalig kamperen: maximaal 25 plaatsen, van 15 maart tot en met 31 oktober, bij een bestaand erf.',
    'U voldoet aan de eisen voor brandveiligheid en sanitair.',
    'Er is een goede landschappelijke inpassing, bijvoorbeeld met een haag of bomenrij.',
  ],
  bring: [
    'Een situatietekening met de kampeerplaatsen, wegen, sanitair en blusmiddelen.',
    'Een beschrijving van het aantal plaatsen en de periode.',
    'Een plan voor de beplanting rond het terrein.',
    'eHerkenning of DigiD voor het Omgevingsloket.',
  ],
  leadTime: 'Wij beslissen binnen 8 weken. Bij een nieuw kampeerterrein kan een uitgebreide procedure van 26 weken gelden. Een tijdelijke vergunning voor een jeugdkamp regelen wij binnen 4 weken.',
  howTo:
    '1. Bespreek uw plan eerst in een gratis vooroverleg met het Ondernemersloket.\n' +
    '2. Vraag de vergunning aan via het Omgevingsloket.\n' +
    '3. De brandweer en een medewerker van de gemeente komen vaak kijken.\n' +
    `4. U krijgt een besluit. Meld uw camping daarna aan voor de toeristenbelasting via ${m.portal}.`,
  en: {
    title: 'Permit for a campsite or small-scale camping',
    summary: 'Do you want to start a campsite, offer camping on a farm or hold a youth camp in Heuvelrode? Read which permit you need.',
    description:
      'In Heuvelrode you may not simply let guests camp on your land. For a campsite or small-scale camping you need an environment and planning permit. Small-scale camping is camping at a farm or other yard, with up to 25 pitches, from 15 March to 31 October.\n\n' +
      'We check whether the campsite fits the environment plan and the landscape. The site must be easy to reach for the fire brigade. Because Heuvelrode has a lot of forest, we set strict fire safety requirements. For example for fire extinguishers, escape routes and the ban on open fires when it is dry.\n\n' +
      'Are you organising a youth camp or scout camp of up to 2 weeks? Then a temporary permit is enough. For guests who stay overnight you pay tourist tax.',
    forWhom: 'For farmers, landowners and entrepreneurs who want to start a campsite in Heuvelrode, and for organisers of youth camps.',
    conditions: [
      'The campsite fits the environment plan or we can make an exception.',
      'Small-scale camping: up to 25 pitches, from 15 March to 31 October, at an existing farmyard.',
      'You meet the requirements for fire safety and sanitary facilities.',
      'The site fits well into the landscape, for example with a hedge or a row of trees.',
    ],
    bring: [
      'A site plan with the pitches, roads, sanitary facilities and fire extinguishers.',
      'A description of the number of pitches and the period.',
      'A planting plan for around the site.',
      'eHerkenning or DigiD for the Omgevingsloket.',
    ],
    leadTime: 'We decide within 8 weeks. For a new campsite an extended procedure of 26 weeks may apply. We arrange a temporary permit for a youth camp within 4 weeks.',
    howTo:
      '1. First discuss your plan in a free preliminary meeting with the business desk.\n' +
      '2. Apply for the permit through the Omgevingsloket.\n' +
      '3. The fire brigade and a municipal officer often come to take a look.\n' +
      `4. You receive a decision. Then register your campsite for the tourist tax at ${m.portal}.`,
  },
};

const vakantieverhuur: DemoProduct = {
  slug: 'vakantieverhuur-registreren',
  audience: ['inwoner', 'ondernemer'],
  categories: ['wonen-en-verhuizen', 'ondernemen'],
  leadTimeDays: 1,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: [],
  keywords: ['vakantieverhuur', 'registratienummer', 'woning verhuren', 'airbnb', 'toeristische verhuur', 'vakantiewoning verhuren', 'kamer verhuren', 'b&b beginnen', 'recreatiewoning', 'short stay', 'holiday rental'],
  related: ['toeristenbelasting', 'kampeervergunning', 'omgevingsplan-inzien'],
  title: 'Registratienummer voor vakantieverhuur aanvragen',
  summary: 'Wilt u uw woning of een kamer verhuren aan toeristen, bijvoorbeeld via een verhuurplatform? Vraag dan eerst gratis een registratienummer aan.',
  description:
    'Verhuurt u uw woning, een deel ervan of een kamer aan toeristen? Bijvoorbeeld via Airbnb of een ander verhuurplatform? Dan heeft u in Heuvelrode een registratienummer nodig. U zet dit nummer in elke advertentie. Zo weten wij wie er verhuurt en zorgen wij dat woningen ook beschikbaar blijven voor inwoners.\n\n' +
    'In een gewone woning mag u maximaal 60 nachten per jaar aan toeristen verhuren. Elke verhuur meldt u vooraf. Voor een recreatiewoning op een vakantiepark of een B&B gelden andere regels. Een B&B heeft soms een omgevingsvergunning nodig.\n\n' +
    'Voor elke gast draagt u toeristenbelasting af. Het registratienummer is gratis.',
  forWhom: 'Voor inwoners en eigenaren die in Heuvelrode een woning, kamer of vakantiewoning aan toeristen verhuren.',
  conditions: [
    'U vraagt het registratienummer aan vóórdat u adverteert.',
    'In een gewone woning verhuurt u maximaal 60 nachten per jaar.',
    'U meldt elke verhuurperiode vooraf.',
    'Heeft u een huurwoning? Dan heeft u toestemming van de verhuurder nodig.',
  ],
  bring: [
    'DigiD of eHerkenning.',
    'Het adres van de woning en het aantal slaapplaatsen.',
  ],
  leadTime: 'U krijgt het registratienummer meestal binnen 1 werkdag.',
  howTo:
    `1. Vraag het registratienummer aan met DigiD of eHerkenning op ${m.portal}.\n` +
    '2. Zet het nummer in al uw advertenties.\n' +
    '3. Meld elke verhuurperiode vooraf en houd een nachtregister bij voor de toeristenbelasting.',
  en: {
    title: 'Apply for a holiday rental registration number',
    summary: 'Do you want to rent out your home or a room to tourists, for example through a rental platform? Then first apply for a free registration number.',
    description:
      'Do you rent out your home, part of it or a room to tourists? For example through Airbnb or another rental platform? Then you need a registration number in Heuvelrode. You put this number in every advertisement. This way we know who is renting out, and we make sure homes also remain available for residents.\n\n' +
      'In an ordinary home you may rent to tourists for up to 60 nights a year. You report each rental in advance. Different rules apply to a holiday home on a holiday park or a B&B. A B&B sometimes needs an environment and planning permit.\n\n' +
      'You pay tourist tax for every guest. The registration number is free.',
    forWhom: 'For residents and owners who rent out a home, room or holiday home to tourists in Heuvelrode.',
    conditions: [
      'You apply for the registration number before you advertise.',
      'In an ordinary home you rent out for up to 60 nights a year.',
      'You report each rental period in advance.',
      "Do you rent your home? Then you need your landlord's permission.",
    ],
    bring: [
      'DigiD or eHerkenning.',
      'The address of the home and the number of beds.',
    ],
    leadTime: 'You usually receive the registration number within 1 working day.',
    howTo:
      `1. Apply for the registration number with DigiD or eHerkenning at ${m.portal}.\n` +
      '2. Put the number in all your advertisements.\n' +
      '3. Report each rental period in advance and keep a guest register for the tourist tax.',
  },
};

const stookontheffing: DemoProduct = {
  slug: 'ontheffing-stookverbod',
  audience: ['inwoner', 'ondernemer'],
  categories: ['openbare-ruimte', 'vrije-tijd-en-evenementen'],
  leadTimeDays: 28,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Ontheffing paasvuur of ander traditioneel vuur', 'Exemption for an Easter bonfire or other traditional fire', 4500, 4650),
    line('Ontheffing verbranden snoeiafval (agrarisch)', 'Exemption for burning pruning waste (agricultural)', 4500, 4650),
  ),
  keywords: ['stookverbod', 'ontheffing stookverbod', 'stookontheffing', 'paasvuur', 'vreugdevuur', 'kampvuur', 'vuur', 'snoeiafval verbranden', 'verbranden', 'stoken', 'natuurbrand', 'bosbrand', 'open vuur', 'bonfire'],
  related: ['evenementenvergunning', 'kampeervergunning', 'milieustraat'],
  title: 'Ontheffing stookverbod aanvragen (paasvuur of snoeiafval)',
  summary: 'Wilt u een paasvuur organiseren of snoeiafval verbranden? In Heuvelrode is dat verboden, tenzij u een ontheffing heeft.',
  description:
    'In Heuvelrode mag u buiten geen afval verbranden. Dat is slecht voor de lucht en in onze bosrijke gemeente ook gevaarlijk. Snoeiafval en tuinafval brengt u gratis naar de milieustraat. Een kleine barbecue of vuurkorf in de tuin mag wel, als u de buren geen overlast geeft.\n\n' +
    'Voor een paasvuur of ander traditioneel vuur kunt u een ontheffing aanvragen. Agrariërs kunnen soms een ontheffing krijgen voor het verbranden van snoeiafval van hun land. In de ontheffing staan voorwaarden, bijvoorbeeld over de afstand tot bos en huizen en het soort hout.\n\n' +
    'Let op: is het natuurbrandrisico hoog, bijvoorbeeld bij lange droogte? Dan is elk open vuur verboden, ook met een ontheffing. Kijk daarom op de dag zelf op natuurbrandrisico.nl of op onze website.',
  forWhom: 'Voor verenigingen en buurtcomités die een paasvuur organiseren, en voor agrariërs in Heuvelrode.',
  conditions: [
    'U vraagt de ontheffing minstens 4 weken van tevoren aan.',
    'Het vuur is minstens 100 meter van bos en 50 meter van huizen.',
    'U verbrandt alleen schoon, onbehandeld hout of snoeihout.',
    'Er is bij een hoog natuurbrandrisico geen vuur. Een volwassene blijft tot het vuur helemaal uit is.',
  ],
  bring: [
    'De plek van het vuur op een kaartje, met de afstand tot bos en huizen.',
    'De datum en tijd.',
    'De naam en het telefoonnummer van de verantwoordelijke op de dag zelf.',
  ],
  leadTime: 'Wij beslissen binnen 4 weken. Vraag een ontheffing voor Pasen aan vóór 1 maart.',
  howTo:
    `1. Vraag de ontheffing aan met DigiD of eHerkenning op ${m.portal}.\n` +
    '2. Wij vragen advies aan de brandweer.\n' +
    '3. U krijgt een ontheffing met voorwaarden. Houd deze bij het vuur bij de hand.\n' +
    '4. Meld op de dag zelf aan de brandweer dat u het vuur aansteekt.',
  en: {
    title: 'Apply for an exemption from the burning ban (Easter bonfire or pruning waste)',
    summary: 'Do you want to organise an Easter bonfire or burn pruning waste? In Heuvelrode this is not allowed unless you have an exemption.',
    description:
      'In Heuvelrode you may not burn waste outdoors. It is bad for the air and, in our heavily wooded municipality, also dangerous. You can take pruning waste and garden waste to the recycling centre for free. A small barbecue or fire basket in the garden is allowed, as long as it does not bother the neighbours.\n\n' +
      'For an Easter bonfire or other traditional fire you can apply for an exemption. Farmers can sometimes get an exemption to burn pruning waste from their land. The exemption contains conditions, for example about the distance to forest and houses and the type of wood.\n\n' +
      'Please note: is the risk of wildfire high, for example during a long drought? Then every open fire is forbidden, even with an exemption. So check natuurbrandrisico.nl or our website on the day itself.',
    forWhom: 'For clubs and neighbourhood committees organising an Easter bonfire, and for farmers in Heuvelrode.',
    conditions: [
      'You apply for the exemption at least 4 weeks in advance.',
      'The fire is at least 100 metres from forest and 50 metres from houses.',
      'You only burn clean, untreated wood or pruning wood.',
      'There is no fire when the wildfire risk is high. An adult stays until the fire is completely out.',
    ],
    bring: [
      'The location of the fire on a map, with the distance to forest and houses.',
      'The date and time.',
      'The name and phone number of the person in charge on the day itself.',
    ],
    leadTime: 'We decide within 4 weeks. Apply for an Easter exemption before 1 March.',
    howTo:
      `1. Apply for the exemption with DigiD or eHerkenning at ${m.portal}.\n` +
      '2. We ask the fire brigade for advice.\n' +
      '3. You receive an exemption with conditions. Keep it with you at the fire.\n' +
      '4. On the day itself, tell the fire brigade that you are lighting the fire.',
  },
};

const precariobelasting: DemoProduct = {
  slug: 'precariobelasting',
  audience: ['ondernemer'],
  categories: ['belastingen', 'ondernemen'],
  leadTimeDays: null,
  channels: { online: true, appointment: false, phone: true, desk: false },
  prices: prices(
    line('Terras op openbare grond, per m² per jaar', 'Terrace on public space, per m² per year', m.fees.terrasPerM2),
    line('Uitstalling of reclamebord op de stoep, per m² per jaar', 'Shop display or A-board on the pavement, per m² per year', 2200),
    line('Bouwcontainer, steiger of bouwkeet, per m² per week', 'Skip, scaffolding or site hut, per m² per week', 350),
  ),
  keywords: ['precariobelasting', 'precario', 'openbare grond', 'uitstalling', 'reclamebord', 'stoepbord', 'bouwcontainer', 'steiger', 'bouwkeet', 'container op straat', 'public space tax'],
  related: ['terrasvergunning', 'ondernemersloket', 'toeristenbelasting'],
  title: 'Precariobelasting',
  summary: 'Zet u als ondernemer of bouwer spullen op de stoep of straat, zoals een uitstalling, reclamebord of bouwcontainer? Dan betaalt u precariobelasting.',
  description:
    'Precariobelasting betaalt u als u iets op, boven of onder openbare grond van de gemeente heeft staan. Bijvoorbeeld een uitstalling van uw winkel, een stoepbord, een terras, een bouwcontainer of een steiger. Het bedrag hangt af van het aantal vierkante meters en hoe lang het er staat.\n\n' +
    'Heeft u een terrasvergunning? Dan krijgt u de precariobelasting voor uw terras elk jaar vanzelf. Voor een bouwcontainer of steiger vraagt u eerst toestemming aan via het meldformulier. U krijgt daarna een aanslag voor de weken dat hij er staat.\n\n' +
    'In de dorpskernen van Heuvelrode zijn de stoepen vaak smal. Houd altijd minstens 1,5 meter vrij voor voetgangers en rolstoelen.',
  forWhom: 'Voor ondernemers, bouwers en inwoners die in Heuvelrode spullen op openbare grond plaatsen.',
  conditions: [
    'U heeft toestemming van de gemeente om de openbare grond te gebruiken.',
    'Er blijft een vrije doorgang van minstens 1,5 meter.',
    'Bezwaar maakt u binnen 6 weken na de datum op de aanslag.',
  ],
  bring: [
    'Het adres en de maten van wat u plaatst.',
    'De begin- en einddatum.',
    'eHerkenning of DigiD.',
  ],
  leadTime: 'Voor een terras of uitstalling komt de aanslag begin februari. Voor een container of steiger binnen 4 weken nadat hij is weggehaald.',
  howTo:
    `Meld een uitstalling, container of steiger aan op ${m.portal}. Bekijk daar ook uw aanslag. Vragen? Neem contact op met Belastingen Heuvelland.`,
  en: {
    title: 'Public space tax (precariobelasting)',
    summary: 'As a business or builder, do you put things on the pavement or street, such as a shop display, A-board or skip? Then you pay public space tax.',
    description:
      'You pay public space tax (precariobelasting) if you have something on, above or under public land owned by the municipality. For example a display outside your shop, an A-board, a terrace, a skip or scaffolding. The amount depends on the number of square metres and how long it is there.\n\n' +
      'Do you have a terrace permit? Then you automatically receive the public space tax for your terrace every year. For a skip or scaffolding, you first ask for permission through the report form. You then receive a bill for the weeks it is there.\n\n' +
      'In the village centres of Heuvelrode the pavements are often narrow. Always keep at least 1.5 metres free for pedestrians and wheelchairs.',
    forWhom: 'For businesses, builders and residents who place things on public land in Heuvelrode.',
    conditions: [
      'You have permission from the municipality to use the public land.',
      'A free passage of at least 1.5 metres remains.',
      'You lodge an objection within 6 weeks after the date on the bill.',
    ],
    bring: [
      'The address and dimensions of what you are placing.',
      'The start and end date.',
      'eHerkenning or DigiD.',
    ],
    leadTime: 'For a terrace or shop display the bill arrives at the beginning of February. For a skip or scaffolding within 4 weeks after it has been removed.',
    howTo:
      `Register a display, skip or scaffolding at ${m.portal}. You can also view your bill there. Questions? Contact Belastingen Heuvelland.`,
  },
};

// ---------------------------------------------------------------------------
// The full list
// ---------------------------------------------------------------------------

export const products: DemoProduct[] = [
  ...sharedProducts(heuvelrode),
  toeristenbelasting,
  kampeervergunning,
  vakantieverhuur,
  stookontheffing,
  precariobelasting,
];

// Local words and links between shared and local products.
addKeywords(products, 'melding-openbare-ruimte', 'wandelpad', 'fietspad', 'bankje');
addKeywords(products, 'boom-melden', 'bos', 'bospad');
addKeywords(products, 'evenementenvergunning', 'dorpsfeest', 'wandeltocht');
addKeywords(products, 'parkeervergunning-bewoners', 'zomerparkeren');
addRelated(products, 'terrasvergunning', 'precariobelasting');
addRelated(products, 'evenementenvergunning', 'ontheffing-stookverbod');
addRelated(products, 'milieustraat', 'ontheffing-stookverbod');
