import type { ZgwApiDefinition } from '../core/plugin.js';

/** The Autorisaties API 1.0.0 of the ZGW standard, over the same data as our own pages. */
export const autorisatiesApi: ZgwApiDefinition = {
  api: 'autorisaties',
  version: '1.0.0',
  routes() {},
};
