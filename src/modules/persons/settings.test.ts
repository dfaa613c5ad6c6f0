import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '../../platform/config/config.js';
import { DEV_BRP_API_KEY, DEV_KVK_API_KEY, loadPersonsSettings } from './settings.js';

function problems(env: Record<string, string>, nodeEnv: 'development' | 'production' = 'development'): string[] {
  try {
    loadPersonsSettings(env, nodeEnv);
    return [];
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems;
  }
}

describe('persons settings (BRP_ and KVK_ environment variables)', () => {
  it('defaults to the embedded registers with their dev keys outside production', () => {
    const settings = loadPersonsSettings({}, 'development');
    assert.equal(settings.embeddedRegisters, true);
    assert.equal(settings.brp.baseUrl, undefined);
    assert.deepEqual([settings.brp.apiKey, settings.brp.apiKeyHeader, settings.kvk.apiKey, settings.kvk.apiKeyHeader], [DEV_BRP_API_KEY, 'X-Api-Key', DEV_KVK_API_KEY, 'apikey']);
    assert.deepEqual(settings.embedded, { brpApiKey: DEV_BRP_API_KEY, brpApiKeyHeader: 'X-Api-Key', kvkApiKey: DEV_KVK_API_KEY });
    assert.equal(settings.brp.timeoutMs, 5000);
  });

  it('takes real registers with their keys, without trailing slash', () => {
    const settings = loadPersonsSettings({
      BRP_API_URL: 'https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp/', BRP_API_KEY: 'geheim', BRP_API_KEY_HEADER: 'x-api-key',
      KVK_API_URL: 'https://api.kvk.nl/test/api', KVK_API_KEY: 'ook-geheim', REGISTER_TIMEOUT_MS: '8000',
    }, 'production');
    assert.equal(settings.embeddedRegisters, false);
    assert.equal(settings.brp.baseUrl, 'https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp');
    assert.deepEqual([settings.brp.apiKey, settings.brp.apiKeyHeader, settings.kvk.apiKey, settings.kvk.timeoutMs], ['geheim', 'x-api-key', 'ook-geheim', 8000]);
  });

  it('names every wrong variable', () => {
    assert.deepEqual(problems({}, 'production'), [
      'BRP_API_URL is verplicht: de ingebouwde test-BRP staat uit (NODE_ENV=production of EMBEDDED_REGISTERS=false)',
      'KVK_API_URL is verplicht: de ingebouwde test-KVK staat uit (NODE_ENV=production of EMBEDDED_REGISTERS=false)',
    ]);
    const found = problems({ BRP_API_URL: 'ftp://brp', KVK_API_URL: 'https://api.kvk.nl/api', REGISTER_TIMEOUT_MS: '10', EMBEDDED_REGISTERS: 'misschien', BRP_API_KEY_HEADER: 'X Api' });
    assert.ok(found.some((p) => p.startsWith('BRP_API_URL moet een http(s)-URL zijn')));
    assert.ok(found.includes('KVK_API_KEY is verplicht als KVK_API_URL is ingesteld'));
    assert.ok(found.some((p) => p.startsWith('REGISTER_TIMEOUT_MS="10"')));
    assert.ok(found.some((p) => p.startsWith('EMBEDDED_REGISTERS="misschien"')));
    assert.ok(found.some((p) => p.startsWith('BRP_API_KEY_HEADER="X Api"')));
    assert.ok(problems({ BRP_API_URL: 'http://brp.example.nl', BRP_API_KEY: 'k', KVK_API_URL: 'https://kvk.example.nl', KVK_API_KEY: 'k' }, 'production')
      .includes('BRP_API_URL moet https gebruiken als NODE_ENV=production'));
  });

  it('serves the embedded registers in production only when asked to', () => {
    assert.equal(loadPersonsSettings({ EMBEDDED_REGISTERS: 'true' }, 'production').embeddedRegisters, true);
  });
});
