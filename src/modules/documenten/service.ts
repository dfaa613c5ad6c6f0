/**
 * Documents (enkelvoudige informatieobjecten) with versions, after the ZGW Documenten API 1.4.2:
 *
 * - Every change makes a new version (a row of its own with all metadata and content); older
 *   versions stay readable (`versie`).
 * - Changing needs the lock (drc-009): `lock` hands out an unguessable lock id, `addVersion` and
 *   `unlock` demand it; a forced unlock is for those who may take over work.
 * - The informatieobjecttype must exist and be published (drc-001); the vertrouwelijkheidaanduiding
 *   defaults to the type's (drc-007); a received document cannot be 'in bewerking' or 'ter
 *   vaststelling' (drc-005); indicatieGebruiksrecht follows the gebruiksrechten (drc-006).
 * - A document with relations (objectinformatieobjecten) cannot be deleted (drc-008); deleting
 *   removes every version, the gebruiksrechten and the audit trail.
 * - The relations themselves are mirrors: zaken and besluiten lead, and call
 *   addObjectinformatieobject / removeObjectinformatieobject in the same transaction.
 *
 * Content is stored in PostgreSQL (bytea) with its size and SHA-256. Residents and businesses may
 * upload (their application's attachments) and read back what they uploaded themselves; what
 * they may see of a zaak's other documents is decided by the zaken module.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { auditWho, can, requireAny, type Actor } from '../../platform/auth/access.js';
import type { Sealer } from '../../platform/crypto/sealer.js';
import { currentTenant, type Tx } from '../../platform/db/database.js';
import { HttpError, Invalid, invalid, notFound } from '../../platform/http/problem.js';
import { publish } from '../../platform/jobs/index.js';
import { VERTROUWELIJKHEIDAANDUIDINGEN, getCatalogus, getInformatieobjecttype } from '../catalogi/index.js';
import { documentAudittrail, documenten, documentVersies, gebruiksrechten, objectinformatieobjecten } from './schema.js';
import { nextNumber } from './support.js';
import { dateInNl as todayNl, isIsoDate, isUuid, isValidRsin, stripUndefined } from '../../platform/values.js';
import {
  DOCUMENT_STATUSSEN, INTEGRITEIT_ALGORITMEN, OBJECT_TYPES, ONDERTEKENING_SOORTEN,
  type Document, type DocumentContent, type DocumentInput, type Gebruiksrecht, type GebruiksrechtInput, type Objectinformatieobject, type ObjectType,
} from './types.js';

/** Largest content stored in one piece; larger files will go in bestandsdelen (Documenten API). */
export const MAX_INLINE_BYTES = 100 * 1024 * 1024;

const UPLOADER = 'documenten.uploader';

type VersieRow = typeof documentVersies.$inferSelect;
type DocumentRow = typeof documenten.$inferSelect;

export class DocumentenService {
  constructor(private readonly deps: { sealer: Sealer }) {}

  // -------------------------------------------------------------------------------------------
  // Who may do what
  // -------------------------------------------------------------------------------------------

  /** The keyed hash of a resident or business, to let them read back their own uploads. */
  private uploaderKey(actor: Actor): string | null {
    if (actor.kind !== 'resident') return null;
    const subject = actor.identity.kind === 'business' ? `kvk:${actor.identity.kvk}` : `bsn:${actor.identity.actingFor?.bsn ?? actor.identity.bsn}`;
    return this.deps.sealer.lookupKey(subject, UPLOADER);
  }

  private requireRead(actor: Actor): void {
    if (actor.kind !== 'resident') requireAny(actor, ['zaken.lezen']);
  }

  private requireChange(actor: Actor): void {
    requireAny(actor, ['zaken.behandelen']);
  }

  /** A resident sees only what they uploaded; staff and API clients with zaken.lezen see all. */
  private visible(actor: Actor, document: DocumentRow): boolean {
    if (actor.kind !== 'resident') return true;
    return document.uploaderKey !== null && document.uploaderKey === this.uploaderKey(actor);
  }

  // -------------------------------------------------------------------------------------------
  // Writing
  // -------------------------------------------------------------------------------------------

  /**
   * Registers a document with its first version. Staff need zaken.aanmaken or zaken.behandelen;
   * a resident or business may upload (an attachment to their own application) and reads it back.
   */
  async createDocument(tx: Tx, actor: Actor, input: DocumentInput & { content?: Buffer | undefined }): Promise<Document> {
    if (actor.kind !== 'resident') requireAny(actor, ['zaken.aanmaken', 'zaken.behandelen']);
    const problems = new Invalid();
    validateFields(input, problems, { creating: true });
    const content = input.content;
    if (content !== undefined && !Buffer.isBuffer(content)) problems.add('inhoud', 'invalid', 'De inhoud moet een bestand zijn.');
    if (content && content.length > MAX_INLINE_BYTES) {
      throw new HttpError(413, `Het bestand is te groot (meer dan ${MAX_INLINE_BYTES / 1024 / 1024} MB).`, [{ name: 'inhoud', code: 'file-too-large', reason: 'Het bestand is te groot.' }], 'file-too-large');
    }
    const type = isUuid(input.informatieobjecttype) ? await getInformatieobjecttype(tx, input.informatieobjecttype) : undefined;
    if (!type) problems.add('informatieobjecttype', 'bad-url', 'Dit informatieobjecttype bestaat niet.');
    else if (type.concept) problems.add('informatieobjecttype', 'not-published', 'Dit informatieobjecttype is nog niet gepubliceerd.');
    if (input.indicatieGebruiksrecht === true) {
      problems.add('indicatieGebruiksrecht', 'invalid', 'Zet gebruiksrechten om de indicatie op "ja" te krijgen; geef hier alleen "nee" of "onbekend".');
    }
    problems.throwIfAny();

    let bronorganisatie = input.bronorganisatie;
    if (!bronorganisatie) {
      bronorganisatie = (await getCatalogus(tx, type!.catalogus))?.rsin;
      if (!bronorganisatie) throw invalid('bronorganisatie', 'required', 'Geef de bronorganisatie (RSIN) op: de catalogus van het informatieobjecttype heeft er geen.');
    }
    const id = randomUUID();
    const jaar = Number(todayNl().slice(0, 4));
    const identificatie = input.identificatie || `DOCUMENT-${jaar}-${String(await nextNumber(tx, jaar)).padStart(7, '0')}`;
    const inserted = await tx.insert(documenten).values({
      id, identificatie, bronorganisatie, versie: 1, indicatieGebruiksrecht: input.indicatieGebruiksrecht ?? null, uploaderKey: this.uploaderKey(actor),
    }).onConflictDoNothing().returning({ id: documenten.id });
    if (!inserted.length) {
      throw new HttpError(400, 'Deze identificatie is al in gebruik bij deze bronorganisatie.', [{ name: 'identificatie', code: 'identificatie-niet-uniek', reason: 'Deze identificatie is al in gebruik.' }], 'identificatie-niet-uniek');
    }
    const values = versionValues(input, content, {
      vertrouwelijkheidaanduiding: input.vertrouwelijkheidaanduiding ?? type!.vertrouwelijkheidaanduiding,
    });
    await tx.insert(documentVersies).values({ ...values, documentId: id, versie: 1, geregistreerdDoor: actorWeergave(actor) });
    const document = (await this.loadVersion(tx, id))!;
    await this.audit(tx, actor, 'create', 'Document aangemaakt', document, null, auditView(document));
    await this.publish(tx, 'document.aangemaakt', document);
    return document;
  }

  /** Locks the document for changing; returns the lock id that changes and unlock must carry. */
  async lock(tx: Tx, actor: Actor, id: string): Promise<{ lock: string }> {
    this.requireChange(actor);
    const row = await this.loadForUpdate(tx, id);
    if (row.lock) throw invalid('nonFieldErrors', 'existing-lock', 'Het document is al vergrendeld.');
    const lock = randomBytes(16).toString('hex');
    await tx.update(documenten).set({ lock }).where(eq(documenten.id, id));
    const document = (await this.loadVersion(tx, id))!;
    await this.audit(tx, actor, 'lock', 'Document vergrendeld', document, null, null);
    return { lock };
  }

  /**
   * Unlocks with the lock id, or without it when forced (`force`: for whoever may take over
   * work, zaken.toewijzen, or the platform itself).
   */
  async unlock(tx: Tx, actor: Actor, id: string, lock: string | undefined, options: { force?: boolean } = {}): Promise<void> {
    this.requireChange(actor);
    const row = await this.loadForUpdate(tx, id);
    if (options.force) {
      if (!can(actor, 'zaken.toewijzen')) throw new HttpError(403, 'Alleen wie werk mag overnemen kan een document geforceerd ontgrendelen.', [], 'forbidden');
    } else if (!row.lock || lock !== row.lock) {
      throw invalid('lock', 'incorrect-lock-id', 'Het document is niet met deze lock vergrendeld.');
    }
    await tx.update(documenten).set({ lock: '' }).where(eq(documenten.id, id));
    const document = (await this.loadVersion(tx, id))!;
    await this.audit(tx, actor, options.force ? 'force_unlock' : 'unlock', options.force ? 'Document geforceerd ontgrendeld' : 'Document ontgrendeld', document, null, null);
  }

  /**
   * A new version: the latest version with these changes (and new content, when given). Needs
   * the document to be locked with this lock id (drc-009, drc-010); it stays locked.
   */
  async addVersion(tx: Tx, actor: Actor, id: string, changes: Partial<DocumentInput> & { lock: string; content?: Buffer | undefined }): Promise<Document> {
    this.requireChange(actor);
    const row = await this.loadForUpdate(tx, id);
    if (!row.lock || changes.lock !== row.lock) throw invalid('lock', 'incorrect-lock-id', 'Het document is niet met deze lock vergrendeld.');
    const [latest] = await tx.select().from(documentVersies).where(and(eq(documentVersies.documentId, id), eq(documentVersies.versie, row.versie)));
    const previous = toDocument(row, latest!);
    const { lock: _lock, content, ...fields } = changes;
    if (content && content.length > MAX_INLINE_BYTES) {
      throw new HttpError(413, `Het bestand is te groot (meer dan ${MAX_INLINE_BYTES / 1024 / 1024} MB).`, [{ name: 'inhoud', code: 'file-too-large', reason: 'Het bestand is te groot.' }], 'file-too-large');
    }
    if ('identificatie' in fields && fields.identificatie !== undefined && fields.identificatie !== row.identificatie) {
      throw invalid('identificatie', 'wijzigen-niet-toegestaan', 'De identificatie van een document kan niet veranderen.');
    }
    if ('bronorganisatie' in fields && fields.bronorganisatie !== undefined && fields.bronorganisatie !== row.bronorganisatie) {
      throw invalid('bronorganisatie', 'wijzigen-niet-toegestaan', 'De bronorganisatie van een document kan niet veranderen.');
    }
    const merged: DocumentInput = {
      creatiedatum: latest!.creatiedatum, titel: latest!.titel, vertrouwelijkheidaanduiding: latest!.vertrouwelijkheidaanduiding, auteur: latest!.auteur,
      status: latest!.status, formaat: latest!.formaat, taal: latest!.taal, bestandsnaam: latest!.bestandsnaam, link: latest!.link,
      beschrijving: latest!.beschrijving, ontvangstdatum: latest!.ontvangstdatum, verzenddatum: latest!.verzenddatum, verschijningsvorm: latest!.verschijningsvorm,
      ondertekening: latest!.ondertekening, integriteit: latest!.integriteit, informatieobjecttype: latest!.informatieobjecttype, trefwoorden: latest!.trefwoorden,
      ...stripUndefined(fields),
    };
    const problems = new Invalid();
    validateFields(merged, problems, { creating: false });
    if (merged.informatieobjecttype !== latest!.informatieobjecttype) {
      const type = isUuid(merged.informatieobjecttype) ? await getInformatieobjecttype(tx, merged.informatieobjecttype) : undefined;
      if (!type) problems.add('informatieobjecttype', 'bad-url', 'Dit informatieobjecttype bestaat niet.');
      else if (type.concept) problems.add('informatieobjecttype', 'not-published', 'Dit informatieobjecttype is nog niet gepubliceerd.');
    }
    if (fields.indicatieGebruiksrecht === true) problems.add('indicatieGebruiksrecht', 'invalid', 'Zet gebruiksrechten om de indicatie op "ja" te krijgen.');
    if (fields.indicatieGebruiksrecht !== undefined && row.indicatieGebruiksrecht === true) {
      problems.add('indicatieGebruiksrecht', 'invalid', 'Er zijn gebruiksrechten; verwijder die om de indicatie te veranderen.');
    }
    problems.throwIfAny();
    // Without new content the version keeps the content it had.
    const values = content !== undefined ? versionValues(merged, content, {}) : { ...versionValues(merged, undefined, {}), inhoud: latest!.inhoud, inhoudSha256: latest!.inhoudSha256, bestandsomvang: latest!.bestandsomvang };
    const versie = row.versie + 1;
    await tx.insert(documentVersies).values({ ...values, documentId: id, versie, geregistreerdDoor: actorWeergave(actor) });
    await tx.update(documenten).set({
      versie, ...(fields.indicatieGebruiksrecht !== undefined ? { indicatieGebruiksrecht: fields.indicatieGebruiksrecht } : {}),
    }).where(eq(documenten.id, id));
    const document = (await this.loadVersion(tx, id))!;
    await this.audit(tx, actor, 'update', `Nieuwe versie ${versie}`, document, auditView(previous), auditView(document));
    await this.publish(tx, 'document.gewijzigd', document);
    return document;
  }

  /**
   * Deletes the document with all its versions, gebruiksrechten and audit trail; refused while
   * it has relations (drc-008).
   */
  async deleteDocument(tx: Tx, actor: Actor, id: string): Promise<void> {
    this.requireChange(actor);
    const row = await this.loadForUpdate(tx, id);
    const [relation] = await tx.select({ id: objectinformatieobjecten.id }).from(objectinformatieobjecten).where(eq(objectinformatieobjecten.documentId, id)).limit(1);
    if (relation) throw invalid('nonFieldErrors', 'pending-relations', 'Het document hoort nog bij een zaak of besluit en kan niet worden verwijderd.');
    await tx.delete(documenten).where(eq(documenten.id, row.id));
    const tenantId = await currentTenant(tx);
    await publish(tx, { tenantId, topic: 'document.verwijderd', payload: { informatieobject: id } });
  }

  /**
   * Mirrors a relation that zaken (zaakinformatieobject) or besluiten (besluitinformatieobject)
   * made. For those modules: they check who may relate; this refuses a duplicate (drc-003).
   */
  async addObjectinformatieobject(tx: Tx, actor: Actor, relation: { informatieobject: string; object: string; objectType: ObjectType }): Promise<Objectinformatieobject> {
    requireAny(actor, ['zaken.behandelen', 'zaken.aanmaken']);
    if (!OBJECT_TYPES.includes(relation.objectType)) throw invalid('objectType', 'invalid_choice', 'Kies zaak, besluit of verzoek.');
    if (!isUuid(relation.object)) throw invalid('object', 'bad-url', 'Dit object bestaat niet.');
    const row = isUuid(relation.informatieobject) ? await this.loadRow(tx, relation.informatieobject) : undefined;
    if (!row) throw invalid('informatieobject', 'bad-url', 'Dit document bestaat niet.');
    const [inserted] = await tx.insert(objectinformatieobjecten).values({ documentId: row.id, object: relation.object, objectType: relation.objectType })
      .onConflictDoNothing().returning();
    if (!inserted) throw invalid('nonFieldErrors', 'unique', 'Dit document hoort al bij dit object.');
    const document = (await this.loadVersion(tx, row.id))!;
    await this.audit(tx, actor, 'create', `Gekoppeld aan ${relation.objectType}`, document, null, { object: relation.object, objectType: relation.objectType }, 'objectinformatieobject', inserted.id);
    return { id: inserted.id, informatieobject: row.id, object: inserted.object, objectType: inserted.objectType };
  }

  async removeObjectinformatieobject(tx: Tx, actor: Actor, relation: { informatieobject: string; object: string; objectType: ObjectType }): Promise<void> {
    requireAny(actor, ['zaken.behandelen', 'zaken.aanmaken']);
    if (!isUuid(relation.informatieobject) || !isUuid(relation.object)) return;
    const [removed] = await tx.delete(objectinformatieobjecten).where(and(
      eq(objectinformatieobjecten.documentId, relation.informatieobject), eq(objectinformatieobjecten.object, relation.object),
      eq(objectinformatieobjecten.objectType, relation.objectType),
    )).returning();
    if (!removed) return;
    const document = await this.loadVersion(tx, relation.informatieobject);
    if (document) await this.audit(tx, actor, 'destroy', `Ontkoppeld van ${relation.objectType}`, document, { object: relation.object, objectType: relation.objectType }, null, 'objectinformatieobject', removed.id);
  }

  /** Adds gebruiksrechten; the document's indicatieGebruiksrecht becomes true (drc-006). */
  async addGebruiksrecht(tx: Tx, actor: Actor, documentId: string, input: GebruiksrechtInput): Promise<Gebruiksrecht> {
    this.requireChange(actor);
    const row = await this.loadForUpdate(tx, documentId);
    const problems = new Invalid();
    if (!(input.startdatum instanceof Date) || Number.isNaN(input.startdatum.getTime())) problems.add('startdatum', 'required', 'Geef de startdatum op.');
    if (input.einddatum && (!(input.einddatum instanceof Date) || input.einddatum < input.startdatum)) problems.add('einddatum', 'invalid', 'De einddatum ligt voor de startdatum.');
    if (!input.omschrijvingVoorwaarden?.trim()) problems.add('omschrijvingVoorwaarden', 'required', 'Beschrijf de voorwaarden.');
    problems.throwIfAny();
    const [inserted] = await tx.insert(gebruiksrechten).values({
      documentId: row.id, startdatum: input.startdatum, einddatum: input.einddatum ?? null, omschrijvingVoorwaarden: input.omschrijvingVoorwaarden.trim(),
    }).returning();
    await tx.update(documenten).set({ indicatieGebruiksrecht: true }).where(eq(documenten.id, row.id));
    const document = (await this.loadVersion(tx, row.id))!;
    await this.audit(tx, actor, 'create', 'Gebruiksrechten toegevoegd', document, null, { omschrijvingVoorwaarden: inserted!.omschrijvingVoorwaarden }, 'gebruiksrechten', inserted!.id);
    return toGebruiksrecht(inserted!);
  }

  /** Removes gebruiksrechten; after the last one the indicatie is unknown again (null, drc-006). */
  async removeGebruiksrecht(tx: Tx, actor: Actor, gebruiksrechtId: string): Promise<void> {
    this.requireChange(actor);
    if (!isUuid(gebruiksrechtId)) throw notFound('Gebruiksrecht');
    const [removed] = await tx.delete(gebruiksrechten).where(eq(gebruiksrechten.id, gebruiksrechtId)).returning();
    if (!removed) throw notFound('Gebruiksrecht');
    const [left] = await tx.select({ id: gebruiksrechten.id }).from(gebruiksrechten).where(eq(gebruiksrechten.documentId, removed.documentId)).limit(1);
    if (!left) await tx.update(documenten).set({ indicatieGebruiksrecht: null }).where(eq(documenten.id, removed.documentId));
    const document = (await this.loadVersion(tx, removed.documentId))!;
    await this.audit(tx, actor, 'destroy', 'Gebruiksrechten verwijderd', document, { omschrijvingVoorwaarden: removed.omschrijvingVoorwaarden }, null, 'gebruiksrechten', removed.id);
  }

  // -------------------------------------------------------------------------------------------
  // Reading
  // -------------------------------------------------------------------------------------------

  /**
   * The latest version, or the version `versie`, or the version that was current at
   * `registratieOp`. Undefined when it does not exist or the actor may not see it.
   */
  async getDocument(tx: Tx, actor: Actor, id: string, options: { versie?: number; registratieOp?: Date } = {}): Promise<Document | undefined> {
    this.requireRead(actor);
    const row = isUuid(id) ? await this.loadRow(tx, id) : undefined;
    if (!row || !this.visible(actor, row)) return undefined;
    return this.loadVersion(tx, id, options, row);
  }

  /** Every version, oldest first. */
  async listVersions(tx: Tx, actor: Actor, id: string): Promise<Document[]> {
    this.requireRead(actor);
    const row = isUuid(id) ? await this.loadRow(tx, id) : undefined;
    if (!row || !this.visible(actor, row)) return [];
    const versions = await tx.select(versionColumns).from(documentVersies).where(eq(documentVersies.documentId, id)).orderBy(asc(documentVersies.versie));
    return versions.map((v) => toDocument(row, v as VersieRow));
  }

  /** The content of the latest version or of version `versie`; undefined when there is none. */
  async getContent(tx: Tx, actor: Actor, id: string, versie?: number): Promise<DocumentContent | undefined> {
    this.requireRead(actor);
    const row = isUuid(id) ? await this.loadRow(tx, id) : undefined;
    if (!row || !this.visible(actor, row)) return undefined;
    const [v] = await tx.select({ inhoud: documentVersies.inhoud, sha: documentVersies.inhoudSha256, formaat: documentVersies.formaat, bestandsnaam: documentVersies.bestandsnaam, versie: documentVersies.versie })
      .from(documentVersies).where(and(eq(documentVersies.documentId, id), eq(documentVersies.versie, versie ?? row.versie)));
    if (!v?.inhoud || !v.sha) return undefined;
    return { content: v.inhoud, formaat: v.formaat, bestandsnaam: v.bestandsnaam, sha256: v.sha, versie: v.versie };
  }

  /** The documents (latest versions) related to a zaak or besluit, by the mirrored relations. */
  async listDocumentsOf(tx: Tx, actor: Actor, object: { objectType: ObjectType; object: string }): Promise<Document[]> {
    this.requireRead(actor);
    if (!isUuid(object.object)) return [];
    const relations = await tx.select({ documentId: objectinformatieobjecten.documentId }).from(objectinformatieobjecten)
      .where(and(eq(objectinformatieobjecten.object, object.object), eq(objectinformatieobjecten.objectType, object.objectType)))
      .orderBy(asc(objectinformatieobjecten.createdAt));
    return this.getMany(tx, actor, relations.map((r) => r.documentId));
  }

  /** Several documents (latest versions) by id, in the given order; unknown or invisible ones left out. */
  async getMany(tx: Tx, actor: Actor, ids: string[]): Promise<Document[]> {
    this.requireRead(actor);
    const wanted = ids.filter(isUuid);
    if (!wanted.length) return [];
    const rows = await tx.select().from(documenten).where(inArray(documenten.id, wanted));
    const versions = await tx.select(versionColumns).from(documentVersies)
      .innerJoin(documenten, and(eq(documenten.id, documentVersies.documentId), eq(documenten.versie, documentVersies.versie)))
      .where(inArray(documentVersies.documentId, wanted));
    const byId = new Map(rows.filter((r) => this.visible(actor, r)).map((r) => [r.id, r]));
    const versionById = new Map(versions.map((v) => [v.documentId, v]));
    return wanted.flatMap((id) => {
      const row = byId.get(id);
      const v = versionById.get(id);
      return row && v ? [toDocument(row, v as VersieRow)] : [];
    });
  }

  async listObjectinformatieobjecten(tx: Tx, actor: Actor, filter: { informatieobject?: string; object?: string }): Promise<Objectinformatieobject[]> {
    this.requireRead(actor);
    const where = [];
    if (filter.informatieobject) where.push(eq(objectinformatieobjecten.documentId, isUuid(filter.informatieobject) ? filter.informatieobject : randomUUID()));
    if (filter.object) where.push(eq(objectinformatieobjecten.object, isUuid(filter.object) ? filter.object : randomUUID()));
    const rows = await tx.select().from(objectinformatieobjecten).where(and(...where)).orderBy(asc(objectinformatieobjecten.createdAt));
    return rows.map((r) => ({ id: r.id, informatieobject: r.documentId, object: r.object, objectType: r.objectType }));
  }

  async listGebruiksrechten(tx: Tx, actor: Actor, documentId: string): Promise<Gebruiksrecht[]> {
    this.requireRead(actor);
    if (!isUuid(documentId)) return [];
    const rows = await tx.select().from(gebruiksrechten).where(eq(gebruiksrechten.documentId, documentId)).orderBy(asc(gebruiksrechten.startdatum));
    return rows.map(toGebruiksrecht);
  }

  /** The document's audit trail (bron drc), oldest first. */
  async auditTrail(tx: Tx, actor: Actor, documentId: string) {
    requireAny(actor, ['zaken.lezen']);
    if (!isUuid(documentId)) return [];
    const rows = await tx.select().from(documentAudittrail).where(eq(documentAudittrail.hoofdObject, documentId)).orderBy(asc(documentAudittrail.aanmaakdatum));
    return rows.map((r) => ({
      uuid: r.id, bron: r.bron, applicatieId: r.applicatieId, applicatieWeergave: r.applicatieWeergave, gebruikersId: r.gebruikersId,
      gebruikersWeergave: r.gebruikersWeergave, actie: r.actie, actieWeergave: r.actieWeergave, resultaat: r.resultaat, hoofdObject: r.hoofdObject,
      resource: r.resource, resourceUrl: r.resourceId, resourceWeergave: r.resourceWeergave, toelichting: r.toelichting, aanmaakdatum: r.aanmaakdatum,
      wijzigingen: r.wijzigingen,
    }));
  }

  // -------------------------------------------------------------------------------------------
  // Internals
  // -------------------------------------------------------------------------------------------

  private async loadRow(tx: Tx, id: string): Promise<DocumentRow | undefined> {
    const [row] = await tx.select().from(documenten).where(eq(documenten.id, id));
    return row;
  }

  private async loadForUpdate(tx: Tx, id: string): Promise<DocumentRow> {
    const [row] = isUuid(id) ? await tx.select().from(documenten).where(eq(documenten.id, id)).for('update') : [];
    if (!row) throw notFound('Document');
    return row;
  }

  private async loadVersion(tx: Tx, id: string, options: { versie?: number; registratieOp?: Date } = {}, known?: DocumentRow): Promise<Document | undefined> {
    const row = known ?? await this.loadRow(tx, id);
    if (!row) return undefined;
    const where = [eq(documentVersies.documentId, id)];
    if (options.versie !== undefined) where.push(eq(documentVersies.versie, options.versie));
    // Compared at millisecond precision: a moment read back from JavaScript has no microseconds.
    else if (options.registratieOp) where.push(sql`date_trunc('milliseconds', ${documentVersies.beginRegistratie}) <= ${options.registratieOp.toISOString()}::timestamptz`);
    else where.push(eq(documentVersies.versie, row.versie));
    const [v] = await tx.select(versionColumns).from(documentVersies).where(and(...where)).orderBy(desc(documentVersies.versie)).limit(1);
    return v ? toDocument(row, v as VersieRow) : undefined;
  }

  private async audit(tx: Tx, actor: Actor, actie: string, actieWeergave: string, document: Document, oud: Record<string, unknown> | null, nieuw: Record<string, unknown> | null, resource = 'enkelvoudiginformatieobject', resourceId = document.id): Promise<void> {
    await tx.insert(documentAudittrail).values({
      ...auditWho(actor), actie, actieWeergave, resultaat: actie === 'create' ? 201 : actie === 'destroy' ? 204 : 200, hoofdObject: document.id,
      resource, resourceId, resourceWeergave: `${document.identificatie} ${document.titel}`.slice(0, 200),
      wijzigingen: { oud, nieuw },
    });
  }

  private async publish(tx: Tx, topic: string, document: Document): Promise<void> {
    const tenantId = await currentTenant(tx);
    await publish(tx, {
      tenantId, topic,
      payload: { informatieobject: document.id, versie: document.versie, informatieobjecttype: document.informatieobjecttype, bronorganisatie: document.bronorganisatie, vertrouwelijkheidaanduiding: document.vertrouwelijkheidaanduiding },
    });
  }
}

/** Every column but the content itself (which only getContent reads). */
const versionColumns = {
  id: documentVersies.id, tenantId: documentVersies.tenantId, documentId: documentVersies.documentId, versie: documentVersies.versie,
  beginRegistratie: documentVersies.beginRegistratie, creatiedatum: documentVersies.creatiedatum, titel: documentVersies.titel,
  vertrouwelijkheidaanduiding: documentVersies.vertrouwelijkheidaanduiding, auteur: documentVersies.auteur, status: documentVersies.status,
  formaat: documentVersies.formaat, taal: documentVersies.taal, bestandsnaam: documentVersies.bestandsnaam, bestandsomvang: documentVersies.bestandsomvang,
  inhoudSha256: documentVersies.inhoudSha256, link: documentVersies.link, beschrijving: documentVersies.beschrijving,
  ontvangstdatum: documentVersies.ontvangstdatum, verzenddatum: documentVersies.verzenddatum, verschijningsvorm: documentVersies.verschijningsvorm,
  ondertekening: documentVersies.ondertekening, integriteit: documentVersies.integriteit, informatieobjecttype: documentVersies.informatieobjecttype,
  trefwoorden: documentVersies.trefwoorden, geregistreerdDoor: documentVersies.geregistreerdDoor,
};

function toDocument(row: DocumentRow, v: Omit<VersieRow, 'inhoud'>): Document {
  return {
    id: row.id, identificatie: row.identificatie, bronorganisatie: row.bronorganisatie, creatiedatum: v.creatiedatum, titel: v.titel,
    vertrouwelijkheidaanduiding: v.vertrouwelijkheidaanduiding, auteur: v.auteur, status: v.status, formaat: v.formaat, taal: v.taal,
    versie: v.versie, beginRegistratie: v.beginRegistratie, bestandsnaam: v.bestandsnaam, bestandsomvang: v.bestandsomvang, link: v.link,
    beschrijving: v.beschrijving, ontvangstdatum: v.ontvangstdatum, verzenddatum: v.verzenddatum, indicatieGebruiksrecht: row.indicatieGebruiksrecht,
    verschijningsvorm: v.verschijningsvorm, ondertekening: v.ondertekening, integriteit: v.integriteit, informatieobjecttype: v.informatieobjecttype,
    locked: row.lock !== '', trefwoorden: v.trefwoorden, inhoudSha256: v.inhoudSha256, laatsteVersie: row.versie,
  };
}

function toGebruiksrecht(r: typeof gebruiksrechten.$inferSelect): Gebruiksrecht {
  return { id: r.id, informatieobject: r.documentId, startdatum: r.startdatum, einddatum: r.einddatum, omschrijvingVoorwaarden: r.omschrijvingVoorwaarden };
}

/** What the audit trail keeps of a version (no content). */
function auditView(d: Document): Record<string, unknown> {
  const { beginRegistratie, ...rest } = d;
  return { ...rest, beginRegistratie: beginRegistratie.toISOString() };
}

function actorWeergave(actor: Actor): string {
  return auditWho(actor).gebruikersWeergave || auditWho(actor).applicatieWeergave;
}

function versionValues(input: DocumentInput, content: Buffer | undefined, defaults: { vertrouwelijkheidaanduiding?: DocumentInput['vertrouwelijkheidaanduiding'] }) {
  const sha = content ? createHash('sha256').update(content).digest('hex') : null;
  if (content && input.integriteit?.algoritme === 'sha_256' && input.integriteit.waarde.toLowerCase() !== sha) {
    throw invalid('integriteit.waarde', 'integriteit-onjuist', 'De SHA-256 van het bestand komt niet overeen met de opgegeven integriteit.');
  }
  return {
    creatiedatum: input.creatiedatum ?? todayNl(), titel: input.titel.trim(),
    vertrouwelijkheidaanduiding: (input.vertrouwelijkheidaanduiding ?? defaults.vertrouwelijkheidaanduiding)!,
    auteur: input.auteur.trim(), status: input.status ?? '', formaat: input.formaat ?? '', taal: input.taal ?? 'dut',
    bestandsnaam: input.bestandsnaam ?? '', bestandsomvang: content ? content.length : null, inhoud: content ?? null, inhoudSha256: sha,
    link: input.link ?? '', beschrijving: input.beschrijving ?? '', ontvangstdatum: input.ontvangstdatum ?? null, verzenddatum: input.verzenddatum ?? null,
    verschijningsvorm: input.verschijningsvorm ?? '', ondertekening: input.ondertekening ?? null, integriteit: input.integriteit ?? null,
    informatieobjecttype: input.informatieobjecttype, trefwoorden: input.trefwoorden ?? [],
  };
}

/** The field rules of the standard, for a new document and for a version's merged fields. */
function validateFields(input: DocumentInput, problems: Invalid, options: { creating: boolean }): void {
  const text = (name: keyof DocumentInput, max: number, required = false) => {
    const value = input[name];
    if (value === undefined || value === null) {
      if (required) problems.add(name, 'required', 'Dit veld is verplicht.');
      return;
    }
    if (typeof value !== 'string') problems.add(name, 'invalid', 'Geef tekst op.');
    else if (required && !value.trim()) problems.add(name, 'required', 'Dit veld is verplicht.');
    else if (value.length > max) problems.add(name, 'max_length', `Ten hoogste ${max} tekens.`);
  };
  text('titel', 200, true);
  text('auteur', 200, true);
  text('formaat', 255);
  text('bestandsnaam', 255);
  text('link', 200);
  text('beschrijving', 1000);
  if (options.creating) text('identificatie', 40);
  if (input.bronorganisatie !== undefined && !isValidRsin(input.bronorganisatie)) problems.add('bronorganisatie', 'invalid', 'Dit is geen geldig RSIN.');
  if (input.creatiedatum !== undefined && !isIsoDate(input.creatiedatum)) problems.add('creatiedatum', 'invalid', 'Geef een datum als 2026-01-31.');
  if (input.taal !== undefined && !/^[a-z]{3}$/.test(input.taal)) problems.add('taal', 'invalid', 'Geef een taalcode van drie letters (ISO 639-2/B), bijvoorbeeld dut.');
  if (input.vertrouwelijkheidaanduiding !== undefined && !(VERTROUWELIJKHEIDAANDUIDINGEN as readonly string[]).includes(input.vertrouwelijkheidaanduiding)) {
    problems.add('vertrouwelijkheidaanduiding', 'invalid_choice', `Kies uit: ${VERTROUWELIJKHEIDAANDUIDINGEN.join(', ')}.`);
  }
  if (input.status !== undefined && !(DOCUMENT_STATUSSEN as readonly string[]).includes(input.status)) {
    problems.add('status', 'invalid_choice', 'Kies in_bewerking, ter_vaststelling, definitief of gearchiveerd.');
  }
  for (const name of ['ontvangstdatum', 'verzenddatum'] as const) {
    const value = input[name];
    if (value !== undefined && value !== null && !isIsoDate(value)) problems.add(name, 'invalid', 'Geef een datum als 2026-01-31.');
  }
  const editing = input.status === 'in_bewerking' || input.status === 'ter_vaststelling';
  if (input.ontvangstdatum && editing) {
    problems.add('status', 'invalid_for_received', 'Een ontvangen document kan niet "in bewerking" of "ter vaststelling" zijn.');
  }
  if (input.ondertekening) {
    if (!(ONDERTEKENING_SOORTEN as readonly string[]).includes(input.ondertekening.soort) || !isIsoDate(input.ondertekening.datum)) {
      problems.add('ondertekening', 'invalid', 'Geef de soort (analoog, digitaal, pki) en de datum van ondertekening.');
    } else if (editing) {
      problems.add('ondertekening', 'invalid', 'Een document "in bewerking" of "ter vaststelling" is nog niet ondertekend.');
    }
  }
  if (input.integriteit) {
    const i = input.integriteit;
    if (!(INTEGRITEIT_ALGORITMEN as readonly string[]).includes(i.algoritme) || typeof i.waarde !== 'string' || !i.waarde || i.waarde.length > 128 || !isIsoDate(i.datum)) {
      problems.add('integriteit', 'invalid', 'Geef het algoritme, de waarde (ten hoogste 128 tekens) en de datum van de checksum.');
    }
  }
  if (input.trefwoorden !== undefined && (!Array.isArray(input.trefwoorden) || input.trefwoorden.some((t) => typeof t !== 'string'))) {
    problems.add('trefwoorden', 'invalid', 'Geef een lijst van woorden.');
  }
  if (typeof input.informatieobjecttype !== 'string' || !input.informatieobjecttype) problems.add('informatieobjecttype', 'required', 'Kies het soort document.');
}
