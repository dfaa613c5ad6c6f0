import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { staffActor } from '../../platform/testing/actors.js';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { BeschikkingenService } from './service.js';

for (const engine of engines()) {
  describe(`demo letter templates (${engine})`, () => {
    let server: TestServer;
    before(async () => { server = await startTestServer(engine); });
    after(() => server.close());

    const templates = async (slug: string) => {
      const tenant = (await server.stadhuis.platform.tenants.bySlug(slug))!;
      const service = new BeschikkingenService(server.stadhuis.platform);
      return server.stadhuis.database.withTenant(tenant.id, (tx) => service.listSjablonen(tx, staffActor(['functioneel-beheerder'])));
    };

    it('gives the notice of marriage its own letters in both municipalities: no objection, but the court', async () => {
      for (const slug of ['dijkwaard', 'heuvelrode']) {
        const huwelijk = (await templates(slug)).filter((t) => t.zaaktypeIdentificatie === 'HUWELIJK-MELDING');
        assert.deepEqual(huwelijk.map((t) => t.sleutel), ['Aanvaard', 'Geweigerd'], slug);
        const [aanvaard, geweigerd] = huwelijk;
        assert.match(aanvaard!.tekst, /vanaf \{\{besluit\.ingangsdatum\}\} tot en met \{\{besluit\.vervaldatum\}\}/);
        assert.match(geweigerd!.tekst, /rechtbank/);
        assert.match(geweigerd!.tekst, /geen bezwaar maken/);
        assert.doesNotMatch(geweigerd!.tekst, /\{\{bezwaar\./, 'no objection period for a refusal under the Civil Code');
      }
    });

    it('keeps the generic letters with an objection period for permits', async () => {
      const kap = (await templates('heuvelrode')).filter((t) => t.zaaktypeIdentificatie === 'KAPVERGUNNING');
      assert.deepEqual(kap.map((t) => t.sleutel), ['Geweigerd', 'Verleend']);
      assert.ok(kap.every((t) => t.tekst.includes('{{bezwaar.termijn}}')));
    });
  });
}
