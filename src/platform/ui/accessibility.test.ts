/**
 * Accessibility in a real browser: every kind of page, in Dutch and English, is checked with
 * axe-core against WCAG 2.1 A/AA in Debian's Chromium, and the main tasks are done with
 * JavaScript switched off and with the keyboard. Runs on PGlite only: it tests markup, not SQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertNoViolations, launchChromium, staffLoginInBrowser } from '../testing/browser.js';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { engines, startTestServer, type TestServer } from '../testing/harness.js';

type Lang = 'nl' | 'en';
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;





/** A page to check: how to get there and what should be on the screen then. */
interface PageSpec {
  name: string;
  path: string;
  status: number;
  admin?: boolean;
  /** Something to do on the page first (submit a form); the page checked is where it lands. */
  act?: (page: Page) => Promise<void>;
}

const engine = engines()[0]!;

describe(`Accessibility in Chromium (${engine})`, () => {
  let server: TestServer;
  let browser: Browser;
  /** Cookies to start a context with, per language and role: the staff session, the chosen language. */
  const states = new Map<string, StorageState>();
  let paspoortId: string;
  let idkaartId: string;

  before(async () => {
    // Assigned one by one, so `after` closes whichever started even when the other failed.
    await Promise.all([
      startTestServer(engine).then((s) => { server = s; }),
      launchChromium()
        .then((b) => { browser = b; }),
    ]);
    const idOf = async (slug: string) => ((await (await server.fetch(`/dijkwaard/api/v1/products/${slug}`)).json()) as { id: string }).id;
    [paspoortId, idkaartId] = await Promise.all([idOf('paspoort-aanvragen'), idOf('identiteitskaart-aanvragen')]);

    // Log in once through the browser; every back-office test starts a fresh context from this state.
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/dijkwaard/beheer/inloggen`);
    await staffLoginInBrowser(page, 'dennis.mulder');
    assert.equal(new URL(page.url()).pathname, '/dijkwaard/beheer');
    // One edit, so the history page shows a change with its diff.
    await page.goto(`${server.url}/dijkwaard/beheer/producten/${paspoortId}`);
    await page.fill('#keywords', `${await page.inputValue('#keywords')}, reisdocument`);
    await page.click('form.stadhuis-form button[type=submit]');
    assert.match(page.url(), /melding=saved/);
    states.set('nl/staff', await context.storageState());
    // English through the language switch's own URL, for visitors and for staff.
    await page.goto(`${server.url}/dijkwaard/taal?kies=en&terug=/`);
    states.set('en/staff', await context.storageState());
    await context.close();
    const visitor = await newContext();
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`${server.url}/dijkwaard/taal?kies=en&terug=/`);
    assert.equal(await visitorPage.getAttribute('html', 'lang'), 'en');
    states.set('en/visitor', await visitor.storageState());
    await visitor.close();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL', ...options });
    context.setDefaultTimeout(10_000);
    return context;
  }

  /** A fresh context in the given language, logged in to the back office when asked. */
  async function pageFor(lang: Lang, admin = false, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
    const storageState = states.get(`${lang}/${admin ? 'staff' : 'visitor'}`);
    const context = await newContext({ ...(storageState ? { storageState } : {}), ...options });
    return { context, page: await context.newPage() };
  }

  const pages: PageSpec[] = [
    { name: 'platform home', path: '/', status: 200 },
    { name: 'municipality home', path: '/dijkwaard', status: 200 },
    { name: 'category page', path: '/dijkwaard/onderwerpen/burgerzaken', status: 200 },
    { name: 'product page', path: '/dijkwaard/producten/paspoort-aanvragen', status: 200 },
    { name: 'A-Z list', path: '/dijkwaard/producten', status: 200 },
    { name: 'search with results', path: '/dijkwaard/zoeken?q=paspoort', status: 200 },
    { name: 'search without results', path: '/dijkwaard/zoeken?q=xyzzyqq', status: 200 },
    { name: 'page not found', path: '/dijkwaard/bestaat-niet', status: 404 },
    { name: 'unknown municipality', path: '/onbekend', status: 404 },
    { name: 'back-office login', path: '/dijkwaard/beheer/inloggen', status: 200 },
    { name: 'back-office home', path: '/dijkwaard/beheer', status: 200, admin: true },
    { name: 'back-office product list', path: '/dijkwaard/beheer/producten', status: 200, admin: true },
    { name: 'new-product form', path: '/dijkwaard/beheer/producten/nieuw', status: 200, admin: true },
    {
      name: 'edit form with errors', path: '/dijkwaard/beheer/producten/{paspoort}', status: 400, admin: true,
      act: async (page) => {
        await page.fill('#title', '');
        await page.fill('#slug', 'Geen Geldig Webadres!');
        await page.click('form.stadhuis-form button[type=submit]');
      },
    },
    { name: 'edit form with saved notice', path: '/dijkwaard/beheer/producten/{paspoort}?melding=saved', status: 200, admin: true },
    { name: 'product history', path: '/dijkwaard/beheer/producten/{paspoort}/geschiedenis', status: 200, admin: true },
    { name: 'product preview', path: '/dijkwaard/beheer/producten/{paspoort}/voorbeeld', status: 200, admin: true },
  ];

  for (const lang of ['nl', 'en'] as const) {
    // Pages are only read here, so they can be checked side by side (each in its own context).
    describe(`WCAG 2.1 AA, ${lang === 'nl' ? 'Dutch' : 'English'}`, { concurrency: 3 }, () => {
      for (const spec of pages) {
        it(`${spec.name} has no axe violations`, async () => {
          const { context, page } = await pageFor(lang, spec.admin);
          try {
            const path = spec.path.replace('{paspoort}', paspoortId);
            let response = await page.goto(`${server.url}${path}`);
            if (spec.act) {
              const landed = page.waitForEvent('response', (r) => r.request().isNavigationRequest());
              await spec.act(page);
              response = await landed;
              await page.waitForLoadState('load');
            }
            assert.equal(response?.status(), spec.status, `status of ${spec.name} (${page.url()})`);
            if (spec.admin) assert.doesNotMatch(page.url(), /inloggen/, 'still logged in');
            assert.equal(await page.getAttribute('html', 'lang'), lang);
            assert.equal(await page.locator('h1').count(), 1, 'one h1');
            if (spec.act) {
              assert.equal(await page.locator('#error-summary').count(), 1, 'error summary shown');
              assert.ok(await page.locator('[aria-invalid="true"]').count() >= 2, 'fields marked invalid');
            }
            await assertNoViolations(page, `${spec.name} (${lang}) ${page.url()}`);
          } finally {
            await context.close();
          }
        });
      }
    });
  }

  describe('without JavaScript', () => {
    it('a resident searches from the home page, opens a result and switches language', async () => {
      const { context, page } = await pageFor('nl', false, { javaScriptEnabled: false });
      try {
        await page.goto(`${server.url}/dijkwaard`);
        await page.getByLabel('Zoeken naar').fill('paspoort');
        await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
        const url = new URL(page.url());
        assert.equal(url.pathname, '/dijkwaard/zoeken');
        assert.equal(url.searchParams.get('q'), 'paspoort');
        const result = page.locator('.stadhuis-results a', { hasText: 'Paspoort aanvragen' });
        assert.equal(await result.count(), 1, 'a result "Paspoort aanvragen"');

        await result.click();
        assert.equal(new URL(page.url()).pathname, '/dijkwaard/producten/paspoort-aanvragen');
        assert.equal((await page.locator('h1').innerText()).trim(), 'Paspoort aanvragen');

        await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).click();
        assert.equal(new URL(page.url()).pathname, '/dijkwaard/producten/paspoort-aanvragen');
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
        assert.equal((await page.locator('.utrecht-skip-link').innerText()).trim(), 'Skip to main content');

        await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click();
        assert.equal(await page.getAttribute('html', 'lang'), 'nl');
        assert.equal(new URL(page.url()).pathname, '/dijkwaard/producten/paspoort-aanvragen');
      } finally {
        await context.close();
      }
    });

    it('staff log in and save a product edit', async () => {
      const { context, page } = await pageFor('nl', false, { javaScriptEnabled: false });
      try {
        await page.goto(`${server.url}/dijkwaard/beheer/producten/${idkaartId}`);
        assert.equal(new URL(page.url()).pathname, '/dijkwaard/beheer/inloggen', 'sent to the login page');
        await staffLoginInBrowser(page, 'dennis.mulder');
        assert.equal(new URL(page.url()).pathname, `/dijkwaard/beheer/producten/${idkaartId}`, 'back at the page asked for');

        const leadTime = 'Meestal binnen 5 werkdagen (getest zonder JavaScript).';
        await page.getByLabel('Doorlooptijd in woorden', { exact: true }).fill(leadTime);
        await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
        assert.match(page.url(), /melding=saved/);
        assert.equal((await page.getByRole('status').innerText()).trim(), 'De wijzigingen zijn opgeslagen.');
        assert.equal(await page.inputValue('#leadTime'), leadTime);
      } finally {
        await context.close();
      }
    });
  });

  describe('keyboard', () => {
    it('the first Tab reaches a visible skip link to the main content', async () => {
      const { context, page } = await pageFor('nl');
      try {
        await page.goto(`${server.url}/dijkwaard`);
        await page.keyboard.press('Tab');
        const focused = (await page.evaluate(`(() => {
          const el = document.activeElement;
          const box = el.getBoundingClientRect();
          return { tag: el.tagName, href: el.getAttribute('href'), text: el.textContent.trim(), width: box.width, height: box.height };
        })()`)) as { tag: string; href: string | null; text: string; width: number; height: number };
        assert.equal(focused.tag, 'A');
        assert.equal(focused.href, '#main');
        assert.equal(focused.text, 'Ga direct naar de inhoud');
        assert.ok(focused.width > 20 && focused.height > 10, `skip link visible on focus (${focused.width}x${focused.height})`);

        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate('document.activeElement.id'), 'main', 'focus moved to <main>');
      } finally {
        await context.close();
      }
    });
  });
});
