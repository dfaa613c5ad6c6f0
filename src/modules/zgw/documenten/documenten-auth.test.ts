/**
 * Authorisation of the Documenten API: clients with all rights, one informatieobjecttype, a low
 * maximum vertrouwelijkheidaanduiding, read-only and none. Lists hold only what the client may
 * see (filtered in SQL, so counts are right); a single object it may not see is 403.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ZgwAutorisatie } from '../../../platform/auth/zgw.js';
import { engines } from '../../../platform/testing/harness.js';
import { startZakenFixture, staff, type ZakenFixture } from '../../zaken/test-fixtures.js';
import { zakenService } from '../../zaken/index.js';
import { loadContract } from '../core/contract.js';
import { zgwClient, type ZgwResponse, type ZgwTestClient } from '../core/testing.js';

const contract = loadContract('documenten');
const ALL_SCOPES = ['documenten.lezen', 'documenten.aanmaken', 'documenten.bijwerken', 'documenten.verwijderen', 'documenten.lock'];

for (const engine of engines()) {
  describe(`Documenten API authorisation (${engine})`, () => {
    let f: ZakenFixture;
    const clients: Record<'all' | 'oneType' | 'low' | 'readOnly' | 'none', ZgwTestClient> = {} as never;
    const docs: Record<'briefOpenbaar' | 'briefGeheim' | 'aanvraagVertrouwelijk' | 'aanvraagOpenbaar', string> = {} as never;
    const extra: Record<string, { recht: string; verzending: string }> = {};
    const iot = (id: string) => `${clients.all.root('catalogi')}/informatieobjecttypen/${id}`;
    const call = async (client: ZgwTestClient, method: string, template: string, url: string, body?: unknown): Promise<ZgwResponse> => {
      const res = await client.request(method, url.startsWith('http') ? url : `${client.root('documenten')}${url}`, body);
      contract.assertResponse(method.toLowerCase(), template, res);
      return res;
    };
    const auth = (types: string[], scopes: string[], max: ZgwAutorisatie['maxVertrouwelijkheidaanduiding']): ZgwAutorisatie[] =>
      types.map((t) => ({ component: 'drc', scopes, informatieobjecttype: iot(t), typeId: t, maxVertrouwelijkheidaanduiding: max }));
    const body = (type: string, vertrouwelijkheidaanduiding: string) => ({
      bronorganisatie: '002990003', creatiedatum: '2026-01-05', titel: `Document ${vertrouwelijkheidaanduiding}`, auteur: 'Test', taal: 'dut',
      informatieobjecttype: iot(type), vertrouwelijkheidaanduiding, inhoud: Buffer.from('inhoud').toString('base64'),
    });

    /** Which of the four documents a client sees, by name. */
    const visible = (urls: string[]) => Object.entries(docs).filter(([, url]) => urls.includes(url)).map(([name]) => name).sort();

    const expected: Record<keyof typeof clients, string[]> = {
      all: ['aanvraagOpenbaar', 'aanvraagVertrouwelijk', 'briefGeheim', 'briefOpenbaar'],
      oneType: ['briefGeheim', 'briefOpenbaar'],
      low: ['aanvraagOpenbaar', 'briefOpenbaar'],
      readOnly: ['aanvraagOpenbaar', 'aanvraagVertrouwelijk', 'briefGeheim', 'briefOpenbaar'],
      none: [],
    };

    before(async () => {
      f = await startZakenFixture(engine);
      const { brief, aanvraag, beschikking, intern } = f.a.iot;
      clients.all = await zgwClient(f.server, 'alfadorp', { heeftAlleAutorisaties: true });
      clients.oneType = await zgwClient(f.server, 'alfadorp', { autorisaties: auth([brief.id], ALL_SCOPES, 'zeer_geheim') });
      clients.low = await zgwClient(f.server, 'alfadorp', { autorisaties: auth([brief.id, aanvraag.id], ALL_SCOPES, 'openbaar') });
      clients.readOnly = await zgwClient(f.server, 'alfadorp', { autorisaties: auth([brief.id, aanvraag.id, beschikking.id, intern.id], ['documenten.lezen'], 'zeer_geheim') });
      clients.none = await zgwClient(f.server, 'alfadorp', { autorisaties: [{ component: 'ztc', scopes: ['catalogi.lezen'] }] });
      for (const [name, type, level] of [['briefOpenbaar', brief.id, 'openbaar'], ['briefGeheim', brief.id, 'geheim'], ['aanvraagVertrouwelijk', aanvraag.id, 'zaakvertrouwelijk'], ['aanvraagOpenbaar', aanvraag.id, 'openbaar']] as const) {
        const res = await call(clients.all, 'POST', '/enkelvoudiginformatieobjecten', '/enkelvoudiginformatieobjecten', body(type, level));
        assert.equal(res.status, 201);
        docs[name] = res.body.url;
        const recht = await call(clients.all, 'POST', '/gebruiksrechten', '/gebruiksrechten', { informatieobject: res.body.url, startdatum: '2026-01-01T00:00:00Z', omschrijvingVoorwaarden: 'x' });
        const verzending = await call(clients.all, 'POST', '/verzendingen', '/verzendingen', { informatieobject: res.body.url, betrokkene: 'https://k.example.nl/1', aardRelatie: 'geadresseerde', contactPersoon: 'https://m.example.nl/1', mijnOverheid: true });
        extra[name] = { recht: recht.body.url, verzending: verzending.body.url };
      }
      const zaken = zakenService(f.server.stadhuis.platform);
      const zaak = await f.inA((tx) => zaken.createZaak(tx, staff(['kcc-medewerker']), { zaaktype: f.a.parkeren.id, omschrijving: 'Autorisatie' }));
      for (const url of Object.values(docs)) await f.inA((tx) => zaken.addZaakinformatieobject(tx, staff(['behandelaar']), zaak.id, { informatieobject: url.split('/').pop()! }));
    });
    after(async () => {
      await f?.server.close();
    });

    for (const who of ['all', 'oneType', 'low', 'readOnly'] as const) {
      test(`lists show exactly what "${who}" may read, with the right count`, async () => {
        const c = clients[who];
        const list = await call(c, 'GET', '/enkelvoudiginformatieobjecten', '/enkelvoudiginformatieobjecten');
        assert.equal(list.status, 200);
        assert.deepEqual(visible(list.body.results.map((r: any) => r.url)), expected[who]);
        assert.equal(list.body.count, expected[who].length);
        const zoek = await call(c, 'POST', '/enkelvoudiginformatieobjecten/_zoek', '/enkelvoudiginformatieobjecten/_zoek', { uuid__in: Object.values(docs).map((u) => u.split('/').pop()) });
        assert.deepEqual(visible(zoek.body.results.map((r: any) => r.url)), expected[who]);
        const rechten = await call(c, 'GET', '/gebruiksrechten', '/gebruiksrechten');
        assert.deepEqual(visible(rechten.body.map((r: any) => r.informatieobject)), expected[who]);
        const verzendingen = await call(c, 'GET', '/verzendingen', '/verzendingen');
        assert.deepEqual(visible(verzendingen.body.results.map((r: any) => r.informatieobject)), expected[who]);
        assert.equal(verzendingen.body.count, expected[who].length);
        const oios = await call(c, 'GET', '/objectinformatieobjecten', '/objectinformatieobjecten');
        assert.deepEqual(visible(oios.body.map((r: any) => r.informatieobject)), expected[who]);
      });

      test(`single objects: "${who}" reads what it may and gets 403 for the rest`, async () => {
        const c = clients[who];
        for (const [name, url] of Object.entries(docs)) {
          const status = expected[who].includes(name) ? 200 : 403;
          assert.equal((await call(c, 'GET', '/enkelvoudiginformatieobjecten/{uuid}', url)).status, status, `${who} ${name}`);
          const download = await c.request('GET', `${url}/download`);
          contract.assertResponse('get', '/enkelvoudiginformatieobjecten/{uuid}/download', download);
          assert.equal(download.status, status);
          assert.equal((await call(c, 'GET', '/gebruiksrechten/{uuid}', extra[name]!.recht)).status, status);
          assert.equal((await call(c, 'GET', '/verzendingen/{uuid}', extra[name]!.verzending)).status, status);
        }
      });
    }

    test('a client without Documenten API rights is refused everything, lists included', async () => {
      const c = clients.none;
      for (const [method, template, url] of [
        ['GET', '/enkelvoudiginformatieobjecten', '/enkelvoudiginformatieobjecten'], ['GET', '/gebruiksrechten', '/gebruiksrechten'],
        ['GET', '/verzendingen', '/verzendingen'], ['GET', '/objectinformatieobjecten', '/objectinformatieobjecten'],
        ['GET', '/enkelvoudiginformatieobjecten/{uuid}', docs.briefOpenbaar], ['POST', '/enkelvoudiginformatieobjecten/{uuid}/lock', `${docs.briefOpenbaar}/lock`],
      ] as const) {
        const res = await call(c, method, template, url, method === 'POST' ? {} : undefined);
        assert.equal(res.status, 403, `${method} ${url}`);
        assert.equal(res.body.code, 'permission_denied');
      }
    });

    test('writing: only for the allowed informatieobjecttype and vertrouwelijkheid, and only with the scope', async () => {
      const { brief, aanvraag } = f.a.iot;
      assert.equal((await call(clients.oneType, 'POST', '/enkelvoudiginformatieobjecten', '/enkelvoudiginformatieobjecten', body(brief.id, 'geheim'))).status, 201);
      assert.equal((await call(clients.oneType, 'POST', '/enkelvoudiginformatieobjecten', '/enkelvoudiginformatieobjecten', body(aanvraag.id, 'openbaar'))).status, 403);
      assert.equal((await call(clients.low, 'POST', '/enkelvoudiginformatieobjecten', '/enkelvoudiginformatieobjecten', body(brief.id, 'vertrouwelijk'))).status, 403);
      assert.equal((await call(clients.low, 'POST', '/enkelvoudiginformatieobjecten', '/enkelvoudiginformatieobjecten', body(brief.id, 'openbaar'))).status, 201);
      assert.equal((await call(clients.readOnly, 'POST', '/enkelvoudiginformatieobjecten', '/enkelvoudiginformatieobjecten', body(brief.id, 'openbaar'))).status, 403);
      // Lock, change and relations of a document the client may not use.
      assert.equal((await call(clients.oneType, 'POST', '/enkelvoudiginformatieobjecten/{uuid}/lock', `${docs.aanvraagOpenbaar}/lock`, {})).status, 403);
      assert.equal((await call(clients.low, 'POST', '/enkelvoudiginformatieobjecten/{uuid}/lock', `${docs.briefGeheim}/lock`, {})).status, 403);
      assert.equal((await call(clients.readOnly, 'POST', '/enkelvoudiginformatieobjecten/{uuid}/lock', `${docs.briefOpenbaar}/lock`, {})).status, 403);
      assert.equal((await call(clients.readOnly, 'DELETE', '/enkelvoudiginformatieobjecten/{uuid}', docs.briefOpenbaar)).status, 403);
      assert.equal((await call(clients.low, 'POST', '/gebruiksrechten', '/gebruiksrechten', { informatieobject: docs.briefGeheim, startdatum: '2026-01-01T00:00:00Z', omschrijvingVoorwaarden: 'x' })).status, 403);
      assert.equal((await call(clients.oneType, 'DELETE', '/verzendingen/{uuid}', extra.aanvraagOpenbaar!.verzending)).status, 403);
      assert.equal((await call(clients.oneType, 'PATCH', '/gebruiksrechten/{uuid}', extra.aanvraagOpenbaar!.recht, { omschrijvingVoorwaarden: 'y' })).status, 403);
      // Allowed: the whole cycle on its own type.
      const lock = await call(clients.oneType, 'POST', '/enkelvoudiginformatieobjecten/{uuid}/lock', `${docs.briefOpenbaar}/lock`, {});
      assert.equal(lock.status, 200);
      const changed = await call(clients.oneType, 'PATCH', '/enkelvoudiginformatieobjecten/{uuid}', docs.briefOpenbaar, { titel: 'Gewijzigd', lock: lock.body.lock });
      assert.equal(changed.status, 200);
      // Raising the vertrouwelijkheid above what the client may use is refused.
      const lowLock = await call(clients.low, 'POST', '/enkelvoudiginformatieobjecten/{uuid}/lock', `${docs.aanvraagOpenbaar}/lock`, {});
      assert.equal((await call(clients.low, 'PATCH', '/enkelvoudiginformatieobjecten/{uuid}', docs.aanvraagOpenbaar, { vertrouwelijkheidaanduiding: 'geheim', lock: lowLock.body.lock })).status, 403);
      assert.equal((await call(clients.oneType, 'POST', '/enkelvoudiginformatieobjecten/{uuid}/unlock', `${docs.briefOpenbaar}/unlock`, { lock: lock.body.lock })).status, 204);
    });
  });
}
