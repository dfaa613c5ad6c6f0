/**
 * Persons: person data from the BRP and company data from the KVK, asked once at the source
 * when needed, never copied into our own tables. Other modules use PersonsService (which logs
 * every read in the Logboek Dataverwerkingen) with one of `personsActivities`, and
 * `describePerson` to show a person in plain language.
 *
 * Outside production this module also serves fictional stand-ins for both registers, through
 * their real contracts: the Haal Centraal BRP Personen API under /haalcentraal/api/brp and the
 * KVK Basisprofiel API under /kvk/api. Configuration: see settings.ts.
 */
import type { StadhuisModule } from '../../platform/http/types.js';
import { registerBrpProvider } from './brp-provider.js';
import { registerKvkProvider } from './kvk-provider.js';
import { attachServer } from './service.js';
import { personsSettings } from './settings.js';
import { testCompany } from './test-companies.js';
import { testPersonsOn } from './test-persons.js';

export { personsActivities } from './activities.js';
export { PersonsService, BRP_OPERATION, KVK_OPERATION, type ProcessingContext, type PersonsServiceOptions } from './service.js';
export { RegisterError, type RegisterErrorReason, type RegisterName } from './errors.js';
export { describePerson, formatAddress, formatBrpDate, formatName, type PersonDescription, type PersonFact, type PersonFactKey } from './describe.js';
export type * from './brp-types.js';
export type { Basisprofiel, Eigenaar, KvkAdres, SbiActiviteit, Vestiging } from './kvk-types.js';

/** Field selections for common uses: ask the BRP for what the purpose needs, nothing more. */
export const PERSON_FIELDS = {
  /** Everything a "Mijn gegevens" page shows. */
  mijnGegevens: [
    'burgerservicenummer', 'naam', 'geboorte', 'geslacht', 'leeftijd', 'verblijfplaats', 'gemeenteVanInschrijving',
    'datumInschrijvingInGemeente', 'nationaliteiten', 'verblijfstitel', 'partners', 'kinderen', 'ouders', 'overlijden',
  ],
  /** Name, birth date and address for pre-filling a form. */
  formulier: ['naam', 'geboorte.datum', 'verblijfplaats.verblijfadres', 'adressering'],
} as const satisfies Record<string, readonly string[]>;

export const personsModule: StadhuisModule = {
  name: 'persons',
  migrations: [],
  async globalRoutes(app, platform) {
    // Checked here so that a wrong BRP_ or KVK_ variable stops the start with a clear message.
    const settings = personsSettings(platform.config);
    attachServer(platform, app);
    if (!settings.embeddedRegisters) return;
    await registerBrpProvider(app, {
      apiKeyHeader: settings.embedded.brpApiKeyHeader,
      apiKeys: [settings.embedded.brpApiKey],
      persons: () => testPersonsOn(new Date()),
    });
    registerKvkProvider(app, { apiKeys: [settings.embedded.kvkApiKey], companies: testCompany });
  },
};
