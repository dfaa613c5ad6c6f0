import type { Datum } from './brp-types.js';

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A full date ("2015-04-20") as the BRP API writes it: with its Dutch long form. */
export function brpDatum(iso: string): Datum {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { type: 'Datum', datum: iso, langFormaat: `${day} ${MONTHS_NL[month - 1]} ${year}` };
}

/** The ISO date (yyyy-mm-dd) of a day, in the Netherlands' time zone. */
export function isoDay(date: Date): string {
  return date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/** The ISO date `days` days before `date`. */
export function daysBefore(date: Date, days: number): string {
  return isoDay(new Date(date.getTime() - days * 86_400_000));
}

/** Age in whole years on a day (both ISO dates), as the BRP computes `leeftijd`. */
export function ageOn(birthIso: string, todayIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = todayIso.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
