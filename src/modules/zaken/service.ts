/**
 * Zaken: the cases of a municipality, after the ZGW Zaken API 1.5.1 (see types.ts and the
 * migration for the data model). Every function takes the caller's transaction first, so a
 * submission can create a zaak, its documents and its events atomically.
 *
 * Who may do what:
 * - Staff and API clients: reads need zaken.lezen; creating zaken.aanmaken; handling (status,
 *   resultaat, suspension, extension, parties, documents, objects) zaken.behandelen; assigning
 *   someone else zaken.toewijzen (taking a zaak yourself needs zaken.behandelen); archive data
 *   archief.beheren.
 * - A resident or business (actor kind 'resident', from their own DigiD/eHerkenning login, in
 *   the platform's own submission flow) may create a zaak of a zaaktype for outsiders
 *   (indicatieInternOfExtern 'extern') with THEMSELF as initiator (or the person they act for),
 *   add their own uploads to it, and read their own zaken through the applicant functions
 *   (mijnZaken, getMijnZaak), which leave out everything internal (notes, staff, audit trail).
 *   The staff reads refuse them.
 *
 * Personal data: natural persons in rollen and zaakobjecten are sealed and found by a keyed hash
 * of the BSN (rollen.ts). Every function that returns personal data of a person or business
 * writes the processing log (one entry per subject), in the same transaction.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { can, requireAny, requirePermission, type Actor } from '../../platform/auth/access.js';
import { stripUndefined } from '../../platform/values.js';
import type { Sealer } from '../../platform/crypto/sealer.js';
import type { Tx } from '../../platform/db/database.js';
import { HttpError } from '../../platform/http/problem.js';
import { publish } from '../../platform/jobs/index.js';
import { traceFromHeaders, type DataSubject, type ProcessingLog, type TraceContext } from '../../platform/processing-log/processing-log.js';
import type { ProcessingActivity } from '../../platform/processing-log/register.js';
import { getCatalogus, getInformatieobjecttype, getZaaktype, type Resultaattype, type Roltype, type Statustype, type Zaaktype } from '../catalogi/index.js';
import type { DocumentContent, DocumentenService } from '../documenten/index.js';
import { zakenActivities } from './activities.js';
import * as handlingGesprekken from './gesprekken.js';
import type { Gesprek } from './gesprekken.js';
import * as handlingInformatie from './informatieverzoeken.js';
import type { Informatieverzoek } from './informatieverzoeken.js';
import * as handlingTaken from './taken.js';
import type { Taak, TaakFilter, TaakInput } from './taken.js';
import { deriveArchive } from './archive.js';
import { audit, auditWho, currentTenant, notifyZaken, processingActor } from './audit.js';
import { addDays, addDuration, dateInNl, daysBetween, isIsoDate, type IsoDate } from './dates.js';
import { Invalid, conflict, forbidden, invalid, isUuid, notFound } from './errors.js';
import { bsnLookup, npLookup, rolForAudit, rolFromRow, rolLabel, rolRow, rolSubject, validateRol } from './rollen.js';
import {
  zaakAudittrail, zaakBesluiten, zaakContactmomenten, zaakCounters, zaakEigenschappen, zaakIdempotencyKeys, zaakInformatieobjecten, zaakKlantcontacten, zaakNotes,
  zaakObjecten, zaakOpschortingen, zaakResultaten, zaakRollen, zaakStatussen, zaakVerzoeken, zaken,
} from './schema.js';
import { computeSla, deadlineSql, slaStateSql } from './sla.js';
import type {
  ApplicantStatus, ApplicantZaak, AuditTrailEntry, CreateZaakInput, InitiatorInput, Klantcontact, KlantcontactInput, MedewerkerIdentificatie, Note,
  OrganisatorischeEenheidIdentificatie, Page, RelevanteZaak, Resultaat, Rol, RolInput, Status, TimelineEntry, Zaak, Zaakbesluit, Zaakeigenschap,
  ZaakeigenschapInput, ZaakFilter, Zaakinformatieobject, ZaakListItem, Zaakobject, ZaakobjectInput, ZaakOrdering, ZaakApiChanges, ZaakApiFields, ZaakRelatieUrl,
} from './types.js';
import {
  checkBetaling, checkChoice, checkDate, checkDuration, checkGeometry, checkKenmerken, checkProducten, checkRelevanteZaak, checkRelevanteZaken, checkRsin, checkText,
  checkVertrouwelijkheid, checkZaakobject, eigenschapProblem, kardinaliteit,
} from './validation.js';

export type ZaakRow = typeof zaken.$inferSelect;

/** For reads that return personal data: in which trace and for which registered purpose. */
export interface ReadOptions {
  trace?: TraceContext | undefined;
  /** Default: zaak-behandelen/1 for staff, mijn-zaken-inzien/1 for the applicant. */
  activity?: ProcessingActivity | undefined;
}

export interface ZakenDeps {
  sealer: Sealer;
  processingLog: ProcessingLog;
  documenten: DocumentenService;
}

/** What a resident or business may fill in themselves when they apply (everything else is the municipality's). */
const APPLICANT_FIELDS = new Set<keyof CreateZaakInput>([
  'zaaktype', 'omschrijving', 'toelichting', 'communicatiekanaal', 'productenOfDiensten', 'zaakgeometrie', 'kenmerken', 'initiator', 'eigenschappen',
  'zaakobjecten', 'informatieobjecten',
]);

/** This module acting on the mirrored relations in documenten (after checking the real actor). */
const SYSTEM: Actor = { kind: 'system', process: 'zaken' };

/** Documents an applicant may see in their zaak. */
const APPLICANT_VISIBLE = new Set(['openbaar', 'beperkt_openbaar']);

export interface CreateZaakOptions {
  /**
   * Makes creation exactly-once: the same key (per municipality) returns the zaak made the first
   * time, also when two requests arrive at once. The same key with other content or from someone
   * else is refused (409).
   */
  idempotencyKey?: string | undefined;
  trace?: TraceContext | undefined;
  /** The zaaktype version of `input.zaaktype` when the caller has loaded it already (saves loading it again). */
  zaaktype?: Zaaktype | undefined;
  /** Set the first status at once (default); the Zaken API leaves that to the client. */
  initialStatus?: boolean | undefined;
}

function zaak0Opgeschort(extra: Partial<ZaakRow>): boolean {
  return extra.opschortingIndicatie === true && !!extra.opschortingSinds;
}

export class ZakenService {
  constructor(private readonly deps: ZakenDeps) {}

  // ===========================================================================================
  // Creating
  // ===========================================================================================

  /**
   * Registers a zaak atomically: the zaak with its identificatie and computed dates (einddatum
   * gepland = startdatum + doorlooptijd; uiterlijke einddatum afdoening = that + the
   * verlengingstermijn when the zaaktype allows extension), the initiator rol, eigenschappen,
   * zaakobjecten, the documents given, the first status (the first statustype), the audit trail
   * and the event 'zaak.aangemaakt' in the outbox.
   */
  async createZaak(tx: Tx, actor: Actor, input: CreateZaakInput, options: CreateZaakOptions = {}): Promise<Zaak> {
    const applicant = actor.kind === 'resident';
    if (!applicant) requirePermission(actor, 'zaken.aanmaken');
    if (!input || typeof input !== 'object') throw invalid('nonFieldErrors', 'invalid', 'Geef de gegevens van de zaak op.');
    if (applicant) input = this.applicantInput(actor, input);

    // Exactly once: claim the key before anything else. A concurrent request with the same key
    // waits here for this transaction and then finds the zaak.
    const zaakId = randomUUID();
    if (options.idempotencyKey !== undefined) {
      const key = options.idempotencyKey;
      if (typeof key !== 'string' || key.length < 1 || key.length > 200) throw invalid('idempotencyKey', 'invalid', 'De idempotency-sleutel moet 1 tot 200 tekens zijn.');
      const actorKey = this.actorKey(actor);
      const requestHash = this.deps.sealer.lookupKey(canonicalJson(input), 'zaken.idempotency');
      const claimed = await tx.insert(zaakIdempotencyKeys).values({ key, zaakId, actorKey, requestHash }).onConflictDoNothing().returning({ zaakId: zaakIdempotencyKeys.zaakId });
      if (!claimed.length) {
        const [earlier] = await tx.select().from(zaakIdempotencyKeys).where(eq(zaakIdempotencyKeys.key, key));
        if (!earlier || earlier.actorKey !== actorKey || earlier.requestHash !== requestHash) {
          throw conflict('Deze idempotency-sleutel is al gebruikt voor een ander verzoek.', 'idempotencyKey', 'idempotency-key-reused');
        }
        const zaak = await this.loadZaak(tx, earlier.zaakId);
        if (!zaak) throw conflict('Deze idempotency-sleutel is al gebruikt voor een ander verzoek.', 'idempotencyKey', 'idempotency-key-reused');
        return zaak;
      }
    }

    const problems = new Invalid();
    const zaaktype = options.zaaktype?.id === input.zaaktype ? options.zaaktype : isUuid(input.zaaktype) ? await getZaaktype(tx, input.zaaktype) : undefined;
    if (!zaaktype) throw invalid('zaaktype', 'bad-url', 'Dit zaaktype bestaat niet.');
    if (zaaktype.concept) throw invalid('zaaktype', 'zaaktype-concept', 'Dit zaaktype is nog een concept; er kunnen nog geen zaken van worden gemaakt.');
    if (applicant && zaaktype.indicatieInternOfExtern !== 'extern') throw forbidden('Deze zaak kunt u niet zelf aanvragen.');

    const today = dateInNl();
    const registratiedatum = input.registratiedatum ?? today;
    checkDate(problems, 'registratiedatum', input.registratiedatum);
    checkDate(problems, 'startdatum', input.startdatum);
    checkDate(problems, 'publicatiedatum', input.publicatiedatum);
    checkText(problems, 'omschrijving', input.omschrijving, 80);
    checkText(problems, 'toelichting', input.toelichting, 1000);
    checkText(problems, 'identificatie', input.identificatie, 40);
    checkText(problems, 'communicatiekanaal', input.communicatiekanaal, 1000);
    checkText(problems, 'opdrachtgevendeOrganisatie', input.opdrachtgevendeOrganisatie, 9);
    checkText(problems, 'selectielijstklasse', input.selectielijstklasse, 1000);
    checkText(problems, 'statustoelichting', input.statustoelichting, 1000);
    checkRsin(problems, 'bronorganisatie', input.bronorganisatie);
    checkRsin(problems, 'verantwoordelijkeOrganisatie', input.verantwoordelijkeOrganisatie);
    checkVertrouwelijkheid(problems, 'vertrouwelijkheidaanduiding', input.vertrouwelijkheidaanduiding);
    checkBetaling(problems, input.betalingsindicatie, undefined, new Date());
    checkGeometry(problems, 'zaakgeometrie', input.zaakgeometrie);
    checkKenmerken(problems, input.kenmerken);
    checkRelevanteZaken(problems, input.relevanteAndereZaken);
    checkProducten(problems, input.productenOfDiensten, zaaktype);
    if (isIsoDate(registratiedatum) && registratiedatum > today) problems.add('registratiedatum', 'date-in-future', 'De registratiedatum kan niet in de toekomst liggen.');
    if (isIsoDate(registratiedatum) && (registratiedatum < zaaktype.beginGeldigheid || (zaaktype.eindeGeldigheid && registratiedatum > zaaktype.eindeGeldigheid))) {
      problems.add('zaaktype', 'zaaktype-niet-geldig', 'Deze versie van het zaaktype geldt niet op de registratiedatum.');
    }
    const statustypen = [...zaaktype.statustypen].sort((a, b) => a.volgnummer - b.volgnummer);
    if (!statustypen.length) problems.add('zaaktype', 'geen-statustypen', 'Het zaaktype heeft geen statustypen.');

    // The initiator, with the zaaktype's initiator roltype unless another of its roltypen is named.
    let initiator: RolInput | undefined;
    if (input.initiator) {
      validateRol(input.initiator as RolInput, 'initiator', problems);
      const roltype = input.initiator.roltype
        ? zaaktype.roltypen.find((r) => r.id === input.initiator!.roltype)
        : zaaktype.roltypen.find((r) => r.omschrijvingGeneriek === 'initiator');
      if (!roltype) problems.add('initiator.roltype', 'bad-url', 'Het zaaktype heeft geen roltype voor de initiator.');
      else initiator = { ...(input.initiator as InitiatorInput), roltype: roltype.id } as RolInput;
    }
    const eigenschappen = this.checkEigenschappen(problems, zaaktype, input.eigenschappen ?? [], []);
    for (const [i, o] of (input.zaakobjecten ?? []).entries()) checkZaakobject(problems, `zaakobjecten.${i}`, o);

    // Hoofdzaak: exists, is not itself a deelzaak, and its zaaktype allows ours as deelzaaktype.
    let hoofdzaak: ZaakRow | undefined;
    if (input.hoofdzaak !== undefined && input.hoofdzaak !== null) {
      hoofdzaak = isUuid(input.hoofdzaak) ? await this.zaakRow(tx, input.hoofdzaak) : undefined;
      if (!hoofdzaak) problems.add('hoofdzaak', 'bad-url', 'Deze hoofdzaak bestaat niet.');
      else if (hoofdzaak.hoofdzaak) problems.add('hoofdzaak', 'deelzaak-als-hoofdzaak', 'Een deelzaak kan geen hoofdzaak zijn.');
      else {
        const hoofdzaaktype = await getZaaktype(tx, hoofdzaak.zaaktype);
        if (!hoofdzaaktype?.deelzaaktypen.includes(zaaktype.identificatie)) {
          problems.add('hoofdzaak', 'invalid-deelzaaktype', 'Het zaaktype van de hoofdzaak kent dit zaaktype niet als deelzaaktype.');
        }
      }
    }
    for (const [i, r] of (input.relevanteAndereZaken ?? []).entries()) {
      if (r?.zaak && isUuid(r.zaak) && !(await this.zaakRow(tx, r.zaak))) problems.add(`relevanteAndereZaken.${i}.zaak`, 'bad-url', 'Deze zaak bestaat niet.');
    }
    problems.throwIfAny();

    const bronorganisatie = input.bronorganisatie ?? (await getCatalogus(tx, zaaktype.catalogus))?.rsin;
    if (!bronorganisatie) throw invalid('bronorganisatie', 'required', 'Geef de bronorganisatie op: de catalogus van het zaaktype heeft geen RSIN.');
    const extra = this.checkApiFields(input.extra ?? {}, { archiefstatus: 'nog_te_archiveren', betalingsindicatie: input.betalingsindicatie ?? '' }, 'create');
    let identificatie = input.identificatie;
    if (identificatie) {
      const [taken] = await tx.select({ id: zaken.id }).from(zaken).where(and(eq(zaken.bronorganisatie, bronorganisatie), eq(zaken.identificatie, identificatie)));
      if (taken) throw invalid('identificatie', 'identificatie-niet-uniek', 'Deze identificatie is al in gebruik bij deze bronorganisatie.');
    } else {
      // zrc-002: unique within the bronorganisatie, also when a client chose a number of this form itself.
      for (let attempt = 0; !identificatie; attempt++) {
        const candidate = await this.nextIdentificatie(tx, registratiedatum);
        const [taken] = await tx.select({ id: zaken.id }).from(zaken).where(and(eq(zaken.bronorganisatie, bronorganisatie), eq(zaken.identificatie, candidate)));
        if (!taken) identificatie = candidate;
        else if (attempt > 50) throw conflict('Er kon geen vrije identificatie worden gemaakt; probeer het opnieuw.');
      }
    }
    const startdatum = input.startdatum ?? registratiedatum;
    const einddatumGepland = addDuration(startdatum, zaaktype.doorlooptijd);
    const uiterlijkeEinddatumAfdoening = zaaktype.verlengingMogelijk && zaaktype.verlengingstermijn
      ? addDuration(einddatumGepland, zaaktype.verlengingstermijn) : einddatumGepland;

    const [row] = await tx.insert(zaken).values({
      id: zaakId, identificatie, bronorganisatie, verantwoordelijkeOrganisatie: input.verantwoordelijkeOrganisatie ?? bronorganisatie,
      omschrijving: input.omschrijving ?? '', toelichting: input.toelichting ?? '', zaaktype: zaaktype.id, zaaktypeIdentificatie: zaaktype.identificatie,
      zaaktypeOmschrijving: zaaktype.omschrijving, registratiedatum, startdatum, einddatumGepland, uiterlijkeEinddatumAfdoening,
      publicatiedatum: input.publicatiedatum ?? null, communicatiekanaal: input.communicatiekanaal ?? '', productenOfDiensten: input.productenOfDiensten ?? [],
      vertrouwelijkheidaanduiding: input.vertrouwelijkheidaanduiding ?? zaaktype.vertrouwelijkheidaanduiding, betalingsindicatie: input.betalingsindicatie ?? '',
      zaakgeometrie: input.zaakgeometrie ?? null, selectielijstklasse: input.selectielijstklasse ?? '', hoofdzaak: hoofdzaak?.id ?? null,
      relevanteAndereZaken: (input.relevanteAndereZaken ?? []).map(normalizeRelevant), kenmerken: input.kenmerken ?? [],
      opdrachtgevendeOrganisatie: input.opdrachtgevendeOrganisatie ?? '', aangemaaktDoor: auditWho(actor).gebruikersWeergave || auditWho(actor).applicatieWeergave,
      ...extra,
      ...(input.extra?.einddatumGepland !== undefined ? { einddatumGepland: input.extra.einddatumGepland } : {}),
      ...(input.extra?.uiterlijkeEinddatumAfdoening !== undefined ? { uiterlijkeEinddatumAfdoening: input.extra.uiterlijkeEinddatumAfdoening } : {}),
    }).returning();
    if (zaak0Opgeschort(extra)) await tx.insert(zaakOpschortingen).values({ zaakId, reden: extra.opschortingReden || '-', van: extra.opschortingSinds! });
    const zaak = row!;
    await audit(tx, actor, {
      actie: 'create', actieWeergave: 'Zaak aangemaakt', resource: 'zaak', resourceId: zaak.id, resourceWeergave: zaak.identificatie, hoofdObject: zaak.id, zaak,
      oud: null, nieuw: zaakForAudit(zaak),
    });

    let initiatorRolId: string | null = null;
    if (initiator) {
      const roltype = zaaktype.roltypen.find((r) => r.id === initiator!.roltype)!;
      initiatorRolId = await this.insertRol(tx, actor, zaak, initiator, roltype, options.trace);
    }
    for (const e of eigenschappen) await this.insertEigenschap(tx, actor, zaak, e.eigenschap, e.naam, e.waarde);
    for (const o of input.zaakobjecten ?? []) await this.insertZaakobject(tx, actor, zaak, o);
    if (options.initialStatus !== false) await this.insertStatus(tx, actor, zaak, statustypen[0]!, new Date(), input.statustoelichting ?? '', initiatorRolId && applicant ? initiatorRolId : null);
    for (const [i, d] of (input.informatieobjecten ?? []).entries()) {
      await this.relateDocument(tx, actor, zaak, zaaktype, { informatieobject: d.informatieobject, titel: d.titel, beschrijving: d.beschrijving }, `informatieobjecten.${i}`);
    }
    await this.publishEvent(tx, 'zaak.aangemaakt', zaak, {}, zaak.id);
    return (await this.loadZaak(tx, zaak.id))!;
  }

  /** A resident's or business's own application: only their own fields, and themself as initiator. */
  private applicantInput(actor: Extract<Actor, { kind: 'resident' }>, input: CreateZaakInput): CreateZaakInput {
    const extra = Object.keys(input).filter((k) => !APPLICANT_FIELDS.has(k as keyof CreateZaakInput) && (input as unknown as Record<string, unknown>)[k] !== undefined);
    if (extra.length) {
      throw new HttpError(400, 'Deze gegevens kunt u niet zelf opgeven.', extra.map((name) => ({ name, code: 'not-allowed', reason: 'Deze gegevens vult de gemeente in.' })), 'not-allowed');
    }
    const identity = actor.identity;
    const given = input.initiator;
    if (given?.roltype) throw new HttpError(400, 'Deze gegevens kunt u niet zelf opgeven.', [{ name: 'initiator.roltype', code: 'not-allowed', reason: 'Deze gegevens vult de gemeente in.' }], 'not-allowed');
    let initiator: InitiatorInput;
    if (identity.kind === 'resident') {
      const bsn = identity.actingFor?.bsn ?? identity.bsn;
      if (given && (given.betrokkeneType !== 'natuurlijk_persoon' || (given.betrokkeneIdentificatie.inpBsn && given.betrokkeneIdentificatie.inpBsn !== bsn))) {
        throw forbidden('U kunt alleen voor uzelf (of wie u vertegenwoordigt) een aanvraag doen.');
      }
      const own = given?.betrokkeneType === 'natuurlijk_persoon' ? given.betrokkeneIdentificatie : {};
      initiator = {
        ...(given ?? {}), betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { ...own, inpBsn: bsn },
        indicatieMachtiging: identity.actingFor ? 'machtiginggever' : '',
      } as InitiatorInput;
    } else {
      const type = identity.vestiging ? 'vestiging' : 'niet_natuurlijk_persoon';
      if (given && (given.betrokkeneType !== type || ((given.betrokkeneIdentificatie as { kvkNummer?: string }).kvkNummer ?? identity.kvk) !== identity.kvk)) {
        throw forbidden('U kunt alleen voor uw eigen onderneming een aanvraag doen.');
      }
      const own = (given?.betrokkeneIdentificatie ?? {}) as Record<string, unknown>;
      initiator = {
        ...(given ?? {}), betrokkeneType: type,
        betrokkeneIdentificatie: { ...own, kvkNummer: identity.kvk, ...(identity.vestiging ? { vestigingsNummer: identity.vestiging } : {}) },
      } as InitiatorInput;
    }
    return { ...input, initiator };
  }

  /** ZAAK-<year>-<7 digits>, per municipality and year of registration, without gaps in use. */
  private async nextIdentificatie(tx: Tx, registratiedatum: IsoDate): Promise<string> {
    const jaar = Number(registratiedatum.slice(0, 4));
    const [row] = await tx.insert(zaakCounters).values({ jaar, laatste: 1 })
      .onConflictDoUpdate({ target: [zaakCounters.tenantId, zaakCounters.jaar], set: { laatste: sql`${zaakCounters.laatste} + 1` } })
      .returning({ laatste: zaakCounters.laatste });
    return `ZAAK-${jaar}-${String(row!.laatste).padStart(7, '0')}`;
  }

  // ===========================================================================================
  // Status, resultaat, closing and reopening
  // ===========================================================================================

  /**
   * Sets a status. Rules:
   * - the statustype belongs to the zaak's zaaktype version;
   * - statuses go forward in the zaaktype's order (a higher volgnummer; steps may be skipped);
   * - the eigenschappen a statustype requires (up to the new one) have a value;
   * - datumStatusGezet (default now) is not in the future nor before the current status;
   * - the eindstatus closes the zaak: it needs a resultaat, and every document of the zaak needs
   *   its indicatieGebruiksrecht set; einddatum becomes the date of the status, a running
   *   suspension ends, and the archive data are derived (archive.ts);
   * - a closed zaak is reopened only with `heropenen` and a status that is not the eindstatus:
   *   einddatum and the derived archive data are cleared.
   */
  async setStatus(tx: Tx, actor: Actor, zaakId: string, statustypeId: string, options: { toelichting?: string; datumStatusGezet?: Date; gezetdoor?: string; heropenen?: boolean; anyOrder?: boolean } = {}): Promise<Status> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const zaaktype = await this.zaaktypeOf(tx, zaak);
    const statustype = zaaktype.statustypen.find((s) => s.id === statustypeId);
    if (!statustype) throw invalid('statustype', 'zaaktype-mismatch', 'Dit statustype hoort niet bij het zaaktype van de zaak.');
    const problems = new Invalid();
    checkText(problems, 'statustoelichting', options.toelichting, 1000);
    problems.throwIfAny();
    const current = zaak.statustype ? zaaktype.statustypen.find((s) => s.id === zaak.statustype) : undefined;
    const [currentStatus] = zaak.status ? await tx.select().from(zaakStatussen).where(eq(zaakStatussen.id, zaak.status)) : [];
    const datum = options.datumStatusGezet ?? new Date();
    if (!(datum instanceof Date) || Number.isNaN(datum.getTime())) throw invalid('datumStatusGezet', 'invalid', 'Geef een datum en tijd.');
    if (datum.getTime() > Date.now() + 60_000) throw invalid('datumStatusGezet', 'date-in-future', 'Een status kan niet in de toekomst worden gezet.');
    if (!options.anyOrder && currentStatus && datum < currentStatus.datumStatusGezet) throw invalid('datumStatusGezet', 'before-current-status', 'Een status kan niet eerder gezet zijn dan de huidige status.');
    if (options.gezetdoor !== undefined) {
      const [rol] = isUuid(options.gezetdoor) ? await tx.select({ id: zaakRollen.id }).from(zaakRollen).where(and(eq(zaakRollen.id, options.gezetdoor), eq(zaakRollen.zaakId, zaak.id))) : [];
      if (!rol) throw invalid('gezetdoor', 'bad-url', 'Deze rol hoort niet bij de zaak.');
    }

    const reopening = zaak.einddatum !== null;
    if (reopening) {
      if (statustype.isEindstatus) throw invalid('statustype', 'zaak-al-afgesloten', 'De zaak is al afgesloten.');
      if (!options.heropenen) throw invalid('statustype', 'zaak-afgesloten', 'De zaak is afgesloten. Heropen de zaak om er verder aan te werken.');
    } else if (!options.anyOrder && current && statustype.volgnummer <= current.volgnummer) {
      throw invalid('statustype', 'status-volgorde', `De zaak staat al op "${current.omschrijving}"; een status kan niet terug of gelijk blijven.`);
    }

    await this.requireEigenschappenFor(tx, zaak, zaaktype, statustype);

    let changes: Partial<ZaakRow> = {};
    if (statustype.isEindstatus) changes = await this.closing(tx, zaak, zaaktype, dateInNl(datum));
    if (reopening) changes = { einddatum: null, archiefnominatie: null, archiefactiedatum: null, startdatumBewaartermijn: null };
    if (Object.keys(changes).length) {
      await tx.update(zaken).set({ ...changes, updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
      await audit(tx, actor, {
        actie: 'partial_update', actieWeergave: reopening ? 'Zaak heropend' : 'Zaak afgesloten', resource: 'zaak', resourceId: zaak.id,
        resourceWeergave: zaak.identificatie, hoofdObject: zaak.id, zaak, toelichting: options.toelichting,
        oud: pick(zaakForAudit(zaak), Object.keys(changes)), nieuw: pick(zaakForAudit({ ...zaak, ...changes }), Object.keys(changes)),
      });
    }
    const status = await this.insertStatus(tx, actor, { ...zaak, ...changes }, statustype, datum, options.toelichting ?? '', options.gezetdoor ?? null);
    if (statustype.isEindstatus) await this.publishEvent(tx, 'zaak.afgesloten', { ...zaak, ...changes }, { statustype: statustype.id });
    if (reopening) await this.publishEvent(tx, 'zaak.heropend', zaak, { statustype: statustype.id });
    return status;
  }

  /** What closing changes on the zaak (einddatum, suspension, archive data); throws when closing is not allowed. */
  private async closing(tx: Tx, zaak: ZaakRow, zaaktype: Zaaktype, einddatum: IsoDate): Promise<Partial<ZaakRow>> {
    const [resultaat] = await tx.select().from(zaakResultaten).where(eq(zaakResultaten.zaakId, zaak.id));
    if (!resultaat) throw invalid('resultaat', 'resultaat-ontbreekt', 'Een zaak kan pas worden afgesloten als er een resultaat is.');
    const resultaattype = zaaktype.resultaattypen.find((r) => r.id === resultaat.resultaattype);
    if (!resultaattype) throw invalid('resultaat', 'zaaktype-mismatch', 'Het resultaattype hoort niet bij het zaaktype van de zaak.');

    const relations = await tx.select({ informatieobject: zaakInformatieobjecten.informatieobject }).from(zaakInformatieobjecten).where(eq(zaakInformatieobjecten.zaakId, zaak.id));
    if (relations.length) {
      const documents = await this.deps.documenten.getMany(tx, SYSTEM, relations.map((r) => r.informatieobject));
      const unset = documents.filter((d) => d.indicatieGebruiksrecht === null);
      if (unset.length) {
        throw invalid('nonFieldErrors', 'indicatiegebruiksrecht-unset', `Geef eerst bij elk document aan of er gebruiksrechten gelden (${unset.map((d) => d.titel).join(', ')}).`);
      }
    }

    const changes: Partial<ZaakRow> = { einddatum };
    if (zaak.opschortingIndicatie) Object.assign(changes, await this.endSuspension(tx, zaak, einddatum));

    const archive = deriveArchive(await this.archiveFacts(tx, { ...zaak, ...changes }, resultaattype, einddatum));
    if (!zaak.archiefnominatie && archive.archiefnominatie) changes.archiefnominatie = archive.archiefnominatie;
    if (!zaak.archiefactiedatum && archive.archiefactiedatum) changes.archiefactiedatum = archive.archiefactiedatum;
    if (archive.brondatum) changes.startdatumBewaartermijn = archive.brondatum;
    return changes;
  }

  private async archiveFacts(tx: Tx, zaak: ZaakRow, resultaattype: Resultaattype, einddatum: IsoDate) {
    const hoofdzaak = zaak.hoofdzaak ? await this.zaakRow(tx, zaak.hoofdzaak) : undefined;
    const related = zaak.relevanteAndereZaken.filter((r) => r.zaak).map((r) => r.zaak!);
    const relatedRows = related.length ? await tx.select({ einddatum: zaken.einddatum }).from(zaken).where(inArray(zaken.id, related)) : [];
    const eigenschappen = await tx.select({ naam: zaakEigenschappen.naam, waarde: zaakEigenschappen.waarde }).from(zaakEigenschappen).where(eq(zaakEigenschappen.zaakId, zaak.id));
    const objecten = await tx.select().from(zaakObjecten).where(eq(zaakObjecten.zaakId, zaak.id));
    const besluiten = await tx.select({ ingangsdatum: zaakBesluiten.ingangsdatum, vervaldatum: zaakBesluiten.vervaldatum }).from(zaakBesluiten).where(eq(zaakBesluiten.zaakId, zaak.id));
    return {
      einddatum, resultaattype,
      hoofdzaakEinddatum: zaak.hoofdzaak ? hoofdzaak?.einddatum ?? null : undefined,
      gerelateerdeEinddata: zaak.relevanteAndereZaken.length ? [...relatedRows.map((r) => r.einddatum), ...(relatedRows.length ? [] : [null])] : [],
      eigenschappen,
      zaakobjecten: objecten.map((o) => ({ objectType: o.objectType, objectIdentificatie: this.objectIdentificatie(o) })),
      besluiten,
    };
  }

  private async requireEigenschappenFor(tx: Tx, zaak: ZaakRow, zaaktype: Zaaktype, statustype: Statustype): Promise<void> {
    const upTo = zaaktype.statustypen.filter((s) => s.volgnummer <= statustype.volgnummer);
    const required = new Set<string>(upTo.flatMap((s) => s.eigenschappen));
    for (const e of zaaktype.eigenschappen) if (e.statustype && upTo.some((s) => s.id === e.statustype)) required.add(e.naam);
    if (!required.size) return;
    const present = await tx.select({ naam: zaakEigenschappen.naam, waarde: zaakEigenschappen.waarde }).from(zaakEigenschappen).where(eq(zaakEigenschappen.zaakId, zaak.id));
    const missing = [...required].filter((naam) => !present.some((p) => p.naam === naam && p.waarde !== ''));
    if (missing.length) {
      throw new HttpError(400, `Vul eerst in: ${missing.join(', ')}.`, missing.map((naam) => ({ name: `eigenschappen.${naam}`, code: 'eigenschap-ontbreekt', reason: `"${naam}" moet een waarde hebben voor deze status.` })), 'eigenschap-ontbreekt');
    }
  }

  private async insertStatus(tx: Tx, actor: Actor, zaak: ZaakRow, statustype: Statustype, datum: Date, toelichting: string, gezetdoor: string | null): Promise<Status> {
    const [row] = await tx.insert(zaakStatussen).values({ zaakId: zaak.id, statustype: statustype.id, datumStatusGezet: datum, statustoelichting: toelichting, gezetdoor }).returning();
    // The current status is the latest by datumStatusGezet (the newest row on a tie).
    const [latest] = await tx.select({ id: zaakStatussen.id, statustype: zaakStatussen.statustype }).from(zaakStatussen)
      .where(eq(zaakStatussen.zaakId, zaak.id)).orderBy(desc(zaakStatussen.datumStatusGezet), desc(zaakStatussen.createdAt)).limit(1);
    await tx.update(zaken).set({ status: latest!.id, statustype: latest!.statustype, statusOmschrijving: statustype.omschrijving, updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    const status = toStatus(row!, statustype, true);
    await audit(tx, actor, {
      actie: 'create', actieWeergave: `Status gezet: ${statustype.omschrijving}`, resource: 'status', resourceId: row!.id, resourceWeergave: statustype.omschrijving,
      hoofdObject: zaak.id, zaak, toelichting, oud: null, nieuw: { ...status, datumStatusGezet: datum.toISOString() },
    });
    await this.publishEvent(tx, 'zaak.status-gezet', zaak, { status: row!.id, statustype: statustype.id, isEindstatus: statustype.isEindstatus, informeren: statustype.informeren });
    return status;
  }

  /** Sets (or replaces) the resultaat; the resultaattype must belong to the zaaktype; not on a closed zaak. */
  async setResultaat(tx: Tx, actor: Actor, zaakId: string, resultaattypeId: string, options: { toelichting?: string; force?: boolean; actie?: 'update' | 'partial_update' } = {}): Promise<Resultaat> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    if (zaak.einddatum && !options.force) throw invalid('zaak', 'zaak-afgesloten', 'De zaak is afgesloten; heropen de zaak om het resultaat te veranderen.');
    const zaaktype = await this.zaaktypeOf(tx, zaak);
    const resultaattype = zaaktype.resultaattypen.find((r) => r.id === resultaattypeId);
    if (!resultaattype) throw invalid('resultaattype', 'zaaktype-mismatch', 'Dit resultaattype hoort niet bij het zaaktype van de zaak.');
    const problems = new Invalid();
    checkText(problems, 'toelichting', options.toelichting, 1000);
    problems.throwIfAny();
    const [previous] = await tx.select().from(zaakResultaten).where(eq(zaakResultaten.zaakId, zaak.id));
    const [row] = previous
      ? await tx.update(zaakResultaten).set({ resultaattype: resultaattype.id, toelichting: options.toelichting ?? '' }).where(eq(zaakResultaten.id, previous.id)).returning()
      : await tx.insert(zaakResultaten).values({ zaakId: zaak.id, resultaattype: resultaattype.id, toelichting: options.toelichting ?? '' }).returning();
    const resultaat: Resultaat = { id: row!.id, zaak: zaak.id, resultaattype: row!.resultaattype, toelichting: row!.toelichting, omschrijving: resultaattype.omschrijving };
    const before = previous ? { resultaattype: previous.resultaattype, toelichting: previous.toelichting } : null;
    await audit(tx, actor, {
      actie: previous ? options.actie ?? 'update' : 'create', actieWeergave: `Resultaat: ${resultaattype.omschrijving}`, resource: 'resultaat', resourceId: row!.id,
      resourceWeergave: resultaattype.omschrijving, hoofdObject: zaak.id, zaak, oud: before, nieuw: { ...resultaat },
    });
    await tx.update(zaken).set({ updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    await this.publishEvent(tx, 'zaak.resultaat-gezet', zaak, { resultaattype: resultaattype.id });
    return resultaat;
  }

  // ===========================================================================================
  // Suspension and extension
  // ===========================================================================================

  /**
   * Suspends handling (opschorting, e.g. waiting for the applicant). Only when the zaaktype
   * allows it, on an open zaak that is not suspended already. `until` is the planned end
   * (informative); `on` the day it started (default today; not in the future).
   */
  async suspend(tx: Tx, actor: Actor, zaakId: string, reason: string, until?: IsoDate | null, options: { on?: IsoDate } = {}): Promise<Zaak> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const zaaktype = await this.zaaktypeOf(tx, zaak);
    const on = options.on ?? dateInNl();
    const problems = new Invalid();
    checkText(problems, 'reden', reason, 200, { required: true });
    checkDate(problems, 'tot', until);
    checkDate(problems, 'on', options.on);
    problems.throwIfAny();
    if (zaak.einddatum) throw invalid('zaak', 'zaak-afgesloten', 'Een afgesloten zaak kan niet worden opgeschort.');
    if (!zaaktype.opschortingEnAanhoudingMogelijk) throw invalid('opschorting', 'opschorting-niet-toegestaan', 'Zaken van dit zaaktype kunnen niet worden opgeschort.');
    if (zaak.opschortingIndicatie) throw invalid('opschorting', 'al-opgeschort', 'De zaak is al opgeschort.');
    if (on > dateInNl()) throw invalid('on', 'date-in-future', 'Een opschorting kan niet in de toekomst beginnen.');
    if (on < zaak.startdatum) throw invalid('on', 'voor-startdatum', 'Een opschorting kan niet voor de startdatum beginnen.');
    if (until && until < on) throw invalid('tot', 'invalid', 'De einddatum van de opschorting ligt voor het begin.');
    const changes = { opschortingIndicatie: true, opschortingReden: reason.trim(), opschortingSinds: on, opschortingTot: until ?? null };
    await tx.update(zaken).set({ ...changes, updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    await tx.insert(zaakOpschortingen).values({ zaakId: zaak.id, reden: reason.trim(), van: on, tot: until ?? null });
    await audit(tx, actor, {
      actie: 'partial_update', actieWeergave: 'Zaak opgeschort', resource: 'zaak', resourceId: zaak.id, resourceWeergave: zaak.identificatie, hoofdObject: zaak.id, zaak,
      toelichting: reason, oud: { opschorting: { indicatie: false, reden: zaak.opschortingReden } }, nieuw: { opschorting: { indicatie: true, reden: reason.trim() }, opschortingTot: until ?? null },
    });
    await this.publishEvent(tx, 'zaak.opgeschort', zaak, { tot: until ?? null });
    return (await this.loadZaak(tx, zaak.id))!;
  }

  /** Ends a suspension: the days it lasted move the planned and the latest end date. */
  async resume(tx: Tx, actor: Actor, zaakId: string, options: { on?: IsoDate } = {}): Promise<Zaak> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    if (!zaak.opschortingIndicatie) throw invalid('opschorting', 'niet-opgeschort', 'De zaak is niet opgeschort.');
    const on = options.on ?? dateInNl();
    if (!isIsoDate(on)) throw invalid('on', 'invalid', 'Geef een datum als 2026-01-31.');
    if (on > dateInNl()) throw invalid('on', 'date-in-future', 'Hervatten kan niet in de toekomst.');
    if (zaak.opschortingSinds && on < zaak.opschortingSinds) throw invalid('on', 'invalid', 'Hervatten kan niet voor het begin van de opschorting.');
    const changes = await this.endSuspension(tx, zaak, on);
    await tx.update(zaken).set({ ...changes, updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    await audit(tx, actor, {
      actie: 'partial_update', actieWeergave: 'Zaak hervat', resource: 'zaak', resourceId: zaak.id, resourceWeergave: zaak.identificatie, hoofdObject: zaak.id, zaak,
      oud: { opschorting: { indicatie: true, reden: zaak.opschortingReden }, einddatumGepland: zaak.einddatumGepland, uiterlijkeEinddatumAfdoening: zaak.uiterlijkeEinddatumAfdoening },
      nieuw: { opschorting: { indicatie: false, reden: '' }, einddatumGepland: changes.einddatumGepland, uiterlijkeEinddatumAfdoening: changes.uiterlijkeEinddatumAfdoening },
    });
    await this.publishEvent(tx, 'zaak.hervat', zaak, { einddatumGepland: changes.einddatumGepland ?? null });
    return (await this.loadZaak(tx, zaak.id))!;
  }

  /** The changes that end a running suspension on day `on` (and its history row). */
  private async endSuspension(tx: Tx, zaak: ZaakRow, on: IsoDate): Promise<Partial<ZaakRow>> {
    const days = zaak.opschortingSinds ? Math.max(0, daysBetween(zaak.opschortingSinds, on)) : 0;
    const [open] = await tx.select({ id: zaakOpschortingen.id }).from(zaakOpschortingen)
      .where(and(eq(zaakOpschortingen.zaakId, zaak.id), isNull(zaakOpschortingen.hervatOp))).orderBy(desc(zaakOpschortingen.van)).limit(1);
    if (open) await tx.update(zaakOpschortingen).set({ hervatOp: on, dagen: days }).where(eq(zaakOpschortingen.id, open.id));
    return {
      opschortingIndicatie: false, opschortingReden: '', opschortingSinds: null, opschortingTot: null,
      einddatumGepland: zaak.einddatumGepland ? addDays(zaak.einddatumGepland, days) : null,
      uiterlijkeEinddatumAfdoening: zaak.uiterlijkeEinddatumAfdoening ? addDays(zaak.uiterlijkeEinddatumAfdoening, days) : null,
    };
  }

  /**
   * Extends the lead time (verlenging) by `duration` (ISO 8601, e.g. 'P14D'): only when the
   * zaaktype allows it, once per zaak, at most the zaaktype's verlengingstermijn, on an open zaak.
   * The planned end date moves; the latest end date already holds the verlengingstermijn.
   */
  async extend(tx: Tx, actor: Actor, zaakId: string, reason: string, duration: string): Promise<Zaak> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const zaaktype = await this.zaaktypeOf(tx, zaak);
    const problems = new Invalid();
    checkText(problems, 'reden', reason, 200, { required: true });
    checkDuration(problems, 'duur', duration);
    problems.throwIfAny();
    if (zaak.einddatum) throw invalid('zaak', 'zaak-afgesloten', 'Een afgesloten zaak kan niet worden verlengd.');
    if (!zaaktype.verlengingMogelijk || !zaaktype.verlengingstermijn) throw invalid('verlenging', 'verlenging-niet-toegestaan', 'Zaken van dit zaaktype kunnen niet worden verlengd.');
    if (zaak.verlengingDuur) throw invalid('verlenging', 'verlenging-al-gebruikt', 'De zaak is al eens verlengd; dat kan maar één keer.');
    const base = zaak.einddatumGepland ?? addDuration(zaak.startdatum, zaaktype.doorlooptijd);
    const extended = addDuration(base, duration);
    if (extended <= base) throw invalid('duur', 'invalid', 'Een verlenging moet langer dan nul dagen zijn.');
    if (extended > addDuration(base, zaaktype.verlengingstermijn)) {
      throw invalid('duur', 'verlenging-te-lang', `Een zaak van dit zaaktype kan ten hoogste ${zaaktype.verlengingstermijn} worden verlengd.`);
    }
    const changes = { verlengingReden: reason.trim(), verlengingDuur: duration, einddatumGepland: extended };
    await tx.update(zaken).set({ ...changes, updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    await audit(tx, actor, {
      actie: 'partial_update', actieWeergave: `Zaak verlengd met ${duration}`, resource: 'zaak', resourceId: zaak.id, resourceWeergave: zaak.identificatie, hoofdObject: zaak.id, zaak,
      toelichting: reason, oud: { verlenging: null, einddatumGepland: zaak.einddatumGepland }, nieuw: { verlenging: { reden: reason.trim(), duur: duration }, einddatumGepland: extended },
    });
    await this.publishEvent(tx, 'zaak.verlengd', zaak, { einddatumGepland: extended });
    return (await this.loadZaak(tx, zaak.id))!;
  }

  // ===========================================================================================
  // Parties (rollen) and assignment
  // ===========================================================================================

  /** Adds a party; the roltype must belong to the zaaktype. */
  async addRol(tx: Tx, actor: Actor, zaakId: string, input: RolInput, options: { trace?: TraceContext } = {}): Promise<Rol> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const zaaktype = await this.zaaktypeOf(tx, zaak);
    const problems = new Invalid();
    validateRol(input, 'rol', problems);
    const roltype = zaaktype.roltypen.find((r) => r.id === input?.roltype);
    if (!roltype) problems.add('roltype', 'zaaktype-mismatch', 'Dit roltype hoort niet bij het zaaktype van de zaak.');
    problems.throwIfAny();
    const id = await this.insertRol(tx, actor, zaak, input, roltype!, options.trace);
    const [row] = await tx.select().from(zaakRollen).where(eq(zaakRollen.id, id));
    return rolFromRow(this.deps.sealer, row!);
  }

  async removeRol(tx: Tx, actor: Actor, zaakId: string, rolId: string): Promise<void> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const [row] = isUuid(rolId) ? await tx.delete(zaakRollen).where(and(eq(zaakRollen.id, rolId), eq(zaakRollen.zaakId, zaak.id))).returning() : [];
    if (!row) throw notFound('Rol');
    await audit(tx, actor, {
      actie: 'destroy', actieWeergave: `Betrokkene verwijderd: ${rolLabel(row)}`, resource: 'rol', resourceId: row.id, resourceWeergave: rolLabel(row),
      hoofdObject: zaak.id, zaak, oud: rolForAudit(row), nieuw: null,
    });
  }

  /**
   * Makes an employee the behandelaar (replacing the previous one). Taking a zaak yourself needs
   * zaken.behandelen; assigning someone else zaken.toewijzen.
   */
  async assign(tx: Tx, actor: Actor, zaakId: string, medewerker: MedewerkerIdentificatie, options: { roltoelichting?: string } = {}): Promise<Rol> {
    const self = actor.kind === 'staff' && medewerker?.identificatie === actor.userId;
    requirePermission(actor, self ? 'zaken.behandelen' : 'zaken.toewijzen');
    return this.replaceBehandelaar(tx, actor, zaakId, { betrokkeneType: 'medewerker', betrokkeneIdentificatie: medewerker }, options.roltoelichting);
  }

  /** Makes a team (organisatorische eenheid) behandelaar, replacing the previous team. */
  async assignTeam(tx: Tx, actor: Actor, zaakId: string, eenheid: OrganisatorischeEenheidIdentificatie, options: { roltoelichting?: string } = {}): Promise<Rol> {
    requirePermission(actor, 'zaken.toewijzen');
    return this.replaceBehandelaar(tx, actor, zaakId, { betrokkeneType: 'organisatorische_eenheid', betrokkeneIdentificatie: eenheid }, options.roltoelichting);
  }

  /** Removes the employee behandelaar (back to the team's queue). */
  async unassign(tx: Tx, actor: Actor, zaakId: string): Promise<void> {
    const zaak = await this.lockZaak(tx, zaakId);
    const current = await tx.select().from(zaakRollen).where(and(eq(zaakRollen.zaakId, zaak.id), eq(zaakRollen.omschrijvingGeneriek, 'behandelaar'), eq(zaakRollen.betrokkeneType, 'medewerker')));
    const self = actor.kind === 'staff' && current.every((r) => r.identificatie === actor.userId);
    requirePermission(actor, self ? 'zaken.behandelen' : 'zaken.toewijzen');
    for (const row of current) {
      await tx.delete(zaakRollen).where(eq(zaakRollen.id, row.id));
      await audit(tx, actor, { actie: 'destroy', actieWeergave: 'Behandelaar verwijderd', resource: 'rol', resourceId: row.id, resourceWeergave: rolLabel(row), hoofdObject: zaak.id, zaak, oud: rolForAudit(row), nieuw: null });
    }
    if (current.length) await this.publishEvent(tx, 'zaak.toegewezen', zaak, { behandelaar: null });
  }

  private async replaceBehandelaar(tx: Tx, actor: Actor, zaakId: string, betrokkene: BehandelaarBetrokkene, roltoelichting?: string): Promise<Rol> {
    const zaak = await this.lockZaak(tx, zaakId);
    if (zaak.einddatum) throw invalid('zaak', 'zaak-afgesloten', 'Een afgesloten zaak kan niet worden toegewezen.');
    const zaaktype = await this.zaaktypeOf(tx, zaak);
    const roltype = zaaktype.roltypen.find((r) => r.omschrijvingGeneriek === 'behandelaar');
    if (!roltype) throw invalid('roltype', 'geen-behandelaar-roltype', 'Het zaaktype heeft geen roltype voor de behandelaar.');
    const input = { ...betrokkene, roltype: roltype.id, roltoelichting } as RolInput;
    const problems = new Invalid();
    validateRol(input, 'behandelaar', problems);
    problems.throwIfAny();
    const previous = await tx.select().from(zaakRollen).where(and(eq(zaakRollen.zaakId, zaak.id), eq(zaakRollen.omschrijvingGeneriek, 'behandelaar'), eq(zaakRollen.betrokkeneType, input.betrokkeneType)));
    for (const row of previous) {
      await tx.delete(zaakRollen).where(eq(zaakRollen.id, row.id));
      await audit(tx, actor, { actie: 'destroy', actieWeergave: 'Behandelaar vervangen', resource: 'rol', resourceId: row.id, resourceWeergave: rolLabel(row), hoofdObject: zaak.id, zaak, oud: rolForAudit(row), nieuw: null });
    }
    const id = await this.insertRol(tx, actor, zaak, input, roltype);
    const [row] = await tx.select().from(zaakRollen).where(eq(zaakRollen.id, id));
    await this.publishEvent(tx, 'zaak.toegewezen', zaak, { betrokkeneType: input.betrokkeneType, behandelaar: row!.identificatie });
    return rolFromRow(this.deps.sealer, row!);
  }

  private async insertRol(tx: Tx, actor: Actor, zaak: ZaakRow, input: RolInput, roltype: Pick<Roltype, 'id' | 'omschrijving' | 'omschrijvingGeneriek'>, trace?: TraceContext): Promise<string> {
    const id = randomUUID();
    const values = rolRow(this.deps.sealer, id, zaak.id, input, roltype);
    await tx.insert(zaakRollen).values(values);
    await audit(tx, actor, {
      actie: 'create', actieWeergave: `Betrokkene toegevoegd: ${rolLabel(values)}`, resource: 'rol', resourceId: id, resourceWeergave: rolLabel(values),
      hoofdObject: zaak.id, zaak, oud: null, nieuw: rolForAudit(values),
    });
    const subject = rolSubject({ ...input, id, zaak: zaak.id } as unknown as Rol);
    if (subject) await this.logProcessing(tx, actor, [subject], 'zaken.rol.vastleggen', ['identificatie', 'naam', 'contactgegevens'], { trace }, 'create');
    return id;
  }

  // ===========================================================================================
  // Eigenschappen, objects, relations, documents, contacts, notes
  // ===========================================================================================

  private checkEigenschappen(problems: Invalid, zaaktype: Zaaktype, input: ZaakeigenschapInput[], existing: { eigenschap: string }[]): { eigenschap: string; naam: string; waarde: string }[] {
    if (!Array.isArray(input)) {
      problems.add('eigenschappen', 'invalid', 'Geef een lijst van eigenschappen.');
      return [];
    }
    const out: { eigenschap: string; naam: string; waarde: string }[] = [];
    for (const [i, e] of input.entries()) {
      const eigenschap = zaaktype.eigenschappen.find((x) => x.id === e?.eigenschap);
      if (!eigenschap) {
        problems.add(`eigenschappen.${i}.eigenschap`, 'zaaktype-mismatch', 'Deze eigenschap hoort niet bij het zaaktype.');
        continue;
      }
      const reason = eigenschapProblem(eigenschap, e.waarde);
      if (reason) problems.add(`eigenschappen.${i}.waarde`, 'invalid', reason);
      const n = existing.filter((x) => x.eigenschap === eigenschap.id).length + out.filter((x) => x.eigenschap === eigenschap.id).length + 1;
      if (n > kardinaliteit(eigenschap)) problems.add(`eigenschappen.${i}.eigenschap`, 'kardinaliteit', `"${eigenschap.naam}" kan niet nog een waarde krijgen.`);
      out.push({ eigenschap: eigenschap.id, naam: eigenschap.naam, waarde: e.waarde });
    }
    return out;
  }

  private async insertEigenschap(tx: Tx, actor: Actor, zaak: ZaakRow, eigenschap: string, naam: string, waarde: string): Promise<Zaakeigenschap> {
    const [row] = await tx.insert(zaakEigenschappen).values({ zaakId: zaak.id, eigenschap, naam, waarde }).returning();
    const result = { id: row!.id, zaak: zaak.id, eigenschap, naam, waarde };
    await audit(tx, actor, { actie: 'create', actieWeergave: `Eigenschap ${naam} ingevuld`, resource: 'zaakeigenschap', resourceId: row!.id, resourceWeergave: naam, hoofdObject: zaak.id, zaak, oud: null, nieuw: result });
    return result;
  }

  /** Adds a value for an eigenschap of the zaaktype (checked against its specificatie and kardinaliteit). */
  async addZaakeigenschap(tx: Tx, actor: Actor, zaakId: string, input: ZaakeigenschapInput): Promise<Zaakeigenschap> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const zaaktype = await this.zaaktypeOf(tx, zaak);
    const existing = await tx.select({ eigenschap: zaakEigenschappen.eigenschap }).from(zaakEigenschappen).where(eq(zaakEigenschappen.zaakId, zaak.id));
    const problems = new Invalid();
    const [e] = this.checkEigenschappen(problems, zaaktype, [input], existing);
    problems.throwIfAny();
    await tx.update(zaken).set({ updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    return this.insertEigenschap(tx, actor, zaak, e!.eigenschap, e!.naam, e!.waarde);
  }

  async updateZaakeigenschap(tx: Tx, actor: Actor, zaakId: string, id: string, waarde: string): Promise<Zaakeigenschap> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const [row] = isUuid(id) ? await tx.select().from(zaakEigenschappen).where(and(eq(zaakEigenschappen.id, id), eq(zaakEigenschappen.zaakId, zaak.id))) : [];
    if (!row) throw notFound('Zaakeigenschap');
    const zaaktype = await this.zaaktypeOf(tx, zaak);
    const eigenschap = zaaktype.eigenschappen.find((e) => e.id === row.eigenschap);
    const reason = eigenschap ? eigenschapProblem(eigenschap, waarde) : undefined;
    if (reason) throw invalid('waarde', 'invalid', reason);
    await tx.update(zaakEigenschappen).set({ waarde }).where(eq(zaakEigenschappen.id, row.id));
    const result = { id: row.id, zaak: zaak.id, eigenschap: row.eigenschap, naam: row.naam, waarde };
    await audit(tx, actor, { actie: 'update', actieWeergave: `Eigenschap ${row.naam} gewijzigd`, resource: 'zaakeigenschap', resourceId: row.id, resourceWeergave: row.naam, hoofdObject: zaak.id, zaak, oud: { waarde: row.waarde }, nieuw: { waarde } });
    return result;
  }

  async removeZaakeigenschap(tx: Tx, actor: Actor, zaakId: string, id: string): Promise<void> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const [row] = isUuid(id) ? await tx.delete(zaakEigenschappen).where(and(eq(zaakEigenschappen.id, id), eq(zaakEigenschappen.zaakId, zaak.id))).returning() : [];
    if (!row) throw notFound('Zaakeigenschap');
    await audit(tx, actor, { actie: 'destroy', actieWeergave: `Eigenschap ${row.naam} verwijderd`, resource: 'zaakeigenschap', resourceId: row.id, resourceWeergave: row.naam, hoofdObject: zaak.id, zaak, oud: { waarde: row.waarde }, nieuw: null });
  }

  private async insertZaakobject(tx: Tx, actor: Actor, zaak: ZaakRow, input: ZaakobjectInput): Promise<Zaakobject> {
    const person = input.objectType === 'natuurlijk_persoon';
    const [row] = await tx.insert(zaakObjecten).values({
      zaakId: zaak.id, object: person ? '' : input.object ?? '', zaakobjecttype: input.zaakobjecttype ?? '', objectType: input.objectType,
      objectTypeOverige: input.objectTypeOverige ?? '', objectTypeOverigeDefinitie: input.objectTypeOverigeDefinitie ?? null,
      relatieomschrijving: input.relatieomschrijving ?? '', objectIdentificatie: person ? null : input.objectIdentificatie ?? null,
      sealed: person && input.objectIdentificatie ? this.deps.sealer.sealJson(input.objectIdentificatie, 'zaak_objecten.sealed') : null,
    }).returning();
    const result = this.toZaakobject(row!);
    await audit(tx, actor, {
      actie: 'create', actieWeergave: `Object toegevoegd: ${input.objectType.replace(/_/g, ' ')}`, resource: 'zaakobject', resourceId: row!.id,
      resourceWeergave: input.objectType, hoofdObject: zaak.id, zaak, oud: null, nieuw: person ? { ...result, objectIdentificatie: '[versleuteld]' } : { ...result },
    });
    return result;
  }

  /** Adds what the zaak is about (an address, a parcel, …). */
  async addZaakobject(tx: Tx, actor: Actor, zaakId: string, input: ZaakobjectInput): Promise<Zaakobject> {
    requireAny(actor, ['zaken.behandelen', 'zaken.aanmaken']);
    const zaak = await this.lockZaak(tx, zaakId);
    const problems = new Invalid();
    checkZaakobject(problems, 'zaakobject', input);
    problems.throwIfAny();
    await tx.update(zaken).set({ updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    return this.insertZaakobject(tx, actor, zaak, input);
  }

  async removeZaakobject(tx: Tx, actor: Actor, zaakId: string, id: string): Promise<void> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const [row] = isUuid(id) ? await tx.delete(zaakObjecten).where(and(eq(zaakObjecten.id, id), eq(zaakObjecten.zaakId, zaak.id))).returning() : [];
    if (!row) throw notFound('Zaakobject');
    await audit(tx, actor, { actie: 'destroy', actieWeergave: `Object verwijderd: ${row.objectType.replace(/_/g, ' ')}`, resource: 'zaakobject', resourceId: row.id, resourceWeergave: row.objectType, hoofdObject: zaak.id, zaak, oud: { objectType: row.objectType }, nieuw: null });
  }

  /** Relates another zaak (of this municipality by id, or elsewhere by URL) as relevante andere zaak. */
  async relateZaak(tx: Tx, actor: Actor, zaakId: string, relation: RelevanteZaak): Promise<Zaak> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const problems = new Invalid();
    checkRelevanteZaak(problems, 'relevanteZaak', relation);
    problems.throwIfAny();
    if (relation.zaak) {
      if (relation.zaak === zaak.id) throw invalid('relevanteZaak.zaak', 'invalid', 'Een zaak kan niet aan zichzelf gerelateerd zijn.');
      if (!(await this.zaakRow(tx, relation.zaak))) throw invalid('relevanteZaak.zaak', 'bad-url', 'Deze zaak bestaat niet.');
    }
    const normalized = normalizeRelevant(relation);
    if (zaak.relevanteAndereZaken.some((r) => sameRelevant(r, normalized))) throw invalid('relevanteZaak', 'unique', 'Deze zaak is al gerelateerd.');
    const list = [...zaak.relevanteAndereZaken, normalized];
    await tx.update(zaken).set({ relevanteAndereZaken: list, updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    await audit(tx, actor, { actie: 'partial_update', actieWeergave: 'Zaak gerelateerd', resource: 'zaak', resourceId: zaak.id, resourceWeergave: zaak.identificatie, hoofdObject: zaak.id, zaak, oud: { relevanteAndereZaken: zaak.relevanteAndereZaken }, nieuw: { relevanteAndereZaken: list } });
    return (await this.loadZaak(tx, zaak.id))!;
  }

  async unrelateZaak(tx: Tx, actor: Actor, zaakId: string, relation: { zaak?: string | null; url?: string | null }): Promise<Zaak> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const list = zaak.relevanteAndereZaken.filter((r) => !sameRelevant(r, { zaak: relation.zaak ?? null, url: relation.url ?? null, aardRelatie: 'onderwerp' }));
    if (list.length === zaak.relevanteAndereZaken.length) throw notFound('Relatie');
    await tx.update(zaken).set({ relevanteAndereZaken: list, updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    await audit(tx, actor, { actie: 'partial_update', actieWeergave: 'Relatie met zaak verwijderd', resource: 'zaak', resourceId: zaak.id, resourceWeergave: zaak.identificatie, hoofdObject: zaak.id, zaak, oud: { relevanteAndereZaken: zaak.relevanteAndereZaken }, nieuw: { relevanteAndereZaken: list } });
    return (await this.loadZaak(tx, zaak.id))!;
  }

  /**
   * Adds a document to the zaak (ZAAK-INFORMATIEOBJECT) and mirrors the relation in documenten.
   * The document's informatieobjecttype must be one of the zaaktype's; the zaak may not be
   * archived yet. The applicant may add their own uploads to their own open zaak.
   */
  async addZaakinformatieobject(tx: Tx, actor: Actor, zaakId: string, input: { informatieobject: string; titel?: string; beschrijving?: string; status?: string | null; vernietigingsdatum?: Date | null }): Promise<Zaakinformatieobject> {
    const zaak = actor.kind === 'resident' ? await this.lockOwnZaak(tx, actor, zaakId) : (requireAny(actor, ['zaken.behandelen', 'zaken.aanmaken']), await this.lockZaak(tx, zaakId));
    if (actor.kind === 'resident' && zaak.einddatum) throw invalid('zaak', 'zaak-afgesloten', 'Bij een afgesloten zaak kunt u geen documenten meer aanleveren.');
    const zaaktype = await this.zaaktypeOf(tx, zaak);
    return this.relateDocument(tx, actor, zaak, zaaktype, input, 'informatieobject');
  }

  private async relateDocument(tx: Tx, actor: Actor, zaak: ZaakRow, zaaktype: Zaaktype, input: { informatieobject: string; titel?: string | undefined; beschrijving?: string | undefined; status?: string | null; vernietigingsdatum?: Date | null }, field: string): Promise<Zaakinformatieobject> {
    const problems = new Invalid();
    checkText(problems, `${field}.titel`, input.titel, 200);
    checkText(problems, `${field}.beschrijving`, input.beschrijving, 10_000);
    problems.throwIfAny();
    if (zaak.archiefstatus !== 'nog_te_archiveren') throw invalid('zaak', 'zaak-gearchiveerd', 'Aan een gearchiveerde zaak kunnen geen documenten worden toegevoegd.');
    // Through the real actor: a resident finds only their own uploads.
    const document = isUuid(input.informatieobject) ? await this.deps.documenten.getDocument(tx, actor.kind === 'resident' ? actor : SYSTEM, input.informatieobject) : undefined;
    if (!document) throw invalid(`${field}.informatieobject`, 'bad-url', 'Dit document bestaat niet.');
    const type = await getInformatieobjecttype(tx, document.informatieobjecttype);
    if (!type || !zaaktype.informatieobjecttypen.some((z) => z.informatieobjecttypeOmschrijving === type.omschrijving)) {
      throw invalid(`${field}.informatieobject`, 'missing-zaaktype-informatieobjecttype-relation', 'Dit soort document hoort niet bij het zaaktype.');
    }
    if (input.status) {
      const [status] = isUuid(input.status) ? await tx.select({ id: zaakStatussen.id }).from(zaakStatussen).where(and(eq(zaakStatussen.id, input.status), eq(zaakStatussen.zaakId, zaak.id))) : [];
      if (!status) throw invalid(`${field}.status`, 'bad-url', 'Deze status hoort niet bij de zaak.');
    }
    const [row] = await tx.insert(zaakInformatieobjecten).values({
      zaakId: zaak.id, informatieobject: document.id, titel: input.titel ?? document.titel, beschrijving: input.beschrijving ?? '',
      status: input.status ?? null, vernietigingsdatum: input.vernietigingsdatum ?? null,
    }).onConflictDoNothing().returning();
    if (!row) throw invalid(`${field}.informatieobject`, 'unique', 'Dit document hoort al bij de zaak.');
    await this.deps.documenten.addObjectinformatieobject(tx, SYSTEM, { informatieobject: document.id, object: zaak.id, objectType: 'zaak' });
    const result = toZio(row);
    await audit(tx, actor, { actie: 'create', actieWeergave: `Document toegevoegd: ${row.titel}`, resource: 'zaakinformatieobject', resourceId: row.id, resourceWeergave: row.titel, hoofdObject: zaak.id, zaak, oud: null, nieuw: { ...result, registratiedatum: row.registratiedatum.toISOString() } });
    await tx.update(zaken).set({ updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    await this.publishEvent(tx, 'zaak.document-toegevoegd', zaak, { informatieobject: document.id });
    return result;
  }

  async removeZaakinformatieobject(tx: Tx, actor: Actor, zaakId: string, id: string): Promise<void> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const [row] = isUuid(id) ? await tx.delete(zaakInformatieobjecten).where(and(eq(zaakInformatieobjecten.id, id), eq(zaakInformatieobjecten.zaakId, zaak.id))).returning() : [];
    if (!row) throw notFound('Zaakinformatieobject');
    await this.deps.documenten.removeObjectinformatieobject(tx, SYSTEM, { informatieobject: row.informatieobject, object: zaak.id, objectType: 'zaak' });
    await audit(tx, actor, { actie: 'destroy', actieWeergave: `Document verwijderd uit de zaak: ${row.titel}`, resource: 'zaakinformatieobject', resourceId: row.id, resourceWeergave: row.titel, hoofdObject: zaak.id, zaak, oud: { informatieobject: row.informatieobject, titel: row.titel }, nieuw: null });
  }

  /** Registers a contact with the customer about this zaak (phone, desk, chat …). */
  async addKlantcontact(tx: Tx, actor: Actor, zaakId: string, input: KlantcontactInput): Promise<Klantcontact> {
    requireAny(actor, ['zaken.behandelen', 'zaken.aanmaken']);
    const zaak = await this.lockZaak(tx, zaakId);
    const problems = new Invalid();
    checkText(problems, 'identificatie', input.identificatie, 14);
    checkText(problems, 'kanaal', input.kanaal, 20);
    checkText(problems, 'onderwerp', input.onderwerp, 200);
    checkText(problems, 'toelichting', input.toelichting, 1000);
    if (input.datumtijd !== undefined && (!(input.datumtijd instanceof Date) || Number.isNaN(input.datumtijd.getTime()))) problems.add('datumtijd', 'invalid', 'Geef een datum en tijd.');
    problems.throwIfAny();
    const [row] = await tx.insert(zaakKlantcontacten).values({
      zaakId: zaak.id, identificatie: input.identificatie || `KC${randomBytes(6).toString('hex').toUpperCase()}`, datumtijd: input.datumtijd ?? new Date(),
      kanaal: input.kanaal ?? '', onderwerp: input.onderwerp ?? '', toelichting: input.toelichting ?? '',
    }).onConflictDoNothing().returning();
    if (!row) throw invalid('identificatie', 'unique', 'Deze identificatie is al in gebruik.');
    const result = toKlantcontact(row);
    await audit(tx, actor, { actie: 'create', actieWeergave: `Klantcontact vastgelegd${row.kanaal ? ` (${row.kanaal})` : ''}`, resource: 'klantcontact', resourceId: row.id, resourceWeergave: row.identificatie, hoofdObject: zaak.id, zaak, oud: null, nieuw: { ...result, datumtijd: row.datumtijd.toISOString() } });
    return result;
  }

  /** An internal note of staff (never shown to the applicant). */
  async addNote(tx: Tx, actor: Actor, zaakId: string, tekst: string): Promise<Note> {
    requireAny(actor, ['zaken.behandelen', 'zaken.aanmaken']);
    const zaak = await this.lockZaak(tx, zaakId);
    const problems = new Invalid();
    checkText(problems, 'tekst', tekst, 10_000, { required: true });
    problems.throwIfAny();
    const who = auditWho(actor);
    const [row] = await tx.insert(zaakNotes).values({ zaakId: zaak.id, tekst: tekst.trim(), auteurId: who.gebruikersId || who.applicatieId, auteurWeergave: who.gebruikersWeergave || who.applicatieWeergave }).returning();
    const note = toNote(row!);
    await audit(tx, actor, { actie: 'create', actieWeergave: 'Notitie toegevoegd', resource: 'notitie', resourceId: row!.id, resourceWeergave: 'Notitie', hoofdObject: zaak.id, zaak, oud: null, nieuw: { tekst: note.tekst } });
    return note;
  }

  /** For the besluiten module (brc-006): mirrors a besluit of this zaak with its dates; again to update them. */
  async linkBesluit(tx: Tx, actor: Actor, zaakId: string, besluit: { besluit: string; ingangsdatum: IsoDate; vervaldatum: IsoDate | null }): Promise<Zaakbesluit> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const [existing] = await tx.select().from(zaakBesluiten).where(and(eq(zaakBesluiten.zaakId, zaak.id), eq(zaakBesluiten.besluit, besluit.besluit)));
    if (existing) {
      const [row] = await tx.update(zaakBesluiten).set({ ingangsdatum: besluit.ingangsdatum, vervaldatum: besluit.vervaldatum }).where(eq(zaakBesluiten.id, existing.id)).returning();
      return toZaakbesluit(row!);
    }
    const [row] = await tx.insert(zaakBesluiten).values({ zaakId: zaak.id, besluit: besluit.besluit, ingangsdatum: besluit.ingangsdatum, vervaldatum: besluit.vervaldatum }).returning();
    await audit(tx, actor, { actie: 'create', actieWeergave: 'Besluit vastgelegd', resource: 'zaakbesluit', resourceId: row!.id, resourceWeergave: 'Besluit', hoofdObject: zaak.id, zaak, oud: null, nieuw: { besluit: besluit.besluit } });
    await this.publishEvent(tx, 'zaak.besluit-toegevoegd', zaak, { besluit: besluit.besluit });
    return toZaakbesluit(row!);
  }

  async unlinkBesluit(tx: Tx, actor: Actor, zaakId: string, besluitId: string): Promise<void> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const [row] = await tx.delete(zaakBesluiten).where(and(eq(zaakBesluiten.zaakId, zaak.id), eq(zaakBesluiten.besluit, besluitId))).returning();
    if (row) await audit(tx, actor, { actie: 'destroy', actieWeergave: 'Besluit verwijderd', resource: 'zaakbesluit', resourceId: row.id, resourceWeergave: 'Besluit', hoofdObject: zaak.id, zaak, oud: { besluit: besluitId }, nieuw: null });
  }

  /**
   * Changes simple fields of the zaak (partial update). The planned end date may be corrected
   * by hand here; suspension, extension, status and archive have their own functions.
   */
  async updateZaak(tx: Tx, actor: Actor, zaakId: string, changes: ZaakChanges): Promise<Zaak> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const problems = new Invalid();
    const unknown = Object.keys(changes ?? {}).filter((k) => !ZAAK_CHANGE_FIELDS.includes(k as keyof ZaakChanges));
    for (const k of unknown) problems.add(k, 'not-allowed', 'Dit veld kan hier niet worden gewijzigd.');
    checkText(problems, 'omschrijving', changes.omschrijving, 80);
    checkText(problems, 'toelichting', changes.toelichting, 1000);
    checkText(problems, 'communicatiekanaal', changes.communicatiekanaal, 1000);
    checkText(problems, 'opdrachtgevendeOrganisatie', changes.opdrachtgevendeOrganisatie, 9);
    checkText(problems, 'selectielijstklasse', changes.selectielijstklasse, 1000);
    checkDate(problems, 'publicatiedatum', changes.publicatiedatum);
    checkDate(problems, 'einddatumGepland', changes.einddatumGepland);
    checkDate(problems, 'uiterlijkeEinddatumAfdoening', changes.uiterlijkeEinddatumAfdoening);
    checkVertrouwelijkheid(problems, 'vertrouwelijkheidaanduiding', changes.vertrouwelijkheidaanduiding);
    checkBetaling(problems, changes.betalingsindicatie ?? zaak.betalingsindicatie, changes.laatsteBetaaldatum, new Date());
    if (changes.betalingsindicatie === 'nvt' && changes.laatsteBetaaldatum === undefined && zaak.laatsteBetaaldatum) problems.add('betalingsindicatie', 'betaling-nvt', 'Er is een laatste betaaldatum; dan is betalen wel van toepassing.');
    checkGeometry(problems, 'zaakgeometrie', changes.zaakgeometrie);
    checkKenmerken(problems, changes.kenmerken);
    problems.throwIfAny();
    const set = Object.fromEntries(Object.entries(changes).filter(([k, v]) => v !== undefined && ZAAK_CHANGE_FIELDS.includes(k as keyof ZaakChanges))) as Partial<ZaakRow>;
    if (!Object.keys(set).length) return (await this.loadZaak(tx, zaak.id))!;
    await tx.update(zaken).set({ ...set, updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    const before = zaakForAudit(zaak);
    const after = zaakForAudit({ ...zaak, ...set });
    await audit(tx, actor, { actie: 'partial_update', actieWeergave: `Zaak gewijzigd: ${Object.keys(set).join(', ')}`, resource: 'zaak', resourceId: zaak.id, resourceWeergave: zaak.identificatie, hoofdObject: zaak.id, zaak: { ...zaak, ...set }, oud: pick(before, Object.keys(set)), nieuw: pick(after, Object.keys(set)) });
    await this.publishEvent(tx, 'zaak.gewijzigd', { ...zaak, ...set }, { velden: Object.keys(set) });
    return (await this.loadZaak(tx, zaak.id))!;
  }

  /**
   * Archive data by hand (archief.beheren): e.g. the archiefactiedatum when the brondatum is kept
   * elsewhere (ander_datumkenmerk). Archiving (archiefstatus other than nog_te_archiveren) needs
   * archiefnominatie and archiefactiedatum, and every document of the zaak 'gearchiveerd'.
   */
  async setArchiefgegevens(tx: Tx, actor: Actor, zaakId: string, changes: { archiefnominatie?: 'blijvend_bewaren' | 'vernietigen' | null; archiefactiedatum?: IsoDate | null; archiefstatus?: ZaakRow['archiefstatus'] }): Promise<Zaak> {
    requirePermission(actor, 'archief.beheren');
    const zaak = await this.lockZaak(tx, zaakId);
    const problems = new Invalid();
    if (changes.archiefnominatie !== undefined && changes.archiefnominatie !== null && !['blijvend_bewaren', 'vernietigen'].includes(changes.archiefnominatie)) problems.add('archiefnominatie', 'invalid_choice', 'Kies blijvend_bewaren of vernietigen.');
    checkDate(problems, 'archiefactiedatum', changes.archiefactiedatum);
    if (changes.archiefstatus !== undefined && !['nog_te_archiveren', 'gearchiveerd', 'gearchiveerd_procestermijn_onbekend', 'overgedragen'].includes(changes.archiefstatus)) problems.add('archiefstatus', 'invalid_choice', 'Kies een archiefstatus.');
    problems.throwIfAny();
    const next = { ...zaak, ...stripUndefined(changes) } as ZaakRow;
    if (next.archiefstatus !== 'nog_te_archiveren') {
      if (!next.einddatum) throw invalid('archiefstatus', 'zaak-niet-afgesloten', 'Alleen een afgesloten zaak kan worden gearchiveerd.');
      if (!next.archiefnominatie) throw invalid('archiefnominatie', 'archiefnominatie-not-set', 'Geef eerst de archiefnominatie.');
      if (!next.archiefactiedatum) throw invalid('archiefactiedatum', 'archiefactiedatum-not-set', 'Geef eerst de archiefactiedatum.');
      const relations = await tx.select({ informatieobject: zaakInformatieobjecten.informatieobject }).from(zaakInformatieobjecten).where(eq(zaakInformatieobjecten.zaakId, zaak.id));
      const documents = await this.deps.documenten.getMany(tx, SYSTEM, relations.map((r) => r.informatieobject));
      if (documents.some((d) => d.status !== 'gearchiveerd')) throw invalid('archiefstatus', 'documents-not-archived', 'Alle documenten van de zaak moeten eerst de status "gearchiveerd" hebben.');
    }
    const set = { archiefnominatie: next.archiefnominatie, archiefactiedatum: next.archiefactiedatum, archiefstatus: next.archiefstatus };
    await tx.update(zaken).set({ ...set, updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    await audit(tx, actor, { actie: 'partial_update', actieWeergave: 'Archiefgegevens gewijzigd', resource: 'zaak', resourceId: zaak.id, resourceWeergave: zaak.identificatie, hoofdObject: zaak.id, zaak, oud: { archiefnominatie: zaak.archiefnominatie, archiefactiedatum: zaak.archiefactiedatum, archiefstatus: zaak.archiefstatus }, nieuw: set });
    return (await this.loadZaak(tx, zaak.id))!;
  }

  // ===========================================================================================
  // Reading (staff and API clients)
  // ===========================================================================================

  /** The zaak with the ids of its records and its SLA; no personal data (see listRollen). */
  async getZaak(tx: Tx, actor: Actor, id: string): Promise<Zaak | undefined> {
    requireStaffRead(actor);
    return isUuid(id) ? this.loadZaak(tx, id) : undefined;
  }

  /** Statuses, oldest first, with their statustype's texts. */
  async listStatussen(tx: Tx, actor: Actor, zaakId: string): Promise<Status[]> {
    requireStaffRead(actor);
    const zaak = await this.zaakRow(tx, zaakId);
    if (!zaak) return [];
    return this.statussenOf(tx, zaak);
  }

  /** The parties, unsealed; writes the processing log for every person and business in them. */
  async listRollen(tx: Tx, actor: Actor, zaakId: string, options: ReadOptions = {}): Promise<Rol[]> {
    requireStaffRead(actor);
    if (!isUuid(zaakId)) return [];
    const rows = await tx.select().from(zaakRollen).where(eq(zaakRollen.zaakId, zaakId)).orderBy(asc(zaakRollen.registratiedatum));
    const rollen = rows.map((r) => rolFromRow(this.deps.sealer, r));
    const subjects = rollen.map(rolSubject).filter((s): s is DataSubject => !!s);
    await this.logProcessing(tx, actor, subjects, 'zaken.rollen.raadplegen', ['identificatie', 'naam', 'adres', 'contactgegevens'], options);
    return rollen;
  }

  async listEigenschappen(tx: Tx, actor: Actor, zaakId: string): Promise<Zaakeigenschap[]> {
    requireStaffRead(actor);
    if (!isUuid(zaakId)) return [];
    const rows = await tx.select().from(zaakEigenschappen).where(eq(zaakEigenschappen.zaakId, zaakId)).orderBy(asc(zaakEigenschappen.naam));
    return rows.map((r) => ({ id: r.id, zaak: r.zaakId, eigenschap: r.eigenschap, naam: r.naam, waarde: r.waarde }));
  }

  async getResultaat(tx: Tx, actor: Actor, zaakId: string): Promise<Resultaat | undefined> {
    requireStaffRead(actor);
    const zaak = await this.zaakRow(tx, zaakId);
    if (!zaak) return undefined;
    const [row] = await tx.select().from(zaakResultaten).where(eq(zaakResultaten.zaakId, zaak.id));
    if (!row) return undefined;
    const zaaktype = await this.zaaktypeOf(tx, zaak);
    return { id: row.id, zaak: zaak.id, resultaattype: row.resultaattype, toelichting: row.toelichting, omschrijving: zaaktype.resultaattypen.find((r) => r.id === row.resultaattype)?.omschrijving ?? '' };
  }

  async listZaakinformatieobjecten(tx: Tx, actor: Actor, zaakId: string): Promise<Zaakinformatieobject[]> {
    requireStaffRead(actor);
    if (!isUuid(zaakId)) return [];
    const rows = await tx.select().from(zaakInformatieobjecten).where(eq(zaakInformatieobjecten.zaakId, zaakId)).orderBy(asc(zaakInformatieobjecten.registratiedatum));
    return rows.map(toZio);
  }

  /** Zaakobjecten; a natural person as object is unsealed and logged. */
  async listZaakobjecten(tx: Tx, actor: Actor, zaakId: string, options: ReadOptions = {}): Promise<Zaakobject[]> {
    requireStaffRead(actor);
    if (!isUuid(zaakId)) return [];
    const rows = await tx.select().from(zaakObjecten).where(eq(zaakObjecten.zaakId, zaakId));
    const objects = rows.map((r) => this.toZaakobject(r));
    const subjects = objects.filter((o) => o.objectType === 'natuurlijk_persoon' && typeof o.objectIdentificatie?.inpBsn === 'string')
      .map((o) => ({ type: 'bsn' as const, id: o.objectIdentificatie!.inpBsn as string }));
    await this.logProcessing(tx, actor, subjects, 'zaken.zaakobjecten.raadplegen', ['identificatie', 'naam'], options);
    return objects;
  }

  async listKlantcontacten(tx: Tx, actor: Actor, zaakId: string): Promise<Klantcontact[]> {
    requireStaffRead(actor);
    if (!isUuid(zaakId)) return [];
    const rows = await tx.select().from(zaakKlantcontacten).where(eq(zaakKlantcontacten.zaakId, zaakId)).orderBy(asc(zaakKlantcontacten.datumtijd));
    return rows.map(toKlantcontact);
  }

  async listZaakbesluiten(tx: Tx, actor: Actor, zaakId: string): Promise<Zaakbesluit[]> {
    requireStaffRead(actor);
    if (!isUuid(zaakId)) return [];
    return (await tx.select().from(zaakBesluiten).where(eq(zaakBesluiten.zaakId, zaakId)).orderBy(asc(zaakBesluiten.ingangsdatum))).map(toZaakbesluit);
  }

  /** Internal notes, oldest first (staff only). */
  async listNotes(tx: Tx, actor: Actor, zaakId: string): Promise<Note[]> {
    requireStaffRead(actor);
    if (!isUuid(zaakId)) return [];
    return (await tx.select().from(zaakNotes).where(eq(zaakNotes.zaakId, zaakId)).orderBy(asc(zaakNotes.createdAt))).map(toNote);
  }

  /** The suspensions of a zaak, oldest first, with the days each lasted. */
  async listOpschortingen(tx: Tx, actor: Actor, zaakId: string): Promise<{ reden: string; van: IsoDate; tot: IsoDate | null; hervatOp: IsoDate | null; dagen: number | null }[]> {
    requireStaffRead(actor);
    if (!isUuid(zaakId)) return [];
    return tx.select({ reden: zaakOpschortingen.reden, van: zaakOpschortingen.van, tot: zaakOpschortingen.tot, hervatOp: zaakOpschortingen.hervatOp, dagen: zaakOpschortingen.dagen })
      .from(zaakOpschortingen).where(eq(zaakOpschortingen.zaakId, zaakId)).orderBy(asc(zaakOpschortingen.van));
  }

  /** A work queue: zaken by filter, with their current status, behandelaars and SLA state. */
  async listZaken(tx: Tx, actor: Actor, filter: ZaakFilter = {}): Promise<Page<ZaakListItem>> {
    requireStaffRead(actor);
    const asOf = filter.asOf ?? dateInNl();
    if (!isIsoDate(asOf)) throw invalid('asOf', 'invalid', 'Geef een datum als 2026-01-31.');
    const page = Math.max(1, Math.floor(filter.page ?? 1));
    const pageSize = Math.min(500, Math.max(1, Math.floor(filter.pageSize ?? 50)));
    const where = this.filterSql(filter, asOf);
    const cap = filter.countUpTo && filter.countUpTo > 0 ? Math.floor(filter.countUpTo) : undefined;
    const [{ total } = { total: 0 }] = cap
      ? await tx.select({ total: count() }).from(tx.select({ one: sql`1` }).from(zaken).where(and(...where)).limit(cap + 1).as('capped'))
      : await tx.select({ total: count() }).from(zaken).where(and(...where));
    const ordering = filter.ordering ?? 'deadline';
    const rows = ordering === 'deadline'
      ? await this.byDeadline(tx, where, asOf, (page - 1) * pageSize, pageSize)
      : await tx.select().from(zaken).where(and(...where)).orderBy(...orderingSql(ordering, asOf)).limit(pageSize).offset((page - 1) * pageSize);
    const more = cap !== undefined && Number(total) > cap;
    return { items: await this.listItems(tx, rows, asOf), total: more ? cap : Number(total), ...(more ? { more } : {}), page, pageSize };
  }

  /**
   * A page of zaken by deadline, soonest first (the work queue's default). Zaken that are not
   * suspended come in index order (deadline = einddatum_gepland); the few suspended ones, whose
   * deadline moves daily, are sorted apart; the two ordered halves are merged here. Same result as
   * sorting on deadlineSql, without sorting every open zaak of the municipality.
   */
  private async byDeadline(tx: Tx, where: SQL[], asOf: IsoDate, offset: number, limit: number): Promise<ZaakRow[]> {
    const n = offset + limit;
    const running = await tx.select().from(zaken).where(and(...where, isNull(zaken.opschortingSinds)))
      .orderBy(sql`${zaken.einddatumGepland} asc nulls last`, asc(zaken.identificatie)).limit(n);
    const suspended = await tx.select().from(zaken).where(and(...where, isNotNull(zaken.opschortingSinds)))
      .orderBy(...orderingSql('deadline', asOf)).limit(n);
    const deadline = (z: ZaakRow) => (z.einddatumGepland === null ? null
      : z.opschortingSinds === null ? z.einddatumGepland : addDays(z.einddatumGepland, Math.max(0, daysBetween(z.opschortingSinds, asOf))));
    const key = (z: ZaakRow) => deadline(z) ?? '9999-12-31~';
    return [...running, ...suspended]
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.identificatie < b.identificatie ? -1 : a.identificatie > b.identificatie ? 1 : 0))
      .slice(offset, offset + limit);
  }

  /**
   * Every zaak in which this person (BSN) is a party, newest first. Found by the keyed hash of the
   * BSN; writes the processing log for the person.
   */
  async zakenOfPerson(tx: Tx, actor: Actor, bsn: string, options: ReadOptions & { asOf?: IsoDate } = {}): Promise<ZaakListItem[]> {
    requireStaffRead(actor);
    if (typeof bsn !== 'string' || !/^\d{9}$/.test(bsn)) throw invalid('bsn', 'invalid', 'Een BSN is 9 cijfers.');
    const lookup = bsnLookup(this.deps.sealer, bsn);
    const rows = await tx.select().from(zaken)
      .where(sql`exists (select 1 from ${zaakRollen} r where r.zaak_id = ${zaken.id} and r.inp_bsn_lookup = ${lookup})`)
      .orderBy(desc(zaken.registratiedatum), desc(zaken.identificatie));
    await this.logProcessing(tx, actor, [{ type: 'bsn', id: bsn }], 'zaken.zaken-van-persoon.raadplegen', ['zaken'], options);
    return this.listItems(tx, rows, options.asOf ?? dateInNl());
  }

  /** Every zaak in which this business (KVK number) is a party; writes the processing log. */
  async zakenOfCompany(tx: Tx, actor: Actor, kvk: string, options: ReadOptions & { asOf?: IsoDate } = {}): Promise<ZaakListItem[]> {
    requireStaffRead(actor);
    if (typeof kvk !== 'string' || !/^\d{8}$/.test(kvk)) throw invalid('kvk', 'invalid', 'Een KVK-nummer is 8 cijfers.');
    const rows = await tx.select().from(zaken)
      .where(sql`exists (select 1 from ${zaakRollen} r where r.zaak_id = ${zaken.id} and r.kvk_nummer = ${kvk})`)
      .orderBy(desc(zaken.registratiedatum), desc(zaken.identificatie));
    await this.logProcessing(tx, actor, [{ type: 'kvk', id: kvk }], 'zaken.zaken-van-onderneming.raadplegen', ['zaken'], options);
    return this.listItems(tx, rows, options.asOf ?? dateInNl());
  }

  /** The standard's audit trail of the zaak and its records, oldest first. */
  async auditTrail(tx: Tx, actor: Actor, zaakId: string): Promise<AuditTrailEntry[]> {
    requireStaffRead(actor);
    if (!isUuid(zaakId)) return [];
    const rows = await tx.select().from(zaakAudittrail).where(eq(zaakAudittrail.hoofdObject, zaakId)).orderBy(asc(zaakAudittrail.aanmaakdatum));
    return rows.map((r) => ({
      uuid: r.id, bron: r.bron as AuditTrailEntry['bron'], applicatieId: r.applicatieId, applicatieWeergave: r.applicatieWeergave, gebruikersId: r.gebruikersId,
      gebruikersWeergave: r.gebruikersWeergave, actie: r.actie, actieWeergave: r.actieWeergave, resultaat: r.resultaat, hoofdObject: r.hoofdObject,
      resource: r.resource, resourceUrl: r.resourceId, resourceWeergave: r.resourceWeergave, toelichting: r.toelichting, aanmaakdatum: r.aanmaakdatum,
      wijzigingen: r.wijzigingen,
    }));
  }

  /** Everything that happened to the zaak, for staff, newest first, in plain Dutch. */
  async timeline(tx: Tx, actor: Actor, zaakId: string): Promise<TimelineEntry[]> {
    const entries = await this.auditTrail(tx, actor, zaakId);
    return entries.reverse().map((e) => ({
      at: e.aanmaakdatum, kind: `${e.resource}.${e.actie}`, title: e.actieWeergave, actor: e.gebruikersWeergave || e.applicatieWeergave,
      toelichting: e.toelichting, resource: e.resource, resourceId: e.resourceUrl,
    }));
  }

  // ===========================================================================================
  // The applicant (Mijn zaken)
  // ===========================================================================================

  /** The resident's or business's own zaken (as initiator, or as the one they act for), newest first. */
  async mijnZaken(tx: Tx, actor: Actor, options: ReadOptions = {}): Promise<ApplicantZaak[]> {
    const resident = requireApplicant(actor);
    const rows = await tx.select().from(zaken).where(this.ownZaakSql(resident)).orderBy(desc(zaken.registratiedatum), desc(zaken.identificatie));
    const out: ApplicantZaak[] = [];
    for (const row of rows) out.push(await this.applicantView(tx, resident, row));
    if (out.length) await this.logProcessing(tx, actor, [this.applicantSubject(resident)], 'zaken.mijn-zaken.raadplegen', ['zaken'], options);
    return out;
  }

  /** One of the applicant's own zaken; undefined for any other (as if it did not exist). */
  async getMijnZaak(tx: Tx, actor: Actor, id: string, options: ReadOptions = {}): Promise<ApplicantZaak | undefined> {
    const resident = requireApplicant(actor);
    if (!isUuid(id)) return undefined;
    const [row] = await tx.select().from(zaken).where(and(eq(zaken.id, id), this.ownZaakSql(resident)));
    if (!row) return undefined;
    const view = await this.applicantView(tx, resident, row);
    await this.logProcessing(tx, actor, [this.applicantSubject(resident)], 'zaken.mijn-zaak.raadplegen', ['zaken'], options);
    return view;
  }

  /** The content of a document of the applicant's own zaak, if it is public enough for them. */
  async getMijnDocumentContent(tx: Tx, actor: Actor, zaakId: string, informatieobject: string): Promise<DocumentContent | undefined> {
    const resident = requireApplicant(actor);
    if (!isUuid(zaakId) || !isUuid(informatieobject)) return undefined;
    const [row] = await tx.select({ id: zaken.id }).from(zaken).where(and(eq(zaken.id, zaakId), this.ownZaakSql(resident)));
    if (!row) return undefined;
    const [relation] = await tx.select().from(zaakInformatieobjecten).where(and(eq(zaakInformatieobjecten.zaakId, zaakId), eq(zaakInformatieobjecten.informatieobject, informatieobject)));
    if (!relation) return undefined;
    const document = await this.deps.documenten.getDocument(tx, SYSTEM, informatieobject);
    if (!document) return undefined;
    // Public documents of the zaak, and what the applicant sent in themselves (their application, attachments, answers).
    if (!APPLICANT_VISIBLE.has(document.vertrouwelijkheidaanduiding) && !(await this.deps.documenten.uploadedBy(tx, resident, [informatieobject])).has(informatieobject)) return undefined;
    return this.deps.documenten.getContent(tx, SYSTEM, informatieobject);
  }

  private applicantSubject(actor: Extract<Actor, { kind: 'resident' }>): DataSubject {
    return actor.identity.kind === 'business' ? { type: 'kvk', id: actor.identity.kvk } : { type: 'bsn', id: actor.identity.actingFor?.bsn ?? actor.identity.bsn };
  }

  /** SQL: the zaak has a rol of this applicant as initiator, mede-initiator or gemachtigde. */
  private ownZaakSql(actor: Extract<Actor, { kind: 'resident' }>): SQL {
    const role = sql`(r.omschrijving_generiek in ('initiator', 'mede_initiator') or r.indicatie_machtiging = 'gemachtigde')`;
    if (actor.identity.kind === 'business') {
      return sql`exists (select 1 from ${zaakRollen} r where r.zaak_id = ${zaken.id} and r.kvk_nummer = ${actor.identity.kvk}
        and r.betrokkene_type in ('niet_natuurlijk_persoon', 'vestiging') and ${role})`;
    }
    const lookup = bsnLookup(this.deps.sealer, actor.identity.actingFor?.bsn ?? actor.identity.bsn);
    return sql`exists (select 1 from ${zaakRollen} r where r.zaak_id = ${zaken.id} and r.inp_bsn_lookup = ${lookup} and ${role})`;
  }

  private async applicantView(tx: Tx, actor: Extract<Actor, { kind: 'resident' }>, row: ZaakRow): Promise<ApplicantZaak> {
    const zaaktype = await this.zaaktypeOf(tx, row);
    const statussen = await this.statussenOf(tx, row, zaaktype);
    const [resultaat] = await tx.select().from(zaakResultaten).where(eq(zaakResultaten.zaakId, row.id));
    const relations = await tx.select().from(zaakInformatieobjecten).where(eq(zaakInformatieobjecten.zaakId, row.id)).orderBy(asc(zaakInformatieobjecten.registratiedatum));
    const documents = relations.length ? await this.deps.documenten.getMany(tx, SYSTEM, relations.map((r) => r.informatieobject)) : [];
    // Public documents of the zaak, and what the applicant sent in themselves (their application, attachments, answers).
    const ownUploads = await this.deps.documenten.uploadedBy(tx, actor, relations.map((r) => r.informatieobject));
    const visible = new Set([...documents.filter((d) => APPLICANT_VISIBLE.has(d.vertrouwelijkheidaanduiding)).map((d) => d.id), ...ownUploads]);
    const own = await tx.select({ omschrijvingGeneriek: zaakRollen.omschrijvingGeneriek, indicatieMachtiging: zaakRollen.indicatieMachtiging }).from(zaakRollen)
      .where(and(eq(zaakRollen.zaakId, row.id), actor.identity.kind === 'business' ? eq(zaakRollen.kvkNummer, actor.identity.kvk) : eq(zaakRollen.inpBsnLookup, bsnLookup(this.deps.sealer, actor.identity.actingFor?.bsn ?? actor.identity.bsn))));
    const applicantStatus = (s: Status): ApplicantStatus => ({ datumStatusGezet: s.datumStatusGezet, omschrijving: s.omschrijving, statustekst: s.statustekst, statustoelichting: s.statustoelichting, isEindstatus: s.isEindstatus });
    const current = statussen.find((s) => s.indicatieLaatstGezetteStatus);
    const resultaattype = resultaat ? zaaktype.resultaattypen.find((r) => r.id === resultaat.resultaattype) : undefined;
    return {
      id: row.id, identificatie: row.identificatie, omschrijving: row.omschrijving, zaaktypeOmschrijving: row.zaaktypeOmschrijving,
      registratiedatum: row.registratiedatum, startdatum: row.startdatum, einddatumGepland: row.einddatumGepland, uiterlijkeEinddatumAfdoening: row.uiterlijkeEinddatumAfdoening,
      einddatum: row.einddatum, opschorting: { indicatie: row.opschortingIndicatie, reden: row.opschortingReden },
      verlenging: row.verlengingDuur ? { reden: row.verlengingReden ?? '', duur: row.verlengingDuur } : null,
      status: current ? applicantStatus(current) : null, statussen: statussen.map(applicantStatus),
      // Only a closed zaak shows its outcome to the applicant.
      resultaat: resultaat && row.einddatum ? { omschrijving: resultaattype?.omschrijving ?? '', toelichting: resultaat.toelichting } : null,
      documenten: relations.filter((r) => visible.has(r.informatieobject)).map((r) => ({ informatieobject: r.informatieobject, titel: r.titel, registratiedatum: r.registratiedatum })),
      rol: own.some((o) => o.omschrijvingGeneriek === 'initiator' || o.omschrijvingGeneriek === 'mede_initiator') ? 'initiator' : 'gemachtigde',
    };
  }

  /** Locks a zaak the resident may add to (their own), or throws 404. */
  private async lockOwnZaak(tx: Tx, actor: Extract<Actor, { kind: 'resident' }>, zaakId: string): Promise<ZaakRow> {
    if (!isUuid(zaakId)) throw notFound();
    const [row] = await tx.select().from(zaken).where(and(eq(zaken.id, zaakId), this.ownZaakSql(actor))).for('update');
    if (!row) throw notFound();
    return row;
  }

  // ===========================================================================================
  // Internals
  // ===========================================================================================

  private actorKey(actor: Actor): string {
    switch (actor.kind) {
      case 'staff': return `staff:${actor.userId}`;
      case 'api-client': return `api:${actor.clientId}`;
      case 'system': return `system:${actor.process}`;
      case 'resident':
        return this.deps.sealer.lookupKey(actor.identity.kind === 'business' ? `kvk:${actor.identity.kvk}` : `bsn:${actor.identity.bsn}`, 'zaken.idempotency.actor');
    }
  }

  private async zaakRow(tx: Tx, id: string): Promise<ZaakRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await tx.select().from(zaken).where(eq(zaken.id, id));
    return row;
  }

  /** The zaak, locked for this transaction (writes on one zaak go one after the other). */
  private async lockZaak(tx: Tx, id: string): Promise<ZaakRow> {
    if (!isUuid(id)) throw notFound();
    const [row] = await tx.select().from(zaken).where(eq(zaken.id, id)).for('update');
    if (!row) throw notFound();
    return row;
  }

  /** The zaak's zaaktype version (the one it was registered with, for its whole life). */
  private async zaaktypeOf(tx: Tx, zaak: Pick<ZaakRow, 'zaaktype'>): Promise<Zaaktype> {
    const zaaktype = await getZaaktype(tx, zaak.zaaktype);
    if (!zaaktype) throw new HttpError(500, 'Het zaaktype van deze zaak is niet gevonden.', [], 'zaaktype-missing');
    return zaaktype;
  }

  private async statussenOf(tx: Tx, zaak: ZaakRow, known?: Zaaktype): Promise<Status[]> {
    const rows = await tx.select().from(zaakStatussen).where(eq(zaakStatussen.zaakId, zaak.id)).orderBy(asc(zaakStatussen.datumStatusGezet), asc(zaakStatussen.createdAt));
    if (!rows.length) return [];
    const zaaktype = known ?? await this.zaaktypeOf(tx, zaak);
    return rows.map((r) => toStatus(r, zaaktype.statustypen.find((s) => s.id === r.statustype), r.id === zaak.status));
  }

  private async loadZaak(tx: Tx, id: string): Promise<Zaak | undefined> {
    const row = await this.zaakRow(tx, id);
    if (!row) return undefined;
    // Everything that belongs to the zaak, in one round trip.
    const related = (await tx.execute(sql`
      SELECT 'deelzaak' AS kind, id, identificatie AS ord FROM ${zaken} WHERE hoofdzaak = ${id}
      UNION ALL SELECT 'resultaat', id, '' FROM ${zaakResultaten} WHERE zaak_id = ${id}
      UNION ALL SELECT 'eigenschap', id, '' FROM ${zaakEigenschappen} WHERE zaak_id = ${id}
      UNION ALL SELECT 'rol', id, '' FROM ${zaakRollen} WHERE zaak_id = ${id}
      UNION ALL SELECT 'zio', id, '' FROM ${zaakInformatieobjecten} WHERE zaak_id = ${id}
      UNION ALL SELECT 'object', id, '' FROM ${zaakObjecten} WHERE zaak_id = ${id}`) as unknown as { rows: { kind: string; id: string; ord: string }[] }).rows;
    const of = (kind: string) => related.filter((r) => r.kind === kind);
    return {
      ...toZaakFields(row, dateInNl()),
      deelzaken: of('deelzaak').sort((a, b) => (a.ord < b.ord ? -1 : a.ord > b.ord ? 1 : 0)).map((r) => r.id),
      eigenschappen: of('eigenschap').map((r) => r.id), rollen: of('rol').map((r) => r.id), zaakinformatieobjecten: of('zio').map((r) => r.id),
      zaakobjecten: of('object').map((r) => r.id), resultaat: of('resultaat')[0]?.id ?? null,
    };
  }

  private async listItems(tx: Tx, rows: ZaakRow[], asOf: IsoDate): Promise<ZaakListItem[]> {
    if (!rows.length) return [];
    const behandelaars = await tx.select({ zaakId: zaakRollen.zaakId, betrokkeneType: zaakRollen.betrokkeneType, identificatie: zaakRollen.identificatie, betrokkeneIdentificatie: zaakRollen.betrokkeneIdentificatie })
      .from(zaakRollen).where(and(inArray(zaakRollen.zaakId, rows.map((r) => r.id)), eq(zaakRollen.omschrijvingGeneriek, 'behandelaar'), inArray(zaakRollen.betrokkeneType, ['medewerker', 'organisatorische_eenheid'])));
    return rows.map((row) => ({
      id: row.id, identificatie: row.identificatie, omschrijving: row.omschrijving, zaaktype: row.zaaktype, zaaktypeIdentificatie: row.zaaktypeIdentificatie,
      zaaktypeOmschrijving: row.zaaktypeOmschrijving, registratiedatum: row.registratiedatum, startdatum: row.startdatum, einddatumGepland: row.einddatumGepland,
      uiterlijkeEinddatumAfdoening: row.uiterlijkeEinddatumAfdoening, einddatum: row.einddatum, vertrouwelijkheidaanduiding: row.vertrouwelijkheidaanduiding,
      archiefnominatie: row.archiefnominatie, archiefactiedatum: row.archiefactiedatum, status: row.status, statustype: row.statustype, statusOmschrijving: row.statusOmschrijving,
      opschorting: { indicatie: row.opschortingIndicatie, reden: row.opschortingReden },
      behandelaars: behandelaars.filter((b) => b.zaakId === row.id).map((b) => ({
        betrokkeneType: b.betrokkeneType as 'medewerker' | 'organisatorische_eenheid', identificatie: b.identificatie ?? '', naam: behandelaarNaam(b.betrokkeneIdentificatie),
      })),
      sla: computeSla(row, asOf),
    }));
  }

  private filterSql(filter: ZaakFilter, asOf: IsoDate): SQL[] {
    const where: SQL[] = [];
    const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
    const uuids = (v: string | string[]) => list(v).filter(isUuid);
    if (filter.zaaktype !== undefined) where.push(uuids(filter.zaaktype).length ? inArray(zaken.zaaktype, uuids(filter.zaaktype)) : sql`false`);
    if (filter.zaaktypeIdentificatie !== undefined) where.push(inArray(zaken.zaaktypeIdentificatie, list(filter.zaaktypeIdentificatie).concat([''])));
    if (filter.statustype !== undefined) where.push(uuids(filter.statustype).length ? inArray(zaken.statustype, uuids(filter.statustype)) : sql`false`);
    if (filter.open !== undefined) where.push(filter.open ? isNull(zaken.einddatum) : isNotNull(zaken.einddatum));
    const behandelaar = (type: string, identificatie: string) => sql`exists (select 1 from ${zaakRollen} r where r.zaak_id = ${zaken.id}
      and r.omschrijving_generiek = 'behandelaar' and r.betrokkene_type = ${type} and r.identificatie = ${identificatie})`;
    if (filter.assignee !== undefined) where.push(behandelaar('medewerker', filter.assignee));
    if (filter.team !== undefined) where.push(behandelaar('organisatorische_eenheid', filter.team));
    if (filter.unassigned) where.push(sql`not exists (select 1 from ${zaakRollen} r where r.zaak_id = ${zaken.id} and r.omschrijving_generiek = 'behandelaar')`);
    if (filter.noMedewerker) where.push(sql`not exists (select 1 from ${zaakRollen} r where r.zaak_id = ${zaken.id} and r.omschrijving_generiek = 'behandelaar' and r.betrokkene_type = 'medewerker')`);
    if (filter.deadlineBefore !== undefined) where.push(sql`${deadlineSql(asOf)} <= ${filter.deadlineBefore}::date`);
    if (filter.deadlineAfter !== undefined) where.push(sql`${deadlineSql(asOf)} >= ${filter.deadlineAfter}::date`);
    if (filter.sla !== undefined) {
      const states = list(filter.sla).filter((s) => ['on_time', 'at_risk', 'overdue'].includes(s));
      where.push(states.length ? sql`${slaStateSql(asOf)} in (${sql.join(states.map((s) => sql`${s}`), sql`, `)})` : sql`false`);
    }
    if (filter.opgeschort !== undefined) where.push(eq(zaken.opschortingIndicatie, filter.opgeschort));
    if (filter.archiefnominatie !== undefined) where.push(eq(zaken.archiefnominatie, filter.archiefnominatie));
    if (filter.archiefstatus !== undefined) where.push(eq(zaken.archiefstatus, filter.archiefstatus));
    if (filter.archiefactiedatumBefore !== undefined) where.push(lte(zaken.archiefactiedatum, filter.archiefactiedatumBefore));
    if (filter.registratiedatumFrom !== undefined) where.push(gte(zaken.registratiedatum, filter.registratiedatumFrom));
    if (filter.registratiedatumTo !== undefined) where.push(lte(zaken.registratiedatum, filter.registratiedatumTo));
    if (filter.search?.trim()) {
      const pattern = `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(or(ilike(zaken.identificatie, pattern), ilike(zaken.omschrijving, pattern))!);
    }
    for (const [name, value] of Object.entries({ deadlineBefore: filter.deadlineBefore, deadlineAfter: filter.deadlineAfter, archiefactiedatumBefore: filter.archiefactiedatumBefore, registratiedatumFrom: filter.registratiedatumFrom, registratiedatumTo: filter.registratiedatumTo })) {
      if (value !== undefined && !isIsoDate(value)) throw invalid(name, 'invalid', 'Geef een datum als 2026-01-31.');
    }
    return where;
  }

  private objectIdentificatie(row: typeof zaakObjecten.$inferSelect): Record<string, unknown> | null {
    if (row.sealed) return this.deps.sealer.openJson<Record<string, unknown>>(row.sealed, 'zaak_objecten.sealed');
    return row.objectIdentificatie;
  }

  private toZaakobject(row: typeof zaakObjecten.$inferSelect): Zaakobject {
    return {
      id: row.id, zaak: row.zaakId, object: row.object, zaakobjecttype: row.zaakobjecttype, objectType: row.objectType, objectTypeOverige: row.objectTypeOverige,
      objectTypeOverigeDefinitie: row.objectTypeOverigeDefinitie, relatieomschrijving: row.relatieomschrijving, objectIdentificatie: this.objectIdentificatie(row),
    };
  }

  /** One processing-log entry per subject, in this transaction: no personal data without its record. */
  private async logProcessing(tx: Tx, actor: Actor, subjects: DataSubject[], name: string, dataCategories: string[], options: ReadOptions, operation: 'read' | 'create' = 'read'): Promise<void> {
    if (!subjects.length) return;
    const activity = options.activity ?? (actor.kind === 'resident' ? zakenActivities['mijn-zaken-inzien/1'] : zakenActivities['zaak-behandelen/1']);
    const trace = options.trace ?? traceFromHeaders({});
    const who = processingActor(actor, this.deps.processingLog);
    const seen = new Set<string>();
    const startTime = new Date();
    for (const subject of subjects) {
      const key = `${subject.type}:${subject.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await this.deps.processingLog.record(tx, who, trace, { activity, name, operation, dataCategories, subject, status: 'ok', startTime });
    }
  }

  private async publishEvent(tx: Tx, topic: string, zaak: Pick<ZaakRow, 'id' | 'identificatie' | 'zaaktype' | 'zaaktypeIdentificatie' | 'bronorganisatie' | 'vertrouwelijkheidaanduiding'>, extra: Record<string, unknown>, key?: string): Promise<void> {
    const tenantId = await currentTenant(tx);
    await publish(tx, {
      tenantId, topic, key,
      payload: {
        zaak: zaak.id, identificatie: zaak.identificatie, zaaktype: zaak.zaaktype, zaaktypeIdentificatie: zaak.zaaktypeIdentificatie,
        bronorganisatie: zaak.bronorganisatie, vertrouwelijkheidaanduiding: zaak.vertrouwelijkheidaanduiding, ...extra,
      },
    });
  }

  /**
   * Stadhuis, track and trace: the applicant's view of a zaak whose secret volglink was shown
   * (only zaakByVolglink in volglinks.ts calls this, after checking the token). No party is
   * known, so `rol` is 'initiator'; nothing personal is in the view.
   */
  async applicantViewForVolglink(tx: Tx, zaakId: string): Promise<ApplicantZaak | undefined> {
    const row = await this.zaakRow(tx, zaakId);
    if (!row) return undefined;
    // An identity that matches no rol (KVK numbers are never stored empty): the view itself only.
    const nobody: Extract<Actor, { kind: 'resident' }> = { kind: 'resident', identity: { kind: 'business', kvk: '', level: 'EH2' } };
    return { ...(await this.applicantView(tx, nobody, row)), rol: 'initiator' };
  }

  // ===========================================================================================
  // For the Zaken API (ZGW 1.5.1): changes the standard allows beyond our own flows
  // ===========================================================================================

  /** Checks the fields only the API gives and turns them into columns (throws the problems found). */
  private checkApiFields(fields: ZaakApiFields, current: { archiefstatus: ZaakRow['archiefstatus']; betalingsindicatie: string; opschortingIndicatie?: boolean; laatsteBetaaldatum?: Date | null }, _mode: 'create' | 'update'): Partial<ZaakRow> {
    const problems = new Invalid();
    const out: Partial<ZaakRow> = {};
    checkDate(problems, 'einddatumGepland', fields.einddatumGepland);
    checkDate(problems, 'uiterlijkeEinddatumAfdoening', fields.uiterlijkeEinddatumAfdoening);
    checkDate(problems, 'archiefactiedatum', fields.archiefactiedatum);
    checkDate(problems, 'startdatumBewaartermijn', fields.startdatumBewaartermijn);
    if (fields.laatsteBetaaldatum !== undefined) {
      if (fields.laatsteBetaaldatum !== null && current.betalingsindicatie === 'nvt') {
        problems.add('laatsteBetaaldatum', 'betaling-nvt', 'Er is geen laatste betaaldatum als er niets te betalen is (betalingsindicatie "nvt").');
      } else if (fields.laatsteBetaaldatum && fields.laatsteBetaaldatum.getTime() > Date.now() + 60_000) {
        problems.add('laatsteBetaaldatum', 'date-in-future', 'De laatste betaaldatum kan niet in de toekomst liggen.');
      } else out.laatsteBetaaldatum = fields.laatsteBetaaldatum;
    }
    if (fields.verlenging !== undefined) {
      if (fields.verlenging === null) Object.assign(out, { verlengingReden: null, verlengingDuur: null });
      else {
        checkText(problems, 'verlenging.reden', fields.verlenging.reden, 200, { required: true });
        checkDuration(problems, 'verlenging.duur', fields.verlenging.duur);
        Object.assign(out, { verlengingReden: fields.verlenging.reden, verlengingDuur: fields.verlenging.duur });
      }
    }
    if (fields.opschorting !== undefined) {
      const indicatie = fields.opschorting?.indicatie ?? false;
      checkText(problems, 'opschorting.reden', fields.opschorting?.reden, 200);
      Object.assign(out, { opschortingIndicatie: indicatie, opschortingReden: fields.opschorting?.reden ?? '' });
      if (indicatie && !current.opschortingIndicatie) out.opschortingSinds = dateInNl();
    }
    for (const key of ['archiefnominatie', 'archiefactiedatum', 'startdatumBewaartermijn', 'processobjectaard', 'processobject'] as const) {
      if (fields[key] !== undefined) (out as Record<string, unknown>)[key] = fields[key];
    }
    if (fields.archiefstatus !== undefined) out.archiefstatus = fields.archiefstatus;
    problems.throwIfAny();
    return out;
  }

  /**
   * Changes a zaak as the Zaken API allows (zaak_update, zaak_partial_update): zrc-002 (unique
   * identificatie), zrc-013 (hoofdzaak), zrc-014 (betaling), zrc-015 (producten), zrc-022
   * (archiefstatus). identificatie and zaaktype cannot change. The API layer checks the client's
   * scopes for a closed zaak first (zrc-007).
   */
  async updateZaakApi(tx: Tx, actor: Actor, zaakId: string, changes: ZaakApiChanges, options: { actie?: 'update' | 'partial_update' } = {}): Promise<Zaak> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const zaaktype = await this.zaaktypeOf(tx, zaak);
    const problems = new Invalid();
    if (changes.identificatie !== undefined && changes.identificatie !== zaak.identificatie) problems.add('identificatie', 'wijzigen-niet-toegelaten', 'De identificatie van een zaak kan niet worden gewijzigd.');
    if (changes.zaaktype !== undefined && changes.zaaktype !== zaak.zaaktype) problems.add('zaaktype', 'wijzigen-niet-toegelaten', 'Het zaaktype van een zaak kan niet worden gewijzigd.');
    checkRsin(problems, 'bronorganisatie', changes.bronorganisatie);
    checkRsin(problems, 'verantwoordelijkeOrganisatie', changes.verantwoordelijkeOrganisatie);
    checkDate(problems, 'registratiedatum', changes.registratiedatum);
    checkDate(problems, 'startdatum', changes.startdatum);
    checkDate(problems, 'publicatiedatum', changes.publicatiedatum);
    if (changes.registratiedatum && changes.registratiedatum > dateInNl()) problems.add('registratiedatum', 'date-in-future', 'De registratiedatum kan niet in de toekomst liggen.');
    checkText(problems, 'omschrijving', changes.omschrijving, 80);
    checkText(problems, 'toelichting', changes.toelichting, 1000);
    checkText(problems, 'communicatiekanaal', changes.communicatiekanaal, 1000);
    checkText(problems, 'opdrachtgevendeOrganisatie', changes.opdrachtgevendeOrganisatie, 9);
    checkText(problems, 'selectielijstklasse', changes.selectielijstklasse, 1000);
    checkVertrouwelijkheid(problems, 'vertrouwelijkheidaanduiding', changes.vertrouwelijkheidaanduiding);
    checkChoice(problems, 'betalingsindicatie', changes.betalingsindicatie, ['', 'nvt', 'nog_niet', 'gedeeltelijk', 'geheel']);
    checkGeometry(problems, 'zaakgeometrie', changes.zaakgeometrie);
    checkKenmerken(problems, changes.kenmerken);
    checkRelevanteZaken(problems, changes.relevanteAndereZaken);
    if (changes.productenOfDiensten !== undefined) checkProducten(problems, changes.productenOfDiensten, zaaktype);
    if (changes.hoofdzaak) {
      if (changes.hoofdzaak === zaak.id) problems.add('hoofdzaak', 'self-forbidden', 'Een zaak kan geen deelzaak van zichzelf zijn.');
      else {
        const hoofdzaak = await this.zaakRow(tx, changes.hoofdzaak);
        if (!hoofdzaak) problems.add('hoofdzaak', 'bad-url', 'Deze hoofdzaak bestaat niet.');
        else if (hoofdzaak.hoofdzaak) problems.add('hoofdzaak', 'deelzaak-als-hoofdzaak', 'Een deelzaak kan geen hoofdzaak zijn.');
      }
    }
    for (const [i, r] of (changes.relevanteAndereZaken ?? []).entries()) {
      if (r?.zaak && isUuid(r.zaak) && !(await this.zaakRow(tx, r.zaak))) problems.add(`relevanteAndereZaken.${i}.zaak`, 'bad-url', 'Deze zaak bestaat niet.');
    }
    if (changes.bronorganisatie && changes.bronorganisatie !== zaak.bronorganisatie) {
      const [taken] = await tx.select({ id: zaken.id }).from(zaken).where(and(eq(zaken.bronorganisatie, changes.bronorganisatie), eq(zaken.identificatie, zaak.identificatie)));
      if (taken) problems.add('identificatie', 'identificatie-niet-uniek', 'Deze identificatie is al in gebruik bij deze bronorganisatie.');
    }
    problems.throwIfAny();

    const betalingsindicatie = changes.betalingsindicatie ?? zaak.betalingsindicatie;
    const extra = this.checkApiFields(changes, { archiefstatus: zaak.archiefstatus, betalingsindicatie, opschortingIndicatie: zaak.opschortingIndicatie, laatsteBetaaldatum: zaak.laatsteBetaaldatum }, 'update');
    // zrc-014: changing to "nvt" clears the laatste betaaldatum.
    if (betalingsindicatie === 'nvt' && changes.laatsteBetaaldatum === undefined) extra.laatsteBetaaldatum = null;
    if (extra.opschortingIndicatie === false && zaak.opschortingIndicatie) Object.assign(extra, await this.endSuspension(tx, zaak, dateInNl()), pickDefined(extra, ['einddatumGepland', 'uiterlijkeEinddatumAfdoening']));
    const set: Partial<ZaakRow> = { ...extra };
    for (const key of ['bronorganisatie', 'omschrijving', 'toelichting', 'registratiedatum', 'verantwoordelijkeOrganisatie', 'startdatum', 'publicatiedatum', 'communicatiekanaal',
      'productenOfDiensten', 'vertrouwelijkheidaanduiding', 'betalingsindicatie', 'zaakgeometrie', 'selectielijstklasse', 'hoofdzaak', 'kenmerken', 'opdrachtgevendeOrganisatie',
      'einddatumGepland', 'uiterlijkeEinddatumAfdoening'] as const) {
      if (changes[key] !== undefined) (set as Record<string, unknown>)[key] = changes[key];
    }
    if (changes.relevanteAndereZaken !== undefined) set.relevanteAndereZaken = changes.relevanteAndereZaken.map(normalizeRelevant);
    const next = { ...zaak, ...set } as ZaakRow;
    // zrc-022: archiving needs archiefnominatie, archiefactiedatum and every document archived.
    if (next.archiefstatus !== 'nog_te_archiveren' && (set.archiefstatus !== undefined || zaak.archiefstatus !== 'nog_te_archiveren')) {
      if (!next.archiefnominatie) problems.add('archiefnominatie', 'archiefnominatie-not-set', 'Geef eerst de archiefnominatie.');
      if (!next.archiefactiedatum) problems.add('archiefactiedatum', 'archiefactiedatum-not-set', 'Geef eerst de archiefactiedatum.');
      if (set.archiefstatus !== undefined && set.archiefstatus !== zaak.archiefstatus) {
        const relations = await tx.select({ informatieobject: zaakInformatieobjecten.informatieobject }).from(zaakInformatieobjecten).where(eq(zaakInformatieobjecten.zaakId, zaak.id));
        const documents = relations.length ? await this.deps.documenten.getMany(tx, SYSTEM, relations.map((r) => r.informatieobject)) : [];
        if (documents.some((d) => d.status !== 'gearchiveerd')) problems.add('archiefstatus', 'documents-not-archived', 'Alle documenten van de zaak moeten eerst de status "gearchiveerd" hebben.');
      }
      problems.throwIfAny();
    }
    if (next.opschortingIndicatie && !zaak.opschortingIndicatie) await tx.insert(zaakOpschortingen).values({ zaakId: zaak.id, reden: next.opschortingReden || '-', van: next.opschortingSinds ?? dateInNl() });
    if (!next.opschortingIndicatie) Object.assign(set, { opschortingSinds: null, opschortingTot: null });
    await tx.update(zaken).set({ ...set, updatedAt: new Date() }).where(eq(zaken.id, zaak.id));
    const keys = Object.keys(set);
    await audit(tx, actor, {
      actie: options.actie ?? 'partial_update', actieWeergave: `Zaak gewijzigd: ${keys.join(', ') || 'niets'}`, resource: 'zaak', resourceId: zaak.id, resourceWeergave: zaak.identificatie,
      hoofdObject: zaak.id, zaak: next, oud: pick(zaakForAudit(zaak), keys), nieuw: pick(zaakForAudit(next), keys),
    });
    await this.publishEvent(tx, 'zaak.gewijzigd', next, { velden: keys });
    return (await this.loadZaak(tx, zaak.id))!;
  }

  /**
   * zrc-023: removes the zaak with its deelzaken and everything of them (statussen, resultaat,
   * rollen, objecten, eigenschappen, documents' relations — also the mirrored one in documenten —,
   * klantcontacten, contactmomenten, verzoeken, audit trail). Not while besluiten point to it (409).
   */
  async deleteZaak(tx: Tx, actor: Actor, zaakId: string): Promise<void> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const deelzaken = await tx.select().from(zaken).where(eq(zaken.hoofdzaak, zaak.id)).for('update');
    const all = [...deelzaken, zaak];
    const [besluit] = await tx.select({ id: zaakBesluiten.id }).from(zaakBesluiten).where(inArray(zaakBesluiten.zaakId, all.map((z) => z.id))).limit(1);
    if (besluit) throw conflict('Verwijder eerst de besluiten van deze zaak.', 'nonFieldErrors', 'pending-relations');
    for (const row of all) {
      const relations = await tx.select({ informatieobject: zaakInformatieobjecten.informatieobject }).from(zaakInformatieobjecten).where(eq(zaakInformatieobjecten.zaakId, row.id));
      for (const r of relations) await this.deps.documenten.removeObjectinformatieobject(tx, SYSTEM, { informatieobject: r.informatieobject, object: row.id, objectType: 'zaak' });
      await tx.delete(zaken).where(eq(zaken.id, row.id));
      await notifyZaken(tx, row, 'zaak', row.id, 'destroy');
      await this.publishEvent(tx, 'zaak.verwijderd', row, {});
    }
  }

  /** Removes the resultaat (resultaat_destroy). */
  async removeResultaat(tx: Tx, actor: Actor, zaakId: string, id: string): Promise<void> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const [row] = isUuid(id) ? await tx.delete(zaakResultaten).where(and(eq(zaakResultaten.id, id), eq(zaakResultaten.zaakId, zaak.id))).returning() : [];
    if (!row) throw notFound('Resultaat');
    await audit(tx, actor, { actie: 'destroy', actieWeergave: 'Resultaat verwijderd', resource: 'resultaat', resourceId: row.id, resourceWeergave: 'Resultaat', hoofdObject: zaak.id, zaak, oud: { resultaattype: row.resultaattype, toelichting: row.toelichting }, nieuw: null });
  }

  /** Changes a zaakobject (zaakobject_update, zaakobject_partial_update). */
  async updateZaakobject(tx: Tx, actor: Actor, zaakId: string, id: string, input: ZaakobjectInput, options: { actie?: 'update' | 'partial_update' } = {}): Promise<Zaakobject> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const [existing] = isUuid(id) ? await tx.select().from(zaakObjecten).where(and(eq(zaakObjecten.id, id), eq(zaakObjecten.zaakId, zaak.id))) : [];
    if (!existing) throw notFound('Zaakobject');
    const problems = new Invalid();
    checkZaakobject(problems, 'zaakobject', input);
    problems.throwIfAny();
    const person = input.objectType === 'natuurlijk_persoon';
    const [row] = await tx.update(zaakObjecten).set({
      object: person ? '' : input.object ?? '', zaakobjecttype: input.zaakobjecttype ?? '', objectType: input.objectType, objectTypeOverige: input.objectTypeOverige ?? '',
      objectTypeOverigeDefinitie: input.objectTypeOverigeDefinitie ?? null, relatieomschrijving: input.relatieomschrijving ?? '',
      objectIdentificatie: person ? null : input.objectIdentificatie ?? null,
      sealed: person && input.objectIdentificatie ? this.deps.sealer.sealJson(input.objectIdentificatie, 'zaak_objecten.sealed') : null,
    }).where(eq(zaakObjecten.id, existing.id)).returning();
    const result = this.toZaakobject(row!);
    await audit(tx, actor, {
      actie: options.actie ?? 'update', actieWeergave: `Object gewijzigd: ${input.objectType.replace(/_/g, ' ')}`, resource: 'zaakobject', resourceId: row!.id, resourceWeergave: input.objectType,
      hoofdObject: zaak.id, zaak, oud: { objectType: existing.objectType, object: existing.object }, nieuw: person ? { ...result, objectIdentificatie: '[versleuteld]' } : { ...result },
    });
    return result;
  }

  /** zrc-004: titel, beschrijving, vernietigingsdatum and status may change; zaak and informatieobject not. */
  async updateZaakinformatieobject(tx: Tx, actor: Actor, zaakId: string, id: string, changes: { titel?: string; beschrijving?: string; vernietigingsdatum?: Date | null; status?: string | null }, options: { actie?: 'update' | 'partial_update' } = {}): Promise<Zaakinformatieobject> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const [existing] = isUuid(id) ? await tx.select().from(zaakInformatieobjecten).where(and(eq(zaakInformatieobjecten.id, id), eq(zaakInformatieobjecten.zaakId, zaak.id))) : [];
    if (!existing) throw notFound('Zaakinformatieobject');
    const problems = new Invalid();
    checkText(problems, 'titel', changes.titel, 200);
    checkText(problems, 'beschrijving', changes.beschrijving, 10_000);
    problems.throwIfAny();
    if (changes.status) {
      const [status] = isUuid(changes.status) ? await tx.select({ id: zaakStatussen.id }).from(zaakStatussen).where(and(eq(zaakStatussen.id, changes.status), eq(zaakStatussen.zaakId, zaak.id))) : [];
      if (!status) throw invalid('status', 'bad-url', 'Deze status hoort niet bij de zaak.');
    }
    const set = stripUndefined({ titel: changes.titel, beschrijving: changes.beschrijving, vernietigingsdatum: changes.vernietigingsdatum, status: changes.status });
    const [row] = Object.keys(set).length ? await tx.update(zaakInformatieobjecten).set(set).where(eq(zaakInformatieobjecten.id, existing.id)).returning() : [existing];
    await audit(tx, actor, {
      actie: options.actie ?? 'update', actieWeergave: `Document gewijzigd: ${row!.titel}`, resource: 'zaakinformatieobject', resourceId: row!.id, resourceWeergave: row!.titel,
      hoofdObject: zaak.id, zaak, oud: { titel: existing.titel, beschrijving: existing.beschrijving }, nieuw: { titel: row!.titel, beschrijving: row!.beschrijving },
    });
    return toZio(row!);
  }

  /** Removes a zaakbesluit by its own id (zaakbesluit_destroy). */
  async removeZaakbesluit(tx: Tx, actor: Actor, zaakId: string, id: string): Promise<void> {
    requirePermission(actor, 'zaken.behandelen');
    const zaak = await this.lockZaak(tx, zaakId);
    const [row] = isUuid(id) ? await tx.delete(zaakBesluiten).where(and(eq(zaakBesluiten.id, id), eq(zaakBesluiten.zaakId, zaak.id))).returning() : [];
    if (!row) throw notFound('Zaakbesluit');
    await audit(tx, actor, { actie: 'destroy', actieWeergave: 'Besluit verwijderd', resource: 'zaakbesluit', resourceId: row.id, resourceWeergave: 'Besluit', hoofdObject: zaak.id, zaak, oud: { besluit: row.besluit }, nieuw: null });
  }

  /** A relation with a contactmoment or verzoek in another register (URL), as the Zaken API keeps it. */
  async addRelatieUrl(tx: Tx, actor: Actor, kind: 'contactmoment' | 'verzoek', zaakId: string, url: string): Promise<ZaakRelatieUrl> {
    requireAny(actor, ['zaken.behandelen']);
    const zaak = await this.lockZaak(tx, zaakId);
    const problems = new Invalid();
    if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url) || url.length > 1000) problems.add(kind, 'invalid', 'Geef een URL.');
    problems.throwIfAny();
    const table = kind === 'contactmoment' ? zaakContactmomenten : zaakVerzoeken;
    const [row] = kind === 'contactmoment'
      ? await tx.insert(zaakContactmomenten).values({ zaakId: zaak.id, contactmoment: url }).returning({ id: table.id })
      : await tx.insert(zaakVerzoeken).values({ zaakId: zaak.id, verzoek: url }).returning({ id: table.id });
    await audit(tx, actor, { actie: 'create', actieWeergave: kind === 'contactmoment' ? 'Contactmoment gekoppeld' : 'Verzoek gekoppeld', resource: `zaak${kind}`, resourceId: row!.id, resourceWeergave: url.slice(0, 200), hoofdObject: zaak.id, zaak, oud: null, nieuw: { [kind]: url } });
    return { id: row!.id, zaak: zaak.id, url };
  }

  async removeRelatieUrl(tx: Tx, actor: Actor, kind: 'contactmoment' | 'verzoek', zaakId: string, id: string): Promise<void> {
    requireAny(actor, ['zaken.behandelen']);
    const zaak = await this.lockZaak(tx, zaakId);
    const rows = !isUuid(id) ? [] : kind === 'contactmoment'
      ? await tx.delete(zaakContactmomenten).where(and(eq(zaakContactmomenten.id, id), eq(zaakContactmomenten.zaakId, zaak.id))).returning({ id: zaakContactmomenten.id, url: zaakContactmomenten.contactmoment })
      : await tx.delete(zaakVerzoeken).where(and(eq(zaakVerzoeken.id, id), eq(zaakVerzoeken.zaakId, zaak.id))).returning({ id: zaakVerzoeken.id, url: zaakVerzoeken.verzoek });
    if (!rows[0]) throw notFound(kind === 'contactmoment' ? 'Zaakcontactmoment' : 'Zaakverzoek');
    await audit(tx, actor, { actie: 'destroy', actieWeergave: kind === 'contactmoment' ? 'Contactmoment ontkoppeld' : 'Verzoek ontkoppeld', resource: `zaak${kind}`, resourceId: rows[0].id, resourceWeergave: rows[0].url.slice(0, 200), hoofdObject: zaak.id, zaak, oud: { [kind]: rows[0].url }, nieuw: null });
  }

  /** The parties of several zaken at once (API lists), unsealed, with the processing log per person. */
  async rollenFromRows(tx: Tx, actor: Actor, rows: (typeof zaakRollen.$inferSelect)[], options: ReadOptions = {}): Promise<Rol[]> {
    requireStaffRead(actor);
    const rollen = rows.map((r) => rolFromRow(this.deps.sealer, r));
    const subjects = rollen.map(rolSubject).filter((s): s is DataSubject => !!s);
    await this.logProcessing(tx, actor, subjects, 'zaken.rollen.raadplegen', ['identificatie', 'naam', 'adres', 'contactgegevens'], options);
    return rollen;
  }

  /** Zaakobjecten from rows (API lists); natural persons unsealed and logged. */
  async zaakobjectenFromRows(tx: Tx, actor: Actor, rows: (typeof zaakObjecten.$inferSelect)[], options: ReadOptions = {}): Promise<Zaakobject[]> {
    requireStaffRead(actor);
    const objects = rows.map((r) => this.toZaakobject(r));
    const subjects = objects.filter((o) => o.objectType === 'natuurlijk_persoon' && typeof o.objectIdentificatie?.inpBsn === 'string')
      .map((o) => ({ type: 'bsn' as const, id: o.objectIdentificatie!.inpBsn as string }));
    await this.logProcessing(tx, actor, subjects, 'zaken.zaakobjecten.raadplegen', ['identificatie', 'naam'], options);
    return objects;
  }

  /** The keyed hashes the rol filters of the API use. */
  lookupKeys(): { bsn: (bsn: string) => string; np: (kind: 'anp' | 'anr', value: string) => string } {
    return { bsn: (bsn) => bsnLookup(this.deps.sealer, bsn), np: (kind, value) => npLookup(this.deps.sealer, kind, value) };
  }

  // ===========================================================================================
  // Handling: informatieverzoeken, taken, gesprekken (code in informatieverzoeken.ts, taken.ts,
  // gesprekken.ts; these methods are the public API and the small hooks those files need)
  // ===========================================================================================

  /** Asks the applicant for more information (suspends the zaak when its zaaktype allows it). */
  requestInformation(tx: Tx, actor: Actor, zaakId: string, input: { vraag: string; deadline: string }): Promise<Informatieverzoek> {
    return handlingInformatie.requestInformation(this, tx, actor, zaakId, input);
  }

  /** The applicant (initiator) answers; resumes the zaak, adds the documents, makes a taak for the behandelaar. */
  answerInformatieverzoek(tx: Tx, actor: Actor, verzoekId: string, input: { antwoord: string; documenten: string[] }): Promise<Informatieverzoek> {
    return handlingInformatie.answerInformatieverzoek(this, tx, actor, verzoekId, input);
  }

  /** Staff with zaken.lezen; the applicant only for their own zaak (else an empty list). */
  listInformatieverzoeken(tx: Tx, actor: Actor, zaakId: string): Promise<Informatieverzoek[]> {
    return handlingInformatie.listInformatieverzoeken(this, tx, actor, zaakId);
  }

  createTaak(tx: Tx, actor: Actor, zaakId: string, input: TaakInput): Promise<Taak> {
    return handlingTaken.createTaak(this, tx, actor, zaakId, input);
  }

  /** The applicant asks for a person to look at a decision made automatically (AVG art. 22). */
  requestHumanReview(tx: Tx, actor: Actor, zaakId: string, input: { toelichting: string }): Promise<Taak> {
    return handlingTaken.requestHumanReview(this, tx, actor, zaakId, input);
  }

  listTaken(tx: Tx, actor: Actor, filter: TaakFilter = {}): Promise<Taak[]> {
    return handlingTaken.listTaken(this, tx, actor, filter);
  }

  completeTaak(tx: Tx, actor: Actor, taakId: string, input: { toelichting?: string } = {}): Promise<Taak> {
    return handlingTaken.completeTaak(this, tx, actor, taakId, input);
  }

  /** Plans a kitchen-table conversation (keukentafelgesprek). */
  planGesprek(tx: Tx, actor: Actor, zaakId: string, input: { datum: Date; plaats?: string; videoLink?: string; toelichting?: string }): Promise<Gesprek> {
    return handlingGesprekken.planGesprek(this, tx, actor, zaakId, input);
  }

  /** The report of a conversation; it becomes a PDF document of the zaak. */
  addGesprekVerslag(tx: Tx, actor: Actor, gesprekId: string, input: { verslag: string }): Promise<Gesprek> {
    return handlingGesprekken.addGesprekVerslag(this, tx, actor, gesprekId, input);
  }

  listGesprekken(tx: Tx, actor: Actor, zaakId: string): Promise<Gesprek[]> {
    return handlingGesprekken.listGesprekken(this, tx, actor, zaakId);
  }

  /** For the handling files and other modules of this platform: the zaak locked for this transaction (404 when unknown). */
  lockForHandling(tx: Tx, zaakId: string): Promise<ZaakRow> {
    return this.lockZaak(tx, zaakId);
  }

  /** The applicant's own zaak, locked (404 for any other). */
  lockOwnForHandling(tx: Tx, actor: Extract<Actor, { kind: 'resident' }>, zaakId: string): Promise<ZaakRow> {
    return this.lockOwnZaak(tx, actor, zaakId);
  }

  /** Whether the resident is initiator (or authorised) in this zaak. */
  async isOwnZaak(tx: Tx, actor: Extract<Actor, { kind: 'resident' }>, zaakId: string): Promise<boolean> {
    if (!isUuid(zaakId)) return false;
    const [row] = await tx.select({ id: zaken.id }).from(zaken).where(and(eq(zaken.id, zaakId), this.ownZaakSql(actor)));
    return !!row;
  }

  /** The zaak's zaaktype version. */
  zaaktypeForHandling(tx: Tx, zaak: Pick<ZaakRow, 'zaaktype'>): Promise<Zaaktype> {
    return this.zaaktypeOf(tx, zaak);
  }

  /** Publishes an event about the zaak in the outbox (same payload as the module's own events). */
  emitZaakEvent(tx: Tx, topic: string, zaak: ZaakRow, extra: Record<string, unknown>): Promise<void> {
    return this.publishEvent(tx, topic, zaak, extra);
  }

  /** The documenten service this zaken service works with. */
  get documentenForHandling(): DocumentenService {
    return this.deps.documenten;
  }
}

// =============================================================================================
// Helpers
// =============================================================================================

type BehandelaarBetrokkene =
  | { betrokkeneType: 'medewerker'; betrokkeneIdentificatie: MedewerkerIdentificatie }
  | { betrokkeneType: 'organisatorische_eenheid'; betrokkeneIdentificatie: OrganisatorischeEenheidIdentificatie };

export type ZaakChanges = Partial<Pick<Zaak,
  'omschrijving' | 'toelichting' | 'publicatiedatum' | 'communicatiekanaal' | 'vertrouwelijkheidaanduiding' | 'betalingsindicatie' | 'laatsteBetaaldatum'
  | 'zaakgeometrie' | 'kenmerken' | 'opdrachtgevendeOrganisatie' | 'selectielijstklasse' | 'einddatumGepland' | 'uiterlijkeEinddatumAfdoening'>>;

const ZAAK_CHANGE_FIELDS: (keyof ZaakChanges)[] = [
  'omschrijving', 'toelichting', 'publicatiedatum', 'communicatiekanaal', 'vertrouwelijkheidaanduiding', 'betalingsindicatie', 'laatsteBetaaldatum',
  'zaakgeometrie', 'kenmerken', 'opdrachtgevendeOrganisatie', 'selectielijstklasse', 'einddatumGepland', 'uiterlijkeEinddatumAfdoening',
];

function requireStaffRead(actor: Actor): void {
  if (actor?.kind === 'resident') throw forbidden('Deze gegevens zijn alleen voor medewerkers van de gemeente.');
  requirePermission(actor, 'zaken.lezen');
}

function requireApplicant(actor: Actor): Extract<Actor, { kind: 'resident' }> {
  if (actor?.kind !== 'resident') throw forbidden('Alleen de aanvrager zelf kan deze gegevens zo inzien.');
  return actor;
}

function toZaakFields(row: ZaakRow, asOf: IsoDate): Omit<Zaak, 'deelzaken' | 'eigenschappen' | 'rollen' | 'zaakinformatieobjecten' | 'zaakobjecten' | 'resultaat'> {
  return {
    id: row.id, identificatie: row.identificatie, bronorganisatie: row.bronorganisatie, verantwoordelijkeOrganisatie: row.verantwoordelijkeOrganisatie,
    omschrijving: row.omschrijving, toelichting: row.toelichting, zaaktype: row.zaaktype, zaaktypeIdentificatie: row.zaaktypeIdentificatie,
    zaaktypeOmschrijving: row.zaaktypeOmschrijving, registratiedatum: row.registratiedatum, startdatum: row.startdatum, einddatum: row.einddatum,
    einddatumGepland: row.einddatumGepland, uiterlijkeEinddatumAfdoening: row.uiterlijkeEinddatumAfdoening, publicatiedatum: row.publicatiedatum,
    communicatiekanaal: row.communicatiekanaal, productenOfDiensten: row.productenOfDiensten, vertrouwelijkheidaanduiding: row.vertrouwelijkheidaanduiding,
    betalingsindicatie: row.betalingsindicatie, laatsteBetaaldatum: row.laatsteBetaaldatum, zaakgeometrie: row.zaakgeometrie,
    verlenging: row.verlengingDuur ? { reden: row.verlengingReden ?? '', duur: row.verlengingDuur } : null,
    opschorting: { indicatie: row.opschortingIndicatie, reden: row.opschortingReden }, opschortingSinds: row.opschortingSinds, opschortingTot: row.opschortingTot,
    selectielijstklasse: row.selectielijstklasse, hoofdzaak: row.hoofdzaak, relevanteAndereZaken: row.relevanteAndereZaken, kenmerken: row.kenmerken,
    archiefnominatie: row.archiefnominatie, archiefstatus: row.archiefstatus, archiefactiedatum: row.archiefactiedatum, startdatumBewaartermijn: row.startdatumBewaartermijn,
    opdrachtgevendeOrganisatie: row.opdrachtgevendeOrganisatie, processobjectaard: row.processobjectaard, processobject: row.processobject,
    status: row.status, statustype: row.statustype, statusOmschrijving: row.statusOmschrijving, sla: computeSla(row, asOf),
    aangemaaktDoor: row.aangemaaktDoor, createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

/** What the audit trail keeps of the zaak itself (no personal data is in the zaak row). */
function zaakForAudit(row: ZaakRow): Record<string, unknown> {
  const { tenantId: _t, createdAt, updatedAt, laatsteBetaaldatum, ...rest } = row;
  return { ...rest, laatsteBetaaldatum: laatsteBetaaldatum?.toISOString() ?? null, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

function toStatus(row: typeof zaakStatussen.$inferSelect, statustype: Statustype | undefined, latest: boolean): Status {
  return {
    id: row.id, zaak: row.zaakId, statustype: row.statustype, datumStatusGezet: row.datumStatusGezet, statustoelichting: row.statustoelichting,
    indicatieLaatstGezetteStatus: latest, gezetdoor: row.gezetdoor, omschrijving: statustype?.omschrijving ?? '', statustekst: statustype?.statustekst ?? '',
    volgnummer: statustype?.volgnummer ?? 0, isEindstatus: statustype?.isEindstatus ?? false,
  };
}

function toZio(row: typeof zaakInformatieobjecten.$inferSelect): Zaakinformatieobject {
  return {
    id: row.id, zaak: row.zaakId, informatieobject: row.informatieobject, aardRelatieWeergave: 'Hoort bij, omgekeerd: kent', titel: row.titel,
    beschrijving: row.beschrijving, registratiedatum: row.registratiedatum, vernietigingsdatum: row.vernietigingsdatum, status: row.status,
  };
}

function toKlantcontact(row: typeof zaakKlantcontacten.$inferSelect): Klantcontact {
  return { id: row.id, zaak: row.zaakId, identificatie: row.identificatie, datumtijd: row.datumtijd, kanaal: row.kanaal, onderwerp: row.onderwerp, toelichting: row.toelichting };
}

function toNote(row: typeof zaakNotes.$inferSelect): Note {
  return { id: row.id, zaak: row.zaakId, tekst: row.tekst, auteurId: row.auteurId, auteurWeergave: row.auteurWeergave, createdAt: row.createdAt };
}

function toZaakbesluit(row: typeof zaakBesluiten.$inferSelect): Zaakbesluit {
  return { id: row.id, zaak: row.zaakId, besluit: row.besluit, ingangsdatum: row.ingangsdatum, vervaldatum: row.vervaldatum };
}

function behandelaarNaam(identificatie: Record<string, unknown> | null): string {
  if (!identificatie) return '';
  if (typeof identificatie.naam === 'string') return identificatie.naam;
  return [identificatie.voorletters, identificatie.voorvoegselAchternaam, identificatie.achternaam].filter((p) => typeof p === 'string' && p).join(' ');
}

function normalizeRelevant(r: RelevanteZaak): RelevanteZaak {
  return { zaak: r.zaak ?? null, url: r.url ?? null, aardRelatie: r.aardRelatie };
}

function sameRelevant(a: RelevanteZaak, b: RelevanteZaak): boolean {
  return (a.zaak ?? null) === (b.zaak ?? null) && (a.url ?? null) === (b.url ?? null);
}

function orderingSql(ordering: ZaakOrdering, asOf: IsoDate): SQL[] {
  const desc_ = ordering.startsWith('-');
  const dir = (s: SQL) => (desc_ ? sql`${s} desc nulls last` : sql`${s} asc nulls last`);
  switch (ordering.replace(/^-/, '')) {
    case 'registratiedatum': return [dir(sql`${zaken.registratiedatum}`), dir(sql`${zaken.identificatie}`)];
    case 'startdatum': return [dir(sql`${zaken.startdatum}`), dir(sql`${zaken.identificatie}`)];
    case 'identificatie': return [dir(sql`${zaken.identificatie}`)];
    case 'einddatum': return [dir(sql`${zaken.einddatum}`), dir(sql`${zaken.identificatie}`)];
    case 'archiefactiedatum': return [dir(sql`${zaken.archiefactiedatum}`), dir(sql`${zaken.identificatie}`)];
    default: return [dir(deadlineSql(asOf)), sql`${zaken.identificatie} asc`];
  }
}

function pickDefined<T extends object>(value: T, keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]])) as Partial<T>;
}

function pick(value: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, value[k] ?? null]));
}

/** JSON with sorted keys, so the same request always hashes the same. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
    : v));
}
