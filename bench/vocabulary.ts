import type { Audience, CategorySlug } from '../src/modules/catalogue/demo/types.js';

/**
 * Word material for the benchmark catalogue: families of municipal products ("producten en
 * diensten") in plain Dutch. The generator in seed.ts combines a family's title variants with a
 * neighbourhood and a number, and mixes family-specific sentences with general ones, so that the
 * full-text index has a realistic spread: common words (vergunning, aanvragen, gemeente) match
 * thousands of products, specific ones (dakkapel, scootmobiel, ligplaats) only a few dozen.
 */
export interface Family {
  /** Title stems, each with its English counterpart. */
  variants: [nl: string, en: string][];
  categories: CategorySlug[];
  audience: Audience[];
  keywords: string[];
  /** One is picked as the summary; {wijk} is the neighbourhood. */
  summaries: string[];
  /** Family-specific sentences for the description. */
  facts: string[];
  conditions: string[];
  bring: string[];
  leadTimeDays: (number | null)[];
  /** Possible prices in cents; an empty list means free of charge. */
  prices: number[];
  priceLabel: [nl: string, en: string];
  /** Relative share of the catalogue. */
  weight: number;
}

export const WIJKEN = [
  'Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Havenkwartier', 'Dijkzicht', 'Molenwijk', 'Oude Stad', 'Buitenveld',
  'Kerkbuurt', 'Stationsgebied', 'Polderhof', 'Waterfront', 'De Weide', 'Beekdal', 'Rietlanden', 'Vogelbuurt',
  'Bloemenbuurt', 'Schildersbuurt', 'De Wiel', 'Nieuwland', 'Hoogkamp', 'Zeeheldenwijk', 'wijk', 'buitengebied',
];

/** General sentences any product page may have; {wijk} is the neighbourhood. */
export const GENERAL = [
  'U regelt dit bij de gemeente waar u staat ingeschreven.',
  'Woont u in {wijk}? Dan gelden de regels op deze pagina voor u.',
  'Heeft u vragen? Bel ons op 14 0599 of stuur een e-mail. Wij helpen u graag.',
  'U kunt dit online regelen met DigiD. Lukt dat niet, maak dan een afspraak op het stadhuis.',
  'Wij behandelen uw aanvraag binnen de wettelijke termijn. Soms hebben wij meer informatie nodig.',
  'De gemeente controleert uw gegevens in de Basisregistratie Personen.',
  'Bent u het niet eens met ons besluit? Dan kunt u binnen 6 weken bezwaar maken.',
  'Let op: de kosten worden ieder jaar op 1 januari aangepast.',
  'In {wijk} werken wij samen met de wijkteams en de woningcorporaties.',
  'U krijgt binnen een paar dagen een ontvangstbevestiging per e-mail.',
  'Voor ondernemers gelden soms andere regels. Kijk dan bij Ondernemen.',
  'Neem bij een afspraak altijd een geldig identiteitsbewijs mee.',
  'Het stadhuis is open van maandag tot en met vrijdag van 9.00 tot 17.00 uur, op donderdag tot 20.00 uur.',
  'Heeft u hulp nodig bij het invullen van het formulier? Het Informatiepunt Digitale Overheid in de bibliotheek helpt u gratis.',
  'Wij gebruiken uw gegevens alleen voor deze aanvraag. Lees meer in onze privacyverklaring.',
  'Bij spoed kunt u ook langskomen aan de balie, zonder afspraak.',
  'In het buitengebied en in {wijk} kunnen andere tijden gelden.',
  'De regels staan in de verordening van de gemeente. Die vindt u op overheid.nl.',
  'Betalen kan met pinpas of via iDEAL. Contant betalen is niet mogelijk.',
  'Wijzigt er iets in uw situatie? Geef dat dan zo snel mogelijk aan ons door.',
];

export const GENERAL_EN = [
  'You arrange this with the municipality where you are registered.',
  'Questions? Call us on 14 0599 or send an email. We are happy to help.',
  'You can arrange this online with DigiD. If that does not work, make an appointment at the town hall.',
  'Do you disagree with our decision? You can object within 6 weeks.',
  'Always bring a valid proof of identity to an appointment.',
  'Fees are adjusted every year on 1 January.',
];

export const FOR_WHOM = [
  'Voor alle inwoners van de gemeente.',
  'Voor inwoners van {wijk} en omgeving.',
  'Voor inwoners van 18 jaar en ouder.',
  'Voor ondernemers met een vestiging in de gemeente.',
  'Voor verenigingen, stichtingen en bewonersgroepen.',
  'Voor inwoners met een laag inkomen.',
  'Voor ouderen en mensen met een beperking.',
  'Voor eigenaren en huurders van een woning.',
];

const CHANNEL_TEXT = {
  online: 'Online aanvragen met DigiD (ondernemers met eHerkenning).',
  appointment: 'Maak een afspraak op het stadhuis.',
  phone: 'Bel ons op 14 0599.',
  desk: 'Kom langs bij de balie.',
};
export { CHANNEL_TEXT };

export const FAMILIES: Family[] = [
  {
    variants: [['Paspoort aanvragen', 'Apply for a passport'], ['Paspoort kind aanvragen', 'Passport for a child'], ['Zakenpaspoort', 'Business passport'], ['Noodpaspoort', 'Emergency passport'], ['Paspoort vermist of gestolen', 'Passport lost or stolen']],
    categories: ['burgerzaken'], audience: ['inwoner'], keywords: ['paspoort', 'reisdocument', 'pas', 'reizen', 'id'],
    summaries: ['Een paspoort vraagt u persoonlijk aan bij de gemeente. U haalt het een week later op.', 'Vraag een nieuw paspoort aan, ook voor uw kind. Maak eerst een afspraak in {wijk} of op het stadhuis.'],
    facts: ['Een paspoort is 10 jaar geldig voor volwassenen en 5 jaar voor kinderen.', 'U heeft een recente pasfoto nodig die voldoet aan de eisen.', 'Bij de aanvraag nemen wij uw vingerafdrukken af.', 'Met een paspoort kunt u naar alle landen reizen.', 'Is uw paspoort gestolen? Doe dan eerst aangifte bij de politie.'],
    conditions: ['U staat ingeschreven in de gemeente', 'U komt zelf naar de afspraak', 'Kinderen onder 12 jaar hebben toestemming van beide ouders nodig'],
    bring: ['Een recente pasfoto', 'Uw oude paspoort of identiteitskaart', 'Toestemmingsformulier van de andere ouder'],
    leadTimeDays: [5, 7], prices: [5730, 8430, 8215], priceLabel: ['Paspoort, 18 jaar en ouder', 'Passport, 18 and over'], weight: 3,
  },
  {
    variants: [['Identiteitskaart aanvragen', 'Apply for an identity card'], ['ID-kaart kind', 'ID card for a child'], ['Identiteitskaart verlengen', 'Renew identity card']],
    categories: ['burgerzaken'], audience: ['inwoner'], keywords: ['id-kaart', 'id kaart', 'identiteitsbewijs', 'identiteitskaart'],
    summaries: ['Met een identiteitskaart kunt u zich legitimeren en reizen binnen Europa.', 'Vraag een nieuwe identiteitskaart aan op het stadhuis of het servicepunt {wijk}.'],
    facts: ['Een identiteitskaart is 10 jaar geldig.', 'Met een identiteitskaart reist u naar landen in de Europese Unie.', 'De identiteitskaart is niet geldig voor reizen buiten Europa.'],
    conditions: ['U heeft de Nederlandse nationaliteit', 'U staat ingeschreven in de gemeente'],
    bring: ['Een recente pasfoto', 'Uw huidige identiteitsbewijs'],
    leadTimeDays: [5], prices: [4230, 7730], priceLabel: ['Identiteitskaart', 'Identity card'], weight: 2,
  },
  {
    variants: [['Rijbewijs verlengen', 'Renew driving licence'], ['Rijbewijs aanvragen', 'Apply for a driving licence'], ['Rijbewijs vermist', 'Driving licence lost'], ['Rijbewijs omwisselen', 'Exchange foreign driving licence']],
    categories: ['burgerzaken', 'parkeren-en-verkeer'], audience: ['inwoner'], keywords: ['rijbewijs', 'autorijbewijs', 'cbr', 'gezondheidsverklaring'],
    summaries: ['Is uw rijbewijs bijna verlopen? Verleng het online of bij de gemeente.', 'Vraag uw rijbewijs aan bij de gemeente {wijk}. Soms heeft u eerst een verklaring van het CBR nodig.'],
    facts: ['Een rijbewijs is 10 jaar geldig.', 'Vanaf 75 jaar heeft u een gezondheidsverklaring nodig.', 'U kunt uw rijbewijs ook online aanvragen met DigiD.', 'Een buitenlands rijbewijs kunt u soms omwisselen voor een Nederlands rijbewijs.'],
    conditions: ['U woont in Nederland', 'U heeft een geldig rijbewijs of een geslaagd examen'],
    bring: ['Uw huidige rijbewijs', 'Een recente pasfoto'],
    leadTimeDays: [5, 10], prices: [4760, 5215], priceLabel: ['Rijbewijs', 'Driving licence'], weight: 2,
  },
  {
    variants: [['Uittreksel BRP', 'Extract from the Personal Records Database'], ['Uittreksel geboorteakte', 'Copy of birth certificate'], ['Verklaring omtrent het gedrag', 'Certificate of conduct (VOG)'], ['Attestatie de vita', 'Certificate of life']],
    categories: ['burgerzaken'], audience: ['inwoner', 'ondernemer'], keywords: ['uittreksel', 'brp', 'akte', 'vog', 'bewijs', 'gba'],
    summaries: ['Een uittreksel is een officieel bewijs van uw gegevens uit de registratie van de gemeente.', 'Vraag een uittreksel of verklaring aan. U krijgt het per post op uw adres in {wijk}.'],
    facts: ['Een uittreksel uit de Basisregistratie Personen (BRP) heeft u nodig voor een werkgever of instantie.', 'Een verklaring omtrent het gedrag (VOG) vraagt u meestal online aan bij Justis.', 'Een internationaal uittreksel is meertalig.'],
    conditions: ['U vraagt het aan voor uzelf of uw minderjarig kind'],
    bring: ['Uw identiteitsbewijs'],
    leadTimeDays: [1, 3, 28], prices: [1665, 4135], priceLabel: ['Uittreksel', 'Extract'], weight: 2,
  },
  {
    variants: [['Verhuizing doorgeven', 'Report a move'], ['Verhuizing naar het buitenland', 'Moving abroad'], ['Inschrijven vanuit het buitenland', 'Registering from abroad'], ['Briefadres aanvragen', 'Apply for a correspondence address'], ['Adresonderzoek', 'Address investigation']],
    categories: ['wonen-en-verhuizen'], audience: ['inwoner'], keywords: ['verhuizen', 'verhuizing', 'adreswijziging', 'inschrijven', 'nieuw adres', 'emigreren'],
    summaries: ['Gaat u verhuizen? Geef uw nieuwe adres binnen 5 dagen door aan de gemeente.', 'Verhuist u naar {wijk}? Geef uw verhuizing online door met DigiD.'],
    facts: ['U kunt uw verhuizing 4 weken van tevoren doorgeven.', 'Wij geven uw nieuwe adres door aan andere overheden, zoals de Belastingdienst.', 'Verhuist u naar het buitenland? Dan schrijft u zich uit bij de gemeente.', 'Een briefadres is een adres waar u post ontvangt als u geen vast woonadres heeft.'],
    conditions: ['U geeft de verhuizing door binnen 5 dagen na de verhuisdatum', 'De hoofdbewoner geeft toestemming'],
    bring: ['Huurcontract of koopakte', 'Toestemming van de hoofdbewoner'],
    leadTimeDays: [0, 5, null], prices: [], priceLabel: ['Verhuizing', 'Move'], weight: 2,
  },
  {
    variants: [['Geboorteaangifte', 'Register a birth'], ['Erkenning van een kind', 'Acknowledge a child'], ['Naamskeuze', 'Choice of surname']],
    categories: ['burgerzaken'], audience: ['inwoner'], keywords: ['geboorte', 'baby', 'aangifte', 'erkennen', 'achternaam'],
    summaries: ['Is uw kind geboren? Doe binnen 3 dagen aangifte bij de gemeente.', 'Doe aangifte van de geboorte van uw kind in {wijk} of online.'],
    facts: ['De aangifte van een geboorte is gratis.', 'Bent u niet getrouwd? Dan moet de vader of meemoeder het kind erkennen.', 'Bij de aangifte kiest u de achternaam van uw kind.'],
    conditions: ['U doet aangifte binnen 3 dagen na de geboorte'],
    bring: ['Uw identiteitsbewijs', 'Akte van erkenning, als u die heeft'],
    leadTimeDays: [0], prices: [], priceLabel: ['Geboorteaangifte', 'Birth registration'], weight: 1,
  },
  {
    variants: [['Trouwen of geregistreerd partnerschap', 'Marriage or registered partnership'], ['Gratis trouwen', 'Free wedding'], ['Trouwlocatie aanvragen', 'Wedding venue'], ['Trouwambtenaar voor één dag', 'Wedding official for a day']],
    categories: ['burgerzaken'], audience: ['inwoner'], keywords: ['trouwen', 'huwelijk', 'partnerschap', 'bruiloft', 'trouwlocatie'],
    summaries: ['Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit minimaal 2 weken vooraf.', 'Trouwen op een mooie plek in {wijk}? Vraag een eigen trouwlocatie aan.'],
    facts: ['U kunt gratis trouwen op maandagochtend in het stadhuis.', 'U heeft 2 tot 4 getuigen nodig.', 'Een trouwambtenaar voor één dag kan een vriend of familielid zijn.'],
    conditions: ['U bent 18 jaar of ouder', 'U bent niet al getrouwd'],
    bring: ['Identiteitsbewijzen van u, uw partner en de getuigen'],
    leadTimeDays: [14, 28], prices: [36500, 62000, 0], priceLabel: ['Huwelijk op werkdag', 'Wedding on a weekday'], weight: 1,
  },
  {
    variants: [['Overlijden aangeven', 'Register a death'], ['Graf huren', 'Rent a grave'], ['Grafrechten verlengen', 'Extend grave rights'], ['Asbestemming', 'Ashes destination']],
    categories: ['burgerzaken'], audience: ['inwoner'], keywords: ['overlijden', 'begraven', 'begrafenis', 'graf', 'begraafplaats', 'crematie'],
    summaries: ['Is iemand overleden? De uitvaartondernemer doet meestal de aangifte.', 'Huur of verleng een graf op de begraafplaats {wijk}.'],
    facts: ['De begraafplaats is elke dag open van zonsopgang tot zonsondergang.', 'Grafrechten huurt u voor 20 of 30 jaar.', 'De uitvaartondernemer regelt meestal de aangifte van overlijden.'],
    conditions: ['U bent nabestaande of rechthebbende van het graf'],
    bring: ['Verklaring van overlijden'],
    leadTimeDays: [1, 5], prices: [125000, 245000, 61500], priceLabel: ['Grafrecht 20 jaar', 'Grave rights 20 years'], weight: 1,
  },
  {
    variants: [['Parkeervergunning bewoners', 'Residents parking permit'], ['Parkeervergunning bedrijven', 'Business parking permit'], ['Bezoekersparkeren', 'Visitor parking'], ['Parkeervergunning mantelzorgers', 'Parking permit for carers'], ['Parkeervergunning tweede auto', 'Parking permit second car'], ['Parkeervergunning deelauto', 'Parking permit shared car']],
    categories: ['parkeren-en-verkeer'], audience: ['inwoner', 'ondernemer'], keywords: ['parkeren', 'parkeervergunning', 'vergunning', 'auto', 'kenteken', 'bezoekers'],
    summaries: ['Met een parkeervergunning parkeert u in uw eigen wijk zonder parkeerautomaat.', 'Vraag een parkeervergunning aan voor {wijk}. Er kan een wachtlijst zijn.'],
    facts: ['De vergunning hoort bij het kenteken van uw auto.', 'In {wijk} is het aantal vergunningen per adres beperkt.', 'Bezoekers parkeren met uw bezoekersregeling tegen een lager tarief.', 'Een parkeervergunning is één jaar geldig en wordt automatisch verlengd.', 'U betaalt per kwartaal of per jaar.'],
    conditions: ['U woont in het vergunninggebied', 'De auto staat op uw naam of u rijdt een leaseauto', 'Er is geen eigen parkeerplaats bij uw woning'],
    bring: ['Kenteken van de auto', 'Leasecontract, als u een leaseauto rijdt'],
    leadTimeDays: [3, 7, 56], prices: [6200, 12450, 24900], priceLabel: ['Parkeervergunning per jaar', 'Parking permit per year'], weight: 5,
  },
  {
    variants: [['Gehandicaptenparkeerkaart', 'Disabled parking card'], ['Gehandicaptenparkeerplaats', 'Disabled parking space']],
    categories: ['parkeren-en-verkeer', 'zorg-en-welzijn'], audience: ['inwoner'], keywords: ['gpk', 'invalidenparkeerkaart', 'gehandicapt', 'parkeerplaats', 'beperking'],
    summaries: ['Kunt u slecht lopen? Met een gehandicaptenparkeerkaart parkeert u dichter bij uw bestemming.', 'Vraag een gehandicaptenparkeerplaats aan bij uw woning in {wijk}.'],
    facts: ['Een onafhankelijke arts beoordeelt uw aanvraag.', 'De kaart is 5 jaar geldig.', 'Een eigen parkeerplaats krijgt uw kenteken op het bord.'],
    conditions: ['U kunt niet meer dan 100 meter lopen', 'Uw beperking duurt minstens 6 maanden'],
    bring: ['Een recente pasfoto', 'Medische gegevens'],
    leadTimeDays: [42, 56], prices: [15000], priceLabel: ['Gehandicaptenparkeerkaart', 'Disabled parking card'], weight: 1,
  },
  {
    variants: [['Ontheffing venstertijden', 'Exemption delivery hours'], ['Ontheffing laden en lossen', 'Exemption loading and unloading'], ['Verkeersbesluit aanvragen', 'Traffic decision'], ['Ontheffing zware voertuigen', 'Exemption heavy vehicles'], ['Ontheffing milieuzone', 'Low emission zone exemption']],
    categories: ['parkeren-en-verkeer', 'ondernemen'], audience: ['ondernemer', 'inwoner'], keywords: ['ontheffing', 'verkeer', 'venstertijden', 'laden', 'lossen', 'milieuzone', 'vrachtwagen'],
    summaries: ['Met een ontheffing mag u buiten de venstertijden het voetgangersgebied in.', 'Vraag een ontheffing aan om in {wijk} te laden en te lossen.'],
    facts: ['Venstertijden gelden in het centrum van 6.00 tot 11.00 uur.', 'In de milieuzone mogen oude dieselauto\'s niet rijden.', 'Een ontheffing is maximaal één jaar geldig.'],
    conditions: ['U heeft een goede reden om het gebied in te rijden'],
    bring: ['Kenteken van het voertuig', 'Uittreksel Kamer van Koophandel'],
    leadTimeDays: [14, 28], prices: [3850, 7900], priceLabel: ['Ontheffing', 'Exemption'], weight: 2,
  },
  {
    variants: [['Afvalstoffenheffing', 'Waste collection tax'], ['Rioolheffing', 'Sewerage charge'], ['Onroerendezaakbelasting', 'Property tax'], ['Hondenbelasting', 'Dog tax'], ['Toeristenbelasting', 'Tourist tax'], ['Precariobelasting', 'Precario tax']],
    categories: ['belastingen'], audience: ['inwoner', 'ondernemer'], keywords: ['belasting', 'heffing', 'aanslag', 'betalen', 'ozb', 'hond', 'toeristen'],
    summaries: ['Elk jaar krijgt u een aanslag voor de gemeentelijke belastingen.', 'Lees hoe hoog de belasting is in {wijk} en hoe u betaalt.'],
    facts: ['U kunt de aanslag in 10 termijnen betalen met automatische incasso.', 'De hoogte van de afvalstoffenheffing hangt af van het aantal bewoners.', 'Heeft u een hond? Meld die dan aan voor de hondenbelasting.', 'Toeristenbelasting betaalt u per persoon per nacht.'],
    conditions: ['U bent eigenaar of gebruiker van een woning of bedrijfspand'],
    bring: ['Uw aanslagnummer'],
    leadTimeDays: [null], prices: [31200, 12200, 9800, 215], priceLabel: ['Tarief per jaar', 'Rate per year'], weight: 3,
  },
  {
    variants: [['WOZ-waarde bekijken', 'View WOZ value'], ['Bezwaar WOZ-waarde', 'Object to WOZ value'], ['Kwijtschelding gemeentelijke belastingen', 'Remission of municipal taxes'], ['Betalingsregeling belastingen', 'Tax payment arrangement']],
    categories: ['belastingen'], audience: ['inwoner', 'ondernemer'], keywords: ['woz', 'taxatie', 'bezwaar', 'kwijtschelding', 'betalingsregeling', 'aanslag'],
    summaries: ['De WOZ-waarde is de waarde van uw woning volgens de gemeente.', 'Kunt u de belasting niet betalen? Vraag kwijtschelding aan. Ook voor inwoners van {wijk}.'],
    facts: ['Bent u het niet eens met de WOZ-waarde? Maak binnen 6 weken bezwaar.', 'Kwijtschelding is mogelijk als uw inkomen en vermogen laag zijn.', 'U kunt het taxatieverslag van uw woning online bekijken.'],
    conditions: ['U maakt bezwaar binnen 6 weken na de dagtekening van de aanslag', 'Uw vermogen is lager dan de grens'],
    bring: ['Aanslagbiljet', 'Bankafschriften van de laatste 3 maanden'],
    leadTimeDays: [56, 84], prices: [], priceLabel: ['Bezwaar', 'Objection'], weight: 2,
  },
  {
    variants: [['Huishoudelijke hulp', 'Household help'], ['Begeleiding thuis', 'Support at home'], ['Dagbesteding', 'Day activities'], ['Beschermd wonen', 'Sheltered housing'], ['Respijtzorg', 'Respite care']],
    categories: ['zorg-en-welzijn'], audience: ['inwoner'], keywords: ['wmo', 'huishouden', 'hulp', 'zorg', 'begeleiding', 'schoonmaken'],
    summaries: ['Lukt het huishouden niet meer? Misschien kunt u hulp krijgen via de Wmo.', 'Vraag ondersteuning aan bij het wijkteam {wijk}.'],
    facts: ['Een consulent van het wijkteam komt bij u thuis voor een gesprek.', 'U betaalt een eigen bijdrage van maximaal € 21,80 per maand.', 'Eerst kijken wij wat u zelf of met hulp van familie kunt doen.', 'Dagbesteding helpt u om actief te blijven.'],
    conditions: ['U woont zelfstandig', 'U kunt het niet zelf of met hulp van anderen oplossen'],
    bring: ['Gegevens van uw huisarts'],
    leadTimeDays: [42], prices: [2180], priceLabel: ['Eigen bijdrage per maand', 'Personal contribution per month'], weight: 3,
  },
  {
    variants: [['Scootmobiel aanvragen', 'Mobility scooter'], ['Rolstoel aanvragen', 'Wheelchair'], ['Traplift', 'Stairlift'], ['Woningaanpassing', 'Home adaptation'], ['Regiotaxi', 'Regional taxi'], ['Leerlingenvervoer', 'School transport']],
    categories: ['zorg-en-welzijn'], audience: ['inwoner'], keywords: ['wmo', 'hulpmiddel', 'scootmobiel', 'rolstoel', 'traplift', 'vervoer', 'taxi'],
    summaries: ['Heeft u een hulpmiddel nodig om zelfstandig te blijven wonen? Vraag het aan via de Wmo.', 'Met de regiotaxi reist u van deur tot deur in {wijk} en de regio.'],
    facts: ['Het hulpmiddel blijft eigendom van de gemeente.', 'Een ergotherapeut kijkt welke aanpassing nodig is.', 'Leerlingenvervoer is voor kinderen die niet zelf naar school kunnen.', 'Met de regiotaxi betaalt u een lager tarief per kilometer.'],
    conditions: ['U heeft een langdurige beperking', 'De aanpassing is nodig om thuis te kunnen blijven wonen'],
    bring: ['Medische verklaring', 'Offerte van de leverancier'],
    leadTimeDays: [42, 56], prices: [], priceLabel: ['Hulpmiddel', 'Aid'], weight: 2,
  },
  {
    variants: [['Mantelzorgwaardering', 'Carer appreciation'], ['Mantelzorgondersteuning', 'Support for carers'], ['Vrijwilligerswerk', 'Volunteering'], ['Buurthuis activiteiten', 'Community centre activities']],
    categories: ['zorg-en-welzijn'], audience: ['inwoner'], keywords: ['mantelzorg', 'mantelzorger', 'waardering', 'vrijwilliger', 'buurthuis'],
    summaries: ['Zorgt u voor een familielid of buurman? Vraag de jaarlijkse mantelzorgwaardering aan.', 'In het buurthuis {wijk} zijn elke week activiteiten voor jong en oud.'],
    facts: ['De mantelzorgwaardering is een bedrag van € 150 per jaar.', 'Het steunpunt mantelzorg geeft advies en cursussen.', 'Vrijwilligers zijn verzekerd via de gemeente.'],
    conditions: ['U zorgt minstens 8 uur per week voor iemand'],
    bring: [],
    leadTimeDays: [28], prices: [], priceLabel: ['Mantelzorgwaardering', 'Carer appreciation'], weight: 1,
  },
  {
    variants: [['Jeugdhulp', 'Youth support'], ['Opvoedondersteuning', 'Parenting support'], ['Kinderopvang met sociaal-medische indicatie', 'Childcare for social or medical reasons'], ['Jongerenwerk', 'Youth work']],
    categories: ['zorg-en-welzijn'], audience: ['inwoner'], keywords: ['jeugd', 'jeugdhulp', 'opvoeding', 'kinderen', 'jongeren', 'kinderopvang'],
    summaries: ['Heeft u vragen over opvoeden of opgroeien? Het jeugdteam helpt u.', 'Jongerenwerkers in {wijk} zijn er voor jongeren van 12 tot 23 jaar.'],
    facts: ['U kunt ook een verwijzing van de huisarts krijgen.', 'Jeugdhulp is gratis.', 'Het jeugdteam werkt samen met scholen en het consultatiebureau.'],
    conditions: ['Uw kind is jonger dan 18 jaar'],
    bring: [],
    leadTimeDays: [14, 28], prices: [], priceLabel: ['Jeugdhulp', 'Youth support'], weight: 2,
  },
  {
    variants: [['Bijstandsuitkering', 'Social assistance benefit'], ['Bijzondere bijstand', 'Special assistance'], ['Individuele inkomenstoeslag', 'Individual income supplement'], ['Energietoeslag', 'Energy allowance'], ['Meedoenregeling', 'Participation scheme'], ['Tegemoetkoming ziektekosten', 'Health costs allowance']],
    categories: ['werk-en-inkomen'], audience: ['inwoner'], keywords: ['bijstand', 'uitkering', 'participatiewet', 'inkomen', 'toeslag', 'minima'],
    summaries: ['Heeft u niet genoeg geld om van te leven? Misschien heeft u recht op bijstand.', 'Inwoners van {wijk} met een laag inkomen kunnen een vergoeding krijgen.'],
    facts: ['De bijstand is een aanvulling tot het sociaal minimum.', 'Bijzondere bijstand is voor onverwachte, noodzakelijke kosten.', 'Met de meedoenregeling betaalt de gemeente sport en cultuur voor uw kinderen.', 'U moet zoeken naar werk als u een uitkering krijgt.'],
    conditions: ['U woont in de gemeente', 'U bent 18 jaar of ouder', 'Uw inkomen is lager dan de bijstandsnorm'],
    bring: ['Bankafschriften van de laatste 3 maanden', 'Loonstroken', 'Huurcontract'],
    leadTimeDays: [28, 56], prices: [], priceLabel: ['Bijstand', 'Assistance'], weight: 3,
  },
  {
    variants: [['Schuldhulpverlening', 'Debt assistance'], ['Budgetcursus', 'Budgeting course'], ['Hulp bij geldzaken', 'Help with money matters'], ['Beschermingsbewind', 'Financial administration']],
    categories: ['werk-en-inkomen'], audience: ['inwoner', 'ondernemer'], keywords: ['schulden', 'schuldhulp', 'geldzorgen', 'budget', 'rekeningen'],
    summaries: ['Heeft u schulden of geldzorgen? Vraag op tijd hulp. Het is gratis.', 'Bij het geldloket {wijk} helpen vrijwilligers u met uw administratie.'],
    facts: ['Een schuldhulpverlener maakt samen met u een plan.', 'Ook ondernemers met schulden kunnen hulp krijgen.', 'Wacht niet te lang: hoe eerder, hoe beter.'],
    conditions: ['U woont in de gemeente'],
    bring: ['Overzicht van uw schulden', 'Brieven van schuldeisers'],
    leadTimeDays: [3, 14], prices: [], priceLabel: ['Schuldhulp', 'Debt assistance'], weight: 2,
  },
  {
    variants: [['Werk zoeken', 'Finding work'], ['Re-integratie', 'Reintegration'], ['Beschut werk', 'Sheltered employment'], ['Inburgering', 'Civic integration'], ['Taalcursus Nederlands', 'Dutch language course']],
    categories: ['werk-en-inkomen'], audience: ['inwoner'], keywords: ['werk', 'baan', 're-integratie', 'sollicitatie', 'inburgering', 'statushouder', 'taal'],
    summaries: ['Zoekt u werk? Het werkgeversservicepunt helpt u op weg.', 'Nieuwkomers in {wijk} volgen een inburgeringsprogramma met taallessen.'],
    facts: ['Een werkcoach helpt u met uw cv en sollicitatiebrief.', 'Inburgering is verplicht voor de meeste nieuwkomers.', 'Beschut werk is werk met extra begeleiding.'],
    conditions: ['U staat ingeschreven bij het UWV'],
    bring: ['Uw cv'],
    leadTimeDays: [14], prices: [], priceLabel: ['Re-integratie', 'Reintegration'], weight: 2,
  },
  {
    variants: [['Evenementenvergunning', 'Event permit'], ['Melding klein evenement', 'Small event notification'], ['Buurtfeest organiseren', 'Organise a street party'], ['Vuurwerkontheffing', 'Fireworks exemption'], ['Straatfeest vergunning', 'Street party permit']],
    categories: ['vrije-tijd-en-evenementen', 'ondernemen'], audience: ['inwoner', 'ondernemer'], keywords: ['evenement', 'feest', 'festival', 'vergunning', 'buurtfeest', 'vuurwerk'],
    summaries: ['Organiseert u een evenement? Vraag op tijd een vergunning aan.', 'Een buurtfeest in {wijk}? Voor een klein evenement is een melding genoeg.'],
    facts: ['Voor grote evenementen adviseren politie en brandweer over de veiligheid.', 'Een klein evenement meldt u minstens 2 weken vooraf.', 'Voor een grote publiekstrekker vraagt u 12 weken vooraf een vergunning aan.'],
    conditions: ['U bent 18 jaar of ouder', 'U heeft een veiligheidsplan voor meer dan 500 bezoekers'],
    bring: ['Situatietekening', 'Veiligheidsplan', 'Draaiboek'],
    leadTimeDays: [14, 56, 84], prices: [0, 8750, 39500], priceLabel: ['Evenementenvergunning', 'Event permit'], weight: 3,
  },
  {
    variants: [['Terrasvergunning', 'Terrace permit'], ['Drank- en horecavergunning', 'Alcohol licence'], ['Exploitatievergunning horeca', 'Catering operating permit'], ['Standplaatsvergunning markt', 'Market stall permit'], ['Reclamevergunning', 'Advertising permit'], ['Ventvergunning', 'Street trading permit']],
    categories: ['ondernemen'], audience: ['ondernemer'], keywords: ['horeca', 'terras', 'alcohol', 'markt', 'standplaats', 'reclame', 'uithangbord', 'ondernemer'],
    summaries: ['Heeft u een café of restaurant? Voor een terras heeft u een vergunning nodig.', 'Vraag een standplaats aan op de weekmarkt in {wijk}.'],
    facts: ['De terrasvergunning geldt voor het hele jaar.', 'Bij een drank- en horecavergunning hoort een Bibob-toets.', 'De weekmarkt is elke zaterdag van 8.00 tot 16.00 uur.', 'Een uithangbord mag niet groter zijn dan 1 vierkante meter.'],
    conditions: ['U staat ingeschreven bij de Kamer van Koophandel', 'De leidinggevenden hebben een Verklaring Sociale Hygiëne'],
    bring: ['Uittreksel Kamer van Koophandel', 'Plattegrond van het terras', 'Huurovereenkomst van het pand'],
    leadTimeDays: [28, 56], prices: [11500, 28500, 56000], priceLabel: ['Leges vergunning', 'Permit fee'], weight: 4,
  },
  {
    variants: [['Omgevingsvergunning dakkapel', 'Environmental permit dormer'], ['Omgevingsvergunning aanbouw', 'Environmental permit extension'], ['Omgevingsvergunning schuur', 'Environmental permit shed'], ['Uitrit aanleggen', 'Driveway exit'], ['Monument verbouwen', 'Renovating a monument'], ['Zonnepanelen plaatsen', 'Installing solar panels'], ['Bestemmingsplan inzien', 'View zoning plan']],
    categories: ['bouwen-en-verbouwen'], audience: ['inwoner', 'ondernemer'], keywords: ['bouwen', 'verbouwen', 'omgevingsvergunning', 'vergunningcheck', 'omgevingsloket', 'dakkapel', 'aanbouw', 'uitbouw', 'omgevingsplan'],
    summaries: ['Gaat u bouwen of verbouwen? Doe eerst de vergunningcheck in het Omgevingsloket.', 'Een dakkapel of aanbouw in {wijk}? Soms heeft u een omgevingsvergunning nodig.'],
    facts: ['Sinds de Omgevingswet vraagt u vergunningen aan via het Omgevingsloket.', 'Een dakkapel aan de achterkant is vaak vergunningvrij.', 'Bij een monument heeft u bijna altijd een vergunning nodig.', 'De welstandscommissie kijkt naar het uiterlijk van het bouwwerk.', 'Wij beslissen binnen 8 weken.'],
    conditions: ['U bent eigenaar van het perceel of heeft toestemming van de eigenaar', 'Het bouwwerk past in het omgevingsplan'],
    bring: ['Bouwtekeningen', 'Constructieberekening', 'Foto\'s van de huidige situatie'],
    leadTimeDays: [56, 112], prices: [35500, 125000, 48000], priceLabel: ['Leges omgevingsvergunning', 'Environmental permit fee'], weight: 5,
  },
  {
    variants: [['Kapvergunning', 'Tree felling permit'], ['Boom kappen', 'Felling a tree'], ['Sloopmelding', 'Demolition notice'], ['Asbest verwijderen', 'Removing asbestos'], ['Bodemonderzoek', 'Soil survey']],
    categories: ['bouwen-en-verbouwen', 'openbare-ruimte'], audience: ['inwoner', 'ondernemer'], keywords: ['boom', 'kappen', 'bomenkap', 'kapvergunning', 'slopen', 'asbest', 'bodem'],
    summaries: ['Wilt u een boom kappen? Voor grote bomen heeft u een vergunning nodig.', 'Gaat u slopen in {wijk}? Doe minstens 4 weken vooraf een sloopmelding.'],
    facts: ['Voor bomen met een stamomtrek van meer dan 80 centimeter heeft u een kapvergunning nodig.', 'Asbest verwijderen mag alleen een gecertificeerd bedrijf, behalve kleine hoeveelheden.', 'Na het kappen moet u soms een nieuwe boom planten.'],
    conditions: ['U bent eigenaar van de grond'],
    bring: ['Foto van de boom', 'Asbestinventarisatierapport'],
    leadTimeDays: [28, 56], prices: [7500, 16500], priceLabel: ['Kapvergunning', 'Felling permit'], weight: 2,
  },
  {
    variants: [['Grofvuil laten ophalen', 'Bulky waste collection'], ['Afvalpas aanvragen', 'Waste pass'], ['Milieustraat', 'Recycling centre'], ['Klein chemisch afval', 'Small chemical waste'], ['Tuinafval wegbrengen', 'Garden waste']],
    categories: ['afval'], audience: ['inwoner'], keywords: ['grofvuil', 'afval', 'ophalen', 'milieustraat', 'afvalpas', 'bankstel', 'matras', 'kca'],
    summaries: ['Grofvuil is afval dat niet in de container past, zoals een bank of matras. Wij halen het op.', 'Maak online een afspraak om grofvuil op te laten halen in {wijk}.'],
    facts: ['U mag 4 keer per jaar gratis grofvuil laten ophalen.', 'Met de afvalpas heeft u toegang tot de milieustraat.', 'Zet het grofvuil voor 7.30 uur aan de straat.', 'Klein chemisch afval, zoals batterijen en verf, brengt u naar de milieustraat.'],
    conditions: ['U betaalt afvalstoffenheffing', 'Maximaal 2 kubieke meter per keer'],
    bring: ['Afvalpas'],
    leadTimeDays: [7, 14], prices: [0, 2500, 1500], priceLabel: ['Grofvuil ophalen', 'Bulky waste collection'], weight: 3,
  },
  {
    variants: [['Container aanvragen', 'Request a bin'], ['Container kapot of vermist', 'Bin broken or missing'], ['Extra container gft', 'Extra organic waste bin'], ['Ondergrondse container', 'Underground container'], ['Bedrijfsafval', 'Commercial waste'], ['Afvalkalender', 'Waste calendar']],
    categories: ['afval'], audience: ['inwoner', 'ondernemer'], keywords: ['container', 'kliko', 'gft', 'pmd', 'restafval', 'papier', 'afvalkalender', 'vuilnis'],
    summaries: ['Is uw container kapot of weg? Vraag een nieuwe aan.', 'Bekijk wanneer het afval in {wijk} wordt opgehaald.'],
    facts: ['Gft-afval wordt elke twee weken opgehaald.', 'Plastic, metalen verpakkingen en drinkpakken (pmd) gaan samen in één container.', 'Ondernemers regelen zelf de inzameling van bedrijfsafval.', 'Zet de container op de ophaaldag voor 7.30 uur buiten.'],
    conditions: ['U woont in een woning met een eigen container'],
    bring: [],
    leadTimeDays: [7, 10], prices: [0, 4500], priceLabel: ['Extra container', 'Extra bin'], weight: 3,
  },
  {
    variants: [['Melding openbare ruimte', 'Report public space issue'], ['Lantaarnpaal kapot', 'Street light broken'], ['Losse stoeptegel', 'Loose paving stone'], ['Zwerfvuil melden', 'Report litter'], ['Onkruid en groenonderhoud', 'Weeds and green maintenance'], ['Kapot speeltoestel', 'Broken playground equipment'], ['Overlast ratten of wespen', 'Nuisance rats or wasps'], ['Wateroverlast melden', 'Report flooding']],
    categories: ['openbare-ruimte'], audience: ['inwoner', 'ondernemer'], keywords: ['melding', 'kapot', 'straat', 'stoep', 'verlichting', 'zwerfvuil', 'overlast', 'klacht'],
    summaries: ['Ziet u iets kapots op straat? Meld het aan de gemeente.', 'Meld een probleem in de openbare ruimte in {wijk}. U kunt de melding volgen.'],
    facts: ['Bij een melding kunt u een foto toevoegen.', 'Wij lossen gevaarlijke situaties binnen 24 uur op.', 'U krijgt bericht als de melding is afgehandeld.', 'Voor storingen aan verkeerslichten belt u het storingsnummer.', 'Ook via de app van de gemeente kunt u een melding doen.'],
    conditions: [],
    bring: ['Een foto van de situatie'],
    leadTimeDays: [1, 5, 14], prices: [], priceLabel: ['Melding', 'Report'], weight: 5,
  },
  {
    variants: [['Speeltuin in de buurt', 'Local playground'], ['Buurtinitiatief', 'Neighbourhood initiative'], ['Geveltuin aanleggen', 'Facade garden'], ['Boom adopteren', 'Adopt a tree'], ['Ligplaatsvergunning woonboot', 'Houseboat mooring permit'], ['Hondenlosloopgebied', 'Off-leash dog area']],
    categories: ['openbare-ruimte', 'vrije-tijd-en-evenementen'], audience: ['inwoner'], keywords: ['speeltuin', 'spelen', 'buurt', 'groen', 'geveltuin', 'ligplaats', 'boot', 'hond'],
    summaries: ['Heeft u een idee voor uw buurt? De gemeente denkt mee en helpt soms met geld.', 'Leg samen met de buren een geveltuin aan in {wijk}.'],
    facts: ['Een geveltuin is maximaal 40 centimeter breed.', 'Een ligplaats voor een woonboot is schaars; er is een wachtlijst.', 'Honden mogen in het losloopgebied zonder lijn.'],
    conditions: ['De buren zijn het ermee eens'],
    bring: [],
    leadTimeDays: [28], prices: [0, 42000], priceLabel: ['Ligplaatsvergunning per jaar', 'Mooring permit per year'], weight: 2,
  },
  {
    variants: [['Subsidie groene daken', 'Grant green roofs'], ['Subsidie isolatie', 'Grant insulation'], ['Subsidie zonnepanelen', 'Grant solar panels'], ['Subsidie regenton', 'Grant rain barrel'], ['Subsidie sportvereniging', 'Grant sports club'], ['Subsidie cultuur', 'Grant culture'], ['Subsidie buurtinitiatief', 'Grant neighbourhood initiative'], ['Subsidie warmtepomp', 'Grant heat pump'], ['Duurzaamheidslening', 'Sustainability loan']],
    categories: ['wonen-en-verhuizen', 'bouwen-en-verbouwen', 'vrije-tijd-en-evenementen'], audience: ['inwoner', 'ondernemer'], keywords: ['subsidie', 'bijdrage', 'duurzaam', 'energie', 'vergroenen', 'lening'],
    summaries: ['Met deze subsidie betaalt de gemeente een deel van de kosten.', 'Inwoners en verenigingen in {wijk} kunnen subsidie aanvragen zolang er budget is.'],
    facts: ['U vraagt de subsidie aan voordat u met het werk begint.', 'Een groen dak houdt regenwater vast en verkoelt de stad.', 'De subsidie is maximaal 50% van de kosten.', 'Op = op: wij verdelen het budget op volgorde van binnenkomst.', 'Na afloop stuurt u de facturen en foto\'s.'],
    conditions: ['U bent eigenaar van de woning of heeft toestemming van de eigenaar', 'U begint pas na ons besluit'],
    bring: ['Offerte', 'Foto\'s van de huidige situatie'],
    leadTimeDays: [56], prices: [], priceLabel: ['Subsidie', 'Grant'], weight: 5,
  },
  {
    variants: [['Sporthal huren', 'Rent a sports hall'], ['Zwembad', 'Swimming pool'], ['Bibliotheek', 'Library'], ['Muziekschool', 'Music school'], ['Sportpas jongeren', 'Youth sports pass'], ['Zaal huren in het buurthuis', 'Rent a room in the community centre']],
    categories: ['vrije-tijd-en-evenementen'], audience: ['inwoner'], keywords: ['sport', 'zwembad', 'sporthal', 'bibliotheek', 'cultuur', 'zaal', 'huren'],
    summaries: ['Huur een sporthal of zaal voor uw vereniging of feest.', 'Het zwembad in {wijk} heeft banenzwemmen en recreatief zwemmen.'],
    facts: ['Verenigingen krijgen korting op de huur.', 'Het zwembad is ook open in de schoolvakanties.', 'Met de sportpas sporten jongeren een jaar voor een klein bedrag.'],
    conditions: ['U reserveert minstens een week vooraf'],
    bring: [],
    leadTimeDays: [7], prices: [2750, 4500, 600], priceLabel: ['Huur per uur', 'Rent per hour'], weight: 2,
  },
  {
    variants: [['Huisnummer aanvragen', 'Apply for a house number'], ['Woonruimte zoeken', 'Finding housing'], ['Urgentieverklaring', 'Urgency declaration'], ['Splitsingsvergunning', 'Housing conversion permit'], ['Vakantieverhuur melden', 'Holiday rental notification'], ['Kamerverhuur', 'Room rental']],
    categories: ['wonen-en-verhuizen'], audience: ['inwoner', 'ondernemer'], keywords: ['woning', 'wonen', 'huisnummer', 'urgentie', 'huurwoning', 'vakantieverhuur', 'airbnb', 'kamer'],
    summaries: ['Zoekt u een huurwoning? U schrijft zich in bij de woningcorporatie.', 'Verhuurt u uw woning in {wijk} aan toeristen? Meld dit bij de gemeente.'],
    facts: ['Een urgentieverklaring krijgt u alleen in een noodsituatie.', 'Vakantieverhuur is maximaal 30 nachten per jaar toegestaan.', 'Voor kamerverhuur aan meer dan 2 personen heeft u een vergunning nodig.'],
    conditions: ['U bent 18 jaar of ouder'],
    bring: ['Inkomensverklaring'],
    leadTimeDays: [28, 56], prices: [0, 5500, 17500], priceLabel: ['Leges', 'Fee'], weight: 2,
  },
];
