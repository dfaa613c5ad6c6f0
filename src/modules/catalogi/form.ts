/**
 * The back-office form of a concept zaaktype, without JavaScript: one flat HTML form. Children
 * are rows with indexed names ('statustypen-0-omschrijving'); one empty row per list adds a new
 * child, a "remove" checkbox drops one, volgnummers give the order. What the user typed is kept
 * as text (RawForm) so that a form with errors comes back exactly as it was sent.
 */
import type { InvalidParam } from '../../platform/http/problem.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import type { FieldError } from '../../platform/ui/forms.js';
import { parseRuleSetText, type RuleSet } from './rules.js';
import type {
  Afleidingswijze, Archiefnominatie, EigenschapFormaat, EigenschapInput, IndicatieInternOfExtern, Objecttype, ResultaattypeInput, Richting,
  RoltypeInput, RoltypeOmschrijvingGeneriek, StatustypeInput, Vertrouwelijkheidaanduiding, Zaaktype, ZaaktypeInformatieobjecttypeInput, ZaaktypeInput,
} from './types.js';

export type RawForm = Record<string, string | string[]>;

export const ROW_LISTS = ['statustypen', 'resultaattypen', 'roltypen', 'eigenschappen', 'informatieobjecttypen'] as const;
export type RowList = (typeof ROW_LISTS)[number];

/** The text fields of each row (an all-empty row is the blank "add" row and is ignored). */
export const ROW_FIELDS: Record<RowList, readonly string[]> = {
  statustypen: ['volgnummer', 'omschrijving', 'statustekst', 'doorlooptijd', 'eigenschappen'],
  resultaattypen: ['omschrijving', 'resultaattypeomschrijving', 'selectielijstklasse', 'archiefactietermijn', 'procestermijn', 'datumkenmerk', 'registratie', 'besluittypen', 'toelichting'],
  roltypen: ['omschrijving'],
  eigenschappen: ['naam', 'definitie', 'lengte', 'kardinaliteit', 'waardenverzameling', 'statustype'],
  informatieobjecttypen: ['volgnummer', 'informatieobjecttype', 'statustype'],
};

const OWN_TEXT = [
  'identificatie', 'omschrijving', 'omschrijvingGeneriek', 'onderwerp', 'doel', 'aanleiding', 'toelichting', 'handelingInitiator', 'handelingBehandelaar',
  'vertrouwelijkheidaanduiding', 'indicatieInternOfExtern', 'doorlooptijd', 'servicenorm', 'verlengingstermijn', 'verantwoordelijke', 'trefwoorden',
  'productenOfDiensten', 'selectielijstProcestype', 'publicatietekst', 'beginGeldigheid', 'versiedatum', 'rules', 'revision',
] as const;

export function text(form: RawForm, key: string): string {
  const v = form[key];
  return (Array.isArray(v) ? v[0] ?? '' : v ?? '').toString();
}

export function list(form: RawForm, key: string): string[] {
  const v = form[key];
  return Array.isArray(v) ? v : v ? [v] : [];
}

const checked = (form: RawForm, key: string) => text(form, key) === 'ja';
const splitComma = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);
const splitLines = (value: string) => value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
const orNull = (value: string) => (value.trim() ? value.trim() : null);
const toNumber = (value: string) => (/^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN);

/** The indexes of the rows of a list that the form holds, in order. */
export function rowIndexes(form: RawForm, listName: RowList): number[] {
  const found = new Set<number>();
  const pattern = new RegExp(`^${listName}-(\\d+)-`);
  for (const key of Object.keys(form)) {
    const m = pattern.exec(key);
    if (m) found.add(Number(m[1]));
  }
  return [...found].filter((i) => i < 500).sort((a, b) => a - b);
}

/** An existing version as the form shows it, with one empty row per list to add another. */
export function zaaktypeToForm(z: Zaaktype | undefined, defaults: { beginGeldigheid: string }): RawForm {
  const form: RawForm = {};
  if (!z) {
    Object.assign(form, { vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', indicatieInternOfExtern: 'extern', beginGeldigheid: defaults.beginGeldigheid, doorlooptijd: 'P8W', handelingInitiator: 'aanvragen', handelingBehandelaar: 'behandelen' });
    addRow(form, 'statustypen', 0, { volgnummer: '1', omschrijving: 'Ontvangen', statustekst: 'Uw aanvraag is ontvangen.', informeren: 'ja' });
    addRow(form, 'statustypen', 1, { volgnummer: '2', omschrijving: 'Afgehandeld', statustekst: 'Uw aanvraag is afgehandeld.', informeren: 'ja' });
    addRow(form, 'roltypen', 0, { omschrijving: 'Aanvrager', omschrijvingGeneriek: 'initiator' });
    addRow(form, 'roltypen', 1, { omschrijving: 'Behandelaar', omschrijvingGeneriek: 'behandelaar' });
    for (const l of ROW_LISTS) addRow(form, l, rowIndexes(form, l).length, {});
    return form;
  }
  Object.assign(form, {
    identificatie: z.identificatie, omschrijving: z.omschrijving, omschrijvingGeneriek: z.omschrijvingGeneriek, onderwerp: z.onderwerp, doel: z.doel,
    aanleiding: z.aanleiding, toelichting: z.toelichting, handelingInitiator: z.handelingInitiator, handelingBehandelaar: z.handelingBehandelaar,
    vertrouwelijkheidaanduiding: z.vertrouwelijkheidaanduiding, indicatieInternOfExtern: z.indicatieInternOfExtern, doorlooptijd: z.doorlooptijd,
    servicenorm: z.servicenorm ?? '', verlengingstermijn: z.verlengingstermijn ?? '', verantwoordelijke: z.verantwoordelijke,
    trefwoorden: z.trefwoorden.join(', '), productenOfDiensten: z.productenOfDiensten.join('\n'), selectielijstProcestype: z.selectielijstProcestype,
    publicatietekst: z.publicatietekst, beginGeldigheid: z.beginGeldigheid, versiedatum: z.versiedatum, besluittypen: z.besluittypeOmschrijvingen,
    rules: z.rules ? JSON.stringify(z.rules, null, 2) : '', revision: String(z.revision),
  });
  if (z.opschortingEnAanhoudingMogelijk) form.opschortingEnAanhoudingMogelijk = 'ja';
  if (z.verlengingMogelijk) form.verlengingMogelijk = 'ja';
  if (z.publicatieIndicatie) form.publicatieIndicatie = 'ja';
  const volgnummerOf = (id: string | null) => String(z.statustypen.find((s) => s.id === id)?.volgnummer ?? '');
  z.statustypen.forEach((s, i) => addRow(form, 'statustypen', i, {
    id: s.id, volgnummer: String(s.volgnummer), omschrijving: s.omschrijving, statustekst: s.statustekst, doorlooptijd: s.doorlooptijd ?? '',
    eigenschappen: s.eigenschappen.join(', '), ...(s.informeren ? { informeren: 'ja' } : {}), omschrijvingGeneriek: s.omschrijvingGeneriek, toelichting: s.toelichting ?? '',
  }));
  z.resultaattypen.forEach((r, i) => addRow(form, 'resultaattypen', i, {
    id: r.id, omschrijving: r.omschrijving, resultaattypeomschrijving: r.resultaattypeomschrijving, selectielijstklasse: r.selectielijstklasse,
    archiefnominatie: r.archiefnominatie, archiefactietermijn: r.archiefactietermijn ?? '', afleidingswijze: r.brondatumArchiefprocedure?.afleidingswijze ?? '',
    procestermijn: r.brondatumArchiefprocedure?.procestermijn ?? '', datumkenmerk: r.brondatumArchiefprocedure?.datumkenmerk ?? '',
    objecttype: r.brondatumArchiefprocedure?.objecttype ?? '', registratie: r.brondatumArchiefprocedure?.registratie ?? '',
    ...(r.brondatumArchiefprocedure?.einddatumBekend ? { einddatumBekend: 'ja' } : {}),
    besluittypen: r.besluittypen.join(', '), informatieobjecttypen: r.informatieobjecttypen.join(', '), toelichting: r.toelichting, omschrijvingGeneriek: r.omschrijvingGeneriek,
  }));
  z.roltypen.forEach((r, i) => addRow(form, 'roltypen', i, { id: r.id, omschrijving: r.omschrijving, omschrijvingGeneriek: r.omschrijvingGeneriek }));
  z.eigenschappen.forEach((e, i) => addRow(form, 'eigenschappen', i, {
    id: e.id, naam: e.naam, definitie: e.definitie, formaat: e.specificatie.formaat, lengte: e.specificatie.lengte, kardinaliteit: e.specificatie.kardinaliteit,
    waardenverzameling: e.specificatie.waardenverzameling.join(', '), statustype: e.statustype ? volgnummerOf(e.statustype) : '', toelichting: e.toelichting, groep: e.specificatie.groep,
  }));
  z.informatieobjecttypen.forEach((d, i) => addRow(form, 'informatieobjecttypen', i, {
    id: d.id, volgnummer: String(d.volgnummer), informatieobjecttype: d.informatieobjecttypeOmschrijving, richting: d.richting, statustype: d.statustype ? volgnummerOf(d.statustype) : '',
  }));
  for (const l of ROW_LISTS) addRow(form, l, rowIndexes(form, l).length, {});
  return form;
}

function addRow(form: RawForm, listName: RowList, index: number, values: Record<string, string>): void {
  // An empty row still needs one key so it is found again after a round trip.
  form[`${listName}-${index}-id`] = values.id ?? '';
  for (const [k, v] of Object.entries(values)) if (k !== 'id') form[`${listName}-${index}-${k}`] = v;
}

/** After a post: the rows as sent, plus an empty one at the end of each list when there is none. */
export function withBlankRows(form: RawForm): RawForm {
  const copy: RawForm = { ...form };
  for (const l of ROW_LISTS) {
    const indexes = rowIndexes(copy, l);
    const hasBlank = indexes.some((i) => isBlankRowOf(copy, l, i));
    if (!hasBlank) addRow(copy, l, indexes.length ? indexes[indexes.length - 1]! + 1 : 0, {});
  }
  return copy;
}

/** True for the empty "add" row of a list. */
export function isBlankRowOf(form: RawForm, listName: RowList, i: number): boolean {
  return ROW_FIELDS[listName].every((f) => !text(form, `${listName}-${i}-${f}`).trim());
}

export interface ParsedForm {
  input: ZaaktypeInput;
  /** For each list: the form row index of each input element (to put errors at the right field). */
  rows: Record<RowList, number[]>;
  /** Problems found while reading (the rules' JSON); the service's validation comes on top. */
  errors: FieldError[];
  revision: number | undefined;
}

/** Reads the form into a ZaaktypeInput. Never throws; what cannot be read becomes a value the validation refuses. */
export function parseZaaktypeForm(form: RawForm, lang: Lang): ParsedForm {
  const rows = Object.fromEntries(ROW_LISTS.map((l) => [l, [] as number[]])) as unknown as Record<RowList, number[]>;
  const errors: FieldError[] = [];
  const used = (l: RowList) => rowIndexes(form, l).filter((i) => !isBlankRowOf(form, l, i) && !checked(form, `${l}-${i}-verwijderen`));
  const v = (l: RowList, i: number, f: string) => text(form, `${l}-${i}-${f}`).trim();
  const idOf = (l: RowList, i: number) => v(l, i, 'id') || undefined;

  const statustypen: StatustypeInput[] = used('statustypen').map((i) => {
    rows.statustypen.push(i);
    return {
      id: idOf('statustypen', i), volgnummer: toNumber(v('statustypen', i, 'volgnummer')), omschrijving: v('statustypen', i, 'omschrijving'),
      omschrijvingGeneriek: v('statustypen', i, 'omschrijvingGeneriek'), statustekst: v('statustypen', i, 'statustekst'),
      informeren: checked(form, `statustypen-${i}-informeren`), doorlooptijd: orNull(v('statustypen', i, 'doorlooptijd')),
      toelichting: orNull(v('statustypen', i, 'toelichting')), eigenschappen: splitComma(v('statustypen', i, 'eigenschappen')),
    };
  });
  const resultaattypen: ResultaattypeInput[] = used('resultaattypen').map((i) => {
    rows.resultaattypen.push(i);
    const r = (f: string) => v('resultaattypen', i, f);
    const afleidingswijze = r('afleidingswijze');
    return {
      id: idOf('resultaattypen', i), omschrijving: r('omschrijving'), resultaattypeomschrijving: r('resultaattypeomschrijving'), omschrijvingGeneriek: r('omschrijvingGeneriek'),
      selectielijstklasse: r('selectielijstklasse'), toelichting: r('toelichting'), archiefnominatie: r('archiefnominatie') as Archiefnominatie | '',
      archiefactietermijn: orNull(r('archiefactietermijn')),
      brondatumArchiefprocedure: afleidingswijze ? {
        afleidingswijze: afleidingswijze as Afleidingswijze, datumkenmerk: r('datumkenmerk'), einddatumBekend: checked(form, `resultaattypen-${i}-einddatumBekend`),
        objecttype: r('objecttype') as Objecttype | '', registratie: r('registratie'), procestermijn: orNull(r('procestermijn')),
      } : null,
      besluittypen: splitComma(r('besluittypen')), informatieobjecttypen: splitComma(r('informatieobjecttypen')),
    };
  });
  const roltypen: RoltypeInput[] = used('roltypen').map((i) => {
    rows.roltypen.push(i);
    return { id: idOf('roltypen', i), omschrijving: v('roltypen', i, 'omschrijving'), omschrijvingGeneriek: v('roltypen', i, 'omschrijvingGeneriek') as RoltypeOmschrijvingGeneriek };
  });
  const eigenschappen: EigenschapInput[] = used('eigenschappen').map((i) => {
    rows.eigenschappen.push(i);
    const e = (f: string) => v('eigenschappen', i, f);
    return {
      id: idOf('eigenschappen', i), naam: e('naam'), definitie: e('definitie'), toelichting: e('toelichting'),
      specificatie: { groep: e('groep'), formaat: e('formaat') as EigenschapFormaat, lengte: e('lengte'), kardinaliteit: e('kardinaliteit'), waardenverzameling: splitComma(e('waardenverzameling')) },
      statustypeVolgnummer: e('statustype') ? toNumber(e('statustype')) : null,
    };
  });
  const informatieobjecttypen: ZaaktypeInformatieobjecttypeInput[] = used('informatieobjecttypen').map((i) => {
    rows.informatieobjecttypen.push(i);
    const d = (f: string) => v('informatieobjecttypen', i, f);
    return {
      id: idOf('informatieobjecttypen', i), volgnummer: toNumber(d('volgnummer')), informatieobjecttypeOmschrijving: d('informatieobjecttype'),
      richting: d('richting') as Richting, statustypeVolgnummer: d('statustype') ? toNumber(d('statustype')) : null,
    };
  });

  let rules: RuleSet | null = null;
  const parsedRules = parseRuleSetText(text(form, 'rules'), lang);
  if (parsedRules.ok) rules = parsedRules.value;
  else for (const e of parsedRules.errors) errors.push({ field: 'rules', message: e.message });

  const own = (k: (typeof OWN_TEXT)[number]) => text(form, k).trim();
  const verlengingMogelijk = checked(form, 'verlengingMogelijk');
  const input: ZaaktypeInput = {
    identificatie: own('identificatie'), omschrijving: own('omschrijving'), omschrijvingGeneriek: own('omschrijvingGeneriek'), onderwerp: own('onderwerp'),
    doel: own('doel'), aanleiding: own('aanleiding'), toelichting: own('toelichting'), handelingInitiator: own('handelingInitiator'),
    handelingBehandelaar: own('handelingBehandelaar'), vertrouwelijkheidaanduiding: own('vertrouwelijkheidaanduiding') as Vertrouwelijkheidaanduiding,
    indicatieInternOfExtern: own('indicatieInternOfExtern') as IndicatieInternOfExtern, doorlooptijd: own('doorlooptijd'), servicenorm: orNull(own('servicenorm')),
    opschortingEnAanhoudingMogelijk: checked(form, 'opschortingEnAanhoudingMogelijk'), verlengingMogelijk,
    verlengingstermijn: verlengingMogelijk ? orNull(own('verlengingstermijn')) : null,
    verantwoordelijke: own('verantwoordelijke'), trefwoorden: splitComma(own('trefwoorden')), productenOfDiensten: splitLines(own('productenOfDiensten')),
    selectielijstProcestype: own('selectielijstProcestype'), publicatieIndicatie: checked(form, 'publicatieIndicatie'), publicatietekst: own('publicatietekst'),
    beginGeldigheid: own('beginGeldigheid'), ...(own('versiedatum') ? { versiedatum: own('versiedatum') } : {}),
    besluittypeOmschrijvingen: list(form, 'besluittypen').map((s) => s.trim()).filter(Boolean),
    statustypen, resultaattypen, roltypen, eigenschappen, informatieobjecttypen, rules,
  };
  // When the rules' JSON could not be read, keep what was stored rather than dropping the rules:
  // the form is refused anyway because of the errors above.
  if (!parsedRules.ok) delete input.rules;
  const revision = Number(own('revision'));
  return { input, rows, errors, revision: Number.isInteger(revision) && own('revision') !== '' ? revision : undefined };
}

/** Sub-field names of the service's invalid-params that have their own form field. */
const SUBFIELD: Record<string, string> = {
  'brondatumArchiefprocedure.afleidingswijze': 'afleidingswijze', 'brondatumArchiefprocedure.datumkenmerk': 'datumkenmerk',
  'brondatumArchiefprocedure.einddatumBekend': 'einddatumBekend', 'brondatumArchiefprocedure.objecttype': 'objecttype',
  'brondatumArchiefprocedure.registratie': 'registratie', 'brondatumArchiefprocedure.procestermijn': 'procestermijn',
  'specificatie.formaat': 'formaat', 'specificatie.lengte': 'lengte', 'specificatie.kardinaliteit': 'kardinaliteit', 'specificatie.groep': 'naam',
};

/** The id of the form field an invalid-param ('statustypen.1.omschrijving') is about. */
export function fieldIdFor(name: string, rows: Record<RowList, number[]>): string {
  const parts = name.split('.');
  const head = parts[0]!;
  if ((ROW_LISTS as readonly string[]).includes(head) && parts.length >= 2 && /^\d+$/.test(parts[1]!)) {
    const listName = head as RowList;
    const row = rows[listName][Number(parts[1])] ?? Number(parts[1]);
    const rest = parts.slice(2).join('.');
    const field = SUBFIELD[rest] ?? (rest.startsWith('specificatie.waardenverzameling') ? 'waardenverzameling' : parts[2] ?? ROW_FIELDS[listName][0]!);
    return `${listName}-${row}-${field}`;
  }
  if ((ROW_LISTS as readonly string[]).includes(head)) return `${head}-section`;
  if (head === 'rules') return 'rules';
  if (head === 'referentieproces') return 'toelichting';
  return head;
}

/** Service problems as form errors, tied to fields. */
export function toFieldErrors(problems: InvalidParam[], rows: Record<RowList, number[]>): FieldError[] {
  return problems.map((p) => ({ field: fieldIdFor(p.name, rows), message: p.reason }));
}
