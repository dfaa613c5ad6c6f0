import { currentTenant, type Tx } from '../../platform/db/database.js';
import { publish } from '../../platform/jobs/index.js';

/** The outbox topic of ZGW notifications; the notificaties module delivers them to abonnementen. */
export const NOTIFICATIE_TOPIC = 'zgw.notificatie';

/** Kanalen of the ZGW APIs Stadhuis publishes on. */
export const KANALEN = ['zaken', 'documenten', 'besluiten', 'zaaktypen', 'informatieobjecttypen', 'besluittypen', 'autorisaties'] as const;
export type Kanaal = (typeof KANALEN)[number];

export type Actie = 'create' | 'update' | 'partial_update' | 'destroy' | string;

/**
 * A reference to a resource of this municipality, turned into an absolute URL when the
 * notification is delivered: `zgwRef('zaken', 'statussen', id)` → PUBLIC_URL/<slug>/zaken/api/v1/statussen/<id>.
 */
export function zgwRef(api: string, resource: string, id: string, sub?: string): string {
  return `zgw:${api}/api/v1/${resource}/${id}${sub ? `/${sub}` : ''}`;
}

/** Replaces `zgw:` references by absolute URLs under this root (PUBLIC_URL/<slug>). */
export function resolveRef(value: string, municipalityRoot: string): string {
  return value.startsWith('zgw:') ? `${municipalityRoot}/${value.slice(4)}` : value;
}

export interface NotificatieInput {
  kanaal: Kanaal;
  /** zgwRef of the main object (the zaak for a status of a zaak). */
  hoofdObject: string;
  /** The resource name, e.g. "zaak", "status", "rol", "enkelvoudiginformatieobject". */
  resource: string;
  /** zgwRef of the changed resource. */
  resourceUrl: string;
  actie: Actie;
  /** The kanaal's kenmerken, e.g. { bronorganisatie, zaaktype: zgwRef(...), vertrouwelijkheidaanduiding }. */
  kenmerken: Record<string, string>;
}

/**
 * Publishes a ZGW notification in the caller's transaction: it is delivered to every matching
 * abonnement after commit (with retries), or not at all when the change is rolled back. Called
 * by the domain services for every change, whether made through the ZGW APIs or our own pages.
 */
export async function notify(tx: Tx, input: NotificatieInput, tenantId?: string): Promise<void> {
  await publish(tx, {
    tenantId: tenantId ?? await currentTenant(tx),
    topic: NOTIFICATIE_TOPIC,
    payload: { ...input, aanmaakdatum: new Date().toISOString() },
  });
}

