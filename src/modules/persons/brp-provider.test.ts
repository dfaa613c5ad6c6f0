import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import type { BrpProblem, Persoon } from './brp-types.js';
import { DEV_BRP_API_KEY } from './settings.js';

const PATH = '/haalcentraal/api/brp/personen';
const RAADPLEEG = 'RaadpleegMetBurgerservicenummer';

/** A raw POST, for headers fetch would add by itself (e.g. no Content-Type at all). */
function rawPost(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${PATH}`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// The embedded provider does not touch the database: one engine is enough.
for (const engine of engines().slice(0, 1)) {
  describe(`embedded BRP Personen API: the Haal Centraal contract (${engine})`, () => {
    let server: TestServer;
    before(async () => { server = await startTestServer(engine, { demo: false }); });
    after(() => server.close());

    const post = (body: unknown, headers: Record<string, string> = {}) => server.fetch(PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-api-key': DEV_BRP_API_KEY, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const raadpleeg = async (bsns: string[], fields: string[]) => {
      const res = await post({ type: RAADPLEEG, burgerservicenummer: bsns, fields });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^application\/json; charset=utf-8/);
      const body = await res.json() as { type: string; personen: Persoon[] };
      assert.equal(body.type, RAADPLEEG);
      return body.personen;
    };
    const problem = async (res: Response, status: number) => {
      assert.equal(res.status, status);
      assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
      const body = await res.json() as BrpProblem;
      assert.equal(body.status, status);
      assert.equal(body.instance, PATH);
      return body;
    };

    it('returns only the requested fields, dates and table values whole, a polymorphic verblijfplaats with its type', async () => {
      const [suzanne] = await raadpleeg(['999993653'], ['naam.voornamen', 'geslacht.code', 'geboorte.datum.jaar', 'verblijfplaats.verblijfadres.postcode']);
      assert.deepEqual(suzanne, {
        naam: { voornamen: 'Suzanne' },
        geslacht: { code: 'V', omschrijving: 'vrouw' },
        geboorte: { datum: { type: 'Datum', datum: '1986-03-12', langFormaat: '12 maart 1986' } },
        verblijfplaats: { type: 'Adres', verblijfadres: { postcode: '4201AB' } },
      });
    });

    it('gives a whole group for its name, and applies a path in a collection to every item', async () => {
      const [suzanne] = await raadpleeg(['999993653'], ['naam', 'kinderen.naam.voornamen', 'partners.burgerservicenummer']);
      assert.deepEqual(Object.keys(suzanne!).sort(), ['kinderen', 'naam', 'partners']);
      assert.equal(suzanne!.naam?.volledigeNaam, 'Suzanne Moulin');
      assert.equal(suzanne!.naam?.aanduidingNaamgebruik?.code, 'E');
      assert.deepEqual(suzanne!.kinderen, [{ naam: { voornamen: 'Lotte' } }, { naam: { voornamen: 'Daan' } }]);
      assert.deepEqual(suzanne!.partners, [{ burgerservicenummer: '999990408' }]);
      // naam.voornamen is not partners.naam.voornamen.
      const [only] = await raadpleeg(['999993653'], ['naam.voornamen']);
      assert.deepEqual(only, { naam: { voornamen: 'Suzanne' } });
    });

    it('leaves out fields without a value, keeps the person, and serves several BSNs at once', async () => {
      const personen = await raadpleeg(['999993653', '999993252', '999993653'], ['naam.voorvoegsel', 'verblijfstitel']);
      assert.equal(personen.length, 2, 'a BSN asked twice is one person');
      assert.deepEqual(personen[0], {});
      assert.equal(personen[1]!.verblijfstitel?.aanduiding?.code, '26');
    });

    it('answers an empty list for an unknown BSN', async () => {
      assert.deepEqual(await raadpleeg(['999993665'], ['naam']), []);
    });

    it('delivers geheimhouding and a closed registration (death) unasked', async () => {
      const [eva, grietje] = await raadpleeg(['999992855', '999992028'], ['burgerservicenummer']);
      assert.deepEqual(eva, { burgerservicenummer: '999992855', geheimhoudingPersoonsgegevens: true });
      assert.equal(grietje!.opschortingBijhouding?.reden?.code, 'O');
      const [peter] = await raadpleeg(['999990019'], ['burgerservicenummer']);
      assert.deepEqual(peter, { burgerservicenummer: '999990019' }, 'no flag when there is no geheimhouding');
    });

    it('limits to a municipality with gemeenteVanInschrijving', async () => {
      const res = await post({ type: RAADPLEEG, burgerservicenummer: ['999993653', '999990019'], fields: ['burgerservicenummer'], gemeenteVanInschrijving: '9902' });
      assert.deepEqual((await res.json() as { personen: Persoon[] }).personen, [{ burgerservicenummer: '999990019' }]);
    });

    it('serves the verblijfplaatsBinnenland alias', async () => {
      const [sanne] = await raadpleeg(['999995078'], ['verblijfplaatsBinnenland.verblijfadres.woonplaats']);
      assert.deepEqual(sanne, { verblijfplaats: { type: 'Adres', verblijfadres: { woonplaats: 'Dijkwaard' } } });
    });

    it('refuses unknown and automatically delivered fields with the spec\'s invalidParams', async () => {
      const body = await problem(await post({ type: RAADPLEEG, burgerservicenummer: ['999993653'], fields: ['naam', 'anummer', 'geheimhoudingPersoonsgegevens', 'naam.inOnderzoek', 'burger service nummer', 'geslacht.code.x'] }), 400);
      assert.equal(body.code, 'paramsValidation');
      assert.equal(body.title, 'Een of meerdere parameters zijn niet correct.');
      assert.equal(body.detail, 'De foutieve parameter(s) zijn: fields[1], fields[2], fields[3], fields[4], fields[5].');
      assert.deepEqual(body.invalidParams, [
        { name: 'fields[1]', code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' },
        { name: 'fields[2]', code: 'fields', reason: 'Parameter bevat een niet toegestane veldnaam.' },
        { name: 'fields[3]', code: 'fields', reason: 'Parameter bevat een niet toegestane veldnaam.' },
        { name: 'fields[4]', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[a-zA-Z0-9\\._]{1,200}$.' },
        { name: 'fields[5]', code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' },
      ]);
      const empty = await problem(await post({ type: RAADPLEEG, burgerservicenummer: ['999993653'], fields: [] }), 400);
      assert.deepEqual(empty.invalidParams, [{ name: 'fields', code: 'minItems', reason: 'Array bevat minder dan 1 items.' }]);
      const string = await problem(await post({ type: RAADPLEEG, burgerservicenummer: ['999993653'], fields: 'naam,geboorte' }), 400);
      assert.deepEqual(string.invalidParams, [{ name: 'fields', code: 'array', reason: 'Parameter is geen array.' }]);
      const many = await problem(await post({ type: RAADPLEEG, burgerservicenummer: ['999993653'], fields: Array(131).fill('naam') }), 400);
      assert.equal(many.invalidParams![0]!.code, 'maxItems');
    });

    it('refuses a BSN that fails the 11-check or is not nine digits, naming burgerservicenummer', async () => {
      const body = await problem(await post({ type: RAADPLEEG, burgerservicenummer: ['999993654', '12345', '999993653'], fields: ['naam'] }), 400);
      assert.deepEqual(body.invalidParams?.map((p) => [p.name, p.code]), [['burgerservicenummer[0]', 'elfproef'], ['burgerservicenummer[1]', 'pattern']]);
      const tooMany = await problem(await post({ type: RAADPLEEG, burgerservicenummer: Array(21).fill('999993653'), fields: ['naam'] }), 400);
      assert.deepEqual(tooMany.invalidParams, [{ name: 'burgerservicenummer', code: 'maxItems', reason: 'Array bevat meer dan 20 items.' }]);
      const notArray = await problem(await post({ type: RAADPLEEG, burgerservicenummer: '999993653', fields: ['naam'] }), 400);
      assert.deepEqual(notArray.invalidParams?.map((p) => [p.name, p.code]), [['burgerservicenummer', 'array']]);
    });

    it('requires type, burgerservicenummer and fields, and refuses unknown types and parameters', async () => {
      const noType = await problem(await post({ burgerservicenummer: ['999993653'], fields: ['naam'] }), 400);
      assert.deepEqual(noType.invalidParams, [{ name: 'type', code: 'required', reason: 'Parameter is verplicht.' }]);
      const wrongType = await problem(await post({ type: 'raadpleegmetburgerservicenummer', burgerservicenummer: ['999993653'], fields: ['naam'] }), 400);
      assert.deepEqual(wrongType.invalidParams, [{ name: 'type', code: 'value', reason: 'Waarde is geen geldig zoek type.' }]);
      const missing = await problem(await post({ type: RAADPLEEG }), 400);
      assert.equal(missing.code, 'paramsCombination');
      assert.deepEqual(missing.invalidParams?.map((p) => p.name), ['burgerservicenummer', 'fields']);
      const extra = await problem(await post({ type: RAADPLEEG, burgerservicenummer: ['999993653'], fields: ['naam'], inclusiefOverledenPersonen: true }), 400);
      assert.deepEqual(extra.invalidParams?.map((p) => [p.name, p.code]), [['inclusiefOverledenPersonen', 'unknownParam']]);
      const broken = await problem(await post('{"type": '), 400);
      assert.equal(broken.code, 'paramsValidation');
    });

    it('takes application/json (utf-8) or no Content-Type, and refuses other media types with 415', async () => {
      const body = JSON.stringify({ type: RAADPLEEG, burgerservicenummer: ['999990019'], fields: ['burgerservicenummer'] });
      const none = await rawPost(server.url, body, { 'x-api-key': DEV_BRP_API_KEY });
      assert.equal(none.status, 200, none.body);
      for (const type of ['application/xml', 'text/plain', 'application/json; charset=cp1252', '*/*']) {
        const refused = await problem(await post(body, { 'content-type': type }), 415);
        assert.equal(refused.code, 'unsupportedMediaType', type);
      }
      assert.equal((await post(body, { 'content-type': 'application/json;charset=UTF-8' })).status, 200);
      assert.equal((await problem(await post(body, { accept: 'application/xml' }), 406)).code, 'notAcceptable');
      assert.equal((await post(body, { accept: 'application/json, text/plain, */*' })).status, 200);
    });

    it('requires the API key: 401 without one, 403 with a wrong one, before looking at the request', async () => {
      const body = { type: RAADPLEEG, burgerservicenummer: ['999993653'], fields: ['naam'] };
      const without = await problem(await server.fetch(PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }), 401);
      assert.equal(without.code, 'authentication');
      const wrong = await problem(await post(body, { 'x-api-key': 'niet-de-sleutel' }), 403);
      assert.equal(wrong.code, 'unauthorized');
      assert.equal((await problem(await post('rommel', { 'x-api-key': '' }), 401)).code, 'authentication');
    });

    it('is POST only, so a BSN never travels in a URL', async () => {
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const res = await server.fetch(`${PATH}?burgerservicenummer=999993653`, { method });
        assert.equal((await problem(res, 405)).code, 'methodNotAllowed', method);
      }
    });

    it('never writes a BSN or a body to the log', async () => {
      await raadpleeg(['999993653'], ['naam']);
      assert.doesNotMatch(JSON.stringify(server.logs), /999993653|999993654|999992855/);
    });
  });
}

describe('embedded BRP in production', () => {
  it('is not served unless explicitly enabled', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      BRP_API_URL: 'https://brp.example.nl/haalcentraal/api/brp', BRP_API_KEY: 'k', KVK_API_URL: 'https://api.kvk.example.nl/api', KVK_API_KEY: 'k',
      BAG_API_URL: 'https://bag.example.nl/lvbag/individuelebevragingen/v2', BAG_API_KEY: 'k',
    });
    let server: TestServer | undefined;
    try {
      server = await startTestServer('pglite', {
        demo: false,
        env: {
          NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), PROCESSING_LOG_KEY: 'y'.repeat(40), DATA_ENCRYPTION_KEY: 'd'.repeat(40),
          OIDC_ISSUER: 'https://broker.example.nl', OIDC_CLIENT_SECRET: 'geheim',
        },
      });
      const res = await server.fetch(PATH, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': DEV_BRP_API_KEY }, body: '{}' });
      assert.equal(res.status, 404);
      assert.equal((await server.fetch('/kvk/api/v1/basisprofielen/69599084', { headers: { apikey: 'stadhuis-dev-kvk' } })).status, 404);
      assert.equal((await server.fetch('/bag/api/lvbag/individuelebevragingen/v2/adressen?postcode=4201AA&huisnummer=1')).status, 404);
    } finally {
      await server?.close();
      process.env = saved;
    }
  });
});
