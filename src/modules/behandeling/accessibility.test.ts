/**
 * The back office for cases in a real browser: axe-core (WCAG 2.1 A/AA) in Chromium on the work
 * queue (with filters, and the bulk assignment with an error), a case page with an open
 * information request, a task, a conversation and an automated assessment, every action form of
 * that page in its error state, and the letter templates (list, edit, with an error); in Dutch and
 * English. Employees log in through the embedded identity provider in the browser.
 * Runs on PGlite only: it tests markup, not SQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { staffActor } from '../../platform/testing/actors.js';
import { assertNoViolations, launchChromium, staffLoginInBrowser } from '../../platform/testing/browser.js';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { beschikkingenService } from '../beschikkingen/index.js';
import { currentZaaktype } from '../catalogi/index.js';
import { addDays, dateInNl, recordAssessment, zakenService } from '../zaken/index.js';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
const engine = engines()[0]!;
const P = '/dijkwaard';
const BSN = '999993653';

describe(`case handling pages in Chromium (${engine})`, () => {
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
    const zaken = zakenService(server.stadhuis.platform);
    const behandelaar = staffActor(['behandelaar'], 'Test Behandelaar');
    const resident = { kind: 'resident' as const, identity: { kind: 'resident' as const, bsn: BSN, level: 'substantieel' as const, method: 'digid' as const } };
    await server.stadhuis.database.withTenant(tenant.id, async (tx) => {
      const zaaktype = (await currentZaaktype(tx, 'PARKEERVERGUNNING-BEWONERS'))!;
      const zaak = await zaken.createZaak(tx, behandelaar, {
        zaaktype: zaaktype.id, omschrijving: 'Toegankelijkheid — Dijkstraat 14',
        initiator: { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { inpBsn: BSN, voornamen: 'Suzanne', geslachtsnaam: 'Moulin' } },
      });
      ids.zaak = zaak.id;
      await zaken.requestInformation(tx, behandelaar, zaak.id, { vraag: 'Stuur uw kentekenbewijs.', deadline: addDays(dateInNl(), 14) });
      ids.taak = (await zaken.requestHumanReview(tx, resident, zaak.id, { toelichting: 'Ik wil dat een mens ernaar kijkt.' })).id;
      ids.gesprek = (await zaken.planGesprek(tx, behandelaar, zaak.id, { datum: new Date(Date.now() + 7 * 86_400_000), plaats: 'Stadskantoor, balie 3', toelichting: 'Neem uw paspoort mee.' })).id;
      await recordAssessment(tx, { kind: 'system', process: 'regels' }, zaak.id, {
        zaaktype: zaaktype.id, uitkomst: 'handmatig', feiten: {}, evaluatie: [], gevolg: 'handmatig',
        uitleg: { aanvrager: { nl: ['Wij konden uw adres niet automatisch controleren.'], en: ['We could not check your address automatically.'] }, medewerker: { nl: ['Adres niet in de BAG gevonden.'], en: ['Address not found in the BAG.'] } },
      });
      ids.sjabloon = (await beschikkingenService(server.stadhuis.platform).listSjablonen(tx, staffActor(['functioneel-beheerder'])))[0]!.id;
    });

    // Log in through the embedded identity provider, the way an employee does.
    for (const account of ['carla.bos', 'bram.smit', 'dennis.mulder']) {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${P}/beheer/inloggen?terug=/beheer`);
      await staffLoginInBrowser(page, account);
      assert.equal(new URL(page.url()).pathname, `${P}/beheer`);
      states.set(`${account}:nl`, await context.storageState());
      await page.goto(`${server.url}${P}/taal?kies=en&terug=/beheer`);
      states.set(`${account}:en`, await context.storageState());
      await context.close();
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newContext(storageState?: StorageState): Promise<BrowserContext> {
    const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL', ...(storageState ? { storageState } : {}) });
    context.setDefaultTimeout(10_000);
    return context;
  }

  interface Spec {
    name: string;
    account: 'carla.bos' | 'bram.smit' | 'dennis.mulder';
    path: () => string;
    status: number;
    act?: (page: Page) => Promise<void>;
    errors?: boolean;
  }

  const casePath = () => `${P}/beheer/zaken/${ids.zaak}`;
  /** Submits one action form of the case page (after filling it in badly). */
  const submit = (form: string) => async (page: Page) => { await page.click(`form[action$="${form}"] button[type=submit]`); };

  const specs: Spec[] = [
    { name: 'the work queue of a behandelaar', account: 'bram.smit', path: () => `${P}/beheer/zaken`, status: 200 },
    { name: 'the work queue with filters', account: 'carla.bos', path: () => `${P}/beheer/zaken?zoek=Dijk&team=vergunningen&status=open&behandelaar=niemand&termijn=on_time&sorteer=-registratiedatum`, status: 200 },
    { name: 'the work queue with nothing found', account: 'bram.smit', path: () => `${P}/beheer/zaken?behandelaar=ik&status=gesloten`, status: 200 },
    {
      name: 'the bulk assignment without a choice', account: 'carla.bos', path: () => `${P}/beheer/zaken`, status: 400, errors: true,
      act: async (page) => { await page.click('form[action$="/beheer/zaken/toewijzen"] fieldset button[type=submit]'); },
    },
    { name: 'the case page with a request, a task, a conversation and an assessment', account: 'carla.bos', path: casePath, status: 200 },
    { name: 'the case page of a behandelaar', account: 'bram.smit', path: casePath, status: 200 },
    { name: 'assigning without a colleague', account: 'carla.bos', path: casePath, status: 400, errors: true, act: submit('/toewijzen') },
    { name: 'a status without a choice', account: 'carla.bos', path: casePath, status: 400, errors: true, act: submit('/status') },
    {
      name: 'a request for information with a wrong date', account: 'carla.bos', path: casePath, status: 400, errors: true,
      act: async (page) => { await page.fill('#informatie-deadline', '31-01-2026'); await submit('/informatie')(page); },
    },
    { name: 'a conversation without a date or place', account: 'carla.bos', path: casePath, status: 400, errors: true, act: submit('/gesprek') },
    { name: 'an extension without a reason or days', account: 'carla.bos', path: casePath, status: 400, errors: true, act: submit('/verlengen') },
    { name: 'a result without a choice', account: 'carla.bos', path: casePath, status: 400, errors: true, act: submit('/resultaat') },
    {
      name: 'a decision without its fields', account: 'carla.bos', path: casePath, status: 400, errors: true,
      act: async (page) => { await page.fill('#besluit-ingang', 'morgen'); await page.click('form[action$="/besluit"] button[value=versturen]'); },
    },
    { name: 'closing without a result', account: 'carla.bos', path: casePath, status: 400, errors: true, act: submit('/afsluiten') },
    { name: 'an empty note', account: 'carla.bos', path: casePath, status: 400, errors: true, act: submit('/notitie') },
    {
      name: 'completing a task with a note that is too long', account: 'carla.bos', path: casePath, status: 400, errors: true,
      act: async (page) => { await page.fill(`#taak-${ids.taak}`, 'x'.repeat(4001)); await submit(`/taken/${ids.taak}/afronden`)(page); },
    },
    { name: 'an empty report of a conversation', account: 'carla.bos', path: casePath, status: 400, errors: true, act: (page) => submit(`/gesprekken/${ids.gesprek}/verslag`)(page) },
    { name: 'the letter templates', account: 'dennis.mulder', path: () => `${P}/beheer/sjablonen`, status: 200 },
    { name: 'a new letter template', account: 'dennis.mulder', path: () => `${P}/beheer/sjablonen/nieuw`, status: 200 },
    { name: 'editing a letter template', account: 'dennis.mulder', path: () => `${P}/beheer/sjablonen/${ids.sjabloon}`, status: 200 },
    {
      name: 'a letter template with a wrong placeholder', account: 'dennis.mulder', path: () => `${P}/beheer/sjablonen/${ids.sjabloon}`, status: 400, errors: true,
      act: async (page) => { await page.fill('#tekst', 'Beste {{aanvrager.onbekend}},'); await page.click('form.stadhuis-form button[type=submit]'); },
    },
  ];

  for (const lang of ['nl', 'en'] as const) {
    describe(`WCAG 2.1 AA, ${lang === 'nl' ? 'Dutch' : 'English'}`, () => {
      for (const spec of specs) {
        it(`${spec.name} has no axe violations`, async () => {
          const context = await newContext(states.get(`${spec.account}:${lang}`)!);
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
              // Every link in the summary leads to a field on the page.
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
});
