import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { staffActor } from '../../platform/testing/actors.js';
import { after, before, describe, it } from 'node:test';
import { HttpError } from '../../platform/http/problem.js';
import { engines, loginAsAdmin, Visitor, type TestServer } from '../../platform/testing/harness.js';
import { searchProducts } from './search.js';
import { CatalogueService } from './service.js';
import { productInput, startWithTwoMunicipalities, type TwoMunicipalities } from './test-fixtures.js';

const B_MARKERS = /Zeehondenopvang subsidie|Alleen Betastad kent|Geheim concept van Betastad/;

for (const engine of engines()) {
  describe(`tenant isolation (${engine})`, () => {
    let server: TestServer;
    let data: TwoMunicipalities;
    let adminA: Visitor;
    let catalogue: CatalogueService;

    before(async () => {
      // Requests come from their own addresses, so the per-address form limits stay out of the way.
      ({ server, data } = await startWithTwoMunicipalities(engine, { TRUST_PROXY: 'true' }));
      adminA = await loginAsAdmin(server, 'alfadorp', undefined, new Visitor(server, { 'x-forwarded-for': '10.1.0.1' }));
      catalogue = new CatalogueService(server.stadhuis.database);
    });
    after(() => server.close());

    async function bState() {
      const product = await catalogue.getProduct(data.b.id, { id: data.bOnly.id }, { includeDrafts: true });
      const draft = await catalogue.getProduct(data.b.id, { id: data.bDraft.id }, { includeDrafts: true });
      const revisions = (await catalogue.listRevisions(data.b.id, data.bOnly.id)).length + (await catalogue.listRevisions(data.b.id, data.bDraft.id)).length;
      return JSON.stringify({ product, draft, revisions });
    }

    it('data layer: A cannot read, list, search or change B’s products', async () => {
      const before = await bState();
      assert.equal(await catalogue.getProduct(data.a.id, { id: data.bOnly.id }, { includeDrafts: true }), undefined);
      assert.equal(await catalogue.getProduct(data.a.id, { slug: data.bOnly.slug }, { includeDrafts: true }), undefined);
      const all = await catalogue.listProducts(data.a.id, { status: 'all', page: 1, pageSize: 100 });
      assert.deepEqual(all.items.map((p) => p.slug), ['paspoort-aanvragen']);
      assert.equal((await searchProducts(server.stadhuis.database, data.a.id, 'zeehond', { lang: 'nl', limit: 10, offset: 0 })).hits.length, 0);
      assert.deepEqual(await catalogue.listRevisions(data.a.id, data.bOnly.id), []);
      await assert.rejects(catalogue.setStatus(data.a.id, data.bOnly.id, 'draft', staffActor(['functioneel-beheerder'], 'Inbreker')), (e: unknown) => e instanceof HttpError && e.statusCode === 404);
      await assert.rejects(catalogue.updateProduct(data.a.id, data.bOnly.id, productInput({ slug: 'gekaapt', title: 'Gekaapt' }), 1, staffActor(['functioneel-beheerder'], 'Inbreker')), (e: unknown) => e instanceof HttpError && e.statusCode === 404);
      assert.equal(await bState(), before, 'B is unchanged');
      // Creating a product "for" B while acting as A lands in A: the database fills in the tenant.
      const created = await catalogue.createProduct(data.a.id, productInput({ slug: 'alleen-alfa', title: 'Alleen in Alfadorp' }), staffActor(['functioneel-beheerder'], 'Test'));
      assert.equal(await catalogue.getProduct(data.b.id, { id: created.id }, { includeDrafts: true }), undefined);
    });

    it('every municipality route: A’s pages, API and back office never show or change B’s data', async () => {
      const before = await bState();
      // Logging out ends the session the other routes use: that one goes last.
      const tenantRoutes = server.stadhuis.platform.routes.filter((r) => r.url.startsWith('/:gemeente'))
        .sort((x, y) => Number(x.url.endsWith('/uitloggen')) - Number(y.url.endsWith('/uitloggen')));
      assert.ok(tenantRoutes.length >= 15, `found ${tenantRoutes.length} routes`);
      const substitutions: Record<string, string[]> = {
        slug: [data.bOnly.slug, data.bDraft.slug, 'vrije-tijd-en-evenementen'],
        id: [data.bOnly.id, data.bDraft.id],
        product: [data.bOnly.id, data.bOnly.slug, data.bDraft.slug],
        file: ['stadhuis.css'],
      };
      let checked = 0;
      for (const route of tenantRoutes) {
        const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!).filter((p) => p !== 'gemeente');
        // B's ids where a route takes a product; any other parameter gets an unknown value (the route must not fail on it).
        const values = params.length ? (substitutions[params[0]!] ?? [randomUUID(), 'onbekend']) : [''];
        for (const value of values) {
          const path = route.url.replace(':gemeente', 'alfadorp').replace(/:(\w+)/, value);
          const query = path.includes('/zoeken') || path.includes('/search') ? '?q=subsidie' : '';
          const res = route.method === 'GET'
            ? await adminA.get(path + query)
            : await adminA.post(path, { ...formFor(data), version: '1' }, { formPage: '/alfadorp/beheer' });
          const body = await res.text();
          assert.doesNotMatch(body, B_MARKERS, `${route.method} ${path}${query} shows B's data`);
          assert.ok(res.status < 500, `${route.method} ${path} → ${res.status}`);
          checked++;
        }
      }
      assert.ok(checked > tenantRoutes.length);
      assert.equal(await bState(), before, 'nothing of B changed');
    });

    it('A’s back-office session does not open B’s back office', async () => {
      adminA = await loginAsAdmin(server, 'alfadorp', undefined, new Visitor(server, { 'x-forwarded-for': '10.1.0.2' }));
      const res = await adminA.get('/betastad/beheer');
      assert.equal(res.status, 303);
      assert.match(res.headers.get('location') ?? '', /^\/betastad\/beheer\/inloggen/);
      const post = await adminA.post(`/betastad/beheer/producten/${data.bOnly.id}/intrekken`, {}, { formPage: '/alfadorp/beheer' });
      assert.equal(post.status, 403);
      assert.equal((await catalogue.getProduct(data.b.id, { id: data.bOnly.id }, { includeDrafts: true }))!.status, 'published');
    });
  });
}

function formFor(data: TwoMunicipalities): Record<string, string | string[]> {
  return {
    slug: data.bOnly.slug, title: 'Overgenomen', summary: 'x', description: 'x', audience: ['inwoner'], categories: ['burgerzaken'],
    name: 'Inbreker', password: 'fout',
  };
}
