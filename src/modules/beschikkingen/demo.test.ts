import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { staffActor } from '../../platform/testing/actors.js';
import { engines, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { readPdf } from '../../platform/pdf/pdf-text.js';
import { currentZaaktype } from '../catalogi/index.js';
import { documentenService } from '../documenten/index.js';
import { zakenService } from '../zaken/index.js';
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

    it('has the decision on a notice of marriage signed by the ambtenaar van de burgerlijke stand, a permit by the college', async () => {
      const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!;
      const platform = server.stadhuis.platform;
      const behandelaar = staffActor(['behandelaar'], 'Bram Smit');
      const service = new BeschikkingenService(platform);
      const letterOf = (identificatie: string, resultaat: string) => server.stadhuis.database.withTenant(tenant.id, async (tx) => {
        const zaaktype = (await currentZaaktype(tx, identificatie))!;
        const zaak = await zakenService(platform).createZaak(tx, behandelaar, {
          zaaktype: zaaktype.id, omschrijving: 'Test ondertekening',
          initiator: { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { geslachtsnaam: 'Jansen' } },
        } as Parameters<ReturnType<typeof zakenService>['createZaak']>[2]);
        const decision = await service.takeDecision(tx, behandelaar, zaak.id, {
          besluittypeId: zaaktype.besluittypen[0]!.id, resultaattypeId: zaaktype.resultaattypen.find((r) => r.omschrijving === resultaat)!.id,
          toelichting: 'Alles is in orde.', ingangsdatum: new Date().toISOString().slice(0, 10),
        });
        const content = await documentenService(platform).getContent(tx, behandelaar, decision.document.id);
        return { text: readPdf(content!.content).text, bestuursorgaan: decision.besluit.bestuursorgaan };
      });
      const huwelijk = await letterOf('HUWELIJK-MELDING', 'Aanvaard');
      assert.match(huwelijk.text, /De ambtenaar van de burgerlijke stand van Gemeente Dijkwaard/);
      assert.doesNotMatch(huwelijk.text, /college van burgemeester en wethouders/i);
      assert.equal(huwelijk.bestuursorgaan, 'Ambtenaar van de burgerlijke stand');
      const kap = await letterOf('KAPVERGUNNING', 'Verleend');
      assert.match(kap.text, /Het college van burgemeester en wethouders van Gemeente Dijkwaard/);
    });

    it('keeps the generic letters with an objection period for permits', async () => {
      const kap = (await templates('heuvelrode')).filter((t) => t.zaaktypeIdentificatie === 'KAPVERGUNNING');
      assert.deepEqual(kap.map((t) => t.sleutel), ['Geweigerd', 'Verleend']);
      assert.ok(kap.every((t) => t.tekst.includes('{{bezwaar.termijn}}')));
    });
  });
}
