import type { ZgwApiDefinition } from '../zgw/core/plugin.js';

/** The Notificaties API 1.0.1 of the ZGW standard: kanalen, abonnementen and publishing notifications. */
export const notificatiesApi: ZgwApiDefinition = {
  api: 'notificaties',
  version: '1.0.1',
  routes() {},
};
