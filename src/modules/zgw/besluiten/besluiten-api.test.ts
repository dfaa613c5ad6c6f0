/**
 * The Besluiten API 1.1.0 as a client sees it: every operation against the official contract,
 * the rules brc-001 … brc-009, authorisation per besluittype, bad input and notifications.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/access.js';
import type { Tx } from '../../../platform/db/database.js';
import { engines, startTestServer, type TestServer } from '../../../platform/testing/harness.js';
import { besluitenService } from '../../besluiten/index.js';
import { createBesluittype, getZaaktype, listBesluittypen, listInformatieobjecttypen, listZaaktypen, type Besluittype } from '../../catalogi/index.js';
import { documentenService } from '../../documenten/index.js';
import { zakenService } from '../../zaken/index.js';
import { outboxEvents, ownerQuery } from '../../zaken/test-fixtures.js';
import { zgwClient, type ZgwResponse, type ZgwTestClient } from '../core/testing.js';
import { besluitenContract } from './contract-besluiten.js';

const SYSTEM: Actor = { kind: 'system', process: 'test' };
const contract = besluitenContract();

for (const engine of engines()) {
  describe(`Besluiten API 1.1.0 (${engine})`, () => {
    let server: TestServer;
    let tenantId: string;
    let all: ZgwTestClient;
    let root: string;
    let parkeer: Besluittype;
    let evenement: Besluittype;
    let zaakId: string;
    let zaakUrl: string;
    let beschikkingDoc: string;
    let otherDoc: string;
    const seen = new Set<string>();

    const inA = <T>(fn: (tx: Tx) => Promise<T>) => server.stadhuis.platform.database.withTenant(tenantId, fn);
    /** Checks the answer against the contract and notes the operation as exercised. */
    const check = (method: string, path: string, res: ZgwResponse, status?: number): ZgwResponse => {
      if (status !== undefined) assert.equal(res.status, status, `${method} ${path}: ${res.text.slice(0, 600)}`);
      contract.assertResponse(method, path, res);
      if (res.status < 300) seen.add(`${method} ${path}`);
      return res;
    };
    const btUrl = (id: string) => `${server.url}/dijkwaard/catalogi/api/v1/besluittypen/${id}`;
    const docUrl = (id: string) => `${server.url}/dijkwaard/documenten/api/v1/enkelvoudiginformatieobjecten/${id}`;
    const body = (extra: Record<string, unknown> = {}) => ({ verantwoordelijkeOrganisatie: '002990003', besluittype: btUrl(parkeer.id), datum: '2026-03-01', ingangsdatum: '2026-03-02', ...extra });
    const countBesluiten = async () => (await ownerQuery<{ n: number }>(server, `select count(*)::int as n from besluiten where tenant_id = '${tenantId}'`))[0]!.n;

    before(async () => {
      server = await startTestServer(engine);
      tenantId = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!.id;
      all = await zgwClient(server, 'dijkwaard', { heeftAlleAutorisaties: true });
      // notify() only publishes when someone listens: an abonnement on kanaal besluiten (its callback is never reached).
      const sealed = server.stadhuis.platform.sealer.seal('Bearer test', 'notificaties_abonnementen.auth');
      await server.stadhuis.platform.database.withTenant(tenantId, (tx) => tx.execute(sql`INSERT INTO notificaties_abonnementen (callback_url, auth_sealed, kanalen) VALUES ('http://127.0.0.1:9/callback', ${sealed}, ${JSON.stringify([{ naam: 'besluiten', filters: {} }])}::jsonb)`));
      root = all.root('besluiten');
      const setup = await inA(async (tx) => {
        const types = await listBesluittypen(tx, { status: 'published' });
        const iots = await listInformatieobjecttypen(tx, { status: 'published' });
        const zaaktypen = await listZaaktypen(tx, { status: 'published' });
        let zaaktype: string | undefined;
        for (const z of zaaktypen) if ((await getZaaktype(tx, z.id))?.besluittypeOmschrijvingen.includes('Parkeervergunning')) zaaktype ??= z.id;
        const zaak = await zakenService(server.stadhuis.platform).createZaak(tx, SYSTEM, { zaaktype: zaaktype!, omschrijving: 'Met besluit via de API' });
        const documenten = documentenService(server.stadhuis.platform);
        const beschikking = iots.find((t) => t.omschrijving === 'Beschikking')!;
        const other = iots.find((t) => t.omschrijving !== 'Beschikking')!;
        const d1 = await documenten.createDocument(tx, SYSTEM, { titel: 'Beschikking parkeren', auteur: 'Gemeente', informatieobjecttype: beschikking.id, content: Buffer.from('pdf') });
        const d2 = await documenten.createDocument(tx, SYSTEM, { titel: 'Iets anders', auteur: 'Gemeente', informatieobjecttype: other.id, content: Buffer.from('txt') });
        return { types, zaak: zaak.id, d1: d1.id, d2: d2.id };
      });
      parkeer = setup.types.find((t) => t.omschrijving === 'Parkeervergunning')!;
      evenement = setup.types.find((t) => t.omschrijving === 'Evenementenvergunning')!;
      assert.ok(parkeer.informatieobjecttypen.includes('Beschikking'));
      zaakId = setup.zaak;
      zaakUrl = `${server.url}/dijkwaard/zaken/api/v1/zaken/${zaakId}`;
      beschikkingDoc = setup.d1;
      otherDoc = setup.d2;
    });
    after(() => server?.close());

    it('exercises every operation of the contract with valid requests', async () => {
      const request = body({ zaak: zaakUrl, identificatie: `API-${randomUUID().slice(0, 8)}`, toelichting: 'Vergunning verleend', verzenddatum: '2026-03-03' });
      contract.assertRequest('post', '/besluiten', request);
      const created = check('post', '/besluiten', await all.post(`${root}/besluiten`, request), 201);
      assert.match(created.body.url, new RegExp(`^${root}/besluiten/[0-9a-f-]{36}$`));
      assert.equal(created.body.zaak, zaakUrl);
      assert.equal(created.body.besluittype, btUrl(parkeer.id));
      assert.equal(created.body.uiterlijkeReactiedatum, '2026-04-14', 'verzenddatum + reactietermijn P6W');
      assert.equal(created.headers.get('api-version'), '1.1.0');
      const url: string = created.body.url;
      const id = url.split('/').pop()!;

      const read = check('get', '/besluiten/{uuid}', await all.get(url), 200);
      assert.deepEqual(read.body, created.body);
      const list = check('get', '/besluiten', await all.get(`${root}/besluiten?zaak=${encodeURIComponent(zaakUrl)}`), 200);
      assert.deepEqual(list.body.results.map((b: { url: string }) => b.url), [url]);
      assert.equal(list.body.count, 1);

      const put = check('put', '/besluiten/{uuid}', await all.put(url, { ...request, toelichting: 'Herzien', vervaldatum: '2027-03-02', vervalreden: 'tijdelijk' }), 200);
      assert.equal(put.body.vervalredenWeergave, 'Besluit met tijdelijke werking');
      const patched = check('patch', '/besluiten/{uuid}', await all.patch(url, { bestuursorgaan: 'College van B&W' }, { 'x-audit-toelichting': 'Orgaan aangevuld' }), 200);
      assert.equal(patched.body.bestuursorgaan, 'College van B&W');
      assert.equal(patched.body.toelichting, 'Herzien');

      const bioRequest = { informatieobject: docUrl(beschikkingDoc), besluit: url };
      contract.assertRequest('post', '/besluitinformatieobjecten', bioRequest);
      const bio = check('post', '/besluitinformatieobjecten', await all.post(`${root}/besluitinformatieobjecten`, bioRequest), 201);
      assert.deepEqual({ informatieobject: bio.body.informatieobject, besluit: bio.body.besluit }, bioRequest);
      check('get', '/besluitinformatieobjecten/{uuid}', await all.get(bio.body.url), 200);
      const bios = check('get', '/besluitinformatieobjecten', await all.get(`${root}/besluitinformatieobjecten?besluit=${encodeURIComponent(url)}`), 200);
      assert.deepEqual(bios.body, [bio.body]);

      const trail = check('get', '/besluiten/{besluit_uuid}/audittrail', await all.get(`${url}/audittrail`), 200);
      assert.deepEqual(trail.body.map((e: { actie: string; resource: string }) => `${e.actie} ${e.resource}`), ['create besluit', 'update besluit', 'partial_update besluit', 'create besluitinformatieobject']);
      assert.equal(trail.body[0].hoofdObject, url);
      assert.equal(trail.body[0].wijzigingen.nieuw.besluittype, btUrl(parkeer.id));
      assert.equal(trail.body[2].toelichting, 'Orgaan aangevuld');
      assert.equal(trail.body[3].resourceUrl, bio.body.url);
      const entry = check('get', '/besluiten/{besluit_uuid}/audittrail/{uuid}', await all.get(`${url}/audittrail/${trail.body[1].uuid}`), 200);
      assert.equal(entry.body.wijzigingen.nieuw.toelichting, 'Herzien');
      assert.equal(entry.body.wijzigingen.oud.toelichting, 'Vergunning verleend');
      check('get', '/besluiten/{besluit_uuid}/audittrail/{uuid}', await all.get(`${url}/audittrail/${randomUUID()}`), 404);

      check('delete', '/besluitinformatieobjecten/{uuid}', await all.delete(bio.body.url), 204);
      check('get', '/besluitinformatieobjecten/{uuid}', await all.get(bio.body.url), 404);
      check('delete', '/besluiten/{uuid}', await all.delete(url), 204);
      check('get', '/besluiten/{uuid}', await all.get(url), 404);
      check('delete', '/besluiten/{uuid}', await all.delete(`${root}/besluiten/${id}`), 404);

      for (const [method, path] of contract.operations()) assert.ok(seen.has(`${method} ${path}`), `operation ${method.toUpperCase()} ${path} was not exercised`);
    });

    it('brc-001: the besluittype must exist and be published, and cannot change', async () => {
      const before = await countBesluiten();
      const missing = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ besluittype: btUrl(randomUUID()) })), 400);
      assert.deepEqual(missing.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['besluittype', 'bad-url']]);
      const elsewhere = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ besluittype: `${server.url}/heuvelrode/catalogi/api/v1/besluittypen/${parkeer.id}` })), 400);
      assert.equal(elsewhere.body.invalidParams[0].code, 'bad-url');
      const wrongResource = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ besluittype: `${server.url}/dijkwaard/catalogi/api/v1/zaaktypen/${parkeer.id}` })), 400);
      assert.equal(wrongResource.body.invalidParams[0].code, 'invalid-resource');
      const concept = await inA((tx) => createBesluittype(tx, SYSTEM, { omschrijving: `Concept ${randomUUID().slice(0, 6)}`, publicatieIndicatie: false, beginGeldigheid: '2024-01-01' }));
      const unpublished = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ besluittype: btUrl(concept.id) })), 400);
      assert.equal(unpublished.body.invalidParams[0].code, 'not-published');
      assert.equal(await countBesluiten(), before, 'nothing written');

      const created = check('post', '/besluiten', await all.post(`${root}/besluiten`, body()), 201);
      for (const [method, payload] of [['patch', { besluittype: btUrl(evenement.id) }], ['put', body({ besluittype: btUrl(evenement.id) })]] as const) {
        const res = check(method, '/besluiten/{uuid}', await all.request(method.toUpperCase(), created.body.url, payload), 400);
        assert.deepEqual(res.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['besluittype', 'wijzigen-niet-toegelaten']]);
      }
      assert.equal((await all.get(created.body.url)).body.besluittype, btUrl(parkeer.id));
    });

    it('brc-002: identificatie is generated or unique within the verantwoordelijkeOrganisatie, and cannot change', async () => {
      const generated = check('post', '/besluiten', await all.post(`${root}/besluiten`, body()), 201);
      assert.match(generated.body.identificatie, /^BESLUIT-\d{4}-\d{7}$/);
      const identificatie = `UNIEK-${randomUUID().slice(0, 8)}`;
      check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ identificatie })), 201);
      const before = await countBesluiten();
      const twice = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ identificatie })), 400);
      assert.deepEqual(twice.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['identificatie', 'identificatie-niet-uniek']]);
      assert.equal(await countBesluiten(), before);
      // The same identificatie of another organisation is fine.
      check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ identificatie, verantwoordelijkeOrganisatie: '517439943' })), 201);
      const filtered = check('get', '/besluiten', await all.get(`${root}/besluiten?identificatie=${identificatie}&verantwoordelijkeOrganisatie=517439943`), 200);
      assert.equal(filtered.body.count, 1);
      for (const change of [{ identificatie: 'ANDERS' }, { verantwoordelijkeOrganisatie: '517439943' }]) {
        const res = check('patch', '/besluiten/{uuid}', await all.patch(generated.body.url, change), 400);
        assert.equal(res.body.invalidParams[0].code, 'wijzigen-niet-toegelaten');
        assert.equal(res.body.invalidParams[0].name, Object.keys(change)[0]);
      }
    });

    it('brc-003, brc-004, brc-005, brc-008: a besluitinformatieobject needs an existing document of the besluittype, legt vast, and is mirrored in documenten', async () => {
      const besluit = check('post', '/besluiten', await all.post(`${root}/besluiten`, body()), 201).body;
      const besluitId = besluit.url.split('/').pop();
      const gone = check('post', '/besluitinformatieobjecten', await all.post(`${root}/besluitinformatieobjecten`, { informatieobject: docUrl(randomUUID()), besluit: besluit.url }), 400);
      assert.deepEqual(gone.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['informatieobject', 'bad-url']]);
      const wrongType = check('post', '/besluitinformatieobjecten', await all.post(`${root}/besluitinformatieobjecten`, { informatieobject: docUrl(otherDoc), besluit: besluit.url }), 400);
      assert.deepEqual(wrongType.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['nonFieldErrors', 'missing-besluittype-informatieobjecttype-relation']]);
      const noBesluit = check('post', '/besluitinformatieobjecten', await all.post(`${root}/besluitinformatieobjecten`, { informatieobject: docUrl(beschikkingDoc), besluit: `${root}/besluiten/${randomUUID()}` }), 400);
      assert.equal(noBesluit.body.invalidParams[0].name, 'besluit');
      const documenten = documentenService(server.stadhuis.platform);
      assert.deepEqual(await inA((tx) => documenten.listDocumentsOf(tx, SYSTEM, { objectType: 'besluit', object: besluitId })), [], 'nothing written');

      const bio = check('post', '/besluitinformatieobjecten', await all.post(`${root}/besluitinformatieobjecten`, { informatieobject: docUrl(beschikkingDoc), besluit: besluit.url }), 201);
      const again = check('post', '/besluitinformatieobjecten', await all.post(`${root}/besluitinformatieobjecten`, { informatieobject: docUrl(beschikkingDoc), besluit: besluit.url }), 400);
      assert.deepEqual(again.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['nonFieldErrors', 'unique']]);
      // brc-004: the relation is "legt vast"; brc-005: mirrored as an objectinformatieobject of objectType besluit.
      const [stored] = await inA((tx) => besluitenService(server.stadhuis.platform).listBesluitinformatieobjecten(tx, SYSTEM, besluitId));
      assert.equal(stored!.aardRelatieWeergave, 'Legt vast, omgekeerd: kan vastgelegd zijn als');
      const [aard] = await ownerQuery<{ aard_relatie: string }>(server, `select aard_relatie from besluitinformatieobjecten where id = '${bio.body.url.split('/').pop()}'`);
      assert.equal(aard!.aard_relatie, 'legt_vast');
      assert.deepEqual((await inA((tx) => documenten.listDocumentsOf(tx, SYSTEM, { objectType: 'besluit', object: besluitId }))).map((d) => d.id), [beschikkingDoc]);
      const byDocument = check('get', '/besluitinformatieobjecten', await all.get(`${root}/besluitinformatieobjecten?informatieobject=${encodeURIComponent(docUrl(beschikkingDoc))}`), 200);
      assert.ok(byDocument.body.some((b: { url: string }) => b.url === bio.body.url));
      check('delete', '/besluitinformatieobjecten/{uuid}', await all.delete(bio.body.url), 204);
      assert.deepEqual(await inA((tx) => documenten.listDocumentsOf(tx, SYSTEM, { objectType: 'besluit', object: besluitId })), [], 'the mirror goes with it');
    });

    it('brc-006 and brc-007: a besluit of a zaak is mirrored in zaken, its besluittype belongs to the zaaktype, and the zaak cannot change', async () => {
      const before = await countBesluiten();
      const mismatch = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ besluittype: btUrl(evenement.id), zaak: zaakUrl })), 400);
      assert.deepEqual(mismatch.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['nonFieldErrors', 'zaaktype-mismatch']]);
      const noZaak = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ zaak: `${server.url}/dijkwaard/zaken/api/v1/zaken/${randomUUID()}` })), 400);
      assert.equal(noZaak.body.invalidParams[0].name, 'zaak');
      assert.equal(await countBesluiten(), before);

      const created = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ zaak: zaakUrl })), 201);
      const id = created.body.url.split('/').pop();
      const zaakbesluiten = await inA((tx) => zakenService(server.stadhuis.platform).listZaakbesluiten(tx, SYSTEM, zaakId));
      assert.ok(zaakbesluiten.some((z) => z.besluit === id && z.ingangsdatum === '2026-03-02'));
      const change = check('patch', '/besluiten/{uuid}', await all.patch(created.body.url, { zaak: '' }), 400);
      assert.deepEqual(change.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['zaak', 'wijzigen-niet-toegelaten']]);
      // A besluit without zaak shows "" (as Open Zaak).
      assert.equal(check('post', '/besluiten', await all.post(`${root}/besluiten`, body()), 201).body.zaak, '');
    });

    it('brc-009: deleting a besluit removes its besluitinformatieobjecten, their mirrors, the zaakbesluit and the audit trail', async () => {
      const besluit = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ zaak: zaakUrl })), 201).body;
      const id = besluit.url.split('/').pop();
      check('post', '/besluitinformatieobjecten', await all.post(`${root}/besluitinformatieobjecten`, { informatieobject: docUrl(beschikkingDoc), besluit: besluit.url }), 201);
      check('delete', '/besluiten/{uuid}', await all.delete(besluit.url), 204);
      const [left] = await ownerQuery<{ besluit: number; bio: number; audit: number; oio: number }>(server, `select
        (select count(*)::int from besluiten where id = '${id}') as besluit,
        (select count(*)::int from besluitinformatieobjecten where besluit_id = '${id}') as bio,
        (select count(*)::int from besluit_audittrail where hoofd_object = '${id}') as audit,
        (select count(*)::int from objectinformatieobjecten where object = '${id}') as oio`);
      assert.deepEqual(left, { besluit: 0, bio: 0, audit: 0, oio: 0 });
      assert.ok(!(await inA((tx) => zakenService(server.stadhuis.platform).listZaakbesluiten(tx, SYSTEM, zaakId))).some((z) => z.besluit === id));
      assert.deepEqual(check('get', '/besluiten/{besluit_uuid}/audittrail', await all.get(`${besluit.url}/audittrail`), 200).body, []);
    });

    it('publishes a notification on kanaal besluiten for every change of a besluit and besluitinformatieobject', async () => {
      const besluit = check('post', '/besluiten', await all.post(`${root}/besluiten`, body()), 201).body;
      const id = besluit.url.split('/').pop();
      check('patch', '/besluiten/{uuid}', await all.patch(besluit.url, { toelichting: 'anders' }), 200);
      check('put', '/besluiten/{uuid}', await all.put(besluit.url, body({ toelichting: 'weer anders' })), 200);
      const bio = check('post', '/besluitinformatieobjecten', await all.post(`${root}/besluitinformatieobjecten`, { informatieobject: docUrl(beschikkingDoc), besluit: besluit.url }), 201).body;
      const bioId = bio.url.split('/').pop();
      check('delete', '/besluitinformatieobjecten/{uuid}', await all.delete(bio.url), 204);
      check('delete', '/besluiten/{uuid}', await all.delete(besluit.url), 204);
      const sent = (await outboxEvents(server, tenantId)).filter((e) => e.topic === 'zgw.notificatie' && String(e.payload.hoofdObject).endsWith(id));
      assert.deepEqual(sent.map((e) => `${e.payload.actie} ${e.payload.resource}`), ['create besluit', 'partial_update besluit', 'update besluit', 'create besluitinformatieobject', 'destroy besluitinformatieobject', 'destroy besluit']);
      for (const e of sent) {
        assert.equal(e.payload.kanaal, 'besluiten');
        assert.deepEqual(e.payload.kenmerken, { verantwoordelijkeOrganisatie: '002990003', besluittype: `zgw:catalogi/api/v1/besluittypen/${parkeer.id}` });
      }
      assert.equal(sent[3]!.payload.resourceUrl, `zgw:besluiten/api/v1/besluitinformatieobjecten/${bioId}`);
    });

    it('refuses bad input with the standard codes and writes nothing', async () => {
      const before = await countBesluiten();
      const empty = check('post', '/besluiten', await all.post(`${root}/besluiten`, {}), 400);
      assert.match(empty.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.deepEqual(empty.body.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`).sort(),
        ['besluittype:required', 'datum:required', 'ingangsdatum:required', 'verantwoordelijkeOrganisatie:required']);
      const wrong = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ datum: '1 maart', vervalreden: 'zomaar', bestuursorgaan: 'x'.repeat(51), kleur: 'rood', verantwoordelijkeOrganisatie: '123456789' })), 400);
      assert.deepEqual(Object.fromEntries(wrong.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code])),
        { datum: 'invalid', vervalreden: 'invalid_choice', bestuursorgaan: 'max_length', kleur: 'unknown-field' });
      const rsin = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ verantwoordelijkeOrganisatie: '123456789' })), 400);
      assert.equal(rsin.body.invalidParams[0].name, 'verantwoordelijkeOrganisatie');
      const order = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ vervaldatum: '2020-01-01' })), 400);
      assert.equal(order.body.invalidParams[0].name, 'vervaldatum');
      const malformed = check('post', '/besluiten', await all.post(`${root}/besluiten`, '{"datum": '), 400);
      assert.equal(malformed.body.code, 'parse_error');
      const unknownParam = check('get', '/besluiten', await all.get(`${root}/besluiten?kleur=rood`), 400);
      assert.equal(unknownParam.body.code, 'unknown-parameters');
      const badFilter = check('get', '/besluiten', await all.get(`${root}/besluiten?besluittype=geen-url`), 400);
      assert.equal(badFilter.body.invalidParams[0].name, 'besluittype');
      // A page past the end: 404 as Open Zaak (the document lists no 404 here; the foundation's paginate decides).
      assert.equal((await all.get(`${root}/besluiten?page=999`)).status, 404);
      const bioEmpty = check('post', '/besluitinformatieobjecten', await all.post(`${root}/besluitinformatieobjecten`, {}), 400);
      assert.deepEqual(bioEmpty.body.invalidParams.map((p: { code: string }) => p.code), ['required', 'required']);
      check('get', '/besluitinformatieobjecten', await all.get(`${root}/besluitinformatieobjecten?besluit=rommel`), 400);
      check('get', '/besluiten/{uuid}', await all.get(`${root}/besluiten/niet-een-uuid`), 404);
      assert.equal(await countBesluiten(), before);
    });

    it('authorises per besluittype: all rights, one besluittype, read only, none — lists included', async () => {
      const mine = check('post', '/besluiten', await all.post(`${root}/besluiten`, body()), 201).body;
      const theirs = check('post', '/besluiten', await all.post(`${root}/besluiten`, body({ besluittype: btUrl(evenement.id) })), 201).body;
      const scopes = ['besluiten.lezen', 'besluiten.aanmaken', 'besluiten.bijwerken', 'besluiten.verwijderen'];
      const oneType = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'brc', scopes, besluittype: btUrl(parkeer.id), typeId: parkeer.id }] });
      const reader = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'brc', scopes: ['besluiten.lezen'], besluittype: btUrl(parkeer.id), typeId: parkeer.id }] });
      const none = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'ztc', scopes: ['catalogi.lezen'] }] });

      // All rights: both types in the list.
      const everything = check('get', '/besluiten', await all.get(`${root}/besluiten`), 200).body;
      assert.ok(everything.results.some((b: { url: string }) => b.url === theirs.url));
      // One besluittype: the list holds only that type (filtered in SQL: the count agrees).
      for (const client of [oneType, reader]) {
        const list = check('get', '/besluiten', await client.get(`${root}/besluiten`), 200).body;
        assert.ok(list.results.length > 0 && list.results.every((b: { besluittype: string }) => b.besluittype === btUrl(parkeer.id)));
        assert.equal(list.count, list.results.length);
        assert.ok(list.results.some((b: { url: string }) => b.url === mine.url));
        check('get', '/besluiten/{uuid}', await client.get(mine.url), 200);
        assert.equal(check('get', '/besluiten/{uuid}', await client.get(theirs.url), 403).body.code, 'permission_denied');
        assert.equal(check('get', '/besluiten', await client.get(`${root}/besluiten?besluittype=${encodeURIComponent(btUrl(evenement.id))}`), 200).body.count, 0);
      }
      check('post', '/besluiten', await oneType.post(`${root}/besluiten`, body()), 201);
      const otherType = check('post', '/besluiten', await oneType.post(`${root}/besluiten`, body({ besluittype: btUrl(evenement.id) })), 403);
      assert.equal(otherType.body.code, 'permission_denied');
      check('patch', '/besluiten/{uuid}', await oneType.patch(mine.url, { toelichting: 'mag' }), 200);
      check('patch', '/besluiten/{uuid}', await oneType.patch(theirs.url, { toelichting: 'mag niet' }), 403);
      check('delete', '/besluiten/{uuid}', await oneType.delete(theirs.url), 403);
      check('post', '/besluitinformatieobjecten', await oneType.post(`${root}/besluitinformatieobjecten`, { informatieobject: docUrl(beschikkingDoc), besluit: theirs.url }), 403);
      check('get', '/besluiten/{besluit_uuid}/audittrail', await oneType.get(`${mine.url}/audittrail`), 200);
      check('get', '/besluiten/{besluit_uuid}/audittrail', await oneType.get(`${theirs.url}/audittrail`), 403);

      // Read only: no writing at all.
      check('post', '/besluiten', await reader.post(`${root}/besluiten`, body()), 403);
      check('patch', '/besluiten/{uuid}', await reader.patch(mine.url, { toelichting: 'x' }), 403);
      check('put', '/besluiten/{uuid}', await reader.put(mine.url, body()), 403);
      check('delete', '/besluiten/{uuid}', await reader.delete(mine.url), 403);
      check('post', '/besluitinformatieobjecten', await reader.post(`${root}/besluitinformatieobjecten`, { informatieobject: docUrl(beschikkingDoc), besluit: mine.url }), 403);

      // No brc autorisatie: nothing.
      for (const res of [await none.get(`${root}/besluiten`), await none.get(mine.url), await none.get(`${root}/besluitinformatieobjecten`), await none.get(`${mine.url}/audittrail`)]) {
        assert.equal(res.status, 403);
        assert.equal(res.body.code, 'permission_denied');
      }
      check('get', '/besluiten', await none.get(`${root}/besluiten`), 403);
      const anonymous = await fetch(`${root}/besluiten`);
      assert.equal(anonymous.status, 401);
      // The lists of besluitinformatieobjecten follow the same autorisaties.
      const bio = check('post', '/besluitinformatieobjecten', await all.post(`${root}/besluitinformatieobjecten`, { informatieobject: docUrl(beschikkingDoc), besluit: theirs.url }), 201).body;
      const readerBios = check('get', '/besluitinformatieobjecten', await reader.get(`${root}/besluitinformatieobjecten`), 200).body;
      assert.ok(!readerBios.some((b: { url: string }) => b.url === bio.url));
      check('get', '/besluitinformatieobjecten/{uuid}', await reader.get(bio.url), 403);
      check('delete', '/besluitinformatieobjecten/{uuid}', await oneType.delete(bio.url), 403);
    });
  });
}
