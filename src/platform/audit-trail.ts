/**
 * An entry of the audit trail of the ZGW Zaken, Documenten and Besluiten APIs ("audittrail"), as
 * the standard defines it, with resource ids instead of URLs (the APIs make the URLs). The
 * modules write their own trails; this is the shape they share.
 */
export interface AuditTrailEntry {
  uuid: string;
  /** The component that wrote it: 'zrc', 'drc' or 'brc'. */
  bron: string;
  applicatieId: string;
  applicatieWeergave: string;
  gebruikersId: string;
  gebruikersWeergave: string;
  /** create, update, partial_update, destroy (the standard's), or another verb. */
  actie: string;
  actieWeergave: string;
  /** The HTTP status of the change (e.g. 201, 200, 204). */
  resultaat: number;
  hoofdObject: string;
  resource: string;
  /** The id of the changed resource. */
  resourceUrl: string;
  resourceWeergave: string;
  toelichting: string;
  aanmaakdatum: Date;
  wijzigingen: { oud: Record<string, unknown> | null; nieuw: Record<string, unknown> | null };
}
