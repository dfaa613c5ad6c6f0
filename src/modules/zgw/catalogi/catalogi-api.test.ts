/**
 * The Catalogi API 1.3.1 through real HTTP: every operation, the gedragsregels (ztc-0xx,
 * concepten, historiemodel, publiceren), bad input, authorisation and notifications. Every answer
 * is checked against the official OpenAPI document (with the errata in contract-errata.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../../platform/db/database.js';
import { engines, startTestServer, type TestServer } from '../../../platform/testing/harness.js';
import { listZaaktypen } from '../../catalogi/service.js';
import { createZaaktype } from '../../catalogi/service.js';
import { beheerder, zaaktypeInput } from '../../catalogi/test-fixtures.js';
import { zgwClient, type ZgwResponse, type ZgwTestClient } from '../core/testing.js';
import { catalogiContract } from './contract-errata.js';

const contract = catalogiContract();
const seen = new Set<string>();

/** Asserts the answer against the document, and remembers the operation as exercised. */
function check(method: string, path: string, res: ZgwResponse, expected?: number): ZgwResponse {
  if (expected !== undefined) assert.equal(res.status, expected, `${method} ${path}: ${res.status} ${res.text.slice(0, 600)}`);
  contract.assertResponse(method, path, res);
  if (res.status < 300) seen.add(`${method} ${path}`);
  return res;
}

const uuidOf = (url: string) => url.split('/').pop()!;

for (const engine of engines()) {
  describe(`Catalogi API (${engine})`, () => {
    let server: TestServer;
    let all: ZgwTestClient;
    let reader: ZgwTestClient;
    let root: string;
    let catalogus: string;
    before(async () => {
      server = await startTestServer(engine);
      all = await zgwClient(server, 'dijkwaard', { heeftAlleAutorisaties: true });
      reader = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'ztc', scopes: ['catalogi.lezen'] }] });
      root = all.root('catalogi');
      const list = check('get', '/catalogussen', await all.get(`${root}/catalogussen`), 200);
      catalogus = list.body.results[0].url;
    });
    after(() => server.close());

    const outbox = async (resourceUrlPart: string) => {
      const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!;
      return server.stadhuis.database.withTenant(tenant.id, (tx) => rowsOf<{ payload: Record<string, any> }>(tx,
        sql`SELECT payload FROM outbox_events WHERE topic = 'zgw.notificatie' AND payload->>'resourceUrl' LIKE ${`%${resourceUrlPart}%`} ORDER BY created_at`));
    };

    const zaaktypeBody = (overrides: Record<string, unknown> = {}) => ({
      identificatie: `API-${Math.random().toString(36).slice(2, 8).toUpperCase()}`, omschrijving: 'Melding via API', vertrouwelijkheidaanduiding: 'openbaar',
      doel: 'Meldingen afhandelen.', aanleiding: 'Een inwoner meldt iets.', indicatieInternOfExtern: 'extern', handelingInitiator: 'melden',
      onderwerp: 'Melding', handelingBehandelaar: 'behandelen', doorlooptijd: 'P2W', opschortingEnAanhoudingMogelijk: false, verlengingMogelijk: false,
      trefwoorden: ['melding', 'api'], publicatieIndicatie: false, productenOfDiensten: ['https://example.nl/product'], referentieproces: { naam: 'Melden' },
      verantwoordelijke: 'Team Buitenruimte', catalogus, besluittypen: [], deelzaaktypen: [], gerelateerdeZaaktypen: [],
      beginGeldigheid: '2026-01-01', versiedatum: '2026-01-01', ...overrides,
    });

    /** A concept zaaktype that can be published: two statustypen, a resultaattype and an initiator. */
    async function publishableZaaktype(overrides: Record<string, unknown> = {}) {
      const body = zaaktypeBody(overrides);
      const z = check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, body), 201).body;
      for (const volgnummer of [1, 2]) check('post', '/statustypen', await all.post(`${root}/statustypen`, { zaaktype: z.url, omschrijving: volgnummer === 1 ? 'Ontvangen' : 'Afgehandeld', volgnummer, statustekst: 'Tekst' }), 201);
      check('post', '/resultaattypen', await all.post(`${root}/resultaattypen`, {
        zaaktype: z.url, omschrijving: 'Afgehandeld', resultaattypeomschrijving: 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/f33dbd16-68ae-4820-acb5-5f437bca5edb',
        selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/5038528b-0eb7-4502-a415-a3093987d69b', archiefnominatie: 'vernietigen', archiefactietermijn: 'P1Y',
        brondatumArchiefprocedure: { afleidingswijze: 'afgehandeld' }, besluittypen: [],
      }), 201);
      check('post', '/roltypen', await all.post(`${root}/roltypen`, { zaaktype: z.url, omschrijving: 'Melder', omschrijvingGeneriek: 'initiator' }), 201);
      return z;
    }

    it('serves the demo zaaktypen of the municipality as the back office shows them', async () => {
      const res = check('get', '/zaaktypen', await reader.get(`${root}/zaaktypen`), 200);
      const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!;
      const published = await server.stadhuis.database.withTenant(tenant.id, (tx) => listZaaktypen(tx, { status: 'published' }));
      assert.equal(res.body.count, published.length);
      const parkeren = published.find((z) => z.identificatie === 'PARKEERVERGUNNING-BEWONERS' && z.actueel)!;
      const one = check('get', '/zaaktypen/{uuid}', await reader.get(`${root}/zaaktypen/${parkeren.id}`), 200).body;
      assert.equal(one.omschrijving, parkeren.omschrijving);
      assert.equal(one.concept, false);
      assert.ok(one.statustypen.length >= 2);
      const statustype = check('get', '/statustypen/{uuid}', await reader.get(one.statustypen[0]), 200).body;
      assert.equal(statustype.zaaktype, one.url);
      assert.ok(one.besluittypen.every((u: string) => u.startsWith(`${root}/besluittypen/`)));
      // Heuvelrode's catalogue is not Dijkwaard's.
      const heuvel = await zgwClient(server, 'heuvelrode', { heeftAlleAutorisaties: true });
      assert.equal((await heuvel.get(`${heuvel.root('catalogi')}/zaaktypen/${parkeren.id}`)).status, 404);
      check('get', '/zaaktypen', await reader.get(`${root}/zaaktypen?identificatie=PARKEERVERGUNNING-BEWONERS&status=alles`), 200);
      const head = await reader.request('HEAD', `${root}/zaaktypen/${parkeren.id}`);
      assert.equal(head.status, 200);
      seen.add('head /zaaktypen/{uuid}');
    });

    it('concepten, publiceren, historiemodel: a concept is hidden by default, published after checks, a new version ends the previous one (ztc-011a, ztc-012)', async () => {
      const besluittype = check('post', '/besluittypen', await all.post(`${root}/besluittypen`, { catalogus, omschrijving: `Besluit ${Date.now()}`, publicatieIndicatie: false, informatieobjecttypen: [], beginGeldigheid: '2026-01-01' }), 201).body;
      const z = await publishableZaaktype({ besluittypen: [besluittype.omschrijving] });
      const defaultList = check('get', '/zaaktypen', await all.get(`${root}/zaaktypen?identificatie=${z.identificatie}`), 200).body;
      assert.equal(defaultList.count, 0, 'concepts are not listed without status');
      assert.equal(check('get', '/zaaktypen', await all.get(`${root}/zaaktypen?identificatie=${z.identificatie}&status=concept`), 200).body.count, 1);
      // ztc-012: a related besluittype that is still a concept blocks publishing.
      const refused = check('post', '/zaaktypen/{uuid}/publish', await all.post(`${z.url}/publish`, {}), 400);
      assert.ok(refused.body.invalidParams.some((p: { code: string }) => p.code === 'concept-relation'));
      check('post', '/besluittypen/{uuid}/publish', await all.post(`${besluittype.url}/publish`, {}), 200);
      const published = check('post', '/zaaktypen/{uuid}/publish', await all.post(`${z.url}/publish`, {}), 200).body;
      assert.equal(published.concept, false);
      assert.equal(published.beginObject, '2026-01-01');
      assert.deepEqual(published.besluittypen, [besluittype.url]);
      // ztc-011a: a new version is a new zaaktype with the same identificatie, starting later.
      const overlap = check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, zaaktypeBody({ identificatie: z.identificatie, beginGeldigheid: '2026-01-01' })), 400);
      assert.equal(overlap.body.invalidParams[0].code, 'overlap');
      const v2 = await publishableZaaktype({ identificatie: z.identificatie, beginGeldigheid: '2026-06-01', versiedatum: '2026-06-01' });
      check('post', '/zaaktypen/{uuid}/publish', await all.post(`${v2.url}/publish`, {}), 200);
      const v1 = check('get', '/zaaktypen/{uuid}', await all.get(z.url), 200).body;
      assert.equal(v1.eindeGeldigheid, '2026-05-31');
      assert.equal(v1.eindeObject, null);
      const onDate = check('get', '/zaaktypen/{uuid}', await all.get(`${z.url}?datumGeldigheid=2026-07-01`), 200).body;
      assert.equal(onDate.url, v2.url);
      const valid = check('get', '/zaaktypen', await all.get(`${root}/zaaktypen?identificatie=${z.identificatie}&datumGeldigheid=2026-03-01`), 200).body;
      assert.deepEqual(valid.results.map((r: { url: string }) => r.url), [z.url]);
      assert.equal(check('get', '/zaaktypen', await all.get(`${root}/zaaktypen?trefwoorden=api,melding&status=alles&identificatie=${z.identificatie}`), 200).body.count, 2);
      const notes = await outbox(uuidOf(z.url));
      assert.deepEqual(notes.map((n) => n.payload.actie), ['create', 'update', 'update', 'update', 'update', 'publish', 'partial_update']);
      assert.equal(notes[0]!.payload.kanaal, 'zaaktypen');
      assert.match(notes[0]!.payload.kenmerken.catalogus, /^zgw:catalogi\/api\/v1\/catalogussen\//);
    });

    it('ztc-009: a published zaaktype, informatieobjecttype or besluittype cannot be changed or deleted, only ended', async () => {
      const z = await publishableZaaktype();
      check('post', '/zaaktypen/{uuid}/publish', await all.post(`${z.url}/publish`, {}), 200);
      const put = check('put', '/zaaktypen/{uuid}', await all.put(z.url, zaaktypeBody({ identificatie: z.identificatie, omschrijving: 'Anders' })), 400);
      assert.equal(put.body.code, 'non-concept-object');
      check('patch', '/zaaktypen/{uuid}', await all.patch(z.url, { omschrijving: 'Anders' }), 400);
      const del = check('delete', '/zaaktypen/{uuid}', await all.delete(z.url), 400);
      assert.equal(del.body.invalidParams[0].code, 'non-concept-object');
      const ended = check('patch', '/zaaktypen/{uuid}', await all.patch(z.url, { eindeGeldigheid: '2027-12-31' }), 200);
      assert.equal(ended.body.eindeGeldigheid, '2027-12-31');
      assert.equal(ended.body.omschrijving, 'Melding via API');

      const iot = check('post', '/informatieobjecttypen', await all.post(`${root}/informatieobjecttypen`, { catalogus, omschrijving: `Document ${Date.now()}`, vertrouwelijkheidaanduiding: 'intern', informatieobjectcategorie: 'Brief', beginGeldigheid: '2026-01-01' }), 201).body;
      check('patch', '/informatieobjecttypen/{uuid}', await all.patch(iot.url, { trefwoord: ['brief'] }), 200);
      check('put', '/informatieobjecttypen/{uuid}', await all.put(iot.url, { catalogus, omschrijving: iot.omschrijving, vertrouwelijkheidaanduiding: 'openbaar', informatieobjectcategorie: 'Brief', beginGeldigheid: '2026-01-01' }), 200);
      check('post', '/informatieobjecttypen/{uuid}/publish', await all.post(`${iot.url}/publish`, {}), 200);
      assert.equal(check('patch', '/informatieobjecttypen/{uuid}', await all.patch(iot.url, { trefwoord: ['x'] }), 400).body.code, 'non-concept-object');
      assert.equal(check('delete', '/informatieobjecttypen/{uuid}', await all.delete(iot.url), 400).body.code, 'non-concept-object');
      check('patch', '/informatieobjecttypen/{uuid}', await all.patch(iot.url, { eindeGeldigheid: '2030-01-01' }), 200);
      const notes = await outbox(uuidOf(iot.url));
      assert.deepEqual(notes.map((n) => [n.payload.kanaal, n.payload.actie]), [['informatieobjecttypen', 'create'], ['informatieobjecttypen', 'partial_update'], ['informatieobjecttypen', 'update'], ['informatieobjecttypen', 'publish'], ['informatieobjecttypen', 'partial_update']]);
    });

    it('ztc-010: children of a published zaaktype cannot be added, changed or removed', async () => {
      const z = await publishableZaaktype();
      check('post', '/zaaktypen/{uuid}/publish', await all.post(`${z.url}/publish`, {}), 200);
      const full = check('get', '/zaaktypen/{uuid}', await all.get(z.url), 200).body;
      const add = check('post', '/statustypen', await all.post(`${root}/statustypen`, { zaaktype: z.url, omschrijving: 'Later', volgnummer: 9 }), 400);
      assert.equal(add.body.code, 'non-concept-zaaktype');
      check('patch', '/statustypen/{uuid}', await all.patch(full.statustypen[0], { omschrijving: 'Anders' }), 400);
      assert.equal(check('delete', '/roltypen/{uuid}', await all.delete(full.roltypen[0]), 400).body.code, 'non-concept-zaaktype');
      assert.equal(check('get', '/statustypen/{uuid}', await all.get(full.statustypen[0]), 200).body.omschrijving, 'Ontvangen');
    });

    it('exercises every child resource of a concept: create, list with filters, read, update, delete', async () => {
      const z = await publishableZaaktype();
      const iotName = `Bijlage ${Date.now()}`;
      const iot = check('post', '/informatieobjecttypen', await all.post(`${root}/informatieobjecttypen`, { catalogus, omschrijving: iotName, vertrouwelijkheidaanduiding: 'openbaar', informatieobjectcategorie: 'Bijlage', beginGeldigheid: '2026-01-01' }), 201).body;
      const full = check('get', '/zaaktypen/{uuid}', await all.get(z.url), 200).body;
      const eigenschap = check('post', '/eigenschappen', await all.post(`${root}/eigenschappen`, { zaaktype: z.url, naam: 'kenteken', definitie: 'Kenteken', specificatie: { formaat: 'tekst', lengte: '8', kardinaliteit: '1' }, statustype: full.statustypen[1] }), 201).body;
      assert.equal(eigenschap.statustype, full.statustypen[1]);
      const ziot = check('post', '/zaaktype-informatieobjecttypen', await all.post(`${root}/zaaktype-informatieobjecttypen`, { zaaktype: z.url, informatieobjecttype: iot.url, volgnummer: 1, richting: 'inkomend' }), 201).body;
      assert.equal(ziot.informatieobjecttype, iotName);
      const zot = check('post', '/zaakobjecttypen', await all.post(`${root}/zaakobjecttypen`, { zaaktype: z.url, anderObjecttype: false, objecttype: 'https://objecttypen.example.nl/api/v2/objecttypes/1', relatieOmschrijving: 'Melding over', catalogus, beginGeldigheid: '2026-01-01' }), 201).body;
      const after = check('get', '/zaaktypen/{uuid}', await all.get(z.url), 200).body;
      assert.deepEqual(after.informatieobjecttypen, [iot.url]);
      assert.deepEqual(after.zaakobjecttypen, [zot.url]);
      assert.equal(check('get', '/informatieobjecttypen/{uuid}', await all.get(iot.url), 200).body.zaaktypen[0], z.url);

      for (const [kind, extra] of [['statustypen', 'zaaktypeIdentificatie'], ['resultaattypen', 'zaaktype_identificatie'], ['roltypen', 'zaaktypeIdentificatie'], ['eigenschappen', 'zaaktypeIdentificatie'], ['zaaktype-informatieobjecttypen', 'richting'], ['zaakobjecttypen', 'zaaktypeIdentificatie']] as const) {
        const value = extra === 'richting' ? 'inkomend' : z.identificatie;
        const list = check('get', `/${kind}`, await all.get(`${root}/${kind}?zaaktype=${encodeURIComponent(z.url)}&${extra}=${value}${kind === 'zaakobjecttypen' ? '' : '&status=concept'}`), 200).body;
        assert.ok(list.count >= 1, kind);
        for (const item of list.results) assert.equal(item.zaaktype, z.url);
        check('get', `/${kind}/{uuid}`, await all.get(list.results[0].url), 200);
        check('get', `/${kind}`, await all.get(`${root}/${kind}`), 200);
      }
      const rol = check('get', '/roltypen', await all.get(`${root}/roltypen?zaaktype=${encodeURIComponent(z.url)}&omschrijvingGeneriek=initiator&status=alles`), 200).body;
      assert.equal(rol.count, 1);
      check('put', '/roltypen/{uuid}', await all.put(rol.results[0].url, { zaaktype: z.url, omschrijving: 'Melder', omschrijvingGeneriek: 'initiator' }), 200);
      check('patch', '/roltypen/{uuid}', await all.patch(rol.results[0].url, { omschrijving: 'Indiener' }), 200);
      const st = check('patch', '/statustypen/{uuid}', await all.patch(after.statustypen[0], { statustekst: 'Ontvangen!', eigenschappen: [eigenschap.url] }), 200).body;
      assert.deepEqual(st.eigenschappen, [eigenschap.url]);
      check('put', '/statustypen/{uuid}', await all.put(after.statustypen[0], { zaaktype: z.url, omschrijving: 'Ontvangen', volgnummer: 1 }), 200);
      check('patch', '/eigenschappen/{uuid}', await all.patch(eigenschap.url, { definitie: 'Het kenteken' }), 200);
      check('put', '/eigenschappen/{uuid}', await all.put(eigenschap.url, { zaaktype: z.url, naam: 'kenteken', definitie: 'Kenteken', specificatie: { formaat: 'tekst', lengte: '8', kardinaliteit: '1' } }), 200);
      check('patch', '/zaaktype-informatieobjecttypen/{uuid}', await all.patch(ziot.url, { richting: 'uitgaand' }), 200);
      check('put', '/zaaktype-informatieobjecttypen/{uuid}', await all.put(ziot.url, { zaaktype: z.url, informatieobjecttype: iotName, volgnummer: 2, richting: 'intern' }), 200);
      check('patch', '/zaakobjecttypen/{uuid}', await all.patch(zot.url, { relatieOmschrijving: 'Gaat over' }), 200);
      check('put', '/zaakobjecttypen/{uuid}', await all.put(zot.url, { zaaktype: z.url, anderObjecttype: true, objecttype: 'https://objecttypen.example.nl/api/v2/objecttypes/2', relatieOmschrijving: 'Gaat over' }), 200);
      const res = after.resultaattypen[0];
      check('patch', '/resultaattypen/{uuid}', await all.patch(res, { toelichting: 'Klaar' }), 200);
      check('put', '/resultaattypen/{uuid}', await all.put(res, {
        zaaktype: z.url, omschrijving: 'Afgehandeld', resultaattypeomschrijving: 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/f33dbd16-68ae-4820-acb5-5f437bca5edb',
        selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/5038528b-0eb7-4502-a415-a3093987d69b', besluittypen: [], brondatumArchiefprocedure: { afleidingswijze: 'termijn', procestermijn: 'P5Y' },
      }), 200);
      check('patch', '/zaaktypen/{uuid}', await all.patch(z.url, { toelichting: 'Via de API' }), 200);
      check('put', '/zaaktypen/{uuid}', await all.put(z.url, zaaktypeBody({ identificatie: z.identificatie, omschrijving: 'Melding (bijgewerkt)' })), 200);
      for (const [kind, url] of [['eigenschappen', eigenschap.url], ['zaaktype-informatieobjecttypen', ziot.url], ['zaakobjecttypen', zot.url], ['statustypen', after.statustypen[1]], ['roltypen', rol.results[0].url], ['resultaattypen', res]] as const) {
        check('delete', `/${kind}/{uuid}`, await all.delete(url), 204);
        assert.equal(check('get', `/${kind}/{uuid}`, await all.get(url), 404).status, 404);
      }
      check('delete', '/zaaktypen/{uuid}', await all.delete(z.url), 204);
      check('delete', '/informatieobjecttypen/{uuid}', await all.delete(iot.url), 204);
      assert.deepEqual((await outbox(uuidOf(z.url))).pop()!.payload.actie, 'destroy');
    });

    it('catalogussen and besluittypen: create, filter, read, update, delete', async () => {
      const cat = check('post', '/catalogussen', await all.post(`${root}/catalogussen`, { domein: 'TST', rsin: '002990003', contactpersoonBeheerNaam: 'Beheer' }), 201).body;
      check('get', '/catalogussen/{uuid}', await all.get(cat.url), 200);
      assert.equal(check('get', '/catalogussen', await all.get(`${root}/catalogussen?domein=TST`), 200).body.count, 1);
      assert.equal(check('get', '/catalogussen', await all.get(`${root}/catalogussen?rsin__in=002990003,123456789&domein__in=TST`), 200).body.count, 1);
      const b = check('post', '/besluittypen', await all.post(`${root}/besluittypen`, { catalogus: cat.url, omschrijving: 'Vergunning', publicatieIndicatie: false, informatieobjecttypen: [], beginGeldigheid: '2026-01-01' }), 201).body;
      check('put', '/besluittypen/{uuid}', await all.put(b.url, { catalogus: cat.url, omschrijving: 'Vergunning', publicatieIndicatie: true, informatieobjecttypen: [], beginGeldigheid: '2026-01-01', reactietermijn: 'P6W' }), 200);
      check('patch', '/besluittypen/{uuid}', await all.patch(b.url, { toelichting: 'Uitleg' }), 200);
      assert.equal(check('get', '/besluittypen', await all.get(`${root}/besluittypen?catalogus=${encodeURIComponent(cat.url)}&status=concept&omschrijving=Vergunning`), 200).body.count, 1);
      check('get', '/besluittypen/{uuid}', await all.get(b.url), 200);
      check('get', '/informatieobjecttypen', await all.get(`${root}/informatieobjecttypen?catalogus=${encodeURIComponent(catalogus)}&datumGeldigheid=2026-02-01`), 200);
      check('get', '/informatieobjecttypen/{uuid}', await all.get((await all.get(`${root}/informatieobjecttypen`)).body.results[0].url), 200);
      check('delete', '/besluittypen/{uuid}', await all.delete(b.url), 204);
      const parkeren = check('get', '/besluittypen', await all.get(`${root}/besluittypen?omschrijving=Parkeervergunning`), 200).body.results[0];
      assert.ok(parkeren.zaaktypen.length >= 1);
      assert.equal(check('get', '/besluittypen', await all.get(`${root}/besluittypen?zaaktypen=${encodeURIComponent(parkeren.zaaktypen[0])}`), 200).body.results.some((r: { url: string }) => r.url === parkeren.url), true);
    });

    it('ztc-004, ztc-005, ztc-006, ztc-007, ztc-008: brondatumArchiefprocedure fits its afleidingswijze (and ztc-003: only known afleidingswijzen)', async () => {
      const z = check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, zaaktypeBody()), 201).body;
      const base = { zaaktype: z.url, omschrijving: 'Toegekend', resultaattypeomschrijving: 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1', selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/5038528b-0eb7-4502-a415-a3093987d69b', besluittypen: [] };
      const cases: [Record<string, unknown>, string, string][] = [
        [{ afleidingswijze: 'eigenschap' }, 'ztc-004', 'brondatumArchiefprocedure.datumkenmerk'],
        [{ afleidingswijze: 'afgehandeld', datumkenmerk: 'x' }, 'ztc-004', 'brondatumArchiefprocedure.datumkenmerk'],
        [{ afleidingswijze: 'termijn', procestermijn: 'P1Y', einddatumBekend: true }, 'ztc-005', 'brondatumArchiefprocedure.einddatumBekend'],
        [{ afleidingswijze: 'zaakobject', datumkenmerk: 'x' }, 'ztc-006', 'brondatumArchiefprocedure.objecttype'],
        [{ afleidingswijze: 'ander_datumkenmerk', datumkenmerk: 'x', objecttype: 'pand' }, 'ztc-007', 'brondatumArchiefprocedure.registratie'],
        [{ afleidingswijze: 'termijn' }, 'ztc-008', 'brondatumArchiefprocedure.procestermijn'],
        [{ afleidingswijze: 'afgehandeld', procestermijn: 'P1Y' }, 'ztc-008', 'brondatumArchiefprocedure.procestermijn'],
        [{ afleidingswijze: 'bestaat_niet' }, 'invalid_choice', 'brondatumArchiefprocedure.afleidingswijze'],
      ];
      for (const [brondatum, code, name] of cases) {
        const res = check('post', '/resultaattypen', await all.post(`${root}/resultaattypen`, { ...base, brondatumArchiefprocedure: brondatum }), 400);
        assert.ok(res.body.invalidParams.some((p: { code: string; name: string }) => p.code === code && p.name === name), `${code}: ${JSON.stringify(res.body.invalidParams)}`);
      }
      check('post', '/resultaattypen', await all.post(`${root}/resultaattypen`, { ...base, brondatumArchiefprocedure: { afleidingswijze: 'ander_datumkenmerk', datumkenmerk: 'x', objecttype: 'pand', registratie: 'BAG' } }), 201);
      assert.equal(check('get', '/zaaktypen/{uuid}', await all.get(z.url), 200).body.resultaattypen.length, 1);
    });

    it('ztc-001, ztc-002: selectielijstProcestype and resultaattypeomschrijving must be URLs', async () => {
      const z = check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, zaaktypeBody({ selectielijstProcestype: 'geen url' })), 400);
      assert.equal(z.body.invalidParams[0].name, 'selectielijstProcestype');
      const ok = check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, zaaktypeBody({ selectielijstProcestype: 'https://selectielijst.openzaak.nl/api/v1/procestypen/aa8aa2fd-b9c6-4e34-9a6b-933bd9ee1b59' })), 201).body;
      const res = check('post', '/resultaattypen', await all.post(`${root}/resultaattypen`, { zaaktype: ok.url, omschrijving: 'X', resultaattypeomschrijving: 'Toegekend', selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/1', besluittypen: [] }), 400);
      assert.equal(res.body.invalidParams[0].name, 'resultaattypeomschrijving');
    });

    it('ztc-011b, ztc-011c: besluittypen and informatieobjecttypen relate by omschrijving, version-independent', async () => {
      const name = `Besluitbrief ${Date.now()}`;
      const v1 = check('post', '/informatieobjecttypen', await all.post(`${root}/informatieobjecttypen`, { catalogus, omschrijving: name, vertrouwelijkheidaanduiding: 'openbaar', informatieobjectcategorie: 'Brief', beginGeldigheid: '2026-01-01' }), 201).body;
      check('post', '/informatieobjecttypen/{uuid}/publish', await all.post(`${v1.url}/publish`, {}), 200);
      const b = check('post', '/besluittypen', await all.post(`${root}/besluittypen`, { catalogus, omschrijving: `B ${name}`, publicatieIndicatie: false, informatieobjecttypen: [v1.url], beginGeldigheid: '2026-01-01' }), 201).body;
      assert.deepEqual(b.vastgelegdIn, [name]);
      assert.deepEqual(b.informatieobjecttypen, [v1.url]);
      // A new version of the informatieobjecttype does not need a new besluittype.
      const v2 = check('post', '/informatieobjecttypen', await all.post(`${root}/informatieobjecttypen`, { catalogus, omschrijving: name, vertrouwelijkheidaanduiding: 'intern', informatieobjectcategorie: 'Brief', beginGeldigheid: '2026-02-01' }), 201).body;
      check('post', '/informatieobjecttypen/{uuid}/publish', await all.post(`${v2.url}/publish`, {}), 200);
      assert.equal(check('get', '/informatieobjecttypen/{uuid}', await all.get(v1.url), 200).body.eindeGeldigheid, '2026-01-31');
      const again = check('get', '/besluittypen/{uuid}', await all.get(b.url), 200).body;
      assert.deepEqual(again.vastgelegdIn, [name]);
      assert.equal(again.informatieobjecttypen.length, 1);
      assert.equal(check('get', '/besluittypen', await all.get(`${root}/besluittypen?informatieobjecttypen=${encodeURIComponent(v2.url)}&status=alles`), 200).body.count, 1);
    });

    it('ztc-013: no relations across catalogi or municipalities', async () => {
      const other = check('post', '/catalogussen', await all.post(`${root}/catalogussen`, { domein: 'ANDR', rsin: '002990003', contactpersoonBeheerNaam: 'Ander' }), 201).body;
      const iot = check('post', '/informatieobjecttypen', await all.post(`${root}/informatieobjecttypen`, { catalogus: other.url, omschrijving: 'Elders', vertrouwelijkheidaanduiding: 'openbaar', informatieobjectcategorie: 'X', beginGeldigheid: '2026-01-01' }), 201).body;
      const z = check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, zaaktypeBody()), 201).body;
      const res = check('post', '/zaaktype-informatieobjecttypen', await all.post(`${root}/zaaktype-informatieobjecttypen`, { zaaktype: z.url, informatieobjecttype: iot.url, volgnummer: 1, richting: 'inkomend' }), 400);
      assert.equal(res.body.invalidParams[0].code, 'relations-incorrect-catalogus');
      const foreign = check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, zaaktypeBody({ catalogus: catalogus.replace('/dijkwaard/', '/heuvelrode/') })), 400);
      assert.equal(foreign.body.invalidParams[0].code, 'bad-url');
    });

    it('ztc-014: a client that may read zaken may read the catalogus', async () => {
      const zakenReader = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'zrc', scopes: ['zaken.lezen'], zaaktype: `${root}/zaaktypen/00000000-0000-4000-8000-000000000000`, typeId: '00000000-0000-4000-8000-000000000000', maxVertrouwelijkheidaanduiding: 'openbaar' }] });
      check('get', '/zaaktypen', await zakenReader.get(`${root}/zaaktypen`), 200);
      check('post', '/zaaktypen', await zakenReader.post(`${root}/zaaktypen`, zaaktypeBody()), 403);
      const documentenReader = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'drc', scopes: ['documenten.lezen'] }] });
      check('get', '/informatieobjecttypen', await documentenReader.get(`${root}/informatieobjecttypen`), 200);
      const besluitenReader = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'brc', scopes: ['besluiten.lezen'] }] });
      check('get', '/zaaktypen', await besluitenReader.get(`${root}/zaaktypen`), 403);
    });

    it('authorisation: no scope gives 403, a read-only client cannot write, nothing is written', async () => {
      const nobody = await zgwClient(server, 'dijkwaard', { autorisaties: [] });
      assert.equal(check('get', '/zaaktypen', await nobody.get(`${root}/zaaktypen`), 403).body.code, 'permission_denied');
      const body = zaaktypeBody();
      check('post', '/zaaktypen', await reader.post(`${root}/zaaktypen`, body), 403);
      check('post', '/catalogussen', await reader.post(`${root}/catalogussen`, { domein: 'NOPE', rsin: '002990003', contactpersoonBeheerNaam: 'X' }), 403);
      const demo = (await reader.get(`${root}/zaaktypen`)).body.results[0].url;
      check('delete', '/zaaktypen/{uuid}', await reader.delete(demo), 403);
      check('post', '/zaaktypen/{uuid}/publish', await reader.post(`${demo}/publish`, {}), 403);
      assert.equal((await all.get(`${root}/zaaktypen?identificatie=${body.identificatie}&status=alles`)).body.count, 0);
      check('get', '/zaaktypen', await all.get(`${root}/zaaktypen`, { authorization: 'Bearer nonsense' }), 401);
    });

    it('bad input: malformed JSON, wrong types, unknown fields, foreign URLs, oversized bodies and parameters are refused, nothing written', async () => {
      const body = zaaktypeBody();
      const malformed = await all.request('POST', `${root}/zaaktypen`, '{"identificatie": ', {});
      check('post', '/zaaktypen', malformed, 400);
      assert.equal(malformed.body.code, 'parse_error');
      const wrong = check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, { ...body, verlengingMogelijk: 'ja', trefwoorden: 'een', vertrouwelijkheidaanduiding: 'heel_geheim' }), 400);
      assert.deepEqual(wrong.body.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`).sort(), ['trefwoorden:not_a_list', 'verlengingMogelijk:invalid', 'vertrouwelijkheidaanduiding:invalid_choice']);
      const unknown = check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, { ...body, kleur: 'rood' }), 400);
      assert.equal(unknown.body.invalidParams[0].code, 'unknown-field');
      check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, { ...body, catalogus: 'https://elders.example.nl/catalogi/api/v1/catalogussen/00000000-0000-4000-8000-000000000000' }), 400);
      check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, { ...body, catalogus: `${root}/catalogussen/00000000-0000-4000-8000-000000000000` }), 400);
      check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, { ...body, omschrijving: 'x'.repeat(81) }), 400);
      check('post', '/zaaktypen', await all.post(`${root}/zaaktypen`, [body]), 400);
      const huge = await all.post(`${root}/zaaktypen`, { ...body, doel: 'x'.repeat(3_000_000) });
      // 413 is not in the document: the platform's body limit answers in the standard's error format.
      assert.equal(huge.status, 413);
      assert.match(huge.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal(huge.body.code, 'request_too_large');
      const statusWrong = check('post', '/statustypen', await all.post(`${root}/statustypen`, { zaaktype: 'geen url', omschrijving: 'X', volgnummer: 'een' }), 400);
      assert.ok(statusWrong.body.invalidParams.length >= 2);
      assert.equal(check('get', '/zaaktypen', await all.get(`${root}/zaaktypen?onbekend=1`), 400).body.code, 'unknown-parameters');
      check('get', '/zaaktypen', await all.get(`${root}/zaaktypen?status=soms`), 400);
      // A page past the end is 404 as in Open Zaak (the document lists no 404 for lists).
      const pastEnd = await all.get(`${root}/zaaktypen?page=999`);
      assert.equal(pastEnd.status, 404);
      assert.equal(pastEnd.body.code, 'not_found');
      check('get', '/zaaktypen/{uuid}', await all.get(`${root}/zaaktypen/geen-uuid`), 404);
      assert.equal((await all.get(`${root}/zaaktypen?identificatie=${body.identificatie}&status=alles`)).body.count, 0);
    });

    it('changes through our own pages notify too (kanaal zaaktypen, kenmerk catalogus)', async () => {
      const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!;
      const z = await server.stadhuis.database.withTenant(tenant.id, (tx) => createZaaktype(tx, beheerder(), zaaktypeInput({ identificatie: 'VIA-BEHEER', besluittypeOmschrijvingen: [] , resultaattypen: [], rules: null })));
      const notes = await outbox(z.id);
      assert.equal(notes.length, 1);
      assert.equal(notes[0]!.payload.kanaal, 'zaaktypen');
      assert.equal(notes[0]!.payload.actie, 'create');
      assert.equal(notes[0]!.payload.kenmerken.catalogus, `zgw:catalogi/api/v1/catalogussen/${uuidOf(catalogus)}`);
      // And the API shows what the back office made.
      const res = check('get', '/zaaktypen/{uuid}', await all.get(`${root}/zaaktypen/${z.id}`), 200).body;
      assert.equal(res.identificatie, 'VIA-BEHEER');
      assert.equal(res.statustypen.length, 3);
    });

    it('every operation of the document was exercised with a valid request', () => {
      const missing = contract.operations().filter(([m, p]) => !seen.has(`${m} ${p}`)).map(([m, p]) => `${m} ${p}`);
      // HEAD answers like GET (Fastify); one HEAD is checked above.
      assert.deepEqual(missing.filter((x) => !x.startsWith('head ')), []);
    });
  });
}
