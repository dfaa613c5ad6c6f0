/**
 * The form definition: a JSON document, versioned, checked against form-definition.schema.json and
 * then against the rules a schema cannot express (see validate-definition.ts). These types mirror
 * the schema; the schema is the contract for people who write definitions.
 */
import type { DigidLevel, EherkenningLevel } from '../../platform/auth/identity.js';

/** A text in Dutch and English. */
export interface Text {
  nl: string;
  en: string;
}

/**
 * A small expression language, written as JSON data and evaluated without eval (expressions.ts):
 * literals, `{ "answer": "key" }` (or "adres.zones" into an address), `{ "computed": "key" }`,
 * comparisons, logic, arithmetic, `if`, `count`, `sum`, `includes`, `answered`.
 */
export type Expression = string | number | boolean | null | { [operator: string]: unknown };

export const FIELD_TYPES = [
  'text', 'textarea', 'number', 'money', 'date', 'choice', 'yesno', 'address', 'bsn', 'iban', 'email', 'phone',
  'file', 'consent', 'group', 'paragraph',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Field types allowed inside a repeating group. */
export const GROUP_ITEM_TYPES = ['text', 'textarea', 'number', 'money', 'date', 'choice', 'yesno', 'bsn', 'email', 'phone'] as const;

export const PREFILL_SOURCES = [
  'brp.naam', 'brp.bsn', 'brp.geboortedatum', 'brp.adres', 'brp.partner', 'brp.kinderen',
  'kvk.naam', 'kvk.nummer', 'kvk.adres',
] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

/** For group items filled from the BRP: which part of the related person. */
export const ITEM_PREFILL = ['naam', 'geboortedatum', 'bsn'] as const;
export type ItemPrefill = (typeof ITEM_PREFILL)[number];

/** File kinds, recognised by their content (magic bytes), never by name or browser type. */
export const FILE_KINDS = ['pdf', 'png', 'jpeg', 'heic', 'docx', 'xlsx', 'odt', 'txt'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

interface FieldBase {
  /** Stable key of the answer; also the default name of the zaak eigenschap. */
  key: string;
  label: Text;
  /** Short noun for error messages ("het kenteken"); the label is used when absent. */
  name?: Text;
  hint?: Text;
  /** GOV.UK style: every field is required unless it says it is optional. */
  optional?: boolean;
  /** Required only when this is true (makes `optional` irrelevant). */
  requiredIf?: Expression;
  /** Shown (and asked) only when this is true; a hidden field's answer is dropped. */
  visibleIf?: Expression;
  /** The zaak eigenschap this answer becomes (name as in the zaaktype). */
  eigenschap?: string;
  /** Known already: shown as a fact with its source instead of an input. */
  prefill?: PrefillSource;
  /** For group items filled from the BRP. */
  itemPrefill?: ItemPrefill;
  /** Own error messages instead of the generic ones. */
  errors?: { required?: Text; invalid?: Text };
}

export interface TextField extends FieldBase {
  type: 'text';
  minLength?: number;
  maxLength?: number;
  /** A regular expression the whole answer must match (after trimming, and upper-casing if asked). */
  pattern?: string;
  uppercase?: boolean;
  width?: 'xs' | 'sm' | 'md' | 'lg';
  autocomplete?: string;
}
export interface TextareaField extends FieldBase { type: 'textarea'; maxLength?: number; rows?: number }
export interface NumberField extends FieldBase { type: 'number'; min?: number; max?: number; decimals?: number; unit?: Text }
/** Euros as typed ("12,50"), stored as cents. `min`/`max` in euros. */
export interface MoneyField extends FieldBase { type: 'money'; min?: number; max?: number }
/** "today", "today+14", "today-365" or a date "2026-01-01". */
export type DateBound = string;
export interface DateField extends FieldBase { type: 'date'; min?: DateBound; max?: DateBound }
export interface ChoiceOption { value: string; label: Text; hint?: Text }
export interface ChoiceField extends FieldBase {
  type: 'choice';
  display: 'radio' | 'select' | 'checkboxes';
  options: ChoiceOption[];
  minSelected?: number;
  maxSelected?: number;
}
export interface YesNoField extends FieldBase { type: 'yesno' }
/** Postcode + house number (+ addition), completed to street and place by the BAG. */
export interface AddressField extends FieldBase { type: 'address'; inMunicipality?: boolean }
export interface SimpleField extends FieldBase { type: 'bsn' | 'iban' | 'email' | 'phone' }
export interface FileField extends FieldBase { type: 'file'; accept: FileKind[]; maxSizeMb?: number; maxFiles?: number }
/** A checkbox that must be ticked: the label is what the person agrees to. */
export interface ConsentField extends FieldBase { type: 'consent' }
export interface GroupField extends FieldBase {
  type: 'group';
  fields: Field[];
  minItems?: number;
  maxItems?: number;
  /** "Gezinslid" → "Gezinslid 1", "Gezinslid toevoegen". */
  itemLabel: Text;
}
/** Text between fields; no answer. */
export interface ParagraphField { key: string; type: 'paragraph'; text: Text; visibleIf?: Expression }

export type Field = TextField | TextareaField | NumberField | MoneyField | DateField | ChoiceField | YesNoField | AddressField | SimpleField
  | FileField | ConsentField | GroupField | ParagraphField;
export type AnswerField = Exclude<Field, ParagraphField>;

export interface StepCheck {
  /** An error when this is true. */
  when: Expression;
  /** The field the error is about (its input gets the summary link). */
  field: string;
  message: Text;
}

export interface Step {
  id: string;
  title: Text;
  intro?: Text;
  visibleIf?: Expression;
  fields: Field[];
  checks?: StepCheck[];
}

export interface ComputedValue {
  key: string;
  label: Text;
  type: 'money' | 'number' | 'text' | 'boolean';
  expression: Expression;
  eigenschap?: string;
  /** Show on the review page and receipt (default true). */
  show?: boolean;
}

export interface FormAccess {
  /** Anyone may fill in the form without logging in. */
  anonymous?: boolean;
  /** Residents with DigiD at least at this level. */
  digid?: DigidLevel;
  /** Businesses with eHerkenning at least at this level. */
  eherkenning?: EherkenningLevel;
}

export interface FormDefinition {
  $schema?: string;
  /** The form's slug in URLs: /formulieren/<id>. */
  id: string;
  /** Set by the form store: the version this definition is. */
  version: number;
  title: Text;
  /** The start page's introduction. */
  summary: Text;
  /** "Wat hebt u nodig?" on the start page. */
  before?: Text[];
  /** The zaaktype `identificatie` a submission creates. */
  zaaktype: string;
  access: FormAccess;
  steps: Step[];
  computed?: ComputedValue[];
  /** The declaration the person ticks before sending. */
  declaration?: Text;
  /** "Wat gebeurt er nu?" on the receipt page. */
  nextSteps: Text;
}

export function isAnswerField(field: Field): field is AnswerField {
  return field.type !== 'paragraph';
}

/** Every field with an answer, in order, top level only (group items are inside their group). */
export function answerFields(definition: FormDefinition): { step: Step; field: AnswerField }[] {
  return definition.steps.flatMap((step) => step.fields.filter(isAnswerField).map((field) => ({ step, field })));
}

export function pick(text: Text | undefined, lang: 'nl' | 'en'): string {
  return text ? text[lang] || text.nl : '';
}
