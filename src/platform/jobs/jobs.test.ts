import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database } from '../db/database.js';
import type { Tenant } from '../tenancy/tenants.js';
import { engines } from '../testing/harness.js';
import { Jobs, publish, retryDelayMs, type OutboxEvent } from './index.js';
import { rows } from './outbox.js';
import { createTestTenant, reopenableDatabase, sleep, until, type ReopenableDatabase } from './test-helpers.js';

for (const engine of engines()) {
  describe(`jobs and events: transactional outbox (${engine})`, () => {
    let store: ReopenableDatabase;
    let database: Database;
    let tenant: Tenant;
    let other: Tenant;
    const started: Jobs[] = [];
    let topicCounter = 0;
    /** A topic of its own per test, so tests do not see each other's events. */
    const freshTopic = () => `test.topic-${++topicCounter}`;

    before(async () => {
      store = await reopenableDatabase(engine);
      database = await store.open();
      tenant = await createTestTenant(database, 'jobdorp');
      other = await createTestTenant(database, 'anderdorp');
    });
    after(async () => {
      for (const jobs of started) await jobs.stop();
      await database?.close();
      await store?.destroy();
    });

    function jobs(options: ConstructorParameters<typeof Jobs>[1] = {}, db = database): Jobs {
      const instance = new Jobs(db, { concurrency: 4, ...options });
      started.push(instance);
      return instance;
    }

    it('delivers nothing for an event published in a transaction that rolled back', async () => {
      const topic = freshTopic();
      const seen: OutboxEvent[] = [];
      const worker = jobs().on(topic, 'collect', async (event) => { seen.push(event); });
      await assert.rejects(database.withTenant(tenant.id, async (tx) => {
        await publish(tx, { tenantId: tenant.id, topic, payload: { zaakId: 'z1' } });
        throw new Error('business change failed');
      }), /business change failed/);
      assert.equal(await worker.runDue(), 0);
      assert.deepEqual(seen, []);
      const left = await database.withPlatform(async (tx) => rows<{ n: number }>(await tx.execute(sql`SELECT count(*)::int AS n FROM outbox_events WHERE topic = ${topic}`)));
      assert.equal(left[0]!.n, 0, 'no event row either');
    });

    it('delivers a committed event once to each handler of its topic, and a repeated key adds nothing', async () => {
      const topic = freshTopic();
      const calls: Record<string, OutboxEvent[]> = { audit: [], notify: [] };
      const worker = jobs()
        .on(topic, 'audit', async (event) => { calls.audit!.push(event); })
        .on(topic, 'notify', async (event) => { calls.notify!.push(event); })
        .on(freshTopic(), 'unrelated', async () => { assert.fail('another topic'); });
      const [first, again] = await database.withTenant(tenant.id, async (tx) => [
        await publish(tx, { tenantId: tenant.id, topic, payload: { zaakId: 'z-123' }, key: 'z-123' }),
        await publish(tx, { tenantId: tenant.id, topic, payload: { zaakId: 'z-123' }, key: 'z-123' }),
      ]);
      assert.equal(again, first, 'the same key gives the same event');
      const sameKeyLater = await database.withTenant(tenant.id, (tx) => publish(tx, { tenantId: tenant.id, topic, payload: {}, key: 'z-123' }));
      assert.equal(sameKeyLater, first);
      // The same key in another municipality is another event.
      const elsewhere = await database.withTenant(other.id, (tx) => publish(tx, { tenantId: other.id, topic, payload: { zaakId: 'z-9' }, key: 'z-123' }));
      assert.notEqual(elsewhere, first);

      assert.equal(await worker.runDue(), 4);
      assert.equal(await worker.runDue(), 0, 'nothing twice');
      for (const name of ['audit', 'notify']) {
        assert.deepEqual(calls[name]!.map((e) => [e.id, e.tenantId, e.payload.zaakId]).sort(), [[first, tenant.id, 'z-123'], [elsewhere, other.id, 'z-9']].sort());
        assert.ok(calls[name]!.every((e) => e.attempt === 1 && e.topic === topic));
      }
      const deliveries = await worker.listDeliveries({ topic });
      assert.equal(deliveries.length, 4);
      assert.ok(deliveries.every((d) => d.status === 'done' && d.attempts === 1 && d.completedAt && d.nextAttemptAt === null));
    });

    it('refuses to publish for another municipality inside a municipality’s transaction', async () => {
      await assert.rejects(database.withTenant(tenant.id, (tx) => publish(tx, { tenantId: other.id, topic: freshTopic(), payload: {} })),
        (error: Error) => /another municipality/.test(`${error.message} ${(error.cause as Error | undefined)?.message}`));
      await assert.rejects(database.withTenant(tenant.id, (tx) => publish(tx, { tenantId: tenant.id, topic: 'Geen Topic', payload: {} })), /ongeldig topic/);
    });

    it('retries a failing handler with growing pauses until it succeeds', async () => {
      const topic = freshTopic();
      let calls = 0;
      const worker = jobs({ baseDelayMs: 1000, maxDelayMs: 10_000 }).on(topic, 'flaky', async () => {
        calls++;
        if (calls < 3) throw new Error(`SMTP down (${calls})`);
      });
      await database.withTenant(tenant.id, (tx) => publish(tx, { tenantId: tenant.id, topic, payload: {} }));

      assert.equal(await worker.runDue(), 1);
      let [delivery] = await worker.listDeliveries({ topic });
      assert.equal(delivery!.status, 'pending');
      assert.equal(delivery!.attempts, 1);
      assert.equal(delivery!.lastError, 'Error: SMTP down (1)');
      const firstPause = delivery!.nextAttemptAt!.getTime() - delivery!.updatedAt.getTime();
      assert.ok(firstPause >= 800 && firstPause <= 1200, `first pause about 1 s ±20 %, was ${firstPause}`);
      assert.equal(await worker.runDue(), 0, 'not due yet');

      await until(async () => (await worker.runDue()) === 1, 10_000, 'second attempt');
      [delivery] = await worker.listDeliveries({ topic });
      assert.equal(delivery!.attempts, 2);
      const secondPause = delivery!.nextAttemptAt!.getTime() - delivery!.updatedAt.getTime();
      assert.ok(secondPause >= 1600 && secondPause <= 2400, `second pause about 2 s ±20 %, was ${secondPause}`);

      await until(async () => (await worker.runDue()) === 1, 10_000, 'third attempt');
      [delivery] = await worker.listDeliveries({ topic });
      assert.equal(delivery!.status, 'done');
      assert.equal(delivery!.attempts, 3);
      assert.equal(delivery!.lastError, null);
      assert.equal(calls, 3);
    });

    it('computes the back-off as 5 s, 10 s, 20 s … with jitter, capped at an hour', () => {
      const settings = { baseDelayMs: 5000, maxDelayMs: 3_600_000 };
      assert.deepEqual([1, 2, 3, 4].map((a) => retryDelayMs(a, settings, () => 0.5)), [5000, 10_000, 20_000, 40_000]);
      assert.equal(retryDelayMs(20, settings, () => 1), 3_600_000, 'never more than the cap');
      assert.equal(retryDelayMs(1, settings, () => 0), 4000, '−20 %');
      assert.equal(retryDelayMs(1, settings, () => 1), 6000, '+20 %');
    });

    it('marks a delivery failed after its last attempt, keeps it visible, and retries it on request', async () => {
      const topic = freshTopic();
      let healthy = false;
      let calls = 0;
      const worker = jobs({ baseDelayMs: 20, maxDelayMs: 50, maxAttempts: 3 }).on(topic, 'fragile', async () => {
        calls++;
        if (!healthy) throw new Error('ontvanger onbereikbaar');
      });
      const eventId = await database.withTenant(tenant.id, (tx) => publish(tx, { tenantId: tenant.id, topic, payload: { n: 1 } }));
      await until(async () => {
        await worker.runDue();
        return (await worker.listDeliveries({ topic }))[0]?.status === 'failed';
      }, 15_000, 'failed');
      assert.equal(calls, 3, 'exactly maxAttempts tries');
      const [failed] = await worker.listDeliveries({ status: 'failed', tenantId: tenant.id, topic });
      assert.equal(failed!.eventId, eventId);
      assert.equal(failed!.attempts, 3);
      assert.equal(failed!.lastError, 'Error: ontvanger onbereikbaar');
      assert.equal(failed!.handler, 'fragile');
      assert.deepEqual(await worker.deliveryCounts({ topic }), { pending: 0, running: 0, done: 0, failed: 1 });
      await sleep(80);
      assert.equal(await worker.runDue(), 0, 'a failed delivery is not tried again by itself');

      healthy = true;
      assert.equal(await worker.retry(failed!.id), true);
      assert.equal(await worker.runDue(), 1);
      const [done] = await worker.listDeliveries({ topic });
      assert.equal(done!.status, 'done');
      assert.equal(done!.attempts, 1, 'a retry starts a fresh count');
      assert.equal(await worker.retry(done!.id), false, 'a done delivery is not retried');
      assert.equal(await worker.retry('not-a-uuid'), false);
    });

    it('never runs one delivery on two workers at the same time', async () => {
      const topic = freshTopic();
      // Two workers, each on its own connection pool when on PostgreSQL (like two nodes).
      const second = engine === 'postgres' ? await store.open() : database;
      try {
        const running = new Map<string, number>();
        const ran: { event: string; worker: string }[] = [];
        let overlap = 0;
        const handler = (worker: string) => async (event: OutboxEvent) => {
          const now = (running.get(event.deliveryId) ?? 0) + 1;
          running.set(event.deliveryId, now);
          if (now > 1) overlap++;
          await sleep(5);
          ran.push({ event: event.id, worker });
          running.set(event.deliveryId, now - 1);
        };
        const a = jobs({ pollIntervalMs: 50 }).on(topic, 'once', handler('a'));
        const b = jobs({ pollIntervalMs: 50 }, second).on(topic, 'once', handler('b'));
        await Promise.all([a.start(), b.start()]);
        const ids: string[] = [];
        for (let batch = 0; batch < 4; batch++) {
          ids.push(...await database.withTenant(tenant.id, async (tx) => {
            const list: string[] = [];
            for (let i = 0; i < 10; i++) list.push(await publish(tx, { tenantId: tenant.id, topic, payload: { i } }));
            return list;
          }));
        }
        await until(() => ran.length >= ids.length, 30_000, 'all deliveries');
        await sleep(150);
        assert.equal(overlap, 0, 'no delivery ran twice at once');
        assert.equal(ran.length, ids.length, 'each delivery ran exactly once');
        assert.deepEqual(new Set(ran.map((r) => r.event)), new Set(ids));
        if (engine === 'postgres') assert.ok(ran.some((r) => r.worker === 'a') && ran.some((r) => r.worker === 'b'), 'both workers took work');
        await a.stop();
        await b.stop();
      } finally {
        if (second !== database) await second.close();
      }
    });

    it('wakes a started worker by NOTIFY at commit, without waiting for the poll', async () => {
      const topic = freshTopic();
      const seen: number[] = [];
      const worker = jobs({ pollIntervalMs: 60_000 }).on(topic, 'fast', async () => { seen.push(Date.now()); });
      await worker.start();
      await sleep(50); // the first pass at start is over
      const committed = await database.withTenant(tenant.id, async (tx) => {
        await publish(tx, { tenantId: tenant.id, topic, payload: {} });
        await sleep(200);
        assert.deepEqual(seen, [], 'not before commit');
        return Date.now();
      });
      await until(() => seen.length === 1, 15_000, 'delivery after NOTIFY');
      // The poll would take a minute: anything well under that was the NOTIFY.
      assert.ok(seen[0]! - committed < 15_000, `delivered ${seen[0]! - committed} ms after commit`);
      await worker.stop();
    });

    if (engine === 'postgres') {
      it('keeps listening after the LISTEN connection breaks', async () => {
        let notified = 0;
        const stop = await database.listen('stadhuis_test_channel', () => { notified++; });
        const admin = new pg.Client({ connectionString: store.url });
        await admin.connect();
        try {
          await admin.query(`NOTIFY stadhuis_test_channel`);
          await until(() => notified === 1, 10_000, 'first notification');
          const killed = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND query = 'LISTEN stadhuis_test_channel'`);
          assert.equal(killed.rowCount, 1, 'the listening connection was found and ended');
          await until(() => notified === 2, 15_000, 'a wake-up after reconnecting');
          await admin.query(`NOTIFY stadhuis_test_channel`);
          await until(() => notified === 3, 10_000, 'notifications after reconnecting');
        } finally {
          await admin.end();
          await stop();
        }
      });
    }

    it('holds a delayed job until its time', async () => {
      const topic = freshTopic();
      const seen: OutboxEvent[] = [];
      const worker = jobs().on(topic, 'reminder', async (event) => { seen.push(event); });
      const at = new Date(Date.now() + 2000);
      await database.withTenant(tenant.id, (tx) => publish(tx, { tenantId: tenant.id, topic, payload: { deadline: 'x' }, availableAt: at }));
      assert.equal(await worker.runDue(), 0);
      await until(async () => (await worker.runDue()) === 1, 10_000, 'delayed job');
      assert.ok(Date.now() >= at.getTime());
      assert.equal(seen[0]!.availableAt.getTime(), at.getTime());
    });

    it('loses nothing across a restart between publish and delivery, also for a handler that is new after the restart', async () => {
      const topic = freshTopic();
      await database.withTenant(tenant.id, (tx) => publish(tx, { tenantId: tenant.id, topic, payload: { zaakId: 'z-restart' } }));
      // "The process stops" before any worker ran.
      for (const j of started.splice(0)) await j.stop();
      await database.close();
      database = await store.open();
      const seen: string[] = [];
      const worker = jobs({ pollIntervalMs: 60_000 })
        .on(topic, 'existing', async (e) => { seen.push(`existing:${String(e.payload.zaakId)}`); })
        .on(topic, 'new-in-this-release', async (e) => { seen.push(`new:${String(e.payload.zaakId)}`); });
      await worker.start();
      await until(() => seen.length === 2, 15_000, 'deliveries after restart');
      assert.deepEqual(seen.sort(), ['existing:z-restart', 'new:z-restart']);
      await worker.stop();
    });

    it('gives a delivery whose worker died mid-run to another worker when its lease expires', async () => {
      const topic = freshTopic();
      let firstStarted = false;
      const crashed = jobs({ leaseMs: 2000, stopTimeoutMs: 10, pollIntervalMs: 60_000 }).on(topic, 'work', async () => {
        firstStarted = true;
        await new Promise(() => {}); // hangs: the process "dies" with it
      });
      await crashed.start();
      await database.withTenant(tenant.id, (tx) => publish(tx, { tenantId: tenant.id, topic, payload: {} }));
      await until(() => firstStarted, 10_000, 'first worker took it');
      await crashed.stop(); // gives up waiting; its lease is no longer extended
      const seen: number[] = [];
      const survivor = jobs().on(topic, 'work', async (event) => { seen.push(event.attempt); });
      assert.equal(await survivor.runDue(), 0, 'still leased');
      await until(async () => (await survivor.runDue()) === 1, 10_000, 'taken over after the lease');
      assert.deepEqual(seen, [2], 'the second attempt');
    });

    it('removes done events after the retention period and keeps failed deliveries', async () => {
      const topic = freshTopic();
      const worker = jobs({ maxAttempts: 1 }).on(topic, 'maybe', async (event) => {
        if (event.payload.fail) throw new Error('kapot');
      });
      await database.withTenant(tenant.id, async (tx) => {
        await publish(tx, { tenantId: tenant.id, topic, payload: {} });
        await publish(tx, { tenantId: tenant.id, topic, payload: { fail: true } });
      });
      assert.equal(await worker.runDue(), 2);
      await sleep(20);
      assert.ok(await worker.purgeCompleted(0) >= 1);
      assert.deepEqual((await worker.listDeliveries({ topic })).map((d) => d.status), ['failed']);
    });
  });
}
