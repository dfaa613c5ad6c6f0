import type { ZgwApiDefinition } from '../core/plugin.js';

/** The Catalogi API 1.3.1 of the ZGW standard, over the same data as our own pages. */
export const catalogiApi: ZgwApiDefinition = {
  api: 'catalogi',
  version: '1.3.1',
  routes() {},
};
