/**
 * Delivery of notifications to real HTTP subscribers, on a real database that is closed and opened
 * again (a PGlite folder, or a PostgreSQL database): the consumer contract, back-off per abonnement,
 * failed deliveries sent again, restarts between event and delivery, and filters. Short back-off
 * settings keep it fast; the module uses the platform's outbox worker (5 s doubling, at most an hour).
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { Sealer } from '../../platform/crypto/sealer.js';
import { rowsOf, type Database } from '../../platform/db/database.js';
import { Jobs, type JobsLogger } from '../../platform/jobs/index.js';
import { createTestTenant, reopenableDatabase, sleep, until, type ReopenableDatabase } from '../../platform/jobs/test-helpers.js';
import type { Tenant } from '../../platform/tenancy/tenants.js';
import { TenantRegistry } from '../../platform/tenancy/tenants.js';
import { engines, type Engine } from '../../platform/testing/harness.js';
import { loadContract } from '../zgw/core/contract.js';
import { afleveringOpnieuw, notificatiesOverzicht } from './beheer.js';
import { AFLEVERING_TOPIC, registerNotificatieDelivery, type DeliveryDeps } from './delivery.js';
import { comparable, groupMatches } from './filters.js';
import { notificatiesModule } from './index.js';
import { Subscriber } from './test-subscriber.js';
import { notify, zgwRef, type NotificatieInput } from './publish.js';
import { abonnementen, type FilterGroup } from './store.js';

const PUBLIC_URL = 'http://stadhuis.test';
const SYSTEM = { kind: 'system', process: 'test' } as const;



for (const engine of engines()) {
  describe(`notificaties: delivery to subscribers (${engine})`, () => {
    let store: ReopenableDatabase;
    let database: Database;
    const subscriber = new Subscriber();
    const sealer = new Sealer(randomBytes(32).toString('hex'));
    const started: Jobs[] = [];
    const logged: string[] = [];
    let counter = 0;

    const log: JobsLogger = { info: (o, m) => logged.push(`${m} ${JSON.stringify(o)}`), warn: (o, m) => logged.push(`${m} ${JSON.stringify(o)}`), error: (o, m) => logged.push(`${m} ${JSON.stringify(o)}`) };
    const deps = (): DeliveryDeps => ({ database, sealer, config: { publicUrl: PUBLIC_URL }, tenants: new TenantRegistry(database, 0) });
    function worker(maxAttempts = 4): Jobs {
      const jobs = new Jobs(database, { baseDelayMs: 60, maxDelayMs: 500, concurrency: 4, log });
      registerNotificatieDelivery(jobs, deps(), { maxAttempts, timeoutMs: 2000 });
      started.push(jobs);
      return jobs;
    }
    async function tenant(): Promise<Tenant> {
      return createTestTenant(database, `meldorp${++counter}${randomBytes(2).toString('hex')}`);
    }
    async function subscribe(t: Tenant, hook: string, kanalen: FilterGroup[]): Promise<string> {
      const created = await database.withTenant(t.id, (tx) => abonnementen.create(tx, sealer, { callbackUrl: `${subscriber.url}${hook}`, auth: `Bearer geheim${hook}`, kanalen, aangemaaktDoor: 'test' }));
      return created.id;
    }
    const zaakNotificatie = (zaakId: string, kenmerken: Record<string, string> = {}): NotificatieInput => ({
      kanaal: 'zaken', hoofdObject: zgwRef('zaken', 'zaken', zaakId), resource: 'zaak', resourceUrl: zgwRef('zaken', 'zaken', zaakId), actie: 'create',
      kenmerken: { bronorganisatie: '002990003', zaaktype: zgwRef('catalogi', 'zaaktypen', '11111111-1111-4111-8111-111111111111'), vertrouwelijkheidaanduiding: 'openbaar', ...kenmerken },
    });

    before(async () => {
      store = await reopenableDatabase(engine, { modules: [notificatiesModule] });
      database = await store.open();
      await subscriber.start();
    });
    after(async () => {
      for (const jobs of started) await jobs.stop();
      await database?.close();
      await store?.destroy();
      await subscriber.close();
    });

    it('delivers a committed notification once, as the consumer contract says, with absolute URLs and the abonnement’s Authorization', async () => {
      const t = await tenant();
      await subscribe(t, '/contract', [{ naam: 'zaken', filters: {} }]);
      const jobs = worker();
      const zaakId = randomUUID();
      await database.withTenant(t.id, (tx) => notify(tx, zaakNotificatie(zaakId)));
      // A change that is rolled back notifies nobody.
      await assert.rejects(database.withTenant(t.id, async (tx) => {
        await notify(tx, zaakNotificatie(randomUUID()));
        throw new Error('wijziging mislukt');
      }), /wijziging mislukt/);
      await jobs.runDue();
      await jobs.runDue();
      assert.equal(subscriber.count('/contract'), 1);
      const { body, headers } = subscriber.received.get('/contract')![0]!;
      loadContract('notificaties-consumer').assertRequest('post', '/{webhooks_path}', body);
      assert.deepEqual(Object.keys(body).sort(), ['aanmaakdatum', 'actie', 'hoofdObject', 'kanaal', 'kenmerken', 'resource', 'resourceUrl']);
      const root = `${PUBLIC_URL}/${t.slug}`;
      assert.equal(body.hoofdObject, `${root}/zaken/api/v1/zaken/${zaakId}`);
      assert.equal(body.resourceUrl, `${root}/zaken/api/v1/zaken/${zaakId}`);
      assert.deepEqual(body.kenmerken, { bronorganisatie: '002990003', zaaktype: `${root}/catalogi/api/v1/zaaktypen/11111111-1111-4111-8111-111111111111`, vertrouwelijkheidaanduiding: 'openbaar' });
      assert.equal(body.kanaal, 'zaken');
      assert.ok(Date.now() - Date.parse(String(body.aanmaakdatum)) < 60_000);
      assert.match(String(headers['content-type']), /^application\/json/);
      const overzicht = await notificatiesOverzicht({ database, jobs }, t.id, SYSTEM);
      assert.deepEqual(overzicht.afleveringen.map((a) => [a.stand.kind, a.attempts, a.resource, a.actie]), [['delivered', 1, 'zaak', 'create']]);
      assert.equal(await afleveringOpnieuw({ database, jobs }, t.id, SYSTEM, overzicht.afleveringen[0]!.id), false, 'a delivered notification is not sent again');
    });

    it('retries an abonnement whose subscriber is down with growing pauses, without repeating the others', async () => {
      const t = await tenant();
      await subscribe(t, '/stuk', [{ naam: 'zaken', filters: {} }]);
      await subscribe(t, '/heel', [{ naam: 'zaken', filters: {} }]);
      subscriber.down.add('/stuk');
      const jobs = worker(10);
      await database.withTenant(t.id, (tx) => notify(tx, zaakNotificatie(randomUUID())));
      await jobs.runDue();
      assert.equal(subscriber.count('/heel'), 1);
      assert.equal(subscriber.count('/stuk'), 0);
      // Each pause follows from the attempts so far: 60 ms · 2^(attempts−1), ±20 % jitter.
      const pauses = new Map<number, number>();
      await until(async () => {
        const [pending] = await jobs.listDeliveries({ topic: AFLEVERING_TOPIC, tenantId: t.id, status: 'pending' });
        assert.ok(pending, 'still pending');
        assert.match(pending.lastError ?? '', /HTTP 503: onderhoud/);
        pauses.set(pending.attempts, pending.nextAttemptAt!.getTime() - pending.updatedAt.getTime());
        if (pauses.size >= 3) return true;
        await sleep(20);
        await jobs.runDue();
        return false;
      }, 10_000, 'three failed attempts');
      for (const [attempts, pause] of pauses) {
        const expected = Math.min(60 * 2 ** (attempts - 1), 500);
        assert.ok(pause >= expected * 0.8 - 5 && pause <= expected * 1.2 + 5, `pause after attempt ${attempts} about ${expected} ms, was ${pause}`);
      }
      assert.equal(subscriber.count('/heel'), 1, 'the other abonnement is not retried');
      const overzicht = await notificatiesOverzicht({ database, jobs }, t.id, SYSTEM);
      const stuk = overzicht.afleveringen.find((a) => a.callbackUrl.endsWith('/stuk'))!;
      assert.equal(stuk.stand.kind, 'pending');
      assert.equal(stuk.lastError, 'HTTP 503: onderhoud');

      subscriber.down.delete('/stuk');
      await until(async () => { await jobs.runDue(); return subscriber.count('/stuk') === 1; }, 5000, 'delivered after the subscriber came back');
      await sleep(100);
      await jobs.runDue();
      assert.equal(subscriber.count('/stuk'), 1, 'exactly once');
      assert.equal(subscriber.count('/heel'), 1, 'the other abonnement got it once');
    });

    it('marks a delivery failed after its last attempt, shows why, and delivers it once when sent again', async () => {
      const t = await tenant();
      await subscribe(t, '/kapot', [{ naam: 'zaken', filters: {} }]);
      subscriber.down.add('/kapot');
      const jobs = worker(3);
      await database.withTenant(t.id, (tx) => notify(tx, zaakNotificatie(randomUUID())));
      await until(async () => {
        await jobs.runDue();
        return (await notificatiesOverzicht({ database, jobs }, t.id, SYSTEM)).afleveringen[0]?.stand.kind === 'failed';
      }, 10_000, 'failed');
      const [failed] = (await notificatiesOverzicht({ database, jobs }, t.id, SYSTEM)).afleveringen;
      assert.deepEqual(failed!.stand, { kind: 'failed', attempts: 3, error: 'HTTP 503: onderhoud' });
      await sleep(600);
      assert.equal(await jobs.runDue(), 0, 'a failed delivery is not tried again by itself');

      subscriber.down.delete('/kapot');
      assert.equal(await afleveringOpnieuw({ database, jobs }, t.id, SYSTEM, failed!.id), true);
      assert.equal(await afleveringOpnieuw({ database, jobs }, t.id, SYSTEM, randomUUID()), undefined, 'unknown');
      await jobs.runDue();
      assert.equal(subscriber.count('/kapot'), 1);
      const [done] = (await notificatiesOverzicht({ database, jobs }, t.id, SYSTEM)).afleveringen;
      assert.equal(done!.stand.kind, 'delivered');
      assert.equal(done!.attempts, 4, 'every attempt counted');
      // Another municipality cannot send it again.
      const other = await tenant();
      assert.equal(await afleveringOpnieuw({ database, jobs }, other.id, SYSTEM, failed!.id), undefined);
      await assert.rejects(notificatiesOverzicht({ database, jobs }, t.id, { kind: 'resident', identity: { kind: 'resident', bsn: '999990007', level: 'substantieel', method: 'digid' } } as never), /geen toegang/);
    });

    it('loses nothing when the platform restarts between the change and the delivery, and delivers each notification once', async () => {
      const t = await tenant();
      await subscribe(t, '/herstart', [{ naam: 'zaken', filters: {} }]);
      const eerste = randomUUID();
      const tweede = randomUUID();
      // 1. Committed while no worker runs; the platform stops before anything was fanned out.
      await database.withTenant(t.id, (tx) => notify(tx, zaakNotificatie(eerste)));
      for (const jobs of started.splice(0)) await jobs.stop();
      await database.close();
      database = await store.open();
      let jobs = worker();
      await jobs.runDue();
      assert.deepEqual(subscriber.received.get('/herstart')!.map((r) => r.body.resourceUrl), [`${PUBLIC_URL}/${t.slug}/zaken/api/v1/zaken/${eerste}`]);

      // 2. The subscriber is down; after a failed attempt the platform stops, then starts again.
      subscriber.down.add('/herstart');
      await database.withTenant(t.id, (tx) => notify(tx, zaakNotificatie(tweede)));
      await jobs.runDue();
      assert.equal((await jobs.listDeliveries({ topic: AFLEVERING_TOPIC, tenantId: t.id, status: 'pending' })).length, 1);
      for (const j of started.splice(0)) await j.stop();
      await database.close();
      database = await store.open();
      subscriber.down.delete('/herstart');
      jobs = worker();
      await jobs.start();
      await until(() => subscriber.count('/herstart') === 2, 10_000, 'second notification after the restart');
      await sleep(300);
      await jobs.stop();
      await jobs.runDue();
      assert.deepEqual(subscriber.received.get('/herstart')!.map((r) => String(r.body.resourceUrl).split('/').pop()), [eerste, tweede], 'each exactly once');
    });

    it('sends a notification only to the abonnementen whose filters match its kenmerken', async () => {
      const t = await tenant();
      const zaaktype = '11111111-1111-4111-8111-111111111111';
      // The zaaktype as a subscriber writes it: in the host form of the URL.
      await subscribe(t, '/f-bron', [{ naam: 'zaken', filters: { bronorganisatie: '002990003' } }]);
      await subscribe(t, '/f-andere-bron', [{ naam: 'zaken', filters: { bronorganisatie: '123456782' } }]);
      await subscribe(t, '/f-zaaktype', [{ naam: 'zaken', filters: { zaaktype: `https://${t.slug}.stadhuis.nl/catalogi/api/v1/zaaktypen/${zaaktype}`, vertrouwelijkheidaanduiding: '*' } }]);
      await subscribe(t, '/f-documenten', [{ naam: 'documenten', filters: {} }]);
      await subscribe(t, '/f-tweede-groep', [{ naam: 'zaken', filters: { vertrouwelijkheidaanduiding: 'geheim' } }, { naam: 'zaken', filters: { vertrouwelijkheidaanduiding: 'openbaar' } }]);
      const jobs = worker();
      await database.withTenant(t.id, (tx) => notify(tx, zaakNotificatie(randomUUID())));
      await database.withTenant(t.id, (tx) => notify(tx, zaakNotificatie(randomUUID(), { vertrouwelijkheidaanduiding: 'vertrouwelijk' })));
      await jobs.runDue();
      assert.equal(subscriber.count('/f-bron'), 2);
      assert.equal(subscriber.count('/f-andere-bron'), 0);
      assert.equal(subscriber.count('/f-zaaktype'), 2);
      assert.equal(subscriber.count('/f-documenten'), 0);
      assert.equal(subscriber.count('/f-tweede-groep'), 1, 'one of its groups matches the openbare zaak only');
    });

    it('keeps the Authorization value out of the outbox, the logs and the recorded errors', async () => {
      const t = await tenant();
      await subscribe(t, '/geheim-blijft', [{ naam: 'zaken', filters: {} }]);
      subscriber.down.add('/geheim-blijft');
      const jobs = worker(1);
      await database.withTenant(t.id, (tx) => notify(tx, zaakNotificatie(randomUUID())));
      await jobs.runDue();
      const secret = 'geheim/geheim-blijft';
      const stored = await database.withTenant(t.id, (tx) => rowsOf<{ text: string }>(tx, sql`
        SELECT (SELECT string_agg(auth_sealed || kanalen::text, ' ') FROM notificaties_abonnementen)
          || (SELECT string_agg(bericht::text || coalesce(last_error, ''), ' ') FROM notificaties_afleveringen) AS text`));
      const outbox = await database.withPlatform((tx) => rowsOf<{ text: string }>(tx, sql`SELECT string_agg(payload::text, ' ') AS text FROM outbox_events`));
      const failures = await jobs.listDeliveries({ topic: AFLEVERING_TOPIC, tenantId: t.id });
      assert.ok(failures.length === 1 && failures[0]!.status === 'failed');
      for (const [where, text] of [['tables', stored[0]!.text], ['outbox', outbox[0]!.text], ['logs', logged.join('\n')], ['errors', failures.map((f) => f.lastError).join('\n')]] as const) {
        assert.ok(!text.includes(secret), `${where} hold the Authorization value`);
      }
      assert.ok(logged.some((l) => l.includes('HTTP 503')), 'the failure itself is logged');
    });

    it('compares URLs of this municipality in either form, and ignores filters on kenmerken a notification lacks', () => {
      const id = '11111111-1111-4111-8111-111111111111';
      const ref = zgwRef('catalogi', 'zaaktypen', id);
      assert.equal(comparable(`https://dijkwaard.example.nl/catalogi/api/v1/zaaktypen/${id}`, 'dijkwaard'), ref);
      assert.equal(comparable(`http://localhost:3000/dijkwaard/catalogi/api/v1/zaaktypen/${id}/`, 'dijkwaard'), ref);
      assert.notEqual(comparable(`http://localhost:3000/heuvelrode/catalogi/api/v1/zaaktypen/${id}`, 'dijkwaard'), ref, 'another municipality');
      assert.equal(comparable('002990003', 'dijkwaard'), '002990003');
      const kenmerken = { bronorganisatie: '002990003', zaaktype: ref };
      assert.ok(groupMatches({ naam: 'zaken', filters: { onbekend: 'x' } }, 'zaken', kenmerken, 'dijkwaard'));
      assert.ok(groupMatches({ naam: 'zaken', filters: { zaaktype: `http://x/dijkwaard/catalogi/api/v1/zaaktypen/${id}` } }, 'zaken', kenmerken, 'dijkwaard'));
      assert.ok(!groupMatches({ naam: 'zaken', filters: { bronorganisatie: '123456782' } }, 'zaken', kenmerken, 'dijkwaard'));
      assert.ok(!groupMatches({ naam: 'documenten', filters: {} }, 'zaken', kenmerken, 'dijkwaard'));
    });
  });
}
