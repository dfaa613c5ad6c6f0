/**
 * The expression language of form definitions: JSON data, evaluated by walking it (no eval, no
 * Function, no regular expressions from the definition). An expression is a literal (string,
 * number, boolean, null, or a list of expressions) or an object with exactly one operator:
 *
 * | Operator | Arguments | Result |
 * |---|---|---|
 * | answer | "key" or "key.part" | the answer (null when not given or hidden); "adres.zones" reads into an address |
 * | computed | "key" | a computed value declared earlier |
 * | answered | "key" | true when the question has an answer |
 * | not / and / or | x / [x, …] / [x, …] | logic (truthiness: null, false, 0, "" and [] are false) |
 * | eq ne gt gte lt lte | [a, b] | comparison; with null only eq/ne are true or false, the others false |
 * | in | [x, [list]] | x is one of the list |
 * | includes | [list-valued answer, x] | the answer (checkboxes, zones) contains x |
 * | add mul min max | [a, b, …] | arithmetic (null counts as 0) |
 * | sub div | [a, b] | arithmetic; division by 0 gives 0 |
 * | round | x | nearest whole number |
 * | if | [condition, then, else] | |
 * | count | x | the number of items (a group, checkboxes, a list); 0 for null |
 * | sum | [group answer, "subKey"] or [list] | the sum of a group's sub-answers, or of a list |
 * | concat | [a, b, …] | text |
 *
 * Money is in cents everywhere (answers and results), so a fee of € 60 is 6000.
 */
import type { Expression } from './definition.js';

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

export interface EvalContext {
  /** The answers, by key (hidden questions already left out). */
  answer(key: string): Value;
  computed(key: string): Value;
}

export class ExpressionError extends Error {}

/** Too deep an expression is refused when the definition is checked; this guards evaluation too. */
export const MAX_DEPTH = 20;

export function truthy(value: Value | undefined): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function num(value: Value): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return 0;
}

function equal(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]!));
  if (typeof a === 'number' || typeof b === 'number') {
    if (a === null || b === null) return false;
    return num(a) === num(b);
  }
  return a === b;
}

function compare(a: Value, b: Value): number | undefined {
  if (a === null || b === null) return undefined;
  if (typeof a === 'string' && typeof b === 'string' && !(Number.isFinite(Number(a)) && Number.isFinite(Number(b)))) return a.localeCompare(b);
  return num(a) - num(b);
}

function list(value: Value): Value[] {
  return Array.isArray(value) ? value : value === null ? [] : [value];
}

/** Reads "key" or "key.part.part" from an answers lookup. */
function readPath(ctx: EvalContext, path: string): Value {
  const [first, ...rest] = path.split('.');
  let value = ctx.answer(first!);
  for (const part of rest) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    value = (value as Record<string, Value>)[part] ?? null;
  }
  return value;
}

export function evaluate(expression: Expression | Value, ctx: EvalContext, depth = 0): Value {
  if (depth > MAX_DEPTH) throw new ExpressionError('expressie te diep genest');
  if (expression === null || typeof expression !== 'object') return expression as Value;
  if (Array.isArray(expression)) return expression.map((e) => evaluate(e as Expression, ctx, depth + 1));
  const entries = Object.entries(expression);
  if (entries.length !== 1) throw new ExpressionError('een expressie heeft precies één operator');
  const [op, arg] = entries[0]!;
  const ev = (e: unknown) => evaluate(e as Expression, ctx, depth + 1);
  const args = (): Value[] => (Array.isArray(arg) ? arg.map(ev) : [ev(arg)]);
  switch (op) {
    case 'answer': return readPath(ctx, String(arg));
    case 'computed': return ctx.computed(String(arg));
    case 'answered': {
      const v = readPath(ctx, String(arg));
      return v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
    }
    case 'not': return !truthy(ev(arg));
    case 'and': return (arg as unknown[]).every((e) => truthy(ev(e)));
    case 'or': return (arg as unknown[]).some((e) => truthy(ev(e)));
    case 'eq': { const [a, b] = args(); return equal(a!, b!); }
    case 'ne': { const [a, b] = args(); return !equal(a!, b!); }
    case 'gt': case 'gte': case 'lt': case 'lte': {
      const [a, b] = args();
      const c = compare(a!, b!);
      if (c === undefined) return false;
      return op === 'gt' ? c > 0 : op === 'gte' ? c >= 0 : op === 'lt' ? c < 0 : c <= 0;
    }
    case 'in': { const [x, l] = args(); return list(l!).some((item) => equal(item, x!)); }
    case 'includes': { const [l, x] = args(); return list(l!).some((item) => equal(item, x!)); }
    case 'add': return args().reduce<number>((s, v) => s + num(v), 0);
    case 'mul': return args().reduce<number>((s, v) => s * num(v), 1);
    case 'min': return Math.min(...args().map(num));
    case 'max': return Math.max(...args().map(num));
    case 'sub': { const [a, b] = args(); return num(a!) - num(b!); }
    case 'div': { const [a, b] = args(); const d = num(b!); return d === 0 ? 0 : num(a!) / d; }
    case 'round': return Math.round(num(ev(arg)));
    case 'if': { const [c, t, e] = arg as unknown[]; return truthy(ev(c)) ? ev(t) : ev(e); }
    case 'count': return list(ev(arg)).length;
    case 'sum': {
      const [source, sub] = arg as unknown[];
      const items = list(ev(source));
      if (typeof sub === 'string') return items.reduce<number>((s, item) => s + (item && typeof item === 'object' && !Array.isArray(item) ? num((item as Record<string, Value>)[sub] ?? null) : 0), 0);
      return items.reduce<number>((s, v) => s + num(v), 0);
    }
    case 'concat': return args().map((v) => (v === null ? '' : Array.isArray(v) ? v.join(', ') : String(v))).join('');
    default: throw new ExpressionError(`onbekende operator ${op}`);
  }
}

/** Every answer key (first path segment), computed key and depth an expression uses. */
export function references(expression: unknown, depth = 0): { answers: Set<string>; computed: Set<string>; sums: [string, string][]; depth: number } {
  const out = { answers: new Set<string>(), computed: new Set<string>(), sums: [] as [string, string][], depth };
  const walk = (e: unknown, d: number) => {
    out.depth = Math.max(out.depth, d);
    if (d > MAX_DEPTH + 1 || e === null || typeof e !== 'object') return;
    if (Array.isArray(e)) { e.forEach((x) => walk(x, d + 1)); return; }
    for (const [op, arg] of Object.entries(e)) {
      if (op === 'answer' || op === 'answered') out.answers.add(String(arg).split('.')[0]!);
      else if (op === 'computed') out.computed.add(String(arg));
      else if (op === 'sum' && Array.isArray(arg)) {
        const [source, sub] = arg as unknown[];
        if (typeof sub === 'string' && source && typeof source === 'object' && 'answer' in source) out.sums.push([String((source as { answer: unknown }).answer), sub]);
        walk(source, d + 1);
      } else walk(arg, d + 1);
    }
  };
  walk(expression, depth);
  return out;
}
