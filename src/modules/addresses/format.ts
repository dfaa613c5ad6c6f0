/** Postcodes and house numbers as people type them, and addresses as envelopes show them. */
import type { Address } from './types.js';

/**
 * A Dutch postcode: four digits (not starting with 0), two letters; SA, SD and SS are never used.
 * Spaces and lower case are accepted; the result is "4201AB", or undefined when it is not one.
 */
export function normalizePostcode(input: string): string | undefined {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(compact)) return undefined;
  if (['SA', 'SD', 'SS'].includes(compact.slice(4))) return undefined;
  return compact;
}

/** "4201AB" → "4201 AB". */
export function formatPostcode(postcode: string): string {
  return /^\d{4}[A-Z]{2}$/.test(postcode) ? `${postcode.slice(0, 4)} ${postcode.slice(4)}` : postcode;
}

/**
 * A house number as typed, with an addition that may be typed in the same box ("3A", "27-2",
 * "5 bis") or in its own. Returns undefined when the number is not 1 to 99999.
 */
export function parseHouseNumber(numberInput: string, additionInput = ''): { huisnummer: number; toevoeging: string } | undefined {
  // "27-2" and "5 bis" (hyphen or space), or "3A" (a letter straight after the number).
  const match = /^\s*(\d{1,5})(?:\s*-\s*([A-Za-z0-9]{1,4})|\s+([A-Za-z0-9]{1,4})|([A-Za-z][A-Za-z0-9]{0,3}))?\s*$/.exec(numberInput);
  if (!match) return undefined;
  const huisnummer = Number(match[1]);
  if (huisnummer < 1 || huisnummer > 99999) return undefined;
  const toevoeging = (additionInput.trim() || match[2] || match[3] || match[4] || '').trim();
  return { huisnummer, toevoeging };
}

/** An addition compared loosely: "-2", " 2", "A", "a", "bis", "BIS" and "A-2"/"a2" match the BAG's. */
export function normalizeAddition(value: string): string {
  return value.replace(/[\s-]+/g, '').toLowerCase();
}

export function additionOf(address: Pick<Address, 'huisletter' | 'huisnummertoevoeging'>): string {
  return normalizeAddition(`${address.huisletter ?? ''}${address.huisnummertoevoeging ?? ''}`);
}

/** "14", "3A", "27-2" (a numeric addition after a hyphen), "5 bis" (a word after a space). */
export function formatHouseNumber(a: Pick<Address, 'huisnummer' | 'huisletter' | 'huisnummertoevoeging'>): string {
  const t = a.huisnummertoevoeging;
  const addition = t ? (/^\d/.test(t) || a.huisletter ? `-${t}` : ` ${t}`) : '';
  return `${a.huisnummer}${a.huisletter ?? ''}${addition}`;
}

/** The two lines of an envelope: "Dijkstraat 14" and "4201 AB Dijkwaard". */
export function addressLines(a: Pick<Address, 'straat' | 'huisnummer' | 'huisletter' | 'huisnummertoevoeging' | 'postcode' | 'woonplaats'>): [string, string] {
  return [`${a.straat} ${formatHouseNumber(a)}`, `${formatPostcode(a.postcode)} ${a.woonplaats}`];
}

/** The address on one line: "Dijkstraat 14, 4201 AB Dijkwaard". */
export function formatAddressLine(a: Parameters<typeof addressLines>[0]): string {
  return addressLines(a).join(', ');
}
