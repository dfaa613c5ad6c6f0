import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertNoViolations, launchChromium } from '../../platform/testing/browser.js';
import { engines, startTestServer, Visitor, type TestServer } from '../../platform/testing/harness.js';
import { passkeyLevel } from './passkeys.js';

/**
 * Passkeys end to end in Chromium with a virtual authenticator (DevTools protocol): register after
 * DigiD, name, log in with the passkey alone, rename, revoke; and the server's refusals.
 * Chromium runs the pages in the host form (dijkwaard.localhost): WebAuthn needs a domain as RP ID.
 */
for (const engine of engines()) {
  describe(`passkeys (${engine})`, () => {
    let server: TestServer;
    let browser: Browser;
    let origin: string;
    let otherOrigin: string;

    before(async () => {
      [server, browser] = await Promise.all([startTestServer(engine), launchChromium()]);
      const port = new URL(server.url).port;
      origin = `http://dijkwaard.localhost:${port}`;
      otherOrigin = `http://heuvelrode.localhost:${port}`;
    });
    after(async () => { await browser?.close(); await server?.close(); });

    const local = (location: string) => { const u = new URL(location, server.url); return u.pathname + u.search; };

    /** A DigiD login through the embedded provider, by a Node visitor; returns the visitor. */
    async function digid(persoon: string, niveau: string): Promise<Visitor> {
      const visitor = new Visitor(server);
      const start = await visitor.post('/dijkwaard/inloggen', { soort: 'digid', niveau, terug: '/mijn' }, { formPage: `/dijkwaard/inloggen?niveau=${niveau}` });
      const interaction = local((await visitor.get(local(start.headers.get('location')!))).headers.get('location')!);
      const submitted = await visitor.post(interaction, { soort: 'digid', persoon, niveau });
      await visitor.get(local((await visitor.get(local(submitted.headers.get('location')!))).headers.get('location')!));
      assert.ok(visitor.cookie('stadhuis_sessie'), 'logged in with DigiD');
      return visitor;
    }

    async function withAuthenticator(context: BrowserContext): Promise<Page> {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
      });
      return page;
    }

    async function sessionCookie(context: BrowserContext): Promise<string | undefined> {
      return (await context.cookies(origin)).find((c) => c.name === 'stadhuis_sessie')?.value;
    }

    /** Posts an assertion the way passkey.js does, after fetching fresh options (a new challenge) when asked. */
    async function postAssertion(page: Page, body: string, freshChallenge: boolean): Promise<{ status: number; message: string }> {
      return page.evaluate(async ([payload, fresh]) => {
        const doc = (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(n: string): string | null } | null } }).document;
        const root = doc.querySelector('[data-passkey]')!;
        const headers = { 'content-type': 'application/json', 'x-csrf-token': root.getAttribute('data-csrf')! };
        if (fresh) await fetch(root.getAttribute('data-options')!, { method: 'POST', headers, body: '{}' });
        const res = await fetch(root.getAttribute('data-verify')!, { method: 'POST', headers, body: payload as string });
        return { status: res.status, message: String(((await res.json()) as { message?: string }).message ?? '') };
      }, [body, freshChallenge] as const);
    }

    let assertion = '';
    let passkeyId = '';

    it('registers a passkey after DigiD, names it, and logs in with it alone at level substantieel', async () => {
      const visitor = await digid('999990019', 'substantieel');
      const context = await browser.newContext();
      try {
        await context.addCookies([{ name: 'stadhuis_sessie', value: visitor.cookie('stadhuis_sessie')!, url: origin }]);
        const page = await withAuthenticator(context);
        await page.goto(`${origin}/mijn`);
        await page.getByRole('link', { name: 'Inlogsleutels beheren' }).click();
        await page.waitForURL(`${origin}/inlogsleutels`);
        assert.match(await page.content(), /U hebt nog geen inlogsleutels/);
        await page.getByRole('link', { name: 'Nieuwe inlogsleutel maken' }).click();
        await page.getByRole('button', { name: 'Inlogsleutel maken' }).click();
        await page.waitForURL(/\/inlogsleutels\/naam\?id=/);
        passkeyId = new URL(page.url()).searchParams.get('id')!;
        assert.match(await page.content(), /Uw inlogsleutel is gemaakt/);
        await page.getByLabel('Naam van de inlogsleutel').fill('Mijn laptop');
        await page.getByRole('button', { name: 'Naam opslaan' }).click();
        await page.waitForURL(/\/inlogsleutels\?klaar=naam/);
        assert.match(await page.locator('table').innerText(), /Mijn laptop/);

        const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!;
        const rows = await server.stadhuis.database.withTenant(tenant.id, (tx) => tx.execute(sql`select name, sealed_bsn, subject, credential_id from identity_passkeys`));
        const list = (rows as unknown as { rows?: Record<string, unknown>[] }).rows ?? (rows as unknown as Record<string, unknown>[]);
        assert.equal(list.length, 1);
        assert.equal(list[0]!.name, 'Mijn laptop');
        assert.doesNotMatch(String(list[0]!.sealed_bsn), /999990019/, 'the BSN is stored encrypted');
        assert.equal(server.stadhuis.platform.sealer.open(String(list[0]!.sealed_bsn), 'identity_passkeys.bsn'), '999990019');
        assert.notEqual(list[0]!.subject, '999990019', 'the subject is the keyed hash');

        // Log out, then log in with the passkey alone.
        await page.goto(`${origin}/mijn`);
        await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
        await page.waitForLoadState();
        assert.equal(await sessionCookie(context), undefined);
        await page.goto(`${origin}/inloggen`);
        await page.getByRole('link', { name: 'Inloggen met een inlogsleutel' }).click();
        await page.waitForURL(`${origin}/inloggen/inlogsleutel?terug=%2F`);
        // A forged assertion (the signature changed on its way, the challenge valid): refused, no session.
        await page.route(/\/inloggen\/inlogsleutel\?terug=/, async (route) => {
          if (route.request().method() !== 'POST') return route.continue();
          const body = JSON.parse(route.request().postData()!) as { response: { response: { signature: string } } };
          const signature = Buffer.from(body.response.response.signature, 'base64url');
          signature.writeUInt8(signature.readUInt8(signature.length - 1) ^ 0x01, signature.length - 1);
          body.response.response.signature = signature.toString('base64url');
          return route.continue({ postData: JSON.stringify(body) });
        });
        await page.getByRole('button', { name: 'Inloggen met inlogsleutel' }).click();
        await page.locator('[data-passkey-status]').filter({ hasText: 'Inloggen met de inlogsleutel is niet gelukt' }).waitFor();
        assert.equal(await sessionCookie(context), undefined, 'a forged assertion gives no session');
        await page.unroute(/\/inloggen\/inlogsleutel\?terug=/);
        page.on('request', (request) => {
          if (request.method() === 'POST' && new URL(request.url()).pathname === '/inloggen/inlogsleutel') assertion = request.postData() ?? '';
        });
        await page.getByRole('button', { name: 'Inloggen met inlogsleutel' }).click();
        await page.waitForURL(`${origin}/mijn`);
        assert.match(await page.content(), /U bent ingelogd met uw inlogsleutel op niveau substantieel/);
        assert.ok(assertion, 'the assertion was captured');

        // The same session works in the path form on the configured address.
        const passkeySession = new Visitor(server);
        passkeySession.setCookie('stadhuis_sessie', (await sessionCookie(context))!);
        const mine = await passkeySession.get('/dijkwaard/mijn');
        assert.equal(mine.status, 200);
        assert.match(await mine.text(), /uw inlogsleutel/);
        // The level comes from PASSKEY_LEVEL; unset, it is substantieel.
        assert.equal(passkeyLevel(), 'substantieel');

        // Rename.
        await page.goto(`${origin}/inlogsleutels`);
        assert.doesNotMatch(await page.locator('table').innerText(), /Nog niet/, 'last used is filled in');
        await page.getByRole('link', { name: 'Naam wijzigen van Mijn laptop' }).click();
        await page.getByLabel('Naam van de inlogsleutel').fill('');
        await page.getByRole('button', { name: 'Naam opslaan' }).click();
        assert.match(await page.content(), /Vul een naam in van 1 tot 60 tekens/);
        await page.getByLabel('Naam van de inlogsleutel').fill('Werklaptop');
        await page.getByRole('button', { name: 'Naam opslaan' }).click();
        await page.waitForURL(/\/inlogsleutels\?klaar=naam/);
        assert.match(await page.locator('table').innerText(), /Werklaptop/);
      } finally {
        await context.close();
      }
    });

    it('refuses a replayed, forged or unknown assertion, and another municipality does not accept the passkey: no session', async () => {
      assert.ok(assertion, 'needs the assertion of the previous test');
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${origin}/inloggen/inlogsleutel`);
        const replayed = await postAssertion(page, assertion, true);
        assert.equal(replayed.status, 400);
        assert.match(replayed.message, /Inloggen met de inlogsleutel is niet gelukt/);
        const noChallenge = await postAssertion(page, assertion, false);
        assert.equal(noChallenge.status, 400);
        assert.match(noChallenge.message, /Dit duurde te lang/);

        const parsed = JSON.parse(assertion) as { response: { id: string; rawId: string; response: { signature: string } } };
        const forged = structuredClone(parsed);
        const signature = Buffer.from(forged.response.response.signature, 'base64url');
        signature.writeUInt8(signature.readUInt8(signature.length - 1) ^ 0xff, signature.length - 1);
        forged.response.response.signature = signature.toString('base64url');
        const forgedResult = await postAssertion(page, JSON.stringify(forged), true);
        assert.equal(forgedResult.status, 400);
        assert.match(forgedResult.message, /niet gelukt/);

        const unknown = structuredClone(parsed);
        unknown.response.id = unknown.response.rawId = Buffer.from('onbekende-sleutel-0123456789').toString('base64url');
        const unknownResult = await postAssertion(page, JSON.stringify(unknown), true);
        assert.equal(unknownResult.status, 400);
        assert.match(unknownResult.message, /Deze inlogsleutel kennen we niet/);
        assert.equal(await sessionCookie(context), undefined);

        await page.goto(`${otherOrigin}/inloggen/inlogsleutel`);
        const elsewhere = await postAssertion(page, assertion, true);
        assert.equal(elsewhere.status, 400);
        assert.match(elsewhere.message, /Deze inlogsleutel kennen we niet/);
        assert.deepEqual((await context.cookies()).filter((c) => c.name === 'stadhuis_sessie'), []);
      } finally {
        await context.close();
      }
    });

    it('only a DigiD login at the passkey level may make a passkey', async () => {
      const visitor = await digid('999991772', 'basis');
      const list = await visitor.get('/dijkwaard/inlogsleutels');
      assert.equal(list.status, 200);
      assert.match(await list.text(), /Om een inlogsleutel te maken, logt u eerst in met DigiD op niveau substantieel/);
      const options = await visitor.post('/dijkwaard/inlogsleutels/nieuw/opties', {}, { formPage: '/dijkwaard/mijn' });
      assert.equal(options.status, 403);
      assert.equal((await visitor.get('/dijkwaard/inlogsleutels/nieuw')).status, 303);
      // Someone else's passkey is not theirs to see, rename or revoke.
      assert.equal((await visitor.get(`/dijkwaard/inlogsleutels/naam?id=${passkeyId}`)).status, 404);
      assert.equal((await visitor.post('/dijkwaard/inlogsleutels/intrekken', { id: passkeyId }, { formPage: '/dijkwaard/mijn' })).status, 404);
      assert.equal((await new Visitor(server).get('/dijkwaard/inlogsleutels')).status, 303, 'not logged in: to the login page');
      assert.throws(() => passkeyLevel('hoogste'), /PASSKEY_LEVEL/);
      assert.equal(passkeyLevel('midden'), 'midden');
    });

    it('the passkey pages are accessible (WCAG 2.1 AA)', async () => {
      const visitor = await digid('999990019', 'substantieel');
      for (const lang of ['nl', 'en'] as const) {
        const context = await browser.newContext({ bypassCSP: true });
        try {
          await context.addCookies([{ name: 'stadhuis_sessie', value: visitor.cookie('stadhuis_sessie')!, url: origin }, { name: 'stadhuis_lang', value: lang, url: origin }]);
          const page = await context.newPage();
          for (const path of ['/inlogsleutels', '/inlogsleutels/nieuw', `/inlogsleutels/naam?id=${passkeyId}`, `/inlogsleutels/intrekken?id=${passkeyId}`, '/inloggen/inlogsleutel']) {
            const response = await page.goto(`${origin}${path}`);
            assert.equal(response?.status(), 200, `${path} answered ${response?.status()}`);
            await assertNoViolations(page, `${path} (${lang})`);
          }
        } finally {
          await context.close();
        }
      }
    });

    it('revokes with confirmation; then a passkey login fails with a clear message', async () => {
      const visitor = await digid('999990019', 'substantieel');
      const context = await browser.newContext();
      try {
        await context.addCookies([{ name: 'stadhuis_sessie', value: visitor.cookie('stadhuis_sessie')!, url: origin }]);
        const page = await withAuthenticator(context);
        await page.goto(`${origin}/inlogsleutels`);
        await page.getByRole('link', { name: 'Intrekken: Werklaptop' }).click();
        assert.match(await page.content(), /Weet u zeker dat u de inlogsleutel "Werklaptop" wilt intrekken/);
        await page.getByRole('button', { name: 'Ja, intrekken' }).click();
        await page.waitForURL(/\/inlogsleutels\?klaar=ingetrokken/);
        assert.match(await page.content(), /De inlogsleutel is ingetrokken/);
        assert.match(await page.content(), /U hebt nog geen inlogsleutels/);

        // This authenticator has a passkey of its own for this site: the server no longer knows it.
        await page.goto(`${origin}/inlogsleutels/nieuw`);
        await page.getByRole('button', { name: 'Inlogsleutel maken' }).click();
        await page.waitForURL(/\/inlogsleutels\/naam\?id=/);
        const id = new URL(page.url()).searchParams.get('id')!;
        await page.goto(`${origin}/inlogsleutels/intrekken?id=${id}`);
        await page.getByRole('button', { name: 'Ja, intrekken' }).click();
        await page.waitForURL(/\/inlogsleutels\?klaar=ingetrokken/);
        await page.goto(`${origin}/mijn`);
        await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
        await page.waitForLoadState();

        await page.goto(`${origin}/inloggen/inlogsleutel`);
        await page.getByRole('button', { name: 'Inloggen met inlogsleutel' }).click();
        const status = page.locator('[data-passkey-status]');
        await status.filter({ hasText: 'Deze inlogsleutel kennen we niet (meer)' }).waitFor();
        assert.equal(await sessionCookie(context), undefined);
        assert.equal(page.url(), `${origin}/inloggen/inlogsleutel`);
      } finally {
        await context.close();
      }
    });

    it('serves the script as a cacheable JavaScript file', async () => {
      const res = await server.fetch('/dijkwaard/inlogsleutels/passkey.js');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/);
      assert.match(res.headers.get('cache-control') ?? '', /max-age=/);
      const etag = res.headers.get('etag')!;
      assert.equal((await server.fetch('/dijkwaard/inlogsleutels/passkey.js', { headers: { 'if-none-match': etag } })).status, 304);
    });
  });
}
