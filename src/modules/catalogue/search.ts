import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import type { ProductText } from './demo/types.js';

export interface SearchHit {
  id: string;
  slug: string;
  title: string;
  summary: string;
  en: ProductText | null;
  /** Best-matching passage; the matched words are between \u0001 and \u0002 (see markHighlights). */
  snippet: string;
  /** The title (in the search language) with matched words marked the same way. */
  titleHighlight: string;
  score: number;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  /** Number of matches; MAX_TOTAL + 1 means "more than MAX_TOTAL". */
  total: number;
}

/** A search that matches more products than this reports "more than" and ranks a subset. */
export const MAX_TOTAL = 300;

const MAX_WORDS = 8;
const HL_START = '\u0001';
const HL_END = '\u0002';

/** The words of a query: letters and digits only, so nothing else can reach the query parser. */
export function queryWords(query: string): string[] {
  return (query.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.slice(0, 40)).slice(0, MAX_WORDS);
}

/** Prefix query for to_tsquery: every word may be the start of a longer word. */
function tsQuery(words: string[], op: '&' | '|'): string {
  return words.map((w) => `${w}:*`).join(` ${op} `);
}

/**
 * Dutch-aware product search. A product matches on full-text search with Dutch stemming and
 * prefixes (paspoorten → paspoort, verhuis → verhuisdatum) over title, keywords, summary and
 * description when it contains every word, or on trigram similarity of title and keywords
 * (typos: rijbewjis; word forms the stemmer keeps apart: verhuis → verhuizing). Only when that
 * finds nothing do products with some of the words count, so a common word such as "aanvragen"
 * does not make every product a candidate. Title matches rank highest.
 */
export async function searchProducts(database: Database, tenantId: string, query: string, options: { lang: Lang; limit: number; offset: number }): Promise<SearchResult> {
  const words = queryWords(query);
  if (!words.length) return { query, hits: [], total: 0 };
  const raw = words.join(' ');
  // Trigram matching is noise for very short input.
  const useTrigram = raw.length >= 4;
  const english = options.lang === 'en';

  return database.withTenant(tenantId, async (tx) => {
    const run = async (op: '&' | '|', withTrigram: boolean, limit: number, offset: number) => {
      const tsq = tsQuery(words, op);
      const nl = sql`to_tsquery('dutch', ${tsq})`;
      const en = sql`to_tsquery('english', ${tsq})`;
      const nlTitle = sql`to_tsquery('dutch', ${words.map((w) => `${w}:*A`).join(` ${op} `)})`;
      // Candidates and scores come from catalogue_search (see its migration: it lets the GIN
      // indexes work under row-level security); snippets only for the rows on this page.
      const result = await tx.execute(sql`
        select p.id, p.slug, p.title, p.summary, p.en, s.score, s.total,
          ts_headline(${english ? sql`'english'` : sql`'dutch'`},
            ${english ? sql`coalesce(p.en->>'summary', p.summary) || ' ' || left(coalesce(p.en->>'description', p.description), 1500)` : sql`p.summary || ' ' || left(p.description, 1500)`},
            ${english ? en : nl},
            ${`StartSel=${HL_START}, StopSel=${HL_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`}) as snippet,
          ts_headline(${english ? sql`'english'` : sql`'dutch'`}, ${english ? sql`coalesce(p.en->>'title', p.title)` : sql`p.title`},
            ${english ? en : nl}, ${`StartSel=${HL_START}, StopSel=${HL_END}, HighlightAll=true`}) as title_highlight
        from catalogue_search(${nl}, ${nlTitle}, ${en}, ${raw}, ${english}, ${withTrigram}, ${limit}, ${offset}) s
        join catalogue_products p on p.id = s.id
        order by s.score desc, p.title`);
      return (result as unknown as { rows: Record<string, unknown>[] }).rows;
    };
    let rows = await run('&', useTrigram, options.limit, options.offset);
    if (!rows.length && words.length > 1) {
      // Past the last page of the strict results is not the same as no strict results.
      const strictHasHits = options.offset > 0 && (await run('&', useTrigram, 1, 0)).length > 0;
      if (!strictHasHits) rows = await run('|', false, options.limit, options.offset);
    }
    const hits: SearchHit[] = rows.map((r) => ({
      id: String(r.id), slug: String(r.slug), title: String(r.title), summary: String(r.summary),
      en: (r.en as ProductText | null) ?? null, snippet: String(r.snippet ?? ''), titleHighlight: String(r.title_highlight ?? ''), score: Number(r.score),
    }));
    return { query, hits, total: Number(rows[0]?.total ?? 0) };
  });
}

/** Escapes a snippet and turns the highlight markers into <mark> elements. */
export function markHighlights(snippet: string, escape: (s: string) => string): string {
  return escape(snippet).replaceAll(HL_START, '<mark>').replaceAll(HL_END, '</mark>');
}
