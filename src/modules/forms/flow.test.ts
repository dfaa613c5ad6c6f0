/**
 * The resident flow of online forms through real HTTP, the way a browser without JavaScript does
 * it: start, one step per page, errors that keep what was typed, repeating groups, uploads checked
 * by content and for malware, the address lookup, review, the declaration, sending exactly once,
 * the receipt and its PDF.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { readPdf } from '../../platform/pdf/pdf-text.js';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { setSubmissionHandler, type FormSubmission } from './submission.js';
import { FILES } from './test-files.js';
import { decode, FormVisitor, hiddenValue, publishProefForm, summaryLinks } from './test-support.js';

const BASE = '/dijkwaard/formulieren/proef-alle-velden';

for (const engine of engines()) {
  describe(`online form without JavaScript: every kind of question (${engine})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(engine, { env: { TRUST_PROXY: 'true' } });
      await publishProefForm(server, 'dijkwaard');
    });
    after(() => server.close());

    const local = (res: Response) => res.headers.get('location')!;

    async function started(): Promise<FormVisitor> {
      const v = new FormVisitor(server);
      const start = await v.send(`${BASE}/starten`, {}, BASE);
      assert.equal(start.status, 303);
      assert.equal(local(start), `${BASE}/stap/gegevens`);
      return v;
    }

    /** Fills in every step validly up to (not including) `until`. */
    async function fillUpTo(v: FormVisitor, until: string): Promise<void> {
      const steps: [string, Record<string, string | string[]>][] = [
        ['gegevens', { naam: 'Suzanne Moulin', bsn: '999993653', 'geboortedatum.dag': '12', 'geboortedatum.maand': '3', 'geboortedatum.jaar': '1986', email: 'suzanne@voorbeeld.nl', telefoon: '', iban: 'NL91 ABNA 0417 1643 00' }],
        ['keuzes', { kleur: 'groen', dagen: ['ma', 'wo'], provincie: 'zeeland', huisdier: 'nee', aantal: '3', bedrag: '12,50', toelichting: '' }],
        ['adres', { 'adres.postcode': '4201 AB', 'adres.huisnummer': '14', 'adres.toevoeging': '', 'adres.gezien': '4201AB|14|' }],
        ['gezin', { 'leden.0.naam': 'Lotte', 'leden.0.geboortedatum.dag': '20', 'leden.0.geboortedatum.maand': '4', 'leden.0.geboortedatum.jaar': '2015' }],
      ];
      for (const [step, fields] of steps) {
        if (step === until) return;
        const res = await v.send(`${BASE}/stap/${step}`, { ...fields, actie: 'volgende' });
        assert.equal(res.status, 303, `${step}: ${res.status} ${res.status === 400 ? summaryLinks(await res.text()).join(' | ') : ''}`);
      }
    }

    it('lists the published forms and starts one without logging in', async () => {
      const v = new FormVisitor(server);
      const list = await (await v.get('/dijkwaard/formulieren')).text();
      assert.match(list, /href="\/dijkwaard\/formulieren\/melding-openbare-ruimte"/);
      assert.match(list, /Proefformulier met alle soorten vragen/);
      const startPage = await (await v.get(BASE)).text();
      assert.match(startPage, /Start nu/);
      assert.equal((await v.get(`${BASE}/stap/gegevens`)).status, 303, 'no draft yet: to the start page');
      const s = await started();
      assert.match(s.cookie('stadhuis_formulieren') ?? '', /^[A-Za-z0-9_-]{43}$/);
      const page = await s.get(`${BASE}/stap/gegevens`);
      assert.equal(page.headers.get('cache-control'), 'no-store');
      const html = await page.text();
      assert.match(html, /<h1 class="utrecht-heading-1">Uw gegevens<\/h1>/);
      assert.match(html, /Stap 1 van 6/);
      assert.match(html, /<label class="utrecht-form-label" for="f-telefoon">Telefoonnummer \(niet verplicht\)<\/label>/);
      assert.match(html, /<a class="utrecht-link stadhuis-back-link" href="\/dijkwaard\/formulieren\/proef-alle-velden">Terug<\/a>/);
    });

    it('shows a Dutch error summary linked to each field and keeps everything that was typed', async () => {
      const v = await started();
      const res = await v.send(`${BASE}/stap/gegevens`, {
        naam: '', bsn: '123456789', 'geboortedatum.dag': '31', 'geboortedatum.maand': '2', 'geboortedatum.jaar': '2001', email: 'suzanne@', telefoon: '0612', iban: 'NL91 ABNA 0417 1643 01', actie: 'volgende',
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /<title>Fout: Uw gegevens/);
      assert.deepEqual(summaryLinks(html), [
        ['f-naam', 'Vul uw naam in'],
        ['f-bsn', 'Vul een geldig burgerservicenummer in: 9 cijfers, zoals 123456782'],
        ['f-geboortedatum-dag', 'De geboortedatum moet een bestaande datum zijn'],
        ['f-email', 'Vul een e-mailadres in zoals naam@voorbeeld.nl'],
        ['f-telefoon', 'Vul een Nederlands telefoonnummer in, zoals 06 12345678 of 010 1234567'],
        ['f-iban', 'Vul een geldig rekeningnummer (IBAN) in, zoals NL91 ABNA 0417 1643 00'],
      ]);
      for (const [id] of summaryLinks(html)) assert.match(html, new RegExp(`id="${id}"`), `the summary links to an element with id ${id}`);
      for (const typed of ['123456789', 'value="31"', 'value="2"', 'value="2001"', 'suzanne@', 'value="0612"', 'NL91 ABNA 0417 1643 01']) assert.ok(html.includes(typed), `kept ${typed}`);
      assert.match(html, /id="f-bsn"[^>]*aria-invalid="true"[^>]*aria-describedby="f-bsn-error"|aria-invalid="true" aria-describedby="f-bsn-error"/);
      // What was typed is kept in the draft too: a later visit shows it.
      assert.ok((await (await v.get(`${BASE}/stap/gegevens`)).text()).includes('NL91 ABNA 0417 1643 01'));
    });

    it('checks choices, checkboxes, numbers and money, and keeps the choices made', async () => {
      const v = await started();
      await fillUpTo(v, 'keuzes');
      const res = await v.send(`${BASE}/stap/keuzes`, { kleur: 'paars', provincie: 'utrecht', aantal: '2,5', bedrag: '12,345', actie: 'volgende' });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.deepEqual(summaryLinks(html), [
        ['f-kleur', 'Kies een kleur uit de lijst'],
        ['f-dagen', 'Kies de dagen'],
        ['f-huisdier', 'Kies of u een huisdier hebt'],
        ['f-aantal', 'Vul bij het aantal een heel getal in, zonder komma'],
        ['f-bedrag', 'Vul bij het bedrag een bedrag in met hoogstens 2 cijfers na de komma, zoals 12,50'],
      ]);
      assert.match(html, /<option value="utrecht" selected>Utrecht<\/option>/);
      assert.match(html, /value="12,345"/);
      const ok = await v.send(`${BASE}/stap/keuzes`, { kleur: 'rood', dagen: ['di'], provincie: 'utrecht', huisdier: 'ja', aantal: '2', bedrag: '€ 10', actie: 'volgende' });
      assert.equal(ok.status, 303);
      assert.equal(local(ok), `${BASE}/stap/adres`);
      const back = await (await v.get(`${BASE}/stap/keuzes`)).text();
      assert.match(back, /id="f-dagen-di" name="dagen" value="di" checked/);
      assert.match(back, /value="10"/, 'money shown back in euros');
    });

    it('looks up the address without JavaScript: the next page shows it to confirm', async () => {
      const v = await started();
      await fillUpTo(v, 'adres');
      const notFound = await v.send(`${BASE}/stap/adres`, { 'adres.postcode': '4201AB', 'adres.huisnummer': '999', actie: 'volgende' });
      assert.equal(notFound.status, 400);
      assert.deepEqual(summaryLinks(await notFound.text()), [['f-adres-postcode', 'We vinden geen adres bij deze postcode en dit huisnummer. Controleer ze']]);
      const ambiguous = await v.send(`${BASE}/stap/adres`, { 'adres.postcode': '4201EF', 'adres.huisnummer': '27', actie: 'volgende' });
      assert.deepEqual(summaryLinks(await ambiguous.text()), [['f-adres-toevoeging', 'Bij dit huisnummer horen meer adressen. Vul ook de toevoeging in: 27-1, 27-2, 27-3']]);
      const outside = await v.send(`${BASE}/stap/adres`, { 'adres.postcode': '3941KL', 'adres.huisnummer': '31', actie: 'volgende' });
      assert.deepEqual(summaryLinks(await outside.text()), [['f-adres-postcode', 'Dit adres ligt niet in de gemeente Dijkwaard']]);
      const first = await v.send(`${BASE}/stap/adres`, { 'adres.postcode': '4201ef', 'adres.huisnummer': '27', 'adres.toevoeging': '2', actie: 'volgende' });
      assert.equal(first.status, 303);
      assert.equal(local(first), `${BASE}/stap/adres?bevestigen=1`);
      const confirm = await (await v.get(local(first))).text();
      assert.match(confirm, /Controleer het adres hieronder/);
      assert.match(confirm, /Dit adres hebben we gevonden:[\s\S]*Havenkade 27-2[\s\S]*4201 EF Dijkwaard/);
      const seen = hiddenValue(confirm, 'adres.gezien');
      assert.equal(seen, '4201EF|27|2');
      const next = await v.send(`${BASE}/stap/adres`, { 'adres.postcode': '4201ef', 'adres.huisnummer': '27', 'adres.toevoeging': '2', 'adres.gezien': seen!, actie: 'volgende' });
      assert.equal(local(next), `${BASE}/stap/gezin`);
    });

    it('adds and removes members of a repeating group without JavaScript', async () => {
      const v = await started();
      await fillUpTo(v, 'gezin');
      const page = await (await v.get(`${BASE}/stap/gezin`)).text();
      assert.match(page, /<legend[^>]*>Gezinslid 1<\/legend>/);
      assert.doesNotMatch(page, /Gezinslid 2/);
      assert.doesNotMatch(page, /value="verwijderen:leden:0"/, 'the one required member cannot be removed');
      const added = await v.send(`${BASE}/stap/gezin`, { 'leden.0.naam': 'Lotte', actie: 'toevoegen:leden' });
      assert.equal(added.status, 303);
      assert.equal(local(added), `${BASE}/stap/gezin#f-leden-1`);
      const two = await (await v.get(`${BASE}/stap/gezin`)).text();
      assert.match(two, /Gezinslid 2/);
      assert.match(two, /name="leden\.0\.naam" type="text" value="Lotte"/, 'typed input survives adding a member');
      await v.send(`${BASE}/stap/gezin`, { 'leden.0.naam': 'Lotte', 'leden.1.naam': 'Daan', actie: 'toevoegen:leden' });
      const three = await (await v.get(`${BASE}/stap/gezin`)).text();
      assert.doesNotMatch(three, /gezinslid toevoegen/, 'no more than maxItems');
      const removed = await v.send(`${BASE}/stap/gezin`, { 'leden.0.naam': 'Lotte', 'leden.1.naam': 'Daan', 'leden.2.naam': 'Joep', actie: 'verwijderen:leden:0' });
      assert.equal(removed.status, 303);
      const after = await (await v.get(`${BASE}/stap/gezin`)).text();
      assert.match(after, /name="leden\.0\.naam" type="text" value="Daan"/);
      assert.match(after, /name="leden\.1\.naam" type="text" value="Joep"/);
      assert.doesNotMatch(after, /Gezinslid 3/);
      const errors = await v.send(`${BASE}/stap/gezin`, { 'leden.0.naam': 'Daan', 'leden.1.naam': 'Joep', 'leden.1.geboortedatum.dag': '1', actie: 'volgende' });
      assert.equal(errors.status, 400);
      assert.deepEqual(summaryLinks(await errors.text()), [
        ['f-leden-0-geboortedatum-dag', 'Gezinslid 1: Vul de geboortedatum in'],
        ['f-leden-1-geboortedatum-maand', 'Gezinslid 2: De geboortedatum moet een maand en een jaar bevatten'],
      ]);
    });

    it('refuses a PNG named .pdf and a PDF with the EICAR test virus; keeps a real PDF and can remove it', async () => {
      const v = await started();
      await fillUpTo(v, 'bijlagen');
      const step = `${BASE}/stap/bijlagen`;
      const fake = await v.sendFiles(step, { actie: 'volgende' }, [{ field: 'bewijs', filename: 'loonstrook.pdf', type: 'application/pdf', content: FILES.png }]);
      assert.equal(fake.status, 400);
      assert.deepEqual(summaryLinks(await fake.text()), [['f-bewijs', 'loonstrook.pdf is geen PDF. Kies een ander bestand']]);
      const virus = await v.sendFiles(step, { actie: 'volgende' }, [{ field: 'bewijs', filename: 'afschrift.pdf', type: 'application/pdf', content: Buffer.concat([FILES.pdf, FILES.eicar]) }]);
      assert.equal(virus.status, 400);
      assert.deepEqual(summaryLinks(await virus.text()), [['f-bewijs', 'afschrift.pdf bevat mogelijk een virus en is niet opgeslagen']]);
      assert.ok(server.logs.some((l) => l.msg === 'upload refused: malware' && l.signature === 'Eicar-Test-Signature'));
      const big = await v.sendFiles(step, { actie: 'uploaden:bewijs' }, [{ field: 'bewijs', filename: 'groot.pdf', type: 'application/pdf', content: Buffer.concat([FILES.pdf, Buffer.alloc(1024 * 1024 + 10, 32)]) }]);
      assert.deepEqual(summaryLinks(await big.text()), [['f-bewijs', 'groot.pdf is groter dan 1 MB. Kies een kleiner bestand']]);
      const none = await v.sendFiles(step, { actie: 'volgende' }, []);
      assert.deepEqual(summaryLinks(await none.text()), [['f-bewijs', 'Voeg een bewijsstuk toe']]);
      const good = await v.sendFiles(step, { actie: 'uploaden:bewijs' }, [{ field: 'bewijs', filename: 'C:\\fakepath\\bankafschrift mei.PDF', type: 'application/octet-stream', content: FILES.pdf }]);
      assert.equal(good.status, 303);
      const listed = await (await v.get(step)).text();
      assert.match(listed, /bankafschrift mei\.pdf \(\d+ B\)/);
      const uploadId = /value="bestand-verwijderen:([0-9a-f-]{36})"/.exec(listed)?.[1];
      assert.ok(uploadId);
      assert.equal((await v.sendFiles(step, { actie: `bestand-verwijderen:${uploadId}` }, [])).status, 303);
      assert.doesNotMatch(await (await v.get(step)).text(), /bankafschrift mei\.pdf/);
      await v.sendFiles(step, { actie: 'uploaden:bewijs' }, [{ field: 'bewijs', filename: 'bankafschrift.pdf', type: 'application/pdf', content: FILES.pdf }]);
      const next = await v.sendFiles(step, { actie: 'volgende' }, []);
      assert.equal(local(next), `${BASE}/stap/akkoord`);
    });

    it('reviews the answers with change links, requires the declaration, and sends exactly once', async () => {
      const received: FormSubmission[] = [];
      setSubmissionHandler(async (tx, submission) => {
        received.push(submission);
        const contents = await Promise.all(submission.uploads.map((u) => u.content()));
        assert.deepEqual(contents, [FILES.pdf], 'the handler can read the uploads in the transaction');
        await tx.execute(sql`select 1`);
        return { reference: `ZAAK-${received.length}`, statusUrl: '/mijn/zaken/1' }; // a path inside the municipality
      });
      try {
        const v = await started();
        await fillUpTo(v, 'bijlagen');
        await v.sendFiles(`${BASE}/stap/bijlagen`, { actie: 'volgende' }, [{ field: 'bewijs', filename: 'bewijs.pdf', type: 'application/pdf', content: FILES.pdf }]);
        const consent = await v.send(`${BASE}/stap/akkoord`, { actie: 'volgende' });
        assert.deepEqual(summaryLinks(await consent.text()), [['f-akkoord', 'Vink het vakje aan om te laten weten dat u akkoord gaat']]);
        const toReview = await v.send(`${BASE}/stap/akkoord`, { akkoord: 'ja', actie: 'volgende' });
        assert.equal(local(toReview), `${BASE}/controleren`);

        const review = await (await v.get(`${BASE}/controleren`)).text();
        assert.match(review, /<h1 class="utrecht-heading-1">Controleer uw antwoorden<\/h1>/);
        for (const shown of ['Suzanne Moulin', '12 maart 1986', 'NL91 ABNA 0417 1643 00', 'Groen', 'Maandag', 'Woensdag', 'Zeeland', 'Nee', '€ 12,50', 'Dijkstraat 14', '4201 AB Dijkwaard', 'Gezinslid 1: Lotte, 20 april 2015', 'bewijs.pdf', '€ 37,50']) {
          assert.ok(decode(review).replace(/\u00a0/g, ' ').includes(shown), `review shows ${shown}`);
        }
        assert.match(review, /href="\/dijkwaard\/formulieren\/proef-alle-velden\/stap\/keuzes\?terug=controleren#f-bedrag"><span>Wijzig<\/span><span class="stadhuis-visually-hidden"> Bedrag<\/span>/);

        // Change an answer from the review: back to the review afterwards.
        const changePage = await (await v.get(`${BASE}/stap/keuzes?terug=controleren`)).text();
        assert.match(changePage, /Naar het overzicht/);
        assert.match(changePage, /href="\/dijkwaard\/formulieren\/proef-alle-velden\/controleren">Terug/);
        const changed = await v.send(`${BASE}/stap/keuzes`, { kleur: 'groen', dagen: ['ma', 'wo'], provincie: 'zeeland', huisdier: 'nee', aantal: '4', bedrag: '12,50', terug: 'controleren', actie: 'volgende' });
        assert.equal(local(changed), `${BASE}/controleren`);
        const key = hiddenValue(await (await v.get(`${BASE}/controleren`)).text(), 'sleutel')!;

        const noDeclaration = await v.send(`${BASE}/versturen`, { sleutel: key }, `${BASE}/controleren`);
        assert.equal(noDeclaration.status, 400);
        assert.deepEqual(summaryLinks(await noDeclaration.text()), [['f-verklaring', 'Vink de verklaring aan om uw aanvraag te versturen']]);

        // A double click: two posts at once, and a retry later. One submission, one receipt.
        const [first, second] = await Promise.all([
          v.send(`${BASE}/versturen`, { sleutel: key, verklaring: 'ja' }),
          v.send(`${BASE}/versturen`, { sleutel: key, verklaring: 'ja' }),
        ]);
        assert.equal(first.status, 303);
        assert.equal(second.status, 303);
        assert.equal(local(first), local(second));
        const retry = await v.send(`${BASE}/versturen`, { sleutel: key, verklaring: 'ja' });
        assert.equal(local(retry), local(first));
        assert.equal(received.length, 1, 'the handler ran once');

        const submission = received[0]!;
        assert.equal(submission.formSlug, 'proef-alle-velden');
        assert.equal(submission.zaaktypeIdentificatie, 'PROEF');
        assert.deepEqual(submission.submitter, { kind: 'anonymous', email: 'suzanne@voorbeeld.nl' });
        assert.equal(submission.answers.bedrag, 1250);
        assert.equal(submission.answers.geboortedatum, '1986-03-12');
        assert.deepEqual(submission.answers.dagen, ['ma', 'wo']);
        assert.deepEqual(submission.eigenschappen, { naam: 'Suzanne Moulin', geboortedatum: '19860312', aantal: '4', bedrag: '12.50', adres: 'Dijkstraat 14, 4201 AB Dijkwaard', totaal: '50.00' });
        assert.deepEqual(submission.uploads.map((u) => [u.filename, u.mime, u.size]), [['bewijs.pdf', 'application/pdf', FILES.pdf.length]]);
        assert.ok(submission.summary.some((l) => l.label === 'Naam' && l.value === 'Suzanne Moulin' && l.section === 'Uw gegevens'));

        const receipt = await v.get(local(first));
        assert.equal(receipt.status, 200);
        const html = await receipt.text();
        assert.match(html, /Uw formulier is verstuurd/);
        assert.match(html, /<strong class="stadhuis-panel__reference">ZAAK-1<\/strong>/);
        assert.match(html, /Wij bekijken uw formulier\./);
        assert.match(html, /href="\/dijkwaard\/mijn\/zaken\/1"/);
        const pdf = await v.get(`${local(first)}/samenvatting.pdf`);
        assert.equal(pdf.status, 200);
        assert.equal(pdf.headers.get('content-type'), 'application/pdf');
        const text = readPdf(Buffer.from(await pdf.arrayBuffer())).text;
        for (const part of ['Gemeente Dijkwaard', 'Proefformulier met alle soorten vragen', 'ZAAK-1', 'Suzanne Moulin', 'Dijkstraat 14']) assert.ok(text.includes(part), `the PDF has ${part}`);

        // The draft is gone; another browser cannot see the receipt.
        assert.equal((await v.get(`${BASE}/controleren`)).status, 303);
        assert.equal((await new FormVisitor(server).get(local(first))).status, 404);
      } finally {
        setSubmissionHandler(undefined);
      }
    });

    it('gives a FORM-year-number reference without a submission handler, and keeps nothing half-written when the handler fails', async () => {
      const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!;
      const count = async (table: string) => Number(((await server.stadhuis.database.withTenant(tenant.id, (tx) => tx.execute(sql.raw(`select count(*) as n from ${table}`)))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
      setSubmissionHandler(async () => { throw new Error('zaken is down'); });
      const v = await started();
      await fillUpTo(v, 'bijlagen');
      await v.sendFiles(`${BASE}/stap/bijlagen`, { actie: 'volgende' }, [{ field: 'bewijs', filename: 'bewijs.pdf', type: 'application/pdf', content: FILES.pdf }]);
      await v.send(`${BASE}/stap/akkoord`, { akkoord: 'ja', actie: 'volgende' });
      const key = hiddenValue(await (await v.get(`${BASE}/controleren`)).text(), 'sleutel')!;
      const before = await count('form_submissions');
      const failed = await v.send(`${BASE}/versturen`, { sleutel: key, verklaring: 'ja' }, `${BASE}/controleren`);
      assert.equal(failed.status, 503);
      assert.match(await failed.text(), /Uw antwoorden zijn bewaard/);
      assert.equal(await count('form_submissions'), before, 'no submission stored');
      assert.equal((await v.get(`${BASE}/controleren`)).status, 200, 'the draft is still there');
      setSubmissionHandler(undefined);
      const sent = await v.send(`${BASE}/versturen`, { sleutel: key, verklaring: 'ja' });
      assert.equal(sent.status, 303);
      const html = await (await v.get(local(sent))).text();
      assert.match(html, /<strong class="stadhuis-panel__reference">FORM-20\d\d-\d{6}<\/strong>/);
      assert.equal(await count('form_submissions'), before + 1);
    });
  });
}
