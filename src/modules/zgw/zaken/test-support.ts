/** Shared by the Zaken API tests: a server with the zaken fixture, clients, and valid example bodies. */
import assert from 'node:assert/strict';
import type { Engine } from '../../../platform/testing/harness.js';
import { documentenService } from '../../documenten/index.js';
import { dateInNl } from '../../zaken/index.js';
import { beheerder, RSIN, startZakenFixture, staff, type ZakenFixture } from '../../zaken/test-fixtures.js';
import { loadContract, type Contract } from '../core/contract.js';
import { zgwClient, type ZgwResponse, type ZgwTestClient } from '../core/testing.js';

export { RSIN };

export interface ZakenApiSetup {
  fx: ZakenFixture;
  contract: Contract;
  all: ZgwTestClient;
  /** The other municipality's client with all rights. */
  other: ZgwTestClient;
  zaken: string;
  catalogi: string;
  zaaktypeUrl(id: string): string;
  today: string;
}

export async function setupZakenApi(engine: Engine): Promise<ZakenApiSetup> {
  const fx = await startZakenFixture(engine);
  const all = await zgwClient(fx.server, 'alfadorp', { heeftAlleAutorisaties: true });
  const other = await zgwClient(fx.server, 'betastad', { heeftAlleAutorisaties: true });
  const catalogi = all.root('catalogi');
  return {
    fx, contract: loadContract('zaken'), all, other, zaken: all.root('zaken'), catalogi, today: dateInNl(),
    zaaktypeUrl: (id) => `${catalogi}/zaaktypen/${id}`,
  };
}

/** A valid zaak body for POST /zaken. */
export function zaakBody(s: ZakenApiSetup, zaaktype: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { bronorganisatie: RSIN, verantwoordelijkeOrganisatie: RSIN, zaaktype: s.zaaktypeUrl(zaaktype), startdatum: s.today, omschrijving: 'Test via de API', ...extra };
}

/** Creates a zaak through the API (asserts 201 and the contract). */
export async function createZaak(s: ZakenApiSetup, client: ZgwTestClient, zaaktype: string, extra: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const res = await client.post(`${s.zaken}/zaken`, zaakBody(s, zaaktype, extra));
  s.contract.assertResponse('post', '/zaken', res);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

/** Asserts the status and the contract in one go. */
export function expect(s: ZakenApiSetup, method: string, path: string, res: ZgwResponse, status: number): ZgwResponse {
  s.contract.assertResponse(method, path, res);
  assert.equal(res.status, status, `${method.toUpperCase()} ${path}: ${res.status} ${res.text.slice(0, 600)}`);
  return res;
}

/** A document of municipality A (through the documenten service), as the Documenten API would hold it. */
export async function createDocument(s: ZakenApiSetup, iot: string, extra: Record<string, unknown> = {}): Promise<string> {
  const docs = documentenService(s.fx.server.stadhuis.platform);
  const doc = await s.fx.inA((tx) => docs.createDocument(tx, staff(['behandelaar']), { titel: 'Bijlage', auteur: 'Test', informatieobjecttype: iot, indicatieGebruiksrecht: false, ...extra } as never));
  return doc.id;
}

export function documentUrl(s: ZakenApiSetup, id: string): string {
  return `${s.all.root('documenten')}/enkelvoudiginformatieobjecten/${id}`;
}

export { beheerder, staff };
