import type { ZgwApiDefinition } from '../core/plugin.js';
import { registerChildRoutes } from './children-routes.js';
import { registerTypeRoutes } from './types-routes.js';
import { registerZaaktypeRoutes } from './zaaktype-routes.js';

/**
 * The Catalogi API 1.3.1 of the ZGW standard, over the same data as our own pages
 * (/beheer/zaaktypen): catalogussen, zaaktypen and their children, informatieobjecttypen and
 * besluittypen, with concepts, publishing and versions. catalogi.lezen reads (and, ztc-014,
 * zaken.lezen / documenten.lezen), catalogi.schrijven writes.
 */
export const catalogiApi: ZgwApiDefinition = {
  api: 'catalogi',
  version: '1.3.1',
  routes(app, ctx) {
    registerTypeRoutes(app, ctx);
    registerZaaktypeRoutes(app, ctx);
    registerChildRoutes(app, ctx);
  },
};
