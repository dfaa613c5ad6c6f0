/**
 * The embedded test identity provider through real HTTP: discovery, the code flow with PKCE,
 * state and nonce driven by openid-client as a relying party, our interaction pages, and the
 * refusals (lower level than asked, replayed code, wrong verifier, forged interaction).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as oidc from 'openid-client';
import { createStadhuis } from '../../platform/bootstrap.js';
import { loadConfig } from '../../platform/config/config.js';
import { engines, startTestServer, Visitor, type TestServer } from '../../platform/testing/harness.js';
import { DIGID_ACR, EHERKENNING_ACR, idpModule, platformClientCredentials, STAFF_ACR } from './index.js';

interface Started {
  visitor: Visitor;
  interaction: string;
  codeVerifier: string;
  state: string;
  nonce: string;
}

for (const engine of engines()) {
  describe(`test identity provider (${engine})`, () => {
    let server: TestServer;
    let issuer: string;
    let rp: oidc.Configuration;
    let redirectUri: string;

    before(async () => {
      server = await startTestServer(engine);
      issuer = `${server.config.publicUrl}/idp`;
      redirectUri = `${server.config.publicUrl}/dijkwaard/inloggen/terug`;
      const { clientId, clientSecret } = platformClientCredentials(server.config);
      rp = await oidc.discovery(new URL(issuer), clientId, clientSecret, undefined, { execute: [oidc.allowInsecureRequests] });
    });
    after(() => server?.close());

    const pathOf = (location: string) => {
      const url = new URL(location, server.url);
      return url.pathname + url.search;
    };

    /** Sends the browser to the authorization endpoint; returns where the IdP sends it. */
    async function authorize(params: Record<string, string>, visitor = new Visitor(server)): Promise<{ visitor: Visitor; res: Response; codeVerifier: string; state: string; nonce: string }> {
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const url = oidc.buildAuthorizationUrl(rp, {
        redirect_uri: redirectUri, scope: 'openid digid', code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256', state, nonce, ...params,
      });
      const res = await visitor.get(url.pathname + url.search);
      return { visitor, res, codeVerifier, state, nonce };
    }

    async function start(params: Record<string, string>, visitor?: Visitor): Promise<Started> {
      const started = await authorize(params, visitor);
      assert.equal(started.res.status, 303, 'sent to the login page');
      const interaction = pathOf(started.res.headers.get('location')!);
      assert.match(interaction, /^\/idp\/interaction\/[\w-]+$/);
      return { ...started, interaction };
    }

    /** Posts the login form and follows the provider back to the relying party's callback. */
    async function submit(s: Started, fields: Record<string, string>): Promise<URL> {
      const res = await s.visitor.post(s.interaction, fields);
      assert.equal(res.status, 303, `login accepted (${res.status}: ${res.status === 400 ? await res.text() : ''})`);
      return follow(s.visitor, res.headers.get('location')!);
    }

    async function follow(visitor: Visitor, location: string): Promise<URL> {
      const resumed = await visitor.get(pathOf(location));
      assert.equal(resumed.status, 303, 'redirected to the relying party');
      return new URL(resumed.headers.get('location')!);
    }

    async function exchange(s: Started, callback: URL) {
      return oidc.authorizationCodeGrant(rp, callback, { pkceCodeVerifier: s.codeVerifier, expectedState: s.state, expectedNonce: s.nonce, idTokenExpected: true });
    }

    it('publishes a discovery document for the code flow with PKCE and signed ID tokens', async () => {
      const res = await server.fetch('/idp/.well-known/openid-configuration');
      assert.equal(res.status, 200);
      const doc = (await res.json()) as Record<string, unknown>;
      assert.equal(doc.issuer, issuer);
      for (const endpoint of ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'userinfo_endpoint', 'end_session_endpoint']) {
        assert.ok(String(doc[endpoint]).startsWith(`${issuer}/`), `${endpoint}: ${String(doc[endpoint])}`);
      }
      assert.deepEqual(doc.response_types_supported, ['code']);
      assert.ok((doc.code_challenge_methods_supported as string[]).includes('S256'));
      assert.ok((doc.id_token_signing_alg_values_supported as string[]).includes('RS256'));
      assert.ok((doc.token_endpoint_auth_methods_supported as string[]).includes('client_secret_post'));
      for (const scope of ['openid', 'digid', 'eherkenning', 'machtiging', 'staff']) assert.ok((doc.scopes_supported as string[]).includes(scope), scope);
      for (const claim of ['bsn', 'loa', 'kvk', 'vestiging', 'acting_for_bsn', 'relation', 'roles', 'email']) assert.ok((doc.claims_supported as string[]).includes(claim), claim);
      assert.ok((doc.acr_values_supported as string[]).includes(DIGID_ACR.substantieel));
      assert.ok((doc.acr_values_supported as string[]).includes(EHERKENNING_ACR.EH3));
      assert.equal(doc.authorization_response_iss_parameter_supported, true);

      const jwks = (await (await server.fetch('/idp/jwks')).json()) as { keys: Record<string, unknown>[] };
      assert.equal(jwks.keys.length, 1);
      assert.equal(jwks.keys[0]!.kty, 'RSA');
      assert.equal(jwks.keys[0]!.alg, 'RS256');
      assert.equal(jwks.keys[0]!.d, undefined, 'no private key material');
      // Served with the platform's security headers.
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    });

    it('logs a resident in: test person and level, signed ID token with bsn, acr, loa and the nonce', async () => {
      const s = await start({});
      const page = await (await s.visitor.get(s.interaction)).text();
      assert.match(page, /<h1[^>]*>Inloggen met DigiD \(testomgeving\)<\/h1>/);
      assert.match(page, /Testomgeving\./, 'test environment banner');
      for (const bsn of ['999993653', '999990019', '999991772', '999992077', '999995078', '999998456']) assert.ok(page.includes(`value="${bsn}"`), bsn);
      for (const level of ['basis', 'midden', 'substantieel', 'hoog']) assert.ok(page.includes(`value="${level}"`), level);
      assert.match(page, /name="_csrf"/);

      const callback = await submit(s, { soort: 'digid', persoon: '999993653', niveau: 'midden' });
      assert.equal(`${callback.origin}${callback.pathname}`, redirectUri);
      assert.equal(callback.searchParams.get('state'), s.state);
      assert.equal(callback.searchParams.get('iss'), issuer);
      const tokens = await exchange(s, callback);
      const claims = tokens.claims()!;
      assert.equal(claims.iss, issuer);
      assert.equal(claims.aud, 'stadhuis');
      assert.equal(claims.nonce, s.nonce);
      assert.equal(claims.sub, 'digid:999993653');
      assert.equal(claims.bsn, '999993653');
      assert.equal(claims.acr, DIGID_ACR.midden);
      assert.equal(claims.loa, 'midden');
      assert.equal(claims.kvk, undefined, 'only the claims of the requested scopes');
      // The platform's own relying party understands these claims.
      assert.deepEqual(server.stadhuis.platform.oidc.identityFrom(claims, 'resident'), { kind: 'resident', bsn: '999993653', level: 'midden', method: 'digid' });
      const userinfo = await oidc.fetchUserInfo(rp, tokens.access_token, claims.sub);
      assert.equal(userinfo.bsn, '999993653');
      assert.equal(userinfo.loa, 'midden');
    });

    it('takes a typed BSN and a machtiging (acting for someone, with the relation)', async () => {
      const s = await start({ scope: 'openid digid machtiging' });
      const page = await (await s.visitor.get(s.interaction)).text();
      assert.match(page, /Ik handel namens iemand anders/);
      const callback = await submit(s, { soort: 'digid', bsn: '9999 95 078', niveau: 'substantieel', namens: '999991772', namensBsn: '', relatie: 'ouder' });
      const claims = (await exchange(s, callback)).claims()!;
      assert.equal(claims.bsn, '999995078');
      assert.equal(claims.acting_for_bsn, '999991772');
      assert.equal(claims.relation, 'ouder');
      assert.equal(claims.sub, 'digid:999995078:namens:ouder:999991772');
      assert.deepEqual(server.stadhuis.platform.oidc.identityFrom(claims, 'resident'), {
        kind: 'resident', bsn: '999995078', level: 'substantieel', method: 'digid', actingFor: { bsn: '999991772', relation: 'ouder' },
      });
    });

    it('shows a Dutch error summary for a wrong BSN and keeps what was typed', async () => {
      const s = await start({ scope: 'openid digid machtiging' });
      const res = await s.visitor.post(s.interaction, { soort: 'digid', bsn: '123456789', niveau: 'midden', namensBsn: '111222334', relatie: 'voogd' });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /<title>Inloggen met DigiD \(testomgeving\) \(fout\)/);
      assert.match(html, /id="error-summary"/);
      assert.match(html, /href="#bsn"[^>]*>Het BSN klopt niet/);
      assert.match(html, /href="#namensBsn"/);
      assert.match(html, /id="bsn"[^>]*value="123456789"|value="123456789"[^>]*id="bsn"/);
      assert.match(html, /aria-invalid="true"/);
      assert.match(html, /<option value="voogd" selected/);
      // Nothing chosen at all.
      const empty = await s.visitor.post(s.interaction, { soort: 'digid', niveau: 'midden' });
      assert.equal(empty.status, 400);
      assert.match(await empty.text(), /href="#persoon"[^>]*>Kies een testpersoon of vul een BSN in/);
      // And acting for oneself is refused.
      const self = await s.visitor.post(s.interaction, { soort: 'digid', persoon: '999992077', niveau: 'midden', namens: '999992077', relatie: 'gemachtigde' });
      assert.equal(self.status, 400);
      assert.match(await self.text(), /niet namens uzelf/);
    });

    it('logs a business in with eHerkenning: KVK number, branch, level EH2–EH4, never below the requested one', async () => {
      const s = await start({ scope: 'openid eherkenning', acr_values: 'EH3' });
      const page = await (await s.visitor.get(s.interaction)).text();
      assert.match(page, /<h1[^>]*>Inloggen met eHerkenning \(testomgeving\)<\/h1>/);
      assert.ok(page.includes('value="69599084"') && page.includes('value="68750110"') && page.includes('value="90004760"'));
      assert.ok(!page.includes('value="EH2"'), 'EH2 is not offered');
      assert.ok(page.includes('value="EH3"') && page.includes('value="EH4"'));
      const low = await s.visitor.post(s.interaction, { soort: 'eherkenning', bedrijf: '69599084', niveau: 'EH2' });
      assert.equal(low.status, 400);
      assert.match(await low.text(), /Kies minstens niveau EH3/);

      const callback = await submit(s, { soort: 'eherkenning', bedrijf: '69599084', niveau: 'EH4' });
      const claims = (await exchange(s, callback)).claims()!;
      assert.equal(claims.kvk, '69599084');
      assert.equal(claims.vestiging, '000038509504');
      assert.equal(claims.acr, EHERKENNING_ACR.EH4);
      assert.equal(claims.loa, 'EH4');
      assert.equal(claims.name, 'Kees de Bakker');
      assert.equal(claims.company_name, 'Bakkerij De Dijk');
      assert.equal(claims.bsn, undefined);
      assert.deepEqual(server.stadhuis.platform.oidc.identityFrom(claims, 'business'), {
        kind: 'business', kvk: '69599084', level: 'EH4', vestiging: '000038509504', name: 'Kees de Bakker',
      });
    });

    it('logs an employee in with roles per municipality', async () => {
      const s = await start({ scope: 'openid staff' });
      const page = await (await s.visitor.get(s.interaction)).text();
      assert.match(page, /<h1[^>]*>Inloggen als medewerker \(testomgeving\)<\/h1>/);
      assert.match(page, /Gemeente Dijkwaard: Behandelaar; Gemeente Heuvelrode: KCC-medewerker/);
      const callback = await submit(s, { soort: 'medewerker', medewerker: 'olga.dewit' });
      const claims = (await exchange(s, callback)).claims()!;
      assert.equal(claims.sub, 'medewerker:olga.dewit');
      assert.equal(claims.email, 'olga.dewit@dijkwaard.example.nl');
      assert.equal(claims.name, 'Olga de Wit');
      assert.deepEqual(claims.roles, { dijkwaard: ['behandelaar'], heuvelrode: ['kcc-medewerker'] });
      assert.equal(claims.acr, STAFF_ACR);
      assert.equal(claims.bsn, undefined);
    });

    it('offers only levels at or above a requested minimum (acr_values or loa) and refuses a lower choice', async () => {
      const requests: Record<string, string>[] = [{ acr_values: DIGID_ACR.substantieel }, { acr_values: 'substantieel' }, { loa: 'substantieel' }];
      for (const params of requests) {
        const s = await start(params);
        const page = await (await s.visitor.get(s.interaction)).text();
        assert.ok(!page.includes('value="basis"') && !page.includes('value="midden"'), `lower levels hidden (${JSON.stringify(params)})`);
        assert.match(page, /minstens niveau Substantieel/);
        const low = await s.visitor.post(s.interaction, { soort: 'digid', persoon: '999990019', niveau: 'basis' });
        assert.equal(low.status, 400);
        assert.match(await low.text(), /href="#niveau"[^>]*>Kies minstens niveau Substantieel/);
        const callback = await submit(s, { soort: 'digid', persoon: '999990019', niveau: 'hoog' });
        const claims = (await exchange(s, callback)).claims()!;
        assert.equal(claims.acr, DIGID_ACR.hoog);
        assert.equal(claims.loa, 'hoog');
      }
    });

    it('keeps a session (single sign-on) but asks again for a higher level (step-up) or another kind of login', async () => {
      const first = await start({});
      await exchange(first, await submit(first, { soort: 'digid', persoon: '999998456', niveau: 'midden' }));

      // Same browser, same level: straight back with a code.
      const again = await authorize({}, first.visitor);
      assert.equal(again.res.status, 303);
      const silent = new URL(again.res.headers.get('location')!);
      assert.equal(`${silent.origin}${silent.pathname}`, redirectUri);
      assert.equal((await oidc.authorizationCodeGrant(rp, silent, { pkceCodeVerifier: again.codeVerifier, expectedState: again.state, expectedNonce: again.nonce })).claims()!.acr, DIGID_ACR.midden);

      // A higher level: the login page again, and the new level in the token.
      const stepUp = await start({ acr_values: 'hoog' }, first.visitor);
      const claims = (await exchange(stepUp, await submit(stepUp, { soort: 'digid', persoon: '999998456', niveau: 'hoog' }))).claims()!;
      assert.equal(claims.acr, DIGID_ACR.hoog);

      // An employee's login in the same browser: the login page, then the employee (no logout page in between).
      const staff = await start({ scope: 'openid staff' }, first.visitor);
      const staffClaims = (await exchange(staff, await submit(staff, { soort: 'medewerker', medewerker: 'gerda.hoekstra' }))).claims()!;
      assert.equal(staffClaims.sub, 'medewerker:gerda.hoekstra');
      assert.deepEqual(staffClaims.roles, { dijkwaard: ['admin'] });
    });

    it('refuses a replayed authorization code and a wrong PKCE verifier', async () => {
      const s = await start({});
      const callback = await submit(s, { soort: 'digid', persoon: '999992077', niveau: 'basis' });
      await exchange(s, callback);
      await assert.rejects(exchange(s, callback), (e: unknown) => (e as { error?: string }).error === 'invalid_grant', 'replayed code');

      const t = await start({});
      const callback2 = await submit(t, { soort: 'digid', persoon: '999992077', niveau: 'basis' });
      await assert.rejects(exchange({ ...t, codeVerifier: oidc.randomPKCECodeVerifier() }, callback2), (e: unknown) => (e as { error?: string }).error === 'invalid_grant', 'wrong verifier');
    });

    it('demands PKCE with S256 and a nonce, and a registered redirect URI', async () => {
      const visitor = new Visitor(server);
      const base = { client_id: 'stadhuis', response_type: 'code', scope: 'openid digid', redirect_uri: redirectUri, state: 'abc123' };
      const errorOf = async (params: Record<string, string>) => {
        const res = await visitor.get(`/idp/auth?${new URLSearchParams(params).toString()}`);
        assert.equal(res.status, 303);
        const back = new URL(res.headers.get('location')!);
        assert.equal(`${back.origin}${back.pathname}`, redirectUri);
        return back.searchParams.get('error') ?? new URLSearchParams(back.hash.slice(1)).get('error');
      };
      const challenge = await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier());
      assert.equal(await errorOf({ ...base, nonce: 'n-1' }), 'invalid_request', 'no PKCE');
      assert.equal(await errorOf({ ...base, nonce: 'n-1', code_challenge: challenge, code_challenge_method: 'plain' }), 'invalid_request', 'plain PKCE');
      assert.equal(await errorOf({ ...base, code_challenge: challenge, code_challenge_method: 'S256' }), 'invalid_request', 'no nonce');
      assert.equal(await errorOf({ ...base, nonce: 'n-1', code_challenge: challenge, code_challenge_method: 'S256', response_type: 'id_token' }), 'unsupported_response_type');

      // Both address forms of an existing municipality are accepted; anything else gets an error page, not a redirect.
      const port = new URL(server.url).port;
      for (const uri of [`http://dijkwaard.localhost:${port}/inloggen/terug`, `${server.config.publicUrl}/heuvelrode/beheer/inloggen/terug`]) {
        const ok = await authorize({ redirect_uri: uri });
        assert.equal(ok.res.status, 303, uri);
        assert.match(ok.res.headers.get('location')!, /^\/idp\/interaction\//, uri);
      }
      for (const uri of ['https://evil.example/dijkwaard/inloggen/terug', `${server.config.publicUrl}/onbekend/inloggen/terug`,
        `http://onbekend.localhost:${port}/inloggen/terug`, `${server.config.publicUrl}/dijkwaard/elders`, `${redirectUri}?x=1`]) {
        const bad = await authorize({ redirect_uri: uri });
        assert.equal(bad.res.status, 400, uri);
        const html = await bad.res.text();
        assert.match(html, /<h1[^>]*>Inloggen lukt niet<\/h1>/, uri);
        assert.match(html, /redirect_uri/);
      }
    });

    it('shows a clear page for a forged, unknown or expired interaction', async () => {
      const visitor = new Visitor(server);
      const res = await visitor.get('/idp/interaction/vervalst-123');
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /<h1[^>]*>Deze inlogpoging is verlopen of onbekend<\/h1>/);
      assert.match(html, /Testomgeving\./);
      const csrf = await visitor.csrfFrom('/dijkwaard/beheer/inloggen');
      assert.equal((await visitor.post('/idp/interaction/vervalst-123', { soort: 'digid', persoon: '999993653', niveau: 'hoog' }, { csrf })).status, 400);
      // Another interaction's id with this browser's cookie is no better.
      const s = await start({});
      const other = await s.visitor.get('/idp/interaction/vervalst-123');
      assert.equal(other.status, 400);
      // An unknown resume is the provider's own error, on the same page.
      const resume = await new Visitor(server).get('/idp/auth/vervalst-123');
      assert.equal(resume.status, 400);
      assert.match(await resume.text(), /verlopen of onbekend/);
    });

    it('protects the login form with the platform CSRF token', async () => {
      const s = await start({});
      const res = await s.visitor.post(s.interaction, { soort: 'digid', persoon: '999993653', niveau: 'midden' }, { csrf: false });
      assert.equal(res.status, 403);
    });

    it('lets the visitor cancel: the relying party gets access_denied', async () => {
      const s = await start({});
      const res = await s.visitor.post(`${s.interaction}/afbreken`, {}, { formPage: s.interaction });
      assert.equal(res.status, 303);
      const back = await follow(s.visitor, res.headers.get('location')!);
      assert.equal(back.searchParams.get('error'), 'access_denied');
      assert.equal(back.searchParams.get('state'), s.state);
    });

    it('logs out through the end-session endpoint back to the municipality', async () => {
      const s = await start({});
      const tokens = await exchange(s, await submit(s, { soort: 'digid', persoon: '999993653', niveau: 'midden' }));
      const end = oidc.buildEndSessionUrl(rp, { id_token_hint: tokens.id_token!, post_logout_redirect_uri: `${server.config.publicUrl}/dijkwaard`, state: 'uit-1' });
      const page = await s.visitor.get(end.pathname + end.search);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /<h1[^>]*>Uitloggen bij de test-inlogdienst<\/h1>/);
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
      const confirm = await s.visitor.request('/idp/session/end/confirm', {
        method: 'POST', body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(confirm.status, 303);
      assert.equal(confirm.headers.get('location'), `${server.config.publicUrl}/dijkwaard?state=uit-1`);
      // The session is gone: the next login asks again.
      const again = await authorize({}, s.visitor);
      assert.match(again.res.headers.get('location')!, /^\/idp\/interaction\//);
    });

    it('works with the platform’s own login: /inloggen → test IdP → /inloggen/terug → Mijn', async () => {
      const visitor = new Visitor(server);
      const res = await visitor.post('/dijkwaard/inloggen', { soort: 'digid', niveau: 'substantieel', terug: '/' }, { formPage: '/dijkwaard/inloggen' });
      assert.equal(res.status, 303);
      const toIdp = await visitor.get(pathOf(res.headers.get('location')!));
      assert.equal(toIdp.status, 303);
      const interaction = pathOf(toIdp.headers.get('location')!);
      const page = await (await visitor.get(interaction)).text();
      assert.ok(!page.includes('value="midden"'), 'the platform asked for substantieel');
      const callback = await submit({ visitor, interaction, codeVerifier: '', state: '', nonce: '' }, { soort: 'digid', persoon: '999993653', niveau: 'substantieel' });
      const done = await visitor.get(callback.pathname + callback.search);
      assert.equal(done.status, 303, await done.clone().text());
      assert.equal(done.headers.get('location'), '/dijkwaard/mijn');
      assert.equal((await visitor.get('/dijkwaard/mijn')).status, 200);
    });

    it('has an overview page with the test identities, and answers unknown paths with its own page', async () => {
      const res = await server.fetch('/idp');
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.match(html, /<h1[^>]*>Test-inlogdienst<\/h1>/);
      assert.match(html, /999993653/);
      assert.match(html, /Bouwbedrijf Heuvelrode B\.V\./);
      assert.match(html, /olga\.dewit@dijkwaard\.example\.nl/);
      const missing = await server.fetch('/idp/bestaat-niet');
      assert.equal(missing.status, 404);
      assert.match(await missing.text(), /<h1[^>]*>Pagina niet gevonden<\/h1>/);
    });
  });
}

describe('test identity provider in production', () => {
  // Only this module (other modules demand their own production settings); built in memory and
  // asked with inject. The same app in the test environment is the control.
  async function appFor(nodeEnv: 'production' | 'test') {
    const config = loadConfig({
      NODE_ENV: nodeEnv, LOG_LEVEL: 'silent', SESSION_SECRET: 'p'.repeat(40), PROCESSING_LOG_KEY: 'k'.repeat(40), DATA_ENCRYPTION_KEY: 'e'.repeat(40),
      OIDC_ISSUER: 'https://broker.example.nl', OIDC_CLIENT_SECRET: 'geheim-van-de-makelaar', DEMO_SEED: 'false',
    });
    return createStadhuis(config, { inMemory: true, modules: [idpModule] });
  }

  it('is not there at all when NODE_ENV=production', async () => {
    const production = await appFor('production');
    const control = await appFor('test');
    try {
      assert.equal(production.platform.config.nodeEnv, 'production');
      for (const url of ['/idp', '/idp/.well-known/openid-configuration', '/idp/jwks', '/idp/auth', '/idp/interaction/x']) {
        assert.equal((await production.app.inject({ url })).statusCode, 404, url);
      }
      assert.deepEqual(production.platform.routes.filter((r) => r.url.startsWith('/idp')), []);
      assert.equal((await control.app.inject({ url: '/idp/.well-known/openid-configuration' })).statusCode, 200, 'control: served outside production');
    } finally {
      await production.close();
      await control.close();
    }
  });
});
