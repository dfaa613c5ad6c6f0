import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { HttpError } from '../../platform/http/problem.js';
import { engines } from '../../platform/testing/harness.js';
import { createBesluittype, publishBesluittype, type Besluittype } from '../catalogi/index.js';
import { documentenService } from '../documenten/index.js';
import { zakenService, type Zaak } from '../zaken/index.js';
import { beheerder, ownerQuery, outboxEvents, staff, startZakenFixture, type ZakenFixture } from '../zaken/test-fixtures.js';
import { besluitenService, type BesluitenService } from './index.js';

async function rejects(promise: Promise<unknown>, status: number, code?: string): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof HttpError, `expected HttpError, got ${String(error)}`);
    assert.equal(error.statusCode, status, `${error.message} ${JSON.stringify(error.invalidParams)}`);
    if (code) assert.ok(error.invalidParams.some((p) => p.code === code) || error.code === code, `expected ${code}: ${JSON.stringify(error.invalidParams)}`);
    return error;
  }
  assert.fail(`expected an error ${status}`);
}

for (const engine of engines()) {
  describe(`besluiten (${engine})`, () => {
    let f: ZakenFixture;
    let besluiten: BesluitenService;
    let subsidie: Besluittype;
    const behandelaar = staff(['behandelaar']);
    const kcc = staff(['kcc-medewerker']);
    const newZaak = (): Promise<Zaak> => f.inA((tx) => zakenService(f.server.stadhuis.platform).createZaak(tx, kcc, { zaaktype: f.a.parkeren.id, omschrijving: 'Met besluit' }));

    before(async () => {
      f = await startZakenFixture(engine);
      besluiten = besluitenService(f.server.stadhuis.platform);
      subsidie = await f.inA(async (tx) => {
        const created = await createBesluittype(tx, beheerder(), { omschrijving: 'Subsidie', publicatieIndicatie: false, beginGeldigheid: '2024-01-01' });
        return publishBesluittype(tx, beheerder(), created.id);
      });
    });
    after(async () => {
      await f?.server.close();
    });

    test('a besluit of a zaak is registered and mirrored in the zaak with its dates (brc-006)', async () => {
      const zaak = await newZaak();
      const besluit = await f.inA((tx) => besluiten.createBesluit(tx, behandelaar, {
        besluittype: f.a.besluittype.id, zaak: zaak.id, datum: '2026-03-01', ingangsdatum: '2026-03-02', verzenddatum: '2026-03-03', bestuursorgaan: 'College van B&W',
      }));
      assert.match(besluit.identificatie, /^BESLUIT-\d{4}-\d{7}$/);
      assert.equal(besluit.verantwoordelijkeOrganisatie, '002990003');
      assert.equal(besluit.uiterlijkeReactiedatum, '2026-04-14', 'verzenddatum + the besluittype\'s reactietermijn P6W');
      const zaken = zakenService(f.server.stadhuis.platform);
      const mirrored = await f.inA((tx) => zaken.listZaakbesluiten(tx, behandelaar, zaak.id));
      assert.deepEqual(mirrored.map((z) => [z.besluit, z.ingangsdatum]), [[besluit.id, '2026-03-02']]);
      assert.deepEqual((await f.inA((tx) => besluiten.listBesluitenOf(tx, behandelaar, zaak.id))).map((b) => b.id), [besluit.id]);
      assert.ok((await outboxEvents(f.server, f.a.tenant.id)).some((e) => e.topic === 'besluit.aangemaakt' && e.payload.besluit === besluit.id));
      const standalone = await f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { besluittype: subsidie.id, datum: '2026-03-01', ingangsdatum: '2026-03-01' }));
      assert.equal(standalone.zaak, null);
    });

    test('the besluittype must exist, be published and belong to the zaak\'s zaaktype (brc-001, brc-007)', async () => {
      const zaak = await newZaak();
      await rejects(f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { besluittype: subsidie.id, zaak: zaak.id, datum: '2026-03-01', ingangsdatum: '2026-03-01' })), 400, 'zaaktype-mismatch');
      await rejects(f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { besluittype: randomUUID(), datum: '2026-03-01', ingangsdatum: '2026-03-01' })), 400, 'bad-url');
      const concept = await f.inA((tx) => createBesluittype(tx, beheerder(), { omschrijving: 'Nog concept', publicatieIndicatie: false, beginGeldigheid: '2024-01-01' }));
      await rejects(f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { besluittype: concept.id, datum: '2026-03-01', ingangsdatum: '2026-03-01' })), 400, 'not-published');
      await rejects(f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { besluittype: f.a.besluittype.id, zaak: randomUUID(), datum: '2026-03-01', ingangsdatum: '2026-03-01' })), 400, 'bad-url');
      const error = await rejects(f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { besluittype: f.a.besluittype.id, datum: '1 maart', ingangsdatum: '2026-03-01', vervaldatum: '2026-01-01' })), 400);
      assert.deepEqual(error.invalidParams.map((p) => p.name).sort(), ['datum', 'vervaldatum']);
      await rejects(f.inA((tx) => besluiten.createBesluit(tx, kcc, { besluittype: f.a.besluittype.id, datum: '2026-03-01', ingangsdatum: '2026-03-01' })), 403);
    });

    test('identificatie is unique within the verantwoordelijke organisatie (brc-002); besluittype and zaak cannot change', async () => {
      const identificatie = `B-${randomUUID().slice(0, 8)}`;
      const besluit = await f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { identificatie, besluittype: subsidie.id, datum: '2026-03-01', ingangsdatum: '2026-03-01' }));
      await rejects(f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { identificatie, besluittype: subsidie.id, datum: '2026-03-01', ingangsdatum: '2026-03-01' })), 400, 'identificatie-niet-uniek');
      await rejects(f.inA((tx) => besluiten.updateBesluit(tx, behandelaar, besluit.id, { besluittype: f.a.besluittype.id })), 400, 'wijzigen-niet-toegelaten');
      await rejects(f.inA((tx) => besluiten.updateBesluit(tx, behandelaar, besluit.id, { zaak: randomUUID() })), 400, 'wijzigen-niet-toegelaten');
      const updated = await f.inA((tx) => besluiten.updateBesluit(tx, behandelaar, besluit.id, { vervaldatum: '2027-03-01', vervalreden: 'tijdelijk' }));
      assert.equal(updated.vervalredenWeergave, 'Besluit met tijdelijke werking');
    });

    test('documents that record a besluit: of the besluittype\'s informatieobjecttypen, once, mirrored (brc-003…008)', async () => {
      const documenten = documentenService(f.server.stadhuis.platform);
      const zaak = await newZaak();
      const besluit = await f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { besluittype: f.a.besluittype.id, zaak: zaak.id, datum: '2026-03-01', ingangsdatum: '2026-03-01' }));
      const beschikking = await f.inA((tx) => documenten.createDocument(tx, behandelaar, { titel: 'Beschikking', auteur: 'Gemeente', informatieobjecttype: f.a.iot.beschikking.id, content: Buffer.from('pdf') }));
      const brief = await f.inA((tx) => documenten.createDocument(tx, behandelaar, { titel: 'Brief', auteur: 'Gemeente', informatieobjecttype: f.a.iot.brief.id }));
      const relation = await f.inA((tx) => besluiten.addBesluitinformatieobject(tx, behandelaar, besluit.id, beschikking.id));
      assert.equal(relation.aardRelatieWeergave, 'Legt vast, omgekeerd: kan vastgelegd zijn als');
      await rejects(f.inA((tx) => besluiten.addBesluitinformatieobject(tx, behandelaar, besluit.id, beschikking.id)), 400, 'unique');
      await rejects(f.inA((tx) => besluiten.addBesluitinformatieobject(tx, behandelaar, besluit.id, brief.id)), 400, 'missing-besluittype-informatieobjecttype-relation');
      await rejects(f.inA((tx) => besluiten.addBesluitinformatieobject(tx, behandelaar, besluit.id, randomUUID())), 400, 'bad-url');
      assert.deepEqual((await f.inA((tx) => documenten.listDocumentsOf(tx, behandelaar, { objectType: 'besluit', object: besluit.id }))).map((d) => d.id), [beschikking.id]);
      await rejects(f.inA((tx) => documenten.deleteDocument(tx, behandelaar, beschikking.id)), 400, 'pending-relations');

      // Deleting the besluit removes its relations, their mirrors, the zaakbesluit and its audit trail (brc-009).
      await f.inA((tx) => besluiten.deleteBesluit(tx, behandelaar, besluit.id));
      assert.equal(await f.inA((tx) => besluiten.getBesluit(tx, behandelaar, besluit.id)), undefined);
      assert.deepEqual(await f.inA((tx) => zakenService(f.server.stadhuis.platform).listZaakbesluiten(tx, behandelaar, zaak.id)), []);
      const [left] = await ownerQuery<{ bio: number; audit: number }>(f.server, `select
        (select count(*)::int from besluitinformatieobjecten where besluit_id = '${besluit.id}') as bio,
        (select count(*)::int from besluit_audittrail where hoofd_object = '${besluit.id}') as audit`);
      assert.deepEqual(left, { bio: 0, audit: 0 });
      await f.inA((tx) => documenten.deleteDocument(tx, behandelaar, beschikking.id));
    });

    test('municipality B never sees A\'s besluiten, and cannot take a besluit in A\'s zaak', async () => {
      const zaak = await newZaak();
      const besluit = await f.inA((tx) => besluiten.createBesluit(tx, behandelaar, { besluittype: f.a.besluittype.id, zaak: zaak.id, datum: '2026-03-01', ingangsdatum: '2026-03-01' }));
      assert.equal(await f.inB((tx) => besluiten.getBesluit(tx, behandelaar, besluit.id)), undefined);
      assert.deepEqual(await f.inB((tx) => besluiten.listBesluitenOf(tx, behandelaar, zaak.id)), []);
      await rejects(f.inB((tx) => besluiten.updateBesluit(tx, behandelaar, besluit.id, { toelichting: 'van B' })), 404);
      await rejects(f.inB((tx) => besluiten.createBesluit(tx, behandelaar, { besluittype: f.b.besluittype.id, zaak: zaak.id, datum: '2026-03-01', ingangsdatum: '2026-03-01' })), 400, 'bad-url');
    });
  });
}
