import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { searchCases } from './demo/search-cases.js';
import { searchProducts } from './search.js';

/**
 * Search quality over the real demo catalogues: every query a resident might type, with the
 * product that must come first or in the top three, in both municipalities.
 */
for (const engine of engines()) {
  describe(`search quality on the demo catalogues (${engine})`, () => {
    let server: TestServer;
    before(async () => { server = await startTestServer(engine); });
    after(() => server.close());

    it('has at least 30 realistic cases', () => assert.ok(searchCases.length >= 30));

    for (const slug of ['dijkwaard', 'heuvelrode']) {
      it(`ranks the expected product for every query in ${slug}`, async () => {
        const tenant = (await server.stadhuis.platform.tenants.bySlug(slug))!;
        const failures: string[] = [];
        for (const c of searchCases) {
          const { hits } = await searchProducts(server.stadhuis.database, tenant.id, c.query, { lang: 'nl', limit: 10, offset: 0 });
          const rank = hits.findIndex((h) => h.slug === c.expect) + 1;
          if (rank < 1 || rank > c.within) failures.push(`"${c.query}" → ${c.expect} at ${rank || 'none'} (want ≤ ${c.within}); got ${hits.slice(0, 3).map((h) => h.slug).join(', ')}`);
        }
        assert.deepEqual(failures, []);
      });
    }

    it('finds nothing for nonsense and says so on the page', async () => {
      const res = await server.fetch('/dijkwaard/zoeken?q=xyzzyqwv');
      assert.match(await res.text(), /Geen resultaten voor ‘xyzzyqwv’/);
    });

    it('searches English titles for English visitors', async () => {
      const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!;
      const { hits } = await searchProducts(server.stadhuis.database, tenant.id, 'passport', { lang: 'en', limit: 3, offset: 0 });
      assert.equal(hits[0]?.slug, 'paspoort-aanvragen');
    });
  });
}
