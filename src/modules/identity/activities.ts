import { defineProcessingActivities } from '../../platform/processing-log/register.js';

/** Processing of personal data by logging in itself (the BSN or KVK number the broker gives). */
export const identityActivities = defineProcessingActivities({
  'inloggen/1': {
    name: { nl: 'Inloggen bij de gemeente', en: 'Logging in to the municipality' },
    purpose: { nl: 'Vaststellen wie u bent, zodat u uw zaken met de gemeente online kunt regelen', en: 'Establishing who you are, so that you can arrange your affairs with the municipality online' },
    legalGround: {
      nl: 'AVG art. 6 lid 1 sub e (taak van algemeen belang), met Wet digitale overheid art. 6 en Wabb art. 10',
      en: 'GDPR art. 6(1)(e) (task in the public interest), with the Digital Government Act art. 6 and the General Administrative Provisions BSN Act art. 10',
    },
    department: { nl: 'Dienstverlening', en: 'Public Services' },
  },
});
