/**
 * Zaken API: who may do what (zrc-006 per zaaktype and vertrouwelijkheidaanduiding, per scope)
 * on every kind of endpoint, lists included, and bad input that must never write anything.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ZgwAutorisatie } from '../../../platform/auth/zgw.js';
import { engines } from '../../../platform/testing/harness.js';
import { BSN } from '../../zaken/test-fixtures.js';
import { zgwClient, type ZgwTestClient } from '../core/testing.js';
import { createZaak, expect, setupZakenApi, zaakBody, type ZakenApiSetup } from './test-support.js';

const ALL_SCOPES = ['zaken.lezen', 'zaken.aanmaken', 'zaken.bijwerken', 'zaken.verwijderen', 'zaken.statussen.toevoegen'];

for (const engine of engines()) {
  describe(`Zaken API authorisation and bad input (${engine})`, () => {
    let s: ZakenApiSetup;
    let clients: Record<'all' | 'one' | 'low' | 'read' | 'none', ZgwTestClient>;
    let parkeren: Record<string, any>;
    let openbaar: Record<string, any>;
    let intern: Record<string, any>;

    before(async () => {
      s = await setupZakenApi(engine);
      const auth = (scopes: string[], max: string): ZgwAutorisatie => ({ component: 'zrc', scopes, zaaktype: s.zaaktypeUrl(s.fx.a.parkeren.id), typeId: s.fx.a.parkeren.id, maxVertrouwelijkheidaanduiding: max as 'openbaar' });
      clients = {
        all: s.all,
        one: await zgwClient(s.fx.server, 'alfadorp', { autorisaties: [auth(ALL_SCOPES, 'zeer_geheim')] }),
        low: await zgwClient(s.fx.server, 'alfadorp', { autorisaties: [auth(ALL_SCOPES, 'openbaar')] }),
        read: await zgwClient(s.fx.server, 'alfadorp', { autorisaties: [auth(['zaken.lezen'], 'zeer_geheim')] }),
        none: await zgwClient(s.fx.server, 'alfadorp', { autorisaties: [{ component: 'ztc', scopes: ['catalogi.lezen'] }] }),
      };
      parkeren = await createZaak(s, s.all, s.fx.a.parkeren.id);
      openbaar = await createZaak(s, s.all, s.fx.a.parkeren.id, { vertrouwelijkheidaanduiding: 'openbaar' });
      intern = await createZaak(s, s.all, s.fx.a.intern.id);
      for (const zaak of [parkeren, openbaar, intern]) {
        const zt = zaak === intern ? s.fx.a.intern : s.fx.a.parkeren;
        expect(s, 'post', '/statussen', await s.all.post(`${s.zaken}/statussen`, { zaak: zaak.url, statustype: `${s.catalogi}/statustypen/${zt.statustypen[0]!.id}`, datumStatusGezet: new Date(Date.now() - 60_000).toISOString() }), 201);
        expect(s, 'post', '/rollen', await s.all.post(`${s.zaken}/rollen`, { zaak: zaak.url, betrokkeneType: 'natuurlijk_persoon', roltype: `${s.catalogi}/roltypen/${zt.roltypen[0]!.id}`, roltoelichting: '', betrokkeneIdentificatie: { inpBsn: BSN.eva } }), 201);
        expect(s, 'post', '/klantcontacten', await s.all.post(`${s.zaken}/klantcontacten`, { zaak: zaak.url, datumtijd: new Date().toISOString() }), 201);
      }
    });
    after(() => s.fx.server.close());

    /** The zaken (urls) a client finds in a list of zaken or of records of zaken. */
    async function seen(client: ZgwTestClient, path: string): Promise<string[] | number> {
      const res = await client.get(`${s.zaken}${path}`);
      s.contract.assertResponse('get', path.split('?')[0]!, res);
      if (res.status !== 200) return res.status;
      const items = Array.isArray(res.body) ? res.body : res.body.results;
      return [...new Set(items.map((x: { url: string; zaak?: string }) => x.zaak ?? x.url))].sort() as string[];
    }

    it('lists hold only the zaken (and their records) each client may see', async () => {
      const mine = (list: string[] | number) => (typeof list === 'number' ? list : list.filter((u) => [parkeren.url, openbaar.url, intern.url].includes(u)));
      const expected = {
        all: [parkeren.url, openbaar.url, intern.url].sort(), one: [parkeren.url, openbaar.url].sort(), low: [openbaar.url], read: [parkeren.url, openbaar.url].sort(), none: 403,
      };
      for (const [name, client] of Object.entries(clients)) {
        for (const path of ['/zaken', '/statussen', '/rollen', '/klantcontacten']) {
          assert.deepEqual(mine(await seen(client, path)), expected[name as keyof typeof expected], `${name} ${path}`);
        }
      }
      // _zoek answers with the same filter.
      const zoek = await clients.low.post(`${s.zaken}/zaken/_zoek`, { uuid__in: [parkeren.uuid, openbaar.uuid, intern.uuid] });
      assert.deepEqual(expect(s, 'post', '/zaken/_zoek', zoek, 200).body.results.map((z: { url: string }) => z.url), [openbaar.url]);
    });

    it('single objects: 403 outside the autorisaties, for the zaak and its records', async () => {
      const status = (await s.all.get(parkeren.url)).body.status;
      const table: [keyof typeof clients, string, number][] = [
        ['all', parkeren.url, 200], ['all', intern.url, 200], ['one', parkeren.url, 200], ['one', intern.url, 403], ['low', parkeren.url, 403], ['low', openbaar.url, 200],
        ['read', parkeren.url, 200], ['none', parkeren.url, 403],
      ];
      for (const [name, url, code] of table) expect(s, 'get', '/zaken/{uuid}', await clients[name].get(url), code);
      expect(s, 'get', '/statussen/{uuid}', await clients.low.get(status), 403);
      expect(s, 'get', '/statussen/{uuid}', await clients.one.get(status), 200);
      expect(s, 'get', '/zaken/{zaak_uuid}/audittrail', await clients.read.get(`${parkeren.url}/audittrail`), 403);
    });

    it('writes need the scope for the zaaktype and vertrouwelijkheidaanduiding', async () => {
      expect(s, 'post', '/zaken', await clients.one.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id)), 201);
      expect(s, 'post', '/zaken', await clients.one.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.intern.id)), 403);
      expect(s, 'post', '/zaken', await clients.low.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id)), 403);
      expect(s, 'post', '/zaken', await clients.low.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id, { vertrouwelijkheidaanduiding: 'openbaar' })), 201);
      expect(s, 'post', '/zaken', await clients.read.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id)), 403);
      expect(s, 'post', '/zaken', await clients.none.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id)), 403);
      expect(s, 'patch', '/zaken/{uuid}', await clients.read.patch(parkeren.url, { omschrijving: 'Nee' }), 403);
      expect(s, 'patch', '/zaken/{uuid}', await clients.one.patch(intern.url, { omschrijving: 'Nee' }), 403);
      // Raising the vertrouwelijkheidaanduiding beyond the client's maximum is refused.
      expect(s, 'patch', '/zaken/{uuid}', await clients.low.patch(openbaar.url, { vertrouwelijkheidaanduiding: 'geheim' }), 403);
      expect(s, 'patch', '/zaken/{uuid}', await clients.one.patch(parkeren.url, { omschrijving: 'Ja' }), 200);
      expect(s, 'post', '/klantcontacten', await clients.read.post(`${s.zaken}/klantcontacten`, { zaak: parkeren.url, datumtijd: new Date().toISOString() }), 403);
      expect(s, 'post', '/klantcontacten', await clients.one.post(`${s.zaken}/klantcontacten`, { zaak: intern.url, datumtijd: new Date().toISOString() }), 403);
      expect(s, 'delete', '/zaken/{uuid}', await clients.read.delete(parkeren.url), 403);
      expect(s, 'delete', '/zaken/{uuid}', await clients.one.delete(intern.url), 403);
      assert.equal((await s.all.get(intern.url)).status, 200);
    });

    it('bad input: problem+json with the standard codes, never 500, nothing written', async () => {
      const count = async () => (await s.all.get(`${s.zaken}/zaken`)).body.count as number;
      const before = await count();
      const malformed = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, '{"bronorganisatie": '), 400);
      assert.equal(malformed.body.code, 'parse_error');
      const types = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id, { startdatum: 5, omschrijving: ['x'], kenmerken: 'k', opschorting: { indicatie: 'ja', reden: '' } })), 400);
      const codes = Object.fromEntries(types.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]));
      assert.equal(codes.startdatum, 'invalid');
      assert.equal(codes.omschrijving, 'invalid');
      assert.equal(codes.kenmerken, 'not_a_list');
      assert.equal(codes['opschorting.indicatie'], 'invalid');
      const unknown = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id, { kleur: 'rood' })), 400);
      assert.equal(unknown.body.invalidParams[0].code, 'unknown-field');
      const elsewhere = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id, { hoofdzaak: `${s.other.root('zaken')}/zaken/${parkeren.uuid}` })), 400);
      assert.equal(elsewhere.body.invalidParams[0].code, 'bad-url');
      const nothing = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id, { hoofdzaak: 'https://example.com/zaken/1' })), 400);
      assert.equal(nothing.body.invalidParams[0].code, 'bad-url');
      // Too large: 413 (a status the document does not list, so only the format is checked here).
      const huge = await s.all.post(`${s.zaken}/zaken`, { ...zaakBody(s, s.fx.a.parkeren.id), toelichting: 'x'.repeat(2_000_000) });
      assert.equal(huge.status, 413);
      assert.match(huge.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal(huge.body.code, 'request_too_large');
      expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, '[1,2]'), 400);
      expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, 'naam=x', { 'content-type': 'text/plain' }), 415);
      assert.equal(await count(), before);
      // Records of a zaak: the same codes.
      const rol = expect(s, 'post', '/rollen', await s.all.post(`${s.zaken}/rollen`, { zaak: `${s.other.root('zaken')}/zaken/${parkeren.uuid}`, betrokkeneType: 'robot', roltype: 5, roltoelichting: '' }), 400);
      const rolCodes = Object.fromEntries(rol.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]));
      assert.deepEqual(rolCodes, { zaak: 'bad-url', betrokkeneType: 'invalid_choice', roltype: 'bad-url' });
      const status = expect(s, 'post', '/statussen', await s.all.post(`${s.zaken}/statussen`, { zaak: parkeren.url, statustype: `${s.catalogi}/statustypen/${s.fx.a.parkeren.statustypen[1]!.id}`, datumStatusGezet: 'gisteren' }), 400);
      assert.equal(status.body.invalidParams[0].name, 'datumStatusGezet');
      expect(s, 'post', '/klantcontacten', await s.all.post(`${s.zaken}/klantcontacten`, '{oops'), 400);
      expect(s, 'get', '/zaken/{uuid}', await s.all.get(`${s.zaken}/zaken/geen-uuid`), 404);
      assert.equal((await s.all.get(`${s.zaken}/statussen?zaak=${encodeURIComponent(parkeren.url)}`)).body.count, 1);
      // The other municipality cannot reach this one's zaken at all.
      expect(s, 'get', '/zaken/{uuid}', await s.other.get(`${s.other.root('zaken')}/zaken/${parkeren.uuid}`), 404);
      assert.equal((await s.other.get(`${s.other.root('zaken')}/zaken`)).body.count, 0);
    });
  });
}
