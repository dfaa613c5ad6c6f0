/**
 * The resources of the Catalogi API as the standard shows them, from the rows of
 * catalogi/queries.ts. Relations of a whole page are resolved with one query per kind; every
 * reference is an absolute URL in the form the client used.
 */
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../../platform/db/database.js';
import {
  besluittypeUsers, informatieobjecttypeUsers, referenceDate, resolveVersion, typeVersions, zaaktypeVersions,
  type BesluittypeRow, type CatalogusRow, type ChildContextRow, type InformatieobjecttypeRow, type ZaaktypeRow,
} from '../../catalogi/queries.js';
import { pickVersion } from '../../catalogi/service.js';
import type { ZgwContext } from '../core/plugin.js';

type Json = Record<string, unknown>;

export function urls(ctx: ZgwContext, request: FastifyRequest) {
  return (resource: string, id: string) => ctx.url(request, resource, id);
}

/** Leaves out optional fields that are empty where the standard wants a URL or e-mail address. */
function optional(value: string | null | undefined): string | undefined {
  return value ? value : undefined;
}

export function renderCatalogussen(ctx: ZgwContext, request: FastifyRequest, rows: CatalogusRow[]): Json[] {
  const u = urls(ctx, request);
  return rows.map((r) => ({
    url: u('catalogussen', r.id), domein: r.domein, rsin: r.rsin, contactpersoonBeheerNaam: r.contactpersoon_beheer_naam,
    contactpersoonBeheerTelefoonnummer: r.contactpersoon_beheer_telefoonnummer, contactpersoonBeheerEmailadres: optional(r.contactpersoon_beheer_emailadres),
    zaaktypen: r.zaaktypen.map((id) => u('zaaktypen', id)), besluittypen: r.besluittypen.map((id) => u('besluittypen', id)),
    informatieobjecttypen: r.informatieobjecttypen.map((id) => u('informatieobjecttypen', id)),
    naam: r.naam, versie: r.versie, begindatumVersie: r.begindatum_versie,
  }));
}

function geldigheid(r: { begin_geldigheid: string; einde_geldigheid: string | null; begin_object: string | null; einde_object: string | null }) {
  return { beginGeldigheid: r.begin_geldigheid, eindeGeldigheid: r.einde_geldigheid, beginObject: r.begin_object, eindeObject: r.einde_object };
}

export async function renderInformatieobjecttypen(ctx: ZgwContext, request: FastifyRequest, tx: Tx, rows: InformatieobjecttypeRow[]): Promise<Json[]> {
  const u = urls(ctx, request);
  const users = await informatieobjecttypeUsers(tx, rows.map((r) => ({ catalogus: r.catalogus_id, omschrijving: r.omschrijving })));
  return rows.map((r) => ({
    url: u('informatieobjecttypen', r.id), catalogus: u('catalogussen', r.catalogus_id), omschrijving: r.omschrijving,
    vertrouwelijkheidaanduiding: r.vertrouwelijkheidaanduiding, ...geldigheid(r), concept: r.concept,
    zaaktypen: users.zaaktypen.filter((z) => z.catalogus_id === r.catalogus_id && z.iot === r.omschrijving).map((z) => u('zaaktypen', z.id)),
    besluittypen: users.besluittypen.filter((b) => b.catalogus_id === r.catalogus_id && b.iot === r.omschrijving).map((b) => u('besluittypen', b.id)),
    informatieobjectcategorie: r.informatieobjectcategorie, trefwoord: r.trefwoord,
    ...(r.omschrijving_generiek ? { omschrijvingGeneriek: r.omschrijving_generiek } : {}),
  }));
}

export async function renderBesluittypen(ctx: ZgwContext, request: FastifyRequest, tx: Tx, rows: BesluittypeRow[]): Promise<Json[]> {
  const u = urls(ctx, request);
  const users = await besluittypeUsers(tx, rows.map((r) => ({ catalogus: r.catalogus_id, omschrijving: r.omschrijving })));
  const iots = await typeVersions(tx, 'catalogi_informatieobjecttypen', rows.map((r) => r.catalogus_id), rows.flatMap((r) => r.informatieobjecttypen));
  return rows.map((r) => {
    const date = referenceDate({ begin: r.begin_geldigheid, einde: r.einde_geldigheid });
    const resultaattypen = users.resultaattypen.filter((x) => x.catalogus_id === r.catalogus_id && x.besluittype === r.omschrijving);
    return {
      url: u('besluittypen', r.id), catalogus: u('catalogussen', r.catalogus_id),
      zaaktypen: users.zaaktypen.filter((z) => z.catalogus_id === r.catalogus_id && z.besluittype === r.omschrijving).map((z) => u('zaaktypen', z.id)),
      omschrijving: r.omschrijving, omschrijvingGeneriek: r.omschrijving_generiek, besluitcategorie: r.besluitcategorie, reactietermijn: r.reactietermijn,
      publicatieIndicatie: r.publicatie_indicatie, publicatietekst: r.publicatietekst, publicatietermijn: r.publicatietermijn, toelichting: r.toelichting,
      informatieobjecttypen: r.informatieobjecttypen.flatMap((o) => { const v = resolveVersion(iots, r.catalogus_id, o, date); return v ? [u('informatieobjecttypen', v.id)] : []; }),
      ...geldigheid(r), concept: r.concept,
      resultaattypen: resultaattypen.map((x) => u('resultaattypen', x.id)), resultaattypenOmschrijving: [...new Set(resultaattypen.map((x) => x.omschrijving))],
      vastgelegdIn: r.informatieobjecttypen,
    };
  });
}

/** Resolves zaaktype identificaties of a page to the URL of the version that applies. */
async function zaaktypeResolver(tx: Tx, pairs: { catalogus: string; identificatie: string }[]) {
  const versions = await zaaktypeVersions(tx, pairs.map((p) => p.catalogus), pairs.map((p) => p.identificatie));
  return (catalogus: string, identificatie: string, date: string) => pickVersion(
    versions.filter((v) => v.catalogus_id === catalogus && v.identificatie === identificatie).map((v) => ({ ...v, beginGeldigheid: v.begin_geldigheid, eindeGeldigheid: v.einde_geldigheid })),
    date,
  )?.id;
}

export async function renderZaaktypen(ctx: ZgwContext, request: FastifyRequest, tx: Tx, rows: ZaaktypeRow[]): Promise<Json[]> {
  const u = urls(ctx, request);
  const cats = rows.map((r) => r.catalogus_id);
  const besluit = await typeVersions(tx, 'catalogi_besluittypen', cats, rows.flatMap((r) => r.besluittypen));
  const iots = await typeVersions(tx, 'catalogi_informatieobjecttypen', cats, rows.flatMap((r) => r.ziot));
  const zaaktypeOf = await zaaktypeResolver(tx, rows.flatMap((r) => [...r.deelzaaktypen, ...r.gerelateerde_zaaktypen.map((g) => g.zaaktype)].map((identificatie) => ({ catalogus: r.catalogus_id, identificatie }))));
  return rows.map((r) => {
    const date = referenceDate({ begin: r.begin_geldigheid, einde: r.einde_geldigheid });
    const resolved = (versions: typeof besluit, names: string[], resource: string) => [...new Set(names)].flatMap((o) => {
      const v = resolveVersion(versions, r.catalogus_id, o, date);
      return v ? [u(resource, v.id)] : [];
    });
    const zaaktypeUrl = (identificatie: string) => {
      if (/^https?:\/\//.test(identificatie)) return identificatie;
      const id = zaaktypeOf(r.catalogus_id, identificatie, date);
      return id ? u('zaaktypen', id) : undefined;
    };
    return {
      url: u('zaaktypen', r.id), identificatie: r.identificatie, omschrijving: r.omschrijving, omschrijvingGeneriek: r.omschrijving_generiek,
      vertrouwelijkheidaanduiding: r.vertrouwelijkheidaanduiding, doel: r.doel, aanleiding: r.aanleiding, toelichting: r.toelichting,
      indicatieInternOfExtern: r.indicatie_intern_of_extern, handelingInitiator: r.handeling_initiator, onderwerp: r.onderwerp,
      handelingBehandelaar: r.handeling_behandelaar, doorlooptijd: r.doorlooptijd, servicenorm: r.servicenorm,
      opschortingEnAanhoudingMogelijk: r.opschorting_en_aanhouding_mogelijk, verlengingMogelijk: r.verlenging_mogelijk, verlengingstermijn: r.verlengingstermijn,
      trefwoorden: r.trefwoorden, publicatieIndicatie: r.publicatie_indicatie, publicatietekst: r.publicatietekst, verantwoordingsrelatie: r.verantwoordingsrelatie,
      productenOfDiensten: r.producten_of_diensten, selectielijstProcestype: optional(r.selectielijst_procestype),
      referentieproces: { naam: r.referentieproces?.naam ?? '', link: optional(r.referentieproces?.link) },
      verantwoordelijke: r.verantwoordelijke, zaakobjecttypen: r.zaakobjecttypen.map((id) => u('zaakobjecttypen', id)),
      ...(r.broncatalogus ? { broncatalogus: r.broncatalogus } : {}), ...(r.bronzaaktype ? { bronzaaktype: r.bronzaaktype } : {}),
      catalogus: u('catalogussen', r.catalogus_id),
      statustypen: r.statustypen.map((id) => u('statustypen', id)), resultaattypen: r.resultaattypen.map((id) => u('resultaattypen', id)),
      eigenschappen: r.eigenschappen.map((id) => u('eigenschappen', id)), informatieobjecttypen: resolved(iots, r.ziot, 'informatieobjecttypen'),
      roltypen: r.roltypen.map((id) => u('roltypen', id)), besluittypen: resolved(besluit, r.besluittypen, 'besluittypen'),
      deelzaaktypen: r.deelzaaktypen.flatMap((d) => { const x = zaaktypeUrl(d); return x ? [x] : []; }),
      gerelateerdeZaaktypen: r.gerelateerde_zaaktypen.flatMap((g) => {
        const x = zaaktypeUrl(g.zaaktype);
        return x ? [{ zaaktype: x, aardRelatie: g.aardRelatie, toelichting: g.toelichting ?? '' }] : [];
      }),
      beginGeldigheid: r.begin_geldigheid, eindeGeldigheid: r.einde_geldigheid, beginObject: r.begin_object, eindeObject: r.einde_object,
      versiedatum: r.versiedatum, concept: r.concept,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Children
// ---------------------------------------------------------------------------------------------

function childBase(u: ReturnType<typeof urls>, r: ChildContextRow) {
  return {
    zaaktype: u('zaaktypen', r.zaaktype_id), zaaktypeIdentificatie: r.zaaktype_identificatie, catalogus: u('catalogussen', r.catalogus_id),
    beginGeldigheid: r.begin_geldigheid, eindeGeldigheid: r.einde_geldigheid, beginObject: r.begin_object, eindeObject: r.einde_object,
  };
}

export interface StatustypeRow extends ChildContextRow {
  omschrijving: string; omschrijving_generiek: string; statustekst: string; volgnummer: number; informeren: boolean; doorlooptijd: string | null;
  toelichting: string | null; checklistitem_statustype: unknown[]; is_eindstatus: boolean; eigenschappen: string[];
}

export function renderStatustypen(ctx: ZgwContext, request: FastifyRequest, rows: StatustypeRow[]): Json[] {
  const u = urls(ctx, request);
  return rows.map((r) => ({
    url: u('statustypen', r.id), omschrijving: r.omschrijving, omschrijvingGeneriek: r.omschrijving_generiek, statustekst: r.statustekst, ...childBase(u, r),
    volgnummer: r.volgnummer, isEindstatus: r.is_eindstatus, informeren: r.informeren, doorlooptijd: r.doorlooptijd, toelichting: r.toelichting,
    checklistitemStatustype: r.checklistitem_statustype, eigenschappen: r.eigenschappen.map((id) => u('eigenschappen', id)),
  }));
}

export interface ResultaattypeRow extends ChildContextRow {
  omschrijving: string; resultaattypeomschrijving: string; omschrijving_generiek: string; selectielijstklasse: string; toelichting: string;
  archiefnominatie: string; archiefactietermijn: string | null; brondatum_archiefprocedure: Record<string, unknown> | null; procesobjectaard: string | null;
  indicatie_specifiek: boolean | null; procestermijn: string | null; besluittypen: string[]; informatieobjecttypen: string[];
}

export async function renderResultaattypen(ctx: ZgwContext, request: FastifyRequest, tx: Tx, rows: ResultaattypeRow[]): Promise<Json[]> {
  const u = urls(ctx, request);
  const cats = rows.map((r) => r.catalogus_id);
  const besluit = await typeVersions(tx, 'catalogi_besluittypen', cats, rows.flatMap((r) => r.besluittypen));
  const iots = await typeVersions(tx, 'catalogi_informatieobjecttypen', cats, rows.flatMap((r) => r.informatieobjecttypen));
  return rows.map((r) => {
    const date = referenceDate({ begin: r.begin_geldigheid, einde: r.einde_geldigheid });
    const resolved = (versions: typeof besluit, names: string[], resource: string) => names.flatMap((o) => {
      const v = resolveVersion(versions, r.catalogus_id, o, date);
      return v ? [u(resource, v.id)] : [];
    });
    const b = r.brondatum_archiefprocedure;
    return {
      url: u('resultaattypen', r.id), ...childBase(u, r), omschrijving: r.omschrijving, resultaattypeomschrijving: r.resultaattypeomschrijving,
      omschrijvingGeneriek: r.omschrijving_generiek, selectielijstklasse: r.selectielijstklasse, toelichting: r.toelichting, archiefnominatie: r.archiefnominatie,
      archiefactietermijn: r.archiefactietermijn,
      ...(b ? { brondatumArchiefprocedure: { afleidingswijze: b.afleidingswijze, datumkenmerk: b.datumkenmerk ?? '', einddatumBekend: b.einddatumBekend ?? false, objecttype: b.objecttype ?? '', registratie: b.registratie ?? '', procestermijn: b.procestermijn ?? null } } : {}),
      procesobjectaard: r.procesobjectaard, indicatieSpecifiek: r.indicatie_specifiek, procestermijn: r.procestermijn,
      besluittypen: resolved(besluit, r.besluittypen, 'besluittypen'), besluittypeOmschrijving: r.besluittypen,
      informatieobjecttypen: resolved(iots, r.informatieobjecttypen, 'informatieobjecttypen'), informatieobjecttypeOmschrijving: r.informatieobjecttypen,
    };
  });
}

export interface RoltypeRow extends ChildContextRow { omschrijving: string; omschrijving_generiek: string }

export function renderRoltypen(ctx: ZgwContext, request: FastifyRequest, rows: RoltypeRow[]): Json[] {
  const u = urls(ctx, request);
  return rows.map((r) => ({ url: u('roltypen', r.id), ...childBase(u, r), omschrijving: r.omschrijving, omschrijvingGeneriek: r.omschrijving_generiek }));
}

export interface EigenschapRow extends ChildContextRow {
  naam: string; definitie: string; specificatie: { groep?: string; formaat: string; lengte: string; kardinaliteit: string; waardenverzameling?: string[] };
  toelichting: string; statustype_id: string | null;
}

export function renderEigenschappen(ctx: ZgwContext, request: FastifyRequest, rows: EigenschapRow[]): Json[] {
  const u = urls(ctx, request);
  return rows.map((r) => ({
    url: u('eigenschappen', r.id), naam: r.naam, definitie: r.definitie,
    specificatie: { groep: r.specificatie.groep ?? '', formaat: r.specificatie.formaat, lengte: r.specificatie.lengte, kardinaliteit: r.specificatie.kardinaliteit, waardenverzameling: r.specificatie.waardenverzameling ?? [] },
    toelichting: r.toelichting, ...childBase(u, r), statustype: r.statustype_id ? u('statustypen', r.statustype_id) : null,
  }));
}

export interface ZiotRow extends ChildContextRow { informatieobjecttype: string; volgnummer: number; richting: string; statustype_id: string | null }

export function renderZiot(ctx: ZgwContext, request: FastifyRequest, rows: ZiotRow[]): Json[] {
  const u = urls(ctx, request);
  return rows.map((r) => ({
    url: u('zaaktype-informatieobjecttypen', r.id), zaaktype: u('zaaktypen', r.zaaktype_id), zaaktypeIdentificatie: r.zaaktype_identificatie,
    catalogus: u('catalogussen', r.catalogus_id), informatieobjecttype: r.informatieobjecttype, volgnummer: r.volgnummer, richting: r.richting,
    statustype: r.statustype_id ? u('statustypen', r.statustype_id) : null,
  }));
}

export interface ZaakobjecttypeRow extends ChildContextRow { ander_objecttype: boolean; objecttype: string; relatie_omschrijving: string }

export function renderZaakobjecttypen(ctx: ZgwContext, request: FastifyRequest, rows: ZaakobjecttypeRow[]): Json[] {
  const u = urls(ctx, request);
  return rows.map((r) => ({
    url: u('zaakobjecttypen', r.id), anderObjecttype: r.ander_objecttype, ...childBase(u, r), objecttype: r.objecttype,
    relatieOmschrijving: r.relatie_omschrijving, resultaattypen: [], statustypen: [],
  }));
}
