import type { ZgwApiDefinition } from '../core/plugin.js';
import { relatedRoutes } from './related-routes.js';
import { zakenRoutes } from './zaken-routes.js';

/**
 * The Zaken API 1.5.1 of the ZGW standard, over the same data as our own pages: zaken (list,
 * search, expand, CRUD), their audit trail, besluiten and zaakeigenschappen, and statussen,
 * rollen, resultaten, zaakobjecten, zaakinformatieobjecten, klantcontacten, zaakcontactmomenten
 * and zaakverzoeken. Every check of the standard's gedragsregels (zrc-001 …) is named where it is made.
 */
export const zakenApi: ZgwApiDefinition = {
  api: 'zaken',
  version: '1.5.1',
  routes(app, ctx) {
    zakenRoutes(app, ctx);
    relatedRoutes(app, ctx);
  },
};
