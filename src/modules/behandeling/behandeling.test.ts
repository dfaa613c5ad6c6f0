import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readPdf } from '../../platform/pdf/pdf-text.js';
import { engines, loginAsStaff, startTestServer, type TestServer, type Visitor } from '../../platform/testing/harness.js';
import { addDays, dateInNl } from '../zaken/index.js';

const P = '/dijkwaard';

function firstZaakId(html: string, identificatie?: string): string {
  const re = identificatie ? new RegExp(`/beheer/zaken/([0-9a-f-]{36})">${identificatie}<`) : /\/beheer\/zaken\/([0-9a-f-]{36})"/;
  const m = re.exec(html);
  assert.ok(m, 'a zaak in the list');
  return m[1]!;
}

for (const engine of engines()) {
  describe(`case handling in the back office (${engine})`, () => {
    let server: TestServer;
    let bram: Visitor;
    let anouk: Visitor;
    before(async () => {
      server = await startTestServer(engine);
      bram = await loginAsStaff(server, P, 'bram.smit');
      anouk = await loginAsStaff(server, P, 'anouk.visser');
    });
    after(() => server.close());

    it('shows the work queue with demo zaken, SLA in words, filters and a claim button for a behandelaar only', async () => {
      const html = await (await bram.get(`${P}/beheer/zaken`)).text();
      assert.match(html, /Werkvoorraad/);
      assert.match(html, /Te laat|Dreigt te laat|Op tijd/);
      assert.match(html, /Oppakken/);
      const kcc = await (await anouk.get(`${P}/beheer/zaken?termijn=overdue`)).text();
      assert.doesNotMatch(kcc, />Oppakken</);
      const overdue = await (await bram.get(`${P}/beheer/zaken?termijn=overdue&status=open`)).text();
      assert.doesNotMatch(overdue, /<strong>Op tijd<\/strong>/);
      const mine = await (await bram.get(`${P}/beheer/zaken?behandelaar=ik`)).text();
      assert.match(mine, /Er zijn geen zaken met deze filters/);
      assert.equal((await bram.get(`${P}/beheer/zaken/00000000-0000-4000-8000-000000000000`)).status, 404);
    });

    it('lets a behandelaar claim, set a status, ask for information, and take a decision with a PDF letter, without JavaScript', async () => {
      const list = await (await bram.get(`${P}/beheer/zaken?zaaktype=PARKEERVERGUNNING-BEWONERS&sorteer=-registratiedatum`)).text();
      const id = firstZaakId(list);
      const claim = await bram.post(`${P}/beheer/zaken/${id}/oppakken`, {}, { formPage: `${P}/beheer/zaken/${id}` });
      assert.equal(claim.status, 303);
      const mine = await (await bram.get(`${P}/beheer/zaken?behandelaar=ik`)).text();
      assert.equal(firstZaakId(mine), id);

      let page = await (await bram.get(`${P}/beheer/zaken/${id}`)).text();
      assert.match(page, /Suzanne Moulin|Thomas Jan de Wit|Fatima El Amrani|Jan Jansen/);
      // Bad input keeps what was typed.
      const bad = await bram.post(`${P}/beheer/zaken/${id}/informatie`, { vraag: 'Stuur uw kentekenbewijs', deadline: '31-01-2026' }, { formPage: `${P}/beheer/zaken/${id}` });
      assert.equal(bad.status, 400);
      const badHtml = await bad.text();
      assert.match(badHtml, /error-summary/);
      assert.match(badHtml, /Stuur uw kentekenbewijs/);
      assert.match(badHtml, /value="31-01-2026"/);

      const statusOption = /<select[^>]*id="status-statustype"[\s\S]*?<option value="([0-9a-f-]{36})"/.exec(page)?.[1];
      assert.ok(statusOption);
      assert.equal((await bram.post(`${P}/beheer/zaken/${id}/status`, { statustype: statusOption, toelichting: 'We bekijken uw aanvraag.' }, { formPage: `${P}/beheer/zaken/${id}` })).status, 303);

      const deadline = addDays(dateInNl(), 10);
      assert.equal((await bram.post(`${P}/beheer/zaken/${id}/informatie`, { vraag: 'Stuur uw kentekenbewijs', deadline }, { formPage: `${P}/beheer/zaken/${id}` })).status, 303);
      page = await (await bram.get(`${P}/beheer/zaken/${id}`)).text();
      assert.match(page, /Wacht op antwoord/);
      assert.match(page, /Opgeschort/);

      const besluittype = /<select[^>]*id="besluit-type"[\s\S]*?<option value="([0-9a-f-]{36})"/.exec(page)?.[1];
      const toegekend = /<select[^>]*id="besluit-resultaat"[\s\S]*?<option value="([0-9a-f-]{36})"[^>]*>Toegekend/.exec(page)?.[1];
      assert.ok(besluittype && toegekend);
      const fields = { besluittypeId: besluittype, resultaattypeId: toegekend, toelichting: 'U woont in het vergunninggebied.', ingangsdatum: dateInNl() };
      // "Toegekend" keeps the zaak until after the permit ends: without an end date the decision is refused.
      const noEnd = await bram.post(`${P}/beheer/zaken/${id}/besluit`, { ...fields, actie: 'versturen' }, { formPage: `${P}/beheer/zaken/${id}` });
      assert.equal(noEnd.status, 400);
      assert.match(await noEnd.text(), /href="#besluit-verval"[^>]*>Vul de vervaldatum in/);
      Object.assign(fields, { vervaldatum: addDays(dateInNl(), 365) });
      const preview = await bram.post(`${P}/beheer/zaken/${id}/besluit`, { ...fields, actie: 'voorbeeld' }, { formPage: `${P}/beheer/zaken/${id}` });
      assert.equal(preview.headers.get('content-type'), 'application/pdf');
      const sent = await bram.post(`${P}/beheer/zaken/${id}/besluit`, { ...fields, actie: 'versturen' }, { formPage: `${P}/beheer/zaken/${id}` });
      assert.equal(sent.status, 303, await sent.text());
      page = await (await bram.get(`${P}/beheer/zaken/${id}`)).text();
      const doc = /\/beheer\/zaken\/[0-9a-f-]{36}\/documenten\/([0-9a-f-]{36})"/.exec(page)?.[1];
      assert.ok(doc, 'the letter is a document of the zaak');
      const pdfRes = await bram.get(`${P}/beheer/zaken/${id}/documenten/${doc}`);
      assert.equal(pdfRes.headers.get('content-type'), 'application/pdf');
      const text = readPdf(Buffer.from(await pdfRes.arrayBuffer())).text;
      assert.match(text, /U woont in het vergunninggebied/);
      assert.match(text, /bezwaar/);
      assert.match(text, /Moulin|Wit|El Amrani|Jansen/);
    });

    it('lets a behandelaar add a new version of a document of the zaak; a wrong file gets a Dutch error and nothing changes', async () => {
      const list = await (await bram.get(`${P}/beheer/zaken?zaaktype=PARKEERVERGUNNING-BEWONERS&sorteer=-registratiedatum&status=open`)).text();
      const id = firstZaakId(list);
      const page = await (await bram.get(`${P}/beheer/zaken/${id}`)).text();
      const documentId = /\/documenten\/([0-9a-f-]{36})\/versie"/.exec(page)?.[1];
      assert.ok(documentId, 'a document with a form for a new version');
      const version = (html: string) => Number(new RegExp(`versie (\\d+)\\)[\\s\\S]{0,400}?/documenten/${documentId}"`).exec(html)?.[1] ?? NaN);
      const before = version(page);
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
      const url = `${P}/beheer/zaken/${id}/documenten/${documentId}/versie`;

      const wrong = await bram.postFiles(url, {}, [{ field: 'bestand', filename: 'virus.exe', type: 'application/octet-stream', content: Buffer.from('MZ\x90\x00 not a document') }], { formPage: `${P}/beheer/zaken/${id}` });
      assert.equal(wrong.status, 400);
      const wrongHtml = await wrong.text();
      assert.match(wrongHtml, /error-summary/);
      assert.match(wrongHtml, new RegExp(`href="#versie-${documentId}"`));
      assert.match(wrongHtml, /Dit soort bestand kan niet/);
      assert.equal(version(wrongHtml), before);
      const empty = await bram.postFiles(url, {}, [], { formPage: `${P}/beheer/zaken/${id}` });
      assert.match(await empty.text(), /Kies een bestand met de nieuwe versie/);

      const ok = await bram.postFiles(url, {}, [{ field: 'bestand', filename: 'nieuw.pdf', type: 'application/pdf', content: pdf }], { formPage: `${P}/beheer/zaken/${id}` });
      assert.equal(ok.status, 303);
      const after = await (await bram.get(`${P}/beheer/zaken/${id}`)).text();
      assert.equal(version(after), before + 1);
      const download = await bram.get(`${P}/beheer/zaken/${id}/documenten/${documentId}?download=1`);
      assert.deepEqual(Buffer.from(await download.arrayBuffer()), pdf);
      // A KCC-medewerker may read the zaak but not change its documents.
      const kcc = await anouk.postFiles(url, {}, [{ field: 'bestand', filename: 'nieuw.pdf', type: 'application/pdf', content: pdf }], { formPage: `${P}/beheer` });
      assert.equal(kcc.status, 403);
    });

    it('lets a teamleider assign zaken in bulk and one zaak to a colleague; a behandelaar may not (403)', async () => {
      const carla = await loginAsStaff(server, P, 'carla.bos');
      const queue = await (await carla.get(`${P}/beheer/zaken?behandelaar=niemand&sorteer=identificatie`)).text();
      const ids = [...queue.matchAll(/name="zaken" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
      assert.ok(ids.length >= 3, 'zaken not taken yet (the demo zaken all have a team)');
      const bramId = /<select[^>]*id="bulk-medewerker"[\s\S]*?<option value="([^"]+)"[^>]*>Bram Smit</.exec(queue)?.[1];
      assert.ok(bramId, 'Bram is a colleague to choose');

      // Nothing chosen: the list comes back with a Dutch error summary and keeps the choice of colleague.
      const none = await carla.post(`${P}/beheer/zaken/toewijzen`, { medewerker: bramId }, { formPage: `${P}/beheer/zaken` });
      assert.equal(none.status, 400);
      const noneHtml = await none.text();
      assert.match(noneHtml, /error-summary/);
      assert.match(noneHtml, new RegExp(`<option value="${bramId}" selected`));

      const bulk = await carla.post(`${P}/beheer/zaken/toewijzen`, { zaken: ids.slice(0, 2), medewerker: bramId }, { formPage: `${P}/beheer/zaken` });
      assert.equal(bulk.status, 303);
      const mine = await (await bram.get(`${P}/beheer/zaken?behandelaar=ik&status=alle&sorteer=identificatie`)).text();
      for (const id of ids.slice(0, 2)) assert.match(mine, new RegExp(`/beheer/zaken/${id}"`));
      // "Nog niet opgepakt" means no employee, even with a team: the assigned ones are gone from it.
      const stillOpen = await (await carla.get(`${P}/beheer/zaken?behandelaar=niemand&sorteer=identificatie`)).text();
      for (const id of ids.slice(0, 2)) assert.doesNotMatch(stillOpen, new RegExp(`value="${id}"`));
      assert.match(stillOpen, new RegExp(`value="${ids[2]}"`));

      // One zaak from its page.
      const single = await carla.post(`${P}/beheer/zaken/${ids[2]}/toewijzen`, { medewerker: bramId }, { formPage: `${P}/beheer/zaken/${ids[2]}` });
      assert.equal(single.status, 303);
      assert.match(await (await carla.get(`${P}/beheer/zaken/${ids[2]}`)).text(), /Bram Smit/);
      const unknown = await carla.post(`${P}/beheer/zaken/${ids[2]}/toewijzen`, { medewerker: 'niemand-bekend' }, { formPage: `${P}/beheer/zaken/${ids[2]}` });
      assert.equal(unknown.status, 400);
      assert.match(await unknown.text(), /error-summary/);

      // A behandelaar may claim, not assign.
      assert.equal((await bram.post(`${P}/beheer/zaken/toewijzen`, { zaken: [ids[2]!], medewerker: bramId }, { formPage: `${P}/beheer/zaken` })).status, 403);
      assert.equal((await bram.post(`${P}/beheer/zaken/${ids[2]}/toewijzen`, { medewerker: bramId }, { formPage: `${P}/beheer/zaken/${ids[2]}` })).status, 403);
      assert.doesNotMatch(await (await bram.get(`${P}/beheer/zaken`)).text(), /id="bulk-medewerker"/);
    });

    it('lets functioneel beheer manage letter templates; a bad placeholder gets a Dutch error summary and keeps the text', async () => {
      const dennis = await loginAsStaff(server, P, 'dennis.mulder');
      const list = await (await dennis.get(`${P}/beheer/sjablonen`)).text();
      assert.match(list, /Briefsjablonen/);
      assert.match(list, /PARKEERVERGUNNING-BEWONERS/);
      const tekst = 'Beste {{aanvrager.naam}},\n\nUw schutting mag blijven staan. {{aanvrager.schoenmaat}}';
      const fields = { zaaktypeIdentificatie: 'KAPVERGUNNING', sleutel: 'Toegekend (test)', titel: 'Besluit op uw aanvraag', tekst };
      const bad = await dennis.post(`${P}/beheer/sjablonen`, fields, { formPage: `${P}/beheer/sjablonen/nieuw` });
      assert.equal(bad.status, 400);
      const badHtml = await bad.text();
      assert.match(badHtml, /error-summary/);
      assert.match(badHtml, /Onbekende invulvelden: \{\{aanvrager\.schoenmaat\}\}/);
      assert.match(badHtml, /href="#tekst"/);
      assert.match(badHtml, /Uw schutting mag blijven staan\. \{\{aanvrager\.schoenmaat\}\}/, 'the text is kept');
      assert.match(badHtml, /value="Toegekend \(test\)"/);

      const created = await dennis.post(`${P}/beheer/sjablonen`, { ...fields, tekst: tekst.replace(' {{aanvrager.schoenmaat}}', '') }, { formPage: `${P}/beheer/sjablonen/nieuw` });
      assert.equal(created.status, 303);
      const after = await (await dennis.get(`${P}/beheer/sjablonen?melding=saved`)).text();
      assert.match(after, /Het sjabloon is opgeslagen/);
      const id = /href="\/dijkwaard\/beheer\/sjablonen\/([0-9a-f-]{36})">Toegekend \(test\)</.exec(after)?.[1];
      assert.ok(id, 'the new template is listed');
      const edited = await dennis.post(`${P}/beheer/sjablonen/${id}`, { ...fields, titel: 'Uw kapvergunning', tekst: 'Beste {{aanvrager.naam}},' }, { formPage: `${P}/beheer/sjablonen/${id}` });
      assert.equal(edited.status, 303);
      assert.match(await (await dennis.get(`${P}/beheer/sjablonen/${id}`)).text(), /value="Uw kapvergunning"/);
      // The same key twice is refused with an error at the field.
      const twice = await dennis.post(`${P}/beheer/sjablonen`, { ...fields, tekst: 'Beste {{aanvrager.naam}},' }, { formPage: `${P}/beheer/sjablonen/nieuw` });
      assert.equal(twice.status, 400);
      assert.match(await twice.text(), /href="#sleutel"/);
      assert.equal((await dennis.post(`${P}/beheer/sjablonen/${id}/verwijderen`, {}, { formPage: `${P}/beheer/sjablonen/${id}` })).status, 303);
      assert.equal((await dennis.get(`${P}/beheer/sjablonen/${id}`)).status, 404);
      // Behandelaars use templates, they do not manage them.
      assert.equal((await bram.get(`${P}/beheer/sjablonen`)).status, 403);
    });
  });
}
