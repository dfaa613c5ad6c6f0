import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs with no variables at all: PGlite in ./data, port 3000, Dutch demo', () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    assert.equal(config.port, 3000);
    assert.equal(config.databaseUrl, undefined);
    assert.match(config.dataDir, /data$/);
    assert.equal(config.demoSeed, true);
  });

  it('names every bad variable and what is allowed, all at once', () => {
    assert.throws(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', DEMO_SEED: 'misschien' }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems.length, 4);
      assert.match(error.message, /PORT="abc" moet een geheel getal zijn/);
      assert.match(error.message, /DATABASE_URL moet beginnen met postgres:\/\//);
      assert.match(error.message, /LOG_LEVEL="loud" is niet toegestaan; kies uit: fatal, error/);
      assert.match(error.message, /DEMO_SEED="misschien" moet true of false zijn/);
      return true;
    });
  });

  it('refuses to run in production without secrets, and never with weak ones', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /SESSION_SECRET is verplicht.*\n- PROCESSING_LOG_KEY is verplicht.*\n- DATA_ENCRYPTION_KEY is verplicht/s);
    assert.throws(() => loadConfig({ SESSION_SECRET: 'kort' }), /SESSION_SECRET moet minstens 32 tekens/);
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /OIDC_ISSUER is verplicht.*\n- OIDC_CLIENT_SECRET is verplicht/s);
    const prod = loadConfig({
      NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), PROCESSING_LOG_KEY: 'y'.repeat(40), DATA_ENCRYPTION_KEY: 'z'.repeat(40),
      OIDC_ISSUER: 'https://broker.example.nl', OIDC_CLIENT_SECRET: 'geheim',
    });
    assert.equal(prod.oidc.issuer, 'https://broker.example.nl');
    assert.equal(prod.demoSeed, false, 'no demo data in production unless asked for');
  });
});
