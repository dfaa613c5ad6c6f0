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
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { auditWho, can, requireAny, type Actor } from '../../platform/auth/access.js';
import { hasScope, VERTROUWELIJKHEID } from '../../platform/auth/zgw.js';
import type { Sealer } from '../../platform/crypto/sealer.js';
import { currentTenant, type Tx } from '../../platform/db/database.js';
import { HttpError, Invalid, invalid, notFound } from '../../platform/http/problem.js';
import { publish } from '../../platform/jobs/index.js';
import { VERTROUWELIJKHEIDAANDUIDINGEN, getCatalogus, getInformatieobjecttype } from '../catalogi/index.js';
import { notify, zgwRef } from '../notificaties/publish.js';
import { documentAudittrail, documentBestandsdelen, documenten, documentVersies, gebruiksrechten, objectinformatieobjecten, verzendingen } from './schema.js';
import { nextNumber } from './support.js';
import { dateInNl as todayNl, isIsoDate, isUuid, isValidRsin, stripUndefined } from '../../platform/values.js';
import {
  AARD_RELATIES, DOCUMENT_STATUSSEN, INTEGRITEIT_ALGORITMEN, OBJECT_TYPES, ONDERTEKENING_SOORTEN,
  type Bestandsdeel, type Document, type DocumentAccess, type DocumentContent, type DocumentFilter, type DocumentInput, type Gebruiksrecht, type GebruiksrechtFilter,
  type GebruiksrechtInput, type Objectinformatieobject, type ObjectType, type Verzending, type VerzendingFilter, type VerzendingInput,
} from './types.js';

/** Largest content of a document (stored in one piece in PostgreSQL, also when it came in bestandsdelen). */
export const MAX_INLINE_BYTES = 100 * 1024 * 1024;

/** Size of the bestandsdelen a large file is uploaded in (the last one is smaller). */
export const BESTANDSDEEL_BYTES = 4 * 1024 * 1024;

/** The Documenten API's resources with their paths, for notifications and audit trail URLs. */
export const RESOURCE_PATHS = {
  enkelvoudiginformatieobject: 'enkelvoudiginformatieobjecten', gebruiksrechten: 'gebruiksrechten', objectinformatieobject: 'objectinformatieobjecten', verzending: 'verzendingen',
} as const;
export type DocumentResource = keyof typeof RESOURCE_PATHS;

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
   *
   * Without content but with `bestandsomvang` > 0 the file comes in parts (Documenten API 1.1):
   * the document gets bestandsdelen and is locked; `lock` is the lock id to upload them with.
   * `bestandsomvang` 0 without content stores an empty file.
   */
  async createDocument(tx: Tx, actor: Actor, input: DocumentInput & { content?: Buffer | undefined; bestandsomvang?: number | null }): Promise<Document & { lock: string }> {
    if (actor.kind !== 'resident') requireAny(actor, ['zaken.aanmaken', 'zaken.behandelen']);
    const problems = new Invalid();
    validateFields(input, problems, { creating: true });
    const content = input.content;
    if (content !== undefined && !Buffer.isBuffer(content)) problems.add('inhoud', 'invalid', 'De inhoud moet een bestand zijn.');
    if (content && content.length > MAX_INLINE_BYTES) throw tooLarge();
    checkBestandsomvang(problems, input.bestandsomvang, content);
    const type = isUuid(input.informatieobjecttype) ? await getInformatieobjecttype(tx, input.informatieobjecttype) : undefined;
    if (!type) problems.add('informatieobjecttype', 'bad-url', 'Dit informatieobjecttype bestaat niet.');
    else if (type.concept) problems.add('informatieobjecttype', 'not-published', 'Dit informatieobjecttype is nog niet gepubliceerd.');
    if (input.indicatieGebruiksrecht === true) {
      problems.add('indicatieGebruiksrecht', 'missing-gebruiksrechten', 'Zet gebruiksrechten om de indicatie op "ja" te krijgen; geef hier alleen "nee" of "onbekend".');
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
    const inParts = content === undefined && typeof input.bestandsomvang === 'number' && input.bestandsomvang > 0;
    const lock = inParts ? newLock() : '';
    const inserted = await tx.insert(documenten).values({
      id, identificatie, bronorganisatie, versie: 1, lock, indicatieGebruiksrecht: input.indicatieGebruiksrecht ?? null, uploaderKey: this.uploaderKey(actor),
    }).onConflictDoNothing().returning({ id: documenten.id });
    if (!inserted.length) {
      throw new HttpError(400, 'Deze identificatie is al in gebruik bij deze bronorganisatie.', [{ name: 'identificatie', code: 'identificatie-niet-uniek', reason: 'Deze identificatie is al in gebruik.' }], 'identificatie-niet-uniek');
    }
    const values = versionValues(input, contentFor(content, input.bestandsomvang), {
      vertrouwelijkheidaanduiding: input.vertrouwelijkheidaanduiding || type!.vertrouwelijkheidaanduiding,
    });
    if (inParts) values.bestandsomvang = input.bestandsomvang!;
    await tx.insert(documentVersies).values({ ...values, documentId: id, versie: 1, geregistreerdDoor: actorWeergave(actor) });
    if (inParts) await this.createParts(tx, id, input.bestandsomvang!, lock);
    const document = (await this.loadVersion(tx, id))!;
    await this.audit(tx, actor, 'create', 'Document aangemaakt', document, null, auditView(document));
    await this.publish(tx, 'document.aangemaakt', document);
    await this.notifyDocument(tx, document, 'enkelvoudiginformatieobject', document.id, 'create');
    return { ...document, lock };
  }

  /** Locks the document for changing; returns the lock id that changes and unlock must carry. */
  async lock(tx: Tx, actor: Actor, id: string): Promise<{ lock: string }> {
    this.requireChange(actor);
    const row = await this.loadForUpdate(tx, id);
    if (row.lock) throw invalid('nonFieldErrors', 'existing-lock', 'Het document is al vergrendeld.');
    const lock = newLock();
    await tx.update(documenten).set({ lock }).where(eq(documenten.id, id));
    const document = (await this.loadVersion(tx, id))!;
    await this.audit(tx, actor, 'lock', 'Document vergrendeld', document, null, null);
    return { lock };
  }

  /**
   * Unlocks with the lock id, or without it when forced (`force`: for whoever may take over
   * work, zaken.toewijzen, a ZGW client with documenten.geforceerd-unlock, or the platform itself).
   * When the file came in bestandsdelen, they are joined into the content now: all must be
   * complete (else 400 incomplete-upload), unless forced, which drops an incomplete upload.
   * `check` sees the joined content before it is stored (e.g. a malware scan) and may throw.
   */
  async unlock(tx: Tx, actor: Actor, id: string, lock: string | undefined, options: { force?: boolean; check?: (content: Buffer) => Promise<void> } = {}): Promise<void> {
    this.requireChange(actor);
    const row = await this.loadForUpdate(tx, id);
    if (options.force) {
      const zgwForce = actor.kind === 'api-client' && actor.zgw !== undefined && hasScope(actor.zgw, 'documenten.geforceerd-unlock');
      if (!can(actor, 'zaken.toewijzen') && !zgwForce) throw new HttpError(403, 'Alleen wie werk mag overnemen kan een document geforceerd ontgrendelen.', [], 'forbidden');
    } else if ((lock ?? '') !== row.lock) {
      throw invalid('nonFieldErrors', 'incorrect-lock-id', 'Het document is niet met deze lock vergrendeld.');
    }
    const parts = await tx.select({ id: documentBestandsdelen.id, volgnummer: documentBestandsdelen.volgnummer, omvang: documentBestandsdelen.omvang, inhoud: documentBestandsdelen.inhoud })
      .from(documentBestandsdelen).where(eq(documentBestandsdelen.documentId, id)).orderBy(asc(documentBestandsdelen.volgnummer));
    if (parts.length) {
      const complete = parts.every((p) => p.inhoud !== null && p.inhoud.length === p.omvang);
      if (!complete && !options.force) throw invalid('nonFieldErrors', 'incomplete-upload', 'Nog niet alle bestandsdelen zijn volledig geüpload.');
      if (complete) {
        const content = Buffer.concat(parts.map((p) => p.inhoud!));
        if (options.check) await options.check(content);
        const [latest] = await tx.select({ integriteit: documentVersies.integriteit }).from(documentVersies).where(and(eq(documentVersies.documentId, id), eq(documentVersies.versie, row.versie)));
        const sha = createHash('sha256').update(content).digest('hex');
        if (latest?.integriteit?.algoritme === 'sha_256' && latest.integriteit.waarde.toLowerCase() !== sha) {
          throw invalid('integriteit.waarde', 'integriteit-onjuist', 'De SHA-256 van het bestand komt niet overeen met de opgegeven integriteit.');
        }
        await tx.update(documentVersies).set({ inhoud: content, inhoudSha256: sha, bestandsomvang: content.length })
          .where(and(eq(documentVersies.documentId, id), eq(documentVersies.versie, row.versie)));
      } else {
        await tx.update(documentVersies).set({ bestandsomvang: null }).where(and(eq(documentVersies.documentId, id), eq(documentVersies.versie, row.versie)));
      }
      await tx.delete(documentBestandsdelen).where(eq(documentBestandsdelen.documentId, id));
    }
    await tx.update(documenten).set({ lock: '' }).where(eq(documenten.id, id));
    const document = (await this.loadVersion(tx, id))!;
    await this.audit(tx, actor, options.force ? 'force_unlock' : 'unlock', options.force ? 'Document geforceerd ontgrendeld' : 'Document ontgrendeld', document, null, null);
  }

  /**
   * A new version: the latest version with these changes. Needs the document to be locked with
   * this lock id (drc-009, drc-010); it stays locked. `content`: new content (Buffer), none
   * (null; with `bestandsomvang` > 0 the file then comes in new bestandsdelen), or the latest
   * version's (undefined). `actie` is what the notification says (update or partial_update).
   */
  async addVersion(tx: Tx, actor: Actor, id: string, changes: Partial<DocumentInput> & { lock: string; content?: Buffer | null | undefined; bestandsomvang?: number | null }, options: { actie?: 'update' | 'partial_update' } = {}): Promise<Document> {
    this.requireChange(actor);
    const row = await this.loadForUpdate(tx, id);
    if (!row.lock) throw invalid('nonFieldErrors', 'unlocked', 'Een document dat niet vergrendeld is kan niet worden gewijzigd.');
    if (!changes.lock) throw invalid('lock', 'missing-lock-id', 'Geef de lock van het document mee.');
    if (changes.lock !== row.lock) throw invalid('nonFieldErrors', 'incorrect-lock-id', 'Het document is niet met deze lock vergrendeld.');
    const [latest] = await tx.select().from(documentVersies).where(and(eq(documentVersies.documentId, id), eq(documentVersies.versie, row.versie)));
    const previous = toDocument(row, latest!);
    const { lock: _lock, content, bestandsomvang, ...fields } = changes;
    if (content && content.length > MAX_INLINE_BYTES) throw tooLarge();
    if ('identificatie' in fields && fields.identificatie !== undefined && fields.identificatie !== '' && fields.identificatie !== row.identificatie) {
      throw invalid('identificatie', 'wijzigen-niet-toegestaan', 'De identificatie van een document kan niet veranderen.');
    }
    if ('bronorganisatie' in fields && fields.bronorganisatie !== undefined && fields.bronorganisatie !== row.bronorganisatie) {
      throw invalid('bronorganisatie', 'wijzigen-niet-toegestaan', 'De bronorganisatie van een document kan niet veranderen.');
    }
    const { identificatie: _identificatie, bronorganisatie: _bronorganisatie, ...rest } = fields;
    const merged: DocumentInput = {
      creatiedatum: latest!.creatiedatum, titel: latest!.titel, vertrouwelijkheidaanduiding: latest!.vertrouwelijkheidaanduiding, auteur: latest!.auteur,
      status: latest!.status, formaat: latest!.formaat, taal: latest!.taal, bestandsnaam: latest!.bestandsnaam, link: latest!.link,
      beschrijving: latest!.beschrijving, ontvangstdatum: latest!.ontvangstdatum, verzenddatum: latest!.verzenddatum, verschijningsvorm: latest!.verschijningsvorm,
      ondertekening: latest!.ondertekening, integriteit: latest!.integriteit, informatieobjecttype: latest!.informatieobjecttype, trefwoorden: latest!.trefwoorden,
      ...stripUndefined(rest),
    };
    if (!merged.vertrouwelijkheidaanduiding) merged.vertrouwelijkheidaanduiding = latest!.vertrouwelijkheidaanduiding;
    const problems = new Invalid();
    validateFields(merged, problems, { creating: false });
    if (merged.informatieobjecttype !== latest!.informatieobjecttype) {
      const type = isUuid(merged.informatieobjecttype) ? await getInformatieobjecttype(tx, merged.informatieobjecttype) : undefined;
      if (!type) problems.add('informatieobjecttype', 'bad-url', 'Dit informatieobjecttype bestaat niet.');
      else if (type.concept) problems.add('informatieobjecttype', 'not-published', 'Dit informatieobjecttype is nog niet gepubliceerd.');
    }
    if (fields.indicatieGebruiksrecht !== undefined) {
      const [recht] = await tx.select({ id: gebruiksrechten.id }).from(gebruiksrechten).where(eq(gebruiksrechten.documentId, id)).limit(1);
      if (recht && fields.indicatieGebruiksrecht !== true) {
        problems.add('indicatieGebruiksrecht', 'existing-gebruiksrechten', 'Er zijn gebruiksrechten; verwijder die om de indicatie te veranderen.');
      } else if (!recht && fields.indicatieGebruiksrecht === true) {
        problems.add('indicatieGebruiksrecht', 'missing-gebruiksrechten', 'Zet gebruiksrechten om de indicatie op "ja" te krijgen.');
      }
    }
    // The content of the new version: the given content, none, or the latest version's.
    const keep = content === undefined && latest!.inhoud !== null;
    const size = bestandsomvang !== undefined ? bestandsomvang : content === undefined ? latest!.bestandsomvang : undefined;
    if (keep) {
      if (bestandsomvang !== undefined && bestandsomvang !== latest!.inhoud!.length) {
        problems.add('bestandsomvang', 'file-size', 'De bestandsomvang komt niet overeen met de grootte van het bestand.');
      }
    } else {
      checkBestandsomvang(problems, size, content ?? undefined);
    }
    problems.throwIfAny();
    const values = keep
      ? { ...versionValues(merged, undefined, {}), inhoud: latest!.inhoud, inhoudSha256: latest!.inhoudSha256, bestandsomvang: latest!.bestandsomvang }
      : versionValues(merged, contentFor(content ?? undefined, size), {});
    const inParts = !values.inhoud && typeof size === 'number' && size > 0;
    if (inParts) values.bestandsomvang = size;
    const versie = row.versie + 1;
    await tx.insert(documentVersies).values({ ...values, documentId: id, versie, geregistreerdDoor: actorWeergave(actor) });
    await tx.update(documenten).set({
      versie, ...(fields.indicatieGebruiksrecht !== undefined ? { indicatieGebruiksrecht: fields.indicatieGebruiksrecht } : {}),
    }).where(eq(documenten.id, id));
    await tx.delete(documentBestandsdelen).where(eq(documentBestandsdelen.documentId, id));
    if (inParts) await this.createParts(tx, id, size!, row.lock);
    const document = (await this.loadVersion(tx, id))!;
    await this.audit(tx, actor, options.actie ?? 'update', `Nieuwe versie ${versie}`, document, auditView(previous), auditView(document));
    await this.publish(tx, 'document.gewijzigd', document);
    await this.notifyDocument(tx, document, 'enkelvoudiginformatieobject', document.id, options.actie ?? 'update');
    return document;
  }

  /**
   * Deletes the document with all its versions, gebruiksrechten, verzendingen and audit trail;
   * refused while it has relations (drc-008) or is locked (as Open Zaak).
   */
  async deleteDocument(tx: Tx, actor: Actor, id: string): Promise<void> {
    this.requireChange(actor);
    const row = await this.loadForUpdate(tx, id);
    const [relation] = await tx.select({ id: objectinformatieobjecten.id }).from(objectinformatieobjecten).where(eq(objectinformatieobjecten.documentId, id)).limit(1);
    if (relation) throw invalid('nonFieldErrors', 'pending-relations', 'Het document hoort nog bij een zaak of besluit en kan niet worden verwijderd.');
    if (row.lock) throw invalid('nonFieldErrors', 'destroy-locked', 'Een vergrendeld document kan niet worden verwijderd.');
    const document = (await this.loadVersion(tx, id, {}, row))!;
    await tx.delete(documenten).where(eq(documenten.id, row.id));
    const tenantId = await currentTenant(tx);
    await publish(tx, { tenantId, topic: 'document.verwijderd', payload: { informatieobject: id } });
    await this.notifyDocument(tx, document, 'enkelvoudiginformatieobject', document.id, 'destroy', tenantId);
  }

  /** The bestandsdeel (without its bytes) and its document id; undefined when unknown. */
  async getBestandsdeel(tx: Tx, actor: Actor, id: string): Promise<Bestandsdeel | undefined> {
    this.requireRead(actor);
    if (!isUuid(id)) return undefined;
    const [part] = await tx.select(partColumns).from(documentBestandsdelen).where(eq(documentBestandsdelen.id, id));
    return part ? toBestandsdeel(part) : undefined;
  }

  /**
   * Stores one part of a file that comes in parts: with the document's lock id, and exactly as
   * many bytes as the part's omvang (else 400 file-size). The parts are joined on unlock.
   */
  async uploadBestandsdeel(tx: Tx, actor: Actor, id: string, lock: string, content: Buffer | undefined): Promise<Bestandsdeel> {
    this.requireChange(actor);
    const [part] = isUuid(id) ? await tx.select({ id: documentBestandsdelen.id, documentId: documentBestandsdelen.documentId, omvang: documentBestandsdelen.omvang })
      .from(documentBestandsdelen).where(eq(documentBestandsdelen.id, id)).for('update') : [];
    if (!part) throw notFound('Bestandsdeel');
    const row = await this.loadForUpdate(tx, part.documentId);
    if (!row.lock || lock !== row.lock) throw invalid('nonFieldErrors', 'incorrect-lock-id', 'Het document is niet met deze lock vergrendeld.');
    if (content === undefined) return toBestandsdeel((await tx.select(partColumns).from(documentBestandsdelen).where(eq(documentBestandsdelen.id, id)))[0]!);
    if (content.length !== part.omvang) {
      throw invalid('inhoud', 'file-size', `Het bestandsdeel heeft een afwijkende grootte: verwacht ${part.omvang} bytes, ontvangen ${content.length}.`);
    }
    const [updated] = await tx.update(documentBestandsdelen).set({ inhoud: content }).where(eq(documentBestandsdelen.id, id)).returning(partColumns);
    return toBestandsdeel(updated!);
  }

  /** The bestandsdelen of these documents (one query), by document id, in order. */
  async bestandsdelenOf(tx: Tx, ids: string[]): Promise<Map<string, Bestandsdeel[]>> {
    const result = new Map<string, Bestandsdeel[]>();
    const wanted = ids.filter(isUuid);
    if (!wanted.length) return result;
    const parts = await tx.select(partColumns).from(documentBestandsdelen).where(inArray(documentBestandsdelen.documentId, wanted)).orderBy(asc(documentBestandsdelen.volgnummer));
    for (const p of parts) {
      const list = result.get(p.documentId) ?? [];
      list.push(toBestandsdeel(p));
      result.set(p.documentId, list);
    }
    return result;
  }

  private async createParts(tx: Tx, documentId: string, size: number, lock: string): Promise<void> {
    const rows = [];
    for (let volgnummer = 1, left = size; left > 0; volgnummer++) {
      const omvang = Math.min(BESTANDSDEEL_BYTES, left);
      rows.push({ documentId, volgnummer, omvang, lock });
      left -= omvang;
    }
    await tx.insert(documentBestandsdelen).values(rows);
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
    const document = (await this.loadVersion(tx, row.id, {}, row))!;
    await this.audit(tx, actor, 'create', `Gekoppeld aan ${relation.objectType}`, document, null, { object: relation.object, objectType: relation.objectType }, 'objectinformatieobject', inserted.id);
    await this.notifyDocument(tx, document, 'objectinformatieobject', inserted.id, 'create');
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
    if (!document) return;
    await this.audit(tx, actor, 'destroy', `Ontkoppeld van ${relation.objectType}`, document, { object: relation.object, objectType: relation.objectType }, null, 'objectinformatieobject', removed.id);
    await this.notifyDocument(tx, document, 'objectinformatieobject', removed.id, 'destroy');
  }

  /** One relation with its document (latest version); undefined when unknown. */
  async getObjectinformatieobject(tx: Tx, actor: Actor, id: string): Promise<{ relation: Objectinformatieobject; document: Document } | undefined> {
    this.requireRead(actor);
    if (!isUuid(id)) return undefined;
    const [r] = await tx.select().from(objectinformatieobjecten).where(eq(objectinformatieobjecten.id, id));
    if (!r) return undefined;
    const document = await this.getDocument(tx, actor, r.documentId);
    return document ? { relation: { id: r.id, informatieobject: r.documentId, object: r.object, objectType: r.objectType }, document } : undefined;
  }

  /** Relations by document and/or object, only of documents in `access` (in SQL), oldest first. */
  async findObjectinformatieobjecten(tx: Tx, actor: Actor, filter: { informatieobject?: string | null; object?: string | null; objectType?: ObjectType; access?: DocumentAccess }): Promise<Objectinformatieobject[]> {
    this.requireRead(actor);
    if (filter.informatieobject === null || filter.object === null) return [];
    const where: (SQL | undefined)[] = [accessCondition(filter.access)];
    if (filter.informatieobject !== undefined) where.push(eq(objectinformatieobjecten.documentId, filter.informatieobject));
    if (filter.object !== undefined) where.push(eq(objectinformatieobjecten.object, filter.object));
    if (filter.objectType) where.push(eq(objectinformatieobjecten.objectType, filter.objectType));
    const rows = await tx.select({ id: objectinformatieobjecten.id, documentId: objectinformatieobjecten.documentId, object: objectinformatieobjecten.object, objectType: objectinformatieobjecten.objectType })
      .from(objectinformatieobjecten)
      .innerJoin(documenten, eq(documenten.id, objectinformatieobjecten.documentId))
      .innerJoin(documentVersies, and(eq(documentVersies.documentId, documenten.id), eq(documentVersies.versie, documenten.versie)))
      .where(and(...where)).orderBy(asc(objectinformatieobjecten.createdAt), asc(objectinformatieobjecten.id)).limit(10_000);
    return rows.map((r) => ({ id: r.id, informatieobject: r.documentId, object: r.object, objectType: r.objectType }));
  }

  /** Adds gebruiksrechten; the document's indicatieGebruiksrecht becomes true (drc-006). */
  async addGebruiksrecht(tx: Tx, actor: Actor, documentId: string, input: GebruiksrechtInput): Promise<Gebruiksrecht> {
    this.requireChange(actor);
    const row = await this.loadForUpdate(tx, documentId);
    checkGebruiksrecht(input);
    const [inserted] = await tx.insert(gebruiksrechten).values({
      documentId: row.id, startdatum: input.startdatum, einddatum: input.einddatum ?? null, omschrijvingVoorwaarden: input.omschrijvingVoorwaarden.trim(),
    }).returning();
    await tx.update(documenten).set({ indicatieGebruiksrecht: true }).where(eq(documenten.id, row.id));
    const document = (await this.loadVersion(tx, row.id))!;
    const recht = toGebruiksrecht(inserted!);
    await this.audit(tx, actor, 'create', 'Gebruiksrechten toegevoegd', document, null, gebruiksrechtView(recht), 'gebruiksrechten', recht.id);
    await this.notifyDocument(tx, document, 'gebruiksrechten', recht.id, 'create');
    return recht;
  }

  /** Changes the period or conditions of gebruiksrechten (the document stays the same). */
  async updateGebruiksrecht(tx: Tx, actor: Actor, id: string, changes: Partial<GebruiksrechtInput>, options: { actie?: 'update' | 'partial_update' } = {}): Promise<Gebruiksrecht> {
    this.requireChange(actor);
    const [current] = isUuid(id) ? await tx.select().from(gebruiksrechten).where(eq(gebruiksrechten.id, id)).for('update') : [];
    if (!current) throw notFound('Gebruiksrecht');
    const before = toGebruiksrecht(current);
    const merged: GebruiksrechtInput = {
      startdatum: changes.startdatum ?? before.startdatum,
      einddatum: changes.einddatum !== undefined ? changes.einddatum : before.einddatum,
      omschrijvingVoorwaarden: changes.omschrijvingVoorwaarden ?? before.omschrijvingVoorwaarden,
    };
    checkGebruiksrecht(merged);
    const [updated] = await tx.update(gebruiksrechten).set({
      startdatum: merged.startdatum, einddatum: merged.einddatum ?? null, omschrijvingVoorwaarden: merged.omschrijvingVoorwaarden.trim(),
    }).where(eq(gebruiksrechten.id, id)).returning();
    const recht = toGebruiksrecht(updated!);
    const document = (await this.loadVersion(tx, recht.informatieobject))!;
    await this.audit(tx, actor, options.actie ?? 'update', 'Gebruiksrechten gewijzigd', document, gebruiksrechtView(before), gebruiksrechtView(recht), 'gebruiksrechten', recht.id);
    await this.notifyDocument(tx, document, 'gebruiksrechten', recht.id, options.actie ?? 'update');
    return recht;
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
    await this.audit(tx, actor, 'destroy', 'Gebruiksrechten verwijderd', document, gebruiksrechtView(toGebruiksrecht(removed)), null, 'gebruiksrechten', removed.id);
    await this.notifyDocument(tx, document, 'gebruiksrechten', removed.id, 'destroy');
  }

  async getGebruiksrecht(tx: Tx, actor: Actor, id: string): Promise<{ recht: Gebruiksrecht; document: Document } | undefined> {
    this.requireRead(actor);
    if (!isUuid(id)) return undefined;
    const [r] = await tx.select().from(gebruiksrechten).where(eq(gebruiksrechten.id, id));
    if (!r) return undefined;
    const document = await this.getDocument(tx, actor, r.documentId);
    return document ? { recht: toGebruiksrecht(r), document } : undefined;
  }

  /** Gebruiksrechten by document and period, only of documents in `access` (in SQL). */
  async findGebruiksrechten(tx: Tx, actor: Actor, filter: GebruiksrechtFilter): Promise<Gebruiksrecht[]> {
    this.requireRead(actor);
    if (filter.informatieobject === null) return [];
    const where: (SQL | undefined)[] = [accessCondition(filter.access)];
    if (filter.informatieobject !== undefined) where.push(eq(gebruiksrechten.documentId, filter.informatieobject));
    for (const [column, range] of [[gebruiksrechten.startdatum, filter.startdatum], [gebruiksrechten.einddatum, filter.einddatum]] as const) {
      if (range?.lt) where.push(lt(column, range.lt));
      if (range?.lte) where.push(lte(column, range.lte));
      if (range?.gt) where.push(gt(column, range.gt));
      if (range?.gte) where.push(gte(column, range.gte));
    }
    const rows = await tx.select({ r: gebruiksrechten }).from(gebruiksrechten)
      .innerJoin(documenten, eq(documenten.id, gebruiksrechten.documentId))
      .innerJoin(documentVersies, and(eq(documentVersies.documentId, documenten.id), eq(documentVersies.versie, documenten.versie)))
      .where(and(...where)).orderBy(asc(gebruiksrechten.startdatum), asc(gebruiksrechten.id)).limit(10_000);
    return rows.map((x) => toGebruiksrecht(x.r));
  }

  // -------------------------------------------------------------------------------------------
  // Verzendingen
  // -------------------------------------------------------------------------------------------

  /** Registers that the document was sent to or received from a betrokkene, at one address. */
  async addVerzending(tx: Tx, actor: Actor, input: VerzendingInput): Promise<Verzending> {
    this.requireChange(actor);
    const row = isUuid(input.informatieobject) ? await this.loadRow(tx, input.informatieobject) : undefined;
    if (!row) throw invalid('informatieobject', 'does_not_exist', 'Dit document bestaat niet.');
    checkVerzending(input);
    const [inserted] = await tx.insert(verzendingen).values({ ...verzendingValues(input), documentId: row.id }).returning();
    const verzending = toVerzending(inserted!);
    const document = (await this.loadVersion(tx, row.id, {}, row))!;
    await this.audit(tx, actor, 'create', 'Verzending geregistreerd', document, null, { ...verzending }, 'verzending', verzending.id);
    await this.notifyDocument(tx, document, 'verzending', verzending.id, 'create');
    return verzending;
  }

  async updateVerzending(tx: Tx, actor: Actor, id: string, changes: Partial<VerzendingInput>, options: { actie?: 'update' | 'partial_update' } = {}): Promise<Verzending> {
    this.requireChange(actor);
    const [current] = isUuid(id) ? await tx.select().from(verzendingen).where(eq(verzendingen.id, id)).for('update') : [];
    if (!current) throw notFound('Verzending');
    const before = toVerzending(current);
    const merged: VerzendingInput = { ...before, ...stripUndefined(changes) };
    if (merged.informatieobject !== before.informatieobject) {
      const row = isUuid(merged.informatieobject) ? await this.loadRow(tx, merged.informatieobject) : undefined;
      if (!row) throw invalid('informatieobject', 'does_not_exist', 'Dit document bestaat niet.');
    }
    checkVerzending(merged);
    const [updated] = await tx.update(verzendingen).set({ ...verzendingValues(merged), documentId: merged.informatieobject }).where(eq(verzendingen.id, id)).returning();
    const verzending = toVerzending(updated!);
    const document = (await this.loadVersion(tx, verzending.informatieobject))!;
    await this.audit(tx, actor, options.actie ?? 'update', 'Verzending gewijzigd', document, { ...before }, { ...verzending }, 'verzending', verzending.id);
    await this.notifyDocument(tx, document, 'verzending', verzending.id, options.actie ?? 'update');
    return verzending;
  }

  async removeVerzending(tx: Tx, actor: Actor, id: string): Promise<void> {
    this.requireChange(actor);
    const [removed] = isUuid(id) ? await tx.delete(verzendingen).where(eq(verzendingen.id, id)).returning() : [];
    if (!removed) throw notFound('Verzending');
    const document = (await this.loadVersion(tx, removed.documentId))!;
    await this.audit(tx, actor, 'destroy', 'Verzending verwijderd', document, { ...toVerzending(removed) }, null, 'verzending', removed.id);
    await this.notifyDocument(tx, document, 'verzending', removed.id, 'destroy');
  }

  async getVerzending(tx: Tx, actor: Actor, id: string): Promise<{ verzending: Verzending; document: Document } | undefined> {
    this.requireRead(actor);
    if (!isUuid(id)) return undefined;
    const [r] = await tx.select().from(verzendingen).where(eq(verzendingen.id, id));
    if (!r) return undefined;
    const document = await this.getDocument(tx, actor, r.documentId);
    return document ? { verzending: toVerzending(r), document } : undefined;
  }

  /** A page of verzendingen (newest first), only of documents in `access` (in SQL), with the count. */
  async findVerzendingen(tx: Tx, actor: Actor, filter: VerzendingFilter): Promise<{ count: number; results: Verzending[] }> {
    this.requireRead(actor);
    if (filter.informatieobject === null) return { count: 0, results: [] };
    const where: (SQL | undefined)[] = [accessCondition(filter.access)];
    if (filter.informatieobject !== undefined) where.push(eq(verzendingen.documentId, filter.informatieobject));
    if (filter.betrokkene !== undefined) where.push(eq(verzendingen.betrokkene, filter.betrokkene));
    if (filter.aardRelatie !== undefined) where.push(eq(verzendingen.aardRelatie, filter.aardRelatie));
    const size = filter.pageSize ?? 100;
    const [counted] = await tx.select({ n: sql<number>`count(*)::int` }).from(verzendingen)
      .innerJoin(documenten, eq(documenten.id, verzendingen.documentId))
      .innerJoin(documentVersies, and(eq(documentVersies.documentId, documenten.id), eq(documentVersies.versie, documenten.versie)))
      .where(and(...where));
    const rows = await tx.select({ r: verzendingen }).from(verzendingen)
      .innerJoin(documenten, eq(documenten.id, verzendingen.documentId))
      .innerJoin(documentVersies, and(eq(documentVersies.documentId, documenten.id), eq(documentVersies.versie, documenten.versie)))
      .where(and(...where)).orderBy(desc(verzendingen.createdAt), desc(verzendingen.id)).limit(size).offset(((filter.page ?? 1) - 1) * size);
    return { count: Number(counted?.n ?? 0), results: rows.map((x) => toVerzending(x.r)) };
  }

  // -------------------------------------------------------------------------------------------
  // Reading
  // -------------------------------------------------------------------------------------------

  /**
   * A page of documents (latest versions) in registration order, with the count: one query for
   * the page and one for the count, filters and `access` in SQL. For staff and API clients.
   */
  async listDocuments(tx: Tx, actor: Actor, filter: DocumentFilter): Promise<{ count: number; results: Document[] }> {
    requireAny(actor, ['zaken.lezen']);
    if (filter.ids && !filter.ids.some(isUuid)) return { count: 0, results: [] };
    const where: (SQL | undefined)[] = [accessCondition(filter.access)];
    if (filter.identificatie !== undefined) where.push(eq(documenten.identificatie, filter.identificatie));
    if (filter.bronorganisatie !== undefined) where.push(eq(documenten.bronorganisatie, filter.bronorganisatie));
    if (filter.ids) where.push(inArray(documenten.id, filter.ids.filter(isUuid)));
    if (filter.trefwoorden?.length) where.push(sql`${documentVersies.trefwoorden} && ARRAY[${sql.join(filter.trefwoorden.map((t) => sql`${t}`), sql`, `)}]::text[]`);
    const needsVersion = (filter.access !== undefined && filter.access !== 'all') || !!filter.trefwoorden?.length;
    const size = filter.pageSize ?? 100;
    const [counted] = needsVersion
      ? await tx.select({ n: sql<number>`count(*)::int` }).from(documenten)
        .innerJoin(documentVersies, and(eq(documentVersies.documentId, documenten.id), eq(documentVersies.versie, documenten.versie))).where(and(...where))
      : await tx.select({ n: sql<number>`count(*)::int` }).from(documenten).where(and(...where));
    const rows = await tx.select({ d: documenten, v: versionColumns }).from(documenten)
      .innerJoin(documentVersies, and(eq(documentVersies.documentId, documenten.id), eq(documentVersies.versie, documenten.versie)))
      .where(and(...where)).orderBy(asc(documenten.createdAt), asc(documenten.id)).limit(size).offset(((filter.page ?? 1) - 1) * size);
    return { count: Number(counted?.n ?? 0), results: rows.map((r) => toDocument(r.d, r.v as VersieRow)) };
  }

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
  /** Which of these documents this resident or business uploaded themselves (one light query). */
  async uploadedBy(tx: Tx, actor: Actor, ids: string[]): Promise<Set<string>> {
    const key = this.uploaderKey(actor);
    const wanted = ids.filter(isUuid);
    if (!key || !wanted.length) return new Set();
    const rows = await tx.select({ id: documenten.id }).from(documenten).where(and(inArray(documenten.id, wanted), eq(documenten.uploaderKey, key)));
    return new Set(rows.map((r) => r.id));
  }

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
  async auditTrail(tx: Tx, actor: Actor, documentId: string, options: { id?: string } = {}) {
    requireAny(actor, ['zaken.lezen']);
    if (!isUuid(documentId) || (options.id !== undefined && !isUuid(options.id))) return [];
    const rows = await tx.select().from(documentAudittrail)
      .where(and(eq(documentAudittrail.hoofdObject, documentId), options.id !== undefined ? eq(documentAudittrail.id, options.id) : undefined))
      .orderBy(asc(documentAudittrail.aanmaakdatum), asc(documentAudittrail.id));
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

  /** The ZGW notification (kanaal documenten) of a change to the document or one of its resources. */
  private async notifyDocument(tx: Tx, document: Document, resource: DocumentResource, resourceId: string, actie: string, tenantId?: string): Promise<void> {
    await notify(tx, {
      kanaal: 'documenten',
      hoofdObject: zgwRef('documenten', 'enkelvoudiginformatieobjecten', document.id),
      resource,
      resourceUrl: zgwRef('documenten', RESOURCE_PATHS[resource], resourceId),
      actie,
      kenmerken: {
        bronorganisatie: document.bronorganisatie,
        informatieobjecttype: zgwRef('catalogi', 'informatieobjecttypen', document.informatieobjecttype),
        vertrouwelijkheidaanduiding: document.vertrouwelijkheidaanduiding,
      },
    }, tenantId);
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

function newLock(): string {
  return randomBytes(16).toString('hex');
}

function tooLarge(): HttpError {
  return new HttpError(413, `Het bestand is te groot (meer dan ${MAX_INLINE_BYTES / 1024 / 1024} MB).`, [{ name: 'inhoud', code: 'file-too-large', reason: 'Het bestand is te groot.' }], 'file-too-large');
}

/** The content to store: the given bytes, an empty file for bestandsomvang 0, or none. */
function contentFor(content: Buffer | undefined, bestandsomvang: number | null | undefined): Buffer | undefined {
  if (content) return content;
  return bestandsomvang === 0 ? Buffer.alloc(0) : undefined;
}

/** bestandsomvang must match the content, and a file may not exceed what we store. */
function checkBestandsomvang(problems: Invalid, bestandsomvang: number | null | undefined, content: Buffer | undefined): void {
  if (bestandsomvang === undefined || bestandsomvang === null) return;
  if (!Number.isInteger(bestandsomvang) || bestandsomvang < 0) problems.add('bestandsomvang', 'invalid', 'Geef het aantal bytes als geheel getal.');
  else if (content && content.length !== bestandsomvang) problems.add('bestandsomvang', 'file-size', 'De bestandsomvang komt niet overeen met de grootte van het bestand.');
  else if (bestandsomvang > MAX_INLINE_BYTES) problems.add('bestandsomvang', 'file-too-large', `Een bestand mag ten hoogste ${MAX_INLINE_BYTES / 1024 / 1024} MB zijn.`);
}

/**
 * Only documents whose latest version has one of the allowed informatieobjecttypen, at most as
 * confidential as allowed for that type (for queries that join documenten and document_versies).
 */
function accessCondition(access: DocumentAccess | undefined): SQL | undefined {
  if (!access || access === 'all') return undefined;
  const parts: SQL[] = [];
  for (const [type, max] of access) {
    if (!isUuid(type)) continue;
    const rank = max ? VERTROUWELIJKHEID.indexOf(max as (typeof VERTROUWELIJKHEID)[number]) : -1;
    if (max && rank < 0) continue;
    parts.push(rank < 0
      ? eq(documentVersies.informatieobjecttype, type)
      : and(eq(documentVersies.informatieobjecttype, type), inArray(documentVersies.vertrouwelijkheidaanduiding, VERTROUWELIJKHEID.slice(0, rank + 1) as unknown as Document['vertrouwelijkheidaanduiding'][]))!);
  }
  return parts.length ? or(...parts)! : sql`false`;
}

const partColumns = {
  id: documentBestandsdelen.id, documentId: documentBestandsdelen.documentId, volgnummer: documentBestandsdelen.volgnummer, omvang: documentBestandsdelen.omvang,
  ontvangen: sql<number | null>`octet_length(${documentBestandsdelen.inhoud})`.mapWith(Number),
};

function toBestandsdeel(p: { id: string; documentId: string; volgnummer: number; omvang: number; ontvangen: number | null }): Bestandsdeel {
  return { id: p.id, informatieobject: p.documentId, volgnummer: p.volgnummer, omvang: p.omvang, voltooid: p.ontvangen !== null && Number(p.ontvangen) === p.omvang };
}

function checkGebruiksrecht(input: GebruiksrechtInput): void {
  const problems = new Invalid();
  if (!(input.startdatum instanceof Date) || Number.isNaN(input.startdatum.getTime())) problems.add('startdatum', 'required', 'Geef de startdatum op.');
  if (input.einddatum && (!(input.einddatum instanceof Date) || input.einddatum < input.startdatum)) problems.add('einddatum', 'invalid', 'De einddatum ligt voor de startdatum.');
  if (!input.omschrijvingVoorwaarden?.trim()) problems.add('omschrijvingVoorwaarden', 'required', 'Beschrijf de voorwaarden.');
  problems.throwIfAny();
}

function gebruiksrechtView(r: Gebruiksrecht): Record<string, unknown> {
  return { informatieobject: r.informatieobject, startdatum: r.startdatum.toISOString(), einddatum: r.einddatum?.toISOString() ?? null, omschrijvingVoorwaarden: r.omschrijvingVoorwaarden };
}

const VERZEND_ADRESSEN = ['binnenlandsCorrespondentieadres', 'buitenlandsCorrespondentieadres', 'correspondentiePostadres', 'faxnummer', 'emailadres', 'mijnOverheid', 'telefoonnummer'] as const;

/** A verzending has exactly one address (one of the groups or fields), and a known aard. */
function checkVerzending(input: VerzendingInput): void {
  const problems = new Invalid();
  if (!(AARD_RELATIES as readonly string[]).includes(input.aardRelatie)) problems.add('aardRelatie', 'invalid_choice', 'Kies afzender of geadresseerde.');
  if (!input.betrokkene) problems.add('betrokkene', 'required', 'Geef de betrokkene op.');
  if (!input.contactPersoon) problems.add('contactPersoon', 'required', 'Geef de contactpersoon op.');
  for (const name of ['ontvangstdatum', 'verzenddatum'] as const) {
    const value = input[name];
    if (value !== undefined && value !== null && !isIsoDate(value)) problems.add(name, 'invalid', 'Geef een datum als 2026-01-31.');
  }
  const adressen = VERZEND_ADRESSEN.filter((k) => k === 'mijnOverheid' ? input.mijnOverheid === true : input[k] !== undefined && input[k] !== null && input[k] !== '');
  if (adressen.length !== 1) {
    problems.add('nonFieldErrors', 'invalid-address', `Geef precies één adres: een van ${VERZEND_ADRESSEN.join(', ')}.`);
  }
  problems.throwIfAny();
}

function verzendingValues(input: VerzendingInput) {
  return {
    betrokkene: input.betrokkene, aardRelatie: input.aardRelatie, toelichting: input.toelichting ?? '', ontvangstdatum: input.ontvangstdatum ?? null,
    verzenddatum: input.verzenddatum ?? null, contactPersoon: input.contactPersoon, contactpersoonnaam: input.contactpersoonnaam ?? '',
    binnenlandsCorrespondentieadres: input.binnenlandsCorrespondentieadres ?? null, buitenlandsCorrespondentieadres: input.buitenlandsCorrespondentieadres ?? null,
    correspondentiePostadres: input.correspondentiePostadres ?? null, faxnummer: input.faxnummer ?? null, emailadres: input.emailadres ?? null,
    mijnOverheid: input.mijnOverheid ?? false, telefoonnummer: input.telefoonnummer ?? null,
  };
}

function toVerzending(r: typeof verzendingen.$inferSelect): Verzending {
  return {
    id: r.id, informatieobject: r.documentId, betrokkene: r.betrokkene, aardRelatie: r.aardRelatie, toelichting: r.toelichting, ontvangstdatum: r.ontvangstdatum,
    verzenddatum: r.verzenddatum, contactPersoon: r.contactPersoon, contactpersoonnaam: r.contactpersoonnaam,
    binnenlandsCorrespondentieadres: r.binnenlandsCorrespondentieadres, buitenlandsCorrespondentieadres: r.buitenlandsCorrespondentieadres,
    correspondentiePostadres: r.correspondentiePostadres, faxnummer: r.faxnummer, emailadres: r.emailadres, mijnOverheid: r.mijnOverheid, telefoonnummer: r.telefoonnummer,
  };
}
