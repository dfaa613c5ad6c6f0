/**
 * The whole digital flow end to end, in Debian's Chromium, the way residents and employees use it:
 * they log in through the embedded identity provider, fill in the online form, the case is made
 * and assessed by the zaaktype's rules, an employee handles what the rules leave to a person, and
 * the resident follows everything in Mijn zaken.
 *
 * 1. Without JavaScript: a parking permit for a lease car (a person decides), the question of
 *    the behandelaar and the answer with a file, the decision, and the decision letter (PDF).
 * 2. With JavaScript: one permit granted and one refused by the rules; the refused applicant asks
 *    for a person to look at it, and the task appears on the case page for staff.
 *
 * Key pages are checked with axe-core (WCAG 2.1 A/AA). Runs on PGlite only: it tests the flow
 * through the user interface, the SQL is covered by the module tests.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { readPdf } from '../../platform/pdf/pdf-text.js';
import { staffActor } from '../../platform/testing/actors.js';
import { assertNoViolations, launchChromium, staffLoginInBrowser } from '../../platform/testing/browser.js';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { FILES } from '../forms/test-files.js';
import { addDays, dateInNl, listAssessments, zakenService } from '../zaken/index.js';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
const engine = engines()[0]!;
const P = '/dijkwaard';
const PARKEREN = `${P}/formulieren/parkeervergunning-bewoners`;

describe(`the digital flow from form to decision in Chromium (${engine})`, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    await Promise.all([
      startTestServer(engine).then((s) => { server = s; }),
      launchChromium().then((b) => { browser = b; }),
    ]);
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  // ————— Helpers —————

  /** A browser context for a user. CSP stays on: only the axe contexts bypass it. */
  async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ locale: 'nl-NL', ...options });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    return context;
  }

  const pathOf = (page: Page) => { const u = new URL(page.url()); return u.pathname + u.search; };
  const mainText = async (page: Page) => (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');

  /** A resident logs in with DigiD (level midden) through the test identity provider. */
  async function residentLogin(page: Page, name: string, bsn: string): Promise<void> {
    await page.goto(`${server.url}${P}/inloggen`);
    await page.locator('form', { has: page.locator('input[name=soort][value=digid]') }).locator('button[type=submit]').click();
    await page.getByLabel(`${name}, BSN ${bsn}`).check();
    await page.getByLabel('Midden (DigiD app of sms-controle)').check();
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    assert.equal(new URL(page.url()).pathname, `${P}/mijn`, `${name} is logged in`);
  }

  /** An employee logs in with the municipality account through the test identity provider. */
  async function staffLogin(page: Page, account: string): Promise<void> {
    await page.goto(`${server.url}${P}/beheer/inloggen?terug=/beheer`);
    await staffLoginInBrowser(page, account);
    assert.equal(new URL(page.url()).pathname, `${P}/beheer`, `${account} is logged in`);
  }

  /**
   * axe-core on a page as the user sees it (same cookies), in a context that may inject the
   * script (bypassCSP) and runs it (JavaScript on, also for pages used without JavaScript).
   */
  async function checkAxe(state: StorageState, path: string, where: string): Promise<void> {
    const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL', storageState: state });
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      const response = await page.goto(`${server.url}${path}`);
      assert.equal(response?.status(), 200, `${where}: ${path}`);
      assert.equal(await page.getAttribute('html', 'lang'), 'nl');
      assert.equal(await page.locator('h1').count(), 1, `${where}: one h1`);
      await assertNoViolations(page, `${where} ${path}`);
    } finally {
      await context.close();
    }
  }

  /** Runs the due jobs (the outbox delivers 'zaak.aangemaakt') until the rules have assessed the zaak. */
  async function assessed(zaakId: string) {
    const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!.id;
    const zaken = zakenService(server.stadhuis.platform);
    for (let i = 0; i < 50; i++) {
      await server.stadhuis.platform.jobs.runDue();
      const found = await server.stadhuis.database.withTenant(tenant, (tx) => listAssessments(tx, staffActor(['behandelaar']), zaakId, zaken));
      if (found.length) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('no assessment after 5 s');
  }

  interface Application {
    opEigenNaam: 'ja' | 'nee';
    eigenParkeerplaats: 'ja' | 'nee';
    aantalVergunningen: string;
    email: string;
  }

  /**
   * Fills in the parking permit form as a logged-in resident and sends it; returns the case number
   * from the receipt, the receipt's path and the zaak (from the receipt's link to Mijn zaken).
   */
  async function applyForParking(page: Page, answers: Application): Promise<{ identificatie: string; zaakId: string; receipt: string }> {
    const next = () => page.click('.stadhuis-actions button[value="volgende"]');
    await page.goto(`${server.url}${PARKEREN}`);
    await page.click('.stadhuis-start-button, .stadhuis-resume a');
    await page.waitForURL(/\/stap\/adres$/);
    // The address comes from the BRP: nothing to fill in.
    await next();
    assert.equal(pathOf(page), `${PARKEREN}/stap/auto`, 'the address lies in a permit zone');

    await page.fill('#f-kenteken', 'ab-123-c');
    await page.check(`input[name=opEigenNaam][value=${answers.opEigenNaam}]`);
    await page.check(`input[name=eigenParkeerplaats][value=${answers.eigenParkeerplaats}]`);
    if (answers.opEigenNaam === 'nee') {
      // A lease car: the statement of the employer goes with "next" (also without JavaScript).
      await page.setInputFiles('#f-verklaring', { name: 'verklaring-werkgever.pdf', mimeType: 'application/pdf', buffer: FILES.pdf });
    }
    await next();
    assert.equal(pathOf(page), `${PARKEREN}/stap/vergunning`, `after the car: ${await mainText(page).catch(() => '')}`);

    const [year, month, day] = dateInNl().split('-');
    await page.fill('#f-aantalVergunningen', answers.aantalVergunningen);
    await page.fill('#f-ingangsdatum-dag', day!);
    await page.fill('#f-ingangsdatum-maand', month!);
    await page.fill('#f-ingangsdatum-jaar', year!);
    await page.check('input[name=duur][value=jaar]');
    await next();
    assert.equal(pathOf(page), `${PARKEREN}/stap/contact`);

    await page.fill('#f-email', answers.email);
    await next();
    assert.equal(pathOf(page), `${PARKEREN}/controleren`);
    const review = await mainText(page);
    assert.match(review, /AB-123-C/, 'the review shows the registration number as the municipality reads it');
    if (answers.opEigenNaam === 'nee') assert.match(review, /verklaring-werkgever\.pdf/, 'and the statement');

    await page.check('#f-verklaring');
    await page.click('form[action$="/versturen"] button[type=submit]');
    await page.waitForURL(/\/ontvangen\/[0-9a-f-]{36}$/);
    const identificatie = ((await page.textContent('.stadhuis-panel__reference')) ?? '').trim();
    assert.match(identificatie, /^ZAAK-20\d\d-\d{7}$/, 'the receipt shows the case number');
    const link = page.locator(`main a[href*="/mijn/zaken/"]`);
    const zaakId = /\/mijn\/zaken\/([0-9a-f-]{36})/.exec((await link.getAttribute('href')) ?? '')?.[1];
    assert.ok(zaakId, 'the receipt links to the case in Mijn zaken');
    return { identificatie, zaakId, receipt: pathOf(page) };
  }

  // ————— 1. Without JavaScript —————

  it('without JavaScript: a lease car goes to a person, who asks a question, gets an answer with a file and grants the permit; the resident downloads the decision letter', async () => {
    const resident = await newContext({ javaScriptEnabled: false });
    const bewoner = await resident.newPage();
    await residentLogin(bewoner, 'Mohammed Yilmaz', '999998456');
    const { identificatie, zaakId, receipt } = await applyForParking(bewoner, { opEigenNaam: 'nee', eigenParkeerplaats: 'nee', aantalVergunningen: '0', email: 'm.yilmaz@voorbeeld.nl' });
    await checkAxe(await resident.storageState(), receipt, 'the receipt');

    // The rules leave a lease car to a person: no decision, the zaak stays open.
    const [assessment] = await assessed(zaakId);
    assert.equal(assessment!.uitkomst, 'handmatig');
    await bewoner.click(`main a[href*="/mijn/zaken/${zaakId}"]`);
    assert.equal(new URL(bewoner.url()).pathname, `${P}/mijn/zaken/${zaakId}`);
    let mijn = await mainText(bewoner);
    assert.match(mijn, new RegExp(identificatie));
    assert.match(mijn, /Uitkomst: een medewerker beoordeelt uw aanvraag/);
    assert.match(mijn, /De auto staat niet op uw naam\./);

    // The behandelaar finds the zaak in the work queue and takes it.
    const staff = await newContext({ javaScriptEnabled: false });
    const bram = await staff.newPage();
    await staffLogin(bram, 'bram.smit');
    await bram.goto(`${server.url}${P}/beheer/zaken`);
    await bram.fill('#zoek', identificatie);
    await bram.getByRole('button', { name: 'Toon zaken' }).click();
    await bram.getByRole('link', { name: identificatie, exact: true }).click();
    assert.equal(new URL(bram.url()).pathname, `${P}/beheer/zaken/${zaakId}`);
    const dossier = await mainText(bram);
    assert.match(dossier, /AB-123-C/, 'the case page shows the answers of the application');
    assert.match(dossier, /Stationsgebied/, 'with the permit zone from the address register');
    assert.match(dossier, /verklaring-werkgever\.pdf/, 'and the statement of the employer');
    assert.match(dossier, /Beslist door regel ‘lease-of-zakelijk’/, 'and why the rules left it to a person');
    await bram.click('form#oppakken button[type=submit]');
    assert.match(await bram.locator('#samenvatting').innerText(), /Bram Smit|bram\.smit/, 'Bram handles the zaak now');
    assert.equal(await bram.locator('form#oppakken').count(), 0, 'and cannot take it again');

    // He asks for information with a deadline.
    const vraag = 'Stuur ons het leasecontract van de auto.';
    await bram.fill('#informatie-vraag', vraag);
    await bram.fill('#informatie-deadline', addDays(dateInNl(), 14));
    await bram.click('form#informatie button[type=submit]');
    assert.match(await bram.locator('#verzoeken').innerText(), /Wacht op antwoord[\s\S]*Stuur ons het leasecontract/);

    // The resident sees the question in Mijn zaken and answers it with text and a file.
    await bewoner.goto(`${server.url}${P}/mijn/zaken`);
    assert.match(await mainText(bewoner), new RegExp(identificatie));
    await bewoner.click(`main a[href$="/mijn/zaken/${zaakId}"]`);
    mijn = await mainText(bewoner);
    assert.match(mijn, /Stuur ons het leasecontract van de auto\./);
    await checkAxe(await resident.storageState(), `${P}/mijn/zaken/${zaakId}`, 'Mijn zaken, a case with a question');
    const answerBox = bewoner.locator('textarea[name=antwoord]');
    await answerBox.fill('Hierbij het leasecontract. De auto is van mijn werkgever.');
    await bewoner.locator('input[type=file][name=bestanden]').setInputFiles({ name: 'leasecontract.pdf', mimeType: 'application/pdf', buffer: FILES.pdf });
    await bewoner.getByRole('button', { name: 'Antwoord versturen' }).click();
    mijn = await mainText(bewoner);
    assert.match(mijn, /Wij hebben uw antwoord ontvangen/);
    assert.match(mijn, /Beantwoorde vragen[\s\S]*Stuur ons het leasecontract/);

    // The behandelaar sees the answer, takes the decision "Toegekend" and closes the zaak.
    await bram.goto(`${server.url}${P}/beheer/zaken/${zaakId}`);
    const verzoeken = await bram.locator('#verzoeken').innerText();
    assert.match(verzoeken, /Beantwoord/);
    assert.match(verzoeken, /De auto is van mijn werkgever\./);
    assert.match(await mainText(bram), /leasecontract\.pdf/, 'the answered file is with the case');
    await checkAxe(await staff.storageState(), `${P}/beheer/zaken/${zaakId}`, 'the staff case page with an answered question');
    await bram.selectOption('#besluit-resultaat', { label: 'Toegekend' });
    await bram.fill('#besluit-toelichting', 'Uw werkgever verklaart dat u de auto mag gebruiken. U woont in de vergunningszone.');
    await bram.click('form#besluit button[value=versturen]');
    // A permit ends: "Toegekend" keeps the case until after the end date, so that date is asked for.
    assert.match(await bram.locator('#error-summary').innerText(), /Vul de vervaldatum in/);
    assert.equal(await bram.locator('#error-summary a[href="#besluit-verval"]').count(), 1, 'the error links to the field');
    assert.match(await bram.inputValue('#besluit-toelichting'), /Uw werkgever verklaart/, 'what was typed is kept');
    await bram.fill('#besluit-verval', addDays(dateInNl(), 365));
    await bram.click('form#besluit button[value=versturen]');
    assert.equal(new URL(bram.url()).pathname, `${P}/beheer/zaken/${zaakId}`, await mainText(bram));
    assert.match(await bram.locator('#samenvatting').innerText(), /Toegekend/, 'the result is recorded');
    await bram.click('form#afsluiten button[type=submit]');
    assert.match(await mainText(bram), /Deze zaak is afgesloten\./);

    // The resident downloads the decision letter from Mijn zaken.
    await bewoner.goto(`${server.url}${P}/mijn/zaken/${zaakId}`);
    const letter = bewoner.locator('#documenten-title + ul a', { hasText: /Besluit/ });
    assert.equal(await letter.count(), 1, `the decision letter is listed: ${await mainText(bewoner)}`);
    const [download] = await Promise.all([bewoner.waitForEvent('download'), letter.click()]);
    const saved = await readFile((await download.path())!);
    assert.match(readPdf(saved).text, new RegExp(identificatie), 'the letter names the case number');
    const response = await resident.request.get(`${server.url}${await letter.getAttribute('href')}`);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/pdf');
    const text = readPdf(await response.body()).text;
    assert.match(text, new RegExp(identificatie));
    assert.match(text, /Uw werkgever verklaart dat u de auto mag gebruiken/, 'with the reason the behandelaar gave');
    assert.match(text, /bezwaar/i, 'and how to object');
  });

  // ————— 2. With JavaScript —————

  it('with JavaScript: the rules grant one permit and refuse another with the reason; the refused applicant asks for a person, and staff see the task', async () => {
    // Granted: address in a zone, no permit yet, no own parking place, the car in her name.
    const fatima = await newContext();
    const granted = await fatima.newPage();
    await residentLogin(granted, 'Fatima El Amrani', '999991772');
    const toegekend = await applyForParking(granted, { opEigenNaam: 'ja', eigenParkeerplaats: 'nee', aantalVergunningen: '0', email: 'fatima@voorbeeld.nl' });
    assert.equal((await assessed(toegekend.zaakId))[0]!.uitkomst, 'toekennen');
    await granted.goto(`${server.url}${P}/mijn/zaken/${toegekend.zaakId}`);
    let mijn = await mainText(granted);
    assert.match(mijn, /Uitkomst: toekennen/);
    assert.match(mijn, /Uw adres ligt in vergunningszone/);
    assert.match(mijn, /Daarom krijgt u de vergunning\./);
    assert.equal(await granted.locator('#documenten-title + ul a', { hasText: /Besluit/ }).count(), 1, 'the decision letter is there');

    // Refused: she has her own parking place.
    const suzanne = await newContext();
    const refused = await suzanne.newPage();
    await residentLogin(refused, 'Suzanne Moulin', '999993653');
    const geweigerd = await applyForParking(refused, { opEigenNaam: 'ja', eigenParkeerplaats: 'ja', aantalVergunningen: '1', email: 'suzanne@voorbeeld.nl' });
    assert.equal((await assessed(geweigerd.zaakId))[0]!.uitkomst, 'afwijzen');
    await refused.goto(`${server.url}${P}/mijn/zaken/${geweigerd.zaakId}`);
    mijn = await mainText(refused);
    assert.match(mijn, /Uitkomst: afwijzen/);
    assert.match(mijn, /U heeft een eigen parkeerplaats, garage of oprit\./, 'the reason of the refusal');
    assert.match(mijn, /U kunt uw auto op uw eigen terrein parkeren\./);
    await checkAxe(await suzanne.storageState(), `${P}/mijn/zaken/${geweigerd.zaakId}`, 'Mijn zaken, a refused application');

    // She asks for a person to look at it (AVG article 22), with her reason.
    await refused.fill('#toelichting', 'Mijn oprit is te smal voor mijn auto.');
    await refused.getByRole('button', { name: 'Ik wil dat een medewerker mijn aanvraag beoordeelt' }).click();
    assert.match(await mainText(refused), /Wij hebben uw verzoek ontvangen\. Een medewerker beoordeelt uw aanvraag\./);

    // Staff see the task on the case page.
    const staff = await newContext();
    const carla = await staff.newPage();
    await staffLogin(carla, 'bram.smit');
    await carla.goto(`${server.url}${P}/beheer/zaken/${geweigerd.zaakId}`);
    const taken = await carla.locator('#taken').innerText();
    assert.match(taken, /Open/);
    assert.match(taken, /De aanvrager vraagt dat een medewerker de beslissing beoordeelt/);
    assert.match(taken, /Mijn oprit is te smal voor mijn auto\./);
    await checkAxe(await staff.storageState(), `${P}/beheer/zaken/${geweigerd.zaakId}`, 'the staff case page with a review task');
  });
});
