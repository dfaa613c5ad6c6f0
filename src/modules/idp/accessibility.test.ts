/**
 * The test identity provider's pages in a real browser: axe-core against WCAG 2.1 A/AA in
 * Debian's Chromium, in Dutch and English, and a whole login without JavaScript, from the
 * municipality's own login page through the IdP and back. Runs on PGlite only: it tests markup.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, describeViolations, launchChromium } from '../../platform/testing/browser.js';
import * as oidc from 'openid-client';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { platformClientCredentials } from './index.js';





const engine = engines()[0]!;

describe(`Test identity provider in Chromium (${engine})`, () => {
  let server: TestServer;
  let browser: Browser;
  let rp: oidc.Configuration;

  before(async () => {
    await Promise.all([
      startTestServer(engine).then((s) => { server = s; }),
      launchChromium()
        .then((b) => { browser = b; }),
    ]);
    const { clientId, clientSecret } = platformClientCredentials(server.config);
    rp = await oidc.discovery(new URL(`${server.config.publicUrl}/idp`), clientId, clientSecret, undefined, { execute: [oidc.allowInsecureRequests] });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(lang: 'nl' | 'en', options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL', ...options });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    if (lang === 'en') await page.goto(`${server.url}/idp/taal?kies=en&terug=/`);
    return { context, page };
  }

  /** An authorization request of the platform's client, as the browser would start it. */
  async function authorizationUrl(params: Record<string, string> = {}): Promise<string> {
    const url = oidc.buildAuthorizationUrl(rp, {
      redirect_uri: `${server.config.publicUrl}/dijkwaard/inloggen/terug`, scope: 'openid digid machtiging eherkenning',
      code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()), code_challenge_method: 'S256',
      state: oidc.randomState(), nonce: oidc.randomNonce(), ...params,
    });
    return url.href;
  }

  interface Spec {
    name: string;
    /** Where to go: a path, or an authorization request. */
    to: () => Promise<string>;
    status: number;
    heading: { nl: string; en: string };
    act?: (page: Page) => Promise<void>;
  }

  const specs: Spec[] = [
    { name: 'overview', to: async () => `${server.url}/idp`, status: 200, heading: { nl: 'Test-inlogdienst', en: 'Test login service' } },
    {
      name: 'DigiD login with tabs and machtiging', to: () => authorizationUrl(), status: 200,
      heading: { nl: 'Inloggen met DigiD (testomgeving)', en: 'Log in with DigiD (test environment)' },
    },
    {
      name: 'DigiD login with a minimum level', to: () => authorizationUrl({ scope: 'openid digid', acr_values: 'substantieel' }), status: 200,
      heading: { nl: 'Inloggen met DigiD (testomgeving)', en: 'Log in with DigiD (test environment)' },
    },
    {
      name: 'DigiD login with errors', to: () => authorizationUrl(), status: 400,
      heading: { nl: 'Inloggen met DigiD (testomgeving)', en: 'Log in with DigiD (test environment)' },
      act: async (page) => {
        await page.fill('#bsn', '123456789');
        await page.selectOption('#namens', '999991772');
        await page.fill('#namensBsn', '12');
        await page.click('form.stadhuis-form button[type=submit]');
      },
    },
    {
      name: 'eHerkenning login', to: () => authorizationUrl({ scope: 'openid eherkenning', acr_values: 'EH3' }), status: 200,
      heading: { nl: 'Inloggen met eHerkenning (testomgeving)', en: 'Log in with eHerkenning (test environment)' },
    },
    {
      name: 'eHerkenning login with errors', to: () => authorizationUrl({ scope: 'openid eherkenning' }), status: 400,
      heading: { nl: 'Inloggen met eHerkenning (testomgeving)', en: 'Log in with eHerkenning (test environment)' },
      act: async (page) => {
        await page.fill('#kvk', '123');
        await page.click('form.stadhuis-form button[type=submit]');
      },
    },
    {
      name: 'employee login', to: () => authorizationUrl({ scope: 'openid staff' }), status: 200,
      heading: { nl: 'Inloggen als medewerker (testomgeving)', en: 'Log in as an employee (test environment)' },
    },
    {
      name: 'unknown interaction', to: async () => `${server.url}/idp/interaction/onbekend-123`, status: 400,
      heading: { nl: 'Deze inlogpoging is verlopen of onbekend', en: 'This login attempt has expired or is unknown' },
    },
    {
      name: 'protocol error (unregistered redirect URI)', to: () => authorizationUrl({ redirect_uri: 'https://evil.example/terug' }), status: 400,
      heading: { nl: 'Inloggen lukt niet', en: 'Logging in does not work' },
    },
    { name: 'page not found', to: async () => `${server.url}/idp/bestaat-niet`, status: 404, heading: { nl: 'Pagina niet gevonden', en: 'Page not found' } },
  ];

  for (const lang of ['nl', 'en'] as const) {
    describe(`WCAG 2.1 AA, ${lang === 'nl' ? 'Dutch' : 'English'}`, { concurrency: 3 }, () => {
      for (const spec of specs) {
        it(`${spec.name} has no axe violations`, async () => {
          const { context, page } = await newPage(lang);
          try {
            let response = await page.goto(await spec.to());
            if (spec.act) {
              const landed = page.waitForEvent('response', (r) => r.request().isNavigationRequest());
              await spec.act(page);
              response = await landed;
              await page.waitForLoadState('load');
              assert.equal(await page.locator('#error-summary').count(), 1, 'error summary shown');
              assert.ok(await page.locator('[aria-invalid="true"]').count() >= 1, 'fields marked invalid');
            }
            assert.equal(response?.status(), spec.status, `status of ${spec.name} (${page.url()})`);
            assert.equal(await page.getAttribute('html', 'lang'), lang);
            assert.equal(await page.locator('h1').count(), 1, 'one h1');
            assert.equal((await page.locator('h1').innerText()).trim(), spec.heading[lang]);
            assert.equal(await page.locator('.stadhuis-preview-banner').count(), 1, 'test environment banner');
            const violations = await axeViolations(page);
            assert.equal(violations.length, 0, describeViolations(`${spec.name} (${lang}) ${page.url()}`, violations));
          } finally {
            await context.close();
          }
        });
      }
    });
  }

  it('logout confirmation page has no axe violations', async () => {
    const { context, page } = await newPage('nl');
    try {
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      await page.goto(oidc.buildAuthorizationUrl(rp, {
        redirect_uri: `${server.config.publicUrl}/dijkwaard/inloggen/terug`, scope: 'openid digid',
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256', state, nonce,
      }).href);
      await page.getByLabel('Jan Jansen, BSN 999992077').check();
      await page.click('form.stadhuis-form button[type=submit]');
      const tokens = await oidc.authorizationCodeGrant(rp, new URL(page.url()), { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
      await page.goto(oidc.buildEndSessionUrl(rp, { id_token_hint: tokens.id_token!, post_logout_redirect_uri: `${server.config.publicUrl}/dijkwaard` }).href);
      assert.equal((await page.locator('h1').innerText()).trim(), 'Uitloggen bij de test-inlogdienst');
      const violations = await axeViolations(page);
      assert.equal(violations.length, 0, describeViolations('logout page', violations));
      await page.getByRole('button', { name: 'Ja, uitloggen' }).click();
      assert.equal(page.url(), `${server.config.publicUrl}/dijkwaard`);
    } finally {
      await context.close();
    }
  });

  // These run with the Content Security Policy enforced: its form-action must let the login
  // form's redirects reach the municipality, also on <slug>.localhost.
  describe('without JavaScript', () => {
    it('a resident logs in from the municipality’s login page through the test IdP and lands on “Mijn”', async () => {
      const { context, page } = await newPage('nl', { javaScriptEnabled: false, bypassCSP: false });
      try {
        await page.goto(`${server.url}/dijkwaard/inloggen`);
        await page.locator('form', { has: page.locator('input[name=soort][value=digid]') }).locator('button[type=submit]').click();
        assert.match(new URL(page.url()).pathname, /^\/idp\/interaction\//, 'on the test IdP');
        // The language switch keeps the interaction.
        await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).click();
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
        assert.equal((await page.locator('h1').innerText()).trim(), 'Log in with DigiD (test environment)');
        await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click();
        assert.match(new URL(page.url()).pathname, /^\/idp\/interaction\//);

        await page.getByLabel('Fatima El Amrani, BSN 999991772').check();
        await page.getByLabel('Substantieel (DigiD app met identiteitsbewijs)').check();
        await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
        assert.equal(new URL(page.url()).pathname, '/dijkwaard/mijn');
      } finally {
        await context.close();
      }
    });

    it('a business switches to the eHerkenning tab, fixes an error and is sent back to <slug>.localhost', async () => {
      const { context, page } = await newPage('nl', { javaScriptEnabled: false, bypassCSP: false });
      const callback = `http://dijkwaard.localhost:${new URL(server.url).port}/inloggen/terug`;
      try {
        await page.goto(await authorizationUrl({ scope: 'openid digid eherkenning', redirect_uri: callback }));
        await page.getByRole('navigation', { name: 'Manier van inloggen' }).getByRole('link', { name: 'eHerkenning' }).click();
        assert.equal((await page.locator('h1').innerText()).trim(), 'Inloggen met eHerkenning (testomgeving)');
        assert.equal((await page.locator('a[aria-current=page]').innerText()).trim(), 'eHerkenning');
        await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
        assert.equal((await page.locator('#error-summary a').first().innerText()).trim(), 'Kies een bedrijf of vul een KVK-nummer in.');
        await page.locator('#error-summary a').first().click();
        await page.getByLabel(/^Café Het Veer/).check();
        await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
        const back = new URL(page.url());
        assert.equal(`${back.origin}${back.pathname}`, callback);
        assert.ok(back.searchParams.get('code'), 'a code for the relying party');
      } finally {
        await context.close();
      }
    });
  });
});
