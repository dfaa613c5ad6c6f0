import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { engines, type TestServer } from '../../platform/testing/harness.js';
import { startWithTwoMunicipalities, type TwoMunicipalities } from './test-fixtures.js';

const run = promisify(execFile);

interface ListBody { count: number; page: number; pageSize: number; results: { id: string; slug: string; title: string; snippet?: string }[]; _links: Record<string, { href: string }> }

for (const engine of engines()) {
  describe(`catalogue JSON API (${engine})`, () => {
    let server: TestServer;
    let data: TwoMunicipalities;
    before(async () => ({ server, data } = await startWithTwoMunicipalities(engine)));
    after(() => server.close());

    it('lists published products with pagination links and filters', async () => {
      const res = await server.fetch('/betastad/api/v1/products?pageSize=1');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('api-version'), '1.0.0');
      const body = await res.json() as ListBody;
      assert.equal(body.count, 2, 'the draft is not listed');
      assert.equal(body.results.length, 1);
      assert.equal(body._links.next!.href, `${server.config.publicUrl}/betastad/api/v1/products?page=2&pageSize=1`);
      const page2 = await (await server.fetch('/betastad/api/v1/products?page=2&pageSize=1')).json() as ListBody;
      assert.ok(page2._links.prev);
      assert.notEqual(page2.results[0]!.slug, body.results[0]!.slug);
      const filtered = await (await server.fetch('/betastad/api/v1/products?category=vrije-tijd-en-evenementen')).json() as ListBody;
      assert.deepEqual(filtered.results.map((p) => p.slug), [data.bOnly.slug]);
      const none = await (await server.fetch('/betastad/api/v1/products?audience=ondernemer')).json() as ListBody;
      assert.equal(none.count, 0);
    });

    it('gets a product by slug or id, and 404s a draft or an unknown one as problem+json', async () => {
      const bySlug = await (await server.fetch(`/betastad/api/v1/products/${data.bOnly.slug}`)).json() as Record<string, unknown>;
      const byId = await (await server.fetch(`/betastad/api/v1/products/${data.bOnly.id}`)).json() as Record<string, unknown>;
      assert.deepEqual(bySlug, byId);
      assert.equal(bySlug.title, 'Zeehondenopvang subsidie');
      assert.deepEqual(bySlug.categories, ['vrije-tijd-en-evenementen']);
      assert.deepEqual(bySlug.prices, [
        { year: 2026, label: 'Paspoort, 18 jaar en ouder', labelEn: 'Passport, 18 and over', amount: '84.30', currency: 'EUR' },
        { year: 2027, label: 'Paspoort, 18 jaar en ouder', labelEn: 'Passport, 18 and over', amount: '86.15', currency: 'EUR' },
      ]);
      for (const key of [data.bDraft.slug, 'bestaat-niet', data.aProduct.id]) {
        const res = await server.fetch(`/betastad/api/v1/products/${key}`);
        assert.equal(res.status, 404, key);
        assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
        const problem = await res.json() as { status: number; title: string; detail: string };
        assert.equal(problem.status, 404);
        assert.ok(problem.title && problem.detail);
      }
      const bad = await server.fetch('/betastad/api/v1/products/Niet%20Geldig!');
      assert.equal(bad.status, 400);
      assert.equal((await bad.json() as { 'invalid-params': { name: string }[] })['invalid-params'][0]!.name, 'product');
    });

    it('searches with Dutch stemming and marks the matches in escaped snippets', async () => {
      const body = await (await server.fetch('/betastad/api/v1/search?q=zeehonden')).json() as ListBody;
      assert.equal(body.results[0]!.slug, data.bOnly.slug);
      assert.match(body.results[0]!.snippet!, /<mark>/);
      const missing = await server.fetch('/betastad/api/v1/search');
      assert.equal(missing.status, 400);
      assert.deepEqual((await missing.json() as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name), ['q']);
    });

    it('serves an OpenAPI 3.0.3 document that passes the NL API Design Rules linter with zero errors', async () => {
      const res = await server.fetch('/api/v1/openapi.json');
      assert.equal(res.status, 200);
      const doc = await res.json() as { openapi: string; paths: Record<string, unknown>; servers: { url: string }[] };
      assert.equal(doc.openapi, '3.0.3');
      assert.deepEqual(Object.keys(doc.paths).sort(), ['/categories', '/products', '/products/{product}', '/search']);
      const tenantDoc = await (await server.fetch('/betastad/api/v1/openapi.json')).json() as typeof doc;
      assert.equal(tenantDoc.servers[0]!.url, `${server.config.publicUrl}/betastad/api/v1`);

      const dir = mkdtempSync(path.join(tmpdir(), 'stadhuis-oas-'));
      try {
        const file = path.join(dir, 'openapi.json');
        writeFileSync(file, JSON.stringify(doc));
        const ruleset = new URL('../../platform/http/adr-ruleset.yaml', import.meta.url).pathname;
        const spectral = new URL('../../../node_modules/.bin/spectral', import.meta.url).pathname;
        const { stdout } = await run(spectral, ['lint', '-r', ruleset, '-f', 'json', '--fail-severity', 'error', file], { maxBuffer: 10 * 1024 * 1024 })
          .catch((e: { stdout: string }) => ({ stdout: e.stdout }));
        const findings = JSON.parse(stdout) as { code: string; message: string; severity: number; path: string[] }[];
        const errors = findings.filter((f) => f.severity === 0);
        assert.deepEqual(errors.map((e) => `${e.code}: ${e.message} at ${e.path.join('.')}`), []);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
