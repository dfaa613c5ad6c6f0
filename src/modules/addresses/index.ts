/**
 * Addresses: the BAG (Basisregistratie Adressen en Gebouwen) for the rest of Stadhuis. Other modules
 * use `AddressesService` (lookup by postcode and house number, free-text search) and the format
 * helpers. Outside production this module also serves a fictional BAG with the addresses of the
 * demo municipalities through the real contract (BAG API Individuele Bevragingen v2) under
 * /bag/api/lvbag/individuelebevragingen/v2; configuration: see settings.ts.
 *
 * For pages with JavaScript, GET /<gemeente>/adressen/opzoeken?postcode=&huisnummer=&toevoeging=
 * answers a lookup as JSON (the forms' progressive enhancement uses it; without JavaScript the
 * form itself looks the address up on the server).
 */
import type { StadhuisModule } from '../../platform/http/types.js';
import { registerBagProvider } from './bag-provider.js';
import { addressLines } from './format.js';
import { AddressRegisterError, AddressesService, attachServer } from './service.js';
import { addressesSettings, BAG_API_KEY_HEADER } from './settings.js';

export { AddressesService, AddressRegisterError, BagApiRegister, embeddedAreas, type AddressRegister, type AreaIndex, type AddressesServiceOptions } from './service.js';
export { addressLines, formatAddressLine, formatHouseNumber, formatPostcode, normalizePostcode, parseHouseNumber } from './format.js';
export { ZONES } from './dataset.js';
export { BAG_PROVIDER_PREFIX } from './bag-provider.js';
export type { Address, BagAdres, LookupResult } from './types.js';

const TEXT = {
  nl: {
    found: 'Gevonden adres:',
    ambiguous: 'Bij dit huisnummer horen meer adressen. Vul ook de toevoeging in: {list}.',
    notFound: 'We vinden geen adres bij deze postcode en dit huisnummer. Controleer ze.',
    invalid: 'Vul een geldige postcode en een huisnummer in.',
    unavailable: 'Het adres kan nu niet worden opgezocht. U kunt gewoon verder gaan.',
  },
  en: {
    found: 'Address found:',
    ambiguous: 'This house number has more than one address. Also enter the addition: {list}.',
    notFound: 'We cannot find an address with this postcode and house number. Please check them.',
    invalid: 'Enter a valid postcode and a house number.',
    unavailable: 'The address cannot be looked up right now. You can continue anyway.',
  },
} as const;

export const addressesModule: StadhuisModule = {
  name: 'addresses',
  migrations: [],
  async globalRoutes(app, platform) {
    const settings = addressesSettings(platform.config);
    attachServer(platform, app);
    if (settings.embeddedRegister) registerBagProvider(app, { apiKeys: [settings.embeddedApiKey], apiKeyHeader: BAG_API_KEY_HEADER });
  },
  tenantRoutes(app, platform) {
    const addresses = new AddressesService(platform);
    app.get('/adressen/opzoeken', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
      const q = request.query as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 20) : '');
      const t = TEXT[request.lang];
      reply.header('Cache-Control', 'no-store');
      try {
        const result = await addresses.lookupAddress(str(q.postcode), str(q.huisnummer), str(q.toevoeging));
        switch (result.status) {
          case 'found':
            return { status: 'found', message: t.found, lines: addressLines(result.address), id: result.address.id };
          case 'ambiguous':
            return { status: 'ambiguous', message: t.ambiguous.replace('{list}', result.candidates.map((c) => addressLines(c)[0].replace(`${c.straat} `, '')).join(', ')) };
          case 'not-found':
            return { status: 'not-found', message: t.notFound };
          default:
            return { status: 'invalid', message: t.invalid };
        }
      } catch (error) {
        if (!(error instanceof AddressRegisterError)) throw error;
        request.log.warn({ reason: error.reason }, 'address lookup failed');
        return reply.status(503).send({ status: 'unavailable', message: t.unavailable });
      }
    });
  },
};
