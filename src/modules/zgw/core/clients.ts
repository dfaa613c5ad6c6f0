import type { Actor } from '../../../platform/auth/access.js';
import type { ApiClients } from '../../../platform/auth/api-clients.js';
import { zgwApplicaties, type ZgwApplicatie, type ZgwAutorisatie } from '../../../platform/auth/zgw.js';
import type { Database } from '../../../platform/db/database.js';

export interface ZgwClientInput {
  clientId: string;
  secret: string;
  label: string;
  heeftAlleAutorisaties: boolean;
  autorisaties?: ZgwAutorisatie[];
}

/**
 * Gives a ZGW client its credentials (the JWT secret) and its application with autorisaties,
 * in one go; safe to run again (the secret, label and autorisaties are replaced). Used by
 * `npm run cli -- zgw-client …`, the ZGW test-collection setup and the tests.
 */
export async function provisionZgwClient(deps: { database: Database; apiClients: ApiClients }, tenantId: string, actor: Actor, input: ZgwClientInput): Promise<ZgwApplicatie> {
  await deps.apiClients.createOrReplace(tenantId, actor, { clientId: input.clientId, label: input.label, scopes: [], secret: input.secret });
  return deps.database.withTenant(tenantId, async (tx) => {
    const values = { clientIds: [input.clientId], label: input.label, heeftAlleAutorisaties: input.heeftAlleAutorisaties, autorisaties: input.heeftAlleAutorisaties ? [] : input.autorisaties ?? [] };
    const existing = await zgwApplicaties.forClient(tx, input.clientId);
    if (existing) {
      const clientIds = [...new Set([...existing.clientIds, input.clientId])];
      return (await zgwApplicaties.update(tx, existing.id, { ...values, clientIds }))!;
    }
    return zgwApplicaties.create(tx, values);
  });
}

/**
 * The clients the official VNG ZGW test collections (newman) expect: `zgw_api_tests` / `secret`
 * with all rights, and `zgw_api_tests_limited` / `secret_limited`, whose autorisaties the
 * collections set themselves through the Autorisaties API (it starts with read access to the
 * catalogi only).
 */
export const ZGW_TEST_CLIENTS: ZgwClientInput[] = [
  { clientId: 'zgw_api_tests', secret: 'secret', label: 'VNG ZGW API-tests (alle rechten)', heeftAlleAutorisaties: true },
  {
    clientId: 'zgw_api_tests_limited', secret: 'secret_limited', label: 'VNG ZGW API-tests (beperkte rechten)', heeftAlleAutorisaties: false,
    autorisaties: [{ component: 'ztc', scopes: ['catalogi.lezen'] }],
  },
];
