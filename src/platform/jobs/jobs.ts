/**
 * The worker of the transactional outbox: delivers every committed event to each handler that
 * subscribed to its topic, at least once, with retries.
 *
 * How an event travels:
 * 1. `publish(tx, …)` writes it in the business transaction and NOTIFYs `stadhuis_outbox`.
 * 2. At commit a worker wakes (LISTEN; a poll every few seconds catches retries that became due,
 *    delayed jobs and notifications that were missed) and *dispatches* the event: it creates one
 *    delivery per subscribed handler (`outbox_deliveries`, unique per event and handler).
 * 3. Workers *claim* due deliveries with `FOR UPDATE SKIP LOCKED` and a lease, run the handler
 *    outside any transaction, and mark the delivery done, or pending again after a back-off, or
 *    failed after the last attempt (kept, visible in `listDeliveries`, re-triable with `retry`).
 *
 * Why deliveries are made by the worker and not at publish time: `publish` only has the caller's
 * transaction and cannot know which handlers exist (the publishing node may run other code than
 * the worker nodes, e.g. during a rolling upgrade). The handlers are recorded in
 * `outbox_subscriptions` when a worker starts, and that table outlives restarts: an event that
 * was committed while no worker ran is still undispatched when one starts, and is then fanned out
 * to every handler known by then, including one that is new in this release and including
 * handlers that only run on another node. A handler sees every event dispatched after it was
 * first registered; events that were already dispatched before it existed are not replayed.
 *
 * Guarantees and limits: at-least-once (a handler can run again after a crash or a lease that
 * expired, so handlers must be idempotent); no ordering between events; one delivery never runs
 * on two workers at once while its lease is kept alive (the worker extends the lease of running
 * handlers every lease/3).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { HANDLER_PATTERN, notifyWorkers, OUTBOX_CHANNEL, rows, TOPIC_PATTERN, type OutboxEvent } from './outbox.js';
import { isUuid } from '../values.js';

export type DeliveryStatus = 'pending' | 'running' | 'done' | 'failed';

export type JobHandler = (event: OutboxEvent) => Promise<void>;

export interface HandlerOptions {
  /** Attempts before the delivery is marked failed (default: the worker's maxAttempts). */
  maxAttempts?: number;
}

/** The logger the worker writes to (pino/Fastify compatible). */
export interface JobsLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface JobsOptions {
  /** Attempts per delivery before it is marked failed. Default 12 (about 2.5 hours of retries). */
  maxAttempts?: number;
  /** Pause after the first failed attempt; doubles with every attempt. Default 5 s. */
  baseDelayMs?: number;
  /** Longest pause between attempts. Default 1 hour. */
  maxDelayMs?: number;
  /** Poll for deliveries that became due (retries, delayed jobs). Default 5 s. */
  pollIntervalMs?: number;
  /** Handlers running at the same time in this process. Default 4. */
  concurrency?: number;
  /** How long a claimed delivery stays with this worker without a heartbeat. Default 5 minutes. */
  leaseMs?: number;
  /** Done deliveries and their events are removed after this many days. Default 7. */
  retentionDays?: number;
  /** stop() waits this long for running handlers. Default 30 s. */
  stopTimeoutMs?: number;
  log?: JobsLogger | undefined;
}

/** A delivery as the admin status page shows it. */
export interface Delivery {
  id: string;
  eventId: string;
  tenantId: string;
  topic: string;
  handler: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  /** When the next attempt is due (pending deliveries only). */
  nextAttemptAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
  eventKey: string | null;
  availableAt: Date;
}

export interface DeliveryFilter {
  status?: DeliveryStatus | DeliveryStatus[];
  topic?: string;
  handler?: string;
  tenantId?: string;
  eventId?: string;
  /** Default 50, at most 500. */
  limit?: number;
  offset?: number;
}

interface Registered {
  topic: string;
  name: string;
  handler: JobHandler;
  maxAttempts: number;
}

interface Claimed {
  id: string;
  event_id: string;
  tenant_id: string;
  topic: string;
  handler: string;
  attempts: number;
  lease_token: string;
  was: DeliveryStatus;
  payload: Record<string, unknown>;
  key: string | null;
  available_at: Date | string;
  created_at: Date | string;
}

/**
 * Thrown by a handler for a failure that another attempt cannot fix (e.g. a mail server that
 * refuses the recipient for good): the delivery is marked failed at once. Any error with
 * `permanent: true` counts the same.
 */
export class PermanentJobError extends Error {
  readonly permanent = true;
}

const SILENT: JobsLogger = { info() {}, warn() {}, error() {} };
const DISPATCH_BATCH = 500;
const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * The pause before attempt `attempt + 1` after `attempt` failed: base · 2^(attempt−1), capped at
 * `maxDelayMs`, with ±20 % jitter so that many deliveries failing together do not retry together.
 */
export function retryDelayMs(attempt: number, options: { baseDelayMs: number; maxDelayMs: number }, random: () => number = Math.random): number {
  const exponential = options.baseDelayMs * 2 ** Math.max(0, attempt - 1);
  const jittered = Math.min(exponential, options.maxDelayMs) * (0.8 + 0.4 * random());
  return Math.round(Math.min(jittered, options.maxDelayMs));
}

export class Jobs {
  /** Identifies this worker in logs. */
  readonly workerId = randomUUID().slice(0, 8);
  private readonly handlers = new Map<string, Registered>();
  private readonly settings: Required<Omit<JobsOptions, 'log'>>;
  private readonly log: JobsLogger;
  private subscribed = new Set<string>();
  private started = false;
  private ticking: Promise<void> | undefined;
  private again = false;
  private readonly inFlight = new Map<string, Promise<void>>();
  private timers: NodeJS.Timeout[] = [];
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly database: Database, options: JobsOptions = {}) {
    this.settings = {
      maxAttempts: options.maxAttempts ?? 12,
      baseDelayMs: options.baseDelayMs ?? 5000,
      maxDelayMs: options.maxDelayMs ?? 60 * 60 * 1000,
      pollIntervalMs: options.pollIntervalMs ?? 5000,
      concurrency: options.concurrency ?? 4,
      leaseMs: options.leaseMs ?? 5 * 60 * 1000,
      retentionDays: options.retentionDays ?? 7,
      stopTimeoutMs: options.stopTimeoutMs ?? 30_000,
    };
    if (this.settings.maxAttempts < 1 || this.settings.concurrency < 1) throw new Error('Jobs: maxAttempts en concurrency moeten minstens 1 zijn');
    this.log = options.log ?? SILENT;
  }

  /**
   * Registers a named handler for a topic (at start-up). Each handler of a topic gets every
   * event of it, with its own attempts; the name identifies the handler across restarts, so keep
   * it stable (renaming it means a new handler that does not get the old one's pending events).
   */
  on(topic: string, handlerName: string, handler: JobHandler, options: HandlerOptions = {}): this {
    if (!TOPIC_PATTERN.test(topic)) throw new Error(`Jobs.on: ongeldig topic "${topic}"`);
    if (!HANDLER_PATTERN.test(handlerName)) throw new Error(`Jobs.on: ongeldige naam van de handler "${handlerName}" (kleine letters, cijfers, . _ -)`);
    const key = pairKey(topic, handlerName);
    if (this.handlers.has(key)) throw new Error(`Jobs.on: handler "${handlerName}" voor "${topic}" is al geregistreerd`);
    this.handlers.set(key, { topic, name: handlerName, handler, maxAttempts: options.maxAttempts ?? this.settings.maxAttempts });
    if (this.started) {
      this.ensureSubscribed().then(() => this.wake(), (error: unknown) => this.log.error({ err: error }, 'jobs: subscribing failed'));
    }
    return this;
  }

  /** Starts the worker: records the subscriptions, listens for NOTIFY and polls as a fallback. */
  async start(): Promise<void> {
    if (this.started) return;
    await this.ensureSubscribed();
    this.started = true;
    try {
      this.unlisten = await this.database.listen(OUTBOX_CHANNEL, () => this.wake());
    } catch (error) {
      this.started = false;
      throw error;
    }
    const every = (ms: number, fn: () => void) => {
      const timer = setInterval(fn, ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(this.settings.pollIntervalMs, () => this.wake());
    every(Math.max(1000, Math.floor(this.settings.leaseMs / 3)), () => void this.heartbeat());
    every(PURGE_EVERY_MS, () => void this.purgeCompleted().catch((error: unknown) => this.log.warn({ err: error }, 'jobs: purge failed')));
    this.wake();
  }

  /** Stops taking work and waits (up to stopTimeoutMs) for the handlers that are running. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    const timers = this.timers.splice(0); // the heartbeat keeps running while we wait
    await this.unlisten?.().catch(() => {});
    this.unlisten = undefined;
    await this.ticking?.catch(() => {});
    const running = [...this.inFlight.values()];
    if (running.length) {
      let timeout: NodeJS.Timeout | undefined;
      const timedOut = new Promise<void>((resolve) => { timeout = setTimeout(resolve, this.settings.stopTimeoutMs); });
      await Promise.race([Promise.allSettled(running), timedOut]);
      clearTimeout(timeout);
    }
    for (const timer of timers) clearInterval(timer);
  }

  /**
   * Processes everything that is due now and waits for it, until nothing due is left; returns
   * how many deliveries ran. For tests and scripts; a started worker does this by itself.
   */
  async runDue(): Promise<number> {
    await this.ensureSubscribed();
    let ran = 0;
    for (;;) {
      await this.dispatch();
      const claimed = await this.claim(this.settings.concurrency);
      if (!claimed.length) return ran;
      await Promise.all(claimed.map((delivery) => this.track(delivery)));
      ran += claimed.length;
    }
  }

  /** Tries a failed (or pending) delivery again now, with a fresh set of attempts. */
  async retry(deliveryId: string): Promise<boolean> {
    if (!isUuid(deliveryId)) return false;
    return this.database.withPlatform(async (tx) => {
      const updated = rows<{ id: string }>(await tx.execute(sql`
        UPDATE outbox_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), updated_at = now()
        WHERE id = ${deliveryId}::uuid AND status IN ('failed', 'pending') RETURNING id`));
      if (!updated.length) return false;
      await notifyWorkers(tx);
      return true;
    });
  }

  /** Deliveries for a status page, most recently changed first. */
  async listDeliveries(filter: DeliveryFilter = {}): Promise<Delivery[]> {
    const conditions = [sql`true`];
    const statuses = filter.status === undefined ? [] : [filter.status].flat();
    if (statuses.length) conditions.push(sql`d.status IN (${sql.join(statuses.map((s) => sql`${s}`), sql`, `)})`);
    if (filter.topic) conditions.push(sql`d.topic = ${filter.topic}`);
    if (filter.handler) conditions.push(sql`d.handler = ${filter.handler}`);
    if (filter.tenantId) {
      if (!isUuid(filter.tenantId)) return [];
      conditions.push(sql`d.tenant_id = ${filter.tenantId}::uuid`);
    }
    if (filter.eventId) {
      if (!isUuid(filter.eventId)) return [];
      conditions.push(sql`d.event_id = ${filter.eventId}::uuid`);
    }
    const limit = Math.min(500, Math.max(1, Math.floor(filter.limit ?? 50)));
    const offset = Math.max(0, Math.floor(filter.offset ?? 0));
    const found = await this.database.withPlatform(async (tx) => rows<Record<string, unknown>>(await tx.execute(sql`
      SELECT d.id, d.event_id, d.tenant_id, d.topic, d.handler, d.status, d.attempts, d.last_error, d.next_attempt_at,
             d.created_at, d.updated_at, d.completed_at, e.key, e.available_at
      FROM outbox_deliveries d JOIN outbox_events e ON e.id = d.event_id
      WHERE ${sql.join(conditions, sql` AND `)}
      ORDER BY d.updated_at DESC, d.id
      LIMIT ${limit} OFFSET ${offset}`)));
    return found.map((r) => ({
      id: String(r.id),
      eventId: String(r.event_id),
      tenantId: String(r.tenant_id),
      topic: String(r.topic),
      handler: String(r.handler),
      status: r.status as DeliveryStatus,
      attempts: Number(r.attempts),
      lastError: (r.last_error as string | null) ?? null,
      nextAttemptAt: r.status === 'pending' ? toDate(r.next_attempt_at) : null,
      createdAt: toDate(r.created_at),
      updatedAt: toDate(r.updated_at),
      completedAt: r.completed_at ? toDate(r.completed_at) : null,
      eventKey: (r.key as string | null) ?? null,
      availableAt: toDate(r.available_at),
    }));
  }

  /** How many deliveries there are per status (for a status page's summary). */
  async deliveryCounts(filter: { topic?: string; tenantId?: string } = {}): Promise<Record<DeliveryStatus, number>> {
    const conditions = [sql`true`];
    if (filter.topic) conditions.push(sql`topic = ${filter.topic}`);
    if (filter.tenantId && isUuid(filter.tenantId)) conditions.push(sql`tenant_id = ${filter.tenantId}::uuid`);
    const found = await this.database.withPlatform(async (tx) => rows<{ status: DeliveryStatus; n: number }>(await tx.execute(sql`
      SELECT status, count(*)::int AS n FROM outbox_deliveries WHERE ${sql.join(conditions, sql` AND `)} GROUP BY status`)));
    const counts: Record<DeliveryStatus, number> = { pending: 0, running: 0, done: 0, failed: 0 };
    for (const row of found) counts[row.status] = Number(row.n);
    return counts;
  }

  /**
   * Removes events older than `days` whose deliveries are all done (or that had no subscriber),
   * with those deliveries. Failed and pending deliveries stay. The worker does this every hour.
   * After this, an idempotency key of a removed event can be used again.
   */
  async purgeCompleted(days = this.settings.retentionDays): Promise<number> {
    return this.database.withPlatform(async (tx) => rows<{ id: string }>(await tx.execute(sql`
      DELETE FROM outbox_events e
      WHERE e.dispatched_at < now() - ${days}::double precision * interval '1 day'
        AND NOT EXISTS (SELECT 1 FROM outbox_deliveries d WHERE d.event_id = e.id AND d.status <> 'done')
      RETURNING e.id`)).length);
  }

  /**
   * Forgets a handler that no longer exists in the code: its subscription and its deliveries
   * that are not done. Without this, events keep getting deliveries that no worker will claim.
   */
  async forgetHandler(topic: string, handlerName: string): Promise<void> {
    await this.database.withPlatform(async (tx) => {
      await tx.execute(sql`DELETE FROM outbox_subscriptions WHERE topic = ${topic} AND handler = ${handlerName}`);
      await tx.execute(sql`DELETE FROM outbox_deliveries WHERE topic = ${topic} AND handler = ${handlerName} AND status <> 'done'`);
    });
    this.subscribed.delete(pairKey(topic, handlerName));
  }

  // ---------------------------------------------------------------------------------------------

  private async ensureSubscribed(): Promise<void> {
    const missing = [...this.handlers.entries()].filter(([key]) => !this.subscribed.has(key));
    if (!missing.length) return;
    await this.database.withPlatform((tx) => tx.execute(sql`
      INSERT INTO outbox_subscriptions (topic, handler)
      VALUES ${sql.join(missing.map(([, h]) => sql`(${h.topic}, ${h.name})`), sql`, `)}
      ON CONFLICT (topic, handler) DO UPDATE SET last_seen_at = now()`));
    for (const [key] of missing) this.subscribed.add(key);
  }

  /** Creates the deliveries of due, undispatched events for every subscribed handler. */
  private async dispatch(): Promise<void> {
    for (;;) {
      const done = await this.database.withPlatform(async (tx) => rows<{ id: string }>(await tx.execute(sql`
        WITH due AS (
          SELECT id, tenant_id, topic, available_at FROM outbox_events
          WHERE dispatched_at IS NULL AND available_at <= now()
          ORDER BY available_at
          LIMIT ${DISPATCH_BATCH}
          FOR UPDATE SKIP LOCKED
        ), deliveries AS (
          INSERT INTO outbox_deliveries (event_id, tenant_id, topic, handler, next_attempt_at)
          SELECT due.id, due.tenant_id, due.topic, s.handler, due.available_at
          FROM due JOIN outbox_subscriptions s ON s.topic = due.topic
          ON CONFLICT (event_id, handler) DO NOTHING
        )
        UPDATE outbox_events e SET dispatched_at = now() FROM due WHERE e.id = due.id
        RETURNING e.id`)));
      if (done.length < DISPATCH_BATCH) return;
    }
  }

  /** Takes up to `limit` due deliveries of this worker's handlers, with a lease. */
  private async claim(limit: number): Promise<Claimed[]> {
    const pairs = [...this.handlers.values()];
    if (!pairs.length || limit <= 0) return [];
    const claimed = await this.database.withPlatform(async (tx) => rows<Claimed>(await tx.execute(sql`
      WITH due AS (
        SELECT id, status AS was FROM outbox_deliveries
        WHERE ((status = 'pending' AND next_attempt_at <= now()) OR (status = 'running' AND lease_until < now()))
          AND (topic, handler) IN (${sql.join(pairs.map((h) => sql`(${h.topic}, ${h.name})`), sql`, `)})
        ORDER BY next_attempt_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE outbox_deliveries d
      SET status = 'running', attempts = d.attempts + 1, lease_token = gen_random_uuid(),
          lease_until = now() + ${this.settings.leaseMs}::double precision * interval '1 millisecond', updated_at = now()
      FROM due, outbox_events e
      WHERE d.id = due.id AND e.id = d.event_id
      RETURNING d.id, d.event_id, d.tenant_id, d.topic, d.handler, d.attempts, d.lease_token, due.was,
                e.payload, e.key, e.available_at, e.created_at`)));
    return claimed.map((c) => ({ ...c, attempts: Number(c.attempts) }));
  }

  private track(delivery: Claimed): Promise<void> {
    const running = this.execute(delivery).finally(() => {
      this.inFlight.delete(delivery.lease_token);
      this.wake();
    });
    this.inFlight.set(delivery.lease_token, running);
    return running;
  }

  private async execute(delivery: Claimed): Promise<void> {
    const registered = this.handlers.get(pairKey(delivery.topic, delivery.handler));
    if (!registered) return; // cannot happen: we only claim our own handlers
    const context = { deliveryId: delivery.id, eventId: delivery.event_id, topic: delivery.topic, handler: delivery.handler, attempt: delivery.attempts, worker: this.workerId };
    if (delivery.was === 'running' && delivery.attempts > registered.maxAttempts) {
      // The last attempt was taken by a worker that stopped without finishing it.
      await this.finish(delivery, { status: 'failed', error: 'De laatste poging is niet afgerond (proces gestopt of lease verlopen).' });
      this.log.error(context, 'jobs: delivery failed (lease expired on the last attempt)');
      return;
    }
    try {
      await registered.handler({
        id: delivery.event_id,
        tenantId: delivery.tenant_id,
        topic: delivery.topic,
        payload: delivery.payload,
        key: delivery.key,
        availableAt: toDate(delivery.available_at),
        createdAt: toDate(delivery.created_at),
        deliveryId: delivery.id,
        attempt: delivery.attempts,
      });
    } catch (error) {
      const message = errorText(error);
      const permanent = (error as { permanent?: unknown } | null)?.permanent === true;
      if (permanent || delivery.attempts >= registered.maxAttempts) {
        await this.finish(delivery, { status: 'failed', error: message });
        this.log.error({ ...context, error: message }, permanent ? 'jobs: delivery failed (permanent error)' : 'jobs: delivery failed after its last attempt');
      } else {
        const delayMs = retryDelayMs(delivery.attempts, this.settings);
        await this.finish(delivery, { status: 'pending', error: message, delayMs });
        this.log.warn({ ...context, error: message, retryInMs: delayMs }, 'jobs: handler failed, will retry');
      }
      return;
    }
    await this.finish(delivery, { status: 'done' });
  }

  /** Records the outcome, only if this claim still holds the delivery. */
  private async finish(delivery: Claimed, outcome: { status: 'done' } | { status: 'failed'; error: string } | { status: 'pending'; error: string; delayMs: number }): Promise<void> {
    const error = outcome.status === 'done' ? null : outcome.error;
    const next = outcome.status === 'pending' ? sql`now() + ${outcome.delayMs}::double precision * interval '1 millisecond'` : sql`next_attempt_at`;
    try {
      await this.database.withPlatform((tx) => tx.execute(sql`
        UPDATE outbox_deliveries
        SET status = ${outcome.status}, last_error = ${error}, next_attempt_at = ${next},
            lease_token = NULL, lease_until = NULL, updated_at = now(),
            completed_at = ${outcome.status === 'pending' ? null : sql`now()`}
        WHERE id = ${delivery.id}::uuid AND lease_token = ${delivery.lease_token}::uuid`));
    } catch (err) {
      // The lease runs out and another attempt follows: at least once.
      this.log.error({ err, deliveryId: delivery.id }, 'jobs: could not record the outcome of a delivery');
    }
  }

  /** Keeps the leases of the running handlers alive. */
  private async heartbeat(): Promise<void> {
    const tokens = [...this.inFlight.keys()];
    if (!tokens.length) return;
    try {
      await this.database.withPlatform((tx) => tx.execute(sql`
        UPDATE outbox_deliveries SET lease_until = now() + ${this.settings.leaseMs}::double precision * interval '1 millisecond'
        WHERE status = 'running' AND lease_token IN (${sql.join(tokens.map((t) => sql`${t}::uuid`), sql`, `)})`));
    } catch (error) {
      this.log.warn({ err: error }, 'jobs: could not extend leases');
    }
  }

  /** Runs a pass now, or right after the pass that is running. */
  private wake(): void {
    if (!this.started) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = this.tick().finally(() => { this.ticking = undefined; });
  }

  private async tick(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.ensureSubscribed();
        await this.dispatch();
        const free = this.settings.concurrency - this.inFlight.size;
        if (free > 0 && this.started) {
          const claimed = await this.claim(free);
          for (const delivery of claimed) void this.track(delivery);
          if (claimed.length === free) this.again = true;
        }
      } catch (error) {
        // The database is away, or closing: the poll tries again.
        if (this.started) this.log.warn({ err: error }, 'jobs: worker pass failed');
        return;
      }
    } while (this.again && this.started);
  }
}


function pairKey(topic: string, handler: string): string {
  return `${topic}\u0000${handler}`;
}

function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}
