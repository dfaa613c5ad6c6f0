/**
 * Calendar arithmetic on ISO dates ('2026-03-31') and ISO 8601 durations ('P8W', 'P1Y6M', 'P30D'),
 * as the ZGW standard uses them for lead times (doorlooptijd), extensions and retention periods.
 * Dates are calendar dates in the Netherlands; arithmetic is done in UTC on the date alone, so
 * summer time never shifts a day.
 */

export type IsoDate = string;

import { dateInNl, isIsoDate } from '../../platform/values.js';

// The calendar date in the Netherlands and the date check are the platform's; the module re-exports them.
export { dateInNl, isIsoDate };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}


/** Parses an ISO 8601 duration; the time part (hours, minutes, seconds) is ignored for dates. */
export function parseDuration(value: string): Duration | undefined {
  const match = ISO_DURATION.exec(value);
  if (!match) return undefined;
  const n = (i: number) => Number(match[i] ?? 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4) };
}

export function isDuration(value: unknown): value is string {
  return typeof value === 'string' && parseDuration(value) !== undefined;
}

function toUtc(date: IsoDate): Date {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`geen datum: ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/**
 * date + duration. Years and months first (the 31st plus one month is the last day of the next
 * month, like dateutil's relativedelta), then weeks and days.
 */
export function addDuration(date: IsoDate, duration: string | Duration): IsoDate {
  const d = typeof duration === 'string' ? parseDuration(duration) : duration;
  if (!d) throw new RangeError(`geen ISO 8601-duur: ${String(duration)}`);
  const start = toUtc(date);
  const totalMonths = start.getUTCMonth() + d.months + d.years * 12;
  const year = start.getUTCFullYear() + Math.floor(totalMonths / 12);
  const month = ((totalMonths % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const shifted = new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay)));
  shifted.setUTCDate(shifted.getUTCDate() + d.weeks * 7 + d.days);
  return fromUtc(shifted);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function maxDate(dates: (IsoDate | null | undefined)[]): IsoDate | null {
  let max: IsoDate | null = null;
  for (const d of dates) if (d && (!max || d > max)) max = d;
  return max;
}

/** A date or date-time value ('2026-03-01', '2026-03-01T10:00:00Z') as a date; undefined if neither. */
export function parseDateValue(value: string): IsoDate | undefined {
  const trimmed = value.trim();
  if (isIsoDate(trimmed)) return trimmed;
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const d = new Date(trimmed);
    if (!Number.isNaN(d.getTime())) return /[zZ]|[+-]\d{2}:?\d{2}$/.test(trimmed) ? dateInNl(d) : trimmed.slice(0, 10);
  }
  if (/^\d{8}$/.test(trimmed)) {
    const iso = `${trimmed.slice(0, 4)}-${trimmed.slice(4, 6)}-${trimmed.slice(6, 8)}`;
    if (isIsoDate(iso)) return iso;
  }
  return undefined;
}
