import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { testCompany } from '../persons/test-companies.js';
import { testPersonsOn } from '../persons/test-persons.js';
import { BAG_PROVIDER_PREFIX } from './bag-provider.js';
import { datasetAddresses } from './dataset.js';
import { addressLines, formatHouseNumber, normalizePostcode, parseHouseNumber } from './format.js';
import { AddressesService } from './service.js';
import { DEV_BAG_API_KEY } from './settings.js';

describe('the embedded address dataset', () => {
  const all = datasetAddresses();

  it('has every address of the persons in the embedded BRP, with the same postcode and BAG identifications', () => {
    for (const persoon of testPersonsOn(new Date('2026-03-01T12:00:00Z')).values()) {
      const v = persoon.verblijfplaats;
      assert.equal(v?.type, 'Adres');
      const a = v.type === 'Adres' ? v.verblijfadres! : undefined;
      const found = all.find((x) => x.postcode === a!.postcode && x.huisnummer === a!.huisnummer
        && (x.huisletter ?? '') === (a!.huisletter ?? '') && (x.huisnummertoevoeging ?? '') === (a!.huisnummertoevoeging ?? ''));
      assert.ok(found, `${a!.officieleStraatnaam} ${a!.huisnummer} is in the dataset`);
      assert.equal(found.straat, a!.officieleStraatnaam);
      assert.equal(found.woonplaats, a!.woonplaats);
      assert.equal(found.id, v.type === 'Adres' ? v.nummeraanduidingIdentificatie : '', `${found.straat} ${found.huisnummer} has the BRP's nummeraanduiding`);
      assert.equal(found.objectId, v.type === 'Adres' ? v.adresseerbaarObjectIdentificatie : '');
    }
  });

  it('has the visiting address of every company in the embedded KVK', () => {
    for (const kvk of ['69599084', '68750110', '90004760']) {
      const adres = testCompany(kvk, 'http://x')?._embedded?.hoofdvestiging?.adressen?.find((a) => a.type === 'bezoekadres');
      assert.ok(adres?.postcode, kvk);
      assert.ok(all.some((x) => x.postcode === adres.postcode && x.huisnummer === adres.huisnummer && x.straat === adres.straatnaam), `${adres.straatnaam} ${adres.huisnummer}`);
    }
  });

  it('has realistic, unique addresses: valid postcodes, one street per postcode, unique identifications, wijk, buurt and a point', () => {
    const ids = new Set<string>();
    const streetOf = new Map<string, string>();
    for (const a of all) {
      assert.ok(normalizePostcode(a.postcode), a.postcode);
      assert.match(a.id, /^\d{16}$/);
      assert.ok(!ids.has(a.id), `duplicate id ${a.id}`);
      ids.add(a.id);
      const street = `${a.straat}|${a.woonplaats}`;
      assert.equal(streetOf.get(a.postcode) ?? street, street, `postcode ${a.postcode} belongs to one street`);
      streetOf.set(a.postcode, street);
      assert.match(a.wijk.code, /^WK\d{6}$/);
      assert.match(a.buurt.code, /^BU\d{8}$/);
      assert.ok(a.coordinates.lat > 50 && a.coordinates.lat < 54 && a.coordinates.lon > 3 && a.coordinates.lon < 8);
    }
    assert.ok(all.length > 500, `a realistic number of addresses (${all.length})`);
    assert.ok(all.some((a) => a.gemeente.naam === 'Heuvelrode') && all.some((a) => a.gemeente.naam === 'Dijkwaard'));
    assert.ok(all.some((a) => a.zones.includes('centrum')) && all.some((a) => a.zones.includes('stationsgebied')) && all.some((a) => a.zones.length === 0));
  });
});

describe('postcodes and house numbers as people type them', () => {
  const postcodes: [string, string | undefined][] = [
    ['4201AB', '4201AB'], ['4201 ab', '4201AB'], [' 4201  AB ', '4201AB'], ['0201AB', undefined], ['4201A', undefined],
    ['42011AB', undefined], ['4201SA', undefined], ['4201SS', undefined], ['4201SD', undefined], ['4201-AB', undefined], ['', undefined],
  ];
  for (const [input, expected] of postcodes) it(`postcode "${input}" → ${expected ?? 'invalid'}`, () => assert.equal(normalizePostcode(input), expected));

  const numbers: [string, string, { huisnummer: number; toevoeging: string } | undefined][] = [
    ['14', '', { huisnummer: 14, toevoeging: '' }], ['3A', '', { huisnummer: 3, toevoeging: 'A' }], ['27-2', '', { huisnummer: 27, toevoeging: '2' }],
    ['5 bis', '', { huisnummer: 5, toevoeging: 'bis' }], ['27', '2', { huisnummer: 27, toevoeging: '2' }], ['0', '', undefined], ['abc', '', undefined], ['123456', '', undefined],
  ];
  for (const [n, t, expected] of numbers) it(`house number "${n}" + "${t}"`, () => assert.deepEqual(parseHouseNumber(n, t), expected));

  it('writes house numbers and addresses as an envelope does', () => {
    assert.equal(formatHouseNumber({ huisnummer: 27, huisnummertoevoeging: '2' }), '27-2');
    assert.equal(formatHouseNumber({ huisnummer: 5, huisnummertoevoeging: 'bis' }), '5 bis');
    assert.equal(formatHouseNumber({ huisnummer: 3, huisletter: 'A' }), '3A');
    assert.deepEqual(addressLines({ straat: 'Dijkstraat', huisnummer: 14, postcode: '4201AB', woonplaats: 'Dijkwaard' }), ['Dijkstraat 14', '4201 AB Dijkwaard']);
  });
});

// The embedded BAG does not touch the database: one engine is enough.
for (const engine of engines().slice(0, 1)) {
  describe(`addresses through the BAG API contract (${engine})`, () => {
    let server: TestServer;
    let service: AddressesService;
    before(async () => {
      server = await startTestServer(engine, { demo: true });
      service = new AddressesService(server.stadhuis.platform);
    });
    after(() => server.close());

    const bag = (path: string, key: string | null = DEV_BAG_API_KEY) => server.fetch(`${BAG_PROVIDER_PREFIX}${path}`, { headers: key ? { 'x-api-key': key } : {} });

    it('answers GET /adressen?postcode&huisnummer as HAL, with every address on that number', async () => {
      const res = await bag('/adressen?postcode=4201EF&huisnummer=27');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^application\/hal\+json/);
      const body = await res.json() as { _embedded: { adressen: { openbareRuimteNaam: string; huisnummertoevoeging?: string; adresregel6: string; nummeraanduidingIdentificatie: string }[] } };
      assert.deepEqual(body._embedded.adressen.map((a) => a.huisnummertoevoeging), ['1', '2', '3']);
      assert.equal(body._embedded.adressen[0]!.openbareRuimteNaam, 'Havenkade');
      assert.equal(body._embedded.adressen[1]!.adresregel6, '4201 EF  DIJKWAARD');
      const one = await bag(`/adressen/${body._embedded.adressen[1]!.nummeraanduidingIdentificatie}`);
      assert.equal(one.status, 200);
      assert.equal((await one.json() as { huisnummertoevoeging: string }).huisnummertoevoeging, '2');
    });

    it('refuses a missing or wrong API key and wrong parameters the way the real API does', async () => {
      assert.equal((await bag('/adressen?postcode=4201AB&huisnummer=14', null)).status, 401);
      assert.equal((await bag('/adressen?postcode=4201AB&huisnummer=14', 'verkeerd')).status, 403);
      const bad = await bag('/adressen?postcode=4201ab&huisnummer=nul&foo=1');
      assert.equal(bad.status, 400);
      assert.match(bad.headers.get('content-type')!, /^application\/problem\+json/);
      const problem = await bad.json() as { invalidParams: { name: string }[] };
      assert.deepEqual(problem.invalidParams.map((p) => p.name).sort(), ['foo', 'huisnummer', 'postcode']);
      assert.equal((await bag('/adressen/9901209999999999')).status, 404);
    });

    it('looks up an address as a resident types it, with the municipality’s areas and zones', async () => {
      const found = await service.lookupAddress('4201 ab', '14');
      assert.equal(found.status, 'found');
      if (found.status !== 'found') return;
      assert.equal(found.address.straat, 'Dijkstraat');
      assert.equal(found.address.woonplaats, 'Dijkwaard');
      assert.equal(found.address.gemeente?.naam, 'Dijkwaard');
      assert.equal(found.address.buurt?.naam, 'Binnenstad');
      assert.deepEqual(found.address.zones, ['centrum']);
      assert.ok(found.address.coordinates);
      const withLetter = await service.lookupAddress('4202CD', '3a');
      assert.equal(withLetter.status === 'found' && withLetter.address.huisletter, 'A');
      const inOneBox = await service.lookupAddress('4201EF', '27-2');
      assert.equal(inOneBox.status === 'found' && inOneBox.address.huisnummertoevoeging, '2');
      const bis = await service.lookupAddress('3941MN', '5', 'bis');
      assert.equal(bis.status === 'found' && bis.address.huisnummertoevoeging, 'bis');
      const plain = await service.lookupAddress('3941MN', '5');
      assert.equal(plain.status === 'found' && plain.address.huisnummertoevoeging, undefined, 'without an addition: the number without one');
    });

    it('asks for the addition when a number has several addresses, and says when nothing is found', async () => {
      const ambiguous = await service.lookupAddress('4201EF', '27');
      assert.equal(ambiguous.status, 'ambiguous');
      assert.equal(ambiguous.status === 'ambiguous' && ambiguous.candidates.length, 3);
      assert.equal((await service.lookupAddress('4201EF', '27', '9')).status, 'ambiguous');
      assert.equal((await service.lookupAddress('4201EF', '999')).status, 'not-found');
      assert.deepEqual(await service.lookupAddress('12', 'x'), { status: 'invalid', problems: ['postcode', 'huisnummer'] });
    });

    it('searches addresses by free text through /adressen/zoek', async () => {
      const found = await service.searchAddresses({ text: 'havenkade 27', limit: 5 });
      assert.deepEqual(found.map((a) => formatHouseNumber(a)), ['27-1', '27-2', '27-3']);
      const byPostcode = await service.searchAddresses({ text: '3941 MN 5' });
      assert.ok(byPostcode.some((a) => a.straat === 'Julianastraat' && a.huisnummer === 5));
      assert.deepEqual(await service.searchAddresses({ text: 'x' }), []);
    });

    it('serves a JSON lookup in the municipality for the forms’ script, in the visitor’s language', async () => {
      const res = await server.fetch('/dijkwaard/adressen/opzoeken?postcode=4201AB&huisnummer=14');
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: 'found', message: 'Gevonden adres:', lines: ['Dijkstraat 14', '4201 AB Dijkwaard'], id: '9901200000000014' });
      const en = await server.fetch('/dijkwaard/adressen/opzoeken?postcode=4201EF&huisnummer=27', { headers: { cookie: 'stadhuis_lang=en' } });
      const body = await en.json() as { status: string; message: string };
      assert.equal(body.status, 'ambiguous');
      assert.match(body.message, /27-1, 27-2, 27-3/);
      assert.match(body.message, /Also enter the addition/);
    });
  });
}
