import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { assertNoViolations, launchChromium } from '../../platform/testing/browser.js';
import { engines, startTestServer, Visitor, type TestServer } from '../../platform/testing/harness.js';

/** The resident's pages in Chromium with axe-core: login choice, Mijn …, Mijn gegevens, who viewed, logged out. */
describe('resident pages are accessible (WCAG 2.1 AA)', () => {
  let server: TestServer;
  let browser: Browser;
  let session: string;

  before(async () => {
    [server, browser] = await Promise.all([startTestServer(engines()[0]!), launchChromium()]);
    // Log in through the provider as a browser would, then hand the session cookie to Chromium.
    const local = (location: string) => { const u = new URL(location, server.url); return u.pathname + u.search; };
    const visitor = new Visitor(server);
    const start = await visitor.post('/dijkwaard/inloggen', { soort: 'digid', niveau: 'midden', terug: '/mijn' }, { formPage: '/dijkwaard/inloggen?niveau=midden' });
    const interaction = local((await visitor.get(local(start.headers.get('location')!))).headers.get('location')!);
    const submitted = await visitor.post(interaction, { soort: 'digid', persoon: '999991772', niveau: 'midden' });
    await visitor.get(local((await visitor.get(local(submitted.headers.get('location')!))).headers.get('location')!));
    session = visitor.cookie('stadhuis_sessie')!;
    assert.ok(session);
  });
  after(async () => { await browser?.close(); await server?.close(); });

  for (const lang of ['nl', 'en'] as const) {
    for (const [name, path, loggedIn] of [
      ['login choice', '/dijkwaard/inloggen?niveau=midden', false], ['logged out after inactivity', '/dijkwaard/sessie-verlopen', false],
      ['Mijn Dijkwaard', '/dijkwaard/mijn', true], ['Mijn gegevens', '/dijkwaard/mijn-gegevens', true], ['who viewed my details', '/dijkwaard/mijn-gegevens/inzage', true],
    ] as const) {
      it(`${name} (${lang})`, async () => {
        const context = await browser.newContext({ bypassCSP: true });
        try {
          const cookies: { name: string; value: string; url: string }[] = [{ name: 'stadhuis_lang', value: lang, url: server.url }];
          if (loggedIn) cookies.push({ name: 'stadhuis_sessie', value: session, url: server.url });
          await context.addCookies(cookies);
          const page = await context.newPage();
          const response = await page.goto(`${server.url}${path}`);
          assert.equal(response?.status(), 200, `${path} answered ${response?.status()} at ${page.url()}`);
          assert.equal(await page.getAttribute('html', 'lang'), lang);
          await assertNoViolations(page, `${path} (${lang})`);
        } finally {
          await context.close();
        }
      });
    }
  }
});
