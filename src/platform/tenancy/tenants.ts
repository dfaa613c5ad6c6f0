import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { tenants, type NewTenant, type Tenant } from './schema.js';

export type { Tenant } from './schema.js';

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
