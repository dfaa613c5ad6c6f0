import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { HttpError } from '../../platform/http/problem.js';
import { engines } from '../../platform/testing/harness.js';
import { BSN, outboxEvents, ownerQuery, resident, staff, startZakenFixture, type ZakenFixture } from '../zaken/test-fixtures.js';
import { documentenService, type DocumentenService, type DocumentInput } from './index.js';

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

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

for (const engine of engines()) {
  describe(`documenten (${engine})`, () => {
    let f: ZakenFixture;
    let documenten: DocumentenService;
    const behandelaar = staff(['behandelaar'], 'Bas Behandelaar');
    const teamleider = staff(['teamleider']);
    const kcc = staff(['kcc-medewerker']);

    before(async () => {
      f = await startZakenFixture(engine);
      documenten = documentenService(f.server.stadhuis.platform);
    });
    after(async () => {
      await f?.server.close();
    });

    const input = (overrides: Partial<DocumentInput> = {}): DocumentInput => ({
      titel: 'Aanvraagformulier parkeervergunning', auteur: 'J. Jansen', informatieobjecttype: f.a.iot.aanvraag.id,
      formaat: 'application/pdf', bestandsnaam: 'aanvraag.pdf', ...overrides,
    });

    test('a document is stored with its content, size and SHA-256, and defaults from its type and catalogue', async () => {
      const content = Buffer.from('%PDF-1.7\n\u0000\u00ff binary content\n');
      const doc = await f.inA((tx) => documenten.createDocument(tx, kcc, { ...input(), content }));
      assert.match(doc.identificatie, /^DOCUMENT-\d{4}-\d{7}$/);
      assert.equal(doc.bronorganisatie, '002990003');
      assert.equal(doc.vertrouwelijkheidaanduiding, 'zaakvertrouwelijk', 'drc-007: from the informatieobjecttype');
      assert.equal(doc.taal, 'dut');
      assert.equal(doc.versie, 1);
      assert.equal(doc.bestandsomvang, content.length);
      assert.equal(doc.inhoudSha256, sha256(content));
      assert.equal(doc.locked, false);
      assert.equal(doc.indicatieGebruiksrecht, null);
      const stored = await f.inA((tx) => documenten.getContent(tx, behandelaar, doc.id));
      assert.ok(stored!.content.equals(content), 'the bytes come back unchanged');
      assert.equal(stored!.formaat, 'application/pdf');
      const [raw] = await ownerQuery<{ n: number }>(f.server, `select octet_length(inhoud)::int as n from document_versies where document_id = '${doc.id}'`);
      assert.equal(raw!.n, content.length, 'in PostgreSQL as bytea');
      assert.ok((await outboxEvents(f.server, f.a.tenant.id)).some((e) => e.topic === 'document.aangemaakt' && e.payload.informatieobject === doc.id));
      const metadataOnly = await f.inA((tx) => documenten.createDocument(tx, kcc, input({ titel: 'Papieren brief', link: 'https://example.nl/brief' })));
      assert.equal(metadataOnly.bestandsomvang, null);
      assert.equal(await f.inA((tx) => documenten.getContent(tx, behandelaar, metadataOnly.id)), undefined);
    });

    test('bad input gets every problem at once and writes nothing', async () => {
      const [{ n: before }] = await ownerQuery<{ n: number }>(f.server, 'select count(*)::int as n from documenten') as [{ n: number }];
      const error = await rejects(f.inA((tx) => documenten.createDocument(tx, kcc, input({
        titel: '', taal: 'nl', status: 'in_bewerking', ontvangstdatum: '2026-01-01', indicatieGebruiksrecht: true, bronorganisatie: '123',
        ondertekening: { soort: 'digitaal', datum: '2026-01-01' },
      }))), 400);
      const names = error.invalidParams.map((p) => p.name);
      for (const name of ['titel', 'taal', 'status', 'indicatieGebruiksrecht', 'bronorganisatie', 'ondertekening']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
      await rejects(f.inA((tx) => documenten.createDocument(tx, kcc, input({ informatieobjecttype: randomUUID() }))), 400, 'bad-url');
      await rejects(f.inA((tx) => documenten.createDocument(tx, kcc, input({ informatieobjecttype: f.b.iot.aanvraag.id }))), 400, 'bad-url');
      await rejects(f.inA((tx) => documenten.createDocument(tx, kcc, { ...input({ integriteit: { algoritme: 'sha_256', waarde: 'ab'.repeat(32), datum: '2026-01-01' } }), content: Buffer.from('x') })), 400, 'integriteit-onjuist');
      const [{ n: afterwards }] = await ownerQuery<{ n: number }>(f.server, 'select count(*)::int as n from documenten') as [{ n: number }];
      assert.equal(afterwards, before);
      const content = Buffer.from('ok');
      await f.inA((tx) => documenten.createDocument(tx, kcc, { ...input({ integriteit: { algoritme: 'sha_256', waarde: sha256(content), datum: '2026-01-01' } }), content }));
    });

    test('identificatie is unique within the bronorganisatie', async () => {
      const identificatie = `DOC-${randomUUID().slice(0, 8)}`;
      await f.inA((tx) => documenten.createDocument(tx, kcc, input({ identificatie })));
      await rejects(f.inA((tx) => documenten.createDocument(tx, kcc, input({ identificatie }))), 400, 'identificatie-niet-uniek');
      await f.inB((tx) => documenten.createDocument(tx, kcc, input({ identificatie, informatieobjecttype: f.b.iot.aanvraag.id })));
    });

    test('changing needs the lock: every change is a new version, older versions stay readable', async () => {
      const v1 = Buffer.from('versie een');
      const doc = await f.inA((tx) => documenten.createDocument(tx, behandelaar, { ...input({ titel: 'Concept beschikking', status: 'in_bewerking', informatieobjecttype: f.a.iot.beschikking.id }), content: v1 }));
      await rejects(f.inA((tx) => documenten.addVersion(tx, behandelaar, doc.id, { lock: '', titel: 'Zonder slot' })), 400, 'unlocked');
      const { lock } = await f.inA((tx) => documenten.lock(tx, behandelaar, doc.id));
      assert.match(lock, /^[0-9a-f]{32}$/);
      assert.equal((await f.inA((tx) => documenten.getDocument(tx, behandelaar, doc.id)))!.locked, true);
      await rejects(f.inA((tx) => documenten.lock(tx, behandelaar, doc.id)), 400, 'existing-lock');
      await rejects(f.inA((tx) => documenten.addVersion(tx, behandelaar, doc.id, { lock: 'f'.repeat(32), titel: 'Verkeerd slot' })), 400, 'incorrect-lock-id');
      const v2 = Buffer.from('versie twee, definitief');
      const changed = await f.inA((tx) => documenten.addVersion(tx, behandelaar, doc.id, { lock, titel: 'Beschikking', status: 'definitief', content: v2 }));
      assert.equal(changed.versie, 2);
      assert.equal(changed.titel, 'Beschikking');
      assert.equal(changed.bestandsomvang, v2.length);
      assert.equal(changed.locked, true, 'it stays locked until unlocked');
      const metadataOnly = await f.inA((tx) => documenten.addVersion(tx, behandelaar, doc.id, { lock, beschrijving: 'Alleen metadata' }));
      assert.equal(metadataOnly.versie, 3);
      assert.equal(metadataOnly.inhoudSha256, sha256(v2), 'without new content the content stays');
      await rejects(f.inA((tx) => documenten.addVersion(tx, behandelaar, doc.id, { lock, identificatie: 'ANDERS' })), 400, 'wijzigen-niet-toegestaan');
      await rejects(f.inA((tx) => documenten.unlock(tx, behandelaar, doc.id, 'verkeerd')), 400, 'incorrect-lock-id');
      await f.inA((tx) => documenten.unlock(tx, behandelaar, doc.id, lock));
      await rejects(f.inA((tx) => documenten.addVersion(tx, behandelaar, doc.id, { lock, titel: 'Na ontgrendelen' })), 400, 'unlocked');

      const first = await f.inA((tx) => documenten.getDocument(tx, behandelaar, doc.id, { versie: 1 }));
      assert.equal(first!.titel, 'Concept beschikking');
      assert.equal(first!.laatsteVersie, 3);
      assert.ok((await f.inA((tx) => documenten.getContent(tx, behandelaar, doc.id, 1)))!.content.equals(v1));
      assert.ok((await f.inA((tx) => documenten.getContent(tx, behandelaar, doc.id)))!.content.equals(v2));
      assert.deepEqual((await f.inA((tx) => documenten.listVersions(tx, behandelaar, doc.id))).map((d) => d.versie), [1, 2, 3]);
      const asOfFirst = await f.inA((tx) => documenten.getDocument(tx, behandelaar, doc.id, { registratieOp: first!.beginRegistratie }));
      assert.equal(asOfFirst!.versie, 1);
      const trail = await f.inA((tx) => documenten.auditTrail(tx, behandelaar, doc.id));
      assert.deepEqual(trail.map((e) => e.actie), ['create', 'lock', 'update', 'update', 'unlock']);
    });

    test('a forced unlock is for who may take over work', async () => {
      const doc = await f.inA((tx) => documenten.createDocument(tx, behandelaar, input()));
      await f.inA((tx) => documenten.lock(tx, behandelaar, doc.id));
      await rejects(f.inA((tx) => documenten.unlock(tx, behandelaar, doc.id, undefined, { force: true })), 403);
      await f.inA((tx) => documenten.unlock(tx, teamleider, doc.id, undefined, { force: true }));
      assert.equal((await f.inA((tx) => documenten.getDocument(tx, behandelaar, doc.id)))!.locked, false);
      await rejects(f.inA((tx) => documenten.lock(tx, kcc, doc.id)), 403);
    });

    test('gebruiksrechten set the indicatie; removing the last makes it unknown again (drc-006)', async () => {
      const doc = await f.inA((tx) => documenten.createDocument(tx, behandelaar, input()));
      const recht = await f.inA((tx) => documenten.addGebruiksrecht(tx, behandelaar, doc.id, { startdatum: new Date('2026-01-01T00:00:00Z'), omschrijvingVoorwaarden: 'Alleen intern gebruik' }));
      assert.equal((await f.inA((tx) => documenten.getDocument(tx, behandelaar, doc.id)))!.indicatieGebruiksrecht, true);
      const { lock } = await f.inA((tx) => documenten.lock(tx, behandelaar, doc.id));
      await rejects(f.inA((tx) => documenten.addVersion(tx, behandelaar, doc.id, { lock, indicatieGebruiksrecht: false })), 400);
      await f.inA((tx) => documenten.removeGebruiksrecht(tx, behandelaar, recht.id));
      assert.equal((await f.inA((tx) => documenten.getDocument(tx, behandelaar, doc.id)))!.indicatieGebruiksrecht, null);
      await rejects(f.inA((tx) => documenten.addGebruiksrecht(tx, behandelaar, doc.id, { startdatum: new Date(), omschrijvingVoorwaarden: '' })), 400);
    });

    test('a document with relations cannot be deleted; deleting removes every version, its rights and its audit trail', async () => {
      const doc = await f.inA((tx) => documenten.createDocument(tx, behandelaar, { ...input(), content: Buffer.from('weg') }));
      const zaakId = randomUUID();
      await f.inA((tx) => documenten.addObjectinformatieobject(tx, behandelaar, { informatieobject: doc.id, object: zaakId, objectType: 'zaak' }));
      await rejects(f.inA((tx) => documenten.addObjectinformatieobject(tx, behandelaar, { informatieobject: doc.id, object: zaakId, objectType: 'zaak' })), 400, 'unique');
      await rejects(f.inA((tx) => documenten.deleteDocument(tx, behandelaar, doc.id)), 400, 'pending-relations');
      await f.inA((tx) => documenten.removeObjectinformatieobject(tx, behandelaar, { informatieobject: doc.id, object: zaakId, objectType: 'zaak' }));
      await f.inA((tx) => documenten.addGebruiksrecht(tx, behandelaar, doc.id, { startdatum: new Date(), omschrijvingVoorwaarden: 'Intern' }));
      await f.inA((tx) => documenten.deleteDocument(tx, behandelaar, doc.id));
      assert.equal(await f.inA((tx) => documenten.getDocument(tx, behandelaar, doc.id)), undefined);
      const [left] = await ownerQuery<{ v: number; g: number; a: number }>(f.server, `select
        (select count(*)::int from document_versies where document_id = '${doc.id}') as v,
        (select count(*)::int from gebruiksrechten where document_id = '${doc.id}') as g,
        (select count(*)::int from document_audittrail where hoofd_object = '${doc.id}') as a`);
      assert.deepEqual(left, { v: 0, g: 0, a: 0 });
    });

    test('municipality B never sees A\'s documents, not even by id', async () => {
      const doc = await f.inA((tx) => documenten.createDocument(tx, behandelaar, { ...input({ titel: 'Geheim van Alfadorp' }), content: Buffer.from('alfa') }));
      assert.equal(await f.inB((tx) => documenten.getDocument(tx, behandelaar, doc.id)), undefined);
      assert.equal(await f.inB((tx) => documenten.getContent(tx, behandelaar, doc.id)), undefined);
      assert.deepEqual(await f.inB((tx) => documenten.listVersions(tx, behandelaar, doc.id)), []);
      assert.deepEqual(await f.inB((tx) => documenten.getMany(tx, behandelaar, [doc.id])), []);
      await rejects(f.inB((tx) => documenten.lock(tx, behandelaar, doc.id)), 404);
      await rejects(f.inB((tx) => documenten.deleteDocument(tx, behandelaar, doc.id)), 404);
      await rejects(f.inB((tx) => documenten.addObjectinformatieobject(tx, behandelaar, { informatieobject: doc.id, object: randomUUID(), objectType: 'zaak' })), 400, 'bad-url');
      assert.ok(await f.inA((tx) => documenten.getDocument(tx, behandelaar, doc.id)));
    });

    test('a resident may upload and read back only their own uploads', async () => {
      const eva = resident(BSN.eva);
      const jan = resident(BSN.jan);
      const upload = await f.inA((tx) => documenten.createDocument(tx, eva, { ...input({ titel: 'Bijlage Eva', auteur: 'Eva' }), content: Buffer.from('eva') }));
      assert.equal((await f.inA((tx) => documenten.getDocument(tx, eva, upload.id)))?.titel, 'Bijlage Eva');
      assert.equal(await f.inA((tx) => documenten.getDocument(tx, jan, upload.id)), undefined);
      assert.equal(await f.inA((tx) => documenten.getContent(tx, jan, upload.id)), undefined);
      const staffDoc = await f.inA((tx) => documenten.createDocument(tx, behandelaar, input({ titel: 'Intern' })));
      assert.equal(await f.inA((tx) => documenten.getDocument(tx, eva, staffDoc.id)), undefined);
      await rejects(f.inA((tx) => documenten.lock(tx, eva, upload.id)), 403);
      await rejects(f.inA((tx) => documenten.deleteDocument(tx, eva, upload.id)), 403);
      const [row] = await ownerQuery<{ uploader_key: string }>(f.server, `select uploader_key from documenten where id = '${upload.id}'`);
      assert.ok(row!.uploader_key && !row!.uploader_key.includes(BSN.eva), 'the uploader is kept as a keyed hash');
    });
  });
}
