import type { AuditTrailEntry } from '../../../platform/audit-trail.js';
/**
 * The Documenten API's resources as JSON, with absolute URLs in the form the client used, and
 * `expand` (drc-011 … drc-014): only attributes of the resource that point into this API or
 * the Catalogi API can be expanded, at most three levels deep.
 */
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../../platform/db/database.js';
import { getInformatieobjecttype, type Informatieobjecttype } from '../../catalogi/index.js';
import { RESOURCE_PATHS, type Bestandsdeel, type Document, type DocumentResource, type Gebruiksrecht, type Objectinformatieobject, type Verzending } from '../../documenten/index.js';
import { validatieFout, ZgwError, zgwNotFound } from '../core/errors.js';
import type { ZgwContext } from '../core/plugin.js';

export function eioUrl(ctx: ZgwContext, request: FastifyRequest, id: string): string {
  return ctx.url(request, 'enkelvoudiginformatieobjecten', id);
}

export function iotUrl(ctx: ZgwContext, request: FastifyRequest, id: string): string {
  return ctx.url(request, 'informatieobjecttypen', id, { api: 'catalogi' });
}

export function bestandsdeelJson(ctx: ZgwContext, request: FastifyRequest, part: Bestandsdeel, lock: string): Record<string, unknown> {
  return { url: ctx.url(request, 'bestandsdelen', part.id), volgnummer: part.volgnummer, omvang: part.omvang, voltooid: part.voltooid, lock };
}

/**
 * An ENKELVOUDIG INFORMATIEOBJECT. `inhoud` is the download URL of this version (null without
 * content). The bestandsdelen show the lock only to whoever already has it (`lock`).
 */
export function eioJson(ctx: ZgwContext, request: FastifyRequest, d: Document, parts: Bestandsdeel[] = [], lock = ''): Record<string, unknown> {
  const url = eioUrl(ctx, request, d.id);
  return {
    url, identificatie: d.identificatie, bronorganisatie: d.bronorganisatie, creatiedatum: d.creatiedatum, titel: d.titel,
    vertrouwelijkheidaanduiding: d.vertrouwelijkheidaanduiding, auteur: d.auteur, status: d.status, formaat: d.formaat, taal: d.taal,
    versie: d.versie, beginRegistratie: d.beginRegistratie.toISOString(), bestandsnaam: d.bestandsnaam,
    inhoud: d.inhoudSha256 !== null ? `${url}/download?versie=${d.versie}` : null,
    bestandsomvang: d.bestandsomvang, link: d.link, beschrijving: d.beschrijving, ontvangstdatum: d.ontvangstdatum, verzenddatum: d.verzenddatum,
    indicatieGebruiksrecht: d.indicatieGebruiksrecht, verschijningsvorm: d.verschijningsvorm, ondertekening: d.ondertekening, integriteit: d.integriteit,
    informatieobjecttype: iotUrl(ctx, request, d.informatieobjecttype), locked: d.locked,
    bestandsdelen: parts.map((p) => bestandsdeelJson(ctx, request, p, lock)), trefwoorden: d.trefwoorden,
  };
}

export function gebruiksrechtJson(ctx: ZgwContext, request: FastifyRequest, r: Gebruiksrecht): Record<string, unknown> {
  return {
    url: ctx.url(request, 'gebruiksrechten', r.id), informatieobject: eioUrl(ctx, request, r.informatieobject),
    startdatum: r.startdatum.toISOString(), einddatum: r.einddatum?.toISOString() ?? null, omschrijvingVoorwaarden: r.omschrijvingVoorwaarden,
  };
}

export function objectUrl(ctx: ZgwContext, request: FastifyRequest, objectType: string, id: string): string {
  return objectType === 'besluit' ? ctx.url(request, 'besluiten', id, { api: 'besluiten' }) : ctx.url(request, 'zaken', id, { api: 'zaken' });
}

export function oioJson(ctx: ZgwContext, request: FastifyRequest, r: Objectinformatieobject): Record<string, unknown> {
  return { url: ctx.url(request, 'objectinformatieobjecten', r.id), informatieobject: eioUrl(ctx, request, r.informatieobject), object: objectUrl(ctx, request, r.objectType, r.object), objectType: r.objectType };
}

export function verzendingJson(ctx: ZgwContext, request: FastifyRequest, v: Verzending): Record<string, unknown> {
  return {
    url: ctx.url(request, 'verzendingen', v.id), betrokkene: v.betrokkene, informatieobject: eioUrl(ctx, request, v.informatieobject), aardRelatie: v.aardRelatie,
    toelichting: v.toelichting, ontvangstdatum: v.ontvangstdatum, verzenddatum: v.verzenddatum, contactPersoon: v.contactPersoon, contactpersoonnaam: v.contactpersoonnaam,
    binnenlandsCorrespondentieadres: v.binnenlandsCorrespondentieadres, buitenlandsCorrespondentieadres: v.buitenlandsCorrespondentieadres,
    correspondentiePostadres: v.correspondentiePostadres, faxnummer: v.faxnummer, emailadres: v.emailadres, mijnOverheid: v.mijnOverheid, telefoonnummer: v.telefoonnummer,
  };
}

export type AuditRow = AuditTrailEntry;

export function auditJson(ctx: ZgwContext, request: FastifyRequest, a: AuditRow): Record<string, unknown> {
  const path = RESOURCE_PATHS[a.resource as DocumentResource] ?? 'enkelvoudiginformatieobjecten';
  const wijzigingen: Record<string, unknown> = {};
  if (a.wijzigingen.oud) wijzigingen.oud = a.wijzigingen.oud;
  if (a.wijzigingen.nieuw) wijzigingen.nieuw = a.wijzigingen.nieuw;
  return {
    uuid: a.uuid, bron: a.bron, applicatieId: a.applicatieId.slice(0, 100), applicatieWeergave: a.applicatieWeergave.slice(0, 200), gebruikersId: a.gebruikersId.slice(0, 255),
    gebruikersWeergave: a.gebruikersWeergave.slice(0, 255), actie: a.actie, actieWeergave: a.actieWeergave, resultaat: a.resultaat,
    hoofdObject: eioUrl(ctx, request, a.hoofdObject), resource: a.resource, resourceUrl: ctx.url(request, path, a.resourceUrl),
    toelichting: a.toelichting, resourceWeergave: a.resourceWeergave, aanmaakdatum: a.aanmaakdatum.toISOString(), wijzigingen,
  };
}

/** The Catalogi API's INFORMATIEOBJECTTYPE as far as the Documenten API expands it. */
export function iotJson(ctx: ZgwContext, request: FastifyRequest, t: Informatieobjecttype): Record<string, unknown> {
  return {
    url: iotUrl(ctx, request, t.id), catalogus: ctx.url(request, 'catalogussen', t.catalogus, { api: 'catalogi' }), omschrijving: t.omschrijving,
    vertrouwelijkheidaanduiding: t.vertrouwelijkheidaanduiding, beginGeldigheid: t.beginGeldigheid, eindeGeldigheid: t.eindeGeldigheid,
    beginObject: t.beginObject, eindeObject: t.eindeObject, concept: t.concept, informatieobjectcategorie: t.informatieobjectcategorie,
    trefwoord: t.trefwoord, omschrijvingGeneriek: t.omschrijvingGeneriek,
  };
}

// ---------------------------------------------------------------------------------------------
// expand
// ---------------------------------------------------------------------------------------------

/** What `expand` may ask per resource: a tree of expandable attributes. */
type ExpandTree = { [attribute: string]: ExpandTree };
const IOT: ExpandTree = {};
export const EXPANDABLE = {
  enkelvoudiginformatieobject: { informatieobjecttype: IOT } as ExpandTree,
  gebruiksrechten: { informatieobject: { informatieobjecttype: IOT } } as ExpandTree,
  verzending: { informatieobject: { informatieobjecttype: IOT } } as ExpandTree,
};
/** Attributes that point outside the Documenten and Catalogi APIs (drc-011: not expandable, 406). */
const FOREIGN: Record<keyof typeof EXPANDABLE, string[]> = {
  enkelvoudiginformatieobject: [],
  gebruiksrechten: [],
  verzending: ['betrokkene', 'contactPersoon'],
};
/** Attributes of the InformatieObjectType (expanding inside it goes no deeper: drc-012). */
const IOT_ATTRIBUTES = ['url', 'catalogus', 'omschrijving', 'vertrouwelijkheidaanduiding', 'beginGeldigheid', 'eindeGeldigheid', 'beginObject', 'eindeObject', 'concept', 'zaaktypen', 'besluittypen', 'informatieobjectcategorie', 'trefwoord', 'omschrijvingGeneriek'];

/**
 * Reads `expand` into a tree. An attribute the resource does not have (or cannot expand) is
 * refused (drc-013: 404 on a single object, 400 on a list, whose contract has no 404); one from
 * another API is 406 (drc-011). Deeper than three levels is cut off (drc-012).
 */
export function parseExpand(value: unknown, resource: keyof typeof EXPANDABLE, options: { list: boolean }): ExpandTree | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > 500) throw validatieFout([{ name: 'expand', code: 'invalid', reason: 'Ongeldige waarde.' }]);
  const tree: ExpandTree = {};
  for (const path of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const segments = path.split('.').slice(0, 3);
    let allowed = EXPANDABLE[resource];
    let node = tree;
    for (const [i, segment] of segments.entries()) {
      if (i === 0 && FOREIGN[resource].includes(segment)) {
        throw new ZgwError(406, 'not_acceptable', `"${segment}" verwijst naar een andere API dan de Documenten of Catalogi API en kan niet worden uitgebreid.`);
      }
      if (allowed === IOT) {
        if (!IOT_ATTRIBUTES.includes(segment)) refuse(segment, options);
        break;
      }
      const next = allowed[segment];
      if (!next) refuse(segment, options);
      node = node[segment] ??= {};
      allowed = next!;
    }
  }
  return tree;
}

function refuse(segment: string, options: { list: boolean }): never {
  const reason = `"${segment.slice(0, 50)}" is geen attribuut dat kan worden uitgebreid.`;
  if (options.list) throw validatieFout([{ name: 'expand', code: 'invalid-expand', reason }]);
  throw zgwNotFound(reason);
}

/** Informatieobjecttypen by id, fetched once per id. */
export class TypeCache {
  private readonly types = new Map<string, Promise<Informatieobjecttype | undefined>>();
  constructor(private readonly tx: Tx) {}
  get(id: string): Promise<Informatieobjecttype | undefined> {
    let found = this.types.get(id);
    if (!found) this.types.set(id, (found = getInformatieobjecttype(this.tx, id)));
    return found;
  }
}

/** Adds `_expand.informatieobjecttype` to a document's JSON (drc-014: 404 when it cannot be fetched). */
export async function expandDocument(ctx: ZgwContext, request: FastifyRequest, json: Record<string, unknown>, document: Document, tree: ExpandTree | undefined, types: TypeCache): Promise<Record<string, unknown>> {
  if (!tree?.informatieobjecttype) return json;
  const type = await types.get(document.informatieobjecttype);
  if (!type) throw zgwNotFound('Het informatieobjecttype om uit te breiden is niet gevonden.');
  return { ...json, _expand: { informatieobjecttype: iotJson(ctx, request, type) } };
}
