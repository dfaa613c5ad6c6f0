import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { HttpError } from '../../platform/http/problem.js';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import {
  createInformatieobjecttype, createZaaktype, createZaaktypeVersion, currentZaaktype, deleteZaaktype, getBesluittype,
  getInformatieobjecttype, getResultaattype, getStatustype, getZaaktype, listHistory, listZaaktypen, publishZaaktype,
  updateZaaktype, zaaktypeToInput,
} from './service.js';
import { beheerder, kccMedewerker, seedCatalogiFixture, zaaktypeInput, type CatalogiFixture } from './test-fixtures.js';

function rejectsWith(status: number, code: string) {
  return (e: unknown) => {
    assert.ok(e instanceof HttpError, `expected HttpError, got ${String(e)}`);
    assert.equal(e.statusCode, status, e.message);
    assert.equal(e.code, code, e.message);
    return true;
  };
}

for (const engine of engines()) {
  describe(`catalogi service (${engine})`, () => {
    let server: TestServer;
    let data: CatalogiFixture;
    const actor = beheerder();
    const inA = <T>(fn: (tx: Tx) => Promise<T>) => server.stadhuis.database.withTenant(data.a.id, fn);
    const inB = <T>(fn: (tx: Tx) => Promise<T>) => server.stadhuis.database.withTenant(data.b.id, fn);

    before(async () => {
      server = await startTestServer(engine, { demo: false });
      data = await seedCatalogiFixture(server);
    });
    after(() => server.close());

    it('creates a concept with all its children, statustypen in order and the last one the eindstatus', async () => {
      const z = await inA((tx) => createZaaktype(tx, actor, zaaktypeInput({ identificatie: 'KINDEREN' })));
      assert.equal(z.concept, true);
      assert.equal(z.versie, 1);
      assert.deepEqual(z.statustypen.map((s) => [s.volgnummer, s.omschrijving, s.isEindstatus]), [[1, 'Ontvangen', false], [2, 'In behandeling', false], [3, 'Afgehandeld', true]]);
      assert.equal(z.statustypen[0]!.statustekst, 'Uw aanvraag is ontvangen.');
      assert.deepEqual(z.roltypen.map((r) => r.omschrijvingGeneriek), ['initiator', 'behandelaar']);
      assert.equal(z.eigenschappen[0]!.statustype, z.statustypen[1]!.id, 'eigenschap points at statustype 2');
      assert.deepEqual(z.informatieobjecttypen.map((i) => [i.volgnummer, i.informatieobjecttypeOmschrijving, i.richting, i.informatieobjecttype?.concept]), [[1, 'Aanvraagformulier', 'inkomend', false], [2, 'Beschikking', 'uitgaand', false]]);
      assert.equal(z.informatieobjecttypen[1]!.statustype, z.statustypen[2]!.id);
      assert.deepEqual(z.besluittypen.map((b) => [b.omschrijving, b.reactietermijn]), [['Parkeervergunning', 'P6W']]);
      assert.equal(z.resultaattypen.find((r) => r.omschrijving === 'Toegekend')!.archiefactietermijn, 'P1Y');
      assert.equal(z.rules?.rules.length, 5);
      // The children share the zaaktype's identity and validity.
      assert.equal(z.statustypen[0]!.zaaktype, z.id);
      assert.equal(z.statustypen[0]!.zaaktypeIdentificatie, 'KINDEREN');
      assert.equal(z.statustypen[0]!.beginGeldigheid, '2025-01-01');
      // By uuid, across versions.
      const statustype = await inA((tx) => getStatustype(tx, z.statustypen[2]!.id));
      assert.equal(statustype?.isEindstatus, true);
      assert.equal((await inA((tx) => getResultaattype(tx, z.resultaattypen[0]!.id)))?.zaaktype, z.id);
      assert.equal((await inA((tx) => getInformatieobjecttype(tx, z.informatieobjecttypen[0]!.informatieobjecttype!.id)))?.omschrijving, 'Aanvraagformulier');
      assert.equal((await inA((tx) => getBesluittype(tx, z.besluittypen[0]!.id)))?.omschrijving, 'Parkeervergunning');
    });

    it('refuses invalid input with named fields and codes, and writes nothing', async () => {
      const bad = zaaktypeInput({
        identificatie: 'met spatie', doorlooptijd: '8 weken',
        statustypen: [{ volgnummer: 1, omschrijving: '', statustekst: 'x', informeren: false }, { volgnummer: 1, omschrijving: 'Dubbel', statustekst: 'x', informeren: false }],
        resultaattypen: [{
          ...zaaktypeInput().resultaattypen[0]!,
          brondatumArchiefprocedure: { afleidingswijze: 'termijn', datumkenmerk: 'x', einddatumBekend: true, objecttype: '', registratie: '', procestermijn: null },
        }],
      });
      await assert.rejects(inA((tx) => createZaaktype(tx, actor, bad)), (e: unknown) => {
        assert.ok(e instanceof HttpError && e.statusCode === 400);
        const byName = Object.fromEntries(e.invalidParams.map((p) => [p.name, p.code]));
        assert.equal(byName.identificatie, 'invalid');
        assert.equal(byName.doorlooptijd, 'invalid-duration');
        assert.equal(byName['statustypen.0.omschrijving'], 'required');
        assert.equal(byName['statustypen.1.volgnummer'], 'unique');
        assert.equal(byName['resultaattypen.0.brondatumArchiefprocedure.datumkenmerk'], 'ztc-004');
        assert.equal(byName['resultaattypen.0.brondatumArchiefprocedure.einddatumBekend'], 'ztc-005');
        assert.equal(byName['resultaattypen.0.brondatumArchiefprocedure.procestermijn'], 'ztc-008');
        return true;
      });
      assert.equal((await inA((tx) => listZaaktypen(tx, { identificatie: 'met spatie' }))).length, 0);
      await assert.rejects(inA((tx) => createZaaktype(tx, actor, zaaktypeInput({ rules: { version: 1, facts: {}, rules: [] } as never }))),
        (e: unknown) => e instanceof HttpError && e.invalidParams.some((p) => p.name.startsWith('rules') && p.code === 'invalid-rules'));
    });

    it('only functioneel beheer may write', async () => {
      await assert.rejects(inA((tx) => createZaaktype(tx, kccMedewerker(), zaaktypeInput({ identificatie: 'KCC' }))), rejectsWith(403, 'forbidden'));
    });

    it('publish: checks the catalogi rules and names each problem with its code', async () => {
      const concept = await inA(async (tx) => {
        await createInformatieobjecttype(tx, actor, { omschrijving: 'Nog concept', vertrouwelijkheidaanduiding: 'intern', informatieobjectcategorie: 'Document', beginGeldigheid: '2025-01-01' });
        return createZaaktype(tx, actor, zaaktypeInput({
          identificatie: 'ONAF', statustypen: [{ volgnummer: 1, omschrijving: 'Enige', statustekst: 'x', informeren: false }], roltypen: [{ omschrijving: 'Behandelaar', omschrijvingGeneriek: 'behandelaar' }],
          eigenschappen: [], besluittypeOmschrijvingen: ['Bestaat niet'],
          resultaattypen: [{ ...zaaktypeInput().resultaattypen[1]! }],
          informatieobjecttypen: [{ volgnummer: 1, informatieobjecttypeOmschrijving: 'Nog concept', richting: 'inkomend' }],
          rules: null,
        }));
      });
      await assert.rejects(inA((tx) => publishZaaktype(tx, actor, concept.id)), (e: unknown) => {
        assert.ok(e instanceof HttpError && e.statusCode === 400 && e.code === 'publish-refused');
        assert.deepEqual(e.invalidParams.map((p) => `${p.name}:${p.code}`).sort(), [
          'besluittypen.0:ztc-013', 'informatieobjecttypen.0:ztc-012', 'roltypen:initiator-ontbreekt', 'statustypen:statustypen-minimaal-twee',
        ]);
        assert.match(e.invalidParams.find((p) => p.code === 'ztc-012')!.reason, /‘Nog concept’ is nog een concept/);
        return true;
      });
      assert.equal((await inA((tx) => getZaaktype(tx, concept.id)))!.concept, true, 'still a concept');
      const none = await inA((tx) => createZaaktype(tx, actor, zaaktypeInput({ identificatie: 'LEEG', resultaattypen: [], roltypen: [], besluittypeOmschrijvingen: [], rules: null })));
      await assert.rejects(inA((tx) => publishZaaktype(tx, actor, none.id)), (e: unknown) =>
        e instanceof HttpError && ['resultaattype-ontbreekt', 'roltype-ontbreekt'].every((c) => e.invalidParams.some((p) => p.code === c)));
    });

    it('published versions are immutable: update, delete and a second publish are refused with a clear error; the database refuses too', async () => {
      const z = await inA(async (tx) => publishZaaktype(tx, actor, (await createZaaktype(tx, actor, zaaktypeInput({ identificatie: 'VAST' }))).id));
      assert.equal(z.concept, false);
      assert.ok(z.publishedAt);
      await assert.rejects(inA((tx) => updateZaaktype(tx, actor, z.id, zaaktypeInput({ identificatie: 'VAST', omschrijving: 'Anders' }))), (e: unknown) => {
        assert.ok(e instanceof HttpError);
        assert.equal(e.statusCode, 409);
        assert.equal(e.code, 'non-concept-object');
        assert.match(e.message, /gepubliceerd en kan niet meer worden gewijzigd/);
        return true;
      });
      await assert.rejects(inA((tx) => deleteZaaktype(tx, actor, z.id)), rejectsWith(409, 'non-concept-object'));
      await assert.rejects(inA((tx) => publishZaaktype(tx, actor, z.id)), rejectsWith(409, 'non-concept-object'));
      // Even a bug that bypasses the service cannot change a published version or its children.
      const refusedBy = (pattern: RegExp) => (e: unknown) => pattern.test(String((e as Error).cause ?? e));
      await assert.rejects(inA((tx) => tx.execute(sql`update catalogi_zaaktypen set omschrijving = 'Gekaapt' where id = ${z.id}`)), refusedBy(/gepubliceerde versie .* kan niet worden gewijzigd/));
      await assert.rejects(inA((tx) => tx.execute(sql`delete from catalogi_zaaktypen where id = ${z.id}`)), refusedBy(/kan niet worden verwijderd/));
      await assert.rejects(inA((tx) => tx.execute(sql`update catalogi_statustypen set statustekst = 'Gekaapt' where zaaktype_id = ${z.id}`)), refusedBy(/gepubliceerde zaaktypeversie/));
      await assert.rejects(inA((tx) => tx.execute(sql`delete from catalogi_roltypen where zaaktype_id = ${z.id}`)), refusedBy(/gepubliceerde zaaktypeversie/));
      await assert.rejects(inA((tx) => tx.execute(sql`insert into catalogi_roltypen (zaaktype_id, omschrijving, omschrijving_generiek) values (${z.id}, 'Extra', 'adviseur')`)), refusedBy(/gepubliceerde zaaktypeversie/));
      // Ending its validity is the one change a published version allows.
      await inA((tx) => tx.execute(sql`update catalogi_zaaktypen set einde_geldigheid = '2030-12-31' where id = ${z.id}`));
      const after = await inA((tx) => getZaaktype(tx, z.id));
      assert.equal(after!.omschrijving, 'Parkeervergunning');
      assert.deepEqual(after!.statustypen.map((s) => s.statustekst), z.statustypen.map((s) => s.statustekst));
    });

    it('edits a concept: keeps child ids, reorders statustypen, records who changed what, and refuses a stale revision', async () => {
      const z = await inA((tx) => createZaaktype(tx, actor, zaaktypeInput({ identificatie: 'BEWERK' })));
      const input = zaaktypeToInput(z);
      const [s1, s2, s3] = input.statustypen;
      const edited = await inA((tx) => updateZaaktype(tx, beheerder('Tweede Beheerder'), z.id, {
        ...input, omschrijving: 'Parkeervergunning bewoners',
        statustypen: [{ ...s1!, volgnummer: 1 }, { ...s3!, volgnummer: 2, omschrijving: 'Gecontroleerd' }, { ...s2!, volgnummer: 3 }],
      }, { expectedRevision: z.revision }));
      assert.equal(edited.revision, z.revision + 1);
      assert.deepEqual(edited.statustypen.map((s) => s.omschrijving), ['Ontvangen', 'Gecontroleerd', 'In behandeling']);
      assert.equal(edited.statustypen[2]!.id, s2!.id, 'the statustype kept its id');
      assert.equal(edited.statustypen[2]!.isEindstatus, true);
      const history = await inA((tx) => listHistory(tx, { zaaktypeIdentificatie: 'BEWERK' }));
      assert.deepEqual(history.map((h) => [h.action, h.actor]), [['updated', 'Tweede Beheerder'], ['created', 'Fatima de Vries']]);
      assert.deepEqual(Object.keys(history[0]!.changes).sort(), ['omschrijving', 'statustypen']);
      assert.deepEqual(history[0]!.changes.omschrijving, { from: 'Parkeervergunning', to: 'Parkeervergunning bewoners' });
      await assert.rejects(inA((tx) => updateZaaktype(tx, actor, z.id, input, { expectedRevision: z.revision })), rejectsWith(409, 'conflict'));
      // Saving the same again changes nothing and records nothing.
      const same = await inA((tx) => updateZaaktype(tx, actor, z.id, zaaktypeToInput(edited), { expectedRevision: edited.revision }));
      assert.equal(same.revision, edited.revision);
      assert.equal((await inA((tx) => listHistory(tx, { objectId: z.id }))).length, 2);
      // A concept can be deleted; its history stays.
      await inA((tx) => deleteZaaktype(tx, actor, z.id));
      assert.equal(await inA((tx) => getZaaktype(tx, z.id)), undefined);
      assert.equal((await inA((tx) => listHistory(tx, { zaaktypeIdentificatie: 'BEWERK' })))[0]!.action, 'deleted');
    });

    it('versioning: a new version gets new ids, the previous one ends the day before, and currentZaaktype picks by date', async () => {
      const v1 = await inA(async (tx) => publishZaaktype(tx, actor, (await createZaaktype(tx, actor, zaaktypeInput({ identificatie: 'VERSIES', beginGeldigheid: '2025-01-01' }))).id));
      await assert.rejects(inA((tx) => createZaaktypeVersion(tx, actor, v1.id, { beginGeldigheid: '2024-06-01' })), (e: unknown) =>
        e instanceof HttpError && e.invalidParams[0]?.code === 'geldigheid-overlap');
      const concept = await inA((tx) => createZaaktypeVersion(tx, actor, v1.id, { beginGeldigheid: '2026-01-01' }));
      assert.notEqual(concept.id, v1.id);
      assert.equal(concept.versie, 2);
      assert.equal(concept.concept, true);
      assert.equal(concept.identificatie, 'VERSIES');
      const oldIds = new Set([...v1.statustypen, ...v1.resultaattypen, ...v1.roltypen, ...v1.eigenschappen, ...v1.informatieobjecttypen].map((c) => c.id));
      assert.ok([...concept.statustypen, ...concept.resultaattypen, ...concept.roltypen, ...concept.eigenschappen, ...concept.informatieobjecttypen].every((c) => !oldIds.has(c.id)), 'all children have new ids');
      assert.equal(concept.eigenschappen[0]!.statustype, concept.statustypen[1]!.id, 'relations point into the new version');
      await assert.rejects(inA((tx) => createZaaktypeVersion(tx, actor, v1.id, { beginGeldigheid: '2027-01-01' })), rejectsWith(409, 'concept-bestaat'));
      // While the new version is a concept, the old one is still current.
      assert.equal((await inA((tx) => currentZaaktype(tx, 'VERSIES', new Date('2026-06-01T12:00:00Z'))))?.id, v1.id);
      await inA((tx) => updateZaaktype(tx, actor, concept.id, { ...zaaktypeToInput(concept), statustypen: zaaktypeToInput(concept).statustypen.map((s) => (s.volgnummer === 1 ? { ...s, statustekst: 'Nieuwe tekst' } : s)) }));
      const v2 = await inA((tx) => publishZaaktype(tx, actor, concept.id));
      const old = await inA((tx) => getZaaktype(tx, v1.id));
      assert.equal(old!.eindeGeldigheid, '2025-12-31');
      assert.equal(old!.statustypen[0]!.statustekst, 'Uw aanvraag is ontvangen.', 'running cases keep the old version unchanged');
      assert.equal(old!.beginObject, '2025-01-01');
      assert.equal(v2.beginObject, '2025-01-01');
      assert.equal((await inA((tx) => currentZaaktype(tx, 'VERSIES', new Date('2025-06-01T12:00:00Z'))))?.id, v1.id);
      assert.equal((await inA((tx) => currentZaaktype(tx, 'VERSIES', new Date('2025-12-31T23:30:00Z'))))?.id, v2.id, 'by the calendar date in the Netherlands');
      assert.equal((await inA((tx) => currentZaaktype(tx, 'VERSIES', new Date('2026-06-01T12:00:00Z'))))?.statustypen[0]!.statustekst, 'Nieuwe tekst');
      assert.equal(await inA((tx) => currentZaaktype(tx, 'VERSIES', new Date('2024-06-01T12:00:00Z'))), undefined, 'before the first version');
      const list = await inA((tx) => listZaaktypen(tx, { identificatie: 'VERSIES' }));
      assert.deepEqual(list.map((z) => [z.versie, z.concept, z.beginGeldigheid, z.eindeGeldigheid, z.actueel]), [[2, false, '2026-01-01', null, true], [1, false, '2025-01-01', '2025-12-31', false]]);
      const history = await inA((tx) => listHistory(tx, { zaaktypeIdentificatie: 'VERSIES' }));
      assert.deepEqual(history.map((h) => h.action), ['published', 'ended', 'updated', 'new-version', 'published', 'created']);
    });

    it('a concept is never current and concepts are listed apart', async () => {
      await inA((tx) => createZaaktype(tx, actor, zaaktypeInput({ identificatie: 'ALLEEN-CONCEPT', beginGeldigheid: '2020-01-01' })));
      assert.equal(await inA((tx) => currentZaaktype(tx, 'ALLEEN-CONCEPT')), undefined);
      assert.ok((await inA((tx) => listZaaktypen(tx, { status: 'concept' }))).some((z) => z.identificatie === 'ALLEEN-CONCEPT'));
      assert.ok(!(await inA((tx) => listZaaktypen(tx, { status: 'published' }))).some((z) => z.identificatie === 'ALLEEN-CONCEPT'));
    });

    it('row-level security: municipality A cannot see, list, change or publish B’s zaaktypen', async () => {
      const bZaaktype = await inB(async (tx) => publishZaaktype(tx, actor, (await createZaaktype(tx, actor, zaaktypeInput({ identificatie: 'ALLEEN-IN-B' }))).id));
      const bConcept = await inB((tx) => createZaaktype(tx, actor, zaaktypeInput({ identificatie: 'CONCEPT-IN-B' })));
      const before = JSON.stringify(await inB((tx) => getZaaktype(tx, bConcept.id)));
      assert.equal(await inA((tx) => getZaaktype(tx, bZaaktype.id)), undefined);
      assert.equal(await inA((tx) => currentZaaktype(tx, 'ALLEEN-IN-B')), undefined);
      assert.equal(await inA((tx) => getStatustype(tx, bZaaktype.statustypen[0]!.id)), undefined);
      assert.equal(await inA((tx) => getResultaattype(tx, bZaaktype.resultaattypen[0]!.id)), undefined);
      assert.equal(await inA((tx) => getBesluittype(tx, bZaaktype.besluittypen[0]!.id)), undefined);
      assert.equal(await inA((tx) => getInformatieobjecttype(tx, bZaaktype.informatieobjecttypen[0]!.informatieobjecttype!.id)), undefined);
      assert.ok(!(await inA((tx) => listZaaktypen(tx))).some((z) => z.identificatie.endsWith('IN-B')));
      assert.deepEqual(await inA((tx) => listHistory(tx, { zaaktypeIdentificatie: 'ALLEEN-IN-B' })), []);
      await assert.rejects(inA((tx) => updateZaaktype(tx, actor, bConcept.id, zaaktypeInput({ identificatie: 'CONCEPT-IN-B', omschrijving: 'Gekaapt' }))), rejectsWith(404, 'not-found'));
      await assert.rejects(inA((tx) => publishZaaktype(tx, actor, bConcept.id)), rejectsWith(404, 'not-found'));
      await assert.rejects(inA((tx) => deleteZaaktype(tx, actor, bConcept.id)), rejectsWith(404, 'not-found'));
      await assert.rejects(inA((tx) => createZaaktypeVersion(tx, actor, bZaaktype.id, { beginGeldigheid: '2030-01-01' })), rejectsWith(404, 'not-found'));
      // Even raw SQL in A's transaction sees none of B's rows.
      const counted = await inA((tx) => tx.execute(sql`select count(*)::int as n from catalogi_statustypen where zaaktype_id = ${bZaaktype.id}`));
      assert.equal((counted as unknown as { rows: { n: number }[] }).rows[0]!.n, 0);
      assert.equal(JSON.stringify(await inB((tx) => getZaaktype(tx, bConcept.id))), before, 'B unchanged');
      // The same identificatie can exist in both municipalities.
      await inA((tx) => createZaaktype(tx, actor, zaaktypeInput({ identificatie: 'ALLEEN-IN-B' })));
    });

    it('identificatie is unique within the catalogue', async () => {
      await inA((tx) => createZaaktype(tx, actor, zaaktypeInput({ identificatie: 'UNIEK' })));
      await assert.rejects(inA((tx) => createZaaktype(tx, actor, zaaktypeInput({ identificatie: 'UNIEK' }))), rejectsWith(409, 'identificatie-niet-uniek'));
    });
  });
}
