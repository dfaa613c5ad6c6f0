import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { engines, startTestServer, Visitor, type TestServer } from '../../platform/testing/harness.js';

/**
 * Complete logins through the embedded test identity provider, the way a browser does them:
 * the platform's own OIDC code (discovery, code flow with PKCE, state, nonce) end to end.
 */
for (const engine of engines()) {
  describe(`resident and business login (${engine})`, () => {
    let server: TestServer;
    before(async () => { server = await startTestServer(engine); });
    after(() => server.close());

    const local = (location: string) => { const u = new URL(location, server.url); return u.pathname + u.search; };

    /** Login form → provider → interaction → back to the municipality; returns the final response. */
    async function login(visitor: Visitor, fields: Record<string, string>, options: { soort?: 'digid' | 'eherkenning'; niveau?: string; terug?: string } = {}) {
      const soort = options.soort ?? 'digid';
      const start = await visitor.post('/dijkwaard/inloggen', { soort, niveau: options.niveau ?? 'basis', terug: options.terug ?? '/mijn' }, { formPage: `/dijkwaard/inloggen?niveau=${options.niveau ?? 'basis'}` });
      assert.equal(start.status, 303);
      const authorize = start.headers.get('location')!;
      assert.match(authorize, /\/idp\/auth\?.*code_challenge_method=S256/);
      assert.match(authorize, /[?&]state=/);
      assert.match(authorize, /[?&]nonce=/);
      const interaction = local((await visitor.get(local(authorize))).headers.get('location')!);
      const submitted = await visitor.post(interaction, { soort, ...fields });
      assert.equal(submitted.status, 303, `the provider accepted the login (${submitted.status})`);
      const callback = (await visitor.get(local(submitted.headers.get('location')!))).headers.get('location')!;
      assert.match(callback, /\/dijkwaard\/inloggen\/terug\?/);
      return { callback: local(callback), response: await visitor.get(local(callback)) };
    }

    it('sends a visitor of a protected page to login, and back there after DigiD', async () => {
      const visitor = new Visitor(server);
      const protectedPage = await visitor.get('/dijkwaard/mijn');
      assert.equal(protectedPage.status, 303);
      assert.equal(protectedPage.headers.get('location'), '/dijkwaard/inloggen?terug=%2Fmijn&niveau=basis');
      const { response } = await login(visitor, { persoon: '999993653', niveau: 'midden' });
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/dijkwaard/mijn');
      const cookie = visitor.cookie('stadhuis_sessie');
      assert.match(cookie ?? '', /^[A-Za-z0-9_-]{43}$/);
      const mine = await visitor.get('/dijkwaard/mijn');
      assert.equal(mine.status, 200);
      const html = await mine.text();
      assert.match(html, /U bent ingelogd met DigiD op niveau midden/);
      assert.match(html, /Mijn Dijkwaard/);
      assert.equal(mine.headers.get('cache-control'), 'no-store');
      assert.doesNotMatch(html, /999993653/, 'the BSN is not shown on the overview');
    });

    it('asks for a higher level (step-up) and gives a new session id', async () => {
      const visitor = new Visitor(server);
      await login(visitor, { persoon: '999990019', niveau: 'basis' });
      const first = visitor.cookie('stadhuis_sessie');
      const page = await visitor.get('/dijkwaard/inloggen?niveau=substantieel&terug=%2Fmijn');
      assert.match(await page.text(), /U bent ingelogd op niveau basis. Voor deze pagina is niveau substantieel nodig/);
      await login(visitor, { persoon: '999990019', niveau: 'substantieel' }, { niveau: 'substantieel' });
      const second = visitor.cookie('stadhuis_sessie');
      assert.ok(second && second !== first, 'session id rotated at step-up');
      const old = new Visitor(server);
      old.setCookie('stadhuis_sessie', first!);
      assert.equal((await old.get('/dijkwaard/mijn')).status, 303, 'the old session id no longer works');
      assert.match(await (await visitor.get('/dijkwaard/mijn')).text(), /op niveau substantieel/);
    });

    it('logs a business in with eHerkenning for a KVK number', async () => {
      const visitor = new Visitor(server);
      const { response } = await login(visitor, { bedrijf: '69599084', niveau: 'EH3' }, { soort: 'eherkenning', niveau: 'EH2' });
      assert.equal(response.status, 303);
      assert.match(await (await visitor.get('/dijkwaard/mijn')).text(), /eHerkenning \(EH3\) namens KVK-nummer 69599084/);
    });

    it('refuses a replayed callback, a forged state and a callback from another browser: no session', async () => {
      const visitor = new Visitor(server);
      const { callback } = await login(visitor, { persoon: '999991772', niveau: 'basis' });
      const replay = new Visitor(server);
      const replayed = await replay.get(callback);
      assert.equal(replayed.status, 400);
      assert.match(await replayed.text(), /Inloggen is niet gelukt/);
      assert.equal(replay.cookie('stadhuis_sessie'), undefined);
      const again = await visitor.get(callback);
      assert.equal(again.status, 400, 'the same browser cannot use a callback twice');
      const forged = await new Visitor(server).get('/dijkwaard/inloggen/terug?code=abc&state=vervalst');
      assert.equal(forged.status, 400);
      const cancelled = new Visitor(server);
      await cancelled.post('/dijkwaard/inloggen', { soort: 'digid', niveau: 'basis', terug: '/mijn' }, { formPage: '/dijkwaard/inloggen' });
      assert.equal(cancelled.cookie('stadhuis_sessie'), undefined);
    });

    it('logs out, and logs out everywhere', async () => {
      const phone = new Visitor(server);
      const laptop = new Visitor(server);
      await login(phone, { persoon: '999992077', niveau: 'basis' });
      await login(laptop, { persoon: '999992077', niveau: 'basis' });
      const everywhere = await phone.post('/dijkwaard/uitloggen/overal', {}, { formPage: '/dijkwaard/mijn' });
      assert.equal(everywhere.status, 200);
      assert.match(await everywhere.text(), /U bent op al uw apparaten uitgelogd \(2\)/);
      assert.equal((await laptop.get('/dijkwaard/mijn')).status, 303);
      assert.equal((await phone.get('/dijkwaard/mijn')).status, 303);

      const single = new Visitor(server);
      await login(single, { persoon: '999995078', niveau: 'basis' });
      const out = await single.post('/dijkwaard/uitloggen', {}, { formPage: '/dijkwaard/mijn' });
      assert.match(await out.text(), /U bent uitgelogd/);
      assert.equal((await single.get('/dijkwaard/mijn')).status, 303);
    });

    it('ends a session after 15 idle minutes with a clear page', async () => {
      const visitor = new Visitor(server);
      await login(visitor, { persoon: '999998456', niveau: 'basis' });
      const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!;
      await server.stadhuis.database.withTenant(tenant.id, (tx) => tx.execute(sql`update auth_sessions set last_seen_at = now() - interval '16 minutes'`));
      const res = await visitor.get('/dijkwaard/mijn');
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/dijkwaard/sessie-verlopen?terug=%2Fmijn&niveau=basis');
      assert.match(await (await visitor.get(res.headers.get('location')!)).text(), /U was 15 minuten niet actief/);
    });

    it('does not log a session in another municipality', async () => {
      const visitor = new Visitor(server);
      await login(visitor, { persoon: '999993653', niveau: 'basis' });
      assert.equal((await visitor.get('/heuvelrode/mijn')).status, 303);
    });
  });
}

describe('Mijn gegevens and who viewed them', () => {
  it('shows the resident’s BRP data with its source, logs the read, and lists it under “who viewed”', async () => {
    const server = await startTestServer(engines()[0]!);
    try {
      const local = (location: string) => { const u = new URL(location, server.url); return u.pathname + u.search; };
      const visitor = new Visitor(server);
      const first = await visitor.get('/dijkwaard/mijn-gegevens');
      assert.equal(first.headers.get('location'), '/dijkwaard/inloggen?terug=%2Fmijn-gegevens&niveau=midden');
      const start = await visitor.post('/dijkwaard/inloggen', { soort: 'digid', niveau: 'midden', terug: '/mijn-gegevens' }, { formPage: '/dijkwaard/inloggen?niveau=midden' });
      const interaction = local((await visitor.get(local(start.headers.get('location')!))).headers.get('location')!);
      const submitted = await visitor.post(interaction, { soort: 'digid', persoon: '999993653', niveau: 'midden' });
      const callback = (await visitor.get(local(submitted.headers.get('location')!))).headers.get('location')!;
      assert.equal((await visitor.get(local(callback))).headers.get('location'), '/dijkwaard/mijn-gegevens');

      const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!;
      const log = server.stadhuis.platform.processingLog;
      const before = await log.countForSubject(tenant.id, { type: 'bsn', id: '999993653' });
      const page = await visitor.get('/dijkwaard/mijn-gegevens');
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /Suzanne/);
      assert.match(html, /Dijkstraat 14/);
      assert.match(html, /Bron: Basisregistratie Personen \(BRP\)/);
      assert.match(html, /Lotte/, 'children are shown');
      assert.equal(await log.countForSubject(tenant.id, { type: 'bsn', id: '999993653' }), before + 1, 'exactly one entry for this read');

      const views = await (await visitor.get('/dijkwaard/mijn-gegevens/inzage')).text();
      assert.match(views, /Uzelf, via Mijn Dijkwaard/);
      assert.match(views, /Burgerzaken/);
      assert.match(views, /Grondslag:/);
      assert.doesNotMatch(JSON.stringify(server.logs), /999993653/, 'the BSN never reaches the log output');
    } finally {
      await server.close();
    }
  });
});
