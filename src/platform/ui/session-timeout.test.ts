/**
 * The session timeout in a real browser: every page of a logged-in visitor says when the session
 * ends (that is the warning without JavaScript); with JavaScript a warning appears two minutes
 * before, "Ingelogd blijven" keeps the session, and at the end the browser goes to the
 * "you were logged out" page. The browser's clock is moved forward; the server's is real.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { assertNoViolations, launchChromium } from '../testing/browser.js';
import { engines, startTestServer, type TestServer } from '../testing/harness.js';

const engine = engines()[0]!;

describe(`session timeout warning in Chromium (${engine})`, () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    await Promise.all([startTestServer(engine).then((s) => { server = s; }), launchChromium().then((b) => { browser = b; })]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function residentLogin(page: Page): Promise<void> {
    await page.goto(`${server.url}/dijkwaard/inloggen`);
    await page.locator('form', { has: page.locator('input[name=soort][value=digid]') }).locator('button[type=submit]').click();
    await page.getByLabel('Fatima El Amrani, BSN 999991772').check();
    await page.getByLabel('Midden (DigiD app of sms-controle)').check();
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    assert.equal(new URL(page.url()).pathname, '/dijkwaard/mijn');
  }

  it('says on every page when the session ends, also without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await residentLogin(page);
      await page.goto(`${server.url}/dijkwaard/producten/paspoort-aanvragen`);
      const notice = await page.locator('.stadhuis-session__notice').innerText();
      assert.match(notice, /^U bent ingelogd\. Doet u 15 minuten niets, dan wordt u om \d\d:\d\d uitgelogd\.$/);
      assert.equal(await page.locator('.stadhuis-session__warning').isVisible(), false);
    } finally {
      await context.close();
    }
  });

  it('warns two minutes before, keeps the session on request, and shows the logged-out page at the end', async () => {
    const context = await browser.newContext({ bypassCSP: true }); // for axe-core only
    try {
      const page = await context.newPage();
      await page.clock.install();
      await residentLogin(page);
      await page.goto(`${server.url}/dijkwaard/producten/paspoort-aanvragen`);
      const warning = page.getByRole('alertdialog');
      assert.equal(await warning.isVisible(), false);
      await page.clock.fastForward('13:10');
      await warning.waitFor({ state: 'visible' });
      assert.match(await warning.innerText(), /U wordt over 2 minuten uitgelogd/);
      const stay = page.getByRole('button', { name: 'Ingelogd blijven' });
      assert.ok(await stay.evaluate((el) => el === el.ownerDocument.activeElement), 'the button has focus');
      await assertNoViolations(page, 'session timeout warning');

      await stay.click();
      await warning.waitFor({ state: 'hidden' });
      assert.equal(new URL(page.url()).pathname, '/dijkwaard/producten/paspoort-aanvragen', 'the visitor stays on the page');

      await page.clock.fastForward('16:00');
      await page.waitForURL(/\/dijkwaard\/sessie-verlopen\?terug=/);
      assert.equal(new URL(page.url()).searchParams.get('terug'), '/producten/paspoort-aanvragen');
    } finally {
      await context.close();
    }
  });
});
