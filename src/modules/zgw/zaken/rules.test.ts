/**
 * Zaken API 1.5.1: the gedragsregels (zrc-001 …), the CRS headers and the life cycle of a zaak,
 * each answer checked against the official OpenAPI document.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engines } from '../../../platform/testing/harness.js';
import { createInformatieobjecttype, publishInformatieobjecttype, createZaaktype } from '../../catalogi/index.js';
import { documentenService } from '../../documenten/index.js';
import { zakenService } from '../../zaken/index.js';
import { BSN, internInput, outboxEvents, PRODUCT, resident, staff } from '../../zaken/test-fixtures.js';
import { zgwClient, zgwToken } from '../core/testing.js';
import { createDocument, createZaak, documentUrl, expect, RSIN, setupZakenApi, zaakBody, type ZakenApiSetup } from './test-support.js';


for (const engine of engines()) {
  describe(`Zaken API gedragsregels (${engine})`, () => {
    let s: ZakenApiSetup;
    before(async () => { s = await setupZakenApi(engine); });
    after(() => s.fx.server.close());

    const statustype = (n: number, zt = s.fx.a.parkeren) => `${s.catalogi}/statustypen/${zt.statustypen.find((t) => t.volgnummer === n)!.id}`;
    const eindstatus = (zt = s.fx.a.parkeren) => `${s.catalogi}/statustypen/${zt.statustypen.find((t) => t.isEindstatus)!.id}`;
    const resultaattype = (name: string, zt = s.fx.a.parkeren) => `${s.catalogi}/resultaattypen/${zt.resultaattypen.find((r) => r.omschrijving === name)!.id}`;
    const roltype = (generiek: string, zt = s.fx.a.parkeren) => `${s.catalogi}/roltypen/${zt.roltypen.find((r) => r.omschrijvingGeneriek === generiek)!.id}`;
    const past = (seconds = 60) => new Date(Date.now() - seconds * 1000).toISOString();
    const setStatus = (client: typeof s.all, zaak: string, type: string, seconds = 30) => client.post(`${s.zaken}/statussen`, { zaak, statustype: type, datumStatusGezet: past(seconds) });

    /** A zaak of PARKEERVERGUNNING closed with resultaat Toegekend. */
    async function closedZaak(): Promise<Record<string, any>> {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id);
      expect(s, 'post', '/zaken/{zaak_uuid}/zaakeigenschappen', await s.all.post(`${zaak.url}/zaakeigenschappen`, { zaak: zaak.url, eigenschap: `${s.catalogi}/eigenschappen/${s.fx.a.parkeren.eigenschappen[0]!.id}`, waarde: 'AB-12-CD' }), 201);
      expect(s, 'post', '/resultaten', await s.all.post(`${s.zaken}/resultaten`, { zaak: zaak.url, resultaattype: resultaattype('Toegekend') }), 201);
      expect(s, 'post', '/statussen', await setStatus(s.all, zaak.url, statustype(1), 120), 201);
      expect(s, 'post', '/statussen', await setStatus(s.all, zaak.url, eindstatus(), 60), 201);
      return (await s.all.get(zaak.url)).body;
    }

    it('zrc-001 a zaak needs an existing, published zaaktype of this municipality', async () => {
      const unknown = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, '6f1c2b52-5a0e-4d3c-9d1f-0d3e8f6a7b21')), 400);
      assert.equal(unknown.body.invalidParams[0].name, 'zaaktype');
      assert.equal(unknown.body.invalidParams[0].code, 'bad-url');
      const concept = await s.fx.inA((tx) => createZaaktype(tx, staff(['functioneel-beheerder']), { ...internInput(), identificatie: 'CONCEPT' }));
      const refused = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, concept.id)), 400);
      assert.equal(refused.body.invalidParams[0].code, 'not-published');
      const elsewhere = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, { ...zaakBody(s, s.fx.a.parkeren.id), zaaktype: `${s.other.root('catalogi')}/zaaktypen/${s.fx.b.parkeren.id}` }), 400);
      assert.equal(elsewhere.body.invalidParams[0].code, 'bad-url');
      const wrongKind = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, { ...zaakBody(s, s.fx.a.parkeren.id), zaaktype: `${s.catalogi}/besluittypen/${s.fx.a.besluittype.id}` }), 400);
      assert.equal(wrongKind.body.invalidParams[0].code, 'invalid-resource');
    });

    it('zrc-002 identificatie is generated unique per bronorganisatie, and a given one must be unique', async () => {
      const a = await createZaak(s, s.all, s.fx.a.parkeren.id);
      const b = await createZaak(s, s.all, s.fx.a.parkeren.id);
      assert.notEqual(a.identificatie, b.identificatie);
      await createZaak(s, s.all, s.fx.a.parkeren.id, { identificatie: 'EIGEN-1' });
      const twice = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id, { identificatie: 'EIGEN-1' })), 400);
      assert.equal(twice.body.invalidParams[0].code, 'identificatie-niet-uniek');
      // A client that takes the next generated number itself does not make the generator collide.
      const next = `ZAAK-${s.today.slice(0, 4)}-${String(Number(b.identificatie.slice(-7)) + 1).padStart(7, '0')}`;
      await createZaak(s, s.all, s.fx.a.parkeren.id, { identificatie: next });
      const c = await createZaak(s, s.all, s.fx.a.parkeren.id);
      assert.notEqual(c.identificatie, next);
    });

    it('zrc-003 a zaakinformatieobject must point to an existing document of this municipality', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id);
      const missing = expect(s, 'post', '/zaakinformatieobjecten', await s.all.post(`${s.zaken}/zaakinformatieobjecten`, { zaak: zaak.url, informatieobject: documentUrl(s, '6f1c2b52-5a0e-4d3c-9d1f-0d3e8f6a7b21') }), 400);
      assert.equal(missing.body.invalidParams[0].code, 'bad-url');
      const other = expect(s, 'post', '/zaakinformatieobjecten', await s.all.post(`${s.zaken}/zaakinformatieobjecten`, { zaak: zaak.url, informatieobject: `${s.other.root('documenten')}/enkelvoudiginformatieobjecten/6f1c2b52-5a0e-4d3c-9d1f-0d3e8f6a7b21` }), 400);
      assert.equal(other.body.invalidParams[0].code, 'bad-url');
      assert.equal((await s.all.get(`${s.zaken}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaak.url)}`)).body.length, 0);
    });

    it('zrc-004 zrc-005 zrc-017 the relation with a document: set by the system, mirrored in documenten, of a type of the zaaktype, not changeable', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id);
      const doc = await createDocument(s, s.fx.a.iot.aanvraag.id);
      const zio = expect(s, 'post', '/zaakinformatieobjecten', await s.all.post(`${s.zaken}/zaakinformatieobjecten`, { zaak: zaak.url, informatieobject: documentUrl(s, doc) }), 201).body;
      assert.equal(zio.aardRelatieWeergave, 'Hoort bij, omgekeerd: kent');
      assert.ok(Math.abs(Date.parse(zio.registratiedatum) - Date.now()) < 60_000);
      const mirrored = await s.fx.inA((tx) => documentenService(s.fx.server.stadhuis.platform).listObjectinformatieobjecten(tx, staff(['behandelaar']), { informatieobject: doc }));
      assert.deepEqual(mirrored.map((o) => o.object), [zaak.uuid]);
      const otherDoc = await createDocument(s, s.fx.a.iot.brief.id);
      const moved = expect(s, 'patch', '/zaakinformatieobjecten/{uuid}', await s.all.patch(zio.url, { informatieobject: documentUrl(s, otherDoc) }), 400);
      assert.equal(moved.body.invalidParams[0].code, 'wijzigen-niet-toegelaten');
      // zrc-017: a document of a type the zaaktype does not know.
      const vreemd = await s.fx.inA(async (tx) => {
        const t = await createInformatieobjecttype(tx, staff(['functioneel-beheerder']), { omschrijving: 'Vreemd type', vertrouwelijkheidaanduiding: 'openbaar', informatieobjectcategorie: 'Document', beginGeldigheid: '2024-01-01' } as never);
        return publishInformatieobjecttype(tx, staff(['functioneel-beheerder']), t.id);
      });
      const strange = await createDocument(s, vreemd.id);
      const refused = expect(s, 'post', '/zaakinformatieobjecten', await s.all.post(`${s.zaken}/zaakinformatieobjecten`, { zaak: zaak.url, informatieobject: documentUrl(s, strange) }), 400);
      assert.equal(refused.body.invalidParams[0].code, 'missing-zaaktype-informatieobjecttype-relation');
      expect(s, 'delete', '/zaakinformatieobjecten/{uuid}', await s.all.delete(zio.url), 204);
      const gone = await s.fx.inA((tx) => documentenService(s.fx.server.stadhuis.platform).listObjectinformatieobjecten(tx, staff(['behandelaar']), { informatieobject: doc }));
      assert.equal(gone.length, 0);
    });

    it('zrc-006 lists and objects only of the zaaktypen and vertrouwelijkheid the client is authorised for', async () => {
      const parkeren = await createZaak(s, s.all, s.fx.a.parkeren.id, { vertrouwelijkheidaanduiding: 'openbaar' });
      const geheim = await createZaak(s, s.all, s.fx.a.parkeren.id, { vertrouwelijkheidaanduiding: 'geheim' });
      const intern = await createZaak(s, s.all, s.fx.a.intern.id);
      const auth = (max: string) => ({ component: 'zrc' as const, scopes: ['zaken.lezen'], zaaktype: s.zaaktypeUrl(s.fx.a.parkeren.id), typeId: s.fx.a.parkeren.id, maxVertrouwelijkheidaanduiding: max as 'openbaar' });
      const low = await zgwClient(s.fx.server, 'alfadorp', { autorisaties: [auth('openbaar')] });
      const list = expect(s, 'get', '/zaken', await low.get(`${s.zaken}/zaken`), 200).body;
      const urls = list.results.map((z: { url: string }) => z.url);
      assert.ok(urls.includes(parkeren.url));
      assert.ok(!urls.includes(geheim.url) && !urls.includes(intern.url));
      assert.ok(list.results.every((z: { zaaktype: string; vertrouwelijkheidaanduiding: string }) => z.zaaktype === s.zaaktypeUrl(s.fx.a.parkeren.id) && z.vertrouwelijkheidaanduiding === 'openbaar'));
      expect(s, 'get', '/zaken/{uuid}', await low.get(geheim.url), 403);
      expect(s, 'get', '/zaken/{uuid}', await low.get(intern.url), 403);
      const statussen = expect(s, 'get', '/statussen', await low.get(`${s.zaken}/statussen?zaak=${encodeURIComponent(geheim.url)}`), 200).body;
      assert.equal(statussen.count, 0);
      const high = await zgwClient(s.fx.server, 'alfadorp', { autorisaties: [auth('zeer_geheim')] });
      expect(s, 'get', '/zaken/{uuid}', await high.get(geheim.url), 200);
    });

    it('zrc-007 zrc-021 the eindstatus closes the zaak: resultaat required, einddatum and archive data derived', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id);
      expect(s, 'post', '/zaken/{zaak_uuid}/zaakeigenschappen', await s.all.post(`${zaak.url}/zaakeigenschappen`, { zaak: zaak.url, eigenschap: `${s.catalogi}/eigenschappen/${s.fx.a.parkeren.eigenschappen[0]!.id}`, waarde: 'AB-12-CD' }), 201);
      const without = expect(s, 'post', '/statussen', await setStatus(s.all, zaak.url, eindstatus()), 400);
      assert.equal(without.body.invalidParams[0].code, 'resultaat-ontbreekt');
      expect(s, 'post', '/resultaten', await s.all.post(`${s.zaken}/resultaten`, { zaak: zaak.url, resultaattype: resultaattype('Toegekend') }), 201);
      const doc = await createDocument(s, s.fx.a.iot.aanvraag.id, { indicatieGebruiksrecht: null });
      expect(s, 'post', '/zaakinformatieobjecten', await s.all.post(`${s.zaken}/zaakinformatieobjecten`, { zaak: zaak.url, informatieobject: documentUrl(s, doc) }), 201);
      const unset = expect(s, 'post', '/statussen', await setStatus(s.all, zaak.url, eindstatus()), 400);
      assert.equal(unset.body.invalidParams[0].code, 'indicatiegebruiksrecht-unset');
      const zios = (await s.all.get(`${s.zaken}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaak.url)}`)).body;
      expect(s, 'delete', '/zaakinformatieobjecten/{uuid}', await s.all.delete(zios[0].url), 204);
      const status = expect(s, 'post', '/statussen', await setStatus(s.all, zaak.url, eindstatus()), 201).body;
      const closed = expect(s, 'get', '/zaken/{uuid}', await s.all.get(zaak.url), 200).body;
      assert.equal(closed.einddatum, status.datumStatusGezet.slice(0, 10));
      assert.equal(closed.archiefnominatie, 'vernietigen');
      // afleidingswijze afgehandeld: einddatum + archiefactietermijn P1Y
      assert.equal(closed.archiefactiedatum, `${Number(closed.einddatum.slice(0, 4)) + 1}${closed.einddatum.slice(4)}`);
    });

    it('zrc-007 a closed zaak and its records change only with zaken.geforceerd-bijwerken', async () => {
      const zaak = await closedZaak();
      const bijwerken = await zgwClient(s.fx.server, 'alfadorp', { autorisaties: [{ component: 'zrc', scopes: ['zaken.lezen', 'zaken.bijwerken'], zaaktype: s.zaaktypeUrl(s.fx.a.parkeren.id), typeId: s.fx.a.parkeren.id, maxVertrouwelijkheidaanduiding: 'zeer_geheim' }] });
      expect(s, 'patch', '/zaken/{uuid}', await bijwerken.patch(zaak.url, { omschrijving: 'Te laat' }), 403);
      expect(s, 'post', '/klantcontacten', await bijwerken.post(`${s.zaken}/klantcontacten`, { zaak: zaak.url, datumtijd: past() }), 403);
      expect(s, 'patch', '/resultaten/{uuid}', await bijwerken.patch(zaak.resultaat, { toelichting: 'x' }), 403);
      const geforceerd = await zgwClient(s.fx.server, 'alfadorp', { autorisaties: [{ component: 'zrc', scopes: ['zaken.lezen', 'zaken.geforceerd-bijwerken'], zaaktype: s.zaaktypeUrl(s.fx.a.parkeren.id), typeId: s.fx.a.parkeren.id, maxVertrouwelijkheidaanduiding: 'zeer_geheim' }] });
      assert.equal(expect(s, 'patch', '/zaken/{uuid}', await geforceerd.patch(zaak.url, { omschrijving: 'Correctie' }), 200).body.omschrijving, 'Correctie');
      expect(s, 'patch', '/resultaten/{uuid}', await geforceerd.patch(zaak.resultaat, { toelichting: 'Correctie' }), 200);
    });

    it('zrc-008 reopening a closed zaak needs zaken.heropenen and clears einddatum and archive data', async () => {
      const zaak = await closedZaak();
      const toevoegen = await zgwClient(s.fx.server, 'alfadorp', { autorisaties: [{ component: 'zrc', scopes: ['zaken.lezen', 'zaken.statussen.toevoegen'], zaaktype: s.zaaktypeUrl(s.fx.a.parkeren.id), typeId: s.fx.a.parkeren.id, maxVertrouwelijkheidaanduiding: 'zeer_geheim' }] });
      expect(s, 'post', '/statussen', await setStatus(toevoegen, zaak.url, statustype(2), 1), 403);
      const heropenen = await zgwClient(s.fx.server, 'alfadorp', { autorisaties: [{ component: 'zrc', scopes: ['zaken.lezen', 'zaken.heropenen'], zaaktype: s.zaaktypeUrl(s.fx.a.parkeren.id), typeId: s.fx.a.parkeren.id, maxVertrouwelijkheidaanduiding: 'zeer_geheim' }] });
      expect(s, 'post', '/statussen', await setStatus(heropenen, zaak.url, statustype(2), 1), 201);
      const open = (await s.all.get(zaak.url)).body;
      assert.equal(open.einddatum, null);
      assert.equal(open.archiefactiedatum, null);
      assert.equal(open.archiefnominatie, null);
    });

    it('zrc-009 vertrouwelijkheidaanduiding: given, or the zaaktype\'s', async () => {
      assert.equal((await createZaak(s, s.all, s.fx.a.parkeren.id)).vertrouwelijkheidaanduiding, 'zaakvertrouwelijk');
      assert.equal((await createZaak(s, s.all, s.fx.a.parkeren.id, { vertrouwelijkheidaanduiding: 'openbaar' })).vertrouwelijkheidaanduiding, 'openbaar');
    });

    it('zrc-010 communicatiekanaal must be a URL', async () => {
      const res = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id, { communicatiekanaal: 'telefoon' })), 400);
      assert.equal(res.body.invalidParams[0].name, 'communicatiekanaal');
    });

    it('zrc-011 relevanteAndereZaken must lead to existing zaken; errors name relevanteAndereZaken.<index>', async () => {
      const other = await createZaak(s, s.all, s.fx.a.parkeren.id);
      const res = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id, { relevanteAndereZaken: [
        { url: other.url, aardRelatie: 'vervolg' }, { url: `${s.zaken}/zaken/6f1c2b52-5a0e-4d3c-9d1f-0d3e8f6a7b21`, aardRelatie: 'vervolg' },
      ] })), 400);
      assert.equal(res.body.invalidParams[0].name, 'relevanteAndereZaken.1.zaak');
      const ok = await createZaak(s, s.all, s.fx.a.parkeren.id, { relevanteAndereZaken: [{ url: other.url, aardRelatie: 'vervolg' }] });
      assert.deepEqual(ok.relevanteAndereZaken, [{ url: other.url, aardRelatie: 'vervolg' }]);
    });

    it('zrc-012 gegevensgroepen may be null and are validated when given; answers are always nested', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id, { verlenging: null, opschorting: null });
      assert.deepEqual(zaak.opschorting, { indicatie: false, reden: '' });
      const bad = expect(s, 'patch', '/zaken/{uuid}', await s.all.patch(zaak.url, { verlenging: { reden: 'x' } }), 400);
      assert.equal(bad.body.invalidParams[0].name, 'verlenging.duur');
      const ok = expect(s, 'patch', '/zaken/{uuid}', await s.all.patch(zaak.url, { verlenging: { reden: 'Drukte', duur: 'P14D' }, opschorting: { indicatie: true, reden: 'Wachten' } }), 200).body;
      assert.deepEqual(ok.verlenging, { reden: 'Drukte', duur: 'P14D' });
      assert.deepEqual(ok.opschorting, { indicatie: true, reden: 'Wachten' });
    });

    it('zrc-013 hoofdzaak: an existing zaak that is no deelzaak itself, never the zaak itself', async () => {
      const hoofd = await createZaak(s, s.all, s.fx.a.archief.id);
      const deel = await createZaak(s, s.all, s.fx.a.archief.id, { hoofdzaak: hoofd.url });
      assert.equal(deel.hoofdzaak, hoofd.url);
      assert.deepEqual((await s.all.get(hoofd.url)).body.deelzaken, [deel.url]);
      const nested = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.archief.id, { hoofdzaak: deel.url })), 400);
      assert.equal(nested.body.invalidParams[0].code, 'deelzaak-als-hoofdzaak');
      const self = expect(s, 'patch', '/zaken/{uuid}', await s.all.patch(hoofd.url, { hoofdzaak: hoofd.url }), 400);
      assert.equal(self.body.invalidParams[0].name, 'hoofdzaak');
    });

    it('zrc-014 laatsteBetaaldatum not with betalingsindicatie nvt; changing to nvt clears it', async () => {
      const refused = expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id, { betalingsindicatie: 'nvt', laatsteBetaaldatum: past() })), 400);
      assert.equal(refused.body.invalidParams[0].name, 'laatsteBetaaldatum');
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id, { betalingsindicatie: 'geheel', laatsteBetaaldatum: past() });
      assert.ok(zaak.laatsteBetaaldatum);
      const nvt = expect(s, 'patch', '/zaken/{uuid}', await s.all.patch(zaak.url, { betalingsindicatie: 'nvt' }), 200).body;
      assert.equal(nvt.laatsteBetaaldatum, null);
    });

    it('zrc-015 productenOfDiensten must be among the zaaktype\'s', async () => {
      expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id, { productenOfDiensten: ['https://example.nl/producten/iets-anders'] })), 400);
      assert.deepEqual((await createZaak(s, s.all, s.fx.a.parkeren.id, { productenOfDiensten: [PRODUCT] })).productenOfDiensten, [PRODUCT]);
    });

    it('zrc-016 zrc-018 zrc-019 zrc-020 statustype, eigenschap, roltype and resultaattype must belong to the zaaktype', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id);
      const intern = s.fx.a.intern;
      const st = expect(s, 'post', '/statussen', await setStatus(s.all, zaak.url, statustype(1, intern)), 400);
      assert.equal(st.body.invalidParams[0].name, 'statustype');
      const archief = s.fx.a.archief;
      const ei = expect(s, 'post', '/zaken/{zaak_uuid}/zaakeigenschappen', await s.all.post(`${zaak.url}/zaakeigenschappen`, { zaak: zaak.url, eigenschap: `${s.catalogi}/eigenschappen/${archief.eigenschappen[0]!.id}`, waarde: '2026-01-01' }), 400);
      assert.match(ei.body.invalidParams[0].name, /eigenschap/);
      const ro = expect(s, 'post', '/rollen', await s.all.post(`${s.zaken}/rollen`, { zaak: zaak.url, betrokkeneType: 'medewerker', roltype: roltype('behandelaar', intern), roltoelichting: '', betrokkeneIdentificatie: { identificatie: 'm1' } }), 400);
      assert.equal(ro.body.invalidParams[0].name, 'roltype');
      const re = expect(s, 'post', '/resultaten', await s.all.post(`${s.zaken}/resultaten`, { zaak: zaak.url, resultaattype: `${s.catalogi}/resultaattypen/${intern.resultaattypen[0]!.id}` }), 400);
      assert.equal(re.body.invalidParams[0].name, 'resultaattype');
    });

    it('zrc-022 archiefstatus other than nog_te_archiveren needs archiefnominatie, archiefactiedatum and archived documents', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id);
      const refused = expect(s, 'patch', '/zaken/{uuid}', await s.all.patch(zaak.url, { archiefstatus: 'gearchiveerd', archiefnominatie: null }), 400);
      assert.ok(refused.body.invalidParams.some((p: { code: string }) => p.code === 'archiefnominatie-not-set'));
      const doc = await createDocument(s, s.fx.a.iot.aanvraag.id);
      expect(s, 'post', '/zaakinformatieobjecten', await s.all.post(`${s.zaken}/zaakinformatieobjecten`, { zaak: zaak.url, informatieobject: documentUrl(s, doc) }), 201);
      const docs = expect(s, 'patch', '/zaken/{uuid}', await s.all.patch(zaak.url, { archiefstatus: 'gearchiveerd', archiefnominatie: 'vernietigen', archiefactiedatum: '2040-01-01' }), 400);
      assert.equal(docs.body.invalidParams[0].code, 'documents-not-archived');
    });

    it('zrc-023 deleting a zaak removes its deelzaken and everything of them', async () => {
      const hoofd = await createZaak(s, s.all, s.fx.a.archief.id);
      const deel = await createZaak(s, s.all, s.fx.a.archief.id, { hoofdzaak: hoofd.url });
      const status = expect(s, 'post', '/statussen', await setStatus(s.all, deel.url, statustype(1, s.fx.a.archief)), 201).body;
      const kc = expect(s, 'post', '/klantcontacten', await s.all.post(`${s.zaken}/klantcontacten`, { zaak: hoofd.url, datumtijd: past() }), 201).body;
      expect(s, 'delete', '/zaken/{uuid}', await s.all.delete(hoofd.url), 204);
      expect(s, 'get', '/zaken/{uuid}', await s.all.get(deel.url), 404);
      expect(s, 'get', '/statussen/{uuid}', await s.all.get(status.url), 404);
      expect(s, 'get', '/klantcontacten/{uuid}', await s.all.get(kc.url), 404);
    });

    it('zrc-024 zrc-025 relations with verzoeken and contactmomenten are kept as the URLs given', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id);
      const v = expect(s, 'post', '/zaakverzoeken', await s.all.post(`${s.zaken}/zaakverzoeken`, { zaak: zaak.url, verzoek: 'https://vrc.example.nl/api/v1/verzoeken/9' }), 201).body;
      assert.equal(v.verzoek, 'https://vrc.example.nl/api/v1/verzoeken/9');
      const bad = expect(s, 'post', '/zaakcontactmomenten', await s.all.post(`${s.zaken}/zaakcontactmomenten`, { zaak: zaak.url, contactmoment: 'geen url' }), 400);
      assert.equal(bad.body.invalidParams[0].name, 'contactmoment');
      const list = expect(s, 'get', '/zaakverzoeken', await s.all.get(`${s.zaken}/zaakverzoeken?zaak=${encodeURIComponent(zaak.url)}`), 200).body;
      assert.deepEqual(list.map((x: { url: string }) => x.url), [v.url]);
    });

    it('zrc-025 zrc-026 zrc-027 zrc-028 expand: attributes of the zaak only, nested status.statustype, unknown ones refused', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id);
      expect(s, 'post', '/statussen', await setStatus(s.all, zaak.url, statustype(1)), 201);
      const expanded = expect(s, 'get', '/zaken/{uuid}', await s.all.get(`${zaak.url}?expand=status.statustype,zaaktype,hoofdzaak`), 200).body;
      assert.equal(expanded._expand.status._expand.statustype.volgnummer, 1);
      assert.equal(expanded._expand.zaaktype.identificatie, 'PARKEERVERGUNNING');
      assert.deepEqual(expanded._expand.hoofdzaak, {});
      const unknown = expect(s, 'get', '/zaken', await s.all.get(`${s.zaken}/zaken?expand=informatieobjecten.inhoud`), 400);
      assert.equal(unknown.body.invalidParams[0].name, 'expand');
      expect(s, 'get', '/zaken/{uuid}', await s.all.get(`${zaak.url}?expand=bestaatniet`), 404);
    });

    it('zrc-026 startdatumBewaartermijn and processobject are kept as given', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id, {
        startdatumBewaartermijn: '2030-01-01', processobjectaard: 'vergunning', processobject: { datumkenmerk: 'vervaldatum', identificatie: 'V-1', objecttype: 'vergunning', registratie: 'VTH' },
      });
      assert.equal(zaak.startdatumBewaartermijn, '2030-01-01');
      assert.equal(zaak.processobject.identificatie, 'V-1');
    });

    it('requires Accept-Crs and Content-Crs on zaken: 412 when missing, 406 for another CRS', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id);
      const withoutHeader = async (method: string, url: string, body: unknown, drop: string) => {
        const headers: Record<string, string> = { authorization: `Bearer ${await zgwToken(s.all.clientId, s.all.secret)}`, 'accept-crs': 'EPSG:4326', 'content-crs': 'EPSG:4326', 'content-type': 'application/json' };
        delete headers[drop];
        const res = await fetch(url, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
        const text = await res.text();
        return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined, text };
      };
      const missing = expect(s, 'get', '/zaken', await withoutHeader('GET', `${s.zaken}/zaken`, undefined, 'accept-crs'), 412);
      assert.equal(missing.body.code, 'precondition_failed');
      expect(s, 'get', '/zaken/{uuid}', await s.all.get(zaak.url, { 'accept-crs': 'EPSG:28992' }), 406);
      const before = (await s.all.get(`${s.zaken}/zaken`)).body.count;
      const noContentCrs = await withoutHeader('POST', `${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id), 'content-crs');
      expect(s, 'post', '/zaken', noContentCrs, 412);
      expect(s, 'post', '/zaken', await s.all.post(`${s.zaken}/zaken`, zaakBody(s, s.fx.a.parkeren.id), { 'content-crs': 'EPSG:28992' }), 406);
      assert.equal((await s.all.get(`${s.zaken}/zaken`)).body.count, before);
      assert.equal((await s.all.get(zaak.url)).headers.get('content-crs'), 'EPSG:4326');
    });

    it('zaak__zoek finds zaken within a polygon and by uuid__in', async () => {
      const inside = await createZaak(s, s.all, s.fx.a.parkeren.id, { zaakgeometrie: { type: 'Point', coordinates: [4.9, 52.37] } });
      const outside = await createZaak(s, s.all, s.fx.a.parkeren.id, { zaakgeometrie: { type: 'Point', coordinates: [6.5, 53.2] } });
      const res = expect(s, 'post', '/zaken/_zoek', await s.all.post(`${s.zaken}/zaken/_zoek`, { zaakgeometrie: { within: { type: 'Polygon', coordinates: [[[4.8, 52.3], [5.0, 52.3], [5.0, 52.4], [4.8, 52.4], [4.8, 52.3]]] } } }), 200).body;
      const urls = res.results.map((z: { url: string }) => z.url);
      assert.ok(urls.includes(inside.url) && !urls.includes(outside.url));
      const byId = expect(s, 'post', '/zaken/_zoek', await s.all.post(`${s.zaken}/zaken/_zoek`, { uuid__in: [outside.uuid], identificatie: outside.identificatie }), 200).body;
      assert.deepEqual(byId.results.map((z: { url: string }) => z.url), [outside.url]);
    });

    it('filters the zaken list as the standard says, with the rol filters on a BSN', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.intern.id, { startdatum: '2025-03-01' });
      expect(s, 'post', '/rollen', await s.all.post(`${s.zaken}/rollen`, { zaak: zaak.url, betrokkeneType: 'natuurlijk_persoon', roltype: roltype('initiator', s.fx.a.intern), roltoelichting: '', betrokkeneIdentificatie: { inpBsn: BSN.piet } }), 201);
      const q = (query: string) => s.all.get(`${s.zaken}/zaken?${query}`).then((r) => expect(s, 'get', '/zaken', r, 200).body.results.map((z: { url: string }) => z.url) as string[]);
      assert.deepEqual(await q(`rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${BSN.piet}`), [zaak.url]);
      assert.ok((await q('startdatum__lt=2025-03-02&startdatum__gte=2025-03-01')).includes(zaak.url));
      assert.ok(!(await q('startdatum__gt=2025-03-01')).includes(zaak.url));
      assert.ok((await q(`zaaktype=${encodeURIComponent(s.zaaktypeUrl(s.fx.a.intern.id))}&einddatum__isnull=true`)).includes(zaak.url));
      assert.deepEqual(await q(`identificatie=${zaak.identificatie}&bronorganisatie__in=${RSIN},123456782`), [zaak.url]);
      const ordered = await q('ordering=startdatum');
      assert.equal(ordered[0], zaak.url);
      expect(s, 'get', '/zaken', await s.all.get(`${s.zaken}/zaken?ordering=kleur`), 400);
      expect(s, 'get', '/zaken', await s.all.get(`${s.zaken}/zaken?kleur=rood`), 400);
    });

    it('publishes a notification on kanaal zaken for each change, with hoofdObject the zaak', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id);
      expect(s, 'post', '/klantcontacten', await s.all.post(`${s.zaken}/klantcontacten`, { zaak: zaak.url, datumtijd: past() }), 201);
      const events = (await outboxEvents(s.fx.server, s.fx.a.tenant.id)).filter((e) => e.topic === 'zgw.notificatie' && String(e.payload.hoofdObject).endsWith(zaak.uuid));
      const kinds = events.map((e) => `${e.payload.resource} ${e.payload.actie}`);
      assert.ok(kinds.includes('zaak create') && kinds.includes('klantcontact create'), kinds.join(', '));
      const kenmerken = events[0]!.payload.kenmerken as Record<string, string>;
      assert.equal(kenmerken.bronorganisatie, RSIN);
      assert.equal(kenmerken.vertrouwelijkheidaanduiding, 'zaakvertrouwelijk');
      assert.match(kenmerken.zaaktype!, new RegExp(`zaaktypen/${s.fx.a.parkeren.id}$`));
    });

    it('a zaak made through the API is in the work queue and in the initiator\'s Mijn zaken; a status set by staff shows in the API', async () => {
      const zaak = await createZaak(s, s.all, s.fx.a.parkeren.id, { omschrijving: 'Via koppeling' });
      expect(s, 'post', '/rollen', await s.all.post(`${s.zaken}/rollen`, { zaak: zaak.url, betrokkeneType: 'natuurlijk_persoon', roltype: roltype('initiator'), roltoelichting: '', betrokkeneIdentificatie: { inpBsn: BSN.noor } }), 201);
      expect(s, 'post', '/statussen', await setStatus(s.all, zaak.url, statustype(1)), 201);
      const service = zakenService(s.fx.server.stadhuis.platform);
      const queue = await s.fx.inA((tx) => service.listZaken(tx, staff(['behandelaar']), { search: zaak.identificatie }));
      assert.deepEqual(queue.items.map((z) => z.id), [zaak.uuid]);
      const mijn = await s.fx.inA((tx) => service.mijnZaken(tx, resident(BSN.noor)));
      assert.ok(mijn.some((z) => z.id === zaak.uuid && z.status?.omschrijving === 'Ontvangen'));
      // The back office sets the next status (with the eigenschap it needs).
      await s.fx.inA(async (tx) => {
        await service.addZaakeigenschap(tx, staff(['behandelaar']), zaak.uuid, { eigenschap: s.fx.a.parkeren.eigenschappen[0]!.id, waarde: 'AB-12-CD' });
        await service.setStatus(tx, staff(['behandelaar']), zaak.uuid, s.fx.a.parkeren.statustypen.find((t) => t.volgnummer === 2)!.id);
      });
      const latest = expect(s, 'get', '/statussen', await s.all.get(`${s.zaken}/statussen?zaak=${encodeURIComponent(zaak.url)}&indicatieLaatstGezetteStatus=true`), 200).body;
      assert.equal(latest.results[0].statustype, statustype(2));
      assert.equal((await s.all.get(zaak.url)).body.status, latest.results[0].url);
    });
  });
}
