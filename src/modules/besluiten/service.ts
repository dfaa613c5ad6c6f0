/**
 * Besluiten (formal decisions) after the ZGW Besluiten API 1.1.0:
 *
 * - brc-001: the besluittype exists and is published; it cannot change later.
 * - brc-002: identificatie unique within the verantwoordelijkeOrganisatie; generated when not given.
 * - brc-006: a besluit of a zaak is mirrored in zaken (zaakbesluit), with its dates, which zaken
 *   needs for the brondatum of the archiefactietermijn (ingangsdatum_besluit, vervaldatum_besluit).
 * - brc-007: with a zaak, the besluittype is one of the zaak's zaaktype's besluittypen.
 * - brc-003/004/005/008: a besluitinformatieobject names an existing document whose
 *   informatieobjecttype is one of the besluittype's; aardRelatie is 'legt_vast'; the relation is
 *   mirrored in documenten (objectinformatieobject).
 * - brc-009: deleting removes the besluit, its besluitinformatieobjecten (and their mirrors) and
 *   its audit trail.
 *
 * Writing needs zaken.behandelen, reading zaken.lezen. Every create, update and destroy of a
 * besluit or besluitinformatieobject publishes a ZGW notification (kanaal besluiten) in the same
 * transaction, whether it came through the Besluiten API or our own pages.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { auditWho, requirePermission, type Actor } from '../../platform/auth/access.js';
import { currentTenant, type Tx } from '../../platform/db/database.js';
import type { AuditTrailEntry } from '../../platform/audit-trail.js';
import { HttpError, invalid, notFound, type InvalidParam } from '../../platform/http/problem.js';
import { dateInNl as todayNl, isIsoDate, isUuid, isValidRsin, stripUndefined } from '../../platform/values.js';
import { publish } from '../../platform/jobs/index.js';
import { notify, zgwRef } from '../notificaties/publish.js';
import { getBesluittype, getCatalogus, getInformatieobjecttype, getZaaktype } from '../catalogi/index.js';
import type { DocumentenService } from '../documenten/index.js';
import { addDuration, type ZakenService } from '../zaken/index.js';
import { besluitAudittrail, besluitCounters, besluiten, besluitinformatieobjecten } from './schema.js';
import { VERVALREDENEN, type Besluit, type BesluitChanges, type BesluitInput, type Besluitinformatieobject } from './types.js';

type BesluitRow = typeof besluiten.$inferSelect;

/** This module acting on the mirrored relations in documenten (after checking the real actor). */
const SYSTEM: Actor = { kind: 'system', process: 'besluiten' };

const VERVALREDEN_WEERGAVE: Record<string, string> = {
  '': '', tijdelijk: 'Besluit met tijdelijke werking', ingetrokken_overheid: 'Besluit ingetrokken door overheid',
  ingetrokken_belanghebbende: 'Besluit ingetrokken o.v.v. belanghebbende',
};

export interface BesluitenDeps {
  zaken: ZakenService;
  documenten: DocumentenService;
}

export class BesluitenService {
  constructor(private readonly deps: BesluitenDeps) {}

  /** Registers a besluit; with a zaak it is mirrored there (zaakbesluit) in the same transaction. */
  async createBesluit(tx: Tx, actor: Actor, input: BesluitInput, options: AuditOptions = {}): Promise<Besluit> {
    requirePermission(actor, 'zaken.behandelen');
    const problems: InvalidParam[] = [];
    validate(input, problems, { creating: true });
    const besluittype = isUuid(input.besluittype) ? await getBesluittype(tx, input.besluittype) : undefined;
    if (!besluittype) problems.push(param('besluittype', 'bad-url', 'Dit besluittype bestaat niet.'));
    else if (besluittype.concept) problems.push(param('besluittype', 'not-published', 'Dit besluittype is nog niet gepubliceerd.'));
    let zaakId: string | null = null;
    if (input.zaak !== undefined && input.zaak !== null) {
      // Whether the zaak exists is a check of the reference, not a read by the actor.
      const zaak = isUuid(input.zaak) ? await this.deps.zaken.getZaak(tx, SYSTEM, input.zaak) : undefined;
      if (!zaak) problems.push(param('zaak', 'bad-url', 'Deze zaak bestaat niet.'));
      else {
        zaakId = zaak.id;
        const zaaktype = await getZaaktype(tx, zaak.zaaktype);
        if (besluittype && !zaaktype?.besluittypeOmschrijvingen.includes(besluittype.omschrijving)) {
          problems.push(param('nonFieldErrors', 'zaaktype-mismatch', 'Dit besluittype hoort niet bij het zaaktype van de zaak.'));
        }
      }
    }
    if (problems.length) throw new HttpError(400, 'De gegevens van het besluit zijn niet geldig.', problems, 'invalid');

    const verantwoordelijkeOrganisatie = input.verantwoordelijkeOrganisatie ?? (await getCatalogus(tx, besluittype!.catalogus))?.rsin;
    if (!verantwoordelijkeOrganisatie) throw invalid('verantwoordelijkeOrganisatie', 'required', 'Geef de verantwoordelijke organisatie (RSIN) op.');
    const jaar = Number(todayNl().slice(0, 4));
    const identificatie = input.identificatie || `BESLUIT-${jaar}-${String(await this.nextNumber(tx, jaar)).padStart(7, '0')}`;
    const uiterlijkeReactiedatum = input.uiterlijkeReactiedatum !== undefined
      ? input.uiterlijkeReactiedatum
      : input.verzenddatum && besluittype!.reactietermijn ? addDuration(input.verzenddatum, besluittype!.reactietermijn) : null;
    const [row] = await tx.insert(besluiten).values({
      id: randomUUID(), identificatie, verantwoordelijkeOrganisatie, besluittype: besluittype!.id, zaak: zaakId, datum: input.datum,
      toelichting: input.toelichting ?? '', bestuursorgaan: input.bestuursorgaan ?? '', ingangsdatum: input.ingangsdatum, vervaldatum: input.vervaldatum ?? null,
      vervalreden: input.vervalreden ?? '', publicatiedatum: input.publicatiedatum ?? null, verzenddatum: input.verzenddatum ?? null, uiterlijkeReactiedatum,
    }).onConflictDoNothing().returning();
    if (!row) throw invalid('identificatie', 'identificatie-niet-uniek', 'Deze identificatie is al in gebruik bij deze organisatie.');
    if (zaakId) await this.deps.zaken.linkBesluit(tx, actor, zaakId, { besluit: row.id, ingangsdatum: row.ingangsdatum, vervaldatum: row.vervaldatum });
    const besluit = toBesluit(row);
    await this.audit(tx, actor, 'create', 'Besluit vastgelegd', row, 'besluit', row.id, null, { ...besluit }, options.toelichting);
    await this.publish(tx, 'besluit.aangemaakt', row);
    await this.notify(tx, row, 'besluit', row.id, 'create');
    return besluit;
  }

  /** Changes a besluit; besluittype, zaak, identificatie and verantwoordelijkeOrganisatie cannot change (brc-001, 002, 006). */
  async updateBesluit(tx: Tx, actor: Actor, id: string, changes: BesluitChanges & Partial<Pick<BesluitInput, 'besluittype' | 'zaak' | 'identificatie' | 'verantwoordelijkeOrganisatie'>>, options: AuditOptions & { actie?: 'update' | 'partial_update' } = {}): Promise<Besluit> {
    requirePermission(actor, 'zaken.behandelen');
    const row = await this.lock(tx, id);
    const problems: InvalidParam[] = [];
    if (changes.besluittype !== undefined && changes.besluittype !== row.besluittype) problems.push(param('besluittype', 'wijzigen-niet-toegelaten', 'Het besluittype van een besluit kan niet veranderen.'));
    if (changes.zaak !== undefined && changes.zaak !== row.zaak) problems.push(param('zaak', 'wijzigen-niet-toegelaten', 'De zaak van een besluit kan niet veranderen.'));
    if (changes.identificatie !== undefined && changes.identificatie !== row.identificatie) problems.push(param('identificatie', 'wijzigen-niet-toegelaten', 'De identificatie van een besluit kan niet veranderen.'));
    if (changes.verantwoordelijkeOrganisatie !== undefined && changes.verantwoordelijkeOrganisatie !== row.verantwoordelijkeOrganisatie) {
      problems.push(param('verantwoordelijkeOrganisatie', 'wijzigen-niet-toegelaten', 'De verantwoordelijke organisatie van een besluit kan niet veranderen.'));
    }
    const next = { ...toBesluit(row), ...stripUndefined(changes) } as Besluit;
    validate({ ...next, besluittype: row.besluittype } as BesluitInput, problems, { creating: false });
    if (problems.length) throw new HttpError(400, 'De gegevens van het besluit zijn niet geldig.', problems, 'invalid');
    const set = {
      datum: next.datum, toelichting: next.toelichting, bestuursorgaan: next.bestuursorgaan, ingangsdatum: next.ingangsdatum, vervaldatum: next.vervaldatum,
      vervalreden: next.vervalreden, publicatiedatum: next.publicatiedatum, verzenddatum: next.verzenddatum, uiterlijkeReactiedatum: next.uiterlijkeReactiedatum,
    };
    const [updated] = await tx.update(besluiten).set({ ...set, updatedAt: new Date() }).where(eq(besluiten.id, row.id)).returning();
    if (row.zaak && (updated!.ingangsdatum !== row.ingangsdatum || updated!.vervaldatum !== row.vervaldatum)) {
      await this.deps.zaken.linkBesluit(tx, actor, row.zaak, { besluit: row.id, ingangsdatum: updated!.ingangsdatum, vervaldatum: updated!.vervaldatum });
    }
    const actie = options.actie ?? 'partial_update';
    await this.audit(tx, actor, actie, actie === 'update' ? 'Besluit bijgewerkt' : 'Besluit deels bijgewerkt', row, 'besluit', row.id, { ...toBesluit(row) }, { ...toBesluit(updated!) }, options.toelichting);
    await this.publish(tx, 'besluit.gewijzigd', updated!);
    await this.notify(tx, updated!, 'besluit', row.id, actie);
    return toBesluit(updated!);
  }

  /** Deletes the besluit with its relations and audit trail (brc-009); mirrors go too. */
  async deleteBesluit(tx: Tx, actor: Actor, id: string): Promise<void> {
    requirePermission(actor, 'zaken.behandelen');
    const row = await this.lock(tx, id);
    const relations = await tx.select().from(besluitinformatieobjecten).where(eq(besluitinformatieobjecten.besluitId, row.id));
    for (const r of relations) await this.deps.documenten.removeObjectinformatieobject(tx, SYSTEM, { informatieobject: r.informatieobject, object: row.id, objectType: 'besluit' });
    if (row.zaak) await this.deps.zaken.unlinkBesluit(tx, actor, row.zaak, row.id);
    await tx.delete(besluiten).where(eq(besluiten.id, row.id));
    const tenantId = await currentTenant(tx);
    await publish(tx, { tenantId, topic: 'besluit.verwijderd', payload: { besluit: row.id, zaak: row.zaak } });
    await this.notify(tx, row, 'besluit', row.id, 'destroy', tenantId);
  }

  async getBesluit(tx: Tx, actor: Actor, id: string): Promise<Besluit | undefined> {
    requirePermission(actor, 'zaken.lezen');
    if (!isUuid(id)) return undefined;
    const [row] = await tx.select().from(besluiten).where(eq(besluiten.id, id));
    return row ? toBesluit(row) : undefined;
  }

  /** The besluiten of a zaak, by ingangsdatum. */
  async listBesluitenOf(tx: Tx, actor: Actor, zaakId: string): Promise<Besluit[]> {
    requirePermission(actor, 'zaken.lezen');
    if (!isUuid(zaakId)) return [];
    const rows = await tx.select().from(besluiten).where(eq(besluiten.zaak, zaakId)).orderBy(asc(besluiten.ingangsdatum), asc(besluiten.identificatie));
    return rows.map(toBesluit);
  }

  /** Records that a document records this besluit (brc-003, 004, 005, 008). */
  async addBesluitinformatieobject(tx: Tx, actor: Actor, besluitId: string, informatieobject: string, options: AuditOptions = {}): Promise<Besluitinformatieobject> {
    requirePermission(actor, 'zaken.behandelen');
    const row = await this.lock(tx, besluitId, () => invalid('besluit', 'does_not_exist', 'Dit besluit bestaat niet.'));
    const document = isUuid(informatieobject) ? await this.deps.documenten.getDocument(tx, SYSTEM, informatieobject) : undefined;
    if (!document) throw invalid('informatieobject', 'bad-url', 'Dit document bestaat niet.');
    const besluittype = await getBesluittype(tx, row.besluittype);
    const type = await getInformatieobjecttype(tx, document.informatieobjecttype);
    if (!besluittype || !type || !besluittype.informatieobjecttypen.includes(type.omschrijving)) {
      throw invalid('nonFieldErrors', 'missing-besluittype-informatieobjecttype-relation', 'Dit soort document hoort niet bij het besluittype.');
    }
    const [inserted] = await tx.insert(besluitinformatieobjecten).values({ besluitId: row.id, informatieobject: document.id }).onConflictDoNothing().returning();
    if (!inserted) throw invalid('nonFieldErrors', 'unique', 'Dit document hoort al bij het besluit.');
    await this.deps.documenten.addObjectinformatieobject(tx, SYSTEM, { informatieobject: document.id, object: row.id, objectType: 'besluit' });
    await this.audit(tx, actor, 'create', `Document gekoppeld: ${document.titel}`, row, 'besluitinformatieobject', inserted.id, null, { besluit: row.id, informatieobject: document.id }, options.toelichting);
    await this.notify(tx, row, 'besluitinformatieobject', inserted.id, 'create');
    return toBio(inserted);
  }

  async removeBesluitinformatieobject(tx: Tx, actor: Actor, besluitId: string, informatieobject: string, options: AuditOptions = {}): Promise<void> {
    requirePermission(actor, 'zaken.behandelen');
    const row = await this.lock(tx, besluitId);
    const [removed] = isUuid(informatieobject)
      ? await tx.delete(besluitinformatieobjecten).where(and(eq(besluitinformatieobjecten.besluitId, row.id), eq(besluitinformatieobjecten.informatieobject, informatieobject))).returning()
      : [];
    if (!removed) throw notFound('Besluitinformatieobject');
    await this.deps.documenten.removeObjectinformatieobject(tx, SYSTEM, { informatieobject, object: row.id, objectType: 'besluit' });
    await this.audit(tx, actor, 'destroy', 'Document ontkoppeld', row, 'besluitinformatieobject', removed.id, { besluit: row.id, informatieobject }, null, options.toelichting);
    await this.notify(tx, row, 'besluitinformatieobject', removed.id, 'destroy');
  }

  /** One besluitinformatieobject by its own id. */
  async getBesluitinformatieobject(tx: Tx, actor: Actor, id: string): Promise<(Besluitinformatieobject & { besluittype: string }) | undefined> {
    requirePermission(actor, 'zaken.lezen');
    if (!isUuid(id)) return undefined;
    const [row] = await tx.select({ bio: besluitinformatieobjecten, besluittype: besluiten.besluittype }).from(besluitinformatieobjecten)
      .innerJoin(besluiten, eq(besluiten.id, besluitinformatieobjecten.besluitId)).where(eq(besluitinformatieobjecten.id, id));
    return row ? { ...toBio(row.bio), besluittype: row.besluittype } : undefined;
  }

  /**
   * Besluiten for a list or search, filtered in SQL, newest first, with the total: the filters of
   * the Besluiten API and the besluittypen the caller may see (`'all'` or a list of ids).
   */
  async listBesluiten(tx: Tx, actor: Actor, filter: BesluitFilter, page: { limit: number; offset: number }): Promise<{ count: number; results: Besluit[] }> {
    requirePermission(actor, 'zaken.lezen');
    const where = besluitConditions(filter);
    if (!where) return { count: 0, results: [] };
    const [counted] = await tx.select({ n: count() }).from(besluiten).where(where);
    const n = counted?.n ?? 0;
    if (!n || page.offset >= n) return { count: n, results: [] };
    const rows = await tx.select().from(besluiten).where(where).orderBy(desc(besluiten.createdAt), desc(besluiten.id)).limit(page.limit).offset(page.offset);
    return { count: n, results: rows.map(toBesluit) };
  }

  /** Besluitinformatieobjecten by besluit and/or document, of the besluittypen the caller may see. */
  async listBesluitinformatieobjectenFiltered(tx: Tx, actor: Actor, filter: { besluit?: string | null; informatieobject?: string | null; besluittypen: 'all' | string[] }): Promise<Besluitinformatieobject[]> {
    requirePermission(actor, 'zaken.lezen');
    const conditions: SQL[] = [];
    if (filter.besluit !== undefined) {
      if (!filter.besluit || !isUuid(filter.besluit)) return [];
      conditions.push(eq(besluitinformatieobjecten.besluitId, filter.besluit));
    }
    if (filter.informatieobject !== undefined) {
      if (!filter.informatieobject || !isUuid(filter.informatieobject)) return [];
      conditions.push(eq(besluitinformatieobjecten.informatieobject, filter.informatieobject));
    }
    if (filter.besluittypen !== 'all') {
      if (!filter.besluittypen.length) return [];
      conditions.push(inArray(besluiten.besluittype, filter.besluittypen));
    }
    const rows = await tx.select({ bio: besluitinformatieobjecten }).from(besluitinformatieobjecten)
      .innerJoin(besluiten, eq(besluiten.id, besluitinformatieobjecten.besluitId))
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(asc(besluitinformatieobjecten.createdAt), asc(besluitinformatieobjecten.id)).limit(10_000);
    return rows.map((r) => toBio(r.bio));
  }

  async listBesluitinformatieobjecten(tx: Tx, actor: Actor, besluitId: string): Promise<Besluitinformatieobject[]> {
    requirePermission(actor, 'zaken.lezen');
    if (!isUuid(besluitId)) return [];
    return (await tx.select().from(besluitinformatieobjecten).where(eq(besluitinformatieobjecten.besluitId, besluitId)).orderBy(asc(besluitinformatieobjecten.createdAt))).map(toBio);
  }

  /** The besluit's audit trail (bron brc), oldest first. */
  async auditTrail(tx: Tx, actor: Actor, besluitId: string): Promise<BesluitAuditEntry[]> {
    requirePermission(actor, 'zaken.lezen');
    if (!isUuid(besluitId)) return [];
    const rows = await tx.select().from(besluitAudittrail).where(eq(besluitAudittrail.hoofdObject, besluitId)).orderBy(asc(besluitAudittrail.aanmaakdatum));
    return rows.map((r) => ({
      uuid: r.id, bron: r.bron, applicatieId: r.applicatieId, applicatieWeergave: r.applicatieWeergave, gebruikersId: r.gebruikersId,
      gebruikersWeergave: r.gebruikersWeergave, actie: r.actie, actieWeergave: r.actieWeergave, resultaat: r.resultaat, hoofdObject: r.hoofdObject,
      resource: r.resource, resourceUrl: r.resourceId, resourceWeergave: r.resourceWeergave, toelichting: r.toelichting, aanmaakdatum: r.aanmaakdatum,
      wijzigingen: r.wijzigingen,
    }));
  }

  private async lock(tx: Tx, id: string, missing: () => Error = () => notFound('Besluit')): Promise<BesluitRow> {
    const [row] = isUuid(id) ? await tx.select().from(besluiten).where(eq(besluiten.id, id)).for('update') : [];
    if (!row) throw missing();
    return row;
  }

  /** The ZGW notification of a change (kanaal besluiten), in this transaction. */
  private async notify(tx: Tx, besluit: BesluitRow, resource: 'besluit' | 'besluitinformatieobject', id: string, actie: string, tenantId?: string): Promise<void> {
    await notify(tx, {
      kanaal: 'besluiten',
      hoofdObject: zgwRef('besluiten', 'besluiten', besluit.id),
      resource,
      resourceUrl: zgwRef('besluiten', resource === 'besluit' ? 'besluiten' : 'besluitinformatieobjecten', id),
      actie,
      kenmerken: { verantwoordelijkeOrganisatie: besluit.verantwoordelijkeOrganisatie, besluittype: zgwRef('catalogi', 'besluittypen', besluit.besluittype) },
    }, tenantId);
  }

  private async nextNumber(tx: Tx, jaar: number): Promise<number> {
    const [row] = await tx.insert(besluitCounters).values({ jaar, laatste: 1 })
      .onConflictDoUpdate({ target: [besluitCounters.tenantId, besluitCounters.jaar], set: { laatste: sql`${besluitCounters.laatste} + 1` } })
      .returning({ laatste: besluitCounters.laatste });
    return row!.laatste;
  }

  private async audit(tx: Tx, actor: Actor, actie: string, actieWeergave: string, besluit: BesluitRow, resource: string, resourceId: string, oud: Record<string, unknown> | null, nieuw: Record<string, unknown> | null, toelichting = ''): Promise<void> {
    await tx.insert(besluitAudittrail).values({
      ...auditWho(actor), actie, actieWeergave, toelichting, resultaat: actie === 'create' ? 201 : actie === 'destroy' ? 204 : 200, hoofdObject: besluit.id,
      resource, resourceId, resourceWeergave: besluit.identificatie, wijzigingen: { oud, nieuw },
    });
  }

  private async publish(tx: Tx, topic: string, row: BesluitRow): Promise<void> {
    const tenantId = await currentTenant(tx);
    await publish(tx, { tenantId, topic, payload: { besluit: row.id, besluittype: row.besluittype, zaak: row.zaak, verantwoordelijkeOrganisatie: row.verantwoordelijkeOrganisatie } });
  }
}

/** Who changed something and why, for the audit trail (the API's X-Audit-Toelichting header). */
export interface AuditOptions {
  toelichting?: string;
}

export interface BesluitFilter {
  identificatie?: string;
  verantwoordelijkeOrganisatie?: string;
  /** Id of a besluittype; null: a reference that leads nowhere here (no results). */
  besluittype?: string | null;
  zaak?: string | null;
  /** The besluittypen the caller may see. */
  besluittypen: 'all' | string[];
}

/** An entry of a besluit's audit trail (bron 'brc'). */
export type BesluitAuditEntry = AuditTrailEntry;

/** The WHERE of a besluiten list, or undefined when nothing can match. */
function besluitConditions(filter: BesluitFilter): SQL | undefined {
  const conditions: SQL[] = [sql`true`];
  if (filter.identificatie !== undefined) conditions.push(eq(besluiten.identificatie, filter.identificatie));
  if (filter.verantwoordelijkeOrganisatie !== undefined) conditions.push(eq(besluiten.verantwoordelijkeOrganisatie, filter.verantwoordelijkeOrganisatie));
  if (filter.besluittype !== undefined) {
    if (!filter.besluittype || !isUuid(filter.besluittype)) return undefined;
    conditions.push(eq(besluiten.besluittype, filter.besluittype));
  }
  if (filter.zaak !== undefined) {
    if (!filter.zaak || !isUuid(filter.zaak)) return undefined;
    conditions.push(eq(besluiten.zaak, filter.zaak));
  }
  if (filter.besluittypen !== 'all') {
    if (!filter.besluittypen.length) return undefined;
    conditions.push(inArray(besluiten.besluittype, filter.besluittypen));
  }
  return and(...conditions);
}

function validate(input: BesluitInput, problems: InvalidParam[], options: { creating: boolean }): void {
  const date = (name: keyof BesluitInput, required = false) => {
    const value = input[name];
    if (value === undefined || value === null) {
      if (required) problems.push(param(name, 'required', 'Geef een datum op.'));
    } else if (!isIsoDate(value)) problems.push(param(name, 'invalid', 'Geef een datum als 2026-01-31.'));
  };
  date('datum', true);
  date('ingangsdatum', true);
  date('vervaldatum');
  date('publicatiedatum');
  date('verzenddatum');
  date('uiterlijkeReactiedatum');
  if (options.creating && input.identificatie !== undefined && (typeof input.identificatie !== 'string' || input.identificatie.length > 50)) problems.push(param('identificatie', 'max_length', 'Ten hoogste 50 tekens.'));
  if (input.verantwoordelijkeOrganisatie !== undefined && !isValidRsin(input.verantwoordelijkeOrganisatie)) problems.push(param('verantwoordelijkeOrganisatie', 'invalid', 'Dit is geen geldig RSIN.'));
  if (input.bestuursorgaan !== undefined && (typeof input.bestuursorgaan !== 'string' || input.bestuursorgaan.length > 50)) problems.push(param('bestuursorgaan', 'max_length', 'Ten hoogste 50 tekens.'));
  if (input.toelichting !== undefined && typeof input.toelichting !== 'string') problems.push(param('toelichting', 'invalid', 'Geef tekst op.'));
  if (input.vervalreden !== undefined && !(VERVALREDENEN as readonly string[]).includes(input.vervalreden)) problems.push(param('vervalreden', 'invalid_choice', 'Kies tijdelijk, ingetrokken_overheid of ingetrokken_belanghebbende.'));
  if (isIsoDate(input.vervaldatum) && isIsoDate(input.ingangsdatum) && input.vervaldatum! < input.ingangsdatum) problems.push(param('vervaldatum', 'invalid', 'De vervaldatum ligt voor de ingangsdatum.'));
  if (typeof input.besluittype !== 'string' || !input.besluittype) problems.push(param('besluittype', 'required', 'Kies het besluittype.'));
}

function toBesluit(r: BesluitRow): Besluit {
  return {
    id: r.id, identificatie: r.identificatie, verantwoordelijkeOrganisatie: r.verantwoordelijkeOrganisatie, besluittype: r.besluittype, zaak: r.zaak,
    datum: r.datum, toelichting: r.toelichting, bestuursorgaan: r.bestuursorgaan, ingangsdatum: r.ingangsdatum, vervaldatum: r.vervaldatum,
    vervalreden: r.vervalreden, vervalredenWeergave: VERVALREDEN_WEERGAVE[r.vervalreden] ?? '', publicatiedatum: r.publicatiedatum,
    verzenddatum: r.verzenddatum, uiterlijkeReactiedatum: r.uiterlijkeReactiedatum,
  };
}

function toBio(r: typeof besluitinformatieobjecten.$inferSelect): Besluitinformatieobject {
  return { id: r.id, besluit: r.besluitId, informatieobject: r.informatieobject, aardRelatieWeergave: 'Legt vast, omgekeerd: kan vastgelegd zijn als' };
}

function param(name: string, code: string, reason: string): InvalidParam {
  return { name, code, reason };
}
