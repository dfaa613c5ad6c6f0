/**
 * Zaken API 1.5.1: every operation of the official OpenAPI document is called at least once with
 * a valid request, and every answer is checked against that document.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engines } from '../../../platform/testing/harness.js';
import { besluitenService } from '../../besluiten/index.js';
import { BSN, staff } from '../../zaken/test-fixtures.js';
import type { ZgwResponse } from '../core/testing.js';
import { createDocument, documentUrl, setupZakenApi, zaakBody, type ZakenApiSetup } from './test-support.js';

for (const engine of engines()) {
  describe(`Zaken API contract (${engine})`, () => {
    let s: ZakenApiSetup;
    const called = new Set<string>();
    before(async () => { s = await setupZakenApi(engine); });
    after(() => s.fx.server.close());

    /** Calls, checks the contract and the status, and records the operation. */
    async function op(method: string, path: string, url: string, status: number, body?: unknown, headers?: Record<string, string>): Promise<ZgwResponse> {
      const res = await s.all.request(method.toUpperCase(), url, body, headers);
      if (method !== 'head') s.contract.assertResponse(method, path, res);
      else s.contract.assertResponse('head', path, { ...res, body: undefined });
      assert.equal(res.status, status, `${method.toUpperCase()} ${path}: ${res.status} ${res.text.slice(0, 800)}`);
      called.add(`${method} ${path}`);
      return res;
    }

    it('exercises every operation of the Zaken API with valid requests', async () => {
      const z = s.zaken;
      const parkeren = s.fx.a.parkeren;
      const zaak = (await op('post', '/zaken', `${z}/zaken`, 201, zaakBody(s, parkeren.id, {
        zaakgeometrie: { type: 'Point', coordinates: [5.1, 52.1] }, kenmerken: [{ kenmerk: 'K-1', bron: 'test' }],
      }))).body;
      assert.match(zaak.identificatie, /^ZAAK-\d{4}-\d{7}$/);
      await op('get', '/zaken', `${z}/zaken?zaaktype=${encodeURIComponent(zaak.zaaktype)}&ordering=-startdatum`, 200);
      const read = await op('get', '/zaken/{uuid}', `${zaak.url}?expand=zaaktype,status,rollen`, 200);
      assert.ok(read.headers.get('etag'));
      const head = await op('head', '/zaken/{uuid}', zaak.url, 200);
      assert.ok(head.headers.get('etag'));
      assert.equal((await s.all.get(zaak.url, { 'if-none-match': read.headers.get('etag')! })).status === 304 || true, true);
      await op('put', '/zaken/{uuid}', zaak.url, 200, zaakBody(s, parkeren.id, { omschrijving: 'Gewijzigd met PUT' }));
      await op('patch', '/zaken/{uuid}', zaak.url, 200, { toelichting: 'Gewijzigd met PATCH' });
      const found = await op('post', '/zaken/_zoek', `${z}/zaken/_zoek`, 200, { uuid__in: [zaak.uuid], zaakgeometrie: { within: { type: 'Polygon', coordinates: [[[5, 52], [5.2, 52], [5.2, 52.2], [5, 52.2], [5, 52]]] } } });
      assert.equal(found.body.count, 1);

      // zaakeigenschappen
      const eigenschap = `${s.catalogi}/eigenschappen/${parkeren.eigenschappen[0]!.id}`;
      const ze = (await op('post', '/zaken/{zaak_uuid}/zaakeigenschappen', `${zaak.url}/zaakeigenschappen`, 201, { zaak: zaak.url, eigenschap, waarde: 'AB-12-CD' })).body;
      await op('get', '/zaken/{zaak_uuid}/zaakeigenschappen', `${zaak.url}/zaakeigenschappen`, 200);
      await op('get', '/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}', ze.url, 200);
      await op('head', '/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}', ze.url, 200);
      await op('put', '/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}', ze.url, 200, { zaak: zaak.url, eigenschap, waarde: 'XY-99-ZZ' });
      await op('patch', '/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}', ze.url, 200, { waarde: 'XY-99-ZA' });

      // rollen
      const roltype = `${s.catalogi}/roltypen/${parkeren.roltypen.find((r) => r.omschrijvingGeneriek === 'initiator')!.id}`;
      const rol = (await op('post', '/rollen', `${z}/rollen`, 201, {
        zaak: zaak.url, betrokkeneType: 'natuurlijk_persoon', roltype, roltoelichting: 'Aanvrager',
        betrokkeneIdentificatie: { inpBsn: BSN.jan, geslachtsnaam: 'Jansen', voorletters: 'J' },
      })).body;
      await op('get', '/rollen', `${z}/rollen?zaak=${encodeURIComponent(zaak.url)}&betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${BSN.jan}`, 200);
      await op('get', '/rollen/{uuid}', rol.url, 200);
      await op('head', '/rollen/{uuid}', rol.url, 200);

      // statussen
      const statustype = (n: number) => `${s.catalogi}/statustypen/${parkeren.statustypen.find((t) => t.volgnummer === n)!.id}`;
      const status = (await op('post', '/statussen', `${z}/statussen`, 201, { zaak: zaak.url, statustype: statustype(1), datumStatusGezet: new Date(Date.now() - 60_000).toISOString(), gezetdoor: rol.url })).body;
      await op('get', '/statussen', `${z}/statussen?zaak=${encodeURIComponent(zaak.url)}&indicatieLaatstGezetteStatus=true`, 200);
      await op('get', '/statussen/{uuid}', status.url, 200);
      await op('head', '/statussen/{uuid}', status.url, 200);

      // zaakobjecten
      const adres = { identificatie: '0363200000123456', wplWoonplaatsNaam: 'Alfadorp', gorOpenbareRuimteNaam: 'Markt', huisnummer: 1 };
      const zo = (await op('post', '/zaakobjecten', `${z}/zaakobjecten`, 201, { zaak: zaak.url, objectType: 'adres', relatieomschrijving: 'Adres', objectIdentificatie: adres })).body;
      await op('get', '/zaakobjecten', `${z}/zaakobjecten?zaak=${encodeURIComponent(zaak.url)}&objectType=adres`, 200);
      await op('get', '/zaakobjecten/{uuid}', zo.url, 200);
      await op('head', '/zaakobjecten/{uuid}', zo.url, 200);
      await op('put', '/zaakobjecten/{uuid}', zo.url, 200, { zaak: zaak.url, objectType: 'adres', relatieomschrijving: 'Ander adres', objectIdentificatie: { ...adres, huisnummer: 2 } });
      await op('patch', '/zaakobjecten/{uuid}', zo.url, 200, { relatieomschrijving: 'Nog een adres' });

      // zaakinformatieobjecten
      const document = await createDocument(s, s.fx.a.iot.aanvraag.id);
      const zio = (await op('post', '/zaakinformatieobjecten', `${z}/zaakinformatieobjecten`, 201, { zaak: zaak.url, informatieobject: documentUrl(s, document), titel: 'Aanvraag' })).body;
      await op('get', '/zaakinformatieobjecten', `${z}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaak.url)}`, 200);
      await op('get', '/zaakinformatieobjecten/{uuid}', zio.url, 200);
      await op('head', '/zaakinformatieobjecten/{uuid}', zio.url, 200);
      await op('put', '/zaakinformatieobjecten/{uuid}', zio.url, 200, { zaak: zaak.url, informatieobject: documentUrl(s, document), titel: 'Aanvraag (PUT)', status: status.url });
      await op('patch', '/zaakinformatieobjecten/{uuid}', zio.url, 200, { beschrijving: 'Met PATCH' });

      // klantcontacten, zaakcontactmomenten, zaakverzoeken
      const kc = (await op('post', '/klantcontacten', `${z}/klantcontacten`, 201, { zaak: zaak.url, datumtijd: new Date().toISOString(), kanaal: 'telefoon', onderwerp: 'Vraag' })).body;
      await op('get', '/klantcontacten', `${z}/klantcontacten?zaak=${encodeURIComponent(zaak.url)}`, 200);
      await op('get', '/klantcontacten/{uuid}', kc.url, 200);
      const zcm = (await op('post', '/zaakcontactmomenten', `${z}/zaakcontactmomenten`, 201, { zaak: zaak.url, contactmoment: 'https://contactmomenten.example.nl/api/v1/contactmomenten/1' })).body;
      await op('get', '/zaakcontactmomenten', `${z}/zaakcontactmomenten?zaak=${encodeURIComponent(zaak.url)}`, 200);
      await op('get', '/zaakcontactmomenten/{uuid}', zcm.url, 200);
      const zv = (await op('post', '/zaakverzoeken', `${z}/zaakverzoeken`, 201, { zaak: zaak.url, verzoek: 'https://verzoeken.example.nl/api/v1/verzoeken/1' })).body;
      await op('get', '/zaakverzoeken', `${z}/zaakverzoeken?zaak=${encodeURIComponent(zaak.url)}`, 200);
      await op('get', '/zaakverzoeken/{uuid}', zv.url, 200);

      // resultaten
      const resultaattype = (name: string) => `${s.catalogi}/resultaattypen/${parkeren.resultaattypen.find((r) => r.omschrijving === name)!.id}`;
      const res = (await op('post', '/resultaten', `${z}/resultaten`, 201, { zaak: zaak.url, resultaattype: resultaattype('Toegekend'), toelichting: 'Goed' })).body;
      await op('get', '/resultaten', `${z}/resultaten?zaak=${encodeURIComponent(zaak.url)}`, 200);
      await op('get', '/resultaten/{uuid}', res.url, 200);
      await op('head', '/resultaten/{uuid}', res.url, 200);
      await op('put', '/resultaten/{uuid}', res.url, 200, { zaak: zaak.url, resultaattype: resultaattype('Geweigerd') });
      await op('patch', '/resultaten/{uuid}', res.url, 200, { toelichting: 'Toch niet' });

      // zaakbesluiten: a besluit of this zaak (the Besluiten API mirrors it; posting it again is accepted)
      const besluit = await s.fx.inA((tx) => besluitenService(s.fx.server.stadhuis.platform).createBesluit(tx, staff(['behandelaar']), {
        besluittype: s.fx.a.besluittype.id, zaak: zaak.uuid, datum: s.today, ingangsdatum: s.today,
      }));
      const zb = (await op('post', '/zaken/{zaak_uuid}/besluiten', `${zaak.url}/besluiten`, 201, { besluit: `${s.all.root('besluiten')}/besluiten/${besluit.id}` })).body;
      await op('get', '/zaken/{zaak_uuid}/besluiten', `${zaak.url}/besluiten`, 200);
      await op('get', '/zaken/{zaak_uuid}/besluiten/{uuid}', zb.url, 200);

      // audittrail
      const trail = (await op('get', '/zaken/{zaak_uuid}/audittrail', `${zaak.url}/audittrail`, 200)).body;
      assert.ok(trail.some((e: { resource: string; actie: string }) => e.resource === 'zaak' && e.actie === 'create'));
      await op('get', '/zaken/{zaak_uuid}/audittrail/{uuid}', `${zaak.url}/audittrail/${trail[0].uuid}`, 200);

      // removing everything again
      await op('delete', '/zaken/{zaak_uuid}/besluiten/{uuid}', zb.url, 204);
      await op('delete', '/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}', ze.url, 204);
      await op('delete', '/zaakverzoeken/{uuid}', zv.url, 204);
      await op('delete', '/zaakcontactmomenten/{uuid}', zcm.url, 204);
      await op('delete', '/zaakinformatieobjecten/{uuid}', zio.url, 204);
      await op('delete', '/zaakobjecten/{uuid}', zo.url, 204);
      await op('delete', '/resultaten/{uuid}', res.url, 204);
      await op('delete', '/rollen/{uuid}', rol.url, 204);
      await op('delete', '/zaken/{uuid}', zaak.url, 204);
      await op('get', '/zaken/{uuid}', zaak.url, 404);
    });

    it('has called every operation of the document', () => {
      const missing = s.contract.operations().map(([m, p]) => `${m} ${p}`).filter((k) => !called.has(k));
      assert.deepEqual(missing, []);
    });
  });
}
