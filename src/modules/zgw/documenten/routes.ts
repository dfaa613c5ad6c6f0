import type { ZgwApiDefinition } from '../core/plugin.js';
import { registerDocumentRoutes } from './documents.js';
import { registerRelationRoutes } from './relations.js';

/**
 * The Documenten API 1.4.2 of the ZGW standard, over the same data as our own pages (module
 * documenten): enkelvoudiginformatieobjecten with versions, locks, downloads and bestandsdelen;
 * gebruiksrechten, objectinformatieobjecten, verzendingen and the audit trail.
 */
export const documentenApi: ZgwApiDefinition = {
  api: 'documenten',
  version: '1.4.2',
  async routes(app, ctx) {
    await registerDocumentRoutes(app, ctx);
    registerRelationRoutes(app, ctx);
  },
};
