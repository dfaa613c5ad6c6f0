import { defineProcessingActivities } from '../../platform/processing-log/register.js';

/** Why Mijn zaken reads personal data on its own: to tell the applicant about their zaak. */
export const mijnzakenActivities = defineProcessingActivities({
  'zaak-notificeren/1': {
    name: { nl: 'U op de hoogte houden van uw zaak', en: 'Keeping you informed about your case' },
    purpose: { nl: 'U per e-mail laten weten wat er met uw aanvraag of melding gebeurt', en: 'Telling you by e-mail what happens with your application or report' },
    legalGround: {
      nl: 'AVG art. 6 lid 1 sub e (taak van algemeen belang), met de Algemene wet bestuursrecht',
      en: 'GDPR art. 6(1)(e) (task in the public interest), with the General Administrative Law Act',
    },
    department: { nl: 'Dienstverlening', en: 'Public Services' },
  },
});
