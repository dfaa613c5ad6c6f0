import { sql } from 'drizzle-orm';
import { uuid } from 'drizzle-orm/pg-core';

/** The owning municipality; filled by the database from the transaction's tenant. */
export const tenantId = () => uuid('tenant_id').notNull().default(sql`current_tenant_id()`);
