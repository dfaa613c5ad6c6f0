/**
 * Answers as people type them, checked and turned into values: BSN (11-check), IBAN (mod-97),
 * Dutch phone numbers, e-mail, euros (to cents), numbers with a decimal comma, and dates from
 * three boxes (day, month, year; 31-02 is not a date). Pure functions; the messages are in
 * messages.ts, keyed by the error codes returned here.
 */
import { isValidBsn } from '../../platform/auth/identity.js';
import { normalizePostcode } from '../addresses/index.js';

export type ValueError =
  | 'bsn' | 'iban' | 'postcode' | 'phone' | 'email'
  | 'number' | 'numberWhole' | 'numberDecimals' | 'min' | 'max'
  | 'money' | 'moneyDecimals'
  | 'dateMissing' | 'dateYear' | 'dateReal' | 'dateMin' | 'dateMax';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ValueError; params?: Record<string, string | number>; part?: DatePart };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: ValueError, params?: Record<string, string | number>, part?: DatePart): Parsed<T> => ({ ok: false, error, ...(params ? { params } : {}), ...(part ? { part } : {}) });

/** A BSN as typed ("123 456 782", "123.45.67.82"): nine digits that pass the 11-check. */
export function parseBsn(input: string): Parsed<string> {
  const digits = input.replace(/[\s.-]/g, '');
  return /^\d{9}$/.test(digits) && isValidBsn(digits) ? ok(digits) : fail('bsn');
}

/** IBAN lengths per country (SEPA countries and a few more). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27, GB: 22, GI: 23, GR: 27,
  HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24,
  SE: 24, SI: 19, SK: 24, SM: 27, VA: 22, TR: 26,
};

/** An IBAN as typed (spaces, lower case): the right length for its country and mod-97 = 1. */
export function parseIban(input: string): Parsed<string> {
  const iban = input.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return fail('iban');
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return fail('iban');
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1 ? ok(iban) : fail('iban');
}

/** "NL91ABNA0417164300" → "NL91 ABNA 0417 1643 00". */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

export function parsePostcode(input: string): Parsed<string> {
  const postcode = normalizePostcode(input);
  return postcode ? ok(postcode) : fail('postcode');
}

/**
 * A Dutch phone number: 10 digits starting with 0 (06 mobile, 010 …), or +31 / 0031 and 9 digits;
 * 0800 and 0900/0906/0909 service numbers with 4 or 7 digits. Spaces, hyphens and brackets are
 * allowed; "(0)" after +31 too. The value is E.164: "+31612345678" (service numbers as dialled).
 */
export function parsePhone(input: string): Parsed<string> {
  let s = input.trim().replace(/\(0\)/g, '').replace(/[\s().-]/g, '');
  if (s.startsWith('0031')) s = `+31${s.slice(4)}`;
  if (/^\+31[1-9]\d{8}$/.test(s)) return ok(s);
  if (/^0[1-9]\d{8}$/.test(s)) return ok(`+31${s.slice(1)}`);
  if (/^0(800|900|906|909)(\d{4}|\d{7})$/.test(s)) return ok(s);
  return fail('phone');
}

/** "+31612345678" → "06 12 34 56 78"; landlines "+31104567890" → "010 456 7890" is not attempted: "0104567890". */
export function formatPhone(value: string): string {
  if (/^\+316\d{8}$/.test(value)) return `06 ${value.slice(4).replace(/(\d{2})(?=\d)/g, '$1 ')}`;
  if (/^\+31\d{9}$/.test(value)) return `0${value.slice(3)}`;
  return value;
}

/** A practical e-mail check: one @, a dot in the domain, no spaces; at most 254 characters. */
export function parseEmail(input: string): Parsed<string> {
  const email = input.trim();
  if (email.length > 254 || !/^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[A-Za-z]{2,}$/.test(email) || email.includes('..')) return fail('email');
  const [local, domain] = email.split('@') as [string, string];
  return ok(`${local}@${domain.toLowerCase()}`);
}

/**
 * A number with a decimal comma (or point): "12", "12,5", "1.234,56" (a point before three digits is
 * a thousands separator), "-3". At most `decimals` decimals.
 */
export function parseNumber(input: string, options: { decimals?: number; min?: number | undefined; max?: number | undefined } = {}): Parsed<number> {
  const decimals = options.decimals ?? 0;
  const parsed = parseDecimal(input);
  if (parsed === undefined) return fail('number');
  if (parsed.decimals > decimals) return fail(decimals === 0 ? 'numberWhole' : 'numberDecimals', { decimals });
  if (options.min !== undefined && parsed.value < options.min) return fail('min', { min: formatDecimal(options.min) });
  if (options.max !== undefined && parsed.value > options.max) return fail('max', { max: formatDecimal(options.max) });
  return ok(parsed.value);
}

function parseDecimal(input: string): { value: number; decimals: number } | undefined {
  let s = input.trim().replace(/\s+/g, '');
  if (!s) return undefined;
  let sign = 1;
  if (/^[-−]/.test(s)) { sign = -1; s = s.slice(1); }
  let integer: string;
  let fraction = '';
  if (s.includes(',')) {
    // Dutch: comma decimal, points as thousands separators.
    const [int, frac, ...rest] = s.split(',');
    if (rest.length || !/^\d{1,3}(\.\d{3})*$|^\d+$/.test(int!) || !/^\d+$/.test(frac!)) return undefined;
    integer = int!.replace(/\./g, '');
    fraction = frac!;
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    integer = s.replace(/\./g, ''); // "1.234" and "1.234.567": thousands
  } else if (/^\d+\.\d+$/.test(s)) {
    [integer, fraction] = s.split('.') as [string, string];
  } else if (/^\d+$/.test(s)) {
    integer = s;
  } else return undefined;
  if (integer.length > 12) return undefined;
  const value = sign * Number(`${integer}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? { value, decimals: fraction.length } : undefined;
}

function formatDecimal(value: number): string {
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 4 }).format(value);
}

/**
 * Euros as typed: "12", "12,50", "€ 1.234,56", "12.50"; at most two decimals. The value is in
 * cents. `min` and `max` are in euros.
 */
export function parseMoney(input: string, options: { min?: number | undefined; max?: number | undefined } = {}): Parsed<number> {
  const parsed = parseDecimal(input.replace(/€|eur(o|os)?\b/gi, '').replace(/,-$/, ''));
  if (parsed === undefined) return fail('money');
  if (parsed.decimals > 2) return fail('moneyDecimals');
  const cents = Math.round(parsed.value * 100);
  const min = options.min ?? 0;
  if (cents < Math.round(min * 100)) return fail('min', { min: formatEuroPlain(min) });
  if (options.max !== undefined && cents > Math.round(options.max * 100)) return fail('max', { max: formatEuroPlain(options.max) });
  return ok(cents);
}

function formatEuroPlain(euros: number): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(euros);
}

/** Cents to "12,50" as a resident would type it (for showing an answer back in its box). */
export function centsToInput(cents: number): string {
  const euros = Math.trunc(Math.abs(cents) / 100);
  const rest = Math.abs(cents) % 100;
  return `${cents < 0 ? '-' : ''}${euros}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`;
}

export type DatePart = 'dag' | 'maand' | 'jaar';
export interface DateInput { dag: string; maand: string; jaar: string }

/** The ISO date (yyyy-mm-dd) of a day in the Netherlands' time zone. */
export function todayIso(now: Date = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/** "today", "today+14", "today-365" or "2026-01-31" → an ISO date. */
export function resolveDateBound(bound: string, today: string = todayIso()): string {
  const match = /^today([+-]\d+)?$/.exec(bound);
  if (!match) return bound;
  const days = Number(match[1] ?? 0);
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A date from the three boxes (GOV.UK pattern). Missing parts are named (`part` is the first box
 * with a problem, for the error link); a year must have four digits; 31-02 is not a real date.
 * Empty boxes altogether are "no answer" (undefined), for the caller to decide if that is allowed.
 */
export function parseDate(input: DateInput, bounds: { min?: string | undefined; max?: string | undefined; today?: string } = {}): Parsed<string> | undefined {
  const dag = input.dag.trim();
  const maand = input.maand.trim();
  const jaar = input.jaar.trim();
  if (!dag && !maand && !jaar) return undefined;
  const missing = (['dag', 'maand', 'jaar'] as const).filter((p) => !{ dag, maand, jaar }[p]);
  if (missing.length) return fail('dateMissing', { parts: missing.join(',') }, missing[0]);
  if (!/^\d{1,2}$/.test(dag)) return fail('dateReal', undefined, 'dag');
  if (!/^\d{1,2}$/.test(maand)) return fail('dateReal', undefined, 'maand');
  if (!/^\d{4}$/.test(jaar)) return fail('dateYear', undefined, 'jaar');
  const [d, m, y] = [Number(dag), Number(maand), Number(jaar)];
  if (m < 1 || m > 12) return fail('dateReal', undefined, 'maand');
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth || y < 1800) return fail('dateReal', undefined, d < 1 || d > daysInMonth ? 'dag' : 'jaar');
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const today = bounds.today ?? todayIso();
  if (bounds.min !== undefined) {
    const min = resolveDateBound(bounds.min, today);
    if (iso < min) return fail('dateMin', { date: min, today: bounds.min === 'today' ? 1 : 0 }, 'dag');
  }
  if (bounds.max !== undefined) {
    const max = resolveDateBound(bounds.max, today);
    if (iso > max) return fail('dateMax', { date: max, today: bounds.max === 'today' ? 1 : 0 }, 'dag');
  }
  return ok(iso);
}

/** An ISO date back into its three boxes. */
export function dateToInput(iso: string): DateInput {
  const [jaar = '', maand = '', dag = ''] = iso.split('-');
  return { dag: String(Number(dag)), maand: String(Number(maand)), jaar };
}

const MONTHS = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2026-02-28" → "28 februari 2026" / "28 February 2026". */
export function formatDate(iso: string, lang: 'nl' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[lang][m - 1] ?? ''} ${y}`;
}
