/** Small checks of values that several modules share (identifiers, dates, organisation numbers). */
import { isValidBsn } from './auth/identity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A real calendar date written as YYYY-MM-DD (2026-02-31 is not one). */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The calendar date in the Netherlands of a moment, as YYYY-MM-DD. */
export function dateInNl(at: Date = new Date()): string {
  return at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/** An RSIN (organisation number) has the same 11-check as a BSN. */
export function isValidRsin(value: unknown): value is string {
  return typeof value === 'string' && isValidBsn(value);
}

/** The object without its undefined properties (for partial updates). */
export function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
