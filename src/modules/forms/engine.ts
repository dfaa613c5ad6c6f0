/**
 * The form engine: which steps and questions are visible for the answers so far, reading one step's
 * posted inputs into typed answers with GOV.UK-style errors, computed values, the review summary
 * and the zaak eigenschappen. No HTTP and no database here; the routes and the store use this.
 */
import type { Lang } from '../../platform/i18n/i18n.js';
import { formatEuro } from '../../platform/i18n/i18n.js';
import type { FieldError } from '../../platform/ui/forms.js';
import { addressLines, formatAddressLine, ZONES, type Address, type LookupResult } from '../addresses/index.js';
import {
  pick, type AddressField, type AnswerField, type ChoiceField, type ComputedValue, type Field, type FileField, type FormDefinition, type GroupField, type Step, type Text,
} from './definition.js';
import { evaluate, truthy, type EvalContext, type Value } from './expressions.js';
import { formsMessages, type FormsT } from './messages.js';
import {
  centsToInput, dateToInput, formatDate, formatIban, formatPhone, parseBsn, parseDate, parseEmail, parseIban, parseMoney, parseNumber, parsePhone, todayIso,
  type Parsed,
} from './values.js';

/** An address answer: the BAG address with the municipality's areas. */
export type AddressAnswer = Address;

/** A file answer: the upload's metadata (its content stays in the upload table). */
export interface FileAnswer {
  id: string;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
}

/** Raw inputs as typed, by input name ("kenteken", "geboortedatum.dag", "huishouden.0.naam"). */
export type RawInput = Record<string, string | string[]>;

/** What a draft holds (sealed at rest). */
export interface DraftData {
  raw: RawInput;
  /** Answers of completed steps, by key (also of steps that are hidden now). */
  answers: Record<string, Value>;
  /** Steps the person completed with "Volgende". */
  completed: string[];
  /** Values known from the BRP or KVK, by field key; absent when unknown (then the field is asked). */
  prefill: Record<string, Value>;
  /** Number of items shown per repeating group. */
  groupItems: Record<string, number>;
}

export function emptyDraft(): DraftData {
  return { raw: {}, answers: {}, completed: [], prefill: {}, groupItems: {} };
}

export const inputId = (key: string, part?: string | number, sub?: string) => ['f', key, part, sub].filter((x) => x !== undefined && x !== '').join('-');

/** Where the file answers come from: the uploads of the draft, per field key. */
export type FilesByField = Record<string, FileAnswer[]>;

/** The evaluation context of the answers that count now (visible steps and fields only). */
export interface Effective {
  answers: Record<string, Value>;
  computed: Record<string, Value>;
  visibleSteps: Step[];
  /** Visible answer fields per step id. */
  visibleFields: Map<string, AnswerField[]>;
}

function ctxOf(answers: Record<string, Value>, computed: Record<string, Value>): EvalContext {
  return { answer: (k) => answers[k] ?? null, computed: (k) => computed[k] ?? null };
}

/** The answer of a field in a draft: a prefilled value, the files, or what was answered. */
function answerOf(field: AnswerField, data: DraftData, files: FilesByField): Value | undefined {
  if (field.prefill && data.prefill[field.key] !== undefined) return data.prefill[field.key]!;
  if (field.type === 'file') return (files[field.key] ?? []) as unknown as Value;
  return data.answers[field.key];
}

/**
 * Walks the steps in order: a step is visible when its condition holds for the answers before it,
 * a field when its condition holds for the answers so far. Hidden answers are left out.
 */
export function effective(def: FormDefinition, data: DraftData, files: FilesByField): Effective {
  const answers: Record<string, Value> = {};
  const visibleSteps: Step[] = [];
  const visibleFields = new Map<string, AnswerField[]>();
  for (const step of def.steps) {
    if (step.visibleIf !== undefined && !truthy(evaluate(step.visibleIf, ctxOf(answers, {})))) continue;
    visibleSteps.push(step);
    const fields: AnswerField[] = [];
    for (const field of step.fields) {
      if (field.type === 'paragraph') continue;
      if (field.visibleIf !== undefined && !truthy(evaluate(field.visibleIf, ctxOf(answers, {})))) continue;
      fields.push(field);
      const value = answerOf(field, data, files);
      if (value !== undefined) answers[field.key] = value;
    }
    visibleFields.set(step.id, fields);
  }
  return { answers, computed: computeAll(def, answers), visibleSteps, visibleFields };
}

export function computeAll(def: FormDefinition, answers: Record<string, Value>): Record<string, Value> {
  const computed: Record<string, Value> = {};
  for (const c of def.computed ?? []) {
    const raw = evaluate(c.expression, ctxOf(answers, computed));
    computed[c.key] = coerce(c, raw);
  }
  return computed;
}

function coerce(c: ComputedValue, value: Value): Value {
  switch (c.type) {
    case 'money': return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : 0;
    case 'number': return typeof value === 'number' && Number.isFinite(value) ? value : 0;
    case 'boolean': return truthy(value);
    default: return value === null ? '' : Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? '' : String(value);
  }
}

/** True when the field must be answered, for these answers. */
export function isRequired(field: AnswerField, ctx: EvalContext): boolean {
  if (field.requiredIf !== undefined) return truthy(evaluate(field.requiredIf, ctx));
  return !field.optional;
}

// ————— Reading a posted step —————

export interface StepEnv {
  lang: Lang;
  /** The municipality's name without "Gemeente " (for inMunicipality). */
  municipality: string;
  today?: string;
  lookupAddress(postcode: string, huisnummer: string, toevoeging: string): Promise<LookupResult | 'unavailable'>;
}

export interface StepResult {
  /** Answers of the visible fields of this step. */
  values: Record<string, Value>;
  errors: FieldError[];
  /** An address was found but not yet shown to the person: show it, then continue. */
  confirmAddress: boolean;
}

const str = (raw: RawInput, name: string): string => {
  const v = raw[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};
const strs = (raw: RawInput, name: string): string[] => {
  const v = raw[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

type FieldOutcome = { value?: Value; error?: FieldError };

function nameOf(field: { name?: Text; label: Text }, lang: Lang): string {
  return field.name ? pick(field.name, lang) : `‘${pick(field.label, lang)}’`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The message for a value error, GOV.UK style, with the field's own message when it has one. */
function valueMessage(t: FormsT, field: { name?: Text; label: Text; errors?: { invalid?: Text } }, lang: Lang, parsed: Extract<Parsed<unknown>, { ok: false }>): string {
  if (field.errors?.invalid && !['min', 'max', 'dateMin', 'dateMax', 'dateMissing'].includes(parsed.error)) return pick(field.errors.invalid, lang);
  const name = nameOf(field, lang);
  const p = parsed.params ?? {};
  switch (parsed.error) {
    case 'dateMissing': {
      const parts = String(p.parts).split(',').map((x) => t(`date.${x as 'dag' | 'maand' | 'jaar'}`));
      return capital(t('error.dateMissing', { name, parts: parts.length === 2 ? `${parts[0]} ${t('and')} ${parts[1]}` : parts[0]! }));
    }
    case 'dateMin': return capital(p.today ? t('error.dateNotPast', { name }) : t('error.dateMin', { name, date: formatDate(String(p.date), lang) }));
    case 'dateMax': return capital(p.today ? t('error.dateNotFuture', { name }) : t('error.dateMax', { name, date: formatDate(String(p.date), lang) }));
    case 'min': return capital(t('error.min', { name, min: String(p.min) }));
    case 'max': return capital(t('error.max', { name, max: String(p.max) }));
    case 'numberDecimals': return capital(t('error.numberDecimals', { name, decimals: String(p.decimals) }));
    default: return capital(t(`error.${parsed.error}`, { name }));
  }
}

function requiredMessage(t: FormsT, field: AnswerField | Field, lang: Lang): string {
  const f = field as AnswerField;
  if (f.errors?.required) return pick(f.errors.required, lang);
  const name = nameOf(f, lang);
  switch (f.type) {
    case 'choice': return capital(t(f.display === 'checkboxes' ? 'error.requiredCheckboxes' : 'error.requiredChoice', { name }));
    // A yes/no question with a name written as a clause ("of u een huisdier hebt"): "Kies of u een huisdier hebt".
    case 'yesno': return capital(t(f.name ? 'error.requiredChoice' : 'error.requiredYesNo', { name }));
    case 'file': return capital(t('error.requiredFile', { name }));
    case 'consent': return t('error.requiredConsent');
    case 'address': return capital(t('error.requiredAddress', { name }));
    case 'group': return capital(t('error.requiredGroup', { name }));
    default: return capital(t('error.required', { name }));
  }
}

/** Reads one simple (non-group, non-address, non-file) field; value undefined means no answer. */
function readSimple(field: AnswerField, raw: RawInput, prefix: string, id: string, env: StepEnv, t: FormsT): FieldOutcome {
  const input = str(raw, prefix).trim();
  const err = (parsed: Parsed<unknown>, part?: string): FieldOutcome => ({ error: { field: part ? `${id}-${part}` : id, message: valueMessage(t, field, env.lang, parsed as Extract<Parsed<unknown>, { ok: false }>) } });
  switch (field.type) {
    case 'text': {
      if (!input) return {};
      const value = field.uppercase ? input.toUpperCase() : input;
      const max = field.maxLength ?? 200;
      if (value.length > max) return { error: { field: id, message: capital(t('error.tooLong', { name: nameOf(field, env.lang), max })) } };
      if (field.minLength !== undefined && value.length < field.minLength) return { error: { field: id, message: capital(t('error.tooShort', { name: nameOf(field, env.lang), min: field.minLength })) } };
      if (field.pattern !== undefined && !new RegExp(`^(?:${field.pattern})$`, 'u').test(value)) {
        return { error: { field: id, message: field.errors?.invalid ? pick(field.errors.invalid, env.lang) : capital(t('error.pattern', { name: nameOf(field, env.lang) })) } };
      }
      return { value };
    }
    case 'textarea': {
      const text = str(raw, prefix).replace(/\r\n/g, '\n').trim();
      if (!text) return {};
      const max = field.maxLength ?? 2000;
      if (text.length > max) return { error: { field: id, message: capital(t('error.tooLong', { name: nameOf(field, env.lang), max })) } };
      return { value: text };
    }
    case 'number': {
      if (!input) return {};
      const parsed = parseNumber(input, { decimals: field.decimals ?? 0, min: field.min, max: field.max });
      return parsed.ok ? { value: parsed.value } : err(parsed);
    }
    case 'money': {
      if (!input) return {};
      const parsed = parseMoney(input, { min: field.min, max: field.max });
      return parsed.ok ? { value: parsed.value } : err(parsed);
    }
    case 'date': {
      const parsed = parseDate({ dag: str(raw, `${prefix}.dag`), maand: str(raw, `${prefix}.maand`), jaar: str(raw, `${prefix}.jaar`) }, { min: field.min, max: field.max, today: env.today ?? todayIso() });
      if (!parsed) return {};
      return parsed.ok ? { value: parsed.value } : err(parsed, parsed.part);
    }
    case 'choice': {
      const allowed = new Set(field.options.map((o) => o.value));
      if (field.display === 'checkboxes') {
        const chosen = [...new Set(strs(raw, prefix))];
        if (!chosen.length) return {};
        if (chosen.some((c) => !allowed.has(c))) return { error: { field: id, message: capital(t('error.choice', { name: nameOf(field, env.lang) })) } };
        if (field.minSelected !== undefined && chosen.length < field.minSelected) return { error: { field: id, message: capital(t('error.minSelected', { name: nameOf(field, env.lang), min: field.minSelected })) } };
        if (field.maxSelected !== undefined && chosen.length > field.maxSelected) return { error: { field: id, message: capital(t('error.maxSelected', { name: nameOf(field, env.lang), max: field.maxSelected })) } };
        return { value: field.options.map((o) => o.value).filter((v) => chosen.includes(v)) };
      }
      if (!input) return {};
      return allowed.has(input) ? { value: input } : { error: { field: id, message: capital(t('error.choice', { name: nameOf(field, env.lang) })) } };
    }
    case 'yesno':
      if (!input) return {};
      return input === 'ja' ? { value: true } : input === 'nee' ? { value: false } : { error: { field: id, message: requiredMessage(t, field, env.lang) } };
    case 'consent':
      return input === 'ja' ? { value: true } : {};
    case 'bsn': { if (!input) return {}; const parsed = parseBsn(input); return parsed.ok ? { value: parsed.value } : err(parsed); }
    case 'iban': { if (!input) return {}; const parsed = parseIban(input); return parsed.ok ? { value: parsed.value } : err(parsed); }
    case 'email': { if (!input) return {}; const parsed = parseEmail(input); return parsed.ok ? { value: parsed.value } : err(parsed); }
    case 'phone': { if (!input) return {}; const parsed = parsePhone(input); return parsed.ok ? { value: parsed.value } : err(parsed); }
    default: return {};
  }
}

/** The confirmation token of an address input: the address was shown for exactly this input. */
export function addressInputKey(postcode: string, huisnummer: string, toevoeging: string): string {
  return [postcode.replace(/\s+/g, '').toUpperCase(), huisnummer.trim(), toevoeging.replace(/[\s-]+/g, '').toLowerCase()].join('|');
}

async function readAddress(field: AddressField, raw: RawInput, env: StepEnv, t: FormsT): Promise<FieldOutcome & { confirm?: boolean }> {
  const id = inputId(field.key);
  const postcode = str(raw, `${field.key}.postcode`).trim();
  const huisnummer = str(raw, `${field.key}.huisnummer`).trim();
  const toevoeging = str(raw, `${field.key}.toevoeging`).trim();
  if (!postcode && !huisnummer && !toevoeging) return {};
  const result = await env.lookupAddress(postcode, huisnummer, toevoeging);
  if (result === 'unavailable') return { error: { field: `${id}-postcode`, message: t('error.addressUnavailable') } };
  switch (result.status) {
    case 'invalid': {
      const part = result.problems[0]!;
      return { error: { field: `${id}-${part}`, message: t(part === 'postcode' ? (postcode ? 'error.postcode' : 'error.postcodeMissing') : part === 'huisnummer' ? (huisnummer ? 'error.houseNumber' : 'error.houseNumberMissing') : 'error.addition') } };
    }
    case 'not-found': return { error: { field: `${id}-postcode`, message: t('error.addressNotFound') } };
    case 'ambiguous': return {
      error: { field: `${id}-toevoeging`, message: t('error.addressAmbiguous', { list: result.candidates.map((c) => addressLines(c)[0].slice(c.straat.length + 1)).join(', ') }) },
    };
    default: break;
  }
  const address = (result as Extract<LookupResult, { status: 'found' }>).address;
  if (field.inMunicipality && address.gemeente?.naam !== env.municipality) {
    return { error: { field: `${id}-postcode`, message: t('error.addressOutside', { municipality: env.municipality }) } };
  }
  const confirmed = str(raw, `${field.key}.gezien`) === addressInputKey(postcode, huisnummer, toevoeging);
  return { value: address as unknown as Value, confirm: !confirmed };
}

/** The number of items a group shows: at least its minimum (and at least one when required). */
export function groupCount(field: GroupField, data: DraftData): number {
  const min = field.minItems ?? (field.optional ? 0 : 1);
  return Math.max(min, data.groupItems[field.key] ?? min);
}

function readGroup(field: GroupField, raw: RawInput, count: number, env: StepEnv, t: FormsT): { value?: Value; errors: FieldError[] } {
  const items: Record<string, Value>[] = [];
  const errors: FieldError[] = [];
  for (let i = 0; i < count; i++) {
    const prefix = `${field.key}.${i}`;
    const filled = field.fields.some((sub) => sub.type === 'date'
      ? ['dag', 'maand', 'jaar'].some((p) => str(raw, `${prefix}.${sub.key}.${p}`).trim())
      : strs(raw, `${prefix}.${sub.key}`).some((v) => v.trim()));
    // An item left entirely empty is dropped, unless it is needed to reach the minimum.
    if (!filled && i >= (field.minItems ?? 0)) continue;
    const item: Record<string, Value> = {};
    for (const sub of field.fields) {
      if (sub.type === 'paragraph') continue;
      const id = inputId(field.key, i, sub.key);
      const out = readSimple(sub as AnswerField, raw, `${prefix}.${sub.key}`, id, env, t);
      if (out.error) errors.push({ field: out.error.field, message: `${pick(field.itemLabel, env.lang)} ${i + 1}: ${out.error.message}` });
      else if (out.value === undefined) {
        if (!(sub as AnswerField).optional) errors.push({ field: sub.type === 'date' ? `${id}-dag` : id, message: `${pick(field.itemLabel, env.lang)} ${i + 1}: ${requiredMessage(t, sub, env.lang)}` });
      } else item[sub.key] = out.value;
    }
    items.push(item);
  }
  if (field.maxItems !== undefined && items.length > field.maxItems) errors.push({ field: inputId(field.key), message: capital(t('error.maxItems', { name: nameOf(field, env.lang), max: field.maxItems })) });
  return { value: items.length ? items : undefined, errors };
}

/**
 * Reads the posted inputs of one step into answers: every visible field parsed, required ones
 * present, the step's own checks. `answersBefore` are the answers of the steps before (for
 * conditions). Files and prefilled values come from the draft, not from the post.
 */
export async function readStep(def: FormDefinition, step: Step, raw: RawInput, data: DraftData, files: FilesByField, answersBefore: Record<string, Value>, env: StepEnv): Promise<StepResult> {
  const t = formsMessages(env.lang);
  const outcomes = new Map<string, FieldOutcome>();
  const groupErrors = new Map<string, FieldError[]>();
  let confirmAddress = false;
  for (const field of step.fields) {
    if (field.type === 'paragraph') continue;
    if (field.prefill && data.prefill[field.key] !== undefined) {
      outcomes.set(field.key, { value: data.prefill[field.key]! });
      continue;
    }
    if (field.type === 'file') {
      const list = files[field.key] ?? [];
      outcomes.set(field.key, list.length ? { value: list as unknown as Value } : {});
    } else if (field.type === 'address') {
      const out = await readAddress(field, raw, env, t);
      if (out.confirm) confirmAddress = true;
      outcomes.set(field.key, out);
    } else if (field.type === 'group') {
      const out = readGroup(field, raw, groupCount(field, data), env, t);
      outcomes.set(field.key, out.value !== undefined ? { value: out.value } : {});
      groupErrors.set(field.key, out.errors);
    } else {
      outcomes.set(field.key, readSimple(field, raw, field.key, inputId(field.key), env, t));
    }
  }
  // Conditions see the answers before this step and the valid answers on it.
  const answers: Record<string, Value> = { ...answersBefore };
  for (const [key, out] of outcomes) if (out.value !== undefined && !out.error) answers[key] = out.value;
  const ctx = ctxOf(answers, computeAll(def, answers));
  const values: Record<string, Value> = {};
  const errors: FieldError[] = [];
  for (const field of step.fields) {
    if (field.type === 'paragraph') continue;
    if (field.visibleIf !== undefined && !truthy(evaluate(field.visibleIf, ctx))) continue;
    const out = outcomes.get(field.key) ?? {};
    const firstId = field.type === 'date' ? inputId(field.key, 'dag') : field.type === 'address' ? inputId(field.key, 'postcode') : inputId(field.key);
    if (out.error) errors.push(out.error);
    errors.push(...(groupErrors.get(field.key) ?? []));
    if (out.value === undefined) {
      if (!out.error && isRequired(field, ctx)) errors.push({ field: field.type === 'group' ? inputId(field.key) : firstId, message: requiredMessage(t, field, env.lang) });
      continue;
    }
    values[field.key] = out.value;
    if (field.type === 'group' && field.minItems !== undefined && Array.isArray(out.value) && out.value.length < field.minItems) {
      errors.push({ field: inputId(field.key), message: capital(t('error.minItems', { name: nameOf(field, env.lang), min: field.minItems })) });
    }
  }
  for (const check of step.checks ?? []) {
    if (errors.some((e) => e.field.startsWith(inputId(check.field)))) continue;
    if (truthy(evaluate(check.when, ctx))) {
      const field = step.fields.find((f) => f.key === check.field);
      const prefilled = field && field.type !== 'paragraph' && field.prefill && data.prefill[field.key] !== undefined;
      const id = prefilled ? inputId(check.field) : field?.type === 'date' ? inputId(check.field, 'dag') : field?.type === 'address' ? inputId(check.field, 'postcode') : inputId(check.field);
      errors.push({ field: id, message: pick(check.message, env.lang) });
    }
  }
  return { values, errors, confirmAddress: confirmAddress && !errors.length };
}

// ————— Navigation —————

/** The first visible step that is not complete: never done, or a required answer missing now. */
export function firstIncompleteStep(def: FormDefinition, data: DraftData, files: FilesByField): Step | undefined {
  const eff = effective(def, data, files);
  const ctx = ctxOf(eff.answers, eff.computed);
  for (const step of eff.visibleSteps) {
    if (!data.completed.includes(step.id)) return step;
    for (const field of eff.visibleFields.get(step.id) ?? []) {
      if (eff.answers[field.key] === undefined && isRequired(field, ctx)) return step;
      if (field.type === 'file' && isRequired(field, ctx) && !(files[field.key] ?? []).length) return step;
    }
  }
  return undefined;
}

export function stepAfter(def: FormDefinition, data: DraftData, files: FilesByField, stepId: string): Step | undefined {
  const steps = effective(def, data, files).visibleSteps;
  const index = steps.findIndex((s) => s.id === stepId);
  return index >= 0 ? steps[index + 1] : steps[0];
}

export function stepBefore(def: FormDefinition, data: DraftData, files: FilesByField, stepId: string): Step | undefined {
  const steps = effective(def, data, files).visibleSteps;
  const index = steps.findIndex((s) => s.id === stepId);
  return index > 0 ? steps[index - 1] : undefined;
}

// ————— Showing answers —————

/** An answer back into its input boxes (for a step page without a raw input). */
export function answerToRaw(field: AnswerField, value: Value, prefix = field.key): RawInput {
  const out: RawInput = {};
  if (value === null || value === undefined) return out;
  switch (field.type) {
    case 'money': out[prefix] = centsToInput(Number(value)); break;
    case 'number': out[prefix] = String(value).replace('.', ','); break;
    case 'date': { const d = dateToInput(String(value)); out[`${prefix}.dag`] = d.dag; out[`${prefix}.maand`] = d.maand; out[`${prefix}.jaar`] = d.jaar; break; }
    case 'choice': out[prefix] = Array.isArray(value) ? value.map(String) : String(value); break;
    case 'yesno': out[prefix] = value ? 'ja' : 'nee'; break;
    case 'consent': out[prefix] = value ? 'ja' : ''; break;
    case 'iban': out[prefix] = formatIban(String(value)); break;
    case 'phone': out[prefix] = formatPhone(String(value)); break;
    case 'address': {
      const a = value as unknown as Address;
      out[`${prefix}.postcode`] = a.postcode;
      out[`${prefix}.huisnummer`] = String(a.huisnummer);
      out[`${prefix}.toevoeging`] = `${a.huisletter ?? ''}${a.huisletter && a.huisnummertoevoeging ? '-' : ''}${a.huisnummertoevoeging ?? ''}`;
      break;
    }
    case 'group': {
      (value as Record<string, Value>[]).forEach((item, i) => {
        for (const sub of field.fields) if (sub.type !== 'paragraph' && item[sub.key] !== undefined) Object.assign(out, answerToRaw(sub as AnswerField, item[sub.key]!, `${prefix}.${i}.${sub.key}`));
      });
      break;
    }
    case 'file': break;
    default: out[prefix] = String(value);
  }
  return out;
}

/** An answer for people, as lines of text. */
export function displayAnswer(field: AnswerField, value: Value | undefined, lang: Lang): string[] {
  const t = formsMessages(lang);
  if (value === undefined || value === null || (Array.isArray(value) && !value.length)) {
    return [field.type === 'group' && field.prefill ? t(field.prefill === 'brp.partner' ? 'answer.noPartner' : 'answer.noChildren') : t('answer.none')];
  }
  switch (field.type) {
    case 'money': return [formatEuro(Number(value), lang)];
    case 'number': return [`${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL').format(Number(value))}${field.unit ? ` ${pick(field.unit, lang)}` : ''}`];
    case 'date': return [formatDate(String(value), lang)];
    case 'choice': {
      const chosen = Array.isArray(value) ? value.map(String) : [String(value)];
      return chosen.map((v) => pick(field.options.find((o) => o.value === v)?.label, lang) || v);
    }
    case 'yesno': return [value ? t('answer.yes') : t('answer.no')];
    case 'consent': return [t('answer.agreed')];
    case 'iban': return [formatIban(String(value))];
    case 'phone': return [formatPhone(String(value))];
    case 'address': {
      const a = value as unknown as Address;
      return [...addressLines(a)];
    }
    case 'file': return (value as unknown as FileAnswer[]).map((f) => `${f.filename} (${formatSize(f.size, lang)})`);
    case 'group': {
      const items = value as Record<string, Value>[];
      return items.map((item, i) => `${pick(field.itemLabel, lang)} ${i + 1}: ${field.fields.filter((s) => s.type !== 'paragraph' && item[s.key] !== undefined)
        .map((s) => displayAnswer(s as AnswerField, item[s.key], lang).join(' ')).join(', ')}`);
    }
    default: return String(value).split('\n');
  }
}

export function formatSize(bytes: number, lang: Lang): string {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${nf.format(bytes / 1024)} kB`;
  return `${nf.format(bytes / 1024 / 1024)} MB`;
}

export function displayComputed(c: ComputedValue, value: Value, lang: Lang): string {
  const t = formsMessages(lang);
  switch (c.type) {
    case 'money': return formatEuro(Number(value ?? 0), lang);
    case 'number': return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL').format(Number(value ?? 0));
    case 'boolean': return value ? t('answer.yes') : t('answer.no');
    default: return String(value ?? '');
  }
}

export interface SummaryRow {
  key: string;
  label: string;
  lines: string[];
  /** Where to change it (step id), absent for prefilled and computed values. */
  stepId?: string | undefined;
  /** The register a prefilled value came from. */
  source?: 'brp' | 'kvk' | undefined;
}

export interface SummarySection {
  stepId: string;
  title: string;
  rows: SummaryRow[];
}

/** The answers that count, per visible step, and the computed values, for review, receipt and PDF. */
export function summarize(def: FormDefinition, data: DraftData, files: FilesByField, lang: Lang): { sections: SummarySection[]; computed: SummaryRow[] } {
  const eff = effective(def, data, files);
  const sections = eff.visibleSteps.map((step) => ({
    stepId: step.id,
    title: pick(step.title, lang),
    rows: (eff.visibleFields.get(step.id) ?? []).map((field) => {
      const prefilled = field.prefill && data.prefill[field.key] !== undefined;
      return {
        key: field.key, label: pick(field.label, lang), lines: displayAnswer(field, eff.answers[field.key], lang),
        stepId: prefilled ? undefined : step.id, source: prefilled ? (field.prefill!.startsWith('kvk.') ? 'kvk' as const : 'brp' as const) : undefined,
      };
    }),
  })).filter((s) => s.rows.length);
  const computed = (def.computed ?? []).filter((c) => c.show !== false).map((c) => ({ key: c.key, label: pick(c.label, lang), lines: [displayComputed(c, eff.computed[c.key] ?? null, lang)] }));
  return { sections, computed };
}

/** An answer as a zaak eigenschap value (ZGW: a string; datum as YYYYMMDD, getal with a point). */
export function eigenschapValue(field: AnswerField, value: Value): string {
  if (value === null || value === undefined) return '';
  switch (field.type) {
    case 'money': return (Number(value) / 100).toFixed(2);
    case 'number': return String(value);
    case 'date': return String(value).replace(/-/g, '');
    case 'choice': return Array.isArray(value) ? value.join(',') : String(value);
    case 'yesno': case 'consent': return value ? 'ja' : 'nee';
    case 'address': return formatAddressLine(value as unknown as Address);
    case 'file': return (value as unknown as FileAnswer[]).map((f) => f.filename).join(', ');
    case 'group': return displayAnswer(field, value, 'nl').join('; ');
    default: return String(value);
  }
}

export function eigenschappenOf(def: FormDefinition, data: DraftData, files: FilesByField): Record<string, string> {
  const eff = effective(def, data, files);
  const out: Record<string, string> = {};
  for (const fields of eff.visibleFields.values()) {
    for (const field of fields) if (field.eigenschap && eff.answers[field.key] !== undefined) out[field.eigenschap] = eigenschapValue(field, eff.answers[field.key]!);
  }
  for (const c of def.computed ?? []) {
    if (!c.eigenschap) continue;
    const v = eff.computed[c.key] ?? null;
    out[c.eigenschap] = c.type === 'money' ? (Number(v ?? 0) / 100).toFixed(2) : c.type === 'boolean' ? (v ? 'ja' : 'nee') : String(v ?? '');
  }
  return out;
}

/** The description of a zone, for showing a prefilled or found address' zones. */
export function zoneLabel(zone: string, lang: Lang): string {
  return ZONES[zone]?.[lang] ?? zone;
}

export type { ChoiceField, FileField };
