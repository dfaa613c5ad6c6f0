/**
 * The `fields` parameter of the BRP Personen API: which field paths exist for a `Persoon`, how a
 * list of paths is checked, and how a person is cut down to the requested fields. The embedded
 * provider serves with it; the client checks its own requests with it before a BSN leaves the
 * building. The rules are the spec's and its feature files' (developer.rvig.nl "fields"):
 *
 * - a path names a field with its parents, dot-separated ("naam.voornamen", "partners.naam");
 *   a group gives everything under it, a path inside a collection applies to every item;
 * - asking for any part of a date (`Datum`) or a table value (`Waardetabel`) gives all of it;
 * - the automatically delivered fields (inOnderzoek, geheimhoudingPersoonsgegevens,
 *   opschortingBijhouding, rni, verificatie) may not be asked for: 400;
 * - a requested field without a value is left out; a polymorphic object keeps its `type`;
 * - `verblijfplaatsBinnenland.…` is the alias for consumers without rights to foreign addresses.
 */
import type { BrpInvalidParam, Persoon } from './brp-types.js';

type FieldNode =
  | { kind: 'leaf' }
  /** A Waardetabel: asking for code or omschrijving gives both. */
  | { kind: 'tabel' }
  /** An AbstractDatum: asking for any part gives the whole date. */
  | { kind: 'datum' }
  /** `whole`: any path inside it selects the whole group (gezag relations are not split). */
  | { kind: 'group'; children: Record<string, FieldNode>; whole?: boolean };

const leaf: FieldNode = { kind: 'leaf' };
const tabel: FieldNode = { kind: 'tabel' };
const datum: FieldNode = { kind: 'datum' };
const group = (children: Record<string, FieldNode>, whole = false): FieldNode => ({ kind: 'group', children, whole });

const TABEL_PARTS = new Set(['code', 'omschrijving', 'soort']);
const DATUM_PARTS = new Set(['type', 'datum', 'jaar', 'maand', 'onbekend', 'langFormaat']);

const naamGerelateerde = { voornamen: leaf, adellijkeTitelPredicaat: tabel, voorvoegsel: leaf, geslachtsnaam: leaf, voorletters: leaf };
const geboorte = group({ datum, land: tabel, plaats: tabel });
const gezagPersoon = group({ burgerservicenummer: leaf, naam: group({ volledigeNaam: leaf }) });

/** Every field of the spec's `Persoon` (the response of RaadpleegMetBurgerservicenummer). */
const PERSOON = group({
  aNummer: leaf,
  burgerservicenummer: leaf,
  datumEersteInschrijvingGBA: datum,
  geslacht: tabel,
  uitsluitingKiesrecht: group({ uitgeslotenVanKiesrecht: leaf, einddatum: datum }),
  europeesKiesrecht: group({ aanduiding: tabel, einddatumUitsluiting: datum }),
  leeftijd: leaf,
  naam: group({ ...naamGerelateerde, volledigeNaam: leaf, aanduidingNaamgebruik: tabel }),
  nationaliteiten: group({ type: leaf, nationaliteit: tabel, redenOpname: tabel, datumIngangGeldigheid: datum }),
  geboorte,
  overlijden: group({ datum, land: tabel, plaats: tabel }),
  // The union of Adres, VerblijfplaatsBuitenland, VerblijfplaatsOnbekend and Locatie.
  verblijfplaats: group({
    type: leaf, datumVan: datum, datumIngangGeldigheid: datum, functieAdres: tabel,
    adresseerbaarObjectIdentificatie: leaf, nummeraanduidingIdentificatie: leaf, indicatieVastgesteldVerblijftNietOpAdres: leaf,
    verblijfadres: group({
      officieleStraatnaam: leaf, korteStraatnaam: leaf, huisnummer: leaf, huisletter: leaf, huisnummertoevoeging: leaf,
      aanduidingBijHuisnummer: tabel, postcode: leaf, woonplaats: leaf,
      regel1: leaf, regel2: leaf, regel3: leaf, land: tabel, locatiebeschrijving: leaf,
    }),
  }),
  immigratie: group({ landVanwaarIngeschreven: tabel, datumVestigingInNederland: datum, vanuitVerblijfplaatsOnbekend: leaf, indicatieVestigingVanuitBuitenland: leaf }),
  gemeenteVanInschrijving: tabel,
  datumInschrijvingInGemeente: datum,
  adressering: group({
    aanhef: leaf, aanschrijfwijze: group({ naam: leaf, aanspreekvorm: leaf }), gebruikInLopendeTekst: leaf,
    adresregel1: leaf, adresregel2: leaf, adresregel3: leaf, land: tabel, indicatieVastgesteldVerblijftNietOpAdres: leaf,
  }),
  indicatieCurateleRegister: leaf,
  indicatieGezagMinderjarige: tabel,
  gezag: group({
    type: leaf, toelichting: leaf,
    minderjarige: group({ burgerservicenummer: leaf, naam: group({ volledigeNaam: leaf }), leeftijd: leaf }),
    ouders: gezagPersoon, ouder: gezagPersoon,
    derde: group({ type: leaf, burgerservicenummer: leaf, naam: group({ volledigeNaam: leaf }) }),
    derden: group({ type: leaf, burgerservicenummer: leaf, naam: group({ volledigeNaam: leaf }) }),
  }, true),
  verblijfstitel: group({ aanduiding: tabel, datumEinde: datum, datumIngang: datum }),
  kinderen: group({ burgerservicenummer: leaf, naam: group(naamGerelateerde), geboorte }),
  ouders: group({
    burgerservicenummer: leaf, geslacht: tabel, ouderAanduiding: leaf, datumIngangFamilierechtelijkeBetrekking: datum,
    naam: group(naamGerelateerde), geboorte,
  }),
  partners: group({
    burgerservicenummer: leaf, geslacht: tabel, soortVerbintenis: tabel, naam: group(naamGerelateerde), geboorte,
    aangaanHuwelijkPartnerschap: group({ datum, land: tabel, plaats: tabel }),
    ontbindingHuwelijkPartnerschap: group({ datum }),
  }),
});

/** Delivered unasked when they apply; asking for them is an error. */
const AUTOMATIC = new Set(['geheimhoudingPersoonsgegevens', 'opschortingBijhouding', 'rni', 'verificatie', 'inOnderzoek']);

export const FIELD_PATTERN = /^[a-zA-Z0-9._]{1,200}$/;
export const MAX_FIELDS = 130;

/** A checked field path: the path to select, and whether it came through the binnenland alias. */
export interface FieldSelection {
  path: string[];
  binnenlandOnly: boolean;
}

export type FieldCheck = FieldSelection | 'pattern' | 'unknown' | 'automatic';

/** Checks one path against the spec and returns what it selects. */
export function resolveField(field: string): FieldCheck {
  if (!FIELD_PATTERN.test(field)) return 'pattern';
  const segments = field.split('.');
  if (segments.some((s) => s === '')) return 'unknown';
  if (segments.some((s) => AUTOMATIC.has(s))) return 'automatic';
  const binnenlandOnly = segments[0] === 'verblijfplaatsBinnenland';
  if (binnenlandOnly) segments[0] = 'verblijfplaats';

  let node: FieldNode = PERSOON;
  let selected = 0;
  let wholeAt: number | undefined;
  for (const segment of segments) {
    if (node.kind === 'group') {
      const child: FieldNode | undefined = Object.hasOwn(node.children, segment) ? node.children[segment] : undefined;
      if (!child) return 'unknown';
      if (child.kind === 'group' && child.whole && wholeAt === undefined) wholeAt = selected + 1;
      node = child;
      selected++;
    } else if (node.kind === 'tabel' || node.kind === 'datum') {
      // A part of a table value or date: valid, and it selects the whole value.
      if (!(node.kind === 'tabel' ? TABEL_PARTS : DATUM_PARTS).has(segment)) return 'unknown';
      node = leaf;
      wholeAt ??= selected;
    } else {
      return 'unknown';
    }
  }
  return { path: segments.slice(0, wholeAt ?? selected), binnenlandOnly };
}

/** The spec's invalidParams for a list of field paths; empty when all are valid. */
export function checkFields(fields: readonly string[]): BrpInvalidParam[] {
  const invalid: BrpInvalidParam[] = [];
  fields.forEach((field, i) => {
    const result = resolveField(field);
    const name = `fields[${i}]`;
    if (result === 'pattern') invalid.push({ name, code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[a-zA-Z0-9\\._]{1,200}$.' });
    else if (result === 'unknown') invalid.push({ name, code: 'fields', reason: 'Parameter bevat een niet bestaande veldnaam.' });
    else if (result === 'automatic') invalid.push({ name, code: 'fields', reason: 'Parameter bevat een niet toegestane veldnaam.' });
  });
  return invalid;
}

type Trie = true | Map<string, Trie>;

function buildTrie(paths: readonly string[][]): Map<string, Trie> {
  const root = new Map<string, Trie>();
  for (const path of paths) {
    let node = root;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      if (i === path.length - 1) {
        node.set(segment, true);
        break;
      }
      const next = node.get(segment);
      if (next === true) break;
      if (next) node = next;
      else {
        const created = new Map<string, Trie>();
        node.set(segment, created);
        node = created;
      }
    }
  }
  return root;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0)
    || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);
}

function project(value: unknown, trie: Trie): unknown {
  if (trie === true) return structuredClone(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => project(item, trie)).filter((item) => !isEmpty(item));
    return items.length ? items : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of trie) {
    const projected = project(source[key], sub);
    if (!isEmpty(projected)) out[key] = projected;
  }
  if (!Object.keys(out).length) return undefined;
  // A polymorphic object (verblijfplaats, nationaliteit, gezag) always says which kind it is.
  return typeof source.type === 'string' && !('type' in out) ? { type: source.type, ...out } : out;
}

/**
 * The person as the API returns it for these (already checked) selections: only what was asked
 * and exists, plus the fields that are delivered unasked.
 */
export function selectFields(persoon: Persoon, selections: readonly FieldSelection[]): Persoon {
  const foreign = persoon.verblijfplaats?.type === 'VerblijfplaatsBuitenland';
  const trie = buildTrie(selections.filter((s) => !(s.binnenlandOnly && foreign)).map((s) => s.path));
  const out = (project(persoon, trie) ?? {}) as Persoon;
  if (persoon.geheimhoudingPersoonsgegevens) out.geheimhoudingPersoonsgegevens = true;
  if (persoon.opschortingBijhouding) out.opschortingBijhouding = structuredClone(persoon.opschortingBijhouding);
  return out;
}

/** Categories of personal data in the processing log, by top-level field of a `Persoon`. */
const CATEGORY: Record<string, string> = {
  aNummer: 'identificatienummers', burgerservicenummer: 'identificatienummers',
  datumEersteInschrijvingGBA: 'inschrijving', gemeenteVanInschrijving: 'inschrijving', datumInschrijvingInGemeente: 'inschrijving',
  geslacht: 'geslacht', leeftijd: 'geboorte', geboorte: 'geboorte', naam: 'naam',
  uitsluitingKiesrecht: 'kiesrecht', europeesKiesrecht: 'kiesrecht',
  nationaliteiten: 'nationaliteit', verblijfstitel: 'verblijfstitel', overlijden: 'overlijden',
  verblijfplaats: 'adres', adressering: 'adres', immigratie: 'adres',
  indicatieCurateleRegister: 'gezag', indicatieGezagMinderjarige: 'gezag', gezag: 'gezag',
  kinderen: 'kinderen', ouders: 'ouders', partners: 'partner',
  // Inside partners, kinderen and ouders:
  soortVerbintenis: 'huwelijk', aangaanHuwelijkPartnerschap: 'huwelijk', ontbindingHuwelijkPartnerschap: 'huwelijk',
  ouderAanduiding: 'afstamming', datumIngangFamilierechtelijkeBetrekking: 'afstamming',
};

/** The data categories that a list of requested field paths reads (sorted, without duplicates). */
export function dataCategories(fields: readonly string[]): string[] {
  const found = new Set<string>();
  for (const field of fields) {
    const result = resolveField(field);
    if (typeof result === 'string') continue;
    const category = CATEGORY[result.path[0]!];
    if (category) found.add(category);
  }
  return [...found].sort();
}

/**
 * What the request reads about the related persons in one relation (partners, kinderen or
 * ouders): the categories of the sub-fields asked for, e.g. ["geboorte", "naam"].
 */
export function relatedDataCategories(fields: readonly string[], relation: 'partners' | 'kinderen' | 'ouders'): string[] {
  const found = new Set<string>();
  const all = ['identificatienummers', 'naam', 'geboorte', ...(relation === 'kinderen' ? [] : ['geslacht']),
    ...(relation === 'partners' ? ['huwelijk'] : relation === 'ouders' ? ['afstamming'] : [])];
  for (const field of fields) {
    const result = resolveField(field);
    if (typeof result === 'string' || result.path[0] !== relation) continue;
    const sub = result.path[1];
    if (sub === undefined) all.forEach((c) => found.add(c));
    else if (CATEGORY[sub]) found.add(CATEGORY[sub]);
  }
  return [...found].sort();
}
