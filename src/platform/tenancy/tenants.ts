import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { tenants, type NewTenant, type Tenant } from './schema.js';

export type { Tenant } from './schema.js';

/** First path segments served outside any municipality, also on <slug>.<baseDomain>. */
export const GLOBAL_PATHS = ['assets', 'health', 'idp', 'dev', 'haalcentraal', 'kvk', 'bag'];
/** Path segments that can never be a municipality's slug. */
export const RESERVED_SLUGS = [...GLOBAL_PATHS, 'taal', 'api', 'beheer', 'static', 'favicon.ico', 'robots.txt', 'www'];

export class ReservedSlugError extends Error {
  constructor(slug: string) {
    super(`"${slug}" kan geen code van een gemeente zijn: dit pad is van het platform zelf.`);
  }
}

/**
 * The registry of municipalities. Reads are cached in memory for a short while: every request
 * needs its municipality and the list changes rarely.
 */
export class TenantRegistry {
  private cache: { at: number; bySlug: Map<string, Tenant>; list: Tenant[] } | undefined;

  constructor(private readonly database: Database, private readonly ttlMs = 30_000) {}

  async list(): Promise<Tenant[]> {
    return (await this.load()).list;
  }

  async bySlug(slug: string): Promise<Tenant | undefined> {
    return (await this.load()).bySlug.get(slug);
  }

  async create(tenant: NewTenant): Promise<Tenant> {
    if (RESERVED_SLUGS.includes(tenant.slug)) throw new ReservedSlugError(tenant.slug);
    const [row] = await this.database.withPlatform((tx) => tx.insert(tenants).values(tenant).returning());
    this.cache = undefined;
    return row!;
  }

  async update(id: string, changes: Partial<Omit<NewTenant, 'id'>>): Promise<void> {
    await this.database.withPlatform((tx) => tx.update(tenants).set(changes).where(eq(tenants.id, id)));
    this.cache = undefined;
  }

  private async load() {
    if (this.cache && Date.now() - this.cache.at < this.ttlMs) return this.cache;
    const list = await this.database.withPlatform((tx) => tx.select().from(tenants).orderBy(asc(tenants.name)));
    this.cache = { at: Date.now(), list, bySlug: new Map(list.map((t) => [t.slug, t])) };
    return this.cache;
  }
}
