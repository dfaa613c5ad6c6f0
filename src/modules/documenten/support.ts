import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';

/** The next number for an identificatie like DOCUMENT-2026-0000001 (per municipality and year). */
export async function nextNumber(tx: Tx, jaar: number): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO document_counters AS c (jaar, laatste) VALUES (${jaar}, 1)
    ON CONFLICT (tenant_id, jaar) DO UPDATE SET laatste = c.laatste + 1
    RETURNING laatste`);
  return Number((result as unknown as { rows: { laatste: number }[] }).rows[0]!.laatste);
}
