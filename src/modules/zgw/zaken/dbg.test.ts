import { after, before, describe, it } from 'node:test';
import { setupZakenApi, createZaak, type ZakenApiSetup } from './test-support.js';
describe('dbg', () => {
  let s: ZakenApiSetup;
  before(async () => { s = await setupZakenApi('pglite'); });
  after(() => s.fx.server.close());
  it('x', async () => {
    const z = await createZaak(s, s.all, s.fx.a.parkeren.id);
    const r = await s.all.post(`${s.zaken}/resultaten`, { zaak: z.url, resultaattype: `${s.catalogi}/resultaattypen/${s.fx.a.parkeren.resultaattypen[0]!.id}` });
    console.log('RES', r.status, JSON.stringify(r.body));
    const g = await s.all.get(z.url);
    console.log('GET', g.body.resultaat, g.body.eigenschappen);
    const p = await s.all.patch(z.url, { verlenging: { reden: 'x' } });
    console.log('PATCH', p.status, JSON.stringify(p.body).slice(0, 300));
    const e = await s.all.get(`${z.url}?expand=status.statustype,zaaktype,hoofdzaak`);
    try { s.contract.assertResponse('get', '/zaken/{uuid}', e); } catch (err) { console.log(String((err as Error).message).slice(0, 600)); }
    const m = await s.all.request('GET', `${s.zaken}/zaken`, undefined, { 'accept-crs': undefined as unknown as string });
    console.log('CRS', m.status);
  });
});
