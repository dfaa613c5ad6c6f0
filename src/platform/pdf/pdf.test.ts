import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { municipalityForPdf, renderPdf, winAnsi, type PdfOptions, type PdfWriter } from './index.js';
import { readPdf } from './pdf-text.js';

const DIJKWAARD = municipalityForPdf({
  name: 'Gemeente Dijkwaard',
  theme: { primary: '#0b5e7a', primaryDark: '#073f52', primaryLight: '#e6f2f6', accent: '#f2a900' },
  contact: { phone: '14 0599', email: 'info@dijkwaard.example.nl', address: 'Havenplein 1, 4201 AA Dijkwaard', website: 'https://www.dijkwaard.example.nl' },
});

const options = (overrides: Partial<PdfOptions> = {}): PdfOptions => ({
  title: 'Besluit op uw aanvraag omgevingsvergunning', lang: 'nl', municipality: DIJKWAARD, author: 'Gemeente Dijkwaard',
  subject: 'Zaak Z-2026-000123', creationDate: new Date('2026-03-02T10:00:00Z'), ...overrides,
});

function letter(doc: PdfWriter): void {
  doc.letterhead();
  doc.addressBlock(['Mevrouw F. El Amrani', 'Dorpsstraat 12', '4201 AB Dijkwaard']);
  doc.meta([['Datum', '2 maart 2026'], ['Ons kenmerk', 'Z-2026-000123'], ['Onderwerp', 'Besluit omgevingsvergunning']]);
  doc.heading('Besluit');
  doc.paragraph('Geachte mevrouw El Amrani,\n\nU heeft op 12 januari 2026 een omgevingsvergunning aangevraagd voor het plaatsen van een dakkapel. Wij hebben uw aanvraag beoordeeld.');
  doc.heading('Wat hebben wij besloten?', 2);
  doc.paragraph('Wij verlenen de vergunning.');
  doc.keyValues([['Zaaknummer', 'Z-2026-000123'], ['Activiteit', 'Bouwen van een dakkapel aan de achterzijde van de woning'], ['Locatie', 'Dorpsstraat 12, Dijkwaard']]);
  doc.heading('Wat moet u doen?', 2);
  doc.list(['Meld de start van de bouw twee dagen van tevoren.', 'Houd de vergunning op de bouwplaats bij de hand.']);
  doc.signature('J. de Vries', 'Teamleider Vergunningen');
}

describe('PDF letters', () => {
  it('writes a letter whose text can be read back in order, with headings and values', async () => {
    const pdf = await renderPdf(options(), letter);
    assert.equal(pdf.subarray(0, 8).toString('latin1'), '%PDF-1.7');
    const read = readPdf(pdf);
    assert.equal(read.pages.length, 1);
    const lines = read.pages[0]!;
    assert.equal(lines[0], 'Gemeente Dijkwaard', 'letterhead first');
    assert.deepEqual(lines.slice(1, 3), ['Havenplein 1', '4201 AA Dijkwaard']);
    for (const expected of ['Mevrouw F. El Amrani', 'Datum 2 maart 2026', 'Ons kenmerk Z-2026-000123', 'Besluit', 'Geachte mevrouw El Amrani,',
      'Wat hebben wij besloten?', 'Zaaknummer Z-2026-000123', 'Locatie Dorpsstraat 12, Dijkwaard', 'Wat moet u doen?',
      'Meld de start van de bouw twee dagen van tevoren.', 'Met vriendelijke groet,', 'J. de Vries', 'Teamleider Vergunningen', 'Pagina 1 van 1']) {
      assert.ok(lines.includes(expected), `line "${expected}" in ${JSON.stringify(lines)}`);
    }
    assert.ok(lines.indexOf('Besluit') < lines.indexOf('Wat hebben wij besloten?'), 'reading order');
    assert.match(read.text, /Activiteit Bouwen van een dakkapel/);
  });

  it('is a tagged PDF with title, language, display title and a logical structure', async () => {
    const read = readPdf(await renderPdf(options(), letter));
    assert.equal(read.info.Title, 'Besluit op uw aanvraag omgevingsvergunning');
    assert.equal(read.info.Author, 'Gemeente Dijkwaard');
    assert.equal(read.info.Subject, 'Zaak Z-2026-000123');
    assert.equal(read.lang, 'nl-NL');
    assert.equal(read.tagged, true);
    assert.equal(read.displayDocTitle, true);
    for (const type of ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'LBody']) {
      assert.ok(read.structureTypes.includes(type), `structure ${type} in ${read.structureTypes.join(' ')}`);
    }
    const english = readPdf(await renderPdf(options({ lang: 'en', title: 'Decision' }), (doc) => { doc.heading('Decision'); doc.signature('J. de Vries', 'Team lead'); }));
    assert.equal(english.lang, 'en-GB');
    assert.ok(english.pages[0]!.includes('Kind regards,'));
    assert.ok(english.pages[0]!.includes('Page 1 of 1'));
  });

  it('continues a long table over pages, with correct page numbers on every page', async () => {
    const rows: [string, string][] = Array.from({ length: 90 }, (_, i) => [`Eigenschap ${i + 1}`, i % 10 === 0
      ? `Een lange waarde die over meerdere regels loopt omdat zij veel woorden bevat, nummer ${i + 1}, en nog wat meer tekst om zeker te zijn dat het afbreekt.`
      : `Waarde ${i + 1}`]);
    const read = readPdf(await renderPdf(options({ compress: false }), (doc) => {
      doc.letterhead();
      doc.heading('Gegevens van uw aanvraag');
      doc.keyValues(rows);
      doc.paragraph('Einde van de gegevens.');
    }));
    const total = read.pages.length;
    assert.ok(total >= 3, `spans pages (${total})`);
    read.pages.forEach((lines, i) => assert.ok(lines.includes(`Pagina ${i + 1} van ${total}`), `page ${i + 1} numbered: ${lines.slice(-2).join(' | ')}`));
    // Every row once, in order, and each row whole on one page (label and value together).
    const all = read.pages.flat();
    let last = -1;
    for (let i = 1; i <= 90; i++) {
      const at = all.findIndex((l) => l.startsWith(`Eigenschap ${i} `));
      assert.ok(at > last, `row ${i} after row ${i - 1}`);
      assert.match(all[at]!, i % 10 === 1 ? /Een lange waarde/ : new RegExp(`Waarde ${i}$`));
      last = at;
    }
    assert.ok(read.pages[total - 1]!.includes('Einde van de gegevens.'));
    assert.equal(read.pages[0]![0], 'Gemeente Dijkwaard');
  });

  it('lets a single value longer than a page flow over pages', async () => {
    const long = Array.from({ length: 160 }, (_, i) => `Regel ${i + 1} van de toelichting.`).join('\n');
    const read = readPdf(await renderPdf(options(), (doc) => doc.keyValues([['Toelichting', long], ['Daarna', 'nog een rij']])));
    assert.ok(read.pages.length >= 2);
    const all = read.pages.flat();
    assert.ok(all.includes('Toelichting Regel 1 van de toelichting.'));
    assert.ok(all.includes('Regel 160 van de toelichting.'));
    assert.ok(all.indexOf('Daarna nog een rij') > all.indexOf('Regel 160 van de toelichting.'));
  });

  it('renders PDF-special characters and Dutch diacritics as written', async () => {
    const tricky = 'Café (één) \\ back\\slash ) ( ë é ï ö ü à ç — “aanhalingstekens” € 12,50';
    const read = readPdf(await renderPdf(options({ title: 'Besluit (één) \\ ë' }), (doc) => {
      doc.heading(tricky);
      doc.paragraph(tricky);
      doc.keyValues([['Kenmerk (oud) \\ ë', 'Waarde (één) \\ ï )(']]);
      doc.list([tricky]);
    }));
    assert.equal(read.info.Title, 'Besluit (één) \\ ë');
    const lines = read.pages[0]!;
    assert.equal(lines.filter((l) => l === tricky).length, 3, `heading, paragraph and list item: ${JSON.stringify(lines)}`);
    assert.ok(lines.includes('Kenmerk (oud) \\ ë Waarde (één) \\ ï )('), 'table row');
  });

  it('writes letters outside Windows-1252 without their accent instead of a wrong glyph', async () => {
    assert.equal(winAnsi('Łukasz Wójcik, Ĳsselmonde, Gödel, Straße, Ørsted, Zoë, Ελλάδα ✓'), 'Lukasz Wójcik, IJsselmonde, Gödel, Straße, Ørsted, Zoë, ?????? ?');
    const read = readPdf(await renderPdf(options(), (doc) => doc.paragraph('Łukasz Ĳzerman')));
    assert.ok(read.pages[0]!.includes('Lukasz IJzerman'));
  });

  it('gives the same bytes for the same input and creation date', async () => {
    const a = await renderPdf(options(), letter);
    const b = await renderPdf(options(), letter);
    assert.ok(a.equals(b));
    const c = await renderPdf(options({ creationDate: new Date('2026-03-03T10:00:00Z') }), letter);
    assert.ok(!a.equals(c));
  });

  it('passes an error from the builder on', async () => {
    await assert.rejects(renderPdf(options(), () => { throw new Error('geen gegevens'); }), /geen gegevens/);
  });
});
