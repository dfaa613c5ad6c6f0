/**
 * Handling a zaak through the service: information requests (the zaak is suspended while the
 * municipality waits and resumed by the applicant's answer), requests for human review and other
 * taken, and kitchen-table conversations whose report becomes a PDF document of the zaak.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HttpError } from '../../platform/http/problem.js';
import { readPdf } from '../../platform/pdf/pdf-text.js';
import { engines } from '../../platform/testing/harness.js';
import { documentenService } from '../documenten/index.js';
import { addDays, dateInNl, zakenService, type CreateZaakInput, type ZakenService } from './index.js';
import { BSN, eigenschapId, outboxEvents, resident, staff, startZakenFixture, type ZakenFixture } from './test-fixtures.js';

async function rejects(promise: Promise<unknown>, status: number, code?: string): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof HttpError, `expected HttpError, got ${String(error)}`);
    assert.equal(error.statusCode, status, `${error.message} ${JSON.stringify(error.invalidParams)}`);
    if (code) assert.ok(error.invalidParams.some((p) => p.code === code) || error.code === code, `expected code ${code}, got ${JSON.stringify(error.invalidParams)} / ${error.code}`);
    return error;
  }
  assert.fail(`expected an error ${status}${code ? ` ${code}` : ''}`);
}

for (const engine of engines()) {
  describe(`handling a zaak: information requests, taken, conversations (${engine})`, () => {
    let f: ZakenFixture;
    let zaken: ZakenService;
    const behandelaar = staff(['behandelaar'], 'Bas Behandelaar');
    const kcc = staff(['kcc-medewerker'], 'Karin KCC');
    const jan = resident(BSN.jan);
    const eva = resident(BSN.eva);

    before(async () => {
      f = await startZakenFixture(engine);
      zaken = zakenService(f.server.stadhuis.platform);
    });
    after(async () => {
      await f?.server.close();
    });

    const input = (zaaktype = f.a.parkeren): CreateZaakInput => ({
      zaaktype: zaaktype.id, omschrijving: 'Parkeervergunning Dorpsstraat',
      initiator: { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { inpBsn: BSN.jan, geslachtsnaam: 'Jansen', voorletters: 'J.' } },
      ...(zaaktype === f.a.parkeren ? { eigenschappen: [{ eigenschap: eigenschapId(f.a.parkeren, 'kenteken'), waarde: 'AB-123-C' }] } : {}),
    });
    /** A zaak of Jan, handled by Bas. */
    async function zaakOfJan(zaaktype = f.a.parkeren) {
      const zaak = await f.inA((tx) => zaken.createZaak(tx, kcc, input(zaaktype)));
      await f.inA((tx) => zaken.assign(tx, behandelaar, zaak.id, { identificatie: behandelaar.userId, achternaam: 'Behandelaar' }));
      return zaak;
    }

    test('asking for information suspends the zaak; the applicant answers with a document and the zaak resumes', async () => {
      const zaak = await zaakOfJan();
      const deadline = addDays(dateInNl(), 14);
      // Bad input: every problem at once, nothing written.
      await rejects(f.inA((tx) => zaken.requestInformation(tx, behandelaar, zaak.id, { vraag: '', deadline: '31-01-2026' })), 400, 'invalid');
      await rejects(f.inA((tx) => zaken.requestInformation(tx, behandelaar, zaak.id, { vraag: 'Kenteken?', deadline: dateInNl() })), 400, 'date-in-past');
      await rejects(f.inA((tx) => zaken.requestInformation(tx, kcc, zaak.id, { vraag: 'Kenteken?', deadline })), 403);
      assert.deepEqual(await f.inA((tx) => zaken.listInformatieverzoeken(tx, behandelaar, zaak.id)), []);

      const verzoek = await f.inA((tx) => zaken.requestInformation(tx, behandelaar, zaak.id, { vraag: 'Stuur uw kentekenbewijs.', deadline }));
      assert.equal(verzoek.status, 'open');
      let current = (await f.inA((tx) => zaken.getZaak(tx, behandelaar, zaak.id)))!;
      assert.equal(current.opschorting.indicatie, true, 'suspended while the municipality waits');
      assert.equal(current.sla.paused, true);
      assert.ok((await outboxEvents(f.server, f.a.tenant.id)).some((e) => e.topic === 'zaak.informatie-gevraagd' && e.payload.zaak === zaak.id));
      // The applicant sees the question; another resident does not.
      assert.equal((await f.inA((tx) => zaken.listInformatieverzoeken(tx, jan, zaak.id))).length, 1);
      assert.deepEqual(await f.inA((tx) => zaken.listInformatieverzoeken(tx, eva, zaak.id)), []);

      // Another resident cannot answer, nor can an employee.
      await rejects(f.inA((tx) => zaken.answerInformatieverzoek(tx, eva, verzoek.id, { antwoord: 'Hier is het.', documenten: [] })), 404);
      await rejects(f.inA((tx) => zaken.answerInformatieverzoek(tx, behandelaar, verzoek.id, { antwoord: 'Hier is het.', documenten: [] })), 403);
      await rejects(f.inA((tx) => zaken.answerInformatieverzoek(tx, jan, verzoek.id, { antwoord: '', documenten: [] })), 400, 'required');
      // Nor can someone in another municipality see it at all.
      await rejects(f.inB((tx) => zaken.answerInformatieverzoek(tx, jan, verzoek.id, { antwoord: 'Hier is het.', documenten: [] })), 404);
      current = (await f.inA((tx) => zaken.getZaak(tx, behandelaar, zaak.id)))!;
      assert.equal(current.opschorting.indicatie, true, 'still suspended after the refused answers');

      const upload = await f.inA((tx) => documentenService(f.server.stadhuis.platform).createDocument(tx, jan, {
        titel: 'Kentekenbewijs', auteur: 'Jan Jansen', informatieobjecttype: f.a.iot.aanvraag.id, content: Buffer.from('%PDF-1.4\n%%EOF\n'), formaat: 'application/pdf',
      }));
      const answered = await f.inA((tx) => zaken.answerInformatieverzoek(tx, jan, verzoek.id, { antwoord: 'Hierbij mijn kentekenbewijs.', documenten: [upload.id] }));
      assert.equal(answered.status, 'beantwoord');
      assert.equal(answered.antwoord, 'Hierbij mijn kentekenbewijs.');
      assert.deepEqual(answered.documenten, [upload.id]);
      current = (await f.inA((tx) => zaken.getZaak(tx, behandelaar, zaak.id)))!;
      assert.equal(current.opschorting.indicatie, false, 'resumed by the answer');
      const zios = await f.inA((tx) => zaken.listZaakinformatieobjecten(tx, behandelaar, zaak.id));
      assert.ok(zios.some((z) => z.informatieobject === upload.id), 'the document is part of the zaak');
      // The behandelaar gets a taak.
      const taken = await f.inA((tx) => zaken.listTaken(tx, behandelaar, { toegewezenAan: behandelaar.userId, open: true }));
      const ontvangen = taken.find((t) => t.zaakId === zaak.id && t.soort === 'informatie-ontvangen');
      assert.ok(ontvangen, 'a taak "informatie ontvangen" for the behandelaar');
      assert.equal(ontvangen.toegewezenAan, behandelaar.userId);
      assert.ok((await outboxEvents(f.server, f.a.tenant.id)).some((e) => e.topic === 'zaak.informatie-ontvangen' && e.payload.zaak === zaak.id));
      // Answering twice is refused.
      await rejects(f.inA((tx) => zaken.answerInformatieverzoek(tx, jan, verzoek.id, { antwoord: 'Nog eens.', documenten: [] })), 400, 'al-beantwoord');
    });

    test('a zaak waiting for two answers resumes only after both; a zaaktype without suspension is not suspended', async () => {
      const zaak = await zaakOfJan();
      const deadline = addDays(dateInNl(), 10);
      const first = await f.inA((tx) => zaken.requestInformation(tx, behandelaar, zaak.id, { vraag: 'Kentekenbewijs?', deadline }));
      const second = await f.inA((tx) => zaken.requestInformation(tx, behandelaar, zaak.id, { vraag: 'Huurcontract?', deadline }));
      await f.inA((tx) => zaken.answerInformatieverzoek(tx, jan, first.id, { antwoord: 'Kenteken AB-123-C.', documenten: [] }));
      assert.equal((await f.inA((tx) => zaken.getZaak(tx, behandelaar, zaak.id)))!.opschorting.indicatie, true, 'the zaak still waits');
      await f.inA((tx) => zaken.answerInformatieverzoek(tx, jan, second.id, { antwoord: 'Huur sinds 2020.', documenten: [] }));
      assert.equal((await f.inA((tx) => zaken.getZaak(tx, behandelaar, zaak.id)))!.opschorting.indicatie, false);

      const intern = await f.inA((tx) => zaken.createZaak(tx, kcc, input(f.a.intern)));
      await f.inA((tx) => zaken.requestInformation(tx, behandelaar, intern.id, { vraag: 'Kunt u dit toelichten?', deadline }));
      assert.equal((await f.inA((tx) => zaken.getZaak(tx, behandelaar, intern.id)))!.opschorting.indicatie, false);
    });

    test('the applicant asks for human review of their own zaak; the behandelaar completes the taak', async () => {
      const zaak = await zaakOfJan();
      await rejects(f.inA((tx) => zaken.requestHumanReview(tx, eva, zaak.id, { toelichting: 'Kijk er eens naar.' })), 404);
      await rejects(f.inA((tx) => zaken.requestHumanReview(tx, behandelaar, zaak.id, { toelichting: 'Kijk er eens naar.' })), 403);
      await rejects(f.inA((tx) => zaken.requestHumanReview(tx, jan, zaak.id, { toelichting: '' })), 400);
      const taak = await f.inA((tx) => zaken.requestHumanReview(tx, jan, zaak.id, { toelichting: 'Mijn adres klopt wel.' }));
      assert.equal(taak.soort, 'menselijke-beoordeling');
      assert.match(taak.omschrijving, /Mijn adres klopt wel/);
      assert.equal(taak.toegewezenAan, behandelaar.userId);
      await rejects(f.inA((tx) => zaken.requestHumanReview(tx, jan, zaak.id, { toelichting: 'Nog een keer.' })), 400, 'al-gevraagd');
      assert.ok((await outboxEvents(f.server, f.a.tenant.id)).some((e) => e.topic === 'zaak.beoordeling-gevraagd' && e.payload.zaak === zaak.id));

      // Residents do not see taken; the KCC does; another municipality does not.
      await rejects(f.inA((tx) => zaken.listTaken(tx, jan, { zaakId: zaak.id })), 403);
      assert.deepEqual((await f.inA((tx) => zaken.listTaken(tx, kcc, { zaakId: zaak.id }))).map((t) => t.id), [taak.id]);
      assert.deepEqual(await f.inB((tx) => zaken.listTaken(tx, kcc, { zaakId: zaak.id })), []);
      assert.deepEqual(await f.inA((tx) => zaken.listTaken(tx, kcc, { zaakId: 'geen-uuid' })), []);

      await rejects(f.inA((tx) => zaken.completeTaak(tx, kcc, taak.id, { toelichting: 'Gedaan' })), 403);
      await rejects(f.inA((tx) => zaken.completeTaak(tx, behandelaar, taak.id, { toelichting: 'x'.repeat(4001) })), 400);
      await rejects(f.inB((tx) => zaken.completeTaak(tx, behandelaar, taak.id, {})), 404);
      const done = await f.inA((tx) => zaken.completeTaak(tx, behandelaar, taak.id, { toelichting: 'Opnieuw beoordeeld: adres klopt.' }));
      assert.ok(done.afgerondOp);
      assert.equal(done.toelichting, 'Opnieuw beoordeeld: adres klopt.');
      await rejects(f.inA((tx) => zaken.completeTaak(tx, behandelaar, taak.id, {})), 400, 'al-afgerond');
      assert.deepEqual((await f.inA((tx) => zaken.listTaken(tx, behandelaar, { zaakId: zaak.id, open: true }))), []);
      assert.equal((await f.inA((tx) => zaken.listTaken(tx, behandelaar, { zaakId: zaak.id, open: false }))).length, 1);
      // After completing, the applicant may ask again.
      await f.inA((tx) => zaken.requestHumanReview(tx, jan, zaak.id, { toelichting: 'Toch nog een vraag.' }));
    });

    test('a conversation is planned and its report becomes a PDF document of the zaak', async () => {
      const zaak = await zaakOfJan();
      const datum = new Date(Date.now() + 7 * 86_400_000);
      await rejects(f.inA((tx) => zaken.planGesprek(tx, behandelaar, zaak.id, { datum, plaats: '', videoLink: '' })), 400, 'required');
      await rejects(f.inA((tx) => zaken.planGesprek(tx, behandelaar, zaak.id, { datum, videoLink: 'http://onveilig.example' })), 400, 'invalid');
      await rejects(f.inA((tx) => zaken.planGesprek(tx, kcc, zaak.id, { datum, plaats: 'Stadskantoor' })), 403);
      const gesprek = await f.inA((tx) => zaken.planGesprek(tx, behandelaar, zaak.id, { datum, plaats: 'Bij de aanvrager thuis', toelichting: 'Over de parkeerplek.' }));
      assert.equal(gesprek.plaats, 'Bij de aanvrager thuis');
      assert.equal(gesprek.verslagDocument, null);
      assert.equal((await f.inA((tx) => zaken.listGesprekken(tx, jan, zaak.id))).length, 1, 'the applicant sees the appointment');
      assert.deepEqual(await f.inA((tx) => zaken.listGesprekken(tx, eva, zaak.id)), []);
      assert.ok((await outboxEvents(f.server, f.a.tenant.id)).some((e) => e.topic === 'zaak.gesprek-gepland' && e.payload.zaak === zaak.id));

      await rejects(f.inA((tx) => zaken.addGesprekVerslag(tx, behandelaar, gesprek.id, { verslag: '  ' })), 400);
      await rejects(f.inA((tx) => zaken.addGesprekVerslag(tx, kcc, gesprek.id, { verslag: 'Besproken.' })), 403);
      await rejects(f.inB((tx) => zaken.addGesprekVerslag(tx, behandelaar, gesprek.id, { verslag: 'Besproken.' })), 404);
      const metVerslag = await f.inA((tx) => zaken.addGesprekVerslag(tx, behandelaar, gesprek.id, { verslag: 'Meneer Jansen parkeert nu twee straten verder.' }));
      assert.ok(metVerslag.verslagDocument);
      const zios = await f.inA((tx) => zaken.listZaakinformatieobjecten(tx, behandelaar, zaak.id));
      assert.ok(zios.some((z) => z.informatieobject === metVerslag.verslagDocument), 'the report is a document of the zaak');
      const content = await f.inA((tx) => zaken.documentenForHandling.getContent(tx, behandelaar, metVerslag.verslagDocument!));
      assert.equal(content!.formaat, 'application/pdf');
      const text = readPdf(content!.content).text;
      assert.match(text, /Meneer Jansen parkeert nu twee straten verder/);
      assert.match(text, new RegExp(zaak.identificatie));
      await rejects(f.inA((tx) => zaken.addGesprekVerslag(tx, behandelaar, gesprek.id, { verslag: 'Nog een verslag.' })), 400, 'al-vastgelegd');
    });
  });
}
