/**
 * Zaakobjecttypen of a concept zaaktype version: the kinds of objects its cases are about. Only a
 * concept's can be added, changed or removed (ztc-010; the database refuses it too).
 */
import { eq, sql } from 'drizzle-orm';
import { requirePermission, type Actor } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import { HttpError } from '../../platform/http/problem.js';
import { zaakobjecttypen, zaaktypen } from './schema.js';
import { notifyCatalogi } from './service.js';

export interface ZaakobjecttypeInput {
  anderObjecttype: boolean;
  objecttype: string;
  relatieOmschrijving: string;
}

async function conceptZaaktype(tx: Tx, zaaktypeId: string): Promise<{ id: string; catalogusId: string }> {
  const [z] = await tx.select({ id: zaaktypen.id, concept: zaaktypen.concept, catalogusId: zaaktypen.catalogusId }).from(zaaktypen).where(eq(zaaktypen.id, zaaktypeId)).for('update');
  if (!z) throw new HttpError(404, 'Dit zaaktype bestaat niet.', [], 'not-found');
  if (!z.concept) throw new HttpError(409, 'Onderdelen van een gepubliceerd zaaktype kunnen niet worden gewijzigd.', [], 'non-concept-zaaktype');
  return z;
}

export async function createZaakobjecttype(tx: Tx, actor: Actor, zaaktypeId: string, input: ZaakobjecttypeInput): Promise<string> {
  requirePermission(actor, 'zaaktypen.beheren');
  const z = await conceptZaaktype(tx, zaaktypeId);
  const [row] = await tx.insert(zaakobjecttypen).values({
    zaaktypeId, anderObjecttype: input.anderObjecttype, objecttype: input.objecttype, relatieOmschrijving: input.relatieOmschrijving,
    position: sql`(SELECT coalesce(max(position), 0) + 1 FROM catalogi_zaakobjecttypen WHERE zaaktype_id = ${zaaktypeId}::uuid)`,
  }).returning({ id: zaakobjecttypen.id });
  await notifyCatalogi(tx, 'zaaktype', z.id, z.catalogusId, 'update');
  return row!.id;
}

export async function updateZaakobjecttype(tx: Tx, actor: Actor, id: string, zaaktypeId: string, input: ZaakobjecttypeInput): Promise<void> {
  requirePermission(actor, 'zaaktypen.beheren');
  const z = await conceptZaaktype(tx, zaaktypeId);
  await tx.update(zaakobjecttypen).set({ anderObjecttype: input.anderObjecttype, objecttype: input.objecttype, relatieOmschrijving: input.relatieOmschrijving })
    .where(eq(zaakobjecttypen.id, id));
  await notifyCatalogi(tx, 'zaaktype', z.id, z.catalogusId, 'update');
}

export async function deleteZaakobjecttype(tx: Tx, actor: Actor, id: string, zaaktypeId: string): Promise<void> {
  requirePermission(actor, 'zaaktypen.beheren');
  const z = await conceptZaaktype(tx, zaaktypeId);
  await tx.delete(zaakobjecttypen).where(eq(zaakobjecttypen.id, id));
  await notifyCatalogi(tx, 'zaaktype', z.id, z.catalogusId, 'update');
}
