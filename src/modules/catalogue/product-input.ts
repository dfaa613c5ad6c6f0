import type { FieldError } from '../../platform/ui/forms.js';
import type { Audience, ProductText } from './demo/types.js';
import type { CatalogueT } from './messages.js';

export const CHANNELS = ['online', 'appointment', 'phone', 'desk'] as const;
export type Channel = (typeof CHANNELS)[number];
export const AUDIENCES: readonly Audience[] = ['inwoner', 'ondernemer'];

export interface PriceInput {
  year: number;
  label: string;
  labelEn: string;
  amountCents: number;
}

/** Everything a functioneel beheerder can set on a product. */
export interface ProductInput extends ProductText {
  slug: string;
  audience: Audience[];
  channels: Channel[];
  leadTimeDays: number | null;
  keywords: string[];
  related: string[];
  categories: string[];
  prices: PriceInput[];
  /** Slug of the online form (forms module) to apply with, or null when there is none. */
  formSlug: string | null;
  /** Identificatie of the zaaktype that handles this product, or null. */
  zaaktypeIdentificatie: string | null;
  en: ProductText | null;
}

/** The same rules as product slugs (and form slugs in the forms module). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Identificatie of a zaaktype: upper-case letters, digits and hyphens, at most 40. */
export const ZAAKTYPE_IDENTIFICATIE_PATTERN = /^[A-Z0-9-]{1,40}$/;

/** The raw form as posted: every field a string or a list of strings. */
export type RawProductForm = Record<string, string | string[] | undefined>;

const LIMITS = { title: 120, summary: 400, long: 8000, item: 300, items: 20 };

const list = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const str = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).replace(/\r\n/g, '\n').trim();
/** One item per line, empty lines dropped. */
const lines = (v: string | string[] | undefined): string[] => str(v).split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * Turns the back-office form into a ProductInput, or explains in plain language what is wrong.
 * Field ids in the errors are the ids of the form fields, so the error summary can link to them.
 * Prices are one line each: "2026 | Paspoort 18 jaar en ouder | Passport, 18 and over | 84,30".
 */
export function parseProductForm(form: RawProductForm, knownCategories: string[], t: CatalogueT): { value?: ProductInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const label = (field: string) => t(`field.${field}` as Parameters<CatalogueT>[0]).toLowerCase();
  const text = (field: string, max: number, required: boolean): string => {
    const value = str(form[field]);
    if (!value && required) errors.push({ field, message: t('error.required', { field: label(field) }) });
    else if (value.length > max) errors.push({ field, message: t('error.tooLong', { field: capitalise(label(field)), max }) });
    return value;
  };
  const itemList = (field: string): string[] => {
    const items = lines(form[field]);
    if (items.length > LIMITS.items) errors.push({ field, message: t('error.tooManyLines', { field: label(field), max: LIMITS.items }) });
    else if (items.some((i) => i.length > LIMITS.item)) errors.push({ field, message: t('error.lineTooLong', { field: label(field), max: LIMITS.item }) });
    return items;
  };

  const slug = str(form.slug).toLowerCase();
  if (!slug) errors.push({ field: 'slug', message: t('error.required', { field: label('slug') }) });
  else if (!SLUG_PATTERN.test(slug) || slug.length > 80) errors.push({ field: 'slug', message: t('error.slug') });
  const title = text('title', LIMITS.title, true);
  const summary = text('summary', LIMITS.summary, true);
  const description = text('description', LIMITS.long, true);
  const forWhom = text('forWhom', LIMITS.long, false);
  const conditions = itemList('conditions');
  const bring = itemList('bring');
  const leadTime = text('leadTime', LIMITS.summary, false);
  const howTo = text('howTo', LIMITS.long, false);

  const daysRaw = str(form.leadTimeDays);
  let leadTimeDays: number | null = null;
  if (daysRaw) {
    if (!/^\d{1,4}$/.test(daysRaw) || Number(daysRaw) > 3650) errors.push({ field: 'leadTimeDays', message: t('error.leadTimeDays') });
    else leadTimeDays = Number(daysRaw);
  }

  const audience = list(form.audience).filter((a): a is Audience => (AUDIENCES as string[]).includes(a));
  if (!audience.length) errors.push({ field: 'audience', message: t('error.audience') });
  const channels = list(form.channels).filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c));
  const categories = [...new Set(list(form.categories).filter((c) => knownCategories.includes(c)))];
  if (!categories.length) errors.push({ field: 'categories', message: t('error.categories') });

  const keywords = [...new Set(str(form.keywords).split(/[,\n]/).map((k) => k.trim().toLowerCase()).filter(Boolean))];
  if (keywords.length > 40 || keywords.some((k) => k.length > 60)) errors.push({ field: 'keywords', message: t('error.keywords') });
  const related = [...new Set(str(form.related).split(/[,\s]+/).map((r) => r.trim().toLowerCase()).filter(Boolean))];
  if (related.length > 20 || related.some((r) => !SLUG_PATTERN.test(r))) errors.push({ field: 'related', message: t('error.related') });

  // Online aanvragen: both optional. The slug is taken as typed (lower-cased); the identificatie
  // is checked as typed so that a mistake is shown rather than silently corrected.
  const formSlug = str(form.formSlug).toLowerCase() || null;
  if (formSlug !== null && (!SLUG_PATTERN.test(formSlug) || formSlug.length > 80)) errors.push({ field: 'formSlug', message: t('error.formSlug') });
  const zaaktypeIdentificatie = str(form.zaaktypeIdentificatie) || null;
  if (zaaktypeIdentificatie !== null && !ZAAKTYPE_IDENTIFICATIE_PATTERN.test(zaaktypeIdentificatie)) errors.push({ field: 'zaaktypeIdentificatie', message: t('error.zaaktypeIdentificatie') });

  const prices: PriceInput[] = [];
  const priceLines = lines(form.prices);
  if (priceLines.length > 40) errors.push({ field: 'prices', message: t('error.tooManyLines', { field: label('prices'), max: 40 }) });
  priceLines.slice(0, 40).forEach((line, i) => {
    const parts = line.split('|').map((p) => p.trim());
    const amount = parts[3]?.replace(/^€\s*/, '').replace(/\.(?=\d{3}\b)/g, '').replace(',', '.');
    const year = Number(parts[0]);
    if (parts.length !== 4 || !Number.isInteger(year) || year < 2000 || year > 2100 || !parts[1] || !parts[2]
      || parts[1].length > LIMITS.item || parts[2].length > LIMITS.item || !amount || !/^\d{1,7}(\.\d{1,2})?$/.test(amount)) {
      errors.push({ field: 'prices', message: t('error.price', { line: i + 1 }) });
      return;
    }
    prices.push({ year, label: parts[1], labelEn: parts[2], amountCents: Math.round(Number(amount) * 100) });
  });

  let en: ProductText | null = null;
  if (str(form.enTitle) || str(form.enSummary) || str(form.enDescription)) {
    en = {
      title: text('enTitle', LIMITS.title, true), summary: text('enSummary', LIMITS.summary, true),
      description: text('enDescription', LIMITS.long, true), forWhom: text('enForWhom', LIMITS.long, false),
      conditions: itemList('enConditions'), bring: itemList('enBring'),
      leadTime: text('enLeadTime', LIMITS.summary, false), howTo: text('enHowTo', LIMITS.long, false),
    };
  }

  if (errors.length) return { errors };
  return {
    errors,
    value: { slug, title, summary, description, forWhom, conditions, bring, leadTime, leadTimeDays, howTo, audience, channels, keywords, related, categories, prices, formSlug, zaaktypeIdentificatie, en },
  };
}

/** The inverse of parseProductForm: a product as form values, for the edit page. */
export function productToForm(p: ProductInput): RawProductForm {
  return {
    slug: p.slug, title: p.title, summary: p.summary, description: p.description, forWhom: p.forWhom,
    conditions: p.conditions.join('\n'), bring: p.bring.join('\n'), leadTime: p.leadTime,
    leadTimeDays: p.leadTimeDays === null ? '' : String(p.leadTimeDays), howTo: p.howTo,
    audience: p.audience, channels: p.channels, categories: p.categories,
    keywords: p.keywords.join(', '), related: p.related.join(', '),
    prices: p.prices.map((x) => `${x.year} | ${x.label} | ${x.labelEn} | ${(x.amountCents / 100).toFixed(2).replace('.', ',')}`).join('\n'),
    formSlug: p.formSlug ?? '', zaaktypeIdentificatie: p.zaaktypeIdentificatie ?? '',
    enTitle: p.en?.title ?? '', enSummary: p.en?.summary ?? '', enDescription: p.en?.description ?? '', enForWhom: p.en?.forWhom ?? '',
    enConditions: p.en?.conditions.join('\n') ?? '', enBring: p.en?.bring.join('\n') ?? '', enLeadTime: p.en?.leadTime ?? '', enHowTo: p.en?.howTo ?? '',
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
