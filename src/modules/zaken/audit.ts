import { auditWho, type Actor } from '../../platform/auth/access.js';

export { auditWho } from '../../platform/auth/access.js';
export { currentTenant } from '../../platform/db/database.js';
import type { Tx } from '../../platform/db/database.js';
import type { Actor as ProcessingActor } from '../../platform/processing-log/processing-log.js';
import type { ProcessingLog } from '../../platform/processing-log/processing-log.js';
import { eq } from 'drizzle-orm';
import { notify, zgwRef } from '../notificaties/publish.js';
import { zaakAudittrail, zaken } from './schema.js';

/** The resources of the Zaken API, with their place in it (zaakeigenschappen and besluiten live under their zaak). */
export const ZGW_RESOURCES: Record<string, string> = {
  zaak: 'zaken', status: 'statussen', rol: 'rollen', resultaat: 'resultaten', zaakobject: 'zaakobjecten', zaakinformatieobject: 'zaakinformatieobjecten',
  klantcontact: 'klantcontacten', zaakeigenschap: 'zaakeigenschappen', zaakbesluit: 'besluiten', zaakcontactmoment: 'zaakcontactmomenten', zaakverzoek: 'zaakverzoeken',
};

/** [resource collection, id, sub] of a Zaken API resource, e.g. ['zaken', zaakId, 'zaakeigenschappen/<id>']. */
export function zgwPath(resource: string, id: string, zaakId: string): [string, string, string | undefined] | undefined {
  const collection = ZGW_RESOURCES[resource];
  if (!collection) return undefined;
  if (resource === 'zaakeigenschap' || resource === 'zaakbesluit') return ['zaken', zaakId, `${collection}/${id}`];
  return [collection, id, undefined];
}

/** What the zaken kanaal's kenmerken are made of. */
export interface ZaakFacts {
  id: string;
  bronorganisatie: string;
  zaaktype: string;
  vertrouwelijkheidaanduiding: string;
}

/**
 * The ZGW notification of a change of a Zaken API resource (kanaal zaken, hoofdObject the zaak),
 * in the caller's transaction.
 */
export async function notifyZaken(tx: Tx, zaak: ZaakFacts, resource: string, resourceId: string, actie: string): Promise<void> {
  const path = zgwPath(resource, resourceId, zaak.id);
  if (!path) return;
  await notify(tx, {
    kanaal: 'zaken', hoofdObject: zgwRef('zaken', 'zaken', zaak.id), resource, resourceUrl: zgwRef('zaken', ...path), actie,
    kenmerken: { bronorganisatie: zaak.bronorganisatie, zaaktype: zgwRef('catalogi', 'zaaktypen', zaak.zaaktype), vertrouwelijkheidaanduiding: zaak.vertrouwelijkheidaanduiding },
  });
}

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
  /** The zaak (as it is after the change) for the notification's kenmerken; read when not given. */
  zaak?: ZaakFacts | undefined;
}

/** Appends a line to the zaak's audit trail, in the caller's transaction. */
export async function audit(tx: Tx, actor: Actor, record: AuditRecord): Promise<void> {
  await tx.insert(zaakAudittrail).values({
    bron: 'zrc', ...auditWho(actor), actie: record.actie, actieWeergave: record.actieWeergave, resultaat: record.actie === 'create' ? 201 : record.actie === 'destroy' ? 204 : 200,
    hoofdObject: record.hoofdObject, resource: record.resource, resourceId: record.resourceId, resourceWeergave: record.resourceWeergave.slice(0, 200),
    toelichting: record.toelichting ?? '', wijzigingen: { oud: jsonSafe(record.oud), nieuw: jsonSafe(record.nieuw) },
  });
  // Every change of a Zaken API resource, through the API or our own pages, is notified (kanaal zaken).
  if (ZGW_RESOURCES[record.resource] && ['create', 'update', 'partial_update', 'destroy'].includes(record.actie)) {
    const zaak = record.zaak ?? (await tx.select({ id: zaken.id, bronorganisatie: zaken.bronorganisatie, zaaktype: zaken.zaaktype, vertrouwelijkheidaanduiding: zaken.vertrouwelijkheidaanduiding })
      .from(zaken).where(eq(zaken.id, record.hoofdObject)))[0];
    if (zaak) await notifyZaken(tx, zaak, record.resource, record.resourceId, record.actie);
  }
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

