/**
 * Reading the request bodies of the Documenten API with the standard's codes. Nothing is
 * written before a body passed.
 */
import type { DocumentInput, DocumentStatus, Integriteit, Ondertekening, VerzendingInput } from '../../documenten/index.js';
import { DOCUMENT_STATUSSEN, INTEGRITEIT_ALGORITMEN, ONDERTEKENING_SOORTEN } from '../../documenten/index.js';
import { VERTROUWELIJKHEID } from '../../../platform/auth/zgw.js';
import { Fields } from '../core/fields.js';

const EIO_FIELDS = [
  'identificatie', 'bronorganisatie', 'creatiedatum', 'titel', 'vertrouwelijkheidaanduiding', 'auteur', 'status', 'formaat', 'taal', 'bestandsnaam',
  'inhoud', 'bestandsomvang', 'link', 'beschrijving', 'ontvangstdatum', 'verzenddatum', 'indicatieGebruiksrecht', 'verschijningsvorm', 'ondertekening',
  'integriteit', 'informatieobjecttype', 'trefwoorden',
];
/** Read-only fields a client may send back (ignored). */
const EIO_READ_ONLY = ['url', 'versie', 'beginRegistratie', 'locked', 'bestandsdelen'];

export interface EioBody {
  input: Partial<DocumentInput>;
  /** Decoded `inhoud`: bytes, null (explicitly none) or undefined (not given). */
  content: Buffer | null | undefined;
  bestandsomvang: number | null | undefined;
  lock: string | undefined;
}

/**
 * An EnkelvoudigInformatieObject body: create (`mode: 'create'`), PUT (`'update'`, all required
 * fields and the lock) or PATCH (`'partial'`).
 */
export function readEio(body: unknown, slug: string, mode: 'create' | 'update' | 'partial'): EioBody {
  const f = new Fields(body, slug, { partial: mode === 'partial' });
  const input: Partial<DocumentInput> = {};
  const set = <K extends keyof DocumentInput>(key: K, value: DocumentInput[K] | null | undefined) => {
    if (value !== undefined && value !== null) input[key] = value as DocumentInput[K];
  };
  set('identificatie', f.string('identificatie', { max: 40, blank: true }) ?? undefined);
  set('bronorganisatie', f.string('bronorganisatie', { required: true, max: 9, blank: false }));
  set('creatiedatum', f.date('creatiedatum', { required: true }));
  set('titel', f.string('titel', { required: true, max: 200, blank: false }));
  const vertrouwelijkheid = f.choice('vertrouwelijkheidaanduiding', VERTROUWELIJKHEID, { blank: true });
  if (vertrouwelijkheid) input.vertrouwelijkheidaanduiding = vertrouwelijkheid;
  set('auteur', f.string('auteur', { required: true, max: 200, blank: false }));
  const status = f.choice('status', DOCUMENT_STATUSSEN.filter((s) => s !== '') as DocumentStatus[], { blank: true });
  if (status !== undefined && status !== null) input.status = status;
  set('formaat', f.string('formaat', { max: 255, blank: true }));
  const taal = f.string('taal', { required: true, max: 3, min: 3, blank: false });
  if (taal !== undefined && taal !== null && !/^[a-z]{3}$/.test(taal)) f.add('taal', 'invalid', 'Geef een taalcode van drie kleine letters (ISO 639-2/B), bijvoorbeeld dut.');
  else set('taal', taal);
  set('bestandsnaam', f.string('bestandsnaam', { max: 255, blank: true }));
  const link = f.url('link', { max: 200, blank: true });
  if (link !== undefined && link !== null) input.link = link;
  set('beschrijving', f.string('beschrijving', { max: 1000, blank: true }));
  const ontvangstdatum = f.date('ontvangstdatum', { nullable: true });
  if (ontvangstdatum !== undefined) input.ontvangstdatum = ontvangstdatum;
  const verzenddatum = f.date('verzenddatum', { nullable: true });
  if (verzenddatum !== undefined) input.verzenddatum = verzenddatum;
  const indicatie = f.boolean('indicatieGebruiksrecht', { nullable: true });
  if (indicatie !== undefined) input.indicatieGebruiksrecht = indicatie;
  set('verschijningsvorm', f.string('verschijningsvorm', { blank: true }));
  const ondertekening = readOndertekening(f);
  if (ondertekening !== undefined) input.ondertekening = ondertekening;
  const integriteit = readIntegriteit(f);
  if (integriteit !== undefined) input.integriteit = integriteit;
  const type = f.ref('informatieobjecttype', 'catalogi', 'informatieobjecttypen', { required: true });
  if (typeof type === 'string') input.informatieobjecttype = type;
  const trefwoorden = f.strings('trefwoorden');
  if (trefwoorden) input.trefwoorden = trefwoorden;
  const bestandsomvang = f.integer('bestandsomvang', { nullable: true, min: 0 });
  const content = readBase64(f, 'inhoud');
  let lock: string | undefined;
  if (mode !== 'create') lock = f.string('lock', { required: true, blank: false }) ?? undefined;
  // `lock` is read-only on create (ignored there).
  f.done([...EIO_FIELDS, ...EIO_READ_ONLY, 'lock']);
  return { input, content, bestandsomvang, lock };
}

/** base64 (optionally as a data URI); codes as Open Zaak: invalid-base64, incorrect-base64-padding. */
function readBase64(f: Fields, field: string): Buffer | null | undefined {
  if (!f.has(field)) return undefined;
  const raw = f.raw(field);
  if (raw === null) return null;
  if (typeof raw !== 'string') { f.add(field, 'invalid', 'Geef de inhoud als base64-gecodeerde tekst.'); return undefined; }
  const data = raw.startsWith('data:') ? raw.slice(raw.indexOf(',') + 1) : raw;
  const compact = data.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) { f.add(field, 'invalid-base64', 'De inhoud is geen geldige base64.'); return undefined; }
  if (compact.length % 4 !== 0) { f.add(field, 'incorrect-base64-padding', 'De base64-inhoud heeft een onjuiste opvulling (padding).'); return undefined; }
  return Buffer.from(compact, 'base64');
}

/** A gegevensgroep that is null, or all blank (as some clients send it), is none. */
function blankGroup(value: Record<string, unknown>): boolean {
  return Object.values(value).every((v) => v === '' || v === null);
}

function readOndertekening(f: Fields): Ondertekening | null | undefined {
  const raw = f.raw('ondertekening');
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && blankGroup(raw as Record<string, unknown>)) return null;
  const n = f.nested('ondertekening', { nullable: true });
  if (n === null) return null;
  if (!n) return undefined;
  const soort = n.choice('soort', ONDERTEKENING_SOORTEN, { required: true });
  const datum = n.date('datum', { required: true });
  n.unknown(['soort', 'datum']);
  f.absorb(n);
  return soort && datum ? { soort, datum } : undefined;
}

function readIntegriteit(f: Fields): Integriteit | null | undefined {
  const raw = f.raw('integriteit');
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && blankGroup(raw as Record<string, unknown>)) return null;
  const n = f.nested('integriteit', { nullable: true });
  if (n === null) return null;
  if (!n) return undefined;
  const algoritme = n.choice('algoritme', INTEGRITEIT_ALGORITMEN, { required: true });
  const waarde = n.string('waarde', { required: true, max: 128, blank: false });
  const datum = n.date('datum', { required: true });
  n.unknown(['algoritme', 'waarde', 'datum']);
  f.absorb(n);
  return algoritme && waarde && datum ? { algoritme, waarde, datum } : undefined;
}

const VERZENDING_FIELDS = [
  'betrokkene', 'informatieobject', 'aardRelatie', 'toelichting', 'ontvangstdatum', 'verzenddatum', 'contactPersoon', 'contactpersoonnaam',
  'binnenlandsCorrespondentieadres', 'buitenlandsCorrespondentieadres', 'correspondentiePostadres', 'faxnummer', 'emailadres', 'mijnOverheid', 'telefoonnummer', 'url',
];

/** A Verzending body (create/PUT, or PATCH with `partial`); `informatieobject` as its uuid. */
export function readVerzending(body: unknown, slug: string, partial: boolean): Partial<VerzendingInput> {
  const f = new Fields(body, slug, { partial });
  const out: Partial<VerzendingInput> = {};
  const betrokkene = f.url('betrokkene', { required: true, max: 200, blank: false });
  if (betrokkene) out.betrokkene = betrokkene;
  const informatieobject = f.ref('informatieobject', 'documenten', 'enkelvoudiginformatieobjecten', { required: true });
  if (informatieobject) out.informatieobject = informatieobject;
  const aard = f.choice('aardRelatie', ['afzender', 'geadresseerde'] as const, { required: true });
  if (aard) out.aardRelatie = aard;
  const toelichting = f.string('toelichting', { max: 200, blank: true });
  if (typeof toelichting === 'string') out.toelichting = toelichting;
  for (const name of ['ontvangstdatum', 'verzenddatum'] as const) {
    const value = f.date(name, { nullable: true });
    if (value !== undefined) out[name] = value;
  }
  const contactPersoon = f.url('contactPersoon', { required: true, max: 1000, blank: false });
  if (contactPersoon) out.contactPersoon = contactPersoon;
  const naam = f.string('contactpersoonnaam', { max: 40, blank: true });
  if (typeof naam === 'string') out.contactpersoonnaam = naam;
  const binnenlands = f.nested('binnenlandsCorrespondentieadres', { nullable: true });
  if (binnenlands === null) out.binnenlandsCorrespondentieadres = null;
  else if (binnenlands) {
    const adres: Record<string, unknown> = {};
    const huisletter = binnenlands.string('huisletter', { max: 1, blank: true });
    const huisnummer = binnenlands.integer('huisnummer', { required: true, min: 1, max: 99999 });
    const toevoeging = binnenlands.string('huisnummerToevoeging', { max: 4, blank: true });
    const straat = binnenlands.string('naamOpenbareRuimte', { required: true, max: 80, blank: false });
    const postcode = binnenlands.string('postcode', { max: 6, blank: true });
    const woonplaats = binnenlands.string('woonplaatsnaam', { required: true, max: 80, blank: false });
    binnenlands.unknown(['huisletter', 'huisnummer', 'huisnummerToevoeging', 'naamOpenbareRuimte', 'postcode', 'woonplaatsnaam']);
    f.absorb(binnenlands);
    Object.assign(adres, { huisletter: huisletter ?? '', huisnummer, huisnummerToevoeging: toevoeging ?? '', naamOpenbareRuimte: straat, postcode: postcode ?? '', woonplaatsnaam: woonplaats });
    out.binnenlandsCorrespondentieadres = adres;
  }
  const buitenlands = f.nested('buitenlandsCorrespondentieadres', { nullable: true });
  if (buitenlands === null) out.buitenlandsCorrespondentieadres = null;
  else if (buitenlands) {
    const a1 = buitenlands.string('adresBuitenland1', { required: true, max: 35, blank: false });
    const a2 = buitenlands.string('adresBuitenland2', { max: 35, blank: true });
    const a3 = buitenlands.string('adresBuitenland3', { max: 35, blank: true });
    const land = buitenlands.url('landPostadres', { required: true, max: 200, blank: false });
    buitenlands.unknown(['adresBuitenland1', 'adresBuitenland2', 'adresBuitenland3', 'landPostadres']);
    f.absorb(buitenlands);
    out.buitenlandsCorrespondentieadres = { adresBuitenland1: a1, adresBuitenland2: a2 ?? '', adresBuitenland3: a3 ?? '', landPostadres: land };
  }
  const postadres = f.nested('correspondentiePostadres', { nullable: true });
  if (postadres === null) out.correspondentiePostadres = null;
  else if (postadres) {
    const nummer = postadres.integer('postBusOfAntwoordnummer', { required: true, min: 1, max: 9999 });
    const postcode = postadres.string('postadresPostcode', { required: true, max: 6, blank: false });
    const type = postadres.choice('postadresType', ['antwoordnummer', 'postbusnummer'] as const, { required: true });
    const woonplaats = postadres.string('woonplaatsnaam', { required: true, max: 80, blank: false });
    postadres.unknown(['postBusOfAntwoordnummer', 'postadresPostcode', 'postadresType', 'woonplaatsnaam']);
    f.absorb(postadres);
    out.correspondentiePostadres = { postBusOfAntwoordnummer: nummer, postadresPostcode: postcode, postadresType: type, woonplaatsnaam: woonplaats };
  }
  for (const [name, max] of [['faxnummer', 15], ['emailadres', 100], ['telefoonnummer', 15]] as const) {
    const value = f.string(name, { max, nullable: true, blank: true });
    if (value !== undefined) out[name] = value === '' ? null : value;
  }
  if (typeof out.emailadres === 'string' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(out.emailadres)) f.add('emailadres', 'invalid', 'Voer een geldig e-mailadres in.');
  const mijnOverheid = f.boolean('mijnOverheid');
  if (typeof mijnOverheid === 'boolean') out.mijnOverheid = mijnOverheid;
  f.done(VERZENDING_FIELDS);
  return out;
}
