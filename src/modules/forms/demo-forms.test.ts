import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { staffActor } from '../../platform/testing/actors.js';
import { engines, loginAsResident, startTestServer, type TestServer } from '../../platform/testing/harness.js';
import { zakenService } from '../zaken/index.js';
import { decode, FormVisitor, hiddenValue } from './test-support.js';

const HUWELIJK = '/heuvelrode/formulieren/melding-voorgenomen-huwelijk';

for (const engine of engines()) {
  describe(`the demo notice of an intended marriage, from form to zaak (${engine})`, () => {
    let server: TestServer;
    before(async () => { server = await startTestServer(engine); });
    after(() => server.close());

    const local = (res: Response) => { const u = new URL(res.headers.get('location')!, server.url); return u.pathname + u.search; };
    const text = async (res: Response | Promise<Response>) => decode(await (await res).text()).replace(/\u00a0/g, ' ');
    const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }).split('-');

    it('wants at least 2 witnesses, and makes a HUWELIJK-MELDING zaak with the answers as eigenschappen and the e-mail only as contact', async () => {
      const resident = await loginAsResident(server, '/heuvelrode', '999998456', 'midden', new FormVisitor(server));
      await resident.send(`${HUWELIJK}/starten`, {}, HUWELIJK);
      assert.equal(local(await resident.send(`${HUWELIJK}/stap/uzelf`, { actie: 'volgende' })), `${HUWELIJK}/stap/soort`);
      assert.equal(local(await resident.send(`${HUWELIJK}/stap/soort`, { soortVerbintenis: 'huwelijk', actie: 'volgende' })), `${HUWELIJK}/stap/partner`);
      assert.equal(local(await resident.send(`${HUWELIJK}/stap/partner`, {
        partnerNaam: 'Sam de Vries', 'partnerGeboortedatum.dag': '17', 'partnerGeboortedatum.maand': '3', 'partnerGeboortedatum.jaar': '1994', partnerBsn: '', actie: 'volgende',
      })), `${HUWELIJK}/stap/datum`);

      const [jaar, maand, dag] = dateIn(60);
      assert.equal(local(await resident.send(`${HUWELIJK}/stap/datum`, {
        'gewensteDatum.dag': dag!, 'gewensteDatum.maand': maand!, 'gewensteDatum.jaar': jaar!, ceremonie: 'vrijdag-zaterdag', actie: 'volgende',
      })), `${HUWELIJK}/stap/getuigen`);

      const witness = (i: number, naam: string) => ({ [`getuigen.${i}.naam`]: naam, [`getuigen.${i}.geboortedatum.dag`]: '2', [`getuigen.${i}.geboortedatum.maand`]: '5', [`getuigen.${i}.geboortedatum.jaar`]: '1980', [`getuigen.${i}.woonplaats`]: 'Heuvelrode' });
      const one = await resident.send(`${HUWELIJK}/stap/getuigen`, { ...witness(0, 'Anna Bakker'), actie: 'volgende' });
      assert.equal(one.status, 400, 'one witness is not enough');
      assert.match(await text(one), /Getuige 2/);
      assert.equal(local(await resident.send(`${HUWELIJK}/stap/getuigen`, { ...witness(0, 'Anna Bakker'), ...witness(1, 'Bram Smit'), actie: 'volgende' })), `${HUWELIJK}/stap/documenten`);
      assert.equal(local(await resident.sendFiles(`${HUWELIJK}/stap/documenten`, { actie: 'volgende' }, [])), `${HUWELIJK}/stap/contact`);
      assert.equal(local(await resident.send(`${HUWELIJK}/stap/contact`, { email: 'bruid@voorbeeld.nl', telefoon: '', actie: 'volgende' })), `${HUWELIJK}/controleren`);

      const review = await text(resident.get(`${HUWELIJK}/controleren`));
      assert.match(review, /Kosten van de ceremonie/);
      assert.match(review, /€ 495,00/, 'Heuvelrode’s fee for Friday or Saturday');
      const sent = await resident.send(`${HUWELIJK}/versturen`, { sleutel: hiddenValue(review, 'sleutel')!, verklaring: 'ja' }, `${HUWELIJK}/controleren`);
      assert.equal(sent.status, 303);
      const receipt = await text(resident.get(local(sent)));
      const zaakId = /href="\/heuvelrode\/mijn\/zaken\/([0-9a-f-]{36})"/.exec(receipt)?.[1];
      assert.ok(zaakId, 'the receipt links to the case');

      const tenant = (await server.stadhuis.platform.tenants.bySlug('heuvelrode'))!;
      const zaken = zakenService(server.stadhuis.platform);
      const behandelaar = staffActor(['behandelaar']);
      const { zaak, eigenschappen, rollen } = await server.stadhuis.database.withTenant(tenant.id, async (tx) => ({
        zaak: await zaken.getZaak(tx, behandelaar, zaakId),
        eigenschappen: await zaken.listEigenschappen(tx, behandelaar, zaakId),
        rollen: await zaken.listRollen(tx, behandelaar, zaakId),
      }));
      assert.equal(zaak!.zaaktypeIdentificatie, 'HUWELIJK-MELDING');
      assert.deepEqual(Object.fromEntries(eigenschappen.map((e) => [e.naam, e.waarde])), {
        soortVerbintenis: 'huwelijk', gewensteDatum: `${jaar}${maand}${dag}`, ceremonie: 'vrijdag-zaterdag', aantalGetuigen: '2', leges: '495.00',
      });
      assert.equal(rollen.find((r) => r.omschrijvingGeneriek === 'initiator')?.contactpersoonRol?.emailadres, 'bruid@voorbeeld.nl');
    });
  });
}
