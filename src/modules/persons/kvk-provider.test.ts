import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testCompanies } from '../idp/test-identities.js';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import type { Basisprofiel, KvkFoutBericht } from './kvk-types.js';
import { DEV_KVK_API_KEY } from './settings.js';
import { testCompanyNotes } from './test-companies.js';

for (const engine of engines().slice(0, 1)) {
  describe(`embedded KVK Basisprofiel API (${engine})`, () => {
    let server: TestServer;
    before(async () => { server = await startTestServer(engine, { demo: false }); });
    after(() => server.close());

    const get = (kvk: string, key: string | null = DEV_KVK_API_KEY) =>
      server.fetch(`/kvk/api/v1/basisprofielen/${kvk}`, { headers: key === null ? {} : { apikey: key } });

    it('serves the basisprofiel of a test company in the KVK format', async () => {
      const res = await get('68750110');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /json/);
      const profiel = await res.json() as Basisprofiel;
      assert.equal(profiel.kvkNummer, '68750110');
      assert.equal(profiel.naam, 'Café Het Veer');
      assert.match(profiel.formeleRegistratiedatum!, /^\d{8}$/);
      assert.deepEqual(profiel.handelsnamen?.map((h) => h.naam), ['Café Het Veer', 'Terras Het Veer']);
      assert.deepEqual(profiel.sbiActiviteiten?.[0], { sbiCode: '5630', sbiOmschrijving: 'Cafés', indHoofdactiviteit: 'Ja' });
      const hoofdvestiging = profiel._embedded?.hoofdvestiging;
      assert.equal(hoofdvestiging?.vestigingsnummer, '000037178598');
      assert.equal(hoofdvestiging?.adressen?.[0]?.type, 'bezoekadres');
      assert.equal(hoofdvestiging?.adressen?.[0]?.plaats, 'Dijkwaard');
      assert.equal(profiel._embedded?.eigenaar?.rechtsvorm, 'VennootschapOnderFirma');
      assert.equal(profiel.links?.[0]?.href, `${server.url}/kvk/api/v1/basisprofielen/68750110`);
    });

    it('has the companies the demos need, including those of the test identity provider', async () => {
      assert.ok(testCompanyNotes.length >= 6);
      for (const company of testCompanies) {
        const profiel = await (await get(company.kvk)).json() as Basisprofiel;
        assert.equal(profiel.naam, company.name);
        assert.equal(profiel._embedded?.hoofdvestiging?.vestigingsnummer, company.vestiging);
      }
      const forms = testCompanyNotes.map((c) => c.rechtsvorm);
      assert.ok(forms.includes('Stichting') && forms.includes('Eenmanszaak'));
      assert.ok(testCompanyNotes.some((c) => c.plaats === 'Heuvelrode'));
    });

    it('answers 404 with IPD0005 for an unknown number and 400 with IPD0004 for one that is not 8 digits', async () => {
      const unknown = await get('12345678');
      assert.equal(unknown.status, 404);
      assert.equal((await unknown.json() as KvkFoutBericht).fout[0]!.code, 'IPD0005');
      for (const bad of ['1234567', '123456789', 'abcdefgh']) {
        const res = await get(bad);
        assert.equal(res.status, 400, bad);
        assert.equal((await res.json() as KvkFoutBericht).fout[0]!.code, 'IPD0004');
      }
    });

    it('requires the API key', async () => {
      assert.equal((await get('68750110', null)).status, 401);
      assert.equal((await get('68750110', 'fout')).status, 401);
    });
  });
}
