import { defineProcessingActivities } from '../../platform/processing-log/register.js';

const AVG_AWB = {
  nl: 'AVG art. 6 lid 1 sub e (taak van algemeen belang), met de Algemene wet bestuursrecht en de wet van het product',
  en: 'GDPR art. 6(1)(e) (task in the public interest), with the General Administrative Law Act and the law of the product',
};

/**
 * Why the zaken module reads personal data of the people and businesses in a zaak. Callers may
 * pass another registered activity (e.g. the contact centre's customer view).
 */
export const zakenActivities = defineProcessingActivities({
  'zaak-behandelen/1': {
    name: { nl: 'Uw aanvraag of melding behandelen', en: 'Handling your application or report' },
    purpose: { nl: 'Uw zaak behandelen en erover beslissen', en: 'Handling and deciding on your case' },
    legalGround: AVG_AWB,
    department: { nl: 'De afdeling die uw zaak behandelt', en: 'The department handling your case' },
  },
  'mijn-zaken-inzien/1': {
    name: { nl: 'Uw zaken tonen', en: 'Showing your cases' },
    purpose: { nl: 'U laten zien hoe het met uw aanvragen en meldingen staat', en: 'Showing you the state of your applications and reports' },
    legalGround: AVG_AWB,
    department: { nl: 'Dienstverlening', en: 'Public Services' },
  },
});
