import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { demoMunicipalities } from '../demo/municipalities.js';
import { createStadhuis } from '../platform/bootstrap.js';
import { loadConfig } from '../platform/config/config.js';
import { listZaaktypen } from '../modules/catalogi/index.js';
import { zgwToken } from '../modules/zgw/core/testing.js';
import { runCli } from './index.js';

describe('npm run cli -- api-client', () => {
  it('creates, lists and revokes an API client whose JWTs the platform then accepts or refuses', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stadhuis-cli-'));
    const env = { NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'false', DATA_DIR: dir, DATA_ENCRYPTION_KEY: 'c'.repeat(40), SESSION_SECRET: 's'.repeat(40) };
    try {
      const setup = await createStadhuis(loadConfig(env), { startJobs: false });
      await setup.platform.tenants.create(demoMunicipalities.find((m) => m.slug === 'dijkwaard')!);
      await setup.close();
      const lines: string[] = [];
      const out = (line: string) => lines.push(line);
      assert.equal(await runCli(['api-client', 'create', '--gemeente', 'dijkwaard', '--client-id', 'zgw_api_tests', '--secret', 'secret-voor-tests', '--scopes', 'zaken.lezen,zaken.aanmaken'], out, env), 0);
      assert.match(lines.join('\n'), /client_id: zgw_api_tests\nsecret:    secret-voor-tests\nscopes:    zaken.lezen, zaken.aanmaken/);
      assert.equal(await runCli(['api-client', 'create', '--gemeente', 'dijkwaard', '--client-id', 'zgw_api_tests', '--scopes', 'zaken.lezen'], out, env), 1);
      assert.match(lines.at(-1)!, /Deze client-id bestaat al/);
      assert.equal(await runCli(['api-client', 'create', '--gemeente', 'dijkwaard', '--client-id', 'x1', '--scopes', 'alles'], out, env), 2);
      assert.match(lines.at(-1)!, /onbekend: alles/);
      assert.equal(await runCli(['api-client', 'create', '--gemeente', 'nergens', '--client-id', 'x1', '--scopes', 'zaken.lezen'], out, env), 1);

      const stadhuis = await createStadhuis(loadConfig(env), { startJobs: false });
      try {
        const tenant = (await stadhuis.platform.tenants.bySlug('dijkwaard'))!;
        const jwt = await new SignJWT({ client_id: 'zgw_api_tests' }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().sign(new TextEncoder().encode('secret-voor-tests'));
        const checked = await stadhuis.platform.apiClients.verify(tenant.id, `Bearer ${jwt}`);
        assert.ok(checked.ok && checked.actor.permissions.has('zaken.aanmaken'));
      } finally {
        await stadhuis.close();
      }
      assert.equal(await runCli(['api-client', 'list', '--gemeente', 'dijkwaard'], out, env), 0);
      assert.match(lines.at(-1)!, /^zgw_api_tests\tactief\tzaken.lezen,zaken.aanmaken/);
      assert.equal(await runCli(['api-client', 'revoke', '--gemeente', 'dijkwaard', '--client-id', 'zgw_api_tests'], out, env), 0);
      assert.equal(await runCli(['api-client', 'list', '--gemeente', 'dijkwaard'], out, env), 0);
      assert.match(lines.at(-1)!, /^zgw_api_tests\tingetrokken/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run cli -- zgw-client and zgw-test-clients', () => {
  it('creates ZGW clients with all rights or autorisaties, lists them, and sets up the VNG test clients idempotently', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stadhuis-cli-zgw-'));
    const env = { NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'true', DATA_DIR: dir, DATA_ENCRYPTION_KEY: 'c'.repeat(40), SESSION_SECRET: 's'.repeat(40), PUBLIC_URL: 'http://localhost:3000' };
    try {
      // The demo municipalities with their catalogues (a zaaktype for the limited test client).
      const setup = await createStadhuis(loadConfig(env), { startJobs: false });
      const zaaktype = (await setup.platform.database.withTenant((await setup.platform.tenants.bySlug('dijkwaard'))!.id, (tx) => listZaaktypen(tx, { status: 'published' })))[0]!;
      await setup.close();
      const lines: string[] = [];
      const out = (line: string) => lines.push(line);
      const cli = (...args: string[]) => runCli(args, out, env);

      assert.equal(await cli('zgw-client', 'create', '--gemeente', 'dijkwaard', '--client-id', 'zaaksysteem', '--secret', 'geheim-zaaksysteem', '--alle-rechten', '--label', 'Zaaksysteem'), 0);
      assert.match(lines.at(-1)!, /client_id: zaaksysteem\nsecret:    geheim-zaaksysteem\nrechten:   alle rechten/);
      // Autorisaties inline (host form of the zaaktype URL) and from a file.
      const zrc = [{ component: 'zrc', scopes: ['zaken.lezen'], zaaktype: `http://dijkwaard.localhost:3000/catalogi/api/v1/zaaktypen/${zaaktype.id}`, maxVertrouwelijkheidaanduiding: 'intern' }];
      assert.equal(await cli('zgw-client', 'create', '--gemeente', 'dijkwaard', '--client-id', 'lezer', '--secret', 'geheim-lezer', '--autorisaties', JSON.stringify(zrc)), 0);
      assert.match(lines.at(-1)!, new RegExp(`rechten:   zrc: zaken.lezen \\(type ${zaaktype.id}, tot intern\\)`));
      const file = path.join(dir, 'autorisaties.json');
      writeFileSync(file, JSON.stringify([{ component: 'ztc', scopes: ['catalogi.lezen'] }]));
      assert.equal(await cli('zgw-client', 'create', '--gemeente', 'dijkwaard', '--client-id', 'catalogus', '--secret', 'geheim-catalogus', '--autorisaties', file), 0);
      assert.match(lines.at(-1)!, /rechten:   ztc: catalogi.lezen/);
      // ac-003 and bad input: refused, nothing created.
      assert.equal(await cli('zgw-client', 'create', '--gemeente', 'dijkwaard', '--client-id', 'fout', '--secret', 'x', '--autorisaties', '[{"component": "zrc", "scopes": ["zaken.lezen"]}]'), 1);
      assert.match(lines.at(-1)!, /autorisaties\.0\.zaaktype: .* \(required\)/);
      assert.equal(await cli('zgw-client', 'create', '--gemeente', 'dijkwaard', '--client-id', 'fout', '--secret', 'x', '--autorisaties', '[]'), 1);
      assert.match(lines.at(-1)!, /missing-authorizations/);
      assert.equal(await cli('zgw-client', 'create', '--gemeente', 'dijkwaard', '--client-id', 'fout', '--secret', 'x', '--autorisaties', '{kapot'), 2);
      assert.equal(await cli('zgw-client', 'create', '--gemeente', 'dijkwaard', '--client-id', 'fout', '--secret', 'x', '--alle-rechten', '--autorisaties', '[]'), 2);
      assert.equal(await cli('zgw-client', 'create', '--gemeente', 'dijkwaard', '--client-id', 'fout', '--alle-rechten'), 2);
      assert.equal(await cli('zgw-client', 'create', '--gemeente', 'nergens', '--client-id', 'fout', '--secret', 'x', '--alle-rechten'), 1);

      assert.equal(await cli('zgw-client', 'list', '--gemeente', 'dijkwaard'), 0);
      const listed = lines.slice(-3);
      assert.ok(listed.includes('zaaksysteem\talle rechten\tZaaksysteem'), listed.join('\n'));
      assert.ok(listed.some((l) => l.startsWith('lezer\tzrc: zaken.lezen')));
      assert.ok(!lines.some((l) => l.startsWith('fout')));

      // The VNG test clients, in every municipality, twice (idempotent).
      assert.equal(await cli('zgw-test-clients'), 0);
      assert.equal(await cli('zgw-test-clients'), 0);
      const testLines = lines.slice(-4);
      assert.deepEqual(testLines.map((l) => l.split('\t').slice(0, 2).join(' ')).sort(), ['dijkwaard zgw_api_tests', 'dijkwaard zgw_api_tests_limited', 'heuvelrode zgw_api_tests', 'heuvelrode zgw_api_tests_limited']);
      assert.equal(await cli('zgw-test-clients', '--gemeente', 'dijkwaard'), 0);

      // What a client of the platform now sees, through the Autorisaties API.
      const stadhuis = await createStadhuis(loadConfig({ ...env, DEMO_SEED: 'false' }), { startJobs: false });
      try {
        const get = async (clientId: string, secret: string, url: string) => {
          const res = await stadhuis.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${await zgwToken(clientId, secret)}`, accept: 'application/json' } });
          return { status: res.statusCode, body: res.json() as any };
        };
        const all = await get('zgw_api_tests', 'secret', '/dijkwaard/autorisaties/api/v1/applicaties?clientIds=zgw_api_tests_limited');
        assert.equal(all.status, 200);
        assert.equal(all.body.count, 1, 'one application, however often the command ran');
        const [first] = all.body.results[0].autorisaties;
        assert.equal(first.component, 'zrc');
        assert.equal(first.maxVertrouwelijkheidaanduiding, 'openbaar');
        assert.ok(first.scopes.includes('zaken.lezen') && !first.scopes.includes('zaken.aanmaken'));
        assert.match(first.zaaktype, /^http:\/\/localhost:3000\/dijkwaard\/catalogi\/api\/v1\/zaaktypen\/[0-9a-f-]{36}$/);
        // The limited client signs with its own secret, and may not manage autorisaties.
        assert.equal((await get('zgw_api_tests_limited', 'secret_limited', '/dijkwaard/autorisaties/api/v1/applicaties')).status, 403);
        assert.equal((await get('zgw_api_tests_limited', 'niet-het-geheim', '/dijkwaard/autorisaties/api/v1/applicaties')).status, 401);
        assert.equal((await get('zgw_api_tests', 'secret', '/heuvelrode/autorisaties/api/v1/applicaties?clientIds=zgw_api_tests')).body.count, 1);
        const lezer = await get('zaaksysteem', 'geheim-zaaksysteem', '/dijkwaard/autorisaties/api/v1/applicaties/consumer?clientId=lezer');
        assert.equal(lezer.body.autorisaties[0].zaaktype, zrc[0]!.zaaktype);
      } finally {
        await stadhuis.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
