/** Reading a Zaak (POST, PUT, PATCH) and the zaken filters (GET /zaken, POST /zaken/_zoek) of the Zaken API. */
import type { FastifyRequest } from 'fastify';
import type { ApiZaakFilter, RolFilter, ZakenService, ZaakApiChanges } from '../../zaken/index.js';
import { ZAAKOBJECT_TYPEN } from '../../zaken/index.js';
import { Fields } from '../core/fields.js';
import { Query } from '../core/lists.js';
import { parseResourceUrl } from '../core/urls.js';

export const VERTROUWELIJKHEID = ['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'] as const;
const BETALING = ['', 'nvt', 'nog_niet', 'gedeeltelijk', 'geheel'] as const;
const ARCHIEFNOMINATIE = ['blijvend_bewaren', 'vernietigen'] as const;
const ARCHIEFSTATUS = ['nog_te_archiveren', 'gearchiveerd', 'gearchiveerd_procestermijn_onbekend', 'overgedragen'] as const;
const AARD = ['vervolg', 'onderwerp', 'bijdrage'] as const;
export const BETROKKENE_TYPEN = ['natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging', 'organisatorische_eenheid', 'medewerker'] as const;
export const OMSCHRIJVING_GENERIEK = ['adviseur', 'behandelaar', 'belanghebbende', 'beslisser', 'initiator', 'klantcontacter', 'zaakcoordinator', 'mede_initiator'] as const;
export { ZAAKOBJECT_TYPEN };

export const ZAAK_FIELDS = [
  'url', 'uuid', 'identificatie', 'bronorganisatie', 'omschrijving', 'toelichting', 'zaaktype', 'registratiedatum', 'verantwoordelijkeOrganisatie', 'startdatum',
  'einddatum', 'einddatumGepland', 'uiterlijkeEinddatumAfdoening', 'publicatiedatum', 'communicatiekanaal', 'productenOfDiensten', 'vertrouwelijkheidaanduiding',
  'betalingsindicatie', 'betalingsindicatieWeergave', 'laatsteBetaaldatum', 'zaakgeometrie', 'verlenging', 'opschorting', 'selectielijstklasse', 'hoofdzaak',
  'deelzaken', 'relevanteAndereZaken', 'eigenschappen', 'rollen', 'status', 'zaakinformatieobjecten', 'zaakobjecten', 'kenmerken', 'archiefnominatie',
  'archiefstatus', 'archiefactiedatum', 'resultaat', 'opdrachtgevendeOrganisatie', 'processobjectaard', 'startdatumBewaartermijn', 'processobject', '_expand',
] as const;

export interface ZaakBody extends ZaakApiChanges {
  /** The relevante andere zaken as ids here. */
  relevanteAndereZaken?: { zaak: string; aardRelatie: 'vervolg' | 'onderwerp' | 'bijdrage' }[];
}

/** Reads a zaak body; `partial` for PATCH. Unknown fields are refused. */
export function readZaak(body: unknown, slug: string, partial: boolean): ZaakBody {
  const f = new Fields(body, slug, { partial });
  const out: ZaakBody = {};
  const set = <K extends keyof ZaakBody>(key: K, value: ZaakBody[K] | undefined) => { if (value !== undefined) out[key] = value; };
  set('identificatie', f.string('identificatie', { max: 40 }) ?? undefined);
  set('bronorganisatie', f.string('bronorganisatie', { required: true, max: 9, blank: false }) ?? undefined);
  set('omschrijving', f.string('omschrijving', { max: 80 }) ?? undefined);
  set('toelichting', f.string('toelichting', { max: 1000 }) ?? undefined);
  set('zaaktype', f.ref('zaaktype', 'catalogi', 'zaaktypen', { required: true }) ?? undefined);
  set('registratiedatum', f.date('registratiedatum') ?? undefined);
  set('verantwoordelijkeOrganisatie', f.string('verantwoordelijkeOrganisatie', { required: true, max: 9, blank: false }) ?? undefined);
  set('startdatum', f.date('startdatum', { required: true }) ?? undefined);
  set('einddatumGepland', f.date('einddatumGepland', { nullable: true }));
  set('uiterlijkeEinddatumAfdoening', f.date('uiterlijkeEinddatumAfdoening', { nullable: true }));
  set('publicatiedatum', f.date('publicatiedatum', { nullable: true }));
  set('communicatiekanaal', f.url('communicatiekanaal', { blank: true }) ?? undefined);
  const producten = f.strings('productenOfDiensten', { max: 1000 });
  if (producten) {
    for (const [i, p] of producten.entries()) if (!/^https?:\/\/\S+$/.test(p)) f.add(`productenOfDiensten.${i}`, 'invalid', 'Voer een geldige URL in.');
    out.productenOfDiensten = producten;
  }
  set('vertrouwelijkheidaanduiding', f.choice('vertrouwelijkheidaanduiding', VERTROUWELIJKHEID) ?? undefined);
  set('betalingsindicatie', f.choice('betalingsindicatie', BETALING, { blank: true }) ?? undefined);
  set('laatsteBetaaldatum', f.dateTime('laatsteBetaaldatum', { nullable: true }));
  const geometrie = f.object('zaakgeometrie', { nullable: true });
  if (geometrie !== undefined) out.zaakgeometrie = geometrie as ZaakBody['zaakgeometrie'];
  // zrc-012: a gegevensgroep that is given is checked whole, also in a PATCH.
  const verlengingValue = f.object('verlenging', { nullable: true });
  const verlenging = verlengingValue === null ? null : verlengingValue ? new Fields(verlengingValue, slug, { prefix: 'verlenging' }) : undefined;
  if (verlenging === null) out.verlenging = null;
  else if (verlenging) {
    const reden = verlenging.string('reden', { required: true, max: 200 });
    const duur = verlenging.string('duur', { required: true, max: 50 });
    if (duur !== undefined && duur !== null && !/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(duur)) verlenging.add('duur', 'invalid', 'Ongeldige duur (ISO 8601, bijvoorbeeld P14D).');
    verlenging.unknown(['reden', 'duur']);
    f.absorb(verlenging);
    if (typeof reden === 'string' && typeof duur === 'string') out.verlenging = { reden, duur };
  }
  // zrc-012: a gegevensgroep that is given is checked whole, also in a PATCH.
  const opschortingValue = f.object('opschorting', { nullable: true });
  const opschorting = opschortingValue === null ? null : opschortingValue ? new Fields(opschortingValue, slug, { prefix: 'opschorting' }) : undefined;
  if (opschorting === null) out.opschorting = null;
  else if (opschorting) {
    const indicatie = opschorting.boolean('indicatie', { required: true });
    const reden = opschorting.string('reden', { required: true, max: 200, blank: true });
    opschorting.unknown(['indicatie', 'reden']);
    f.absorb(opschorting);
    if (typeof indicatie === 'boolean') out.opschorting = { indicatie, reden: reden ?? '' };
  }
  set('selectielijstklasse', f.url('selectielijstklasse', { blank: true }) ?? undefined);
  set('hoofdzaak', f.ref('hoofdzaak', 'zaken', 'zaken', { nullable: true }));
  const relevante = f.array('relevanteAndereZaken');
  if (relevante) {
    const list: NonNullable<ZaakBody['relevanteAndereZaken']> = [];
    for (const [i, item] of relevante.entries()) {
      const r = new Fields(item, slug, { prefix: `relevanteAndereZaken.${i}` });
      const aard = r.choice('aardRelatie', AARD, { required: true });
      let zaak: string | undefined;
      if (!r.has('url')) r.add('url', 'required', 'Dit veld is vereist.');
      else {
        // zrc-011: the URL must lead to an existing zaak; only zaken of this municipality can be checked.
        const parsed = parseResourceUrl(slug, r.raw('url'), 'zaken', 'zaken');
        if (!parsed.ok) r.add('url', parsed.code, parsed.reason);
        else zaak = parsed.id;
      }
      r.unknown(['url', 'aardRelatie']);
      f.absorb(r);
      if (zaak && aard) list.push({ zaak, aardRelatie: aard });
    }
    out.relevanteAndereZaken = list;
  }
  const kenmerken = f.array('kenmerken');
  if (kenmerken) {
    const list: { kenmerk: string; bron: string }[] = [];
    for (const [i, item] of kenmerken.entries()) {
      const k = new Fields(item, slug, { prefix: `kenmerken.${i}` });
      const kenmerk = k.string('kenmerk', { required: true, max: 40 });
      const bron = k.string('bron', { required: true, max: 40 });
      k.unknown(['kenmerk', 'bron']);
      f.absorb(k);
      if (typeof kenmerk === 'string' && typeof bron === 'string') list.push({ kenmerk, bron });
    }
    out.kenmerken = list;
  }
  const nominatie = f.choice('archiefnominatie', ARCHIEFNOMINATIE, { nullable: true, blank: true });
  if (nominatie !== undefined) out.archiefnominatie = nominatie || null;
  set('archiefstatus', f.choice('archiefstatus', ARCHIEFSTATUS) ?? undefined);
  set('archiefactiedatum', f.date('archiefactiedatum', { nullable: true }));
  set('opdrachtgevendeOrganisatie', f.string('opdrachtgevendeOrganisatie', { max: 9 }) ?? undefined);
  set('processobjectaard', f.string('processobjectaard', { nullable: true, max: 200 }));
  set('startdatumBewaartermijn', f.date('startdatumBewaartermijn', { nullable: true }));
  // zrc-012: a gegevensgroep that is given is checked whole, also in a PATCH.
  const processobjectValue = f.object('processobject', { nullable: true });
  const processobject = processobjectValue === null ? null : processobjectValue ? new Fields(processobjectValue, slug, { prefix: 'processobject' }) : undefined;
  if (processobject === null) out.processobject = null;
  else if (processobject) {
    const p = Object.fromEntries((['datumkenmerk', 'identificatie', 'objecttype', 'registratie'] as const).map((k) => [k, processobject.string(k, { required: true, max: 250 })]));
    processobject.unknown(['datumkenmerk', 'identificatie', 'objecttype', 'registratie']);
    f.absorb(processobject);
    if (Object.values(p).every((v) => typeof v === 'string')) out.processobject = p as unknown as ZaakBody['processobject'];
  }
  f.done(ZAAK_FIELDS);
  return out;
}

/** The zaken filters, from the query string (GET /zaken) or the body (POST /zaken/_zoek). */
export const ZAAK_FILTERS = [
  'identificatie', 'bronorganisatie', 'bronorganisatie__in', 'zaaktype', 'archiefnominatie', 'archiefnominatie__in', 'archiefactiedatum', 'archiefactiedatum__isnull',
  'archiefactiedatum__lt', 'archiefactiedatum__gt', 'archiefstatus', 'archiefstatus__in', 'startdatum', 'startdatum__gt', 'startdatum__gte', 'startdatum__lt',
  'startdatum__lte', 'registratiedatum', 'registratiedatum__gt', 'registratiedatum__lt', 'einddatum', 'einddatum__isnull', 'einddatum__gt', 'einddatum__lt',
  'einddatumGepland', 'einddatumGepland__gt', 'einddatumGepland__lt', 'uiterlijkeEinddatumAfdoening', 'uiterlijkeEinddatumAfdoening__gt',
  'uiterlijkeEinddatumAfdoening__lt', 'rol__betrokkeneType', 'rol__betrokkene', 'rol__omschrijvingGeneriek', 'maximaleVertrouwelijkheidaanduiding',
  'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn', 'rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie',
  'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer', 'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId',
  'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie', 'rol__betrokkeneIdentificatie__vestiging__vestigingsNummer',
  'rol__betrokkeneIdentificatie__medewerker__identificatie', 'rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie', 'expand', 'ordering',
] as const;

export const ZAAK_ORDERING = ['startdatum', 'einddatum', 'publicatiedatum', 'archiefactiedatum', 'registratiedatum', 'identificatie'].flatMap((o) => [o, `-${o}`]);

/**
 * Reads the filters through a Query (a body of _zoek is turned into strings first, lists joined
 * with commas). Returns the filter and the expand list.
 */
export function readZaakFilter(q: Query, service: ZakenService): { filter: ApiZaakFilter; expand: string[] } {
  const filter: ApiZaakFilter = {};
  const identificatie = q.string('identificatie', { max: 40 });
  if (identificatie !== undefined) filter.identificatie = identificatie;
  const bron = [q.string('bronorganisatie'), ...(q.list('bronorganisatie__in') ?? [])].filter((v): v is string => v !== undefined);
  if (q.string('bronorganisatie') !== undefined || q.list('bronorganisatie__in') !== undefined) filter.bronorganisatie = bron;
  const zaaktype = q.ref('zaaktype', 'catalogi', 'zaaktypen');
  if (zaaktype !== undefined) filter.zaaktype = zaaktype ? [zaaktype] : [];
  const nominatie = q.choice('archiefnominatie', ARCHIEFNOMINATIE);
  const nominatieIn = q.list('archiefnominatie__in');
  if (nominatie !== undefined || nominatieIn !== undefined) filter.archiefnominatie = [...(nominatie ? [nominatie] : []), ...(nominatieIn ?? [])];
  const status = q.choice('archiefstatus', ARCHIEFSTATUS);
  const statusIn = q.list('archiefstatus__in');
  if (status !== undefined || statusIn !== undefined) filter.archiefstatus = [...(status ? [status] : []), ...(statusIn ?? [])];
  const dates: NonNullable<ApiZaakFilter['dates']> = [];
  for (const field of ['archiefactiedatum', 'startdatum', 'registratiedatum', 'einddatum', 'einddatumGepland', 'uiterlijkeEinddatumAfdoening'] as const) {
    for (const op of ['eq', 'gt', 'gte', 'lt', 'lte', 'isnull'] as const) {
      const name = op === 'eq' ? field : `${field}__${op}`;
      if (!(ZAAK_FILTERS as readonly string[]).includes(name)) continue;
      const value = op === 'isnull' ? q.boolean(name) : q.date(name);
      if (value !== undefined) dates.push({ field, op, value });
    }
  }
  if (dates.length) filter.dates = dates;
  const rol: RolFilter = {};
  const keys = service.lookupKeys();
  const type = q.choice('rol__betrokkeneType', BETROKKENE_TYPEN);
  if (type !== undefined) rol.betrokkeneType = type;
  const betrokkene = q.string('rol__betrokkene', { max: 1000 });
  if (betrokkene !== undefined) rol.betrokkene = betrokkene;
  const generiek = q.choice('rol__omschrijvingGeneriek', OMSCHRIJVING_GENERIEK);
  if (generiek !== undefined) rol.omschrijvingGeneriek = generiek;
  const p = 'rol__betrokkeneIdentificatie__';
  const bsn = q.string(`${p}natuurlijkPersoon__inpBsn`, { max: 9 });
  if (bsn !== undefined) rol.inpBsnLookup = keys.bsn(bsn);
  const anp = q.string(`${p}natuurlijkPersoon__anpIdentificatie`, { max: 17 });
  if (anp !== undefined) rol.anpLookup = keys.np('anp', anp);
  const anr = q.string(`${p}natuurlijkPersoon__inpA_nummer`, { max: 10 });
  if (anr !== undefined) rol.anrLookup = keys.np('anr', anr);
  const nnp = q.string(`${p}nietNatuurlijkPersoon__innNnpId`, { max: 9 });
  if (nnp !== undefined) rol.innNnpId = nnp;
  const ann = q.string(`${p}nietNatuurlijkPersoon__annIdentificatie`, { max: 17 });
  if (ann !== undefined) rol.annIdentificatie = ann;
  const vestiging = q.string(`${p}vestiging__vestigingsNummer`, { max: 24 });
  if (vestiging !== undefined) rol.vestigingsNummer = vestiging;
  const medewerker = q.string(`${p}medewerker__identificatie`, { max: 64 });
  if (medewerker !== undefined) rol.medewerker = medewerker;
  const eenheid = q.string(`${p}organisatorischeEenheid__identificatie`, { max: 24 });
  if (eenheid !== undefined) rol.organisatorischeEenheid = eenheid;
  // Each rol filter on its own (as Open Zaak's filters: another rol may match another filter).
  filter.rol = Object.entries(rol).map(([k, v]) => ({ [k]: v }) as RolFilter);
  const max = q.choice('maximaleVertrouwelijkheidaanduiding', VERTROUWELIJKHEID);
  if (max !== undefined) filter.maximaleVertrouwelijkheidaanduiding = max;
  const ordering = q.choice('ordering', ZAAK_ORDERING);
  if (ordering !== undefined) filter.ordering = ordering;
  const expand = q.list('expand') ?? [];
  return { filter, expand };
}

/** A _zoek body as a query: values as strings, lists joined with commas (read by the same Query). */
export function bodyAsQuery(request: FastifyRequest, body: Record<string, unknown>): FastifyRequest {
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === 'zaakgeometrie' || k === 'uuid__in' || k === 'zaaktype__in') continue;
    if (v === null || v === undefined) continue;
    query[k] = Array.isArray(v) ? v.map(String).join(',') : typeof v === 'object' ? '[object]' : String(v);
  }
  return { ...request, query, url: request.url } as unknown as FastifyRequest;
}
