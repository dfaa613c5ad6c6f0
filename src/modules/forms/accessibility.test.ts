/**
 * Online forms in a real browser: every kind of question, the error states, the review and the
 * receipt are checked with axe-core against WCAG 2.1 A/AA in Debian's Chromium, in Dutch (without
 * the site's JavaScript: the whole flow works without it) and in English (with it: the address is
 * completed while typing). Also the facts from the BRP, saving, and the form designer.
 * Runs on PGlite only: it tests markup, not SQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertNoViolations, launchChromium } from '../../platform/testing/browser.js';
import { engines, loginAsAdmin, loginAsResident, startTestServer, type TestServer, type Visitor } from '../../platform/testing/harness.js';
import { FILES } from './test-files.js';
import { FormVisitor, publishProefForm } from './test-support.js';

const engine = engines()[0]!;
const BASE = '/dijkwaard/formulieren/proef-alle-velden';

describe(`Online forms in Chromium (${engine})`, () => {
  let server: TestServer;
  let browser: Browser;
  let resident: Visitor;
  let admin: Visitor;

  before(async () => {
    await Promise.all([
      startTestServer(engine, { env: { TRUST_PROXY: 'true' } }).then((s) => { server = s; }),
      launchChromium().then((b) => { browser = b; }),
    ]);
    await publishProefForm(server, 'dijkwaard');
    resident = await loginAsResident(server, '/dijkwaard', '999993653', 'midden', new FormVisitor(server));
    admin = await loginAsAdmin(server, 'dijkwaard');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(lang: 'nl' | 'en', options: { javaScript: boolean; cookies?: Record<string, string> }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL' });
    context.setDefaultTimeout(10_000);
    // "Without JavaScript": none of the site's scripts load (axe itself is injected by the test).
    if (!options.javaScript) await context.route('**/*.js', (route) => route.abort());
    const url = new URL(server.url);
    const cookies = { stadhuis_lang: lang, ...options.cookies };
    await context.addCookies(Object.entries(cookies).map(([name, value]) => ({ name, value, domain: url.hostname, path: '/', httpOnly: true, sameSite: 'Lax' as const })));
    return { context, page: await context.newPage() };
  }

  const next = (page: Page) => page.click('.stadhuis-actions button[value="volgende"]');
  const path = (page: Page) => { const u = new URL(page.url()); return u.pathname + u.search; };

  async function check(page: Page, where: string, lang: string, expect?: { status?: number; title?: RegExp }) {
    if (expect?.title) assert.match(await page.title(), expect.title, where);
    assert.equal(await page.getAttribute('html', 'lang'), lang, where);
    await assertNoViolations(page, `${where} (${lang})`);
  }

  for (const lang of ['nl', 'en'] as const) {
    const javaScript = lang === 'en';
    it(`the whole flow of every kind of question has no axe violations (${lang}, JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { context, page } = await open(lang, { javaScript });
      try {
        const err = lang === 'nl' ? /^Fout: / : /^Error: /;
        await page.goto(`${server.url}/dijkwaard/formulieren`);
        await check(page, 'form list', lang);
        await page.goto(`${server.url}${BASE}`);
        await check(page, 'start page', lang);
        await page.click('.stadhuis-start-button');
        assert.equal(path(page), `${BASE}/stap/gegevens`);
        await check(page, 'step with text, BSN, date, e-mail, phone and IBAN', lang);

        await page.fill('#f-bsn', '123456789');
        await page.fill('#f-geboortedatum-dag', '31');
        await page.fill('#f-geboortedatum-maand', '2');
        await page.fill('#f-geboortedatum-jaar', '2001');
        await next(page);
        await check(page, 'step with errors', lang, { title: err });
        assert.equal(await page.inputValue('#f-bsn'), '123456789', 'typed input is kept');
        // The summary links move to the field.
        await page.click('#error-summary a[href="#f-geboortedatum-dag"]');
        assert.equal(new URL(page.url()).hash, '#f-geboortedatum-dag');

        await page.fill('#f-naam', 'Suzanne Moulin');
        await page.fill('#f-bsn', '999993653');
        await page.fill('#f-geboortedatum-dag', '12');
        await page.fill('#f-geboortedatum-maand', '3');
        await page.fill('#f-geboortedatum-jaar', '1986');
        await page.fill('#f-email', 'suzanne@voorbeeld.nl');
        await page.fill('#f-iban', 'NL91ABNA0417164300');
        await page.press('#f-iban', 'Enter'); // Enter means "next", not another button on the page
        assert.equal(path(page), `${BASE}/stap/keuzes`);
        await check(page, 'step with radios, checkboxes, select, yes/no, number, money and textarea', lang);
        await next(page);
        await check(page, 'choices with errors', lang, { title: err });
        await page.check('#f-kleur-groen');
        await page.check('#f-dagen');
        await page.selectOption('#f-provincie', 'zeeland');
        await page.check('#f-huisdier-nee');
        await page.fill('#f-aantal', '3');
        await page.fill('#f-bedrag', '12,50');
        await next(page);

        assert.equal(path(page), `${BASE}/stap/adres`);
        await check(page, 'address step', lang);
        await page.fill('#f-adres-postcode', '4201 AB');
        await page.fill('#f-adres-huisnummer', '14');
        if (javaScript) {
          // With JavaScript the address appears while typing, and "next" goes on at once.
          await page.waitForSelector('[data-address-result] .stadhuis-found');
          assert.match(await page.textContent('[data-address-result]') ?? '', /Dijkstraat 14/);
          await check(page, 'address found while typing', lang);
          await next(page);
        } else {
          await next(page);
          assert.equal(path(page), `${BASE}/stap/adres?bevestigen=1`);
          assert.match(await page.textContent('[data-address-result]') ?? '', /Dijkstraat 14\s*4201 AB Dijkwaard/);
          await check(page, 'address to confirm', lang);
          await next(page);
        }

        assert.equal(path(page), `${BASE}/stap/gezin`);
        await page.fill('#f-leden-0-naam', 'Lotte');
        await page.click('button[value="toevoegen:leden"]');
        await page.fill('#f-leden-1-naam', 'Daan');
        await check(page, 'repeating group with two members', lang);
        await page.click('button[value="verwijderen:leden:1"]');
        assert.equal(await page.locator('#f-leden-1-naam').count(), 0);
        await page.fill('#f-leden-0-geboortedatum-dag', '20');
        await page.fill('#f-leden-0-geboortedatum-maand', '4');
        await page.fill('#f-leden-0-geboortedatum-jaar', '2015');
        await next(page);

        assert.equal(path(page), `${BASE}/stap/bijlagen`);
        await check(page, 'upload step', lang);
        await page.setInputFiles('#f-bewijs', { name: 'loonstrook.pdf', mimeType: 'application/pdf', buffer: FILES.png });
        await page.click('button[value="uploaden:bewijs"]');
        await check(page, 'upload refused', lang, { title: err });
        await page.setInputFiles('#f-bewijs', { name: 'bankafschrift.pdf', mimeType: 'application/pdf', buffer: FILES.pdf });
        await page.click('button[value="uploaden:bewijs"]');
        assert.match(await page.textContent('.stadhuis-file__list') ?? '', /bankafschrift\.pdf/);
        await check(page, 'upload step with a file', lang);
        await next(page);

        assert.equal(path(page), `${BASE}/stap/akkoord`);
        await check(page, 'consent step', lang);
        await page.check('#f-akkoord');
        await next(page);

        assert.equal(path(page), `${BASE}/controleren`);
        await check(page, 'review', lang);
        await page.click('form[action$="/versturen"] button[type=submit]');
        await check(page, 'review with the declaration missing', lang, { title: err });
        await page.check('#f-verklaring');
        await page.click('form[action$="/versturen"] button[type=submit]');
        assert.match(path(page), /\/ontvangen\/[0-9a-f-]{36}$/);
        assert.match(await page.textContent('.stadhuis-panel__reference') ?? '', /^FORM-20\d\d-\d{6}$/);
        await check(page, 'receipt', lang);
      } finally {
        await context.close();
      }
    });

    it(`facts from the BRP, saving and resuming, and the designer have no axe violations (${lang})`, async () => {
      const { context, page } = await open(lang, { javaScript: false, cookies: { stadhuis_sessie: resident.cookie('stadhuis_sessie')! } });
      try {
        await page.goto(`${server.url}/dijkwaard/formulieren/bijzondere-bijstand`);
        await check(page, 'start page when logged in', lang);
        await page.click('.stadhuis-start-button, .stadhuis-resume a');
        await page.waitForURL(/\/stap\//);
        if (path(page).endsWith('/stap/persoon')) {
          assert.match(await page.textContent('main') ?? '', /Suzanne Moulin/);
          await check(page, 'step with facts from the BRP', lang);
          await page.fill('#f-telefoon', '0612345678');
          await next(page);
        }
        await page.goto(`${server.url}/dijkwaard/formulieren/bijzondere-bijstand/stap/huishouden`);
        assert.match(await page.textContent('main') ?? '', /Thomas Jan de Wit/);
        await check(page, 'household from the BRP and a repeating group', lang);
        await page.click('.stadhuis-actions button[value="opslaan"]');
        await check(page, 'saved for a logged-in resident', lang);

        await page.goto(`${server.url}/dijkwaard/formulieren/parkeervergunning-bewoners`);
        await check(page, 'start page of a form that needs DigiD midden', lang);
      } finally {
        await context.close();
      }
      const anonymous = await open(lang, { javaScript: false });
      try {
        const p = anonymous.page;
        await p.goto(`${server.url}/dijkwaard/formulieren/melding-openbare-ruimte`);
        await p.click('.stadhuis-start-button');
        await p.click('.stadhuis-actions button[value="opslaan"]');
        await check(p, 'asking the e-mail address for a resume link', lang);
        await p.click('form[action$="/opslaan"] button[type=submit]');
        await check(p, 'resume link e-mail with an error', lang);
        await p.fill('#f-email', 'melder@voorbeeld.nl');
        await p.click('form[action$="/opslaan"] button[type=submit]');
        await check(p, 'resume link sent', lang);
        await p.goto(`${server.url}/dijkwaard/formulieren/melding-openbare-ruimte/hervatten?code=${'x'.repeat(43)}`);
        await check(p, 'a resume link that does not work', lang);
        await p.goto(`${server.url}/dijkwaard/formulieren/bestaat-niet`);
        await check(p, 'a form that does not exist', lang);
      } finally {
        await anonymous.context.close();
      }
      const staff = await open(lang, { javaScript: false, cookies: { stadhuis_staff: admin.cookie('stadhuis_staff')! } });
      try {
        const p = staff.page;
        await p.goto(`${server.url}/dijkwaard/beheer/formulieren`);
        await check(p, 'designer list', lang);
        await p.goto(`${server.url}/dijkwaard/beheer/formulieren/parkeervergunning-bewoners`);
        await check(p, 'designer edit page', lang);
        await p.selectOption('#voorbeeldstap', 'auto');
        await p.click('button[value="voorbeeld"]');
        assert.match(await p.textContent('.stadhuis-designer-preview') ?? '', /AB-123-C/);
        await check(p, 'designer preview of a step', lang);
        await p.fill('#definitie', '{ "id": "kapot", }');
        await p.click('button[value="opslaan"]');
        await check(p, 'designer with JSON problems', lang);
        await p.goto(`${server.url}/dijkwaard/beheer/formulieren/parkeervergunning-bewoners/versies/1`);
        await check(p, 'designer version', lang);
      } finally {
        await staff.context.close();
      }
    });
  }
});
