import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Tx } from '../../platform/db/database.js';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { evaluateRules, explain } from './rules.js';
import { currentZaaktype, getZaaktype, listBesluittypen, listInformatieobjecttypen, listZaaktypen, publishProblems } from './service.js';

const BOTH = ['BIJZONDERE-BIJSTAND', 'EVENEMENTENVERGUNNING', 'GROFVUIL-OPHALEN', 'HUWELIJK-MELDING', 'KAPVERGUNNING', 'MELDING-OPENBARE-RUIMTE', 'PARKEERVERGUNNING-BEWONERS', 'VERHUIZING-DOORGEVEN', 'WMO-MAATWERKVOORZIENING'];

for (const engine of engines()) {
  describe(`catalogi demo data (${engine})`, () => {
    let server: TestServer;
    const inTenant = async <T>(slug: string, fn: (tx: Tx) => Promise<T>) => {
      const tenant = await server.stadhuis.platform.tenants.bySlug(slug);
      return server.stadhuis.database.withTenant(tenant!.id, fn);
    };

    before(async () => { server = await startTestServer(engine); });
    after(() => server.close());

    it('gives both municipalities a published catalogue with stable identificaties', async () => {
      const dijkwaard = await inTenant('dijkwaard', (tx) => listZaaktypen(tx, { status: 'published' }));
      const heuvelrode = await inTenant('heuvelrode', (tx) => listZaaktypen(tx, { status: 'published' }));
      assert.deepEqual([...new Set(dijkwaard.map((z) => z.identificatie))].sort(), [...BOTH, 'LIGPLAATSVERGUNNING-WOONBOOT'].sort());
      assert.deepEqual([...new Set(heuvelrode.map((z) => z.identificatie))].sort(), [...BOTH, 'KAMPEERVERGUNNING'].sort());
      assert.ok(dijkwaard.every((z) => !z.concept));
      assert.ok((await inTenant('dijkwaard', (tx) => listInformatieobjecttypen(tx))).every((i) => !i.concept));
      assert.ok((await inTenant('dijkwaard', (tx) => listBesluittypen(tx))).some((b) => b.omschrijving === 'Beschikking Wmo-maatwerkvoorziening'));
    });

    it('every current demo zaaktype is complete: statustekst for the applicant, results with retention, initiator, documents', async () => {
      for (const slug of ['dijkwaard', 'heuvelrode']) {
        const ids = [...new Set((await inTenant(slug, (tx) => listZaaktypen(tx, { status: 'published' }))).map((z) => z.identificatie))];
        for (const identificatie of ids) {
          const z = (await inTenant(slug, (tx) => currentZaaktype(tx, identificatie)))!;
          assert.ok(z, `${slug} ${identificatie} is current`);
          assert.ok(z.statustypen.length >= 2 && z.statustypen.every((s) => s.statustekst.length > 10), `${identificatie} statusteksten`);
          assert.ok(z.resultaattypen.every((r) => r.archiefnominatie && r.archiefactietermijn), `${identificatie} retention`);
          assert.ok(z.roltypen.some((r) => r.omschrijvingGeneriek === 'initiator'));
          assert.ok(z.informatieobjecttypen.every((i) => i.informatieobjecttype && !i.informatieobjecttype.concept), `${identificatie} documents resolve`);
          assert.ok(z.productenOfDiensten.every((u) => u.includes(`/${slug}/producten/`)));
          assert.deepEqual(await inTenant(slug, (tx) => publishProblems(tx, { ...z, beginGeldigheid: '2099-01-01' })), [], `${identificatie} meets the publish rules`);
        }
      }
    });

    it('the Wmo zaaktype has the kitchen-table conversation as a status', async () => {
      const z = (await inTenant('heuvelrode', (tx) => currentZaaktype(tx, 'WMO-MAATWERKVOORZIENING')))!;
      assert.deepEqual(z.statustypen.map((s) => s.omschrijving), ['Melding ontvangen', 'Keukentafelgesprek gepland', 'Onderzoek afgerond', 'Aanvraag in behandeling', 'Besluit genomen']);
      assert.match(z.statustypen[1]!.statustekst, /keukentafelgesprek/);
      assert.match(z.statustypen[0]!.statustekst, /het Dorpsteam/);
    });

    it('the parking permit: zones and maximum differ per municipality, and Dijkwaard keeps an expired older version', async () => {
      const facts = { vergunningszone: 'Centrum', aantalVergunningen: 1, eigenParkeerplaats: false, autoOpEigenNaam: true };
      const dijkwaard = (await inTenant('dijkwaard', (tx) => currentZaaktype(tx, 'PARKEERVERGUNNING-BEWONERS')))!;
      const evaluation = evaluateRules(dijkwaard.rules, facts);
      assert.equal(evaluation.decision, 'toekennen');
      assert.deepEqual(explain(evaluation, 'nl').applicant.slice(0, 2), ['Uw adres ligt in vergunningszone Centrum.', 'Op uw adres zijn 1 van de 2 vergunningen in gebruik.']);
      const heuvelrode = (await inTenant('heuvelrode', (tx) => currentZaaktype(tx, 'PARKEERVERGUNNING-BEWONERS')))!;
      assert.equal(evaluateRules(heuvelrode.rules, facts).decision, 'afwijzen', 'Centrum is no zone in Heuvelrode');
      const inRode = evaluateRules(heuvelrode.rules, { ...facts, vergunningszone: 'Dorpskern' });
      assert.equal(inRode.decision, 'afwijzen', 'Heuvelrode allows one permit per address');
      assert.equal(inRode.decidedBy, 'maximum-bereikt');

      const versions = await inTenant('dijkwaard', (tx) => listZaaktypen(tx, { identificatie: 'PARKEERVERGUNNING-BEWONERS' }));
      assert.deepEqual(versions.map((v) => [v.versie, v.beginGeldigheid, v.eindeGeldigheid, v.actueel]), [[2, '2026-01-01', null, true], [1, '2025-01-01', '2025-12-31', false]]);
      const old = (await inTenant('dijkwaard', (tx) => getZaaktype(tx, versions[1]!.id)))!;
      assert.equal(evaluateRules(old.rules, { ...facts, vergunningszone: 'Stationsgebied', aantalVergunningen: 2 }).decision, 'afwijzen', '2025: only Centrum');
      assert.equal(evaluateRules(old.rules, { ...facts, aantalVergunningen: 2 }).decision, 'toekennen', '2025: three per address');
      assert.equal((await inTenant('dijkwaard', (tx) => currentZaaktype(tx, 'PARKEERVERGUNNING-BEWONERS', new Date('2025-06-01T12:00:00Z'))))?.id, old.id);
    });
  });
}
