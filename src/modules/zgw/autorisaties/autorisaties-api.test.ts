/**
 * The Autorisaties API 1.0.0 as a client sees it: every operation against the official contract,
 * the rules ac-001 … ac-003, changes that take effect at once, notifications and scopes.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { engines, startTestServer, type TestServer } from '../../../platform/testing/harness.js';
import { listBesluittypen, listZaaktypen } from '../../catalogi/index.js';
import { outboxEvents, ownerQuery } from '../../zaken/test-fixtures.js';
import { loadContract } from '../core/contract.js';
import { zgwClient, type ZgwResponse, type ZgwTestClient } from '../core/testing.js';

const contract = loadContract('autorisaties');

for (const engine of engines()) {
  describe(`Autorisaties API 1.0.0 (${engine})`, () => {
    let server: TestServer;
    let tenantId: string;
    let admin: ZgwTestClient;
    let reader: ZgwTestClient;
    let none: ZgwTestClient;
    let root: string;
    let zaaktypeUrl: string;
    let besluittypeId: string;
    const seen = new Set<string>();

    const check = (method: string, path: string, res: ZgwResponse, status?: number): ZgwResponse => {
      if (status !== undefined) assert.equal(res.status, status, `${method} ${path}: ${res.text.slice(0, 600)}`);
      contract.assertResponse(method, path, res);
      if (res.status < 300) seen.add(`${method} ${path}`);
      return res;
    };
    /**
     * /applicaties/consumer answers one Applicatie, as Open Zaak and the VNG reference
     * implementation do and as clients read it (Open Notificaties, zgw-consumers); the document
     * says an array there (generated from a list action), so a 200 is checked against the
     * Applicatie of GET /applicaties/{uuid}, and errors against the consumer operation itself.
     */
    const checkConsumer = (res: ZgwResponse, status: number): ZgwResponse => {
      assert.equal(res.status, status, res.text.slice(0, 600));
      if (status === 200) {
        contract.assertResponse('get', '/applicaties/{uuid}', res);
        seen.add('get /applicaties/consumer');
      } else contract.assertResponse('get', '/applicaties/consumer', res);
      return res;
    };
    const countApplicaties = async () => (await ownerQuery<{ n: number }>(server, `select count(*)::int as n from zgw_applicaties where tenant_id = '${tenantId}'`))[0]!.n;
    const zrc = () => ({ component: 'zrc', scopes: ['zaken.lezen', 'zaken.aanmaken'], zaaktype: zaaktypeUrl, maxVertrouwelijkheidaanduiding: 'openbaar' });
    const newApp = (extra: Record<string, unknown> = {}) => ({ clientIds: [`app-${randomUUID().slice(0, 8)}`], label: 'Zaaksysteem', autorisaties: [zrc()], ...extra });

    before(async () => {
      server = await startTestServer(engine);
      tenantId = (await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!.id;
      admin = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'ac', scopes: ['autorisaties.lezen', 'autorisaties.bijwerken'] }] });
      reader = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'ac', scopes: ['autorisaties.lezen'] }] });
      none = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'ztc', scopes: ['catalogi.lezen'] }] });
      root = admin.root('autorisaties');
      // notify() only publishes when someone listens: an abonnement on kanaal autorisaties (its callback is never reached).
      const sealed = server.stadhuis.platform.sealer.seal('Bearer test', 'notificaties_abonnementen.auth');
      await server.stadhuis.platform.database.withTenant(tenantId, (tx) => tx.execute(sql`INSERT INTO notificaties_abonnementen (callback_url, auth_sealed, kanalen) VALUES ('http://127.0.0.1:9/callback', ${sealed}, ${JSON.stringify([{ naam: 'autorisaties', filters: {} }])}::jsonb)`));
      const ids = await server.stadhuis.platform.database.withTenant(tenantId, async (tx) => ({
        zaaktype: (await listZaaktypen(tx, { status: 'published' }))[0]!.id,
        besluittype: (await listBesluittypen(tx, { status: 'published' }))[0]!.id,
      }));
      zaaktypeUrl = `${server.url}/dijkwaard/catalogi/api/v1/zaaktypen/${ids.zaaktype}`;
      besluittypeId = ids.besluittype;
    });
    after(() => server?.close());

    it('exercises every operation of the contract with valid requests', async () => {
      const request = newApp({ autorisaties: [zrc(), { component: 'brc', scopes: ['besluiten.lezen'], besluittype: `${server.url}/dijkwaard/catalogi/api/v1/besluittypen/${besluittypeId}` }, { component: 'ztc', scopes: ['catalogi.lezen'] }] });
      contract.assertRequest('post', '/applicaties', request);
      const created = check('post', '/applicaties', await admin.post(`${root}/applicaties`, request), 201);
      assert.match(created.body.url, new RegExp(`^${root}/applicaties/[0-9a-f-]{36}$`));
      assert.equal(created.headers.get('api-version'), '1.0.0');
      assert.deepEqual(created.body.autorisaties[0], { ...zrc(), componentWeergave: 'Zaken API' });
      assert.deepEqual(created.body.autorisaties[2], { component: 'ztc', componentWeergave: 'Catalogi API', scopes: ['catalogi.lezen'] });
      assert.equal(created.body.heeftAlleAutorisaties, false);
      const url: string = created.body.url;

      assert.deepEqual(check('get', '/applicaties/{uuid}', await admin.get(url), 200).body, created.body);
      const list = check('get', '/applicaties', await admin.get(`${root}/applicaties?clientIds=${request.clientIds[0]}`), 200);
      assert.deepEqual(list.body.results, [created.body]);
      assert.equal(list.body.count, 1);
      const consumer = checkConsumer(await admin.get(`${root}/applicaties/consumer?clientId=${request.clientIds[0]}`), 200);
      assert.equal(consumer.body.url, url);
      checkConsumer(await admin.get(`${root}/applicaties/consumer?clientId=bestaat-niet`), 404);

      const put = check('put', '/applicaties/{uuid}', await admin.put(url, { clientIds: [...request.clientIds, 'tweede-id'], label: 'Nieuw label', heeftAlleAutorisaties: true, autorisaties: [] }), 200);
      assert.equal(put.body.heeftAlleAutorisaties, true);
      assert.deepEqual(put.body.autorisaties, []);
      assert.equal(checkConsumer(await admin.get(`${root}/applicaties/consumer?clientId=tweede-id`), 200).body.url, url);
      const patched = check('patch', '/applicaties/{uuid}', await admin.patch(url, { label: 'Alleen het label' }), 200);
      assert.equal(patched.body.label, 'Alleen het label');
      assert.deepEqual(patched.body.clientIds, [...request.clientIds, 'tweede-id']);

      check('delete', '/applicaties/{uuid}', await admin.delete(url), 204);
      check('get', '/applicaties/{uuid}', await admin.get(url), 404);
      check('delete', '/applicaties/{uuid}', await admin.delete(url), 404);
      check('get', '/applicaties/{uuid}', await admin.get(`${root}/applicaties/geen-uuid`), 404);

      for (const [method, path] of contract.operations()) assert.ok(seen.has(`${method} ${path}`), `operation ${method.toUpperCase()} ${path} was not exercised`);
    });

    it('ac-001: a client id belongs to one application only', async () => {
      const first = check('post', '/applicaties', await admin.post(`${root}/applicaties`, newApp()), 201).body;
      const before = await countApplicaties();
      const again = check('post', '/applicaties', await admin.post(`${root}/applicaties`, newApp({ clientIds: ['nog-een', first.clientIds[0]] })), 400);
      assert.deepEqual(again.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['clientIds', 'clientId-exists']]);
      assert.equal(await countApplicaties(), before, 'nothing written');
      const second = check('post', '/applicaties', await admin.post(`${root}/applicaties`, newApp()), 201).body;
      const taking = check('patch', '/applicaties/{uuid}', await admin.patch(second.url, { clientIds: first.clientIds }), 400);
      assert.equal(taking.body.invalidParams[0].code, 'clientId-exists');
      // Its own client ids again are fine.
      check('put', '/applicaties/{uuid}', await admin.put(first.url, { clientIds: first.clientIds, label: 'Zelfde', autorisaties: [zrc()] }), 200);
      // The platform's own clients count too: the client id of an existing ZGW client is taken.
      const taken = check('post', '/applicaties', await admin.post(`${root}/applicaties`, newApp({ clientIds: [admin.clientId] })), 400);
      assert.equal(taken.body.invalidParams[0].code, 'clientId-exists');
    });

    it('ac-002: either heeftAlleAutorisaties or autorisaties', async () => {
      const before = await countApplicaties();
      const both = check('post', '/applicaties', await admin.post(`${root}/applicaties`, newApp({ heeftAlleAutorisaties: true })), 400);
      assert.deepEqual(both.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['nonFieldErrors', 'ambiguous-authorizations-specified']]);
      const neither = check('post', '/applicaties', await admin.post(`${root}/applicaties`, newApp({ autorisaties: [] })), 400);
      assert.deepEqual(neither.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['nonFieldErrors', 'missing-authorizations']]);
      const omitted = check('post', '/applicaties', await admin.post(`${root}/applicaties`, { clientIds: ['zonder-rechten'], label: 'x' }), 400);
      assert.equal(omitted.body.invalidParams[0].code, 'missing-authorizations');
      assert.equal(await countApplicaties(), before);
      const created = check('post', '/applicaties', await admin.post(`${root}/applicaties`, newApp()), 201).body;
      // PATCH is judged together with what is stored.
      const patch = check('patch', '/applicaties/{uuid}', await admin.patch(created.url, { heeftAlleAutorisaties: true }), 400);
      assert.equal(patch.body.invalidParams[0].code, 'ambiguous-authorizations-specified');
      check('patch', '/applicaties/{uuid}', await admin.patch(created.url, { heeftAlleAutorisaties: true, autorisaties: [] }), 200);
    });

    it('ac-003: the type and maxVertrouwelijkheidaanduiding are required per component', async () => {
      const before = await countApplicaties();
      const res = check('post', '/applicaties', await admin.post(`${root}/applicaties`, newApp({ autorisaties: [
        { component: 'zrc', scopes: ['zaken.lezen'] },
        { component: 'drc', scopes: ['documenten.lezen'], informatieobjecttype: `${server.url}/dijkwaard/catalogi/api/v1/informatieobjecttypen/${randomUUID()}` },
        { component: 'brc', scopes: ['besluiten.lezen'] },
        { component: 'zrc', scopes: ['audittrails.lezen'] },
        { component: 'nrc', scopes: ['notificaties.consumeren'] },
      ] })), 400);
      assert.deepEqual(res.body.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`), [
        'autorisaties.0.zaaktype:required', 'autorisaties.0.maxVertrouwelijkheidaanduiding:required',
        'autorisaties.1.maxVertrouwelijkheidaanduiding:required', 'autorisaties.2.besluittype:required',
      ]);
      assert.equal(await countApplicaties(), before);
    });

    it('a change takes effect at once, whichever URL form the type was given in', async () => {
      const scopes = ['besluiten.lezen', 'besluiten.aanmaken'];
      const client = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'ztc', scopes: ['catalogi.lezen'] }] });
      const besluiten = client.root('besluiten');
      assert.equal((await client.get(`${besluiten}/besluiten`)).status, 403);
      const app = checkConsumer(await admin.get(`${root}/applicaties/consumer?clientId=${client.clientId}`), 200).body;
      // The host form (<slug>.<domain>) of the besluittype's URL, as a client of another installation writes it.
      const hostForm = `http://dijkwaard.localhost:3000/catalogi/api/v1/besluittypen/${besluittypeId}`;
      const updated = check('patch', '/applicaties/{uuid}', await admin.patch(app.url, { autorisaties: [{ component: 'brc', scopes, besluittype: hostForm }] }), 200);
      assert.equal(updated.body.autorisaties[0].besluittype, hostForm, 'stored as given');
      const created = await client.post(`${besluiten}/besluiten`, { verantwoordelijkeOrganisatie: '002990003', besluittype: `${server.url}/dijkwaard/catalogi/api/v1/besluittypen/${besluittypeId}`, datum: '2026-01-01', ingangsdatum: '2026-01-01' });
      assert.equal(created.status, 201, created.text);
      assert.equal((await client.get(`${besluiten}/besluiten`)).status, 200);
      check('patch', '/applicaties/{uuid}', await admin.patch(app.url, { autorisaties: [{ component: 'ztc', scopes: ['catalogi.lezen'] }] }), 200);
      assert.equal((await client.get(created.body.url)).status, 403, 'rights taken away at once');
      check('delete', '/applicaties/{uuid}', await admin.delete(app.url), 204);
      assert.equal((await client.get(`${besluiten}/besluiten`)).status, 403);
    });

    it('publishes a notification on kanaal autorisaties for every change', async () => {
      const created = check('post', '/applicaties', await admin.post(`${root}/applicaties`, newApp()), 201).body;
      const id = created.url.split('/').pop();
      check('put', '/applicaties/{uuid}', await admin.put(created.url, { ...newApp(), clientIds: created.clientIds }), 200);
      check('patch', '/applicaties/{uuid}', await admin.patch(created.url, { label: 'Anders' }), 200);
      check('delete', '/applicaties/{uuid}', await admin.delete(created.url), 204);
      const sent = (await outboxEvents(server, tenantId)).filter((e) => e.topic === 'zgw.notificatie' && e.payload.hoofdObject === `zgw:autorisaties/api/v1/applicaties/${id}`);
      assert.deepEqual(sent.map((e) => e.payload.actie), ['create', 'update', 'partial_update', 'destroy']);
      for (const e of sent) {
        assert.equal(e.payload.kanaal, 'autorisaties');
        assert.equal(e.payload.resource, 'applicatie');
        assert.deepEqual(e.payload.kenmerken, {});
      }
    });

    it('refuses bad input with the standard codes and writes nothing', async () => {
      const before = await countApplicaties();
      const empty = check('post', '/applicaties', await admin.post(`${root}/applicaties`, {}), 400);
      assert.deepEqual(empty.body.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`), ['clientIds:required', 'label:required']);
      const wrong = check('post', '/applicaties', await admin.post(`${root}/applicaties`, {
        clientIds: 'niet-een-lijst', label: 'x'.repeat(101), heeftAlleAutorisaties: 'ja', kleur: 'rood',
        autorisaties: [{ component: 'xyz', scopes: 'zaken.lezen' }, 'geen object', { component: 'zrc', scopes: ['zaken.lezen'], zaaktype: 'geen url', maxVertrouwelijkheidaanduiding: 'supergeheim' }],
      }), 400);
      assert.deepEqual(Object.fromEntries(wrong.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code])), {
        clientIds: 'not_a_list', label: 'max_length', heeftAlleAutorisaties: 'invalid', kleur: 'unknown-field',
        'autorisaties.0.component': 'invalid_choice', 'autorisaties.0.scopes': 'not_a_list', 'autorisaties.1': 'invalid',
        'autorisaties.2.zaaktype': 'invalid', 'autorisaties.2.maxVertrouwelijkheidaanduiding': 'invalid_choice',
      });
      check('post', '/applicaties', await admin.post(`${root}/applicaties`, newApp({ clientIds: [] })), 400);
      const malformed = check('post', '/applicaties', await admin.post(`${root}/applicaties`, '{"label": '), 400);
      assert.equal(malformed.body.code, 'parse_error');
      const unknown = check('get', '/applicaties', await admin.get(`${root}/applicaties?kleur=rood`), 400);
      assert.equal(unknown.body.code, 'unknown-parameters');
      assert.equal(await countApplicaties(), before);
    });

    it('needs autorisaties.lezen to read and autorisaties.bijwerken to change', async () => {
      const created = check('post', '/applicaties', await admin.post(`${root}/applicaties`, newApp()), 201).body;
      check('get', '/applicaties', await reader.get(`${root}/applicaties`), 200);
      check('get', '/applicaties/{uuid}', await reader.get(created.url), 200);
      checkConsumer(await reader.get(`${root}/applicaties/consumer?clientId=${created.clientIds[0]}`), 200);
      check('post', '/applicaties', await reader.post(`${root}/applicaties`, newApp()), 403);
      check('put', '/applicaties/{uuid}', await reader.put(created.url, newApp()), 403);
      check('patch', '/applicaties/{uuid}', await reader.patch(created.url, { label: 'x' }), 403);
      check('delete', '/applicaties/{uuid}', await reader.delete(created.url), 403);
      for (const res of [await none.get(`${root}/applicaties`), await none.get(created.url)]) {
        assert.equal(res.status, 403);
        assert.equal(res.body.code, 'permission_denied');
      }
      check('get', '/applicaties', await none.get(`${root}/applicaties`), 403);
      assert.equal((await fetch(`${root}/applicaties`)).status, 401);
      check('get', '/applicaties/{uuid}', await admin.get(created.url), 200);
    });
  });
}
