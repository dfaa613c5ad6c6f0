/**
 * Documents (enkelvoudige informatieobjecten) after the ZGW Documenten API 1.4.2: the standard's
 * field names and enumerations. A document has versions; each version holds all metadata and
 * its own content. References are uuids: `informatieobjecttype` in catalogi, `object` a zaak or
 * besluit.
 */
import type { Vertrouwelijkheidaanduiding } from '../catalogi/index.js';

export const DOCUMENT_STATUSSEN = ['', 'in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSSEN)[number];

export const ONDERTEKENING_SOORTEN = ['analoog', 'digitaal', 'pki'] as const;
export const INTEGRITEIT_ALGORITMEN = ['crc_16', 'crc_32', 'crc_64', 'fletcher_4', 'fletcher_8', 'fletcher_16', 'fletcher_32', 'hmac', 'md5', 'sha_1', 'sha_256', 'sha_512', 'sha_3'] as const;

export const OBJECT_TYPES = ['zaak', 'besluit', 'verzoek'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

export interface Ondertekening {
  soort: (typeof ONDERTEKENING_SOORTEN)[number];
  /** ISO date. */
  datum: string;
}

export interface Integriteit {
  algoritme: (typeof INTEGRITEIT_ALGORITMEN)[number];
  waarde: string;
  /** ISO date. */
  datum: string;
}

/** The metadata a client gives (Stadhuis computes versie, bestandsomvang, locked, …). */
export interface DocumentInput {
  /** Default: generated, DOCUMENT-<year>-<7 digits>. */
  identificatie?: string;
  /** Default: the RSIN of the informatieobjecttype's catalogue. */
  bronorganisatie?: string;
  /** ISO date; default today. */
  creatiedatum?: string;
  titel: string;
  /** Default: the informatieobjecttype's (drc-007). */
  vertrouwelijkheidaanduiding?: Vertrouwelijkheidaanduiding;
  auteur: string;
  status?: DocumentStatus;
  /** MIME type, e.g. 'application/pdf'. */
  formaat?: string;
  /** ISO 639-2/B, e.g. 'dut' (default). */
  taal?: string;
  bestandsnaam?: string;
  link?: string;
  beschrijving?: string;
  ontvangstdatum?: string | null;
  verzenddatum?: string | null;
  /** null (unknown) or false (no conditions); true comes only from adding gebruiksrechten (drc-006). */
  indicatieGebruiksrecht?: boolean | null;
  verschijningsvorm?: string;
  ondertekening?: Ondertekening | null;
  /** A checksum the client computed; a sha_256 one is checked against the content. */
  integriteit?: Integriteit | null;
  /** Id of an informatieobjecttype (published, drc-001). */
  informatieobjecttype: string;
  trefwoorden?: string[];
}

export interface Document {
  id: string;
  identificatie: string;
  bronorganisatie: string;
  creatiedatum: string;
  titel: string;
  vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding;
  auteur: string;
  status: DocumentStatus;
  formaat: string;
  taal: string;
  versie: number;
  beginRegistratie: Date;
  bestandsnaam: string;
  /** Bytes of content; null without content. */
  bestandsomvang: number | null;
  link: string;
  beschrijving: string;
  ontvangstdatum: string | null;
  verzenddatum: string | null;
  indicatieGebruiksrecht: boolean | null;
  verschijningsvorm: string;
  ondertekening: Ondertekening | null;
  integriteit: Integriteit | null;
  informatieobjecttype: string;
  locked: boolean;
  trefwoorden: string[];
  /** Stadhuis: SHA-256 (hex) of this version's content, null without content. */
  inhoudSha256: string | null;
  /** Stadhuis: the latest version number of the document (this may be an older one). */
  laatsteVersie: number;
}

export interface DocumentContent {
  content: Buffer;
  formaat: string;
  bestandsnaam: string;
  sha256: string;
  versie: number;
}

export interface Objectinformatieobject {
  id: string;
  informatieobject: string;
  object: string;
  objectType: ObjectType;
}

export interface Gebruiksrecht {
  id: string;
  informatieobject: string;
  startdatum: Date;
  einddatum: Date | null;
  omschrijvingVoorwaarden: string;
}

export interface GebruiksrechtInput {
  startdatum: Date;
  einddatum?: Date | null;
  omschrijvingVoorwaarden: string;
}

/** A part of a large file (Documenten API 1.1+): uploaded one by one with the lock, joined on unlock. */
export interface Bestandsdeel {
  id: string;
  informatieobject: string;
  volgnummer: number;
  omvang: number;
  /** All `omvang` bytes arrived. */
  voltooid: boolean;
}

export const AARD_RELATIES = ['afzender', 'geadresseerde'] as const;
export type AardRelatie = (typeof AARD_RELATIES)[number];

/** To or from whom a document was sent or received, and the one address used (VERZENDING). */
export interface VerzendingInput {
  informatieobject: string;
  /** URL of the betrokkene (e.g. in the Klanten API). */
  betrokkene: string;
  aardRelatie: AardRelatie;
  toelichting?: string;
  ontvangstdatum?: string | null;
  verzenddatum?: string | null;
  /** URL of the contact person. */
  contactPersoon: string;
  contactpersoonnaam?: string;
  binnenlandsCorrespondentieadres?: Record<string, unknown> | null;
  buitenlandsCorrespondentieadres?: Record<string, unknown> | null;
  correspondentiePostadres?: Record<string, unknown> | null;
  faxnummer?: string | null;
  emailadres?: string | null;
  mijnOverheid?: boolean;
  telefoonnummer?: string | null;
}

export interface Verzending extends Required<Omit<VerzendingInput, 'toelichting' | 'contactpersoonnaam' | 'mijnOverheid'>> {
  id: string;
  toelichting: string;
  contactpersoonnaam: string;
  mijnOverheid: boolean;
}

/** Which documents an API client may see: all, or per informatieobjecttype id the highest vertrouwelijkheidaanduiding (null: any). */
export type DocumentAccess = 'all' | ReadonlyMap<string, string | null>;

export interface DocumentFilter {
  identificatie?: string;
  bronorganisatie?: string;
  /** Documents with any of these trefwoorden. */
  trefwoorden?: string[];
  ids?: string[];
  access?: DocumentAccess;
  /** From 1. */
  page?: number;
  pageSize?: number;
}

export interface GebruiksrechtFilter {
  informatieobject?: string | null;
  startdatum?: { lt?: Date; lte?: Date; gt?: Date; gte?: Date };
  einddatum?: { lt?: Date; lte?: Date; gt?: Date; gte?: Date };
  access?: DocumentAccess;
}

export interface VerzendingFilter {
  informatieobject?: string | null;
  betrokkene?: string;
  aardRelatie?: AardRelatie;
  access?: DocumentAccess;
  page?: number;
  pageSize?: number;
}
