/**
 * Dutch first, English second. Every module keeps its own messages as two objects; the English
 * one must have exactly the Dutch keys (the type checker enforces it), so no string is missing.
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export type Messages = Record<string, string>;
export type Translate<M extends Messages> = (key: keyof M & string, params?: Record<string, string | number>) => string;

export function defineMessages<M extends Messages>(nl: M, en: { [K in keyof M]: string }) {
  return (lang: Lang): Translate<M> => {
    const table: Record<string, string> = lang === 'en' ? en : nl;
    return (key, params) => {
      const text = table[key] ?? key;
      return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
    };
  };
}

const euro = { nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }), en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }) };
const dateTime = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
};

const time = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
};

export function formatTime(date: Date, lang: Lang): string {
  return time[lang].format(date);
}

export function formatEuro(cents: number, lang: Lang): string {
  return euro[lang].format(cents / 100);
}

export function formatDateTime(date: Date, lang: Lang): string {
  return dateTime[lang].format(date);
}
