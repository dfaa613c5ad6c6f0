import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';

export interface Limit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface LimitResult {
  allowed: boolean;
  /** Seconds until a new attempt is allowed, when not allowed. */
  retryAfter: number;
}

/**
 * Fixed-window counters in PostgreSQL (so every node of an installation shares them), plus a
 * lockout with exponential back-off for repeated failed logins.
 */
export class RateLimiter {
  constructor(private readonly database: Database, private readonly secret: string) {}

  /** A stable key that does not reveal the IP address or account it is about. */
  key(kind: string, value: string): string {
    return `${kind}:${createHmac('sha256', this.secret).update(`${kind}:${value}`).digest('base64url').slice(0, 32)}`;
  }

  async hit(key: string, { limit, windowSeconds }: Limit): Promise<LimitResult> {
    const rows = await this.database.withPlatform((tx) => tx.execute(sql`
      insert into rate_limits (key, window_start, count)
      values (${key}, to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}), 1)
      on conflict (key) do update set
        count = case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end,
        window_start = excluded.window_start
      returning count, extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now()))::int as remaining`));
    const row = (rows as unknown as { rows: { count: number; remaining: number }[] }).rows[0]!;
    return { allowed: row.count <= limit, retryAfter: Math.max(1, row.remaining) };
  }

  /** Seconds an account or address is still locked out after failed logins (0 when not). */
  async lockedFor(key: string): Promise<number> {
    const rows = await this.database.withPlatform((tx) => tx.execute(sql`
      select greatest(0, ceil(extract(epoch from (locked_until - now()))))::int as seconds from rate_limits where key = ${key}`));
    return (rows as unknown as { rows: { seconds: number | null }[] }).rows[0]?.seconds ?? 0;
  }

  /**
   * Records a failed login. From the fifth failure within 15 minutes, the key is locked for
   * 1, 2, 4 … minutes (at most an hour). Returns the lock in seconds.
   */
  async failure(key: string): Promise<number> {
    const rows = await this.database.withPlatform((tx) => tx.execute(sql`
      insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
      on conflict (key) do update set
        count = case when rate_limits.window_start > now() - interval '15 minutes' then rate_limits.count + 1 else 1 end,
        window_start = case when rate_limits.window_start > now() - interval '15 minutes' then rate_limits.window_start else now() end
      returning count`));
    const count = (rows as unknown as { rows: { count: number }[] }).rows[0]!.count;
    if (count < 5) return 0;
    const seconds = Math.min(3600, 60 * 2 ** (count - 5));
    await this.database.withPlatform((tx) => tx.execute(sql`update rate_limits set locked_until = now() + make_interval(secs => ${seconds}) where key = ${key}`));
    return seconds;
  }

  async success(key: string): Promise<void> {
    await this.database.withPlatform((tx) => tx.execute(sql`delete from rate_limits where key = ${key}`));
  }

  /** Removes counters whose window ended long ago. */
  async prune(): Promise<void> {
    await this.database.withPlatform((tx) => tx.execute(sql`delete from rate_limits where window_start < now() - interval '1 day' and (locked_until is null or locked_until < now())`));
  }
}

export function clientAddress(request: FastifyRequest): string {
  return request.ip || 'unknown';
}

export function tooManyRequests(reply: FastifyReply, retryAfter: number): FastifyReply {
  return reply.header('Retry-After', String(retryAfter));
}
