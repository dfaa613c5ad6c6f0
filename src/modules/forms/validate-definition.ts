/**
 * Checks a form definition: first against form-definition.schema.json (ajv, JSON Schema 2020-12),
 * then against the rules a schema cannot express (unique keys, references in expressions, prefill
 * that fits the field and the login). Every problem has the JSON path it is about and a message
 * in plain Dutch and English, for the form designer.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  answerFields, isAnswerField, type AnswerField, type Field, type FormDefinition, type GroupField, type Step, type Text,
} from './definition.js';
import { MAX_DEPTH, references } from './expressions.js';

export interface DefinitionProblem {
  /** JSON pointer into the definition, e.g. "/steps/0/fields/2/type" ("" for the whole). */
  path: string;
  nl: string;
  en: string;
}

export const FORM_DEFINITION_SCHEMA = JSON.parse(readFileSync(new URL('./form-definition.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
addFormats.default(ajv);
const validateSchema = ajv.compile(FORM_DEFINITION_SCHEMA);

const TYPE_NAMES: Record<string, Text> = {
  string: { nl: 'tekst', en: 'text' }, integer: { nl: 'geheel getal', en: 'whole number' }, number: { nl: 'getal', en: 'number' },
  boolean: { nl: 'true of false', en: 'true or false' }, object: { nl: 'object ({ … })', en: 'object ({ … })' }, array: { nl: 'lijst ([ … ])', en: 'list ([ … ])' },
  null: { nl: 'null', en: 'null' },
};

/** Patterns of the schema explained in words. */
const PATTERN_HELP: Record<string, Text> = {
  slug: { nl: 'Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld parkeervergunning-aanvragen.', en: 'Use only lower-case letters, digits and hyphens, for example parkeervergunning-aanvragen.' },
  key: { nl: 'Begin met een kleine letter en gebruik daarna alleen letters en cijfers (hoogstens 40), bijvoorbeeld kenteken of aantalKinderen.', en: 'Start with a lower-case letter, then only letters and digits (at most 40), for example kenteken or aantalKinderen.' },
  path: { nl: 'Schrijf de sleutel van een vraag, eventueel met een deel erachter, bijvoorbeeld adres.zones.', en: 'Write the key of a question, optionally with a part after it, for example adres.zones.' },
  eigenschap: { nl: 'Een eigenschap begint met een letter en heeft hoogstens 20 letters, cijfers, punten, streepjes of lage streepjes.', en: 'An eigenschap starts with a letter and has at most 20 letters, digits, dots, hyphens or underscores.' },
  dateBound: { nl: 'Schrijf today, today+14, today-365 of een datum als 2026-01-31.', en: 'Write today, today+14, today-365 or a date like 2026-01-31.' },
  zaaktype: { nl: 'De identificatie van het zaaktype: letters, cijfers, punten, streepjes (hoogstens 50), bijvoorbeeld PARKEERVERGUNNING-BEWONER.', en: 'The identificatie of the zaaktype: letters, digits, dots, hyphens (at most 50), for example PARKEERVERGUNNING-BEWONER.' },
};

function patternHelp(error: ErrorObject): Text | undefined {
  const match = /\$defs\/(slug|key|path|eigenschap|dateBound)\//.exec(error.schemaPath);
  if (match) return PATTERN_HELP[match[1]!];
  if (error.instancePath === '/zaaktype') return PATTERN_HELP.zaaktype;
  return undefined;
}

function list(values: unknown): string {
  return Array.isArray(values) ? values.map(String).join(', ') : String(values);
}

function fromAjv(error: ErrorObject): DefinitionProblem | undefined {
  const p = error.params as Record<string, unknown>;
  const path = error.instancePath;
  const both = (nl: string, en: string): DefinitionProblem => ({ path, nl, en });
  if (error.schemaPath.includes('/propertyNames/')) return undefined; // reported once by propertyNames
  switch (error.keyword) {
    case 'required': return { path: `${path}/${String(p.missingProperty)}`, nl: `‘${String(p.missingProperty)}’ ontbreekt; dit is verplicht.`, en: `‘${String(p.missingProperty)}’ is missing; it is required.` };
    case 'additionalProperties': return { path: `${path}/${String(p.additionalProperty)}`, nl: `‘${String(p.additionalProperty)}’ kan hier niet. Controleer de spelling of de plaats.`, en: `‘${String(p.additionalProperty)}’ is not allowed here. Check the spelling or the place.` };
    case 'unevaluatedProperties': return { path: `${path}/${String(p.unevaluatedProperty)}`, nl: `‘${String(p.unevaluatedProperty)}’ kan niet bij dit soort veld. Controleer de spelling of het type.`, en: `‘${String(p.unevaluatedProperty)}’ does not go with this kind of field. Check the spelling or the type.` };
    case 'type': {
      const types = String(p.type).split(',').map((t) => TYPE_NAMES[t] ?? { nl: t, en: t });
      return both(`Moet een ${types.map((t) => t.nl).join(' of ')} zijn.`, `Must be a ${types.map((t) => t.en).join(' or ')}.`);
    }
    case 'enum': return both(`Moet een van deze waarden zijn: ${list(p.allowedValues)}.`, `Must be one of: ${list(p.allowedValues)}.`);
    case 'const': return both(`Moet ${JSON.stringify(p.allowedValue)} zijn.`, `Must be ${JSON.stringify(p.allowedValue)}.`);
    case 'pattern': {
      const help = patternHelp(error);
      return help ? both(help.nl, help.en) : both('Heeft niet de juiste vorm.', 'Does not have the right form.');
    }
    case 'minLength': return Number(p.limit) === 1 ? both('Mag niet leeg zijn.', 'Must not be empty.') : both(`Moet minstens ${String(p.limit)} tekens lang zijn.`, `Must be at least ${String(p.limit)} characters long.`);
    case 'maxLength': return both(`Mag hoogstens ${String(p.limit)} tekens lang zijn.`, `Must be at most ${String(p.limit)} characters long.`);
    case 'minimum': case 'exclusiveMinimum': return both(`Moet minstens ${String(p.limit)} zijn${error.keyword === 'exclusiveMinimum' ? ' (en niet gelijk daaraan)' : ''}.`, `Must be at least ${String(p.limit)}${error.keyword === 'exclusiveMinimum' ? ' (and not equal to it)' : ''}.`);
    case 'maximum': return both(`Mag hoogstens ${String(p.limit)} zijn.`, `Must be at most ${String(p.limit)}.`);
    case 'minItems': return both(`Moet minstens ${String(p.limit)} onderdelen hebben.`, `Must have at least ${String(p.limit)} items.`);
    case 'maxItems': return both(`Mag hoogstens ${String(p.limit)} onderdelen hebben.`, `Must have at most ${String(p.limit)} items.`);
    case 'uniqueItems': return both('Elke waarde mag maar één keer voorkomen.', 'Each value may appear only once.');
    case 'minProperties': return both(path.endsWith('/access') ? 'Geef aan wie het formulier mag invullen: anonymous, digid en/of eherkenning.' : 'Mag niet leeg zijn: geef een operator, bijvoorbeeld { "answer": "kenteken" }.', path.endsWith('/access') ? 'Say who may fill in the form: anonymous, digid and/or eherkenning.' : 'Must not be empty: give an operator, for example { "answer": "kenteken" }.');
    case 'maxProperties': return both('Een expressie heeft precies één operator. Combineer er meer met and of or.', 'An expression has exactly one operator. Combine several with and or or.');
    case 'propertyName': return undefined; // reported by propertyNames
    case 'propertyNames': return both(`‘${String(p.propertyName)}’ is geen operator. Kies uit: answer, computed, answered, not, and, or, eq, ne, gt, gte, lt, lte, in, includes, add, sub, mul, div, min, max, round, if, count, sum, concat.`,
      `‘${String(p.propertyName)}’ is not an operator. Choose from: answer, computed, answered, not, and, or, eq, ne, gt, gte, lt, lte, in, includes, add, sub, mul, div, min, max, round, if, count, sum, concat.`);
    case 'if': return undefined; // the branch's own errors say what is wrong
    default: return both(error.message ?? 'Ongeldige waarde.', error.message ?? 'Invalid value.');
  }
}

/** Parses JSON text; a syntax error is reported with its line and column. */
export function parseDefinitionJson(text: string): { value?: unknown; problem?: DefinitionProblem } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    let where = { nl: '', en: '' };
    if (position !== undefined) {
      const before = text.slice(0, Number(position));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = { nl: ` op regel ${line}, kolom ${column}`, en: ` at line ${line}, column ${column}` };
    }
    return { problem: { path: '', nl: `Dit is geen geldige JSON${where.nl}. Let op komma's, aanhalingstekens en haakjes.`, en: `This is not valid JSON${where.en}. Check commas, quotes and brackets.` } };
  }
}

/** All problems of a definition; an empty list means it can be saved and published. */
export function validateDefinition(value: unknown): DefinitionProblem[] {
  if (!validateSchema(value)) {
    const seen = new Set<string>();
    const problems: DefinitionProblem[] = [];
    for (const error of validateSchema.errors ?? []) {
      const problem = fromAjv(error);
      if (!problem) continue;
      const id = `${problem.path}|${problem.nl}`;
      if (seen.has(id)) continue;
      seen.add(id);
      problems.push(problem);
    }
    return problems.slice(0, 50);
  }
  return semanticProblems(value as FormDefinition).slice(0, 50);
}

const PREFILL_TYPES: Record<string, AnswerField['type'][]> = {
  'brp.naam': ['text'], 'brp.bsn': ['bsn', 'text'], 'brp.geboortedatum': ['date'], 'brp.adres': ['address'],
  'brp.partner': ['group'], 'brp.kinderen': ['group'], 'kvk.naam': ['text'], 'kvk.nummer': ['text'], 'kvk.adres': ['address'],
};

/** A pattern that may take exponential time (a quantified group with a quantifier inside). */
function unsafePattern(pattern: string): boolean {
  return /\([^)]*[+*}][^)]*\)\s*[+*{]/.test(pattern) || /\\[1-9]/.test(pattern);
}

function semanticProblems(def: FormDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (path: string, nl: string, en: string) => problems.push({ path, nl, en });

  if (!def.access.anonymous && !def.access.digid && !def.access.eherkenning) {
    add('/access', 'Geef aan wie het formulier mag invullen: zet anonymous op true, of geef een niveau voor digid en/of eherkenning.', 'Say who may fill in the form: set anonymous to true, or give a level for digid and/or eherkenning.');
  }

  // Keys: where each field is, for references and uniqueness.
  const fieldStep = new Map<string, number>();
  const fieldByKey = new Map<string, Field>();
  const stepIds = new Set<string>();
  def.steps.forEach((step, s) => {
    if (stepIds.has(step.id)) add(`/steps/${s}/id`, `Er is al een stap met id ‘${step.id}’. Elke stap heeft een eigen id.`, `There is already a step with id ‘${step.id}’. Each step needs its own id.`);
    stepIds.add(step.id);
    step.fields.forEach((field, f) => {
      if (fieldByKey.has(field.key)) add(`/steps/${s}/fields/${f}/key`, `Er is al een veld met sleutel ‘${field.key}’. Elke sleutel komt één keer voor.`, `There is already a field with key ‘${field.key}’. Each key appears once.`);
      else { fieldByKey.set(field.key, field); fieldStep.set(field.key, s); }
    });
  });
  const computedIndex = new Map<string, number>();
  (def.computed ?? []).forEach((c, i) => {
    if (fieldByKey.has(c.key) || computedIndex.has(c.key)) add(`/computed/${i}/key`, `De sleutel ‘${c.key}’ is al in gebruik.`, `The key ‘${c.key}’ is already in use.`);
    else computedIndex.set(c.key, i);
  });

  // Eigenschappen: each name once.
  const eigenschappen = new Map<string, string>();
  const claim = (name: string | undefined, path: string) => {
    if (!name) return;
    if (eigenschappen.has(name)) add(path, `De eigenschap ‘${name}’ wordt al gevuld door ${eigenschappen.get(name)}. Elke eigenschap krijgt één antwoord.`, `The eigenschap ‘${name}’ is already filled by ${eigenschappen.get(name)}. Each eigenschap gets one answer.`);
    else eigenschappen.set(name, path);
  };

  /** References of an expression at `path`, allowed up to step `maxStep` (inclusive) and computed before `maxComputed`. */
  const checkExpression = (expression: unknown, path: string, maxStep: number, maxComputed: number, self?: string) => {
    const refs = references(expression);
    if (refs.depth > MAX_DEPTH) add(path, `Deze expressie is te diep genest (hoogstens ${MAX_DEPTH} niveaus).`, `This expression is nested too deeply (at most ${MAX_DEPTH} levels).`);
    for (const key of refs.answers) {
      const step = fieldStep.get(key);
      const field = fieldByKey.get(key);
      if (step === undefined || !field || !isAnswerField(field)) add(path, `De expressie gebruikt het antwoord ‘${key}’, maar er is geen vraag met die sleutel.`, `The expression uses the answer ‘${key}’, but there is no question with that key.`);
      else if (key === self) add(path, `Een veld kan niet van zijn eigen antwoord afhangen (‘${key}’).`, `A field cannot depend on its own answer (‘${key}’).`);
      else if (step > maxStep) add(path, `De expressie gebruikt ‘${key}’ uit een latere stap. Dat antwoord is er op dit moment nog niet.`, `The expression uses ‘${key}’ from a later step. That answer does not exist yet at this point.`);
    }
    for (const key of refs.computed) {
      const index = computedIndex.get(key);
      if (index === undefined) add(path, `De expressie gebruikt de berekende waarde ‘${key}’, maar die bestaat niet.`, `The expression uses the computed value ‘${key}’, which does not exist.`);
      else if (index >= maxComputed) add(path, `De berekende waarde ‘${key}’ kan hier nog niet gebruikt worden: zet hem eerder in de lijst ‘computed’.`, `The computed value ‘${key}’ cannot be used here yet: put it earlier in the ‘computed’ list.`);
    }
    for (const [group, sub] of refs.sums) {
      const field = fieldByKey.get(group.split('.')[0]!);
      if (field?.type === 'group' && !field.fields.some((f) => f.key === sub)) add(path, `De groep ‘${field.key}’ heeft geen veld ‘${sub}’ om op te tellen.`, `The group ‘${field.key}’ has no field ‘${sub}’ to add up.`);
    }
  };

  const checkField = (field: Field, path: string, stepIndex: number, inGroup?: GroupField) => {
    if (field.type === 'paragraph') {
      if (field.visibleIf !== undefined) checkExpression(field.visibleIf, `${path}/visibleIf`, stepIndex, Infinity);
      return;
    }
    const f = field as AnswerField;
    if (f.visibleIf !== undefined) checkExpression(f.visibleIf, `${path}/visibleIf`, stepIndex, Infinity, f.key);
    if (f.requiredIf !== undefined) checkExpression(f.requiredIf, `${path}/requiredIf`, stepIndex, Infinity, f.key);
    if (!inGroup) claim(f.eigenschap, `${path}/eigenschap`);
    if (f.prefill) {
      const types = PREFILL_TYPES[f.prefill] ?? [];
      if (!types.includes(f.type)) add(`${path}/prefill`, `Vooraf invullen met ${f.prefill} kan alleen bij een veld van type ${types.join(' of ')}.`, `Pre-filling with ${f.prefill} only works for a field of type ${types.join(' or ')}.`);
      if (f.prefill.startsWith('brp.') && !def.access.digid && !def.access.anonymous) add(`${path}/prefill`, 'Gegevens uit de BRP zijn er alleen als iemand met DigiD inlogt. Zet een niveau bij access.digid.', 'BRP data is only available when someone logs in with DigiD. Set a level in access.digid.');
      if (f.prefill.startsWith('kvk.') && !def.access.eherkenning && !def.access.anonymous) add(`${path}/prefill`, 'Gegevens uit het Handelsregister zijn er alleen als een bedrijf met eHerkenning inlogt. Zet een niveau bij access.eherkenning.', 'Trade register data is only available when a business logs in with eHerkenning. Set a level in access.eherkenning.');
    }
    if (f.itemPrefill && !inGroup?.prefill) add(`${path}/itemPrefill`, 'itemPrefill kan alleen in een groep die vooraf wordt ingevuld (brp.partner of brp.kinderen).', 'itemPrefill only works inside a group that is pre-filled (brp.partner or brp.kinderen).');
    switch (f.type) {
      case 'text':
        if (f.minLength !== undefined && f.maxLength !== undefined && f.minLength > f.maxLength) add(`${path}/minLength`, 'minLength is groter dan maxLength.', 'minLength is larger than maxLength.');
        if (f.pattern !== undefined) {
          try {
            new RegExp(f.pattern, 'u');
            if (unsafePattern(f.pattern)) add(`${path}/pattern`, 'Dit patroon kan de server lang laten rekenen (een herhaling binnen een herhaling). Schrijf het eenvoudiger.', 'This pattern can make the server compute for a long time (a repetition inside a repetition). Write it more simply.');
          } catch {
            add(`${path}/pattern`, 'Dit is geen geldige reguliere expressie.', 'This is not a valid regular expression.');
          }
        }
        break;
      case 'number': case 'money':
        if (typeof f.min === 'number' && typeof f.max === 'number' && f.min > f.max) add(`${path}/min`, 'min is groter dan max.', 'min is larger than max.');
        break;
      case 'date':
        if (f.min && f.max && /^\d/.test(f.min) && /^\d/.test(f.max) && f.min > f.max) add(`${path}/min`, 'min ligt na max.', 'min is after max.');
        for (const bound of ['min', 'max'] as const) {
          const b = f[bound];
          if (b && /^\d/.test(b) && Number.isNaN(Date.parse(`${b}T00:00:00Z`))) add(`${path}/${bound}`, 'Dit is geen bestaande datum.', 'This is not a real date.');
        }
        break;
      case 'choice': {
        if (!f.options || !f.display) add(path, 'Een keuzeveld heeft display en options nodig.', 'A choice field needs display and options.');
        const values = new Set<string>();
        (f.options ?? []).forEach((o, i) => {
          if (values.has(o.value)) add(`${path}/options/${i}/value`, `De waarde ‘${o.value}’ komt al voor. Elke keuze heeft een eigen waarde.`, `The value ‘${o.value}’ already appears. Each option needs its own value.`);
          values.add(o.value);
        });
        if ((f.minSelected !== undefined || f.maxSelected !== undefined) && f.display !== 'checkboxes') add(`${path}/display`, 'minSelected en maxSelected horen bij display "checkboxes".', 'minSelected and maxSelected go with display "checkboxes".');
        if (f.minSelected !== undefined && f.maxSelected !== undefined && f.minSelected > f.maxSelected) add(`${path}/minSelected`, 'minSelected is groter dan maxSelected.', 'minSelected is larger than maxSelected.');
        if (f.maxSelected !== undefined && f.options && f.maxSelected > f.options.length) add(`${path}/maxSelected`, 'maxSelected is groter dan het aantal keuzes.', 'maxSelected is larger than the number of options.');
        break;
      }
      case 'consent':
        if (f.optional || f.requiredIf !== undefined) add(`${path}/optional`, 'Een verklaring moet altijd worden aangevinkt; zij kan niet optioneel zijn.', 'A declaration must always be ticked; it cannot be optional.');
        break;
      case 'group': {
        if (f.minItems !== undefined && f.maxItems !== undefined && f.minItems > f.maxItems) add(`${path}/minItems`, 'minItems is groter dan maxItems.', 'minItems is larger than maxItems.');
        const keys = new Set<string>();
        f.fields.forEach((sub, i) => {
          if (keys.has(sub.key)) add(`${path}/fields/${i}/key`, `Er is in deze groep al een veld met sleutel ‘${sub.key}’.`, `This group already has a field with key ‘${sub.key}’.`);
          keys.add(sub.key);
          checkField(sub, `${path}/fields/${i}`, stepIndex, f);
        });
        break;
      }
      default: break;
    }
  };

  def.steps.forEach((step: Step, s) => {
    if (step.visibleIf !== undefined) checkExpression(step.visibleIf, `/steps/${s}/visibleIf`, s - 1, Infinity);
    step.fields.forEach((field, f) => checkField(field, `/steps/${s}/fields/${f}`, s));
    (step.checks ?? []).forEach((check, c) => {
      checkExpression(check.when, `/steps/${s}/checks/${c}/when`, s, Infinity);
      if (fieldStep.get(check.field) !== s) add(`/steps/${s}/checks/${c}/field`, `‘${check.field}’ is geen veld van deze stap. Een controle gaat over een veld op dezelfde pagina.`, `‘${check.field}’ is not a field of this step. A check is about a field on the same page.`);
    });
  });
  (def.computed ?? []).forEach((c, i) => {
    checkExpression(c.expression, `/computed/${i}/expression`, def.steps.length, i);
    claim(c.eigenschap, `/computed/${i}/eigenschap`);
  });
  if (!answerFields(def).length) add('/steps', 'Het formulier stelt geen enkele vraag.', 'The form asks no questions at all.');
  return problems;
}
