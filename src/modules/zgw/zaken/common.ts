/**
 * What every route of the Zaken API shares: the client's rights per zaak (zrc-006, zrc-007),
 * the CRS headers, ETag, and the representation of each resource (ids become URLs).
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { allowsObject, hasScope, typeFilter, type TypeFilter, type ZgwClient } from '../../../platform/auth/zgw.js';
import type { Actor } from '../../../platform/auth/access.js';
import type { Tx } from '../../../platform/db/database.js';
import { zakenService, type ZakenService } from '../../zaken/index.js';
import type { Klantcontact, Resultaat, Rol, Zaakeigenschap, Zaakinformatieobject, Zaakobject } from '../../zaken/index.js';
import type { RolRow, StatusRow, ZaakApiFacts, ZaakApiRow } from '../../zaken/index.js';
import { permissionDenied, ZgwError } from '../core/errors.js';
import type { ZgwContext } from '../core/plugin.js';

export const LEZEN = 'zaken.lezen';
export const BIJWERKEN = 'zaken.bijwerken';
export const GEFORCEERD = 'zaken.geforceerd-bijwerken';

export function clientOf(request: FastifyRequest): ZgwClient {
  const actor = request.actor;
  if (actor?.kind !== 'api-client' || !actor.zgw) throw permissionDenied();
  return actor.zgw;
}

export function actorOf(request: FastifyRequest): Actor {
  return request.actor!;
}

export function filterFor(request: FastifyRequest, scope: string): TypeFilter {
  return typeFilter(clientOf(request), scope, 'zrc');
}

/** May the client use one of these scopes on this zaak (its zaaktype and vertrouwelijkheidaanduiding)? */
export function allows(request: FastifyRequest, scopes: string[], zaak: Pick<ZaakApiFacts, 'zaaktype' | 'vertrouwelijkheidaanduiding'>): boolean {
  const client = clientOf(request);
  return scopes.some((scope) => hasScope(client, scope) && allowsObject(typeFilter(client, scope, 'zrc'), zaak.zaaktype, zaak.vertrouwelijkheidaanduiding));
}

export function requireAllowed(request: FastifyRequest, scopes: string[], zaak: Pick<ZaakApiFacts, 'zaaktype' | 'vertrouwelijkheidaanduiding'>): void {
  if (!allows(request, scopes, zaak)) throw permissionDenied();
}

/**
 * zrc-007: a change of the zaak or anything of it. Needs zaken.bijwerken (or the scopes the
 * operation names) for its zaaktype; once the zaak is closed only zaken.geforceerd-bijwerken.
 */
export function requireWrite(request: FastifyRequest, zaak: Pick<ZaakApiFacts, 'zaaktype' | 'vertrouwelijkheidaanduiding' | 'einddatum'>, scopes: string[] = [BIJWERKEN, GEFORCEERD]): void {
  if (zaak.einddatum) {
    if (!allows(request, [GEFORCEERD], zaak)) throw new ZgwError(403, 'permission_denied', 'De zaak is afgesloten; alleen met de scope zaken.geforceerd-bijwerken kan zij nog worden gewijzigd.');
    return;
  }
  requireAllowed(request, scopes, zaak);
}

/**
 * The Zaken API requires the CRS headers on zaken (with zaakgeometrie): 412 when missing, 406
 * when another CRS than EPSG:4326 is asked or sent.
 */
export function checkCrs(request: FastifyRequest, options: { content?: boolean } = {}): void {
  const accept = request.headers['accept-crs'];
  if (accept === undefined) throw new ZgwError(412, 'precondition_failed', "'Accept-Crs' header ontbreekt");
  if (String(accept).trim().toUpperCase() !== 'EPSG:4326') throw new ZgwError(406, 'not_acceptable', 'CRS-waarde niet ondersteund; gebruik EPSG:4326.');
  if (options.content) {
    const content = request.headers['content-crs'];
    if (content === undefined) throw new ZgwError(412, 'precondition_failed', "'Content-Crs' header ontbreekt");
    if (String(content).trim().toUpperCase() !== 'EPSG:4326') throw new ZgwError(406, 'not_acceptable', 'CRS-waarde niet ondersteund; gebruik EPSG:4326.');
  }
}

/** Sends one resource with its ETag; answers 304 when the client has it already. */
export function sendResource(request: FastifyRequest, reply: FastifyReply, body: unknown, status = 200): FastifyReply {
  const json = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(json).digest('hex').slice(0, 32)}"`;
  reply.header('ETag', etag);
  if (status === 200 && request.headers['if-none-match']?.split(',').map((s) => s.trim().replace(/^W\//, '')).includes(etag)) return reply.status(304).send();
  return reply.status(status).type('application/json').send(json);
}

export function service(ctx: ZgwContext): ZakenService {
  return zakenService(ctx.platform);
}

export function inTenant<T>(ctx: ZgwContext, request: FastifyRequest, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.platform.database.withTenant(ctx.tenantId(request), fn);
}

/** The page number of a list (defaults to 1). */
export const PAGE_SIZE = 100;

// ---------------------------------------------------------------------------------------------
// Representations
// ---------------------------------------------------------------------------------------------

const BETALING: Record<string, string> = {
  '': '', nvt: 'Er is geen sprake van te betalen, met de zaak gemoeide, kosten.', nog_niet: 'De met de zaak gemoeide kosten zijn (nog) niet betaald.',
  gedeeltelijk: 'De met de zaak gemoeide kosten zijn gedeeltelijk betaald.', geheel: 'De met de zaak gemoeide kosten zijn geheel betaald.',
};

export class Urls {
  constructor(private readonly ctx: ZgwContext, private readonly request: FastifyRequest) {}
  zaak = (id: string) => this.ctx.url(this.request, 'zaken', id);
  of = (resource: string, id: string) => this.ctx.url(this.request, resource, id);
  eigenschap = (zaak: string, id: string) => this.ctx.url(this.request, 'zaken', zaak, { sub: `zaakeigenschappen/${id}` });
  zaakbesluit = (zaak: string, id: string) => this.ctx.url(this.request, 'zaken', zaak, { sub: `besluiten/${id}` });
  catalogi = (resource: string, id: string) => this.ctx.url(this.request, resource, id, { api: 'catalogi' });
  document = (id: string) => this.ctx.url(this.request, 'enkelvoudiginformatieobjecten', id, { api: 'documenten' });
  besluit = (id: string) => this.ctx.url(this.request, 'besluiten', id, { api: 'besluiten' });
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function zaakView(u: Urls, z: ZaakApiRow): Record<string, unknown> {
  return {
    url: u.zaak(z.id), uuid: z.id, identificatie: z.identificatie, bronorganisatie: z.bronorganisatie, omschrijving: z.omschrijving, toelichting: z.toelichting,
    zaaktype: u.catalogi('zaaktypen', z.zaaktype), registratiedatum: z.registratiedatum, verantwoordelijkeOrganisatie: z.verantwoordelijkeOrganisatie,
    startdatum: z.startdatum, einddatum: z.einddatum, einddatumGepland: z.einddatumGepland, uiterlijkeEinddatumAfdoening: z.uiterlijkeEinddatumAfdoening,
    publicatiedatum: z.publicatiedatum, communicatiekanaal: z.communicatiekanaal, productenOfDiensten: z.productenOfDiensten,
    vertrouwelijkheidaanduiding: z.vertrouwelijkheidaanduiding, betalingsindicatie: z.betalingsindicatie, betalingsindicatieWeergave: BETALING[z.betalingsindicatie] ?? '',
    laatsteBetaaldatum: iso(z.laatsteBetaaldatum), zaakgeometrie: z.zaakgeometrie,
    verlenging: z.verlengingDuur ? { reden: z.verlengingReden ?? '', duur: z.verlengingDuur } : null,
    opschorting: { indicatie: z.opschortingIndicatie, reden: z.opschortingReden },
    selectielijstklasse: z.selectielijstklasse, hoofdzaak: z.hoofdzaak ? u.zaak(z.hoofdzaak) : null, deelzaken: z.deelzaken.map(u.zaak),
    relevanteAndereZaken: z.relevanteAndereZaken.map((r) => ({ url: r.zaak ? u.zaak(r.zaak) : r.url ?? '', aardRelatie: r.aardRelatie })),
    eigenschappen: z.eigenschappen.map((id) => u.eigenschap(z.id, id)), rollen: z.rollen.map((id) => u.of('rollen', id)),
    status: z.status ? u.of('statussen', z.status) : null, zaakinformatieobjecten: z.zaakinformatieobjecten.map((id) => u.of('zaakinformatieobjecten', id)),
    zaakobjecten: z.zaakobjecten.map((id) => u.of('zaakobjecten', id)), kenmerken: z.kenmerken, archiefnominatie: z.archiefnominatie, archiefstatus: z.archiefstatus,
    archiefactiedatum: z.archiefactiedatum, resultaat: z.resultaat ? u.of('resultaten', z.resultaat) : null, opdrachtgevendeOrganisatie: z.opdrachtgevendeOrganisatie,
    processobjectaard: z.processobjectaard, startdatumBewaartermijn: z.startdatumBewaartermijn, processobject: z.processobject,
  };
}

export function statusView(u: Urls, s: StatusRow): Record<string, unknown> {
  return {
    url: u.of('statussen', s.id), uuid: s.id, zaak: u.zaak(s.zaakId), statustype: u.catalogi('statustypen', s.statustype), datumStatusGezet: s.datumStatusGezet.toISOString(),
    statustoelichting: s.statustoelichting, indicatieLaatstGezetteStatus: s.laatst, gezetdoor: s.gezetdoor ? u.of('rollen', s.gezetdoor) : '',
    zaakinformatieobjecten: s.zaakinformatieobjecten.map((id) => u.of('zaakinformatieobjecten', id)),
  };
}

export function rolView(u: Urls, rol: Rol, row: Pick<RolRow, 'statussen'>): Record<string, unknown> {
  return {
    url: u.of('rollen', rol.id), uuid: rol.id, zaak: u.zaak(rol.zaak), betrokkene: rol.betrokkene, betrokkeneType: rol.betrokkeneType,
    afwijkendeNaamBetrokkene: rol.afwijkendeNaamBetrokkene, roltype: u.catalogi('roltypen', rol.roltype), omschrijving: rol.omschrijving,
    omschrijvingGeneriek: rol.omschrijvingGeneriek, roltoelichting: rol.roltoelichting, registratiedatum: rol.registratiedatum.toISOString(),
    indicatieMachtiging: rol.indicatieMachtiging, contactpersoonRol: rol.contactpersoonRol ? { emailadres: '', functie: '', telefoonnummer: '', ...rol.contactpersoonRol } : null,
    statussen: row.statussen.map((id) => u.of('statussen', id)), betrokkeneIdentificatie: rol.betrokkeneIdentificatie,
  };
}

export function resultaatView(u: Urls, r: Pick<Resultaat, 'id' | 'zaak' | 'resultaattype' | 'toelichting'>): Record<string, unknown> {
  return { url: u.of('resultaten', r.id), uuid: r.id, zaak: u.zaak(r.zaak), resultaattype: u.catalogi('resultaattypen', r.resultaattype), toelichting: r.toelichting };
}

export function zaakobjectView(u: Urls, o: Zaakobject): Record<string, unknown> {
  return {
    url: u.of('zaakobjecten', o.id), uuid: o.id, zaak: u.zaak(o.zaak), object: o.object, zaakobjecttype: o.zaakobjecttype, objectType: o.objectType,
    ...(o.objectTypeOverige ? { objectTypeOverige: o.objectTypeOverige } : {}), objectTypeOverigeDefinitie: o.objectTypeOverigeDefinitie, relatieomschrijving: o.relatieomschrijving,
    ...(o.objectIdentificatie ? { objectIdentificatie: o.objectIdentificatie } : {}),
  };
}

export function zioView(u: Urls, z: Zaakinformatieobject): Record<string, unknown> {
  return {
    url: u.of('zaakinformatieobjecten', z.id), uuid: z.id, informatieobject: u.document(z.informatieobject), zaak: u.zaak(z.zaak),
    aardRelatieWeergave: z.aardRelatieWeergave, titel: z.titel, beschrijving: z.beschrijving, registratiedatum: z.registratiedatum.toISOString(),
    vernietigingsdatum: iso(z.vernietigingsdatum), status: z.status ? u.of('statussen', z.status) : null,
  };
}

export function klantcontactView(u: Urls, k: Klantcontact): Record<string, unknown> {
  return {
    url: u.of('klantcontacten', k.id), uuid: k.id, zaak: u.zaak(k.zaak), identificatie: k.identificatie, datumtijd: k.datumtijd.toISOString(),
    kanaal: k.kanaal, onderwerp: k.onderwerp, toelichting: k.toelichting,
  };
}

export function eigenschapView(u: Urls, e: Zaakeigenschap): Record<string, unknown> {
  return { url: u.eigenschap(e.zaak, e.id), uuid: e.id, zaak: u.zaak(e.zaak), eigenschap: u.catalogi('eigenschappen', e.eigenschap), naam: e.naam, waarde: e.waarde };
}
