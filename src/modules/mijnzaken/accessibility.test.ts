/**
 * Mijn zaken in a real browser: axe-core (WCAG 2.1 A/AA) in Chromium on the list, the case page
 * with an open question and an automated assessment (also with errors), and the volglink page, in
 * Dutch and English; and answering a question with a file with JavaScript switched off.
 * Runs on PGlite only: it tests markup, not SQL.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { staffActor } from '../../platform/testing/actors.js';
import { assertNoViolations, launchChromium } from '../../platform/testing/browser.js';
import { engines, loginAsResident, startTestServer, type TestServer, type Visitor } from '../../platform/testing/harness.js';
import { currentZaaktype } from '../catalogi/index.js';
import { createVolglink, recordAssessment, zakenService } from '../zaken/index.js';
import { resident } from './test-support.js';

const engine = engines()[0]!;
const BSN = '999993653';

describe(`Mijn zaken in Chromium (${engine})`, () => {
  let server: TestServer;
  let browser: Browser;
  let visitor: Visitor;
  const ids: Record<string, string> = {};
  let token = '';
  const dir = mkdtempSync(path.join(tmpdir(), 'mijnzaken-'));

  before(async () => {
    await Promise.all([
      startTestServer(engine).then((s) => { server = s; }),
      launchChromium().then((b) => { browser = b; }),
    ]);
    const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!;
    const zaken = zakenService(server.stadhuis.platform);
    const behandelaar = staffActor(['behandelaar']);
    await server.stadhuis.database.withTenant(tenant.id, async (tx) => {
      const zaaktype = (await currentZaaktype(tx, 'PARKEERVERGUNNING-BEWONERS'))!;
      const zaak = await zaken.createZaak(tx, resident(BSN), { zaaktype: zaaktype.id, omschrijving: 'Parkeervergunning' });
      ids.zaak = zaak.id;
      const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      ids.vraag = (await zaken.requestInformation(tx, behandelaar, zaak.id, { vraag: 'Stuur uw kentekenbewijs.', deadline })).id;
      await recordAssessment(tx, { kind: 'system', process: 'regels' }, zaak.id, {
        zaaktype: zaaktype.id, uitkomst: 'handmatig', feiten: {}, evaluatie: [], gevolg: 'handmatig',
        uitleg: { aanvrager: { nl: ['Wij konden uw adres niet automatisch controleren.'], en: ['We could not check your address automatically.'] }, medewerker: { nl: ['-'], en: ['-'] } },
      });
      token = (await createVolglink(tx, { kind: 'system', process: 'test' }, zaak.id)).token;
    });
    visitor = await loginAsResident(server, '/dijkwaard', BSN, 'midden');
    writeFileSync(path.join(dir, 'kenteken.pdf'), Buffer.from('%PDF-1.4\n%%EOF\n'));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function newContext(lang: 'nl' | 'en', options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL', ...options });
    context.setDefaultTimeout(10_000);
    const url = new URL(server.url);
    const cookies = [...(visitor as unknown as { cookies: Map<string, string> }).cookies].map(([name, value]) => ({ name, value, domain: url.hostname, path: '/' }));
    await context.addCookies(cookies);
    if (lang === 'en') {
      const page = await context.newPage();
      await page.goto(`${server.url}/dijkwaard/taal?kies=en&terug=/mijn`);
      await page.close();
    }
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
    { name: 'the list with a question waiting', path: () => '/dijkwaard/mijn/zaken', status: 200 },
    { name: 'the case page with an open question and an assessment', path: () => `/dijkwaard/mijn/zaken/${ids.zaak}`, status: 200 },
    {
      name: 'the case page with an error in the answer', path: () => `/dijkwaard/mijn/zaken/${ids.zaak}`, status: 400, errors: true,
      act: async (page) => { await page.click(`form[action$="/vragen/${ids.vraag}"] button[type=submit]`); },
    },
    { name: 'the volglink page', path: () => `/dijkwaard/zaak-volgen/${token}`, status: 200 },
    { name: 'a volglink that does not work', path: () => '/dijkwaard/zaak-volgen/onbekend', status: 404 },
  ];

  for (const lang of ['nl', 'en'] as const) {
    describe(`WCAG 2.1 AA, ${lang === 'nl' ? 'Dutch' : 'English'}`, () => {
      for (const spec of specs) {
        it(`${spec.name} has no axe violations`, async () => {
          const context = await newContext(lang);
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
    it('the applicant answers the question with a file and sees the thanks; the question is answered', async () => {
      const context = await newContext('nl', { javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/dijkwaard/mijn/zaken`);
        await page.click(`a[href$="/mijn/zaken/${ids.zaak}"]`);
        await page.fill(`#antwoord-${ids.vraag}`, 'Hierbij mijn kentekenbewijs.');
        await page.setInputFiles(`#bestanden-${ids.vraag}`, path.join(dir, 'kenteken.pdf'));
        await page.getByRole('button', { name: 'Antwoord versturen' }).click();
        await page.waitForLoadState('load');
        assert.match(await page.textContent('main') ?? '', /Wij hebben uw antwoord ontvangen/);
        assert.match(await page.textContent('main') ?? '', /Beantwoorde vragen/);
      } finally {
        await context.close();
      }
    });
  });
});
