/**
 * The demo forms of the fictional municipalities: a resident's parking permit, a report about
 * public space, special assistance (bijzondere bijstand), an event permit, reporting a move, a tree
 * felling permit and the notice of an intended marriage or partnership. The zaaktype identificaties
 * are the ones of the demo case types (catalogi module), and every `eigenschap` a field fills is an
 * eigenschap of that zaaktype (contact details never are). Fees and local rules differ per municipality.
 */
import type { FormDefinition, Step, Text } from '../definition.js';

const tx = (nl: string, en: string): Text => ({ nl, en });

export interface Fees {
  /** Parking permit per year, first and second permit of a household, in cents. */
  permit: [number, number];
  /** Event permit: small, large, extra for using the public road, in cents. */
  event: [number, number, number];
  /** Tree felling permit, in cents (the same as on the product page). */
  kap: number;
  /** From this trunk circumference (cm, at 1.30 m) a tree needs a permit. */
  kapDrempel: number;
  /** The local exception to that threshold. */
  kapUitzondering: Text;
  /** Wedding or partnership ceremony: Monday to Thursday, Friday or Saturday, in cents. */
  huwelijk: [number, number];
  /** When the free, short ceremony is. */
  gratisTrouwen: Text;
}

const FEES: Record<string, Fees> = {
  dijkwaard: {
    permit: [6000, 12000], event: [4500, 18500, 9500],
    kap: 7800, kapDrempel: 80,
    kapUitzondering: tx('Op en naast de dijk hebt u voor elke boom een vergunning nodig.', 'On and next to the dike you need a permit for every tree.'),
    huwelijk: [39500, 59500],
    gratisTrouwen: tx('Op maandag om 9.00 en 9.30 uur in de trouwkamer van het stadhuis, met 2 getuigen.', 'On Mondays at 9.00 and 9.30 am in the wedding room of the town hall, with 2 witnesses.'),
  },
  heuvelrode: {
    permit: [4500, 9000], event: [3900, 15600, 8200],
    kap: 9500, kapDrempel: 60,
    kapUitzondering: tx('Voor een boom op de lijst van waardevolle bomen hebt u altijd een vergunning nodig.', 'For a tree on the list of valuable trees you always need a permit.'),
    huwelijk: [32500, 49500],
    gratisTrouwen: tx('Op de eerste dinsdag van de maand om 9.00 uur in de trouwkamer van het gemeentehuis, met 2 getuigen.', 'On the first Tuesday of the month at 9 am in the wedding room of the municipal office, with 2 witnesses.'),
  },
};

const euro = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;
const euroEn = (cents: number) => `€${(cents / 100).toFixed(2)}`;

/** Contact details: the e-mail address becomes the contact of the case, never an eigenschap. */
function contactStep(emailHint: Text): Step {
  return {
    id: 'contact',
    title: tx('Hoe bereiken wij u?', 'How can we reach you?'),
    fields: [
      { key: 'email', type: 'email', label: tx('E-mailadres', 'Email address'), hint: emailHint, name: tx('uw e-mailadres', 'your email address') },
      { key: 'telefoon', type: 'phone', optional: true, label: tx('Telefoonnummer', 'Phone number'), hint: tx('Niet verplicht. Wij bellen u alleen als wij nog iets willen weten.', 'Optional. We only call you if we need to know more.'), name: tx('uw telefoonnummer', 'your phone number') },
    ],
  };
}

const DECLARATION = tx(
  'Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Ik weet dat de gemeente mijn gegevens mag controleren.',
  'I declare that I filled in this form truthfully. I know that the municipality may check my details.',
);

export function parkeervergunning(fees: Pick<Fees, 'permit'>): FormDefinition {
  return {
    id: 'parkeervergunning-bewoners',
    version: 1,
    title: tx('Parkeervergunning voor bewoners aanvragen', 'Apply for a residents’ parking permit'),
    summary: tx(
      `Woont u in een gebied waar u moet betalen voor parkeren? Dan kunt u een parkeervergunning aanvragen. Een huishouden krijgt hoogstens 2 vergunningen. De eerste kost ${euro(fees.permit[0])} per jaar, de tweede ${euro(fees.permit[1])}.`,
      `Do you live in an area where you have to pay for parking? Then you can apply for a parking permit. A household gets at most 2 permits. The first costs ${euroEn(fees.permit[0])} a year, the second ${euroEn(fees.permit[1])}.`,
    ),
    before: [
      tx('DigiD (niveau midden)', 'DigiD (level midden)'),
      tx('Het kenteken van uw auto', 'The registration number of your car'),
      tx('Staat de auto niet op uw naam? Een verklaring van uw werkgever of leasemaatschappij', 'Is the car not in your name? A statement from your employer or lease company'),
    ],
    zaaktype: 'PARKEERVERGUNNING-BEWONERS',
    access: { digid: 'midden' },
    steps: [
      {
        id: 'adres',
        title: tx('Uw adres', 'Your address'),
        intro: tx('Deze gegevens kennen wij al. U hoeft ze niet in te vullen.', 'We already know these details. You do not have to fill them in.'),
        fields: [
          { key: 'naam', type: 'text', label: tx('Naam', 'Name'), prefill: 'brp.naam' },
          { key: 'adres', type: 'address', label: tx('Adres', 'Address'), prefill: 'brp.adres', inMunicipality: true },
        ],
        checks: [{
          when: { eq: [{ count: { answer: 'adres.zones' } }, 0] },
          field: 'adres',
          message: tx('Uw adres ligt niet in een gebied met betaald parkeren. U hebt geen vergunning nodig.', 'Your address is not in a paid parking area. You do not need a permit.'),
        }],
      },
      {
        id: 'auto',
        title: tx('Uw auto', 'Your car'),
        fields: [
          {
            key: 'kenteken', type: 'text', label: tx('Wat is het kenteken van de auto?', 'What is the registration number of the car?'),
            hint: tx('Bijvoorbeeld AB-123-C', 'For example AB-123-C'), name: tx('het kenteken', 'the registration number'),
            uppercase: true, width: 'sm', maxLength: 8, pattern: '(?=.{6,8}$)[A-Z0-9]{1,3}-?[A-Z0-9]{2,3}-?[A-Z0-9]{1,3}',
            errors: { invalid: tx('Vul een kenteken in zoals AB-123-C', 'Enter a registration number like AB-123-C') },
            eigenschap: 'kenteken',
          },
          {
            key: 'opEigenNaam', type: 'yesno', label: tx('Staat de auto op uw naam?', 'Is the car registered in your name?'),
            name: tx('of de auto op uw naam staat', 'whether the car is in your name'), eigenschap: 'autoOpEigenNaam',
          },
          {
            key: 'eigenParkeerplaats', type: 'yesno', label: tx('Hebt u een eigen parkeerplaats, garage of oprit?', 'Do you have your own parking space, garage or driveway?'),
            name: tx('of u een eigen parkeerplaats hebt', 'whether you have your own parking space'), eigenschap: 'eigenParkeerplaats',
          },
          {
            key: 'verklaring', type: 'file', label: tx('Verklaring van uw werkgever of leasemaatschappij', 'Statement from your employer or lease company'),
            hint: tx('Alleen nodig als de auto niet op uw naam staat. In de verklaring staat dat u de auto mag gebruiken.', 'Only needed if the car is not in your name. The statement says that you may use the car.'),
            name: tx('de verklaring', 'the statement'), accept: ['pdf', 'jpeg', 'png'], maxSizeMb: 10,
            visibleIf: { eq: [{ answer: 'opEigenNaam' }, false] },
          },
        ],
      },
      {
        id: 'vergunning',
        title: tx('Uw vergunning', 'Your permit'),
        fields: [
          {
            key: 'aantalVergunningen', type: 'number', min: 0, max: 9, label: tx('Hoeveel parkeervergunningen voor bewoners heeft uw huishouden nu al?', 'How many residents’ parking permits does your household have now?'),
            hint: tx('Vul 0 in als u er nog geen hebt.', 'Enter 0 if you have none yet.'), name: tx('het aantal vergunningen', 'the number of permits'), eigenschap: 'aantalVergunningen',
          },
          {
            key: 'ingangsdatum', type: 'date', min: 'today', max: 'today+90', label: tx('Vanaf wanneer wilt u de vergunning?', 'From when do you want the permit?'),
            hint: tx('Dit kan vandaag zijn, of een dag in de komende 3 maanden. Bijvoorbeeld 1 4 2026', 'This can be today, or a day in the next 3 months. For example 1 4 2026'),
            name: tx('de ingangsdatum', 'the start date'), eigenschap: 'ingangsdatum',
          },
          {
            key: 'duur', type: 'choice', display: 'radio', label: tx('Voor hoe lang wilt u de vergunning?', 'For how long do you want the permit?'), name: tx('hoe lang u de vergunning wilt', 'how long you want the permit'),
            options: [
              { value: 'jaar', label: tx('1 jaar', '1 year') },
              { value: 'kwartaal', label: tx('3 maanden', '3 months'), hint: tx('U betaalt een kwart van de prijs per jaar.', 'You pay a quarter of the price per year.') },
            ],
            eigenschap: 'duur',
          },
        ],
        checks: [{
          when: { gte: [{ answer: 'aantalVergunningen' }, 2] },
          field: 'aantalVergunningen',
          message: tx('Uw huishouden heeft al 2 vergunningen. Meer dan 2 kan niet.', 'Your household already has 2 permits. More than 2 is not possible.'),
        }],
      },
      {
        id: 'contact',
        title: tx('Hoe bereiken wij u?', 'How can we reach you?'),
        fields: [
          { key: 'email', type: 'email', label: tx('E-mailadres', 'Email address'), hint: tx('Hierheen sturen wij de vergunning.', 'We send the permit to this address.'), name: tx('uw e-mailadres', 'your email address'), eigenschap: 'email' },
          { key: 'telefoon', type: 'phone', optional: true, label: tx('Telefoonnummer', 'Phone number'), name: tx('uw telefoonnummer', 'your phone number'), eigenschap: 'telefoon' },
        ],
      },
    ],
    computed: [{
      key: 'leges', type: 'money', label: tx('Kosten van de vergunning', 'Cost of the permit'), eigenschap: 'leges',
      expression: {
        round: {
          mul: [
            { if: [{ eq: [{ answer: 'aantalVergunningen' }, 0] }, fees.permit[0], fees.permit[1]] },
            { if: [{ eq: [{ answer: 'duur' }, 'kwartaal'] }, 0.25, 1] },
          ],
        },
      },
    }],
    declaration: DECLARATION,
    nextSteps: tx(
      'Wij controleren uw aanvraag binnen 5 werkdagen. Daarna krijgt u een e-mail met een link om te betalen. Als u hebt betaald, is de vergunning geldig vanaf de datum die u koos. Wij koppelen de vergunning aan uw kenteken: u krijgt geen kaart voor achter de ruit.',
      'We check your application within 5 working days. Then you get an email with a link to pay. Once you have paid, the permit is valid from the date you chose. The permit is linked to your registration number: you do not get a card for behind the windscreen.',
    ),
  };
}

export function meldingOpenbareRuimte(): FormDefinition {
  return {
    id: 'melding-openbare-ruimte',
    version: 1,
    title: tx('Melding openbare ruimte doen', 'Report a problem in a public space'),
    summary: tx(
      'Ziet u iets kapot of vies op straat, in het park of bij de speeltuin? Meld het ons. U kunt dit doen zonder in te loggen.',
      'Do you see something broken or dirty in the street, in the park or at the playground? Report it to us. You can do this without logging in.',
    ),
    before: [tx('Een foto helpt ons, maar is niet verplicht', 'A photo helps us, but is not required')],
    zaaktype: 'MELDING-OPENBARE-RUIMTE',
    access: { anonymous: true, digid: 'basis' },
    steps: [
      {
        id: 'wat',
        title: tx('Wat wilt u melden?', 'What do you want to report?'),
        fields: [
          {
            key: 'categorie', type: 'choice', display: 'radio', label: tx('Waar gaat uw melding over?', 'What is your report about?'), name: tx('waar uw melding over gaat', 'what your report is about'),
            options: [
              { value: 'afval', label: tx('Afval of zwerfvuil', 'Waste or litter') },
              { value: 'verlichting', label: tx('Straatverlichting', 'Street lighting'), hint: tx('Bijvoorbeeld een lamp die niet brandt', 'For example a lamp that is out') },
              { value: 'bestrating', label: tx('Bestrating of weg', 'Paving or road'), hint: tx('Bijvoorbeeld een losse tegel of een gat in de weg', 'For example a loose tile or a hole in the road') },
              { value: 'groen', label: tx('Bomen, planten en gras', 'Trees, plants and grass') },
              { value: 'speelplaats', label: tx('Speeltoestel', 'Play equipment') },
              { value: 'anders', label: tx('Iets anders', 'Something else') },
            ],
            eigenschap: 'categorie',
          },
          {
            key: 'omschrijving', type: 'textarea', maxLength: 1000, rows: 5, label: tx('Wat is er aan de hand?', 'What is the problem?'),
            hint: tx('Schrijf kort wat u ziet. Bijvoorbeeld: de lantaarnpaal knippert al een week.', 'Write briefly what you see. For example: the street lamp has been flickering for a week.'),
            name: tx('wat er aan de hand is', 'what the problem is'), eigenschap: 'omschrijving',
          },
        ],
      },
      {
        id: 'waar',
        title: tx('Waar is het?', 'Where is it?'),
        fields: [{
          key: 'heeftAdres', type: 'yesno', label: tx('Weet u een adres bij de plek?', 'Do you know an address near the place?'),
          hint: tx('Bijvoorbeeld het huis waar de lantaarnpaal voor staat.', 'For example the house the street lamp stands in front of.'), name: tx('of u een adres weet', 'whether you know an address'),
        }],
      },
      {
        id: 'adres',
        title: tx('Het adres', 'The address'),
        visibleIf: { eq: [{ answer: 'heeftAdres' }, true] },
        fields: [{ key: 'locatieAdres', type: 'address', inMunicipality: true, label: tx('Adres bij de plek', 'Address near the place'), name: tx('het adres', 'the address'), eigenschap: 'locatie' }],
      },
      {
        id: 'plek',
        title: tx('De plek', 'The place'),
        visibleIf: { eq: [{ answer: 'heeftAdres' }, false] },
        fields: [{
          key: 'locatieOmschrijving', type: 'textarea', maxLength: 500, rows: 3, label: tx('Beschrijf de plek', 'Describe the place'),
          hint: tx('Bijvoorbeeld: bij het bankje aan de oostkant van het Havenpark.', 'For example: near the bench on the east side of Havenpark.'),
          name: tx('de plek', 'the place'), eigenschap: 'plek',
        }],
      },
      {
        id: 'foto',
        title: tx('Foto', 'Photo'),
        fields: [{
          key: 'foto', type: 'file', optional: true, accept: ['jpeg', 'png', 'heic'], maxSizeMb: 10, maxFiles: 3,
          label: tx('Foto’s van de plek', 'Photos of the place'), hint: tx('Een foto helpt ons het probleem snel te vinden.', 'A photo helps us find the problem quickly.'),
          name: tx('een foto', 'a photo'),
        }],
      },
      {
        id: 'contact',
        title: tx('Op de hoogte blijven', 'Stay informed'),
        fields: [
          {
            key: 'updates', type: 'yesno', label: tx('Wilt u per e-mail horen wat wij met uw melding doen?', 'Do you want to hear by email what we do with your report?'),
            name: tx('of u op de hoogte wilt blijven', 'whether you want to stay informed'),
          },
          {
            key: 'email', type: 'email', label: tx('E-mailadres', 'Email address'), hint: tx('Vul dit in als u ‘Ja’ kiest.', 'Fill this in if you choose ‘Yes’.'),
            name: tx('uw e-mailadres', 'your email address'), optional: true, requiredIf: { eq: [{ answer: 'updates' }, true] }, eigenschap: 'email',
          },
        ],
      },
    ],
    nextSteps: tx(
      'Wij bekijken uw melding binnen 2 werkdagen en zetten het werk in gang. Gaf u uw e-mailadres? Dan hoort u van ons als het klaar is.',
      'We look at your report within 2 working days and get the work started. Did you give your email address? Then you will hear from us when it is done.',
    ),
  };
}

export function bijzondereBijstand(): FormDefinition {
  return {
    id: 'bijzondere-bijstand',
    version: 1,
    title: tx('Bijzondere bijstand aanvragen', 'Apply for special assistance'),
    summary: tx(
      'Hebt u een laag inkomen en onverwachte kosten die u niet kunt betalen? Bijvoorbeeld een kapotte wasmachine, een bril of kosten voor de tandarts? Dan kunt u bijzondere bijstand aanvragen.',
      'Do you have a low income and unexpected costs you cannot pay? For example a broken washing machine, glasses or dental costs? Then you can apply for special assistance.',
    ),
    before: [
      tx('DigiD (niveau midden)', 'DigiD (level midden)'),
      tx('Uw bankafschriften van de laatste 3 maanden (pdf of foto)', 'Your bank statements of the last 3 months (PDF or photo)'),
      tx('Een offerte of rekening van de kosten', 'A quote or bill for the costs'),
      tx('Uw rekeningnummer (IBAN)', 'Your bank account number (IBAN)'),
    ],
    zaaktype: 'BIJZONDERE-BIJSTAND',
    access: { digid: 'midden' },
    steps: [
      {
        id: 'persoon',
        title: tx('Uw gegevens', 'Your details'),
        fields: [
          { key: 'naam', type: 'text', label: tx('Naam', 'Name'), prefill: 'brp.naam' },
          { key: 'geboortedatum', type: 'date', max: 'today', label: tx('Geboortedatum', 'Date of birth'), name: tx('uw geboortedatum', 'your date of birth'), prefill: 'brp.geboortedatum' },
          { key: 'adres', type: 'address', inMunicipality: true, label: tx('Adres', 'Address'), name: tx('uw adres', 'your address'), prefill: 'brp.adres' },
          { key: 'telefoon', type: 'phone', label: tx('Telefoonnummer', 'Phone number'), hint: tx('Wij bellen u als wij nog iets willen weten.', 'We call you if we need to know more.'), name: tx('uw telefoonnummer', 'your phone number'), eigenschap: 'telefoon' },
          { key: 'email', type: 'email', optional: true, label: tx('E-mailadres', 'Email address'), name: tx('uw e-mailadres', 'your email address'), eigenschap: 'email' },
        ],
      },
      {
        id: 'huishouden',
        title: tx('Uw huishouden', 'Your household'),
        intro: tx('Bij bijzondere bijstand kijken wij naar het hele huishouden.', 'For special assistance we look at the whole household.'),
        fields: [
          {
            key: 'partner', type: 'group', optional: true, maxItems: 1, prefill: 'brp.partner', label: tx('Partner', 'Partner'), itemLabel: tx('Partner', 'Partner'),
            fields: [
              { key: 'naam', type: 'text', label: tx('Naam', 'Name'), name: tx('de naam', 'the name'), itemPrefill: 'naam' },
              { key: 'geboortedatum', type: 'date', label: tx('Geboortedatum', 'Date of birth'), name: tx('de geboortedatum', 'the date of birth'), itemPrefill: 'geboortedatum' },
            ],
          },
          {
            key: 'kinderen', type: 'group', optional: true, prefill: 'brp.kinderen', label: tx('Kinderen', 'Children'), itemLabel: tx('Kind', 'Child'),
            fields: [
              { key: 'naam', type: 'text', label: tx('Naam', 'Name'), name: tx('de naam', 'the name'), itemPrefill: 'naam' },
              { key: 'geboortedatum', type: 'date', label: tx('Geboortedatum', 'Date of birth'), name: tx('de geboortedatum', 'the date of birth'), itemPrefill: 'geboortedatum' },
            ],
          },
          {
            key: 'huisgenoten', type: 'group', optional: true, minItems: 0, maxItems: 8, label: tx('Wonen er nog andere mensen bij u?', 'Do other people live with you?'),
            hint: tx('Bijvoorbeeld een ouder, een broer of een kamerhuurder. Voeg iedereen toe die op uw adres woont en hierboven niet staat.', 'For example a parent, a brother or a lodger. Add everyone who lives at your address and is not listed above.'),
            itemLabel: tx('Huisgenoot', 'Housemate'),
            fields: [
              { key: 'naam', type: 'text', label: tx('Naam', 'Name'), name: tx('de naam', 'the name') },
              { key: 'geboortedatum', type: 'date', label: tx('Geboortedatum', 'Date of birth'), name: tx('de geboortedatum', 'the date of birth'), max: 'today' },
              {
                key: 'relatie', type: 'choice', display: 'select', label: tx('Wie is dit voor u?', 'Who is this to you?'), name: tx('wie dit voor u is', 'who this is to you'),
                options: [
                  { value: 'ouder', label: tx('Ouder', 'Parent') },
                  { value: 'broer-zus', label: tx('Broer of zus', 'Brother or sister') },
                  { value: 'kind', label: tx('Kind', 'Child') },
                  { value: 'huurder', label: tx('Kamerhuurder', 'Lodger') },
                  { value: 'anders', label: tx('Iemand anders', 'Someone else') },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'kosten',
        title: tx('Waarvoor vraagt u bijstand?', 'What do you need assistance for?'),
        fields: [
          {
            key: 'soortKosten', type: 'choice', display: 'radio', label: tx('Wat voor kosten zijn het?', 'What kind of costs are they?'), name: tx('wat voor kosten het zijn', 'what kind of costs they are'),
            options: [
              { value: 'witgoed', label: tx('Wasmachine, koelkast of fornuis', 'Washing machine, fridge or cooker') },
              { value: 'bril', label: tx('Bril of lenzen', 'Glasses or lenses') },
              { value: 'tandarts', label: tx('Tandarts', 'Dentist') },
              { value: 'verhuizing', label: tx('Verhuizen of inrichting', 'Moving house or furnishing') },
              { value: 'anders', label: tx('Iets anders', 'Something else') },
            ],
            eigenschap: 'kostensoort',
          },
          { key: 'toelichting', type: 'textarea', maxLength: 1500, label: tx('Waarom hebt u deze kosten?', 'Why do you have these costs?'), name: tx('waarom u deze kosten hebt', 'why you have these costs'), eigenschap: 'toelichting' },
          { key: 'bedrag', type: 'money', min: 1, max: 10000, label: tx('Hoeveel kosten het?', 'How much do they cost?'), hint: tx('Het bedrag op de offerte of rekening.', 'The amount on the quote or bill.'), name: tx('het bedrag', 'the amount'), eigenschap: 'bedrag' },
        ],
      },
      {
        id: 'inkomen',
        title: tx('Uw inkomen en vaste lasten', 'Your income and fixed costs'),
        fields: [
          {
            key: 'inkomen', type: 'money', max: 20000, label: tx('Wat is het netto inkomen van uw huishouden per maand?', 'What is the net monthly income of your household?'),
            hint: tx('Tel alles op: loon, uitkering, pensioen, toeslagen niet meetellen.', 'Add everything up: wages, benefits, pension; do not count allowances.'), name: tx('het inkomen', 'the income'),
          },
          { key: 'woonlasten', type: 'money', max: 5000, label: tx('Hoeveel huur of hypotheek betaalt u per maand?', 'How much rent or mortgage do you pay per month?'), name: tx('de woonlasten', 'the housing costs') },
          { key: 'spaargeld', type: 'yesno', label: tx('Hebt u samen meer dan € 7.500 spaargeld?', 'Do you have more than €7,500 in savings together?'), name: tx('of u spaargeld hebt', 'whether you have savings') },
          {
            key: 'spaarbedrag', type: 'money', optional: true, requiredIf: { answer: 'spaargeld' }, label: tx('Hoeveel spaargeld hebt u samen?', 'How much savings do you have together?'),
            hint: tx('Alleen invullen als u ‘Ja’ kiest.', 'Only fill this in if you choose ‘Yes’.'), name: tx('het spaargeld', 'the savings'),
          },
        ],
      },
      {
        id: 'uitbetaling',
        title: tx('Uitbetaling', 'Payment'),
        fields: [{
          key: 'iban', type: 'iban', label: tx('Op welk rekeningnummer (IBAN) wilt u het geld krijgen?', 'To which bank account number (IBAN) do you want the money?'),
          hint: tx('Bijvoorbeeld NL91 ABNA 0417 1643 00', 'For example NL91 ABNA 0417 1643 00'), name: tx('het rekeningnummer', 'the account number'),
        }],
      },
      {
        id: 'bewijs',
        title: tx('Bewijsstukken', 'Supporting documents'),
        fields: [
          {
            key: 'bankafschriften', type: 'file', accept: ['pdf', 'png', 'jpeg'], maxSizeMb: 10, maxFiles: 3,
            label: tx('Bankafschriften van de laatste 3 maanden', 'Bank statements of the last 3 months'), name: tx('uw bankafschriften', 'your bank statements'),
          },
          {
            key: 'offerte', type: 'file', optional: true, accept: ['pdf', 'png', 'jpeg', 'docx'], maxSizeMb: 10,
            label: tx('Offerte of rekening', 'Quote or bill'), name: tx('de offerte', 'the quote'),
          },
        ],
      },
      {
        id: 'toestemming',
        title: tx('Toestemming', 'Consent'),
        fields: [{
          key: 'toestemming', type: 'consent',
          label: tx('Ik geef de gemeente toestemming om mijn gegevens te controleren bij andere organisaties, zoals het UWV en de Belastingdienst.', 'I give the municipality permission to check my details with other organisations, such as the UWV and the Tax Administration.'),
          errors: { required: tx('Geef toestemming om uw gegevens te controleren. Zonder controle kunnen wij uw aanvraag niet behandelen', 'Give permission to check your details. Without checks we cannot handle your application') },
        }],
      },
    ],
    computed: [{
      key: 'aantalPersonen', type: 'number', label: tx('Aantal personen in uw huishouden', 'Number of people in your household'), eigenschap: 'aantalPersonen',
      expression: { add: [1, { count: { answer: 'partner' } }, { count: { answer: 'kinderen' } }, { count: { answer: 'huisgenoten' } }] },
    }],
    declaration: DECLARATION,
    nextSteps: tx(
      'Een medewerker van de gemeente bekijkt uw aanvraag. Binnen 8 weken krijgt u een besluit. Soms bellen wij u eerst voor een gesprek. Krijgt u bijstand? Dan maken wij het geld over op uw rekening.',
      'An employee of the municipality looks at your application. You get a decision within 8 weeks. Sometimes we call you first for a talk. Do you get assistance? Then we transfer the money to your account.',
    ),
  };
}

export function evenementenvergunning(fees: Pick<Fees, 'event'>): FormDefinition {
  return {
    id: 'evenementenvergunning',
    version: 1,
    title: tx('Evenementenvergunning aanvragen', 'Apply for an event permit'),
    summary: tx(
      'Organiseert u een markt, festival, sportevenement of buurtfeest op straat of in een park? Dan hebt u meestal een evenementenvergunning nodig. Vraag die minstens 8 weken van tevoren aan.',
      'Are you organising a market, festival, sports event or street party in the street or in a park? Then you usually need an event permit. Apply at least 8 weeks in advance.',
    ),
    before: [
      tx('DigiD (niveau midden) of eHerkenning (niveau EH2)', 'DigiD (level midden) or eHerkenning (level EH2)'),
      tx('Een plattegrond of tekening van de opstelling', 'A map or drawing of the layout'),
      tx('Bij meer dan 2.000 bezoekers: een veiligheidsplan', 'With more than 2,000 visitors: a safety plan'),
    ],
    zaaktype: 'EVENEMENTENVERGUNNING',
    access: { digid: 'midden', eherkenning: 'EH2' },
    steps: [
      {
        id: 'organisator',
        title: tx('De organisator', 'The organiser'),
        fields: [
          { key: 'organisatie', type: 'text', optional: true, prefill: 'kvk.naam', label: tx('Naam van de organisatie', 'Name of the organisation'), name: tx('de naam van de organisatie', 'the name of the organisation'), eigenschap: 'organisatie', autocomplete: 'organization' },
          { key: 'kvkNummer', type: 'text', optional: true, prefill: 'kvk.nummer', pattern: '[0-9]{8}', width: 'sm', label: tx('KVK-nummer', 'KVK number'), name: tx('het KVK-nummer', 'the KVK number'), errors: { invalid: tx('Een KVK-nummer heeft 8 cijfers', 'A KVK number has 8 digits') }, eigenschap: 'kvkNummer' },
          { key: 'contactpersoon', type: 'text', prefill: 'brp.naam', label: tx('Naam van de contactpersoon', 'Name of the contact person'), name: tx('de naam van de contactpersoon', 'the name of the contact person'), autocomplete: 'name' },
          { key: 'telefoon', type: 'phone', label: tx('Telefoonnummer', 'Phone number'), hint: tx('Op de dag van het evenement moeten wij u kunnen bellen.', 'We must be able to call you on the day of the event.'), name: tx('het telefoonnummer', 'the phone number'), eigenschap: 'telefoon' },
          { key: 'email', type: 'email', label: tx('E-mailadres', 'Email address'), name: tx('het e-mailadres', 'the email address'), eigenschap: 'email' },
        ],
      },
      {
        id: 'evenement',
        title: tx('Het evenement', 'The event'),
        fields: [
          { key: 'naamEvenement', type: 'text', maxLength: 120, label: tx('Hoe heet het evenement?', 'What is the event called?'), name: tx('de naam van het evenement', 'the name of the event'), eigenschap: 'naamEvenement' },
          {
            key: 'soort', type: 'choice', display: 'select', label: tx('Wat voor evenement is het?', 'What kind of event is it?'), name: tx('wat voor evenement het is', 'what kind of event it is'),
            options: [
              { value: 'markt', label: tx('Markt of braderie', 'Market or street fair') },
              { value: 'festival', label: tx('Festival of concert', 'Festival or concert') },
              { value: 'sport', label: tx('Sportevenement', 'Sports event') },
              { value: 'optocht', label: tx('Optocht', 'Parade') },
              { value: 'buurtfeest', label: tx('Buurtfeest', 'Street party') },
              { value: 'anders', label: tx('Iets anders', 'Something else') },
            ],
            eigenschap: 'soortEvenement',
          },
          {
            key: 'startdatum', type: 'date', min: 'today+56', label: tx('Wanneer begint het evenement?', 'When does the event start?'), name: tx('de startdatum', 'the start date'),
            hint: tx('Minstens 8 weken na vandaag. Bijvoorbeeld 12 6 2026', 'At least 8 weeks from today. For example 12 6 2026'), eigenschap: 'evenementdatum',
          },
          { key: 'einddatum', type: 'date', min: 'today+56', label: tx('Wanneer eindigt het evenement?', 'When does the event end?'), name: tx('de einddatum', 'the end date'), eigenschap: 'einddatum' },
          { key: 'bezoekers', type: 'number', min: 1, max: 100000, label: tx('Hoeveel bezoekers verwacht u tegelijk?', 'How many visitors do you expect at the same time?'), name: tx('het aantal bezoekers', 'the number of visitors'), eigenschap: 'aantalBezoekers' },
        ],
        checks: [{
          when: { lt: [{ answer: 'einddatum' }, { answer: 'startdatum' }] },
          field: 'einddatum',
          message: tx('De einddatum moet op of na de startdatum zijn', 'The end date must be the same as or after the start date'),
        }],
      },
      {
        id: 'locatie',
        title: tx('Waar is het evenement?', 'Where is the event?'),
        fields: [
          { key: 'locatie', type: 'address', inMunicipality: true, label: tx('Adres van de plek', 'Address of the place'), hint: tx('Is er geen adres? Geef het adres van een huis of gebouw vlakbij.', 'Is there no address? Give the address of a house or building nearby.'), name: tx('het adres', 'the address'), eigenschap: 'locatie' },
          { key: 'openbareWeg', type: 'yesno', label: tx('Gebruikt u de openbare weg, bijvoorbeeld door een straat af te sluiten?', 'Do you use the public road, for example by closing a street?'), name: tx('of u de openbare weg gebruikt', 'whether you use the public road'), eigenschap: 'openbareWeg' },
        ],
      },
      {
        id: 'veiligheid',
        title: tx('Veiligheid en geluid', 'Safety and noise'),
        fields: [
          { key: 'muziek', type: 'yesno', label: tx('Is er versterkte muziek?', 'Is there amplified music?'), name: tx('of er versterkte muziek is', 'whether there is amplified music'), eigenschap: 'muziek' },
          {
            key: 'eindtijdMuziek', type: 'text', optional: true, requiredIf: { answer: 'muziek' }, width: 'xs', pattern: '([01][0-9]|2[0-3])[:.][0-5][0-9]',
            label: tx('Tot hoe laat is er muziek?', 'Until what time is there music?'), hint: tx('Alleen invullen als er muziek is. Bijvoorbeeld 23:00', 'Only fill this in if there is music. For example 23:00'),
            name: tx('de eindtijd van de muziek', 'the end time of the music'), errors: { invalid: tx('Vul een tijd in zoals 23:00', 'Enter a time like 23:00') }, eigenschap: 'eindtijdMuziek',
          },
          { key: 'plattegrond', type: 'file', accept: ['pdf', 'png', 'jpeg'], maxSizeMb: 10, label: tx('Plattegrond of tekening van de opstelling', 'Map or drawing of the layout'), name: tx('de plattegrond', 'the map') },
          {
            key: 'veiligheidsplan', type: 'file', optional: true, requiredIf: { gt: [{ answer: 'bezoekers' }, 2000] }, accept: ['pdf', 'docx', 'odt'], maxSizeMb: 15,
            label: tx('Veiligheidsplan', 'Safety plan'), hint: tx('Verplicht bij meer dan 2.000 bezoekers tegelijk.', 'Required with more than 2,000 visitors at the same time.'), name: tx('het veiligheidsplan', 'the safety plan'),
          },
        ],
      },
    ],
    computed: [
      {
        key: 'categorie', type: 'text', label: tx('Soort vergunning', 'Type of permit'), eigenschap: 'evenementcategorie',
        expression: { if: [{ gt: [{ answer: 'bezoekers' }, 2000] }, 'B-evenement', 'A-evenement'] },
      },
      {
        key: 'leges', type: 'money', label: tx('Kosten (leges)', 'Costs (fees)'), eigenschap: 'leges',
        expression: { add: [{ if: [{ lt: [{ answer: 'bezoekers' }, 500] }, fees.event[0], fees.event[1]] }, { if: [{ answer: 'openbareWeg' }, fees.event[2], 0] }] },
      },
    ],
    declaration: DECLARATION,
    nextSteps: tx(
      'Wij sturen uw aanvraag naar de politie, de brandweer en de GGD voor advies. Binnen 8 weken krijgt u een besluit. Soms nodigen wij u uit voor een gesprek over de veiligheid. De kosten betaalt u als u de vergunning krijgt.',
      'We send your application to the police, the fire service and the public health service for advice. You get a decision within 8 weeks. Sometimes we invite you for a talk about safety. You pay the costs when you get the permit.',
    ),
  };
}

export function verhuizingDoorgeven(): FormDefinition {
  const partnerCount = { count: { answer: 'partner' } };
  const childCount = { count: { answer: 'kinderen' } };
  return {
    id: 'verhuizing-doorgeven',
    version: 1,
    title: tx('Verhuizing doorgeven', 'Report a change of address'),
    summary: tx(
      'Gaat u verhuizen naar of binnen onze gemeente? Geef uw nieuwe adres dan aan ons door. Dat kan vanaf 4 weken vóór de verhuisdatum tot 5 dagen erna. Het is gratis. U kunt de verhuizing ook doorgeven voor uw partner en uw kinderen.',
      'Are you moving to or within our municipality? Then tell us your new address. You can do this from 4 weeks before the moving date until 5 days after it. It is free. You can also report the move for your partner and your children.',
    ),
    before: [
      tx('DigiD (niveau midden)', 'DigiD (level midden)'),
      tx('Uw nieuwe adres en de verhuisdatum', 'Your new address and the moving date'),
      tx('Gaat u inwonen bij iemand? Een brief van de hoofdbewoner dat u bij hem of haar komt wonen', 'Are you moving in with someone? A letter from the main occupant saying that you are coming to live with them'),
    ],
    zaaktype: 'VERHUIZING-DOORGEVEN',
    access: { digid: 'midden' },
    steps: [
      {
        id: 'huidig-adres',
        title: tx('Uw gegevens', 'Your details'),
        intro: tx('Deze gegevens kennen wij al uit de Basisregistratie Personen (BRP). U hoeft ze niet in te vullen.', 'We already know these details from the Personal Records Database (BRP). You do not have to fill them in.'),
        fields: [
          { key: 'naam', type: 'text', label: tx('Naam', 'Name'), name: tx('uw naam', 'your name'), prefill: 'brp.naam', autocomplete: 'name' },
          { key: 'huidigAdres', type: 'address', label: tx('Uw adres nu', 'Your current address'), name: tx('uw huidige adres', 'your current address'), prefill: 'brp.adres', eigenschap: 'vorigAdres' },
        ],
      },
      {
        id: 'nieuw-adres',
        title: tx('Uw nieuwe adres', 'Your new address'),
        fields: [
          {
            key: 'nieuwAdres', type: 'address', inMunicipality: true, label: tx('Op welk adres gaat u wonen?', 'At which address are you going to live?'),
            hint: tx('Verhuist u naar een andere gemeente? Geef uw verhuizing dan door aan die gemeente.', 'Are you moving to another municipality? Then report your move to that municipality.'),
            name: tx('uw nieuwe adres', 'your new address'), eigenschap: 'nieuwAdres',
          },
          {
            key: 'verhuisdatum', type: 'date', min: 'today-5', max: 'today+28', label: tx('Vanaf wanneer woont u op het nieuwe adres?', 'From when do you live at the new address?'),
            hint: tx('Dit kan tot 4 weken vooruit, of tot 5 dagen geleden. Bijvoorbeeld 1 5 2026', 'This can be up to 4 weeks ahead, or up to 5 days ago. For example 1 5 2026'),
            name: tx('de verhuisdatum', 'the moving date'), eigenschap: 'verhuisdatum',
          },
        ],
        checks: [{
          when: { and: [{ answered: 'huidigAdres.id' }, { eq: [{ answer: 'nieuwAdres.id' }, { answer: 'huidigAdres.id' }] }] },
          field: 'nieuwAdres',
          message: tx('Dit is het adres waar u nu al woont. Vul het adres in waar u gaat wonen', 'This is the address where you live now. Enter the address where you are going to live'),
        }],
      },
      {
        id: 'woning',
        title: tx('Uw nieuwe woning', 'Your new home'),
        fields: [{
          key: 'woonsituatie', type: 'choice', display: 'radio', label: tx('Hoe gaat u daar wonen?', 'How are you going to live there?'), name: tx('hoe u daar gaat wonen', 'how you are going to live there'),
          options: [
            { value: 'eigenaar', label: tx('Ik heb de woning gekocht', 'I have bought the home') },
            { value: 'huurder', label: tx('Ik huur de woning', 'I rent the home') },
            { value: 'inwonend', label: tx('Ik ga inwonen bij iemand anders', 'I am moving in with someone else'), hint: tx('Bijvoorbeeld bij uw ouders of bij een vriend.', 'For example with your parents or with a friend.') },
          ],
          eigenschap: 'woonsituatie',
        }],
      },
      {
        id: 'toestemming',
        title: tx('Toestemming van de hoofdbewoner', 'Consent of the main occupant'),
        visibleIf: { eq: [{ answer: 'woonsituatie' }, 'inwonend'] },
        intro: tx('Gaat u inwonen bij iemand? Dan moet de hoofdbewoner het goed vinden dat u daar komt wonen.', 'Are you moving in with someone? Then the main occupant must agree that you come to live there.'),
        fields: [{
          key: 'toestemmingHoofdbewoner', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxSizeMb: 10, maxFiles: 2,
          label: tx('Brief van de hoofdbewoner', 'Letter from the main occupant'),
          hint: tx('In de brief staat dat u bij de hoofdbewoner komt wonen, met de datum en de handtekening van de hoofdbewoner. Voeg ook een kopie van zijn of haar identiteitsbewijs toe. Maak daarop het BSN en de foto onleesbaar.', 'The letter says that you are coming to live with the main occupant, with the date and the signature of the main occupant. Also add a copy of their identity document. Make the BSN and the photo on it unreadable.'),
          name: tx('de brief van de hoofdbewoner', 'the letter from the main occupant'),
        }],
      },
      {
        id: 'huishouden',
        title: tx('Uw partner en kinderen', 'Your partner and children'),
        intro: tx('Zo staan uw partner en kinderen in de Basisregistratie Personen (BRP). Op de volgende pagina kiest u wie er met u meeverhuist.', 'This is how your partner and children are listed in the Personal Records Database (BRP). On the next page you choose who moves with you.'),
        fields: [
          {
            key: 'partner', type: 'group', optional: true, maxItems: 1, prefill: 'brp.partner', label: tx('Partner', 'Partner'), itemLabel: tx('Partner', 'Partner'),
            fields: [
              { key: 'naam', type: 'text', label: tx('Naam', 'Name'), name: tx('de naam', 'the name'), itemPrefill: 'naam' },
              { key: 'geboortedatum', type: 'date', max: 'today', label: tx('Geboortedatum', 'Date of birth'), name: tx('de geboortedatum', 'the date of birth'), itemPrefill: 'geboortedatum' },
            ],
          },
          {
            key: 'kinderen', type: 'group', optional: true, maxItems: 12, prefill: 'brp.kinderen', label: tx('Kinderen', 'Children'), itemLabel: tx('Kind', 'Child'),
            fields: [
              { key: 'naam', type: 'text', label: tx('Naam', 'Name'), name: tx('de naam', 'the name'), itemPrefill: 'naam' },
              { key: 'geboortedatum', type: 'date', max: 'today', label: tx('Geboortedatum', 'Date of birth'), name: tx('de geboortedatum', 'the date of birth'), itemPrefill: 'geboortedatum' },
            ],
          },
        ],
      },
      {
        id: 'meeverhuizers',
        title: tx('Wie verhuist er met u mee?', 'Who is moving with you?'),
        visibleIf: { or: [{ gt: [partnerCount, 0] }, { gt: [childCount, 0] }] },
        fields: [
          {
            key: 'partnerVerhuistMee', type: 'yesno', visibleIf: { gt: [partnerCount, 0] },
            label: tx('Verhuist uw partner met u mee?', 'Is your partner moving with you?'), name: tx('of uw partner meeverhuist', 'whether your partner is moving with you'),
          },
          {
            key: 'kinderenVerhuizenMee', type: 'choice', display: 'radio', visibleIf: { gt: [childCount, 0] },
            label: tx('Verhuizen uw kinderen met u mee?', 'Are your children moving with you?'),
            hint: tx('Kinderen van 16 jaar of ouder geven hun verhuizing zelf door.', 'Children aged 16 or older report their move themselves.'),
            name: tx('of uw kinderen meeverhuizen', 'whether your children are moving with you'),
            options: [
              { value: 'alle', label: tx('Ja, al mijn kinderen', 'Yes, all my children') },
              { value: 'sommige', label: tx('Een deel van mijn kinderen', 'Some of my children'), hint: tx('Op de volgende pagina zegt u wie.', 'On the next page you say who.') },
              { value: 'geen', label: tx('Nee', 'No') },
            ],
          },
          {
            key: 'anderen', type: 'paragraph',
            text: tx('Verhuist er iemand anders mee, bijvoorbeeld een huisgenoot? Die geeft de verhuizing zelf door.', 'Is someone else moving with you, for example a housemate? They report the move themselves.'),
          },
        ],
      },
      {
        id: 'welke-kinderen',
        title: tx('Welke kinderen verhuizen mee?', 'Which children are moving with you?'),
        visibleIf: { eq: [{ answer: 'kinderenVerhuizenMee' }, 'sommige'] },
        fields: [{
          key: 'kinderenMee', type: 'group', minItems: 1, maxItems: 12, label: tx('Kinderen die meeverhuizen', 'Children who are moving with you'), itemLabel: tx('Kind', 'Child'),
          fields: [
            { key: 'naam', type: 'text', label: tx('Naam', 'Name'), name: tx('de naam', 'the name') },
            { key: 'geboortedatum', type: 'date', max: 'today', label: tx('Geboortedatum', 'Date of birth'), name: tx('de geboortedatum', 'the date of birth') },
          ],
        }],
      },
      contactStep(tx('Hierheen sturen wij de bevestiging.', 'We send the confirmation to this address.')),
    ],
    computed: [{
      key: 'aantalPersonen', type: 'number', label: tx('Aantal personen dat verhuist, uzelf meegeteld', 'Number of people moving, including yourself'), eigenschap: 'aantalPersonen',
      expression: {
        add: [
          1,
          { if: [{ answer: 'partnerVerhuistMee' }, 1, 0] },
          { if: [{ eq: [{ answer: 'kinderenVerhuizenMee' }, 'alle'] }, childCount, { if: [{ eq: [{ answer: 'kinderenVerhuizenMee' }, 'sommige'] }, { count: { answer: 'kinderenMee' } }, 0] }] },
        ],
      },
    }],
    declaration: tx(
      'Ik verklaar dat ik dit formulier naar waarheid heb ingevuld en dat wij echt op het nieuwe adres gaan wonen. Ik weet dat de gemeente dit mag controleren, ook met een huisbezoek.',
      'I declare that I filled in this form truthfully and that we will really live at the new address. I know that the municipality may check this, also with a home visit.',
    ),
    nextSteps: tx(
      'Wij verwerken uw verhuizing binnen 5 werkdagen. U krijgt een e-mail als uw nieuwe adres in de BRP staat. Andere overheden, zoals de Belastingdienst, krijgen uw nieuwe adres vanzelf. Soms komen wij langs om te kijken of u echt op het nieuwe adres woont.',
      'We process your move within 5 working days. You get an email when your new address is in the BRP. Other government organisations, such as the Tax Administration, get your new address automatically. Sometimes we visit to check that you really live at the new address.',
    ),
  };
}

export function kapvergunning(fees: Pick<Fees, 'kap' | 'kapDrempel' | 'kapUitzondering'>): FormDefinition {
  return {
    id: 'kapvergunning',
    version: 1,
    title: tx('Kapvergunning aanvragen', 'Apply for a tree felling permit'),
    summary: tx(
      `Wilt u een boom kappen met een stamomtrek van ${fees.kapDrempel} centimeter of meer? Dan hebt u een kapvergunning nodig. ${fees.kapUitzondering.nl} De vergunning kost ${euro(fees.kap)}.`,
      `Do you want to cut down a tree with a trunk circumference of ${fees.kapDrempel} centimetres or more? Then you need a felling permit. ${fees.kapUitzondering.en} The permit costs ${euroEn(fees.kap)}.`,
    ),
    before: [
      tx('DigiD (niveau midden), of eHerkenning (niveau EH2) als u aanvraagt voor een bedrijf of organisatie', 'DigiD (level midden), or eHerkenning (level EH2) if you apply for a business or organisation'),
      tx('De soort boom en de stamomtrek op 1,30 meter hoogte', 'The kind of tree and the trunk circumference at 1.30 metres height'),
      tx('Foto’s van de boom', 'Photos of the tree'),
      tx('Bent u niet de eigenaar van de grond? Toestemming van de eigenaar', 'Are you not the owner of the land? Consent of the owner'),
    ],
    zaaktype: 'KAPVERGUNNING',
    access: { digid: 'midden', eherkenning: 'EH2' },
    steps: [
      {
        id: 'aanvrager',
        title: tx('Uw gegevens', 'Your details'),
        fields: [
          { key: 'naam', type: 'text', prefill: 'brp.naam', label: tx('Naam', 'Name'), name: tx('uw naam', 'your name'), autocomplete: 'name' },
          {
            key: 'organisatie', type: 'text', optional: true, prefill: 'kvk.naam', label: tx('Naam van de organisatie', 'Name of the organisation'),
            hint: tx('Alleen als u aanvraagt voor een bedrijf, vereniging of stichting.', 'Only if you apply for a business, association or foundation.'),
            name: tx('de naam van de organisatie', 'the name of the organisation'), autocomplete: 'organization',
          },
        ],
      },
      {
        id: 'locatie',
        title: tx('Waar staat de boom?', 'Where is the tree?'),
        fields: [
          {
            key: 'locatie', type: 'address', inMunicipality: true, label: tx('Adres', 'Address'),
            hint: tx('Staat de boom niet bij een adres? Geef dan het adres van het huis of gebouw dat het dichtst bij de boom staat.', 'Is the tree not at an address? Then give the address of the house or building closest to the tree.'),
            name: tx('het adres', 'the address'), eigenschap: 'locatie',
          },
          {
            key: 'plek', type: 'textarea', optional: true, maxLength: 500, rows: 3, label: tx('Waar op het terrein staat de boom?', 'Where on the property is the tree?'),
            hint: tx('Bijvoorbeeld: in de achtertuin, 3 meter van de schuur.', 'For example: in the back garden, 3 metres from the shed.'), name: tx('de plek', 'the place'),
          },
          {
            key: 'eigenaarGrond', type: 'yesno', label: tx('Bent u de eigenaar van de grond waarop de boom staat?', 'Do you own the land the tree stands on?'),
            name: tx('of u de eigenaar van de grond bent', 'whether you own the land'), eigenschap: 'eigenaarGrond',
          },
        ],
      },
      {
        id: 'toestemming',
        title: tx('Toestemming van de eigenaar', 'Consent of the owner'),
        visibleIf: { eq: [{ answer: 'eigenaarGrond' }, false] },
        fields: [{
          key: 'toestemmingEigenaar', type: 'file', accept: ['pdf', 'jpeg', 'png'], maxSizeMb: 10,
          label: tx('Toestemming van de eigenaar', 'Consent of the owner'),
          hint: tx('Een brief of e-mail waarin de eigenaar van de grond schrijft dat hij of zij het goed vindt dat u de boom kapt.', 'A letter or email in which the owner of the land writes that they agree that you cut down the tree.'),
          name: tx('de toestemming van de eigenaar', 'the consent of the owner'),
        }],
      },
      {
        id: 'boom',
        title: tx('Over de boom', 'About the tree'),
        fields: [
          {
            key: 'aantalBomen', type: 'number', min: 1, max: 50, label: tx('Hoeveel bomen wilt u kappen?', 'How many trees do you want to cut down?'),
            hint: tx('Wilt u meer dan 50 bomen kappen? Neem dan eerst contact met ons op.', 'Do you want to cut down more than 50 trees? Then contact us first.'),
            name: tx('het aantal bomen', 'the number of trees'), eigenschap: 'aantalBomen',
          },
          {
            key: 'boomsoort', type: 'text', maxLength: 100, label: tx('Wat voor boom is het?', 'What kind of tree is it?'),
            hint: tx('Bijvoorbeeld eik, berk of esdoorn. Weet u het niet? Vul dan ‘onbekend’ in. Zijn het meer bomen? Noem dan alle soorten.', 'For example oak, birch or maple. Do you not know? Then enter ‘unknown’. Are there more trees? Then name all kinds.'),
            name: tx('de soort boom', 'the kind of tree'), eigenschap: 'boomsoort',
          },
          {
            key: 'stamomtrek', type: 'number', min: 1, max: 2000, unit: tx('cm', 'cm'), label: tx('Wat is de omtrek van de stam?', 'What is the circumference of the trunk?'),
            hint: tx(
              `Meet met een meetlint om de stam, op 1,30 meter boven de grond. Zijn het meer bomen? Vul dan de dikste in. U hebt een vergunning nodig vanaf ${fees.kapDrempel} centimeter.`,
              `Measure around the trunk with a tape measure, 1.30 metres above the ground. Are there more trees? Then enter the thickest. You need a permit from ${fees.kapDrempel} centimetres.`,
            ),
            name: tx('de omtrek van de stam', 'the circumference of the trunk'), eigenschap: 'stamomtrek',
          },
          {
            key: 'reden', type: 'choice', display: 'radio', label: tx('Waarom wilt u de boom kappen?', 'Why do you want to cut down the tree?'), name: tx('waarom u de boom wilt kappen', 'why you want to cut down the tree'),
            options: [
              { value: 'ziek', label: tx('De boom is ziek, dood of gevaarlijk', 'The tree is diseased, dead or dangerous') },
              { value: 'overlast', label: tx('De boom geeft overlast', 'The tree causes a nuisance'), hint: tx('Bijvoorbeeld veel schaduw, of wortels onder de bestrating of de fundering.', 'For example a lot of shade, or roots under the paving or the foundations.') },
              { value: 'bouw', label: tx('Ik ga bouwen op die plek', 'I am going to build in that place') },
              { value: 'anders', label: tx('Een andere reden', 'Another reason') },
            ],
            eigenschap: 'redenKap',
          },
          {
            key: 'toelichting', type: 'textarea', maxLength: 1500, rows: 4, label: tx('Vertel wat meer over de reden', 'Tell us more about the reason'),
            hint: tx('Bijvoorbeeld wat een boomdeskundige heeft gezegd, of wat u gaat bouwen.', 'For example what a tree expert has said, or what you are going to build.'),
            name: tx('de uitleg over de reden', 'the explanation of the reason'),
          },
        ],
      },
      {
        id: 'fotos',
        title: tx('Foto’s', 'Photos'),
        fields: [{
          key: 'fotos', type: 'file', accept: ['jpeg', 'png', 'heic'], maxSizeMb: 10, maxFiles: 5,
          label: tx('Foto’s van de boom', 'Photos of the tree'),
          hint: tx('Maak een foto van de hele boom en een van de stam. Is de boom ziek of beschadigd? Maak daar dan ook een foto van.', 'Take a photo of the whole tree and one of the trunk. Is the tree diseased or damaged? Then also take a photo of that.'),
          name: tx('een foto van de boom', 'a photo of the tree'),
        }],
      },
      {
        id: 'herplanten',
        title: tx('Een nieuwe boom planten', 'Planting a new tree'),
        fields: [
          {
            key: 'herplant', type: 'yesno', label: tx('Plant u een nieuwe boom terug?', 'Will you plant a new tree?'),
            hint: tx('Vaak vragen wij om een nieuwe boom te planten. Dat heet een herplantplicht.', 'We often ask you to plant a new tree. This is called a replanting obligation.'),
            name: tx('of u een nieuwe boom terugplant', 'whether you will plant a new tree'), eigenschap: 'herplant',
          },
          {
            key: 'herplantPlan', type: 'textarea', optional: true, maxLength: 500, rows: 3, visibleIf: { eq: [{ answer: 'herplant' }, true] },
            label: tx('Welke boom plant u terug, en waar?', 'Which tree will you plant, and where?'),
            hint: tx('Alleen invullen als u ‘Ja’ kiest.', 'Only fill this in if you choose ‘Yes’.'), name: tx('welke boom u terugplant', 'which tree you will plant'),
          },
        ],
      },
      contactStep(tx('Hierheen sturen wij de bevestiging en het besluit.', 'We send the confirmation and the decision to this address.')),
    ],
    computed: [{ key: 'leges', type: 'money', label: tx('Kosten (leges)', 'Costs (fees)'), eigenschap: 'leges', expression: fees.kap }],
    declaration: DECLARATION,
    nextSteps: tx(
      `Wij bekijken uw aanvraag. Soms komt een boomdeskundige kijken. Binnen 8 weken krijgt u een besluit. Wij maken de aanvraag en het besluit bekend, zodat buren kunnen reageren. Krijgt u de vergunning? Wacht dan nog 6 weken met kappen: zo lang kan iemand bezwaar maken. U betaalt ${euro(fees.kap)} als u het besluit krijgt. Tussen 15 maart en 15 juli kapt u geen bomen waarin vogels broeden.`,
      `We look at your application. Sometimes a tree expert comes to look. You get a decision within 8 weeks. We publish the application and the decision, so that neighbours can respond. Do you get the permit? Then wait another 6 weeks before cutting: that is how long someone can object. You pay ${euroEn(fees.kap)} when you get the decision. Between 15 March and 15 July do not cut down trees in which birds are nesting.`,
    ),
  };
}

export function meldingVoorgenomenHuwelijk(fees: Pick<Fees, 'huwelijk' | 'gratisTrouwen'>): FormDefinition {
  return {
    id: 'melding-voorgenomen-huwelijk',
    version: 1,
    title: tx('Melding voorgenomen huwelijk of partnerschap doen', 'Give notice of an intended marriage or partnership'),
    summary: tx(
      'Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit dan eerst bij de gemeente. Vroeger heette dit ondertrouw. U doet de melding minstens 2 weken en hoogstens 1 jaar voor de datum. De melding zelf is gratis.',
      'Do you want to get married or enter into a registered partnership? Then first give notice to the municipality. You give notice at least 2 weeks and at most 1 year before the date. The notice itself is free.',
    ),
    before: [
      tx('DigiD (niveau midden)', 'DigiD (level midden)'),
      tx('De naam en geboortedatum van uw partner, en zijn of haar burgerservicenummer (BSN) als u dat weet', 'The name and date of birth of your partner, and their citizen service number (BSN) if you know it'),
      tx('De namen, geboortedata en woonplaatsen van 2 tot 4 getuigen', 'The names, dates of birth and places of residence of 2 to 4 witnesses'),
      tx('Bent u of uw partner in het buitenland geboren? Uw buitenlandse geboorteakte', 'Were you or your partner born abroad? Your foreign birth certificate'),
    ],
    zaaktype: 'HUWELIJK-MELDING',
    access: { digid: 'midden' },
    steps: [
      {
        id: 'uzelf',
        title: tx('Uw gegevens', 'Your details'),
        intro: tx('Deze gegevens kennen wij al. U hoeft ze niet in te vullen.', 'We already know these details. You do not have to fill them in.'),
        fields: [
          { key: 'naam', type: 'text', prefill: 'brp.naam', label: tx('Naam', 'Name'), name: tx('uw naam', 'your name'), autocomplete: 'name' },
          { key: 'geboortedatum', type: 'date', max: 'today', prefill: 'brp.geboortedatum', label: tx('Geboortedatum', 'Date of birth'), name: tx('uw geboortedatum', 'your date of birth') },
        ],
      },
      {
        id: 'soort',
        title: tx('Trouwen of partnerschap', 'Marriage or partnership'),
        fields: [{
          key: 'soortVerbintenis', type: 'choice', display: 'radio', label: tx('Wat wilt u?', 'What do you want?'), name: tx('wat u wilt', 'what you want'),
          options: [
            { value: 'huwelijk', label: tx('Trouwen', 'Get married') },
            { value: 'partnerschap', label: tx('Een geregistreerd partnerschap aangaan', 'Enter into a registered partnership'), hint: tx('Dit lijkt veel op een huwelijk. Het verschil zit vooral in hoe u het weer kunt beëindigen.', 'This is much like a marriage. The difference is mainly in how you can end it.') },
          ],
          eigenschap: 'soortVerbintenis',
        }],
      },
      {
        id: 'partner',
        title: tx('Uw partner', 'Your partner'),
        intro: tx('Uw partner moet op de dag zelf 18 jaar of ouder zijn, en mag niet getrouwd zijn of een geregistreerd partnerschap hebben met iemand anders.', 'On the day itself your partner must be 18 or older, and may not be married to or in a registered partnership with someone else.'),
        fields: [
          { key: 'partnerNaam', type: 'text', maxLength: 200, label: tx('Voornamen en achternaam van uw partner', 'First names and surname of your partner'), hint: tx('Zoals in het paspoort of op de identiteitskaart.', 'As in the passport or on the identity card.'), name: tx('de naam van uw partner', 'the name of your partner') },
          { key: 'partnerGeboortedatum', type: 'date', max: 'today', label: tx('Geboortedatum van uw partner', 'Date of birth of your partner'), hint: tx('Bijvoorbeeld 17 3 1994', 'For example 17 3 1994'), name: tx('de geboortedatum van uw partner', 'the date of birth of your partner') },
          {
            key: 'partnerBsn', type: 'bsn', optional: true, label: tx('Burgerservicenummer (BSN) van uw partner', 'Citizen service number (BSN) of your partner'),
            hint: tx('Niet verplicht. Heeft uw partner geen BSN, bijvoorbeeld omdat hij of zij nooit in Nederland heeft gewoond? Laat dit dan leeg.', 'Optional. Does your partner not have a BSN, for example because they have never lived in the Netherlands? Then leave this empty.'),
            name: tx('het BSN van uw partner', 'the BSN of your partner'),
          },
        ],
      },
      {
        id: 'datum',
        title: tx('Datum en ceremonie', 'Date and ceremony'),
        fields: [
          {
            key: 'gewensteDatum', type: 'date', min: 'today+14', max: 'today+365', label: tx('Op welke datum wilt u trouwen of uw partnerschap laten registreren?', 'On which date do you want to get married or register your partnership?'),
            hint: tx('Minstens 2 weken en hoogstens 1 jaar na vandaag. Hebt u al een datum gereserveerd? Vul die dan in. Bijvoorbeeld 14 8 2026', 'At least 2 weeks and at most 1 year from today. Have you already booked a date? Then enter that one. For example 14 8 2026'),
            name: tx('de datum', 'the date'), eigenschap: 'gewensteDatum',
          },
          {
            key: 'ceremonie', type: 'choice', display: 'radio', label: tx('Welke ceremonie wilt u?', 'Which ceremony do you want?'), name: tx('welke ceremonie u wilt', 'which ceremony you want'),
            options: [
              { value: 'gratis', label: tx('Gratis, kort en eenvoudig', 'Free, short and simple'), hint: fees.gratisTrouwen },
              { value: 'doordeweeks', label: tx(`Maandag tot en met donderdag (${euro(fees.huwelijk[0])})`, `Monday to Thursday (${euroEn(fees.huwelijk[0])})`) },
              { value: 'vrijdag-zaterdag', label: tx(`Vrijdag of zaterdag (${euro(fees.huwelijk[1])})`, `Friday or Saturday (${euroEn(fees.huwelijk[1])})`) },
            ],
            eigenschap: 'ceremonie',
          },
        ],
      },
      {
        id: 'getuigen',
        title: tx('Uw getuigen', 'Your witnesses'),
        intro: tx('U hebt minstens 2 en hoogstens 4 getuigen nodig. Een getuige is 18 jaar of ouder. Uw getuigen nemen op de dag zelf hun paspoort of identiteitskaart mee.', 'You need at least 2 and at most 4 witnesses. A witness is 18 or older. On the day itself your witnesses bring their passport or identity card.'),
        fields: [{
          key: 'getuigen', type: 'group', minItems: 2, maxItems: 4, label: tx('Getuigen', 'Witnesses'), itemLabel: tx('Getuige', 'Witness'),
          fields: [
            { key: 'naam', type: 'text', maxLength: 200, label: tx('Voornamen en achternaam', 'First names and surname'), name: tx('de naam', 'the name') },
            { key: 'geboortedatum', type: 'date', max: 'today', label: tx('Geboortedatum', 'Date of birth'), name: tx('de geboortedatum', 'the date of birth') },
            { key: 'woonplaats', type: 'text', maxLength: 80, label: tx('Woonplaats', 'Place of residence'), name: tx('de woonplaats', 'the place of residence') },
          ],
        }],
      },
      {
        id: 'documenten',
        title: tx('Documenten', 'Documents'),
        fields: [{
          key: 'documenten', type: 'file', optional: true, accept: ['pdf', 'jpeg', 'png'], maxSizeMb: 10, maxFiles: 4,
          label: tx('Buitenlandse documenten', 'Foreign documents'),
          hint: tx('Alleen nodig als u of uw partner in het buitenland bent geboren of daar eerder getrouwd was. Bijvoorbeeld een geboorteakte of een echtscheidingsakte. Wij laten u weten of een document vertaald of gelegaliseerd moet zijn.', 'Only needed if you or your partner were born abroad or were married there before. For example a birth certificate or a divorce certificate. We let you know if a document must be translated or legalised.'),
          name: tx('de documenten', 'the documents'),
        }],
      },
      contactStep(tx('Hierheen sturen wij de bevestiging van uw melding.', 'We send the confirmation of your notice to this address.')),
    ],
    computed: [
      { key: 'aantalGetuigen', type: 'number', label: tx('Aantal getuigen', 'Number of witnesses'), eigenschap: 'aantalGetuigen', expression: { count: { answer: 'getuigen' } } },
      {
        key: 'leges', type: 'money', label: tx('Kosten van de ceremonie', 'Cost of the ceremony'), eigenschap: 'leges',
        expression: { if: [{ eq: [{ answer: 'ceremonie' }, 'doordeweeks'] }, fees.huwelijk[0], { if: [{ eq: [{ answer: 'ceremonie' }, 'vrijdag-zaterdag'] }, fees.huwelijk[1], 0] }] },
      },
    ],
    declaration: tx(
      'Ik verklaar dat ik dit formulier naar waarheid heb ingevuld, en dat mijn partner en ik niet getrouwd zijn of een geregistreerd partnerschap hebben met iemand anders. Ik weet dat de gemeente mijn gegevens mag controleren.',
      'I declare that I filled in this form truthfully, and that my partner and I are not married to or in a registered partnership with someone else. I know that the municipality may check my details.',
    ),
    nextSteps: tx(
      'Wij controleren uw gegevens en die van uw partner en getuigen. Binnen 2 weken krijgt u bericht. Is alles in orde? Dan kunt u trouwen of uw partnerschap laten registreren, vanaf 2 weken na vandaag en binnen 1 jaar. Hebt u nog geen datum, tijd en locatie gereserveerd? Doe dat dan zo snel mogelijk. De kosten van de ceremonie betaalt u vóór de dag zelf.',
      'We check your details and those of your partner and witnesses. You hear from us within 2 weeks. Is everything in order? Then you can get married or register your partnership from 2 weeks after today and within 1 year. Have you not yet booked a date, time and location? Then do so as soon as possible. You pay for the ceremony before the day itself.',
    ),
  };
}

/** The demo forms of a demo municipality (the same set, with its own fees and local rules). */
export function demoForms(slug: string): FormDefinition[] {
  const fees = FEES[slug];
  if (!fees) return [];
  return [
    parkeervergunning(fees), meldingOpenbareRuimte(), bijzondereBijstand(), evenementenvergunning(fees),
    verhuizingDoorgeven(), kapvergunning(fees), meldingVoorgenomenHuwelijk(fees),
  ];
}
