/**
 * The form designer in the back office: only for employees with 'formulieren.beheren'; the JSON is
 * checked against the schema with Dutch problems and their JSON path; a preview without
 * JavaScript; versions, where a published version never changes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { engines, loginAsAdmin, loginAsStaff, startTestServer, TEST_STAFF, type TestServer, type Visitor } from '../../platform/testing/harness.js';
import { NEW_FORM_TEMPLATE } from './routes-admin.js';
import { decode, FormVisitor, summaryLinks } from './test-support.js';

for (const engine of engines()) {
  describe(`form designer (${engine})`, () => {
    let server: TestServer;
    let admin: Visitor;
    before(async () => {
      server = await startTestServer(engine, { env: { TRUST_PROXY: 'true' } });
      admin = await loginAsAdmin(server, 'dijkwaard');
    });
    after(() => server.close());

    const local = (res: Response) => { const u = new URL(res.headers.get('location')!, server.url); return u.pathname + u.search; };
    const text = async (res: Response | Promise<Response>) => decode(await (await res).text());
    const save = (path: string, definition: unknown, actie = 'opslaan', extra: Record<string, string> = {}) =>
      admin.post(path, { definitie: typeof definition === 'string' ? definition : JSON.stringify(definition, null, 2), actie, ...extra }, { formPage: '/dijkwaard/beheer/formulieren/nieuw' });

    it('is only for employees who manage forms', async () => {
      const anonymous = await new FormVisitor(server).get('/dijkwaard/beheer/formulieren');
      assert.equal(anonymous.status, 303);
      assert.match(anonymous.headers.get('location')!, /\/dijkwaard\/beheer\/inloggen\?terug=/);
      const handler = await loginAsStaff(server, '/dijkwaard', TEST_STAFF.dijkwaard.behandelaar);
      assert.equal((await handler.get('/dijkwaard/beheer/formulieren')).status, 403);
      assert.equal((await handler.post('/dijkwaard/beheer/formulieren/melding-openbare-ruimte/publiceren', {}, { formPage: '/dijkwaard/beheer' })).status, 403);
      const resident = new FormVisitor(server);
      assert.equal((await resident.post('/dijkwaard/beheer/formulieren', { definitie: '{}' }, { formPage: '/dijkwaard/formulieren/melding-openbare-ruimte' })).status, 403);
    });

    it('lists the demo forms with their published versions and shows the JSON of one', async () => {
      const list = await text(admin.get('/dijkwaard/beheer/formulieren'));
      for (const title of ['Parkeervergunning voor bewoners aanvragen', 'Melding openbare ruimte doen', 'Bijzondere bijstand aanvragen', 'Evenementenvergunning aanvragen']) assert.ok(list.includes(title), title);
      assert.match(list, /PARKEERVERGUNNING-BEWONER/);
      assert.match(list, /versie 1/);
      assert.match(list, /href="\/dijkwaard\/beheer\/formulieren"[^>]*aria-current="page"|Formulieren/);
      const edit = await text(admin.get('/dijkwaard/beheer/formulieren/melding-openbare-ruimte'));
      assert.match(edit, /"zaaktype": "MELDING-OPENBARE-RUIMTE"/);
      assert.match(edit, /Deze versie is gepubliceerd en kan niet meer veranderen/);
    });

    it('explains broken JSON and schema problems in Dutch with their JSON path, linked to the definition, and keeps the text', async () => {
      const broken = await save('/dijkwaard/beheer/formulieren', '{\n  "id": "kapot",\n}');
      assert.equal(broken.status, 400);
      const brokenHtml = await text(broken);
      assert.deepEqual(summaryLinks(brokenHtml).map(([id]) => id), ['definitie']);
      assert.match(summaryLinks(brokenHtml)[0]![1], /^Dit is geen geldige JSON op regel 3, kolom 1/);
      assert.ok(brokenHtml.includes('"id": "kapot",'), 'the text is kept');

      const wrong = { ...NEW_FORM_TEMPLATE, id: 'fout-formulier', steps: [{ id: 'een', title: { nl: 'Een', en: 'One' }, fields: [{ key: 'x', type: 'datum', label: { nl: 'X', en: 'X' } }] }] };
      const res = await save('/dijkwaard/beheer/formulieren', wrong);
      assert.equal(res.status, 400);
      const links = summaryLinks(await res.text());
      assert.ok(links.every(([id]) => id === 'definitie'));
      assert.ok(links.some(([, m]) => m.startsWith('Bij /steps/0/fields/0/type: Moet een van deze waarden zijn: text, textarea')), links.join('\n'));
    });

    it('shows a preview of a chosen step, server-rendered, without saving', async () => {
      const def = { ...NEW_FORM_TEMPLATE, id: 'voorbeeld-formulier', steps: [...NEW_FORM_TEMPLATE.steps, { id: 'datum', title: { nl: 'Wanneer?', en: 'When?' }, fields: [{ key: 'wanneer', type: 'date', label: { nl: 'Datum van het voorval', en: 'Date' } }] }] };
      const res = await save('/dijkwaard/beheer/formulieren', def, 'voorbeeld', { voorbeeldstap: 'datum' });
      assert.equal(res.status, 200);
      const html = await text(res);
      assert.match(html, /<section class="stadhuis-designer-preview"/);
      assert.match(html, /Stap 2 van 2/);
      assert.match(html, /<legend[^>]*>Datum van het voorval<\/legend>/);
      assert.match(html, /<option value="datum" selected>Wanneer\?<\/option>/);
      assert.equal((await admin.get('/dijkwaard/beheer/formulieren/voorbeeld-formulier')).status, 404, 'a preview saves nothing');
    });

    it('creates a form as a draft, publishes it, and makes a new draft version when a published one is edited', async () => {
      const def = { ...NEW_FORM_TEMPLATE, id: 'vraag-aan-de-gemeente', title: { nl: 'Vraag aan de gemeente', en: 'Question to the municipality' } };
      const created = await save('/dijkwaard/beheer/formulieren', def);
      assert.equal(created.status, 303);
      assert.equal(local(created), '/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente?melding=created');
      const resident = new FormVisitor(server);
      assert.equal((await resident.get('/dijkwaard/formulieren/vraag-aan-de-gemeente')).status, 404, 'a draft is not public');
      assert.equal((await save('/dijkwaard/beheer/formulieren', def)).status, 409, 'the id is taken');

      const published = await admin.post('/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente/publiceren', {}, { formPage: '/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente' });
      assert.equal(local(published), '/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente?melding=published');
      assert.match(await text(resident.get('/dijkwaard/formulieren/vraag-aan-de-gemeente')), /<h1 class="utrecht-heading-1">Vraag aan de gemeente<\/h1>/);
      // A resident starts on version 1 ...
      await resident.send('/dijkwaard/formulieren/vraag-aan-de-gemeente/starten', {}, '/dijkwaard/formulieren/vraag-aan-de-gemeente');

      const renamed = { ...def, title: { nl: 'Stel uw vraag', en: 'Ask your question' } };
      const moved = await save('/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente', { ...renamed, id: 'ander-id' });
      assert.equal(moved.status, 400);
      assert.match(summaryLinks(await moved.text())[0]![1], /Bij \/id: Het id in de definitie \(‘ander-id’\) moet ‘vraag-aan-de-gemeente’ blijven/);
      assert.equal(local(await save('/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente', renamed)), '/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente?melding=saved');
      const edit = await text(admin.get('/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente'));
      assert.match(edit, /Publiceer versie 2/);
      assert.match(await text(admin.get('/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente/versies/1')), /&quot;nl&quot;: &quot;Vraag aan de gemeente&quot;|"nl": "Vraag aan de gemeente"/);
      assert.match(await text(resident.get('/dijkwaard/formulieren/vraag-aan-de-gemeente')), /Vraag aan de gemeente/, 'residents see version 1 until version 2 is published');

      await admin.post('/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente/publiceren', {}, { formPage: '/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente' });
      assert.match(await text(new FormVisitor(server).get('/dijkwaard/formulieren/vraag-aan-de-gemeente')), /Stel uw vraag/);
      // ... and finishes on version 1.
      assert.match(await text(resident.get('/dijkwaard/formulieren/vraag-aan-de-gemeente/stap/vraag')), /Vraag aan de gemeente/);
      const versions = await text(admin.get('/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente'));
      assert.match(versions, /versie 2[\s\S]*gepubliceerd[\s\S]*versie 1[\s\S]*vervangen/);
      const nothing = await admin.post('/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente/publiceren', {}, { formPage: '/dijkwaard/beheer/formulieren/vraag-aan-de-gemeente' });
      assert.equal(nothing.status, 409);
    });

    it('the database itself refuses to change a published version', async () => {
      const tenant = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!;
      const says = (pattern: RegExp) => (error: unknown) => pattern.test(`${String(error)} ${String((error as { cause?: unknown }).cause)}`);
      await assert.rejects(server.stadhuis.database.withTenant(tenant.id, (tx) => tx.execute(sql`update form_definitions set definition = '{}'::jsonb where slug = 'melding-openbare-ruimte' and status = 'published'`)),
        says(/cannot be changed/));
      await assert.rejects(server.stadhuis.database.withTenant(tenant.id, (tx) => tx.execute(sql`delete from form_definitions where slug = 'melding-openbare-ruimte'`)), says(/cannot be deleted/));
    });
  });
}
