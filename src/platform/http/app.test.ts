import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startWithTwoMunicipalities } from '../../modules/catalogue/test-fixtures.js';
import { engines, getWithHost, Visitor, type TestServer } from '../testing/harness.js';

for (const engine of engines()) {
  describe(`HTTP platform (${engine})`, () => {
    let server: TestServer;
    before(async () => ({ server } = await startWithTwoMunicipalities(engine)));
    after(() => server.close());

    it('sends strict security headers on pages and API responses', async () => {
      for (const path of ['/', '/alfadorp', '/alfadorp/api/v1/products', '/alfadorp/bestaat-niet']) {
        const res = await server.fetch(path);
        const csp = res.headers.get('content-security-policy') ?? '';
        assert.match(csp, /script-src 'self'/, path);
        assert.match(csp, /frame-ancestors 'none'/, path);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
        assert.match(res.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
      }
      assert.equal((await server.fetch('/alfadorp/api/v1/products')).headers.get('api-version'), '1.0.0');
    });

    it('answers health checks', async () => {
      assert.deepEqual(await (await server.fetch('/health/live')).json(), { status: 'ok' });
      const ready = await server.fetch('/health/ready');
      assert.equal(ready.status, 200);
      assert.equal((await ready.json() as { database: string }).database, engine);
    });

    it('lists the municipalities on the root page', async () => {
      const html = await (await server.fetch('/')).text();
      assert.match(html, /<a class="utrecht-link" href="\/alfadorp">Gemeente Alfadorp<\/a>/);
      assert.match(html, /href="\/betastad"/);
    });

    it('serves a municipality on its own host name with links without the prefix', async () => {
      const res = await getWithHost(server.url, '/', 'alfadorp.localhost:3000');
      assert.equal(res.status, 200);
      const html = res.body;
      assert.match(html, /<span class="stadhuis-header__name">Gemeente Alfadorp<\/span>/);
      assert.match(html, /href="\/producten"/);
      assert.doesNotMatch(html, /href="\/alfadorp\//);
      const product = await getWithHost(server.url, '/producten/paspoort-aanvragen', 'alfadorp.localhost:3000');
      assert.equal(product.status, 200);
      assert.match(product.body, /<h1 class="utrecht-heading-1">Paspoort aanvragen<\/h1>/);
      assert.equal((await getWithHost(server.url, '/assets/stadhuis.css', 'alfadorp.localhost')).status, 200);
      assert.match((await getWithHost(server.url, '/theme.css', 'betastad.localhost')).body, /--stadhuis-brand: #154273/);
      assert.equal((await getWithHost(server.url, '/', 'onbekend.localhost')).status, 404);
    });

    it('answers an unknown municipality with a 404 page or problem', async () => {
      const page = await server.fetch('/onbekend/producten');
      assert.equal(page.status, 404);
      assert.match(await page.text(), /Er is geen gemeente met dit adres/);
      const api = await server.fetch('/onbekend/api/v1/products');
      assert.equal(api.status, 404);
      assert.match(api.headers.get('content-type') ?? '', /^application\/problem\+json/);
    });

    it('switches language with a cookie and never redirects off the site', async () => {
      const visitor = new Visitor(server);
      const res = await visitor.get('/alfadorp/taal?kies=en&terug=%2Fproducten');
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/alfadorp/producten');
      const html = await (await visitor.get('/alfadorp/producten')).text();
      assert.match(html, /<html lang="en"/);
      assert.match(html, /Products and services from A to Z/);
      const platformSwitch = await new Visitor(server).get('/taal?kies=en&terug=%2F');
      assert.equal(platformSwitch.status, 303);
      assert.equal(platformSwitch.headers.get('location'), '/');
      for (const evil of ['//evil.example', '/\\evil.example', 'https://evil.example']) {
        const r = await visitor.get(`/alfadorp/taal?kies=nl&terug=${encodeURIComponent(evil)}`);
        assert.equal(r.headers.get('location'), '/alfadorp', evil);
      }
    });

    it('gives a clear 4xx for bad input, changes nothing and logs no errors', async () => {
      const before = await (await server.fetch('/alfadorp/api/v1/products')).json() as { count: number };
      const hostile = ["'; DROP TABLE catalogue_products; --", '<script>alert(1)</script>', '%_\\', 'paspoort:* & !a | (b', '"><img src=x onerror=alert(1)>', 'a'.repeat(5000)];
      for (const q of hostile) {
        const page = await server.fetch(`/alfadorp/zoeken?q=${encodeURIComponent(q)}`);
        assert.equal(page.status, 200, q);
        // Outside quoted attribute values (where < is inert and " is escaped) no markup of the input survives.
        const text = (await page.text()).replace(/="[^"]*"/g, '=""');
        assert.doesNotMatch(text, /<script>alert|<img src=x/, 'user input is escaped');
        const api = await server.fetch(`/alfadorp/api/v1/search?q=${encodeURIComponent(q.slice(0, 200))}`);
        assert.equal(api.status, 200, q);
      }
      for (const path of ['/alfadorp/producten?pagina=abc', '/alfadorp/producten?pagina=0', '/alfadorp/producten?pagina=99999', '/alfadorp/zoeken?q=a&pagina=-1', '/alfadorp/onderwerpen/burgerzaken?pagina=1.5']) {
        const res = await server.fetch(path);
        assert.equal(res.status, 400, path);
        assert.match(await res.text(), /Dit verzoek klopt niet/);
      }
      const invalid = await server.fetch('/alfadorp/api/v1/products?page=0&pageSize=1000&sort=title');
      assert.equal(invalid.status, 400);
      const problem = await invalid.json() as { status: number; detail: string; 'invalid-params': { name: string; reason: string }[] };
      assert.equal(problem.status, 400);
      assert.deepEqual(problem['invalid-params'].map((p) => p.name).sort(), ['page', 'pageSize', 'sort']);
      assert.match(problem['invalid-params'].find((p) => p.name === 'page')!.reason, /Moet minstens 1 zijn/);

      const big = await server.fetch('/alfadorp/beheer/inloggen', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `name=${'x'.repeat(2 * 1024 * 1024)}` });
      assert.equal(big.status, 413);
      assert.match(await big.text(), /Te veel gegevens/);
      const malformed = await server.fetch('/alfadorp/api/v1/products', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title": ' });
      assert.ok(malformed.status >= 400 && malformed.status < 500);
      assert.match(malformed.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const wrongType = await server.fetch('/alfadorp/beheer/inloggen', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name[]=a&name[]=b&password=x' });
      assert.equal(wrongType.status, 403, 'no CSRF token: refused before anything else');

      const after = await (await server.fetch('/alfadorp/api/v1/products')).json() as { count: number };
      assert.equal(after.count, before.count);
      const errors = server.logs.filter((l) => l.level >= 50);
      assert.deepEqual(errors, [], 'bad input is not an error of ours');
    });

    it('never writes search terms, passwords or cookies to the log', async () => {
      const visitor = new Visitor(server);
      await visitor.get('/alfadorp/zoeken?q=geheimzoekwoord123');
      await visitor.post('/alfadorp/beheer/inloggen', { name: 'Logtest', password: 'geheimwachtwoord456' }, { formPage: '/alfadorp/beheer/inloggen' });
      const text = JSON.stringify(server.logs);
      assert.doesNotMatch(text, /geheimzoekwoord123/);
      assert.doesNotMatch(text, /geheimwachtwoord456/);
      assert.doesNotMatch(text, /stadhuis_csrf=|stadhuis_staff=/);
      assert.ok(server.logs.some((l) => (l.req as { path?: string } | undefined)?.path === '/alfadorp/zoeken'), 'requests are logged, by path only');
    });

    it('refuses a form without a valid CSRF token and keeps nothing', async () => {
      const visitor = new Visitor(server);
      const res = await visitor.post('/alfadorp/beheer/inloggen', { name: 'Aanvaller', password: 'test-wachtwoord' }, { csrf: 'vervalst' });
      assert.equal(res.status, 403);
      assert.match(await res.text(), /Formulier verlopen/);
      assert.equal(visitor.cookie('stadhuis_staff'), undefined);
    });
  });
}

describe('when the database fails', () => {
  it('shows a 500 page in the municipality’s style with a reference, never a stack trace', async () => {
    const { server } = await startWithTwoMunicipalities('pglite');
    await server.fetch('/alfadorp'); // the municipality is now cached
    const { database } = server.stadhuis;
    const original = database.withTenant;
    database.withTenant = async () => { throw new Error('verbinding verbroken: geheim-detail'); };
    try {
      const page = await server.fetch('/alfadorp/producten');
      assert.equal(page.status, 500);
      const html = await page.text();
      assert.match(html, /Er ging iets mis/);
      assert.match(html, /Gemeente Alfadorp/);
      assert.match(html, new RegExp(`Noem bij contact met ons deze code: ${page.headers.get('x-request-id')}`));
      assert.doesNotMatch(html, /geheim-detail|at .*\.ts/);
      const api = await server.fetch('/alfadorp/api/v1/products');
      assert.equal(api.status, 500);
      const problem = await api.json() as { detail: string };
      assert.doesNotMatch(JSON.stringify(problem), /geheim-detail/);
      assert.ok(server.logs.some((l) => l.level === 50), 'a real failure is logged as an error');
    } finally {
      database.withTenant = original;
      await server.close();
    }
  });
});
