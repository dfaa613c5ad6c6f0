import { defineProcessingActivities } from '../../platform/processing-log/register.js';

/** Processing activities of the online forms (pre-filling from the BRP is the persons module's 'formulier-vooraf-invullen/1'). */
export const formsActivities = defineProcessingActivities({
  'formulier-indienen/1': {
    name: { nl: 'Een formulier indienen', en: 'Sending a form' },
    purpose: { nl: 'Uw aanvraag of melding vastleggen om die te behandelen', en: 'Recording your application or report in order to handle it' },
    legalGround: {
      nl: 'AVG art. 6 lid 1 sub e (taak van algemeen belang), met de wet waarop de aanvraag berust',
      en: 'GDPR art. 6(1)(e) (task in the public interest), with the law the application is based on',
    },
    department: { nl: 'Dienstverlening', en: 'Public Services' },
  },
});
