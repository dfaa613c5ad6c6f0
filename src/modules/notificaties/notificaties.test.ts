/**
 * The Notificaties API 1.0.1 through HTTP, against the official OpenAPI document: every operation,
 * the scopes, the rules of the standard and of Open Notificaties (named by their codes), bad input,
 * and notifications delivered to a real HTTP subscriber; and the back-office page of the
 * notifications (status, send again, access, axe in Chromium).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../platform/db/database.js';
import { until } from '../../platform/jobs/test-helpers.js';
import { assertNoViolations, launchChromium } from '../../platform/testing/browser.js';
import { engines, loginAsStaff, startTestServer, TEST_STAFF, Visitor, type TestServer } from '../../platform/testing/harness.js';
import { staffActor } from '../../platform/testing/actors.js';
import { listZaaktypen } from '../catalogi/index.js';
import { zakenService } from '../zaken/index.js';
import { loadContract } from '../zgw/core/contract.js';
import { zgwClient, type ZgwResponse, type ZgwTestClient } from '../zgw/core/testing.js';
import { AFLEVERING_TOPIC } from './delivery.js';
import { notify, zgwRef } from './publish.js';
import { AUTH_MASK } from './routes.js';
import { Subscriber } from './test-subscriber.js';

const contract = loadContract('notificaties');
const consumer = loadContract('notificaties-consumer');


/** Errors of POST /notificaties: the document lists only 200 there, so they are checked against the API's ValidatieFout schema. */
function assertValidatieFout(res: ZgwResponse): void {
  assert.equal(res.status, 400);
  contract.assertResponse('post', '/kanaal', res);
}

for (const engine of engines()) {
  describe(`Notificaties API 1.0.1 (${engine})`, () => {
    let server: TestServer;
    let consumeren: ZgwTestClient;
    let publiceren: ZgwTestClient;
    let zaken: ZgwTestClient;
    let heuvelrode: ZgwTestClient;
    const subscriber = new Subscriber({ callbackChecks: true });
    const done = new Set<string>();
    let root = '';

    /** A request, its answer checked against the document, the operation counted as exercised. */
    async function call(client: ZgwTestClient, method: 'get' | 'post' | 'put' | 'patch' | 'delete', template: string, pathOrUrl: string, body?: unknown): Promise<ZgwResponse> {
      const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${client.root('notificaties')}${pathOrUrl}`;
      const res = method === 'get' || method === 'delete' ? await client[method](url) : await client[method](url, body);
      if (template === '/notificaties' && res.status !== 200) assertValidatieFout(res);
      else contract.assertResponse(method, template, res);
      assert.equal(res.headers.get('api-version'), '1.0.1');
      if (res.status < 300) done.add(`${method} ${template}`);
      return res;
    }
    const abonnement = (hook: string, kanalen: unknown[] = [{ naam: 'zaken', filters: {} }]) => ({ callbackUrl: `${subscriber.url}${hook}`, auth: `Bearer geheim${hook}`, kanalen });
    const tenantId = async (slug: string) => (await server.stadhuis.platform.tenants.bySlug(slug))!.id;

    before(async () => {
      [server] = await Promise.all([startTestServer(engine), subscriber.start()]);
      consumeren = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'nrc', scopes: ['notificaties.consumeren'] }] });
      publiceren = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'nrc', scopes: ['notificaties.publiceren'] }] });
      zaken = await zgwClient(server, 'dijkwaard', { heeftAlleAutorisaties: true });
      heuvelrode = await zgwClient(server, 'heuvelrode', { autorisaties: [{ component: 'nrc', scopes: ['notificaties.consumeren', 'notificaties.publiceren'] }] });
      root = consumeren.root('notificaties');
    });
    after(async () => {
      await server?.close();
      await subscriber.close();
    });

    it('Kanalen: the kanalen of the platform exist in every municipality with their kenmerken, and can be found by naam', async () => {
      const list = await call(consumeren, 'get', '/kanaal', '/kanaal');
      assert.equal(list.status, 200);
      const byName = new Map((list.body as { naam: string; filters: string[]; url: string }[]).map((k) => [k.naam, k]));
      assert.deepEqual(byName.get('zaken')!.filters, ['bronorganisatie', 'zaaktype', 'vertrouwelijkheidaanduiding']);
      assert.deepEqual(byName.get('documenten')!.filters, ['bronorganisatie', 'informatieobjecttype', 'vertrouwelijkheidaanduiding']);
      assert.deepEqual(byName.get('besluiten')!.filters, ['verantwoordelijkeOrganisatie', 'besluittype']);
      for (const naam of ['zaaktypen', 'informatieobjecttypen', 'besluittypen']) assert.deepEqual(byName.get(naam)!.filters, ['catalogus']);
      assert.deepEqual(byName.get('autorisaties')!.filters, []);
      const zakenKanaal = byName.get('zaken')!;
      assert.match(zakenKanaal.url, new RegExp(`^${root}/kanaal/[0-9a-f-]{36}$`));
      const one = await call(publiceren, 'get', '/kanaal/{uuid}', zakenKanaal.url);
      assert.deepEqual(one.body, zakenKanaal);
      const filtered = await call(consumeren, 'get', '/kanaal', '/kanaal?naam=besluiten');
      assert.deepEqual((filtered.body as { naam: string }[]).map((k) => k.naam), ['besluiten']);
      assert.deepEqual((await call(consumeren, 'get', '/kanaal', '/kanaal?naam=bestaat-niet')).body, []);
      // Heuvelrode has its own kanalen (other ids).
      const elsewhere = await call(heuvelrode, 'get', '/kanaal', '/kanaal?naam=zaken');
      assert.notEqual((elsewhere.body as { url: string }[])[0]!.url.split('/').pop(), zakenKanaal.url.split('/').pop());
      const wrongTenant = await call(heuvelrode, 'get', '/kanaal/{uuid}', `${heuvelrode.root('notificaties')}/kanaal/${zakenKanaal.url.split('/').pop()}`);
      assert.equal(wrongTenant.status, 404);
    });

    it('Kanalen: a source registers its kanaal once (unique), with notificaties.publiceren only', async () => {
      const body = { naam: 'objecten', documentatieLink: 'https://objecten.example.nl/docs', filters: ['objectType'] };
      contract.assertRequest('post', '/kanaal', body);
      const created = await call(publiceren, 'post', '/kanaal', '/kanaal', body);
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('location'), created.body.url);
      assert.deepEqual({ ...created.body, url: undefined }, { ...body, url: undefined });
      const again = await call(publiceren, 'post', '/kanaal', '/kanaal', body);
      assert.equal(again.status, 400);
      assert.deepEqual(again.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['naam', 'unique']]);
      const denied = await call(consumeren, 'post', '/kanaal', '/kanaal', { naam: 'mag-niet' });
      assert.equal(denied.status, 403);
      assert.equal(denied.body.code, 'permission_denied');
      const invalid = await call(publiceren, 'post', '/kanaal', '/kanaal', { naam: 'x'.repeat(51), documentatieLink: 'geen url', filters: 'zaaktype' });
      assert.equal(invalid.status, 400);
      assert.deepEqual(invalid.body.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`).sort(), ['documentatieLink:invalid', 'filters:not_a_list', 'naam:max_length']);
    });

    it('Abonneren: an abonnement is made, read, replaced, changed and deleted; its Authorization value is never shown again', async () => {
      const body = abonnement('/crud', [{ naam: 'zaken', filters: { bronorganisatie: '002990003' } }]);
      contract.assertRequest('post', '/abonnement', body);
      const created = await call(consumeren, 'post', '/abonnement', '/abonnement', body);
      assert.equal(created.status, 201, created.text);
      assert.equal(created.headers.get('location'), created.body.url);
      assert.deepEqual(created.body, { url: created.body.url, callbackUrl: body.callbackUrl, auth: AUTH_MASK, kanalen: body.kanalen });
      const read = await call(publiceren, 'get', '/abonnement/{uuid}', created.body.url);
      assert.deepEqual(read.body, created.body);
      const list = await call(consumeren, 'get', '/abonnement', '/abonnement');
      assert.ok((list.body as { url: string }[]).some((a) => a.url === created.body.url));
      assert.ok(!list.text.includes('geheim'), 'no Authorization value in the list');

      // PUT with the mask keeps the stored value (the callback check sends it, so it must still be right).
      const replaced = await call(consumeren, 'put', '/abonnement/{uuid}', created.body.url, { ...read.body, kanalen: [{ naam: 'zaken', filters: {} }, { naam: 'besluiten' }] });
      assert.equal(replaced.status, 200, replaced.text);
      assert.deepEqual(replaced.body.kanalen, [{ naam: 'zaken', filters: {} }, { naam: 'besluiten', filters: {} }]);
      const patched = await call(consumeren, 'patch', '/abonnement/{uuid}', created.body.url, { kanalen: [{ naam: 'documenten', filters: { vertrouwelijkheidaanduiding: 'openbaar' } }] });
      assert.equal(patched.status, 200, patched.text);
      assert.equal(patched.body.callbackUrl, body.callbackUrl);
      assert.deepEqual(patched.body.kanalen, [{ naam: 'documenten', filters: { vertrouwelijkheidaanduiding: 'openbaar' } }]);
      // A changed Authorization value is checked against the callback too.
      const wrongAuth = await call(consumeren, 'patch', '/abonnement/{uuid}', created.body.url, { auth: 'Bearer fout' });
      assert.equal(wrongAuth.status, 400);
      assert.equal(wrongAuth.body.invalidParams[0].code, 'invalid-callback-url');

      const deniedPublisher = await call(publiceren, 'delete', '/abonnement/{uuid}', created.body.url);
      assert.equal(deniedPublisher.status, 403);
      assert.equal((await call(heuvelrode, 'get', '/abonnement/{uuid}', `${heuvelrode.root('notificaties')}/abonnement/${created.body.url.split('/').pop()}`)).status, 404, 'another municipality');
      const deleted = await call(consumeren, 'delete', '/abonnement/{uuid}', created.body.url);
      assert.equal(deleted.status, 204);
      assert.equal((await call(consumeren, 'get', '/abonnement/{uuid}', created.body.url)).status, 404);
      assert.equal((await call(consumeren, 'delete', '/abonnement/{uuid}', created.body.url)).status, 404);
      assert.equal((await call(consumeren, 'put', '/abonnement/{uuid}', created.body.url, body)).status, 404);
    });

    it('Abonneren kanaal_naam: every kanaal of an abonnement must exist', async () => {
      const res = await call(consumeren, 'post', '/abonnement', '/abonnement', abonnement('/x', [{ naam: 'zaken' }, { naam: 'bestaat-niet' }]));
      assert.equal(res.status, 400);
      assert.deepEqual(res.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['naam', 'kanaal_naam']]);
    });

    it('Abonneren inconsistent-abonnement-filters: filters are kenmerken of the kanaal', async () => {
      const res = await call(consumeren, 'post', '/abonnement', '/abonnement', abonnement('/x', [{ naam: 'zaken', filters: { bronorganisatie: '002990003', besluittype: 'x' } }]));
      assert.equal(res.status, 400);
      assert.deepEqual(res.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['filters', 'inconsistent-abonnement-filters']]);
      assert.match(res.body.invalidParams[0].reason, /besluittype/);
    });

    it('Abonneren no-auth-on-callback-url: the callback must refuse a notification without the Authorization header', async () => {
      const res = await call(consumeren, 'post', '/abonnement', '/abonnement', { ...abonnement('/open'), auth: 'Bearer iets' });
      assert.equal(res.status, 400);
      assert.deepEqual(res.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['callbackUrl', 'no-auth-on-callback-url']]);
    });

    it('Abonneren invalid-callback-url: the callback must accept the test notification with the Authorization header', async () => {
      for (const body of [abonnement('/kapot'), { ...abonnement('/x'), callbackUrl: 'http://127.0.0.1:1/nergens' }, { ...abonnement('/x'), auth: 'Bearer verkeerd' }]) {
        const res = await call(consumeren, 'post', '/abonnement', '/abonnement', body);
        assert.equal(res.status, 400, JSON.stringify(body));
        assert.deepEqual(res.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['nonFieldErrors', 'invalid-callback-url']]);
      }
      assert.ok(!(await call(consumeren, 'get', '/abonnement', '/abonnement')).text.includes('/kapot'), 'nothing saved');
    });

    it('refuses bad input with problem+json in the standard format', async () => {
      const missing = await call(consumeren, 'post', '/abonnement', '/abonnement', {});
      assert.deepEqual(missing.body.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`).sort(), ['auth:required', 'callbackUrl:required', 'kanalen:required']);
      const wrong = await call(consumeren, 'post', '/abonnement', '/abonnement', {
        callbackUrl: 'ftp://x', auth: 'Bearer a\r\nX-Injected: 1', kanalen: [{ filters: { zaaktype: 1 } }, 'zaken', { naam: 'zaken', extra: true }], onbekend: 1,
      });
      assert.equal(wrong.status, 400);
      assert.match(wrong.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.deepEqual(wrong.body.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`).sort(), [
        'auth:invalid', 'callbackUrl:invalid', 'kanalen.0.filters.zaaktype:invalid', 'kanalen.0.naam:required', 'kanalen.1:invalid', 'kanalen.2.extra:unknown-field', 'onbekend:unknown-field',
      ].sort());
      const notJson = await consumeren.request('POST', `${root}/abonnement`, '{"callbackUrl":', { 'content-type': 'application/json' });
      contract.assertResponse('post', '/abonnement', notJson);
      assert.equal(notJson.body.code, 'parse_error');
      const form = await consumeren.request('POST', `${root}/abonnement`, 'a=b', { 'content-type': 'application/x-www-form-urlencoded' });
      contract.assertResponse('post', '/abonnement', form);
      assert.equal(form.status, 415);
      const unknownParam = await call(consumeren, 'get', '/kanaal', '/kanaal?naam=zaken&soort=x');
      assert.equal(unknownParam.status, 400);
      assert.equal(unknownParam.body.code, 'unknown-parameters');
      assert.equal((await call(consumeren, 'get', '/abonnement/{uuid}', '/abonnement/geen-uuid')).status, 404);
      assert.equal((await call(consumeren, 'get', '/kanaal/{uuid}', `/kanaal/${randomUUID()}`)).status, 404);
      const anonymous = await fetch(`${root}/abonnement`);
      assert.equal(anonymous.status, 401);
      contract.assertResponse('get', '/abonnement', { status: anonymous.status, headers: anonymous.headers, body: await anonymous.json() });
      const noScope = await zgwClient(server, 'dijkwaard', { autorisaties: [{ component: 'zrc', scopes: ['zaken.lezen'] }] });
      assert.equal((await call(noScope, 'get', '/abonnement', '/abonnement')).status, 403);
      assert.equal((await call(noScope, 'get', '/kanaal', '/kanaal')).status, 403);
    });

    it('Berichten: a change in Stadhuis reaches the subscriber as the consumer contract says, with the abonnement’s Authorization', async () => {
      const created = await call(consumeren, 'post', '/abonnement', '/abonnement', abonnement('/stadhuis', [{ naam: 'zaken', filters: { bronorganisatie: '002990003' } }]));
      assert.equal(created.status, 201, created.text);
      await call(consumeren, 'post', '/abonnement', '/abonnement', abonnement('/anders', [{ naam: 'zaken', filters: { bronorganisatie: '123456782' } }]));
      const id = randomUUID();
      const zaaktype = randomUUID();
      const dijkwaard = await tenantId('dijkwaard');
      await server.stadhuis.platform.database.withTenant(dijkwaard, (tx) => notify(tx, {
        kanaal: 'zaken', hoofdObject: zgwRef('zaken', 'zaken', id), resource: 'status', resourceUrl: zgwRef('zaken', 'statussen', id), actie: 'create',
        kenmerken: { bronorganisatie: '002990003', zaaktype: zgwRef('catalogi', 'zaaktypen', zaaktype), vertrouwelijkheidaanduiding: 'openbaar' },
      }, dijkwaard));
      // (The demo municipality may notify about its own zaken meanwhile: only this zaak counts.)
      const mine = () => (subscriber.received.get('/stadhuis') ?? []).filter((r) => String(r.body.hoofdObject).endsWith(id));
      await until(() => mine().length === 1, 15_000, 'delivery');
      const { body, auth } = mine()[0]!;
      consumer.assertRequest('post', '/{webhooks_path}', body);
      assert.equal(auth, 'Bearer geheim/stadhuis');
      const publicRoot = `${server.config.publicUrl}/dijkwaard`;
      assert.deepEqual({ ...body, aanmaakdatum: undefined }, {
        kanaal: 'zaken', hoofdObject: `${publicRoot}/zaken/api/v1/zaken/${id}`, resource: 'status', resourceUrl: `${publicRoot}/zaken/api/v1/statussen/${id}`, actie: 'create',
        kenmerken: { bronorganisatie: '002990003', zaaktype: `${publicRoot}/catalogi/api/v1/zaaktypen/${zaaktype}`, vertrouwelijkheidaanduiding: 'openbaar' }, aanmaakdatum: undefined,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(mine().length, 1, 'once');
      assert.ok(!(subscriber.received.get('/anders') ?? []).some((r) => String(r.body.hoofdObject).endsWith(id)), 'the filter of the other abonnement does not match');
      await call(consumeren, 'delete', '/abonnement/{uuid}', created.body.url);
    });

    it('Berichten: a zaak created in Stadhuis (through the zaken service, as our own pages do) is notified to the abonnement of its zaaktype', async () => {
      const dijkwaard = await tenantId('dijkwaard');
      const { database } = server.stadhuis.platform;
      const zaaktype = (await database.withTenant(dijkwaard, (tx) => listZaaktypen(tx, { status: 'published' }))).find((z) => z.actueel)!;
      // The filter as a client writes it: the zaaktype's URL in the form it uses.
      const filter = { zaaktype: `${zaken.root('catalogi')}/zaaktypen/${zaaktype.id}` };
      const created = await call(consumeren, 'post', '/abonnement', '/abonnement', abonnement('/zaak', [{ naam: 'zaken', filters: filter }]));
      assert.equal(created.status, 201, created.text);
      const zaak = await database.withTenant(dijkwaard, (tx) => zakenService(server.stadhuis.platform).createZaak(tx, staffActor(['behandelaar']), { zaaktype: zaaktype.id, omschrijving: 'Melding via notificatie' }));
      const publicRoot = `${server.config.publicUrl}/dijkwaard`;
      const zaakCreated = () => (subscriber.received.get('/zaak') ?? []).filter((r) => r.body.resource === 'zaak' && r.body.actie === 'create' && String(r.body.hoofdObject).endsWith(zaak.id));
      await until(() => zaakCreated().length === 1, 15_000, 'notification of the new zaak');
      const { body } = zaakCreated()[0]!;
      consumer.assertRequest('post', '/{webhooks_path}', body);
      assert.equal(body.hoofdObject, `${publicRoot}/zaken/api/v1/zaken/${zaak.id}`);
      assert.equal(body.resourceUrl, `${publicRoot}/zaken/api/v1/zaken/${zaak.id}`);
      assert.equal((body.kenmerken as Record<string, string>).zaaktype, `${publicRoot}/catalogi/api/v1/zaaktypen/${zaaktype.id}`);
      assert.ok((subscriber.received.get('/zaak') ?? []).every((r) => (r.body.kenmerken as Record<string, string>).zaaktype === (body.kenmerken as Record<string, string>).zaaktype), 'only zaken of this zaaktype');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(zaakCreated().length, 1, 'once');
      await call(consumeren, 'delete', '/abonnement/{uuid}', created.body.url);
    });

    it('Berichten: a notification published by another source (POST /notificaties) is routed like ours; message_kanaal and kenmerken_inconsistent', async () => {
      await call(consumeren, 'post', '/abonnement', '/abonnement', abonnement('/extern', [{ naam: 'objecten', filters: { objectType: 'https://objecttypen.example.nl/api/v1/objecttypes/1' } }]));
      const message = {
        kanaal: 'objecten', hoofdObject: 'https://objecten.example.nl/api/v2/objects/7', resource: 'object', resourceUrl: 'https://objecten.example.nl/api/v2/objects/7',
        actie: 'update', aanmaakdatum: '2026-03-20T10:00:00Z', kenmerken: { objectType: 'https://objecttypen.example.nl/api/v1/objecttypes/1' },
      };
      contract.assertRequest('post', '/notificaties', message);
      const sent = await call(publiceren, 'post', '/notificaties', '/notificaties', message);
      assert.equal(sent.status, 200, sent.text);
      assert.deepEqual(sent.body, { ...message, aanmaakdatum: '2026-03-20T10:00:00.000Z' });
      await until(() => subscriber.count('/extern') === 1, 15_000, 'delivery of the external notification');
      const { body } = subscriber.received.get('/extern')![0]!;
      consumer.assertRequest('post', '/{webhooks_path}', body);
      assert.deepEqual(body, { ...message, aanmaakdatum: '2026-03-20T10:00:00.000Z' });
      // Another objectType does not match the filter.
      await call(publiceren, 'post', '/notificaties', '/notificaties', { ...message, kenmerken: { objectType: 'https://objecttypen.example.nl/api/v1/objecttypes/2' } });

      const unknown = await call(publiceren, 'post', '/notificaties', '/notificaties', { ...message, kanaal: 'bestaat-niet' });
      assert.deepEqual(unknown.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['kanaal', 'message_kanaal']]);
      const inconsistent = await call(publiceren, 'post', '/notificaties', '/notificaties', { ...message, kanaal: 'zaken', kenmerken: { bronorganisatie: '002990003', objectType: 'x' } });
      assert.deepEqual(inconsistent.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]), [['kenmerken', 'kenmerken_inconsistent']]);
      const invalid = await call(publiceren, 'post', '/notificaties', '/notificaties', { kanaal: 'zaken', hoofdObject: 'geen-url', aanmaakdatum: 'gisteren', kenmerken: { a: '' } });
      assert.deepEqual(invalid.body.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`).sort(),
        ['aanmaakdatum:invalid', 'actie:required', 'hoofdObject:invalid', 'kenmerken.a:blank', 'resource:required', 'resourceUrl:required']);
      const consumerMayNot = await consumeren.post(`${root}/notificaties`, message);
      assert.equal(consumerMayNot.status, 403);
      contract.assertResponse('get', '/abonnement', consumerMayNot); // a Fout; the document lists no 403 for POST /notificaties
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(subscriber.count('/extern'), 1);
    });

    it('exercises every operation of the OpenAPI document', () => {
      const all = contract.operations().map(([method, p]) => `${method} ${p}`).sort();
      assert.deepEqual(all.filter((op) => !done.has(op)), []);
    });

    describe('back office: /beheer/notificaties', () => {
      let admin: Visitor;
      let afleveringId = '';

      before(async () => {
        admin = await loginAsStaff(server, '/dijkwaard', TEST_STAFF.dijkwaard.admin);
      });

      it('shows abonnementen and deliveries: waiting for the next attempt, failed with the last error, and sends one again on request', async () => {
        // A besluittype of its own, so that only this test's notifications match.
        const besluittype = randomUUID();
        const created = await call(consumeren, 'post', '/abonnement', '/abonnement', abonnement('/beheer', [{ naam: 'besluiten', filters: { besluittype: `${zaken.root('catalogi')}/besluittypen/${besluittype}` } }]));
        assert.equal(created.status, 201, created.text);
        subscriber.down.add('/beheer');
        const dijkwaard = await tenantId('dijkwaard');
        const { database, jobs } = server.stadhuis.platform;
        const besluit = randomUUID();
        await database.withTenant(dijkwaard, (tx) => notify(tx, {
          kanaal: 'besluiten', hoofdObject: zgwRef('besluiten', 'besluiten', besluit), resource: 'besluit', resourceUrl: zgwRef('besluiten', 'besluiten', besluit), actie: 'create',
          kenmerken: { verantwoordelijkeOrganisatie: '002990003', besluittype: zgwRef('catalogi', 'besluittypen', besluittype) },
        }));
        const mine = async () => (await jobs.listDeliveries({ topic: AFLEVERING_TOPIC, tenantId: dijkwaard })).find((d) => d.status !== 'done');
        await until(async () => { const d = await mine(); return d?.status === 'pending' && d.attempts === 1; }, 15_000, 'first attempt failed');

        let page = await (await admin.get('/dijkwaard/beheer/notificaties')).text();
        assert.match(page, /<h1[^>]*>Notificaties<\/h1>/);
        assert.ok(page.includes(`${subscriber.url}/beheer`), 'the abonnement is listed');
        assert.ok(!page.includes('geheim/beheer'), 'never the Authorization value');
        const row = /<tr class="utrecht-table__row" data-aflevering="([0-9a-f-]{36})" data-status="pending">([\s\S]*?)<\/tr>/.exec(page);
        assert.ok(row, 'a delivery waiting for its next attempt');
        afleveringId = row[1]!;
        assert.match(row[2]!, /besluit: create \(kanaal besluiten\)/);
        assert.match(row[2]!, /Nog niet aangekomen \(1 pogingen\)\. Volgende poging: /);

        // Hours later: the last attempt fails too.
        await database.withPlatform((tx) => tx.execute(sql`UPDATE outbox_deliveries SET attempts = 15, next_attempt_at = now()
          WHERE topic = ${AFLEVERING_TOPIC} AND tenant_id = ${dijkwaard}::uuid AND status = 'pending'`));
        await until(async () => { await jobs.runDue(); return (await mine())?.status === 'failed'; }, 15_000, 'failed');
        page = await (await admin.get('/dijkwaard/beheer/notificaties')).text();
        const failed = new RegExp(`data-aflevering="${afleveringId}" data-status="failed">([\\s\\S]*?)</tr>`).exec(page);
        assert.ok(failed, 'the delivery is marked failed');
        assert.match(failed[1]!, /Mislukt na 2 pogingen/);
        assert.match(failed[1]!, /Laatste fout: HTTP 503/);
        assert.match(failed[1]!, /<button type="submit"[^>]*>Opnieuw versturen<\/button>/);

        subscriber.down.delete('/beheer');
        const noToken = await admin.post(`/dijkwaard/beheer/notificaties/${afleveringId}/opnieuw`, {}, { csrf: false });
        assert.equal(noToken.status, 403, 'CSRF');
        const retried = await admin.post(`/dijkwaard/beheer/notificaties/${afleveringId}/opnieuw`, {}, { formPage: '/dijkwaard/beheer/notificaties' });
        assert.equal(retried.status, 303);
        assert.equal(retried.headers.get('location'), '/dijkwaard/beheer/notificaties?melding=opnieuw');
        await until(() => subscriber.count('/beheer') === 1, 15_000, 'delivered after sending again');
        consumer.assertRequest('post', '/{webhooks_path}', subscriber.received.get('/beheer')![0]!.body);
        page = await (await admin.get('/dijkwaard/beheer/notificaties?melding=opnieuw')).text();
        assert.match(page, /Het bericht wordt opnieuw verstuurd\./);
        assert.match(page, new RegExp(`data-aflevering="${afleveringId}" data-status="delivered">[\\s\\S]*?Aangekomen op`));
        const again = await admin.post(`/dijkwaard/beheer/notificaties/${afleveringId}/opnieuw`, {}, { formPage: '/dijkwaard/beheer/notificaties' });
        assert.equal(again.headers.get('location'), '/dijkwaard/beheer/notificaties?melding=aangekomen');
        assert.equal((await admin.post(`/dijkwaard/beheer/notificaties/${randomUUID()}/opnieuw`, {}, { formPage: '/dijkwaard/beheer/notificaties' })).status, 404);
        assert.equal(subscriber.count('/beheer'), 1, 'delivered once');

        // Make it failed again for the accessibility check below.
        subscriber.down.add('/beheer');
        await database.withTenant(dijkwaard, (tx) => notify(tx, {
          kanaal: 'besluiten', hoofdObject: zgwRef('besluiten', 'besluiten', besluit), resource: 'besluit', resourceUrl: zgwRef('besluiten', 'besluiten', besluit), actie: 'destroy',
          kenmerken: { verantwoordelijkeOrganisatie: '002990003', besluittype: zgwRef('catalogi', 'besluittypen', besluittype) },
        }));
        await until(async () => { const d = await mine(); return d?.status === 'pending' && d.attempts === 1; }, 15_000, 'first attempt failed again');
        await database.withPlatform((tx) => tx.execute(sql`UPDATE outbox_deliveries SET attempts = 15, next_attempt_at = now()
          WHERE topic = ${AFLEVERING_TOPIC} AND tenant_id = ${dijkwaard}::uuid AND status = 'pending'`));
        await until(async () => { await jobs.runDue(); return (await mine())?.status === 'failed'; }, 15_000, 'failed again');
        const stored = await database.withTenant(dijkwaard, (tx) => rowsOf<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM notificaties_afleveringen WHERE status = 'failed'`));
        assert.equal(stored[0]!.n, 1);
      });

      it('is for admins of the municipality only, and is in the back-office navigation', async () => {
        const home = await (await admin.get('/dijkwaard/beheer')).text();
        assert.match(home, /href="\/dijkwaard\/beheer\/notificaties"/);
        const behandelaar = await loginAsStaff(server, '/dijkwaard', TEST_STAFF.dijkwaard.behandelaar);
        assert.equal((await behandelaar.get('/dijkwaard/beheer/notificaties')).status, 403);
        const otherAdmin = await loginAsStaff(server, '/heuvelrode', TEST_STAFF.heuvelrode.admin);
        const page = await (await otherAdmin.get('/heuvelrode/beheer/notificaties')).text();
        assert.ok(!page.includes(`${subscriber.url}/`), 'Heuvelrode sees none of Dijkwaard’s abonnementen');
        assert.match(page, /Er zijn nog geen abonnementen/);
      });

      if (engine === engines()[0]) {
        it('passes axe (WCAG 2.1 AA) in Dutch and English, with a failed delivery and its button', async () => {
          const browser = await launchChromium();
          try {
            for (const lang of ['nl', 'en'] as const) {
              const context = await browser.newContext({ bypassCSP: true });
              try {
                const cookies = admin.cookieHeader().split('; ').map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url: server.url }));
                await context.addCookies([...cookies, { name: 'stadhuis_lang', value: lang, url: server.url }]);
                const page = await context.newPage();
                const response = await page.goto(`${server.url}/dijkwaard/beheer/notificaties`);
                assert.equal(response?.status(), 200, page.url());
                assert.equal(await page.getAttribute('html', 'lang'), lang);
                assert.equal(await page.locator('tr[data-status="failed"] button').count(), 1);
                await assertNoViolations(page, `/beheer/notificaties (${lang})`);
              } finally {
                await context.close();
              }
            }
          } finally {
            await browser.close();
          }
        });
      }
    });
  });
}
