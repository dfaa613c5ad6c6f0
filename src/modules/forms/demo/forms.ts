/**
 * The demo forms of the fictional municipalities: a resident's parking permit, a report about
 * public space, special assistance (bijzondere bijstand) and an event permit. The zaaktype
 * identificaties are the ones of the demo case types (catalogi module). Fees differ per municipality.
 */
import type { FormDefinition, Text } from '../definition.js';

const tx = (nl: string, en: string): Text => ({ nl, en });

interface Fees {
  /** Parking permit per year, first and second permit of a household, in cents. */
  permit: [number, number];
  /** Event permit: small, large, extra for using the public road, in cents. */
  event: [number, number, number];
}

const FEES: Record<string, Fees> = {
  dijkwaard: { permit: [6000, 12000], event: [4500, 18500, 9500] },
  heuvelrode: { permit: [4500, 9000], event: [3900, 15600, 8200] },
};

const DECLARATION = tx(
  'Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Ik weet dat de gemeente mijn gegevens mag controleren.',
  'I declare that I filled in this form truthfully. I know that the municipality may check my details.',
);

export function parkeervergunning(fees: Fees): FormDefinition {
  const euro = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;
  const euroEn = (cents: number) => `€${(cents / 100).toFixed(2)}`;
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
          { key: 'naam', type: 'text', label: tx('Naam', 'Name'), prefill: 'brp.naam', eigenschap: 'aanvrager' },
          { key: 'adres', type: 'address', label: tx('Adres', 'Address'), prefill: 'brp.adres', inMunicipality: true, eigenschap: 'adres' },
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
        fields: [{ key: 'locatieAdres', type: 'address', inMunicipality: true, label: tx('Adres bij de plek', 'Address near the place'), name: tx('het adres', 'the address'), eigenschap: 'locatieAdres' }],
      },
      {
        id: 'plek',
        title: tx('De plek', 'The place'),
        visibleIf: { eq: [{ answer: 'heeftAdres' }, false] },
        fields: [{
          key: 'locatieOmschrijving', type: 'textarea', maxLength: 500, rows: 3, label: tx('Beschrijf de plek', 'Describe the place'),
          hint: tx('Bijvoorbeeld: bij het bankje aan de oostkant van het Havenpark.', 'For example: near the bench on the east side of Havenpark.'),
          name: tx('de plek', 'the place'), eigenschap: 'locatieOmschrijving',
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
          { key: 'naam', type: 'text', label: tx('Naam', 'Name'), prefill: 'brp.naam', eigenschap: 'aanvrager' },
          { key: 'geboortedatum', type: 'date', max: 'today', label: tx('Geboortedatum', 'Date of birth'), name: tx('uw geboortedatum', 'your date of birth'), prefill: 'brp.geboortedatum' },
          { key: 'adres', type: 'address', inMunicipality: true, label: tx('Adres', 'Address'), name: tx('uw adres', 'your address'), prefill: 'brp.adres', eigenschap: 'adres' },
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
            itemLabel: tx('Huisgenoot', 'Housemate'), eigenschap: 'huisgenoten',
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
            eigenschap: 'soortKosten',
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
            hint: tx('Tel alles op: loon, uitkering, pensioen, toeslagen niet meetellen.', 'Add everything up: wages, benefits, pension; do not count allowances.'), name: tx('het inkomen', 'the income'), eigenschap: 'inkomen',
          },
          { key: 'woonlasten', type: 'money', max: 5000, label: tx('Hoeveel huur of hypotheek betaalt u per maand?', 'How much rent or mortgage do you pay per month?'), name: tx('de woonlasten', 'the housing costs'), eigenschap: 'woonlasten' },
          { key: 'spaargeld', type: 'yesno', label: tx('Hebt u samen meer dan € 7.500 spaargeld?', 'Do you have more than €7,500 in savings together?'), name: tx('of u spaargeld hebt', 'whether you have savings') },
          {
            key: 'spaarbedrag', type: 'money', optional: true, requiredIf: { answer: 'spaargeld' }, label: tx('Hoeveel spaargeld hebt u samen?', 'How much savings do you have together?'),
            hint: tx('Alleen invullen als u ‘Ja’ kiest.', 'Only fill this in if you choose ‘Yes’.'), name: tx('het spaargeld', 'the savings'), eigenschap: 'spaargeld',
          },
        ],
      },
      {
        id: 'uitbetaling',
        title: tx('Uitbetaling', 'Payment'),
        fields: [{
          key: 'iban', type: 'iban', label: tx('Op welk rekeningnummer (IBAN) wilt u het geld krijgen?', 'To which bank account number (IBAN) do you want the money?'),
          hint: tx('Bijvoorbeeld NL91 ABNA 0417 1643 00', 'For example NL91 ABNA 0417 1643 00'), name: tx('het rekeningnummer', 'the account number'), eigenschap: 'iban',
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

export function evenementenvergunning(fees: Fees): FormDefinition {
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
          { key: 'contactpersoon', type: 'text', prefill: 'brp.naam', label: tx('Naam van de contactpersoon', 'Name of the contact person'), name: tx('de naam van de contactpersoon', 'the name of the contact person'), autocomplete: 'name', eigenschap: 'contactpersoon' },
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
            hint: tx('Minstens 8 weken na vandaag. Bijvoorbeeld 12 6 2026', 'At least 8 weeks from today. For example 12 6 2026'), eigenschap: 'startdatum',
          },
          { key: 'einddatum', type: 'date', min: 'today+56', label: tx('Wanneer eindigt het evenement?', 'When does the event end?'), name: tx('de einddatum', 'the end date'), eigenschap: 'einddatum' },
          { key: 'bezoekers', type: 'number', min: 1, max: 100000, label: tx('Hoeveel bezoekers verwacht u tegelijk?', 'How many visitors do you expect at the same time?'), name: tx('het aantal bezoekers', 'the number of visitors'), eigenschap: 'bezoekers' },
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

/** The demo forms of a demo municipality (the same set, with its own fees). */
export function demoForms(slug: string): FormDefinition[] {
  const fees = FEES[slug];
  if (!fees) return [];
  return [parkeervergunning(fees), meldingOpenbareRuimte(), bijzondereBijstand(), evenementenvergunning(fees)];
}
