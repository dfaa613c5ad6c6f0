import assert from 'node:assert/strict';
import type http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { BrpClient } from './brp-client.js';
import { RegisterError } from './errors.js';
import { KvkClient } from './kvk-client.js';
import type { RegisterEndpoint } from './register-http.js';
import { deadPort, fakeRegister } from './test-helpers.js';
import { DEV_BRP_API_KEY, DEV_KVK_API_KEY } from './settings.js';

const brpAt = (baseUrl: string, extra: Partial<RegisterEndpoint> = {}) =>
  new BrpClient({ baseUrl, apiKey: DEV_BRP_API_KEY, apiKeyHeader: 'X-Api-Key', timeoutMs: 2000, ...extra });

async function rejectsWith(promise: Promise<unknown>, reason: string): Promise<RegisterError> {
  let caught: unknown;
  await promise.catch((e: unknown) => { caught = e; });
  assert.ok(caught instanceof RegisterError, `expected a RegisterError, got ${String(caught)}`);
  assert.equal(caught.reason, reason);
  assert.doesNotMatch(`${caught.message} ${caught.messages.en} ${JSON.stringify(caught.details)} ${String((caught.cause as Error | undefined)?.message)}`, /9999\d{5}/);
  return caught;
}

for (const engine of engines().slice(0, 1)) {
  describe(`BRP and KVK clients against the embedded registers (${engine})`, () => {
    let server: TestServer;
    before(async () => { server = await startTestServer(engine, { demo: false }); });
    after(() => server.close());

    it('reads persons from the BRP with a field selection', async () => {
      const brp = brpAt(`${server.url}/haalcentraal/api/brp`);
      const personen = await brp.raadpleeg(['999993653', '999990019', '999993665'], ['naam.volledigeNaam', 'verblijfplaats.verblijfadres.woonplaats']);
      assert.deepEqual(personen.map((p) => p.naam?.volledigeNaam), ['Suzanne Moulin', 'Peter de Vries']);
      assert.deepEqual(await brp.raadpleeg(['999993665'], ['naam']), [], 'unknown person: no one');
      const [grietje] = await brp.raadpleeg(['999992028'], ['overlijden.datum']);
      assert.equal(grietje?.overlijden?.datum?.type === 'Datum' && grietje.overlijden.datum.datum, '2023-02-10');
    });

    it('checks BSN and fields itself before anything is sent', async () => {
      const fake = await fakeRegister((res) => res.end());
      try {
        const brp = brpAt(fake.url);
        const error = await rejectsWith(brp.raadpleeg(['999993654'], ['naam']), 'invalid-request');
        assert.equal(error.register, 'brp');
        assert.equal(error.details.invalidParams?.[0]?.name, 'burgerservicenummer[0]');
        await rejectsWith(brp.raadpleeg(['999993653'], ['naam', 'bestaatNiet']), 'invalid-request');
        await rejectsWith(brp.raadpleeg(['999993653'], ['geheimhoudingPersoonsgegevens']), 'invalid-request');
        await rejectsWith(brp.raadpleeg([], ['naam']), 'invalid-request');
        assert.equal(fake.requests.length, 0);
      } finally {
        await fake.close();
      }
    });

    it('sends the BSN in the POST body only', async () => {
      const fake = await fakeRegister((res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"type":"RaadpleegMetBurgerservicenummer","personen":[]}'));
      try {
        assert.deepEqual(await brpAt(fake.url).raadpleeg(['999993653'], ['naam']), []);
        assert.equal(fake.requests[0]!.url, '/personen');
        assert.deepEqual(JSON.parse(fake.requests[0]!.body), { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999993653'], fields: ['naam'] });
      } finally {
        await fake.close();
      }
    });

    it('turns refusals, errors, silence and garbage into a RegisterError without a BSN', async () => {
      await rejectsWith(brpAt(`${server.url}/haalcentraal/api/brp`, { apiKey: 'fout' }).raadpleeg(['999993653'], ['naam']), 'unauthorized');
      await rejectsWith(brpAt(`http://127.0.0.1:${await deadPort()}`).raadpleeg(['999993653'], ['naam']), 'unreachable');
      const cases: [string, (res: http.ServerResponse) => void][] = [
        ['unavailable', (res) => res.writeHead(503, { 'content-type': 'application/problem+json' }).end('{"status":503}')],
        ['unavailable', (res) => res.writeHead(500).end('kapot')],
        ['malformed', (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"type":"Raadpleeg 999993653')],
        ['malformed', (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>999993653</html>')],
        ['malformed', (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"personen":"999993653"}')],
        ['rejected', (res) => res.writeHead(404).end()],
        ['timeout', () => { /* never answers */ }],
      ];
      for (const [reason, answer] of cases) {
        const fake = await fakeRegister(answer);
        try {
          const error = await rejectsWith(brpAt(fake.url, { timeoutMs: 300 }).raadpleeg(['999993653'], ['naam']), reason);
          assert.match(error.message, /BRP/);
        } finally {
          await fake.close();
        }
      }
      // A remote 400 that quotes the BSN: passed on, without the number.
      const quoting = await fakeRegister((res) => res.writeHead(400, { 'content-type': 'application/problem+json' })
        .end(JSON.stringify({ status: 400, invalidParams: [{ name: 'burgerservicenummer[0]', code: 'x', reason: 'Onbekend: 999993653' }] })));
      try {
        const error = await rejectsWith(brpAt(quoting.url).raadpleeg(['999993653'], ['naam']), 'invalid-request');
        assert.equal(error.details.invalidParams?.[0]?.reason, 'Onbekend: *********');
      } finally {
        await quoting.close();
      }
    });

    it('reads a KVK basisprofiel; unknown is undefined; errors are RegisterErrors', async () => {
      const kvk = new KvkClient({ baseUrl: `${server.url}/kvk/api`, apiKey: DEV_KVK_API_KEY, apiKeyHeader: 'apikey', timeoutMs: 2000 });
      const profiel = await kvk.basisprofiel('90004760');
      assert.equal(profiel?.naam, 'Bouwbedrijf Heuvelrode B.V.');
      assert.equal(profiel?._embedded?.eigenaar?.rechtsvorm, 'BesloteVennootschap');
      assert.equal(await kvk.basisprofiel('12345678'), undefined);
      await rejectsWith(kvk.basisprofiel('1234'), 'invalid-request');
      const wrongKey = new KvkClient({ baseUrl: `${server.url}/kvk/api`, apiKey: 'fout', apiKeyHeader: 'apikey', timeoutMs: 2000 });
      await rejectsWith(wrongKey.basisprofiel('90004760'), 'unauthorized');
      const dead = new KvkClient({ baseUrl: `http://127.0.0.1:${await deadPort()}/kvk/api`, apiKey: 'x', apiKeyHeader: 'apikey', timeoutMs: 2000 });
      const error = await rejectsWith(dead.basisprofiel('90004760'), 'unreachable');
      assert.match(error.messages.en, /KVK/);
    });
  });
}
