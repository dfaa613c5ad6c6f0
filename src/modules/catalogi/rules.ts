/**
 * Explainable automation rules of a zaaktype version.
 *
 * A rule set names the input facts it uses (with a type and a plain-language label) and lists
 * rules in order. Each rule has a condition over the facts and an outcome: toekennen (grant),
 * afwijzen (refuse, with a reason for the applicant) or handmatig (a person decides).
 *
 * Evaluation is three-valued: a comparison on a fact that is missing or unclear is 'unknown',
 * `all`/`any` combine as in Kleene logic. The rules are tried in order:
 *  - the first rule whose condition is 'true' decides;
 *  - a rule whose condition is 'unknown' before any rule decided stops the evaluation with
 *    handmatig: we cannot know whether it would have applied;
 *  - a refusal that rests on a missing or unclear fact (e.g. `exists: false`) becomes handmatig:
 *    there is never an automatic refusal on missing data;
 *  - when no rule applies, `otherwise` decides (handmatig unless it says toekennen).
 * Every rule is evaluated for the trace, also those after the deciding one.
 *
 * The format is validated by rules.schema.json (JSON Schema draft-07, ajv) plus the checks the
 * schema cannot express (facts declared, values of the fact's type, unique rule ids).
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import type { Lang } from '../../platform/i18n/i18n.js';

// ---------------------------------------------------------------------------------------------
// The format
// ---------------------------------------------------------------------------------------------

/** A text in Dutch (B1) and English. */
export interface LocalText {
  nl: string;
  en: string;
}

export type FactType = 'string' | 'number' | 'boolean' | 'date';

export interface FactDefinition {
  type: FactType;
  /** What the fact is, as a noun phrase: "de vergunningszone van uw adres". */
  label: LocalText;
}

export const COMPARISON_OPS = ['equals', 'notEquals', 'in', 'notIn', '<', '<=', '>', '>=', 'exists'] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];
export type Scalar = string | number | boolean;

export interface Comparison {
  fact: string;
  op: ComparisonOp;
  /** A scalar; a list for in/notIn; for exists true (default) or false. */
  value?: Scalar | Scalar[];
  /** Sentences for the applicant when this comparison holds or not; {value} and {expected} are filled in. */
  explain?: { true?: LocalText; false?: LocalText };
}

export type Condition = Comparison | { all: Condition[] } | { any: Condition[] };

export const OUTCOMES = ['toekennen', 'afwijzen', 'handmatig'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Rule {
  /** Short stable name: 'buiten-vergunningszone'. */
  id: string;
  description: LocalText;
  when: Condition;
  then: {
    outcome: Outcome;
    /** For the applicant; required for afwijzen ("Uw adres ligt niet in een vergunningszone."). */
    reason?: LocalText;
    /** Omschrijving of the resultaattype that goes with this outcome. */
    resultaattype?: string;
  };
}

export interface RuleSet {
  version: 1;
  facts: Record<string, FactDefinition>;
  rules: Rule[];
  /** When no rule applies; never afwijzen. Default handmatig. */
  otherwise?: { outcome: 'handmatig' | 'toekennen'; reason?: LocalText; resultaattype?: string };
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

export const RULES_SCHEMA = JSON.parse(readFileSync(new URL('./rules.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validateSchema = ajv.compile(RULES_SCHEMA);

/** One problem in a rule set; `path` is a JSON pointer into it ('/rules/0/then/reason'). */
export interface RuleError {
  path: string;
  message: string;
}

export type RuleValidation = { ok: true; value: RuleSet } | { ok: false; errors: RuleError[] };

/** Checks a rule set against the schema and the facts it declares. */
export function validateRuleSet(value: unknown, lang: Lang = 'nl'): RuleValidation {
  if (!validateSchema(value)) {
    const errors = (validateSchema.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => schemaError(e, value, lang));
    return { ok: false, errors: dedupe(errors) };
  }
  const set = value as RuleSet;
  const errors: RuleError[] = [];
  const m = validationMessages[lang];
  const seen = new Set<string>();
  set.rules.forEach((rule, i) => {
    if (seen.has(rule.id)) errors.push({ path: `/rules/${i}/id`, message: withPlace(m.duplicateId(rule.id), `/rules/${i}/id`, set, lang) });
    seen.add(rule.id);
    checkCondition(rule.when, `/rules/${i}/when`);
  });
  function checkCondition(condition: Condition, path: string): void {
    if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, `${path}/all/${i}`));
    if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, `${path}/any/${i}`));
    const fact = set.facts[condition.fact];
    const add = (sub: string, message: string): void => {
      errors.push({ path: `${path}${sub}`, message: withPlace(message, `${path}${sub}`, set, lang) });
    };
    if (!fact) return add('/fact', m.unknownFact(condition.fact, Object.keys(set.facts)));
    if (condition.op === 'exists') return;
    if (['<', '<=', '>', '>='].includes(condition.op) && fact.type !== 'number' && fact.type !== 'date') {
      return add('/op', m.orderOnType(condition.op, fact.type));
    }
    const values = Array.isArray(condition.value) ? condition.value : [condition.value];
    for (const v of values) if (!fitsType(v, fact.type)) return add('/value', m.valueType(JSON.stringify(v), fact.type));
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: set };
}

function fitsType(value: unknown, type: FactType): boolean {
  switch (type) {
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'boolean': return typeof value === 'boolean';
    case 'date': return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
    case 'string': return typeof value === 'string';
  }
}

function dedupe(errors: RuleError[]): RuleError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path} ${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const validationMessages = {
  nl: {
    duplicateId: (id: string) => `de naam ‘${id}’ komt vaker voor; geef elke regel een eigen naam`,
    unknownFact: (fact: string, known: string[]) => `het gegeven ‘${fact}’ staat niet bij facts (bekend: ${known.join(', ')})`,
    orderOnType: (op: string, type: string) => `‘${op}’ kan alleen bij een getal of datum, niet bij type ${type}`,
    valueType: (value: string, type: string) => `de waarde ${value} past niet bij het type ${type} van dit gegeven`,
    place: 'Regel {n} ({id})',
    top: 'Regels',
    keyword: {
      required: (p: Record<string, unknown>) => `‘${String(p.missingProperty)}’ ontbreekt`,
      additionalProperties: (p: Record<string, unknown>) => `‘${String(p.additionalProperty)}’ is geen bekend onderdeel`,
      type: (p: Record<string, unknown>) => `moet van het type ${String(p.type)} zijn`,
      enum: (p: Record<string, unknown>) => `moet een van deze waarden zijn: ${(p.allowedValues as unknown[]).join(', ')}`,
      const: (p: Record<string, unknown>) => `moet ${JSON.stringify(p.allowedValue)} zijn`,
      pattern: () => 'heeft niet de juiste vorm (kleine letters, cijfers en streepjes)',
      minItems: (p: Record<string, unknown>) => `moet minstens ${String(p.limit)} onderdeel/onderdelen hebben`,
      maxItems: (p: Record<string, unknown>) => `mag hoogstens ${String(p.limit)} onderdelen hebben`,
      minLength: () => 'mag niet leeg zijn',
      maxLength: (p: Record<string, unknown>) => `mag hoogstens ${String(p.limit)} tekens lang zijn`,
      minProperties: () => 'mag niet leeg zijn',
      maxProperties: (p: Record<string, unknown>) => `mag hoogstens ${String(p.limit)} onderdelen hebben`,
      propertyNames: () => 'bevat een naam die niet mag',
    } as Record<string, (p: Record<string, unknown>) => string>,
    fallback: 'is niet geldig',
  },
  en: {
    duplicateId: (id: string) => `the name ‘${id}’ is used more than once; give every rule its own name`,
    unknownFact: (fact: string, known: string[]) => `the fact ‘${fact}’ is not listed in facts (known: ${known.join(', ')})`,
    orderOnType: (op: string, type: string) => `‘${op}’ only works with a number or date, not with type ${type}`,
    valueType: (value: string, type: string) => `the value ${value} does not fit the type ${type} of this fact`,
    place: 'Rule {n} ({id})',
    top: 'Rules',
    keyword: {
      required: (p: Record<string, unknown>) => `‘${String(p.missingProperty)}’ is missing`,
      additionalProperties: (p: Record<string, unknown>) => `‘${String(p.additionalProperty)}’ is not a known part`,
      type: (p: Record<string, unknown>) => `must be of type ${String(p.type)}`,
      enum: (p: Record<string, unknown>) => `must be one of: ${(p.allowedValues as unknown[]).join(', ')}`,
      const: (p: Record<string, unknown>) => `must be ${JSON.stringify(p.allowedValue)}`,
      pattern: () => 'does not have the right form (lower-case letters, digits and hyphens)',
      minItems: (p: Record<string, unknown>) => `must have at least ${String(p.limit)} item(s)`,
      maxItems: (p: Record<string, unknown>) => `may have at most ${String(p.limit)} items`,
      minLength: () => 'may not be empty',
      maxLength: (p: Record<string, unknown>) => `may be at most ${String(p.limit)} characters long`,
      minProperties: () => 'may not be empty',
      maxProperties: (p: Record<string, unknown>) => `may have at most ${String(p.limit)} parts`,
      propertyNames: () => 'contains a name that is not allowed',
    } as Record<string, (p: Record<string, unknown>) => string>,
    fallback: 'is not valid',
  },
};

function schemaError(e: ErrorObject, value: unknown, lang: Lang): RuleError {
  const m = validationMessages[lang];
  const text = m.keyword[e.keyword]?.(e.params as Record<string, unknown>) ?? e.message ?? m.fallback;
  return { path: e.instancePath || '/', message: withPlace(text, e.instancePath, value, lang) };
}

/** "Regel 2 (maximum-bereikt), then.reason: ‘nl’ ontbreekt" */
function withPlace(message: string, pointer: string, value: unknown, lang: Lang): string {
  const m = validationMessages[lang];
  const parts = pointer.split('/').filter(Boolean);
  if (parts[0] === 'rules' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    const index = Number(parts[1]);
    const rules = (value as { rules?: unknown } | null)?.rules;
    const rule = Array.isArray(rules) ? (rules[index] as { id?: unknown } | undefined) : undefined;
    const id = typeof rule?.id === 'string' ? rule.id : '?';
    const rest = parts.slice(2).join('.');
    return `${m.place.replace('{n}', String(index + 1)).replace('{id}', id)}${rest ? `, ${rest}` : ''}: ${message}`;
  }
  return `${parts.length ? parts.join('.') : m.top}: ${message}`;
}

/**
 * Parses the JSON text of a rule set (back office). Empty text means "no rules" (null).
 * Errors carry the JSON pointer of the place and a Dutch (or English) message.
 */
export function parseRuleSetText(text: string, lang: Lang = 'nl'): { ok: true; value: RuleSet | null } | { ok: false; errors: RuleError[] } {
  if (!text.trim()) return { ok: true, value: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '/', message: lang === 'nl' ? `De tekst is geen geldige JSON (${detail}).` : `The text is not valid JSON (${detail}).` }] };
  }
  return validateRuleSet(parsed, lang);
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

export type Truth = 'true' | 'false' | 'unknown';
export type FactStatus = 'present' | 'missing' | 'unclear';

/** A fact as a rule looked at it. */
export interface FactUse {
  fact: string;
  label: LocalText;
  /** The value after normalising (numbers from numeric text, dates as 'YYYY-MM-DD'); null when missing. */
  value: Scalar | null;
  status: FactStatus;
}

export interface ComparisonTrace {
  kind: 'comparison';
  fact: string;
  op: ComparisonOp;
  expected: Scalar | Scalar[] | undefined;
  actual: Scalar | null;
  factStatus: FactStatus;
  result: Truth;
  /** The sentence for the applicant for this result, filled in; undefined when the rule has none. */
  text?: LocalText;
}

export interface GroupTrace {
  kind: 'all' | 'any';
  result: Truth;
  conditions: ConditionTrace[];
}

export type ConditionTrace = ComparisonTrace | GroupTrace;

export interface RuleTrace {
  ruleId: string;
  description: LocalText;
  outcome: Outcome;
  /** The facts this rule looked at, each once, with their values. */
  inputs: FactUse[];
  condition: ConditionTrace;
  result: Truth;
  /** True for the rule that decided (or that stopped the evaluation with handmatig). */
  decisive: boolean;
  /** False for rules after the deciding one: evaluated for the record only. */
  reached: boolean;
}

export type DecisionBasis =
  /** A rule's condition held and its outcome is the decision. */
  | 'rule'
  /** A rule could not be evaluated (missing or unclear facts): handmatig. */
  | 'unknown'
  /** A refusal rule held, but on a missing or unclear fact: handmatig instead. */
  | 'refusal-needs-facts'
  /** No rule applied: `otherwise`. */
  | 'otherwise'
  /** There are no rules (or they are not valid): handmatig. */
  | 'no-rules';

export interface RuleEvaluation {
  decision: Outcome;
  basis: DecisionBasis;
  /** Id of the deciding rule; null for otherwise / no-rules. */
  decidedBy: string | null;
  /** The reason for the applicant given with the outcome, if any. */
  reason: LocalText | null;
  /** Omschrijving of the resultaattype that goes with the decision, if the rules name one. */
  resultaattype: string | null;
  /** Facts that were missing or unclear where it mattered (for handmatig), in order of use. */
  missingFacts: FactUse[];
  /** One entry per rule, in order. */
  trace: RuleTrace[];
  /** Applicant-facing sentences for the facts that carried the decision. */
  support: LocalText[];
  evaluatedAt: string;
}

/**
 * Evaluates the rules against the facts and returns the decision with a full trace. Never
 * throws on bad facts: a value that does not fit the fact's type is 'unclear'. Rules that are
 * not valid (or none) give handmatig.
 */
export function evaluateRules(rules: RuleSet | null | undefined, facts: Record<string, unknown>, now: Date = new Date()): RuleEvaluation {
  const base = { evaluatedAt: now.toISOString(), trace: [] as RuleTrace[], missingFacts: [] as FactUse[], support: [] as LocalText[] };
  if (!rules || !validateRuleSet(rules).ok) {
    return { ...base, decision: 'handmatig', basis: 'no-rules', decidedBy: null, reason: null, resultaattype: null };
  }
  const trace: RuleTrace[] = [];
  let decided: Omit<RuleEvaluation, 'trace' | 'evaluatedAt'> | undefined;
  for (const rule of rules.rules) {
    const inputs = new Map<string, FactUse>();
    const condition = evaluateCondition(rule.when, rules, facts, inputs);
    const entry: RuleTrace = {
      ruleId: rule.id, description: rule.description, outcome: rule.then.outcome, inputs: [...inputs.values()],
      condition, result: condition.result, decisive: false, reached: decided === undefined,
    };
    trace.push(entry);
    if (decided) continue;
    if (condition.result === 'unknown') {
      entry.decisive = true;
      decided = {
        decision: 'handmatig', basis: 'unknown', decidedBy: rule.id, reason: null, resultaattype: null,
        missingFacts: entry.inputs.filter((f) => f.status !== 'present'), support: [],
      };
    } else if (condition.result === 'true') {
      entry.decisive = true;
      const supporting = supportOf(condition);
      const shaky = supporting.filter((c) => c.factStatus !== 'present');
      if (rule.then.outcome === 'afwijzen' && shaky.length) {
        decided = {
          decision: 'handmatig', basis: 'refusal-needs-facts', decidedBy: rule.id, reason: null, resultaattype: null,
          missingFacts: dedupeFacts(shaky.map((c) => inputs.get(c.fact)!)), support: [],
        };
      } else {
        decided = {
          decision: rule.then.outcome, basis: 'rule', decidedBy: rule.id, reason: rule.then.reason ?? null,
          resultaattype: rule.then.resultaattype ?? null, missingFacts: [],
          support: supporting.flatMap((c) => (c.text ? [c.text] : [])),
        };
      }
    }
  }
  if (!decided) {
    const otherwise = rules.otherwise ?? { outcome: 'handmatig' as const };
    decided = {
      decision: otherwise.outcome, basis: 'otherwise', decidedBy: null, reason: otherwise.reason ?? null,
      resultaattype: otherwise.resultaattype ?? null, missingFacts: [], support: [],
    };
  }
  return { ...base, ...decided, trace };
}

function dedupeFacts(list: FactUse[]): FactUse[] {
  return list.filter((f, i) => list.findIndex((g) => g.fact === f.fact) === i);
}

/** The comparisons that made a 'true' condition true. */
function supportOf(trace: ConditionTrace): ComparisonTrace[] {
  if (trace.kind === 'comparison') return trace.result === 'true' ? [trace] : [];
  if (trace.kind === 'all') return trace.conditions.flatMap(supportOf);
  return trace.conditions.filter((c) => c.result === 'true').flatMap(supportOf);
}

function evaluateCondition(condition: Condition, rules: RuleSet, facts: Record<string, unknown>, inputs: Map<string, FactUse>): ConditionTrace {
  if ('all' in condition || 'any' in condition) {
    const kind = 'all' in condition ? 'all' : 'any';
    const list = 'all' in condition ? condition.all : condition.any;
    const conditions = list.map((c) => evaluateCondition(c, rules, facts, inputs));
    const results = conditions.map((c) => c.result);
    const result: Truth = kind === 'all'
      ? (results.includes('false') ? 'false' : results.includes('unknown') ? 'unknown' : 'true')
      : (results.includes('true') ? 'true' : results.includes('unknown') ? 'unknown' : 'false');
    return { kind, result, conditions };
  }
  const definition = rules.facts[condition.fact];
  let use = inputs.get(condition.fact);
  if (!use) {
    use = readFact(condition.fact, definition, facts);
    inputs.set(condition.fact, use);
  }
  const result = compare(condition, use, definition?.type);
  const trace: ComparisonTrace = {
    kind: 'comparison', fact: condition.fact, op: condition.op, expected: condition.value,
    actual: use.value, factStatus: use.status, result,
  };
  const template = result === 'true' ? condition.explain?.true : result === 'false' ? condition.explain?.false : undefined;
  if (template) trace.text = { nl: fill(template.nl, use.value, condition.value, 'nl'), en: fill(template.en, use.value, condition.value, 'en') };
  return trace;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads and normalises one fact: numbers from numeric text, booleans from ja/nee, dates as ISO dates. */
function readFact(name: string, definition: FactDefinition | undefined, facts: Record<string, unknown>): FactUse {
  const label = definition?.label ?? { nl: name, en: name };
  const raw = Object.prototype.hasOwnProperty.call(facts, name) ? facts[name] : undefined;
  const use = (value: Scalar | null, status: FactStatus): FactUse => ({ fact: name, label, value, status });
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return use(null, 'missing');
  if (!definition) return use(null, 'unclear');
  switch (definition.type) {
    case 'string':
      return typeof raw === 'string' ? use(raw.trim(), 'present') : typeof raw === 'number' && Number.isFinite(raw) ? use(String(raw), 'present') : use(null, 'unclear');
    case 'number':
      if (typeof raw === 'number') return Number.isFinite(raw) ? use(raw, 'present') : use(null, 'unclear');
      if (typeof raw === 'string' && /^-?\d+([.,]\d+)?$/.test(raw.trim())) return use(Number(raw.trim().replace(',', '.')), 'present');
      return use(null, 'unclear');
    case 'boolean':
      if (typeof raw === 'boolean') return use(raw, 'present');
      if (typeof raw === 'string' && /^(ja|true|yes)$/i.test(raw.trim())) return use(true, 'present');
      if (typeof raw === 'string' && /^(nee|false|no)$/i.test(raw.trim())) return use(false, 'present');
      return use(null, 'unclear');
    case 'date':
      if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? use(null, 'unclear') : use(isoDateOf(raw), 'present');
      if (typeof raw === 'string' && ISO_DATE.test(raw.trim()) && !Number.isNaN(Date.parse(raw.trim()))) return use(raw.trim(), 'present');
      return use(null, 'unclear');
  }
}

/** The calendar date in the Netherlands. */
function isoDateOf(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

function compare(condition: Comparison, use: FactUse, type: FactType | undefined): Truth {
  if (condition.op === 'exists') {
    // Whether a fact is known is itself known; an unclear value does exist but is not usable.
    const wanted = condition.value === undefined ? true : condition.value === true;
    if (use.status === 'unclear') return 'unknown';
    return (use.status === 'present') === wanted ? 'true' : 'false';
  }
  if (use.status !== 'present' || use.value === null || !type) return 'unknown';
  const actual = use.value;
  const same = (a: Scalar, b: Scalar) => (typeof a === 'string' && typeof b === 'string' ? a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0 : a === b);
  switch (condition.op) {
    case 'equals': return same(actual, condition.value as Scalar) ? 'true' : 'false';
    case 'notEquals': return same(actual, condition.value as Scalar) ? 'false' : 'true';
    case 'in': return (condition.value as Scalar[]).some((v) => same(actual, v)) ? 'true' : 'false';
    case 'notIn': return (condition.value as Scalar[]).some((v) => same(actual, v)) ? 'false' : 'true';
    default: {
      const expected = condition.value as Scalar;
      if (typeof actual !== typeof expected) return 'unknown';
      const order = actual < expected ? -1 : actual > expected ? 1 : 0;
      switch (condition.op) {
        case '<': return order < 0 ? 'true' : 'false';
        case '<=': return order <= 0 ? 'true' : 'false';
        case '>': return order > 0 ? 'true' : 'false';
        case '>=': return order >= 0 ? 'true' : 'false';
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Explanation in plain language
// ---------------------------------------------------------------------------------------------

const longDate = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** A value as people read it: "ja", "31 januari 2026", "Centrum of Haven". */
export function formatValue(value: Scalar | Scalar[] | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return lang === 'nl' ? 'onbekend' : 'unknown';
  if (Array.isArray(value)) {
    const parts = value.map((v) => formatValue(v, lang));
    if (parts.length <= 1) return parts.join('');
    return `${parts.slice(0, -1).join(', ')} ${lang === 'nl' ? 'of' : 'or'} ${parts[parts.length - 1]}`;
  }
  if (typeof value === 'boolean') return lang === 'nl' ? (value ? 'ja' : 'nee') : (value ? 'yes' : 'no');
  if (typeof value === 'number') return value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  if (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return longDate[lang].format(new Date(`${value}T00:00:00Z`));
  return value;
}

function fill(template: string, value: Scalar | null, expected: Scalar | Scalar[] | undefined, lang: Lang): string {
  return template.replace(/\{(value|expected)\}/g, (_m, name: string) => formatValue(name === 'value' ? value : expected, lang));
}

const explainTexts = {
  nl: {
    granted: 'Daarom wordt uw aanvraag toegekend.',
    manual: 'Een medewerker beoordeelt uw aanvraag.',
    manualBecause: 'Daarom beoordeelt een medewerker uw aanvraag.',
    couldNotDetermine: (label: string) => `We konden ${label} niet vaststellen.`,
    op: {
      equals: 'is gelijk aan', notEquals: 'is niet gelijk aan', in: 'is een van', notIn: 'is geen van',
      '<': 'is kleiner dan', '<=': 'is hoogstens', '>': 'is groter dan', '>=': 'is minstens', exists: 'is bekend',
    } as Record<ComparisonOp, string>,
    notExists: 'is onbekend',
    result: { true: 'klopt', false: 'klopt niet', unknown: 'weten we niet' } as Record<Truth, string>,
    status: { present: '', missing: ' (ontbreekt)', unclear: ' (onduidelijk)' } as Record<FactStatus, string>,
    rule: (n: number, id: string, description: string) => `Regel ${n} ‘${id}’ (${description}):`,
    ruleResult: { true: 'van toepassing', false: 'niet van toepassing', unknown: 'niet te beoordelen' } as Record<Truth, string>,
    notReached: '(niet meer nodig: een eerdere regel besliste)',
    all: 'alle voorwaarden', any: 'minstens één voorwaarde',
    outcome: { toekennen: 'toekennen', afwijzen: 'afwijzen', handmatig: 'handmatig beoordelen' } as Record<Outcome, string>,
    decision: (outcome: string) => `Uitkomst: ${outcome}.`,
    basis: {
      rule: (id: string | null) => `Beslist door regel ‘${id}’.`,
      unknown: (id: string | null) => `Regel ‘${id}’ kon niet worden beoordeeld omdat gegevens ontbreken of onduidelijk zijn; een medewerker beslist.`,
      'refusal-needs-facts': (id: string | null) => `Regel ‘${id}’ zou afwijzen, maar op ontbrekende of onduidelijke gegevens; een medewerker beslist.`,
      otherwise: () => 'Geen enkele regel was van toepassing; de standaarduitkomst geldt.',
      'no-rules': () => 'Dit zaaktype heeft geen (geldige) regels; een medewerker beslist.',
    } as Record<DecisionBasis, (id: string | null) => string>,
    missing: (labels: string) => `Ontbrekend of onduidelijk: ${labels}.`,
  },
  en: {
    granted: 'That is why your application is granted.',
    manual: 'An employee will assess your application.',
    manualBecause: 'That is why an employee will assess your application.',
    couldNotDetermine: (label: string) => `We could not determine ${label}.`,
    op: {
      equals: 'is equal to', notEquals: 'is not equal to', in: 'is one of', notIn: 'is none of',
      '<': 'is less than', '<=': 'is at most', '>': 'is more than', '>=': 'is at least', exists: 'is known',
    } as Record<ComparisonOp, string>,
    notExists: 'is unknown',
    result: { true: 'correct', false: 'not correct', unknown: 'not known' } as Record<Truth, string>,
    status: { present: '', missing: ' (missing)', unclear: ' (unclear)' } as Record<FactStatus, string>,
    rule: (n: number, id: string, description: string) => `Rule ${n} ‘${id}’ (${description}):`,
    ruleResult: { true: 'applies', false: 'does not apply', unknown: 'cannot be assessed' } as Record<Truth, string>,
    notReached: '(no longer needed: an earlier rule decided)',
    all: 'all conditions', any: 'at least one condition',
    outcome: { toekennen: 'grant', afwijzen: 'refuse', handmatig: 'assess by hand' } as Record<Outcome, string>,
    decision: (outcome: string) => `Outcome: ${outcome}.`,
    basis: {
      rule: (id: string | null) => `Decided by rule ‘${id}’.`,
      unknown: (id: string | null) => `Rule ‘${id}’ could not be assessed because facts are missing or unclear; an employee decides.`,
      'refusal-needs-facts': (id: string | null) => `Rule ‘${id}’ would refuse, but on missing or unclear facts; an employee decides.`,
      otherwise: () => 'No rule applied; the default outcome holds.',
      'no-rules': () => 'This case type has no (valid) rules; an employee decides.',
    } as Record<DecisionBasis, (id: string | null) => string>,
    missing: (labels: string) => `Missing or unclear: ${labels}.`,
  },
};

export interface Explanation {
  /** Sentences for the applicant (B1), to show one after another. */
  applicant: string[];
  /** Sentences for staff: the decision, then every rule with its conditions and facts. */
  staff: string[];
}

/**
 * Plain-language sentences for an evaluation. For the applicant: the facts that carried the
 * decision and the decision itself ("Uw adres ligt in vergunningszone Centrum. Op uw adres zijn
 * 1 van de 2 vergunningen in gebruik. Daarom krijgt u de vergunning."). For staff: the same plus
 * every rule, its conditions with the values looked at, and why it did or did not apply.
 */
export function explain(evaluation: RuleEvaluation, lang: Lang): Explanation {
  const t = explainTexts[lang];
  const applicant: string[] = [];
  switch (evaluation.basis) {
    case 'rule':
      applicant.push(...evaluation.support.map((s) => s[lang]));
      if (evaluation.reason) applicant.push(evaluation.reason[lang]);
      else applicant.push(evaluation.decision === 'toekennen' ? t.granted : t.manual);
      break;
    case 'unknown':
    case 'refusal-needs-facts':
      for (const f of evaluation.missingFacts) applicant.push(t.couldNotDetermine(f.label[lang]));
      applicant.push(evaluation.missingFacts.length ? t.manualBecause : t.manual);
      break;
    case 'otherwise':
      applicant.push(evaluation.reason ? evaluation.reason[lang] : evaluation.decision === 'toekennen' ? t.granted : t.manual);
      break;
    case 'no-rules':
      applicant.push(t.manual);
      break;
  }

  const staff: string[] = [t.decision(t.outcome[evaluation.decision]), t.basis[evaluation.basis](evaluation.decidedBy)];
  if (evaluation.missingFacts.length) staff.push(t.missing(evaluation.missingFacts.map((f) => `${f.label[lang]} (${f.fact})`).join(', ')));
  evaluation.trace.forEach((rule, i) => {
    staff.push(`${t.rule(i + 1, rule.ruleId, rule.description[lang])} ${t.ruleResult[rule.result]} → ${t.outcome[rule.outcome]}${rule.reached ? '' : ` ${t.notReached}`}`);
    for (const line of conditionLines(rule.condition, rule.inputs, lang, 1)) staff.push(line);
  });
  return { applicant, staff };
}

function conditionLines(trace: ConditionTrace, inputs: FactUse[], lang: Lang, depth: number): string[] {
  const t = explainTexts[lang];
  const indent = '  '.repeat(depth);
  if (trace.kind !== 'comparison') {
    return [`${indent}${trace.kind === 'all' ? t.all : t.any}: ${t.result[trace.result]}`, ...trace.conditions.flatMap((c) => conditionLines(c, inputs, lang, depth + 1))];
  }
  const use = inputs.find((f) => f.fact === trace.fact);
  const label = use?.label[lang] ?? trace.fact;
  const op = trace.op === 'exists' && trace.expected === false ? t.notExists : t.op[trace.op];
  const expected = trace.op === 'exists' ? '' : ` ${formatValue(trace.expected, lang)}`;
  return [`${indent}${label} (${trace.fact} = ${formatValue(trace.actual, lang)}${t.status[trace.factStatus]}) ${op}${expected}: ${t.result[trace.result]}`];
}
