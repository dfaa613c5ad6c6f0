import { defineProcessingActivities } from '../../platform/processing-log/register.js';

const AVG_WET_BRP = {
  nl: 'AVG art. 6 lid 1 sub e (taak van algemeen belang), met Wet BRP art. 3.3',
  en: 'GDPR art. 6(1)(e) (task in the public interest), with the Personal Records Database Act (Wet BRP) art. 3.3',
};

/**
 * The processing activities for which Stadhuis reads person and company data. Other modules
 * pass one of these in the context of every PersonsService call; a relevant change to one of
 * them (purpose, legal ground) gets a new version, e.g. "mijn-gegevens-inzien/2".
 */
export const personsActivities = defineProcessingActivities({
  'mijn-gegevens-inzien/1': {
    name: { nl: 'Uw eigen gegevens tonen', en: 'Showing your own data' },
    purpose: { nl: 'U laten zien wat de gemeente van u weet', en: 'Showing you what the municipality knows about you' },
    legalGround: AVG_WET_BRP,
    department: { nl: 'Burgerzaken', en: 'Civil Affairs' },
  },
  'formulier-vooraf-invullen/1': {
    name: { nl: 'Een formulier vooraf invullen', en: 'Pre-filling a form' },
    purpose: { nl: 'U niet opnieuw vragen wat de gemeente al weet', en: 'Not asking you again for what the municipality already knows' },
    legalGround: AVG_WET_BRP,
    department: { nl: 'Dienstverlening', en: 'Public Services' },
  },
  'kcc-klantbeeld/1': {
    name: { nl: 'Klantbeeld voor het klantcontactcentrum', en: 'Customer view for the contact centre' },
    purpose: { nl: 'U goed helpen als u de gemeente belt, chat of aan de balie komt', en: 'Helping you well when you call, chat or visit the desk' },
    legalGround: AVG_WET_BRP,
    department: { nl: 'Klantcontactcentrum', en: 'Customer Contact Centre' },
  },
  'bedrijfsgegevens-inzien/1': {
    name: { nl: 'Gegevens van uw onderneming tonen', en: 'Showing the data of your business' },
    purpose: { nl: 'U laten zien wat de gemeente van uw onderneming weet', en: 'Showing you what the municipality knows about your business' },
    legalGround: {
      nl: 'AVG art. 6 lid 1 sub e (taak van algemeen belang), met de Handelsregisterwet 2007',
      en: 'GDPR art. 6(1)(e) (task in the public interest), with the Trade Register Act 2007',
    },
    department: { nl: 'Economische Zaken', en: 'Economic Affairs' },
  },
});
