import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { demoMunicipalities } from '../demo/municipalities.js';
import { createStadhuis } from '../platform/bootstrap.js';
import { loadConfig } from '../platform/config/config.js';
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
