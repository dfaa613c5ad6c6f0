import type { ZgwApiDefinition } from '../core/plugin.js';

/** The Besluiten API 1.1.0 of the ZGW standard, over the same data as our own pages. */
export const besluitenApi: ZgwApiDefinition = {
  api: 'besluiten',
  version: '1.1.0',
  routes() {},
};
