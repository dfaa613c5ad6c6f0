import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { SignJWT } from 'jose';
import type { StadhuisModule } from '../../platform/http/types.js';
import { staffActor } from '../../platform/testing/actors.js';
import { engines, loginAsResident, loginAsStaff, startTestServer, Visitor, type TestServer } from '../../platform/testing/harness.js';

/** A route only this test has, to check the platform's API-client authentication end to end. */
const probeModule: StadhuisModule = {
  name: 'api-probe',
  migrations: [],
  tenantRoutes(app) {
    app.get('/api/v1/probe', { schema: { hide: true }, config: { access: { apiScope: 'zaken.lezen' } } }, async (request) => ({
      client: request.actor?.kind === 'api-client' ? request.actor.clientId : null,
    }));
  },
};

const token = (clientId: string, secret: string, claims: Record<string, unknown> = {}, iat = Math.floor(Date.now() / 1000)) =>
  new SignJWT({ client_id: clientId, user_id: 'test', user_representation: 'Test', ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer(clientId).setIssuedAt(iat).sign(new TextEncoder().encode(secret));

for (const engine of engines()) {
  describe(`staff, roles and API clients (${engine})`, () => {
    let server: TestServer;
    let address = 0;
    const browser = () => new Visitor(server, { 'x-forwarded-for': `10.9.${(++address >> 8) & 255}.${address & 255}` });
    before(async () => { server = await startTestServer(engine, { env: { TRUST_PROXY: 'true' }, extraModules: [probeModule] }); });
    after(() => server.close());

    it('lets an admin change an employee’s roles: effective at once, written to the rights log', async () => {
      const admin = await loginAsStaff(server, '/dijkwaard', 'gerda.hoekstra', browser());
      const editor = await loginAsStaff(server, '/dijkwaard', 'dennis.mulder', browser());
      assert.equal((await editor.get('/dijkwaard/beheer/producten')).status, 200);
      const list = await (await admin.get('/dijkwaard/beheer/gebruikers')).text();
      const id = /href="\/dijkwaard\/beheer\/gebruikers\/([0-9a-f-]{36})">Dennis Mulder</.exec(list)?.[1];
      assert.ok(id, 'Dennis Mulder is listed');
      assert.match(list, /Functioneel beheerder/);
      const saved = await admin.post(`/dijkwaard/beheer/gebruikers/${id}`, { roles: ['behandelaar'], active: 'ja' });
      assert.equal(saved.status, 303);
      // Dennis' running session now has the new roles: the catalogue is closed to him.
      assert.equal((await editor.get('/dijkwaard/beheer/producten')).status, 403);
      assert.match(await (await editor.get('/dijkwaard/beheer')).text(), /Uw rollen bij Gemeente Dijkwaard: Behandelaar\./);
      const log = await (await admin.get('/dijkwaard/beheer/rechtenlogboek')).text();
      assert.match(log, /Gerda Hoekstra<\/td>\s*<td[^>]*>Rollen gewijzigd<\/td>\s*<td[^>]*>Dennis Mulder<\/td>\s*<td[^>]*>Functioneel beheerder; Actief → Behandelaar; Actief<\/td>/);
      // The log cannot be altered through the application's database role.
      await assert.rejects(server.stadhuis.database.withTenant((await server.stadhuis.platform.tenants.bySlug('dijkwaard'))!.id,
        (tx) => tx.execute(sql`UPDATE rights_audit SET actor = 'iemand anders'`)), (e: Error) => /permission denied/.test(String((e as { cause?: unknown }).cause ?? e.message)));
      await admin.post(`/dijkwaard/beheer/gebruikers/${id}`, { roles: ['functioneel-beheerder'], active: 'ja' });
    });

    it('ends the sessions of a deactivated employee and refuses their next login, without saying more than needed', async () => {
      const admin = await loginAsStaff(server, '/dijkwaard', 'gerda.hoekstra', browser());
      const archivist = await loginAsStaff(server, '/dijkwaard', 'esther.degraaf', browser());
      const list = await (await admin.get('/dijkwaard/beheer/gebruikers')).text();
      const id = /href="\/dijkwaard\/beheer\/gebruikers\/([0-9a-f-]{36})">Esther de Graaf</.exec(list)![1]!;
      assert.equal((await admin.post(`/dijkwaard/beheer/gebruikers/${id}`, { roles: ['archivaris'] })).status, 303);
      const after = await archivist.get('/dijkwaard/beheer');
      assert.equal(after.status, 303);
      assert.match(after.headers.get('location')!, /\/dijkwaard\/beheer\/inloggen/);
      await assert.rejects(loginAsStaff(server, '/dijkwaard', 'esther.degraaf', browser()), /staff login of esther.degraaf failed: 403 .*Geen toegang tot dit beheer/s);
      const log = await (await admin.get('/dijkwaard/beheer/rechtenlogboek')).text();
      assert.match(log, /Toegang ingetrokken<\/td>\s*<td[^>]*>Esther de Graaf/);
      await admin.post(`/dijkwaard/beheer/gebruikers/${id}`, { roles: ['archivaris'], active: 'ja' });
      await loginAsStaff(server, '/dijkwaard', 'esther.degraaf', browser());
    });

    it('does not let an admin lock themself out', async () => {
      const admin = await loginAsStaff(server, '/dijkwaard', 'gerda.hoekstra', browser());
      const list = await (await admin.get('/dijkwaard/beheer/gebruikers')).text();
      const id = /href="\/dijkwaard\/beheer\/gebruikers\/([0-9a-f-]{36})">Gerda Hoekstra</.exec(list)![1]!;
      const res = await admin.post(`/dijkwaard/beheer/gebruikers/${id}`, { roles: ['behandelaar'], active: 'ja' });
      assert.equal(res.status, 409);
      const html = await res.text();
      assert.match(html, /<a class="utrecht-link" href="#roles">U kunt uw eigen beheerdersrol niet intrekken/);
      assert.match(html, /value="behandelaar" checked/, 'what the admin chose is kept');
      assert.equal((await admin.get('/dijkwaard/beheer/gebruikers')).status, 200, 'still an admin');
    });

    it('registers an employee before their first login, with a Dutch error summary on bad input', async () => {
      const admin = await loginAsStaff(server, '/heuvelrode', 'nadia.brouwer', browser());
      const bad = await admin.post('/heuvelrode/beheer/gebruikers', { name: '', email: 'geen-adres', subject: 'medewerker:anouk.visser', roles: ['kcc-medewerker'] }, { formPage: '/heuvelrode/beheer/gebruikers/nieuw' });
      assert.equal(bad.status, 400);
      const html = await bad.text();
      assert.match(html, /href="#name">Vul de naam van de medewerker in/);
      assert.match(html, /href="#email">Vul een geldig e-mailadres in/);
      assert.match(html, /value="medewerker:anouk.visser"/);
      // Anouk works in Dijkwaard; the test IdP gives her no role in Heuvelrode, so she has no access there…
      await assert.rejects(loginAsStaff(server, '/heuvelrode', 'anouk.visser', browser()), /403/);
      const ok = await admin.post('/heuvelrode/beheer/gebruikers', { name: 'Anouk Visser', email: 'anouk.visser@dijkwaard.example', subject: 'medewerker:anouk.visser', roles: ['kcc-medewerker'], active: 'ja' }, { formPage: '/heuvelrode/beheer/gebruikers/nieuw' });
      assert.equal(ok.status, 303);
      // …until the Heuvelrode admin gives her one.
      const anouk = await loginAsStaff(server, '/heuvelrode', 'anouk.visser', browser());
      assert.match(await (await anouk.get('/heuvelrode/beheer')).text(), /Uw rollen bij Gemeente Heuvelrode: KCC-medewerker\./);
      const again = await admin.post('/heuvelrode/beheer/gebruikers', { name: 'Dubbel', subject: 'medewerker:anouk.visser', roles: ['kcc-medewerker'], active: 'ja' }, { formPage: '/heuvelrode/beheer/gebruikers/nieuw' });
      assert.equal(again.status, 409);
      assert.match(await again.text(), /Er is al een medewerker met deze account-id/);
    });

    it('creates employees at their first login from the provider’s roles for this municipality only', async () => {
      const { staff, tenants } = server.stadhuis.platform;
      const dijkwaard = (await tenants.bySlug('dijkwaard'))!;
      const first = await staff.signIn(dijkwaard.id, 'dijkwaard', { subject: 'entra:1234', name: 'Nieuwe Collega', email: 'nc@dijkwaard.example', roles: { dijkwaard: ['behandelaar', 'onbekende-rol'], heuvelrode: ['admin'] } });
      assert.ok(first.ok);
      assert.deepEqual(first.user.roles, ['behandelaar']);
      const none = await staff.signIn(dijkwaard.id, 'dijkwaard', { subject: 'entra:5678', name: 'Geen Rol', email: undefined, roles: { heuvelrode: ['admin'] } });
      assert.deepEqual(none, { ok: false, reason: 'no-access' });
      const { items } = await staff.auditLog(dijkwaard.id, staffActor(['admin']));
      assert.ok(items.some((e) => e.action === 'aangemaakt-bij-eerste-login' && e.targetLabel === 'Nieuwe Collega' && e.actor === 'identiteitsprovider'));
      await assert.rejects(staff.list(dijkwaard.id, staffActor(['behandelaar'])), /geen toegang/, 'the service checks permissions too');
    });

    it('gives API clients a secret once, accepts their HS256 JWTs for their scopes only, and refuses revoked, expired and forged tokens', async () => {
      const admin = await loginAsStaff(server, '/dijkwaard', 'gerda.hoekstra', browser());
      const created = await admin.post('/dijkwaard/beheer/api-clients', { clientId: 'zaaksysteem-odb', label: 'Zaaksysteem omgevingsdienst', scopes: ['zaken.lezen'] }, { formPage: '/dijkwaard/beheer/api-clients/nieuw' });
      assert.equal(created.status, 201);
      const page = await created.text();
      const secret = /<dt>Geheim<\/dt><dd><code>([^<]+)<\/code>/.exec(page)?.[1];
      assert.ok(secret && secret.length >= 20, 'the secret is shown once');
      assert.doesNotMatch(await (await admin.get('/dijkwaard/beheer/api-clients')).text(), new RegExp(secret!), 'and never again');

      const call = (jwt: string, slug = 'dijkwaard') => server.fetch(`/${slug}/api/v1/probe`, { headers: { authorization: `Bearer ${jwt}` } });
      const ok = await call(await token('zaaksysteem-odb', secret!));
      assert.equal(ok.status, 200);
      assert.deepEqual(await ok.json(), { client: 'zaaksysteem-odb' });

      const problems: [string, Response][] = [
        ['no token', await server.fetch('/dijkwaard/api/v1/probe')],
        ['wrong secret', await call(await token('zaaksysteem-odb', 'een-ander-geheim-van-genoeg-lengte'))],
        ['too old', await call(await token('zaaksysteem-odb', secret!, {}, Math.floor(Date.now() / 1000) - 7200))],
        ['from the future', await call(await token('zaaksysteem-odb', secret!, {}, Math.floor(Date.now() / 1000) + 3600))],
        ['unknown client', await call(await token('onbekend', secret!))],
        ['other municipality', await call(await token('zaaksysteem-odb', secret!), 'heuvelrode')],
        ['alg none', await call(`${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ client_id: 'zaaksysteem-odb', iat: Math.floor(Date.now() / 1000) })).toString('base64url')}.`)],
      ];
      for (const [name, res] of problems) {
        assert.equal(res.status, 401, name);
        assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/, name);
        assert.equal(res.headers.get('www-authenticate'), 'Bearer', name);
      }

      // A client without the scope: 403.
      const other = await admin.post('/dijkwaard/beheer/api-clients', { clientId: 'alleen-catalogus', label: 'PDC-koppeling', scopes: ['catalogus.beheren'] }, { formPage: '/dijkwaard/beheer/api-clients/nieuw' });
      const otherSecret = /<dt>Geheim<\/dt><dd><code>([^<]+)<\/code>/.exec(await other.text())![1]!;
      const forbidden = await call(await token('alleen-catalogus', otherSecret));
      assert.equal(forbidden.status, 403);
      assert.match(((await forbidden.json()) as { detail: string }).detail, /zaken\.lezen/);

      // Revoked: refused at once; in the rights log.
      const list = await (await admin.get('/dijkwaard/beheer/api-clients')).text();
      const id = /<code>zaaksysteem-odb<\/code>[\s\S]*?action="\/dijkwaard\/beheer\/api-clients\/([0-9a-f-]{36})\/intrekken"/.exec(list)![1]!;
      assert.equal((await admin.post(`/dijkwaard/beheer/api-clients/${id}/intrekken`, {}, { formPage: '/dijkwaard/beheer/api-clients' })).status, 303);
      assert.equal((await call(await token('zaaksysteem-odb', secret!))).status, 401);
      assert.match(await (await admin.get('/dijkwaard/beheer/rechtenlogboek')).text(), /API-client ingetrokken<\/td>\s*<td[^>]*>Zaaksysteem omgevingsdienst \(zaaksysteem-odb\)/);

      // The secret is stored encrypted.
      const rows = await server.stadhuis.database.withPlatform(async (tx) => {
        await tx.execute(sql.raw('SET LOCAL ROLE NONE'));
        return ((await tx.execute(sql`SELECT sealed_secret FROM api_clients`)) as unknown as { rows: { sealed_secret: string }[] }).rows;
      });
      assert.ok(rows.length >= 2 && rows.every((r) => r.sealed_secret.startsWith('v1.') && !r.sealed_secret.includes(secret!)));
    });

    it('keeps a resident’s BSN encrypted in the session table, and logs the login in the processing log', async () => {
      const { platform } = server.stadhuis;
      const dijkwaard = (await platform.tenants.bySlug('dijkwaard'))!;
      const before = await platform.processingLog.countForSubject(dijkwaard.id, { type: 'bsn', id: '999990019' });
      await loginAsResident(server, '/dijkwaard', '999990019', 'midden', browser());
      assert.equal(await platform.processingLog.countForSubject(dijkwaard.id, { type: 'bsn', id: '999990019' }), before + 1);
      const rows = await server.stadhuis.database.withPlatform(async (tx) => {
        await tx.execute(sql.raw('SET LOCAL ROLE NONE'));
        return ((await tx.execute(sql`SELECT * FROM auth_sessions`)) as unknown as { rows: unknown[] }).rows;
      });
      assert.ok(rows.length > 0);
      assert.doesNotMatch(JSON.stringify(rows), /999990019/);
    });
  });
}
