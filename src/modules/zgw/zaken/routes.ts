import type { ZgwApiDefinition } from '../core/plugin.js';

/** The Zaken API 1.5.1 of the ZGW standard, over the same data as our own pages. */
export const zakenApi: ZgwApiDefinition = {
  api: 'zaken',
  version: '1.5.1',
  routes() {},
};
