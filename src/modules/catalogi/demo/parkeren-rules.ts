import type { RuleSet } from '../rules.js';

/**
 * The rules of the residents' parking permit: grant when the address is in a permit zone, the
 * household has fewer permits than the maximum, there is no own parking place and the car is in
 * the applicant's name; refuse with a reason otherwise; a lease car or anything unclear goes to a
 * person. Zones and maximum differ per municipality (and per version).
 */
export function parkeervergunningRules(zones: string[], maximum: number): RuleSet {
  const zoneList = zones.join(', ');
  return {
    version: 1,
    facts: {
      vergunningszone: { type: 'string', label: { nl: 'de vergunningszone van uw adres', en: 'the permit zone of your address' } },
      aantalVergunningen: { type: 'number', label: { nl: 'het aantal parkeervergunningen op uw adres', en: 'the number of parking permits at your address' } },
      eigenParkeerplaats: { type: 'boolean', label: { nl: 'of u een eigen parkeerplaats, garage of oprit heeft', en: 'whether you have your own parking space, garage or driveway' } },
      autoOpEigenNaam: { type: 'boolean', label: { nl: 'of de auto op uw naam staat', en: 'whether the car is registered in your name' } },
    },
    rules: [
      {
        id: 'buiten-vergunningszone',
        description: { nl: `Afwijzen als het adres niet in een vergunningszone ligt (${zoneList}).`, en: `Refuse when the address is not in a permit zone (${zoneList}).` },
        when: {
          fact: 'vergunningszone', op: 'notIn', value: zones,
          explain: { true: { nl: 'Uw adres ligt niet in een vergunningszone.', en: 'Your address is not in a permit zone.' } },
        },
        then: {
          outcome: 'afwijzen', resultaattype: 'Geweigerd',
          reason: { nl: 'Daarom kunt u geen parkeervergunning voor bewoners krijgen.', en: 'That is why you cannot get a residents’ parking permit.' },
        },
      },
      {
        id: 'maximum-bereikt',
        description: { nl: `Afwijzen als er op het adres al ${maximum} of meer vergunningen zijn.`, en: `Refuse when the address already has ${maximum} or more permits.` },
        when: {
          fact: 'aantalVergunningen', op: '>=', value: maximum,
          explain: { true: { nl: 'Op uw adres zijn al {value} vergunningen in gebruik. Het maximum is {expected}.', en: 'Your address already has {value} permits in use. The maximum is {expected}.' } },
        },
        then: {
          outcome: 'afwijzen', resultaattype: 'Geweigerd',
          reason: { nl: 'Daarom kunt u geen nieuwe parkeervergunning krijgen.', en: 'That is why you cannot get a new parking permit.' },
        },
      },
      {
        id: 'eigen-parkeerplaats',
        description: { nl: 'Afwijzen als de aanvrager een eigen parkeerplaats, garage of oprit heeft.', en: 'Refuse when the applicant has their own parking space, garage or driveway.' },
        when: {
          fact: 'eigenParkeerplaats', op: 'equals', value: true,
          explain: { true: { nl: 'U heeft een eigen parkeerplaats, garage of oprit.', en: 'You have your own parking space, garage or driveway.' } },
        },
        then: {
          outcome: 'afwijzen', resultaattype: 'Geweigerd',
          reason: { nl: 'Daarom kunt u geen parkeervergunning voor bewoners krijgen. U kunt uw auto op uw eigen terrein parkeren.', en: 'That is why you cannot get a residents’ parking permit. You can park your car on your own property.' },
        },
      },
      {
        id: 'lease-of-zakelijk',
        description: { nl: 'Een medewerker beoordeelt het als de auto niet op naam van de aanvrager staat (lease-auto, auto van de zaak).', en: 'An employee assesses it when the car is not in the applicant’s name (lease car, company car).' },
        when: {
          fact: 'autoOpEigenNaam', op: 'equals', value: false,
          explain: { true: { nl: 'De auto staat niet op uw naam.', en: 'The car is not registered in your name.' } },
        },
        then: {
          outcome: 'handmatig',
          reason: { nl: 'Een medewerker controleert de verklaring van uw werkgever of leasemaatschappij.', en: 'An employee checks the statement from your employer or lease company.' },
        },
      },
      {
        id: 'toekennen',
        description: { nl: 'Toekennen als het adres in een vergunningszone ligt, het maximum niet is bereikt, er geen eigen parkeerplaats is en de auto op naam van de aanvrager staat.', en: 'Grant when the address is in a permit zone, the maximum is not reached, there is no own parking space and the car is in the applicant’s name.' },
        when: {
          all: [
            { fact: 'vergunningszone', op: 'in', value: zones, explain: { true: { nl: 'Uw adres ligt in vergunningszone {value}.', en: 'Your address is in permit zone {value}.' } } },
            { fact: 'aantalVergunningen', op: '<', value: maximum, explain: { true: { nl: 'Op uw adres zijn {value} van de {expected} vergunningen in gebruik.', en: 'Your address has {value} of the {expected} permits in use.' } } },
            { fact: 'eigenParkeerplaats', op: 'equals', value: false, explain: { true: { nl: 'U heeft geen eigen parkeerplaats, garage of oprit.', en: 'You do not have your own parking space, garage or driveway.' } } },
            { fact: 'autoOpEigenNaam', op: 'equals', value: true, explain: { true: { nl: 'De auto staat op uw naam.', en: 'The car is registered in your name.' } } },
          ],
        },
        then: {
          outcome: 'toekennen', resultaattype: 'Toegekend',
          reason: { nl: 'Daarom krijgt u de vergunning.', en: 'That is why you get the permit.' },
        },
      },
    ],
    otherwise: { outcome: 'handmatig' },
  };
}

/** Bulky waste: free collections per year; more, or many items, goes to a person (it may cost money). */
export function grofvuilRules(gratisPerJaar: number): RuleSet {
  return {
    version: 1,
    facts: {
      aanmeldingenDitJaar: { type: 'number', label: { nl: 'hoe vaak u dit jaar al grofvuil heeft laten ophalen', en: 'how often you already had bulky waste collected this year' } },
      aantalStukken: { type: 'number', label: { nl: 'het aantal stukken grofvuil', en: 'the number of bulky items' } },
    },
    rules: [
      {
        id: 'gratis-ophalen',
        description: { nl: `Toekennen als het adres dit jaar minder dan ${gratisPerJaar} keer grofvuil liet ophalen en het om hoogstens 10 stukken gaat.`, en: `Grant when the address had bulky waste collected fewer than ${gratisPerJaar} times this year and there are at most 10 items.` },
        when: {
          all: [
            { fact: 'aanmeldingenDitJaar', op: '<', value: gratisPerJaar, explain: { true: { nl: 'U heeft dit jaar {value} van de {expected} gratis ophaalbeurten gebruikt.', en: 'You have used {value} of the {expected} free collections this year.' } } },
            { fact: 'aantalStukken', op: '<=', value: 10, explain: { true: { nl: 'U meldt {value} stukken aan. Dat mag.', en: 'You report {value} items. That is allowed.' } } },
          ],
        },
        then: { outcome: 'toekennen', resultaattype: 'Afgehandeld', reason: { nl: 'Daarom halen we uw grofvuil gratis op.', en: 'That is why we collect your bulky waste for free.' } },
      },
    ],
    otherwise: {
      outcome: 'handmatig',
      reason: { nl: 'Een medewerker neemt contact met u op over de kosten of een andere oplossing.', en: 'An employee will contact you about the costs or another solution.' },
    },
  };
}
