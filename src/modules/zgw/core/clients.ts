import type { Actor } from '../../../platform/auth/access.js';
import type { ApiClients } from '../../../platform/auth/api-clients.js';
import { forgetApplicaties, zgwApplicaties, type ZgwApplicatie, type ZgwAutorisatie } from '../../../platform/auth/zgw.js';
import type { Database, Tx } from '../../../platform/db/database.js';
import { defaultCatalogus, listZaaktypen } from '../../catalogi/index.js';
import { applicaties } from '../autorisaties/service.js';

export interface ZgwClientInput {
  clientId: string;
  secret: string;
  label: string;
  heeftAlleAutorisaties: boolean;
  autorisaties?: ZgwAutorisatie[];
  /** A secret published with the VNG test collections (shorter than we otherwise allow). */
  publicTestSecret?: boolean;
}

/**
 * Gives a ZGW client its credentials (the JWT secret) and its application with autorisaties,
 * in one go; safe to run again (the secret, label and autorisaties are replaced). Used by
 * `npm run cli -- zgw-client …`, the ZGW test-collection setup and the tests.
 */
export async function provisionZgwClient(deps: { database: Database; apiClients: ApiClients }, tenantId: string, actor: Actor, input: ZgwClientInput): Promise<ZgwApplicatie> {
  await deps.apiClients.createOrReplace(tenantId, actor, { clientId: input.clientId, label: input.label, scopes: [], secret: input.secret, publicTestSecret: input.publicTestSecret === true });
  try {
    return await deps.database.withTenant(tenantId, async (tx) => {
      const values = { clientIds: [input.clientId], label: input.label, heeftAlleAutorisaties: input.heeftAlleAutorisaties, autorisaties: input.heeftAlleAutorisaties ? [] : input.autorisaties ?? [] };
      const existing = await zgwApplicaties.forClient(tx, input.clientId);
      if (existing) {
        const clientIds = [...new Set([...existing.clientIds, input.clientId])];
        return (await applicaties.update(tx, existing.id, { ...values, clientIds }))!;
      }
      return applicaties.create(tx, values);
    });
  } finally {
    forgetApplicaties();
  }
}

/**
 * The clients the official VNG ZGW test collections (newman, VNG-Realisatie/gemma-postman-tests)
 * expect: `zgw_api_tests` / `secret` with all rights, and `zgw_api_tests_limited` /
 * `secret_limited` with limited rights. The collections read the limited client's application
 * through the Autorisaties API (`GET applicaties?clientIds=…`) and take `autorisaties[0]`: a zrc
 * autorisatie for one zaaktype, with maxVertrouwelijkheidaanduiding openbaar and without
 * zaken.aanmaken (zrc-006: its zaken list shows only openbare zaken of that zaaktype, creating a
 * zaak is refused). Its zaaktype is the first zaaktype of the first catalogus, as the collections
 * pick it (`catalogussen[0].zaaktypen[0]`); `zgwTestClients` fills it in per municipality.
 */
export const ZGW_TEST_CLIENTS: ZgwClientInput[] = [
  { clientId: 'zgw_api_tests', secret: 'secret', label: 'VNG ZGW API-tests (alle rechten)', heeftAlleAutorisaties: true, publicTestSecret: true },
  {
    clientId: 'zgw_api_tests_limited', secret: 'secret_limited', label: 'VNG ZGW API-tests (beperkte rechten)', heeftAlleAutorisaties: false, publicTestSecret: true,
    autorisaties: [{ component: 'ztc', scopes: ['catalogi.lezen'] }],
  },
];

/** Rights of the limited test client besides its zrc autorisatie (which `zgwTestClients` puts first). */
export const LIMITED_TEST_SCOPES = ['zaken.lezen', 'zaken.bijwerken'];

/**
 * ZGW_TEST_CLIENTS for one municipality: the limited client gets, first, a zrc autorisatie for
 * the first published zaaktype of the municipality's default catalogue (`catalogiRoot` is the
 * Catalogi API root its URL is written under, e.g. PUBLIC_URL/<slug>/catalogi/api/v1).
 */
export async function zgwTestClients(tx: Tx, catalogiRoot: string): Promise<ZgwClientInput[]> {
  const catalogus = await defaultCatalogus(tx);
  const zaaktypen = (await listZaaktypen(tx, { status: 'published' })).filter((z) => !catalogus || z.catalogus === catalogus.id);
  const first = zaaktypen[0];
  return ZGW_TEST_CLIENTS.map((client) => {
    if (client.heeftAlleAutorisaties || !first) return client;
    const zrc: ZgwAutorisatie = {
      component: 'zrc', scopes: LIMITED_TEST_SCOPES, zaaktype: `${catalogiRoot}/zaaktypen/${first.id}`, typeId: first.id, maxVertrouwelijkheidaanduiding: 'openbaar',
    };
    return { ...client, autorisaties: [zrc, ...(client.autorisaties ?? [])] };
  });
}
