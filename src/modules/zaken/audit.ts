import { auditWho, type Actor } from '../../platform/auth/access.js';

export { auditWho } from '../../platform/auth/access.js';
export { currentTenant } from '../../platform/db/database.js';
import type { Tx } from '../../platform/db/database.js';
import type { Actor as ProcessingActor } from '../../platform/processing-log/processing-log.js';
import type { ProcessingLog } from '../../platform/processing-log/processing-log.js';
import { zaakAudittrail } from './schema.js';

export interface AuditRecord {
  /** create, update, partial_update, destroy (the standard's), or another verb. */
  actie: string;
  /** A Dutch sentence for people: "Status gezet: In behandeling". */
  actieWeergave: string;
  resource: string;
  resourceId: string;
  resourceWeergave: string;
  hoofdObject: string;
  toelichting?: string | undefined;
  oud: Record<string, unknown> | null;
  nieuw: Record<string, unknown> | null;
}

/** Appends a line to the zaak's audit trail, in the caller's transaction. */
export async function audit(tx: Tx, actor: Actor, record: AuditRecord): Promise<void> {
  await tx.insert(zaakAudittrail).values({
    bron: 'zrc', ...auditWho(actor), actie: record.actie, actieWeergave: record.actieWeergave, resultaat: record.actie === 'create' ? 201 : record.actie === 'destroy' ? 204 : 200,
    hoofdObject: record.hoofdObject, resource: record.resource, resourceId: record.resourceId, resourceWeergave: record.resourceWeergave.slice(0, 200),
    toelichting: record.toelichting ?? '', wijzigingen: { oud: jsonSafe(record.oud), nieuw: jsonSafe(record.nieuw) },
  });
}

function jsonSafe(value: Record<string, unknown> | null): Record<string, unknown> | null {
  return value === null ? null : JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/** The actor as the processing log records it (a resident by the keyed hash of their BSN). */
export function processingActor(actor: Actor, log: ProcessingLog): ProcessingActor {
  switch (actor.kind) {
    case 'staff': return { type: 'staff', id: actor.userId, role: actor.roles.join(',') || undefined };
    case 'api-client': return { type: 'api-client', id: actor.clientId };
    case 'system': return { type: 'system', id: actor.process };
    case 'resident':
      return actor.identity.kind === 'business'
        ? { type: 'business', id: log.subjectKey({ type: 'kvk', id: actor.identity.kvk }) }
        : { type: 'resident', id: log.subjectKey({ type: 'bsn', id: actor.identity.bsn }) };
  }
}

