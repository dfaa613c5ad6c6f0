import type { ZgwApiDefinition } from '../core/plugin.js';

/** The Documenten API 1.4.2 of the ZGW standard, over the same data as our own pages. */
export const documentenApi: ZgwApiDefinition = {
  api: 'documenten',
  version: '1.4.2',
  routes() {},
};
