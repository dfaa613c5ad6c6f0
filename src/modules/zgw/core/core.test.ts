/**
 * The shared ZGW plumbing, through a small API of its own: JWT and autorisaties, the standard's
 * error format, unknown query parameters, pagination links and URLs of this municipality.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { StadhuisModule } from '../../../platform/http/types.js';
import { engines, requestWithHost, startTestServer, type TestServer } from '../../../platform/testing/harness.js';
import { Fields } from './fields.js';
import { paginate, Query } from './lists.js';
import { mountZgwApi } from './plugin.js';
import { zgwClient, zgwToken, ZgwTestClient } from './testing.js';
import { parseResourceUrl } from './urls.js';

const probe: StadhuisModule = {
  name: 'zgw-probe',
  migrations: [],
  async tenantRoutes(scoped, platform) {
    await mountZgwApi(scoped, platform, {
      api: 'catalogi', version: '9.9.9', extension: true,
      routes(app, ctx) {
        app.get('/proeven', { config: { access: { zgw: 'catalogi.lezen' } } }, async (request) => {
          const q = new Query(request, ctx.slug(request), ['page', 'zaaktype']);
          const page = q.page();
          const zaaktype = q.ref('zaaktype', 'catalogi', 'zaaktypen');
          q.done();
          const all = Array.from({ length: 250 }, (_, i) => ({ nummer: i + 1 }));
          return paginate(request, ctx.root(request), page, all.length, all.slice((page - 1) * 100, page * 100).map((r) => ({ ...r, zaaktype: zaaktype ?? null })));
        });
        app.post('/proeven', { config: { access: { zgw: 'catalogi.schrijven' } } }, async (request, reply) => {
          const f = new Fields(request.body, ctx.slug(request));
          const naam = f.string('naam', { required: true, max: 10 });
          const zaaktype = f.ref('zaaktype', 'catalogi', 'zaaktypen', { required: true });
          f.done(['naam', 'zaaktype', 'url']);
          return reply.status(201).send({ url: ctx.url(request, 'proeven', '00000000-0000-4000-8000-000000000000'), naam, zaaktype });
        });
      },
    });
  },
};

for (const engine of engines()) {
  describe(`ZGW plumbing (${engine})`, () => {
    let server: TestServer;
    let reader: ZgwTestClient;
    let writer: ZgwTestClient;
    before(async () => {
      server = await startTestServer(engine, { extraModules: [probe] });
      reader = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'ztc', scopes: ['catalogi.lezen'] }] });
      writer = await zgwClient(server, 'dijkwaard', { heeftAlleAutorisaties: true });
    });
    after(() => server.close());

    it('answers 401 without a valid JWT and 403 without the scope, in the standard error format', async () => {
      const anonymous = await fetch(`${server.url}/dijkwaard/catalogi/api/v1/proeven`);
      assert.equal(anonymous.status, 401);
      assert.match(anonymous.headers.get('content-type') ?? '', /application\/problem\+json/);
      const body = await anonymous.json() as Record<string, unknown>;
      assert.equal(body.code, 'not_authenticated');
      for (const key of ['type', 'title', 'status', 'detail', 'instance']) assert.ok(key in body, key);
      const wrongSecret = new ZgwTestClient(server, 'dijkwaard', reader.clientId, 'not-the-secret');
      assert.equal((await wrongSecret.get('/dijkwaard/catalogi/api/v1/proeven')).status, 401);
      // The same client id in another municipality is not known there.
      assert.equal((await reader.get('/heuvelrode/catalogi/api/v1/proeven')).status, 401);
      const denied = await reader.post('/dijkwaard/catalogi/api/v1/proeven', { naam: 'x' });
      assert.equal(denied.status, 403);
      assert.equal(denied.body.code, 'permission_denied');
    });

    it('lists with pagination links and the API-version header; refuses unknown parameters', async () => {
      const first = await reader.get('/dijkwaard/catalogi/api/v1/proeven');
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('api-version'), '9.9.9');
      assert.equal(first.body.count, 250);
      assert.equal(first.body.results.length, 100);
      assert.equal(first.body.previous, null);
      assert.equal(first.body.next, `${server.url}/dijkwaard/catalogi/api/v1/proeven?page=2`);
      const last = await reader.get(first.body.next.replace('page=2', 'page=3'));
      assert.equal(last.body.results.length, 50);
      assert.equal(last.body.next, null);
      assert.equal((await reader.get('/dijkwaard/catalogi/api/v1/proeven?page=4')).status, 404);
      const unknown = await reader.get('/dijkwaard/catalogi/api/v1/proeven?kleur=rood');
      assert.equal(unknown.status, 400);
      assert.equal(unknown.body.code, 'unknown-parameters');
      assert.equal(unknown.body.invalidParams[0].code, 'unknown-parameters');
    });

    it('names every invalid field with the standard codes, and never answers 500 to malformed input', async () => {
      const res = await writer.post('/dijkwaard/catalogi/api/v1/proeven', { naam: 'veel te lange naam', zaaktype: `${server.url}/heuvelrode/catalogi/api/v1/zaaktypen/00000000-0000-4000-8000-000000000000`, kleur: 'rood' });
      assert.equal(res.status, 400);
      const codes = Object.fromEntries(res.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]));
      assert.deepEqual(codes, { naam: 'max_length', zaaktype: 'bad-url', kleur: 'unknown-field' });
      const missing = await writer.post('/dijkwaard/catalogi/api/v1/proeven', {});
      assert.deepEqual(missing.body.invalidParams.map((p: { code: string }) => p.code), ['required', 'required']);
      const malformed = await writer.post('/dijkwaard/catalogi/api/v1/proeven', '{"naam": ');
      assert.equal(malformed.status, 400);
      assert.equal(malformed.body.code, 'parse_error');
      const notAnObject = await writer.post('/dijkwaard/catalogi/api/v1/proeven', '[1,2]');
      assert.equal(notAnObject.status, 400);
      const wrongType = await writer.post('/dijkwaard/catalogi/api/v1/proeven', 'naam=x', { 'content-type': 'text/plain' });
      assert.equal(wrongType.status, 415);
      const huge = await writer.post('/dijkwaard/catalogi/api/v1/proeven', { naam: 'x'.repeat(2_000_000) });
      assert.equal(huge.status, 413);
      assert.equal((await writer.get('/dijkwaard/catalogi/api/v1/bestaat-niet')).status, 404);
      const created = await writer.post('/dijkwaard/catalogi/api/v1/proeven', { naam: 'kort', zaaktype: `http://dijkwaard.localhost:3000/catalogi/api/v1/zaaktypen/00000000-0000-4000-8000-000000000001` });
      assert.equal(created.status, 201);
      assert.equal(created.body.url, `${server.url}/dijkwaard/catalogi/api/v1/proeven/00000000-0000-4000-8000-000000000000`);
      assert.equal(created.body.zaaktype, '00000000-0000-4000-8000-000000000001');
    });

    it('answers in the URL form the client used (host form)', async () => {
      const token = await zgwToken(writer.clientId, writer.secret);
      const res = await requestWithHost(server.url, 'POST', '/catalogi/api/v1/proeven', 'dijkwaard.localhost:3000', { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        JSON.stringify({ naam: 'kort', zaaktype: `${server.url}/dijkwaard/catalogi/api/v1/zaaktypen/00000000-0000-4000-8000-000000000001` }));
      assert.equal(res.status, 201, res.body);
      assert.equal((JSON.parse(res.body) as { url: string }).url, `http://dijkwaard.localhost:${new URL(server.url).port}/catalogi/api/v1/proeven/00000000-0000-4000-8000-000000000000`);
    });
  });
}

describe('ZGW URLs of a municipality', () => {
  it('accepts both URL forms of this municipality and refuses others with bad-url or invalid-resource', () => {
    const id = '6f1c2b52-5a0e-4d3c-9d1f-0d3e8f6a7b21';
    assert.deepEqual(parseResourceUrl('dijkwaard', `http://localhost:3000/dijkwaard/catalogi/api/v1/zaaktypen/${id}`, 'catalogi', 'zaaktypen'), { ok: true, id });
    assert.deepEqual(parseResourceUrl('dijkwaard', `https://dijkwaard.example.nl/catalogi/api/v1/zaaktypen/${id}`, 'catalogi', 'zaaktypen'), { ok: true, id });
    assert.equal((parseResourceUrl('dijkwaard', `http://localhost:3000/heuvelrode/catalogi/api/v1/zaaktypen/${id}`, 'catalogi', 'zaaktypen') as { code: string }).code, 'bad-url');
    assert.equal((parseResourceUrl('dijkwaard', `http://localhost:3000/dijkwaard/catalogi/api/v1/besluittypen/${id}`, 'catalogi', 'zaaktypen') as { code: string }).code, 'invalid-resource');
    assert.equal((parseResourceUrl('dijkwaard', 'geen url', 'catalogi', 'zaaktypen') as { code: string }).code, 'bad-url');
    assert.equal((parseResourceUrl('dijkwaard', `http://localhost:3000/dijkwaard/catalogi/api/v1/zaaktypen/123`, 'catalogi', 'zaaktypen') as { code: string }).code, 'bad-url');
  });
});
