/**
 * The zaaktype pages of the back office in a real browser: axe-core (WCAG 2.1 A/AA) in Debian's
 * Chromium, in Dutch and English, including pages with an error summary; and the main task done
 * with JavaScript switched off. Runs on PGlite only: it tests markup, not SQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { assertNoViolations, launchChromium, staffLoginInBrowser } from '../../platform/testing/browser.js';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { createZaaktype, listZaaktypen } from './service.js';
import { beheerder, zaaktypeInput } from './test-fixtures.js';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
const engine = engines()[0]!;

describe(`zaaktype pages in Chromium (${engine})`, () => {
  let server: TestServer;
  let browser: Browser;
  const states = new Map<string, StorageState>();
  const ids: Record<string, string> = {};

  before(async () => {
    await Promise.all([
      startTestServer(engine).then((s) => { server = s; }),
      launchChromium().then((b) => { browser = b; }),
    ]);
    const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!;
    await server.stadhuis.database.withTenant(tenant.id, async (tx) => {
      const all = await listZaaktypen(tx);
      ids.parkeren = all.find((z) => z.identificatie === 'PARKEERVERGUNNING-BEWONERS' && z.versie === 2)!.id;
      ids.wmo = all.find((z) => z.identificatie === 'WMO-MAATWERKVOORZIENING')!.id;
      // A concept that cannot be published yet (no resultaattype, a besluittype that does not exist).
      ids.concept = (await createZaaktype(tx, beheerder(), zaaktypeInput({ identificatie: 'TOEGANKELIJK-CONCEPT', resultaattypen: [], besluittypeOmschrijvingen: ['Bestaat niet'], rules: null }))).id;
    });

    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/dijkwaard/beheer/inloggen?terug=/beheer/zaaktypen`);
    await staffLoginInBrowser(page, 'dennis.mulder');
    assert.equal(new URL(page.url()).pathname, '/dijkwaard/beheer/zaaktypen');
    states.set('nl', await context.storageState());
    await page.goto(`${server.url}/dijkwaard/taal?kies=en&terug=/beheer/zaaktypen`);
    states.set('en', await context.storageState());
    await context.close();
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

  interface Spec {
    name: string;
    path: () => string;
    status: number;
    act?: (page: Page) => Promise<void>;
    errors?: boolean;
  }

  const specs: Spec[] = [
    { name: 'zaaktype list', path: () => '/dijkwaard/beheer/zaaktypen', status: 200 },
    { name: 'published version with rules, versions and history', path: () => `/dijkwaard/beheer/zaaktypen/${ids.parkeren}`, status: 200 },
    { name: 'published Wmo version with the kitchen-table status', path: () => `/dijkwaard/beheer/zaaktypen/${ids.wmo}`, status: 200 },
    { name: 'concept version', path: () => `/dijkwaard/beheer/zaaktypen/${ids.concept}`, status: 200 },
    { name: 'new zaaktype form', path: () => '/dijkwaard/beheer/zaaktypen/nieuw', status: 200 },
    { name: 'concept edit form', path: () => `/dijkwaard/beheer/zaaktypen/${ids.concept}/bewerken`, status: 200 },
    {
      name: 'form with errors (fields and rules)', path: () => `/dijkwaard/beheer/zaaktypen/${ids.concept}/bewerken`, status: 400, errors: true,
      act: async (page) => {
        await page.fill('#omschrijving', '');
        await page.fill('#doorlooptijd', 'acht weken');
        await page.fill('#rules', '{ "version": 2 }');
        await page.click('form.stadhuis-form > .stadhuis-actions button[type=submit]');
      },
    },
    {
      name: 'publish refused with the rules it breaks', path: () => `/dijkwaard/beheer/zaaktypen/${ids.concept}`, status: 400, errors: true,
      act: async (page) => { await page.click(`form[action$="/publiceren"] button[type=submit]`); },
    },
    {
      name: 'new version with a wrong date', path: () => `/dijkwaard/beheer/zaaktypen/${ids.wmo}`, status: 400, errors: true,
      act: async (page) => {
        await page.fill('#beginGeldigheid', 'volgende maand');
        await page.click('form[action$="/nieuwe-versie"] button[type=submit]');
      },
    },
  ];

  for (const lang of ['nl', 'en'] as const) {
    describe(`WCAG 2.1 AA, ${lang === 'nl' ? 'Dutch' : 'English'}`, () => {
      for (const spec of specs) {
        it(`${spec.name} has no axe violations`, async () => {
          const context = await newContext({ storageState: states.get(lang)! });
          const page = await context.newPage();
          try {
            let response = await page.goto(`${server.url}${spec.path()}`);
            if (spec.act) {
              const landed = page.waitForEvent('response', (r) => r.request().isNavigationRequest());
              await spec.act(page);
              response = await landed;
              await page.waitForLoadState('load');
            }
            assert.equal(response?.status(), spec.status, `status of ${spec.name} (${page.url()})`);
            assert.equal(await page.getAttribute('html', 'lang'), lang);
            assert.equal(await page.locator('h1').count(), 1, 'one h1');
            if (spec.errors) {
              assert.equal(await page.locator('#error-summary').count(), 1, 'error summary shown');
              // Every link in the summary leads to something on the page.
              for (const target of await page.locator('#error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
                assert.equal(await page.locator(target).count(), 1, `target ${target} exists`);
              }
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
    it('a functioneel beheerder creates a concept, adds a status in the empty row and publishes it', async () => {
      const context = await newContext({ storageState: states.get('nl')!, javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/dijkwaard/beheer/zaaktypen`);
        await page.getByRole('link', { name: 'Nieuw zaaktype' }).click();
        await page.fill('#identificatie', 'ZONDER-JS');
        await page.fill('#omschrijving', 'Zaaktype zonder JavaScript');
        await page.fill('#onderwerp', 'Toegankelijkheid');
        await page.fill('#doel', 'Laten zien dat alles zonder JavaScript werkt.');
        await page.fill('#aanleiding', 'Een test.');
        // The statustypen fieldsets are groups named after their row; the empty one adds a status.
        assert.equal(await page.getByRole('group', { name: 'Nieuw: Statustype' }).count(), 1);
        await page.fill('#statustypen-2-volgnummer', '3');
        await page.fill('#statustypen-2-omschrijving', 'Gearchiveerd');
        await page.fill('#statustypen-2-statustekst', 'Uw zaak is gearchiveerd.');
        await page.fill('#resultaattypen-0-omschrijving', 'Afgehandeld');
        await page.fill('#resultaattypen-0-resultaattypeomschrijving', 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/f7d2dc14-1b71-4179-aed3-4e7abcfbeb0d');
        await page.fill('#resultaattypen-0-selectielijstklasse', 'https://selectielijst.openzaak.nl/api/v1/resultaten/5038528b-0eb7-4502-a415-a3093987d69b');
        await page.selectOption('#resultaattypen-0-archiefnominatie', 'vernietigen');
        await page.fill('#resultaattypen-0-archiefactietermijn', 'P1Y');
        await page.getByRole('button', { name: 'Opslaan' }).click();
        assert.match(page.url(), /\/dijkwaard\/beheer\/zaaktypen\/[0-9a-f-]{36}\?melding=created$/);
        assert.match(await page.locator('main').innerText(), /Gearchiveerd \(eindstatus\)/);
        await page.getByRole('button', { name: 'Publiceren' }).click();
        assert.match(page.url(), /melding=published/);
        assert.match(await page.locator('main').innerText(), /Gepubliceerd: Nog niet geldig|Gepubliceerd: Geldig nu/);
      } finally {
        await context.close();
      }
    });
  });
});
