/**
 * Shape of the demo catalogue content that `npm start` seeds for the fictional municipalities.
 * Plain Dutch (B1) first; `en` holds the English translation of the same fields.
 */
export type CategorySlug =
  | 'burgerzaken'
  | 'wonen-en-verhuizen'
  | 'parkeren-en-verkeer'
  | 'belastingen'
  | 'zorg-en-welzijn'
  | 'werk-en-inkomen'
  | 'ondernemen'
  | 'afval'
  | 'bouwen-en-verbouwen'
  | 'openbare-ruimte'
  | 'vrije-tijd-en-evenementen';

export type Audience = 'inwoner' | 'ondernemer';

export interface ProductText {
  /** Task-oriented title, e.g. "Paspoort aanvragen". */
  title: string;
  /** One or two sentences: what you can arrange here. */
  summary: string;
  /** What it is. Paragraphs separated by a blank line ("\n\n"). Plain text, no HTML/Markdown. */
  description: string;
  /** Who it is for, one short paragraph. */
  forWhom: string;
  /** Conditions, one item per entry. */
  conditions: string[];
  /** What to bring or have ready, one item per entry. */
  bring: string[];
  /** Lead time in words, e.g. "U krijgt uw paspoort 5 werkdagen na uw aanvraag." */
  leadTime: string;
  /** How to arrange it, in words (steps or explanation). */
  howTo: string;
}

export interface PriceLine {
  year: number;
  /** What the amount is for, e.g. "Paspoort, 18 jaar en ouder". */
  label: string;
  labelEn: string;
  /** Amount in euro cents; 0 for free. */
  amountCents: number;
}

export interface DemoProduct extends ProductText {
  /** kebab-case, unique within the municipality, e.g. "paspoort-aanvragen". */
  slug: string;
  audience: Audience[];
  categories: CategorySlug[];
  /** Lead time in calendar days when it can be given as a number, else null. */
  leadTimeDays: number | null;
  /** Ways to arrange it. */
  channels: { online: boolean; appointment: boolean; phone: boolean; desk: boolean };
  /** Price table; at least the current year (2026) and next year (2027) when there are costs. */
  prices: PriceLine[];
  /** Synonyms and words people search with (e.g. "id-kaart", "vuilnis", "ID"), lower case. */
  keywords: string[];
  /** Slugs of related products in the same municipality. */
  related: string[];
  /** The English translation of all the text fields. */
  en: ProductText;
}
