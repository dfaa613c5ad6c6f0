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
  total: number;
}

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
 * prefixes (paspoorten → paspoort, verhuis → verhuizing) over title, keywords, summary and
 * description, or on trigram similarity of title and keywords (typos: rijbewjis). Products that
 * contain all words rank above those that contain some, and both above typo-only matches.
 */
export async function searchProducts(database: Database, tenantId: string, query: string, options: { lang: Lang; limit: number; offset: number }): Promise<SearchResult> {
  const words = queryWords(query);
  if (!words.length) return { query, hits: [], total: 0 };
  const raw = words.join(' ');
  const andQuery = tsQuery(words, '&');
  const orQuery = tsQuery(words, '|');
  // Trigram matching is noise for very short input.
  const useTrigram = raw.length >= 4;
  const english = options.lang === 'en';

  return database.withTenant(tenantId, async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.45', true)`);
    const result = await tx.execute(sql`
      with q as (
        select to_tsquery('dutch', ${andQuery}) as nl_all, to_tsquery('dutch', ${orQuery}) as nl_any,
               to_tsquery('english', ${andQuery}) as en_all, to_tsquery('english', ${orQuery}) as en_any
      ),
      ranked as (
        select p.id,
          (case when p.search_nl @@ q.nl_all ${english ? sql`or p.search_en @@ q.en_all` : sql``} then 2 else 0 end)
          + (case when p.search_nl @@ q.nl_any ${english ? sql`or p.search_en @@ q.en_any` : sql``}
               then 1 + ts_rank_cd(p.search_nl, q.nl_any, 32) ${english ? sql`+ ts_rank_cd(p.search_en, q.en_any, 32)` : sql``} else 0 end)
          + ${useTrigram ? sql`word_similarity(${raw}, p.search_words) + 0.5 * word_similarity(${raw}, lower(p.title))` : sql`0`}
          + (case when lower(p.title) like ${`${raw.replace(/[%_\\]/g, '')}%`} then 0.5 else 0 end) as score,
          count(*) over () as total
        from catalogue_products p, q
        where p.status = 'published'
          and (p.search_nl @@ q.nl_any ${english ? sql`or p.search_en @@ q.en_any` : sql``}
               ${useTrigram ? sql`or ${raw} <% p.search_words` : sql``})
        order by score desc, p.title
        limit ${options.limit} offset ${options.offset}
      )
      select p.id, p.slug, p.title, p.summary, p.en, r.score, r.total,
        ts_headline(${english ? sql`'english'` : sql`'dutch'`},
          ${english ? sql`coalesce(p.en->>'summary', p.summary) || ' ' || coalesce(p.en->>'description', p.description)` : sql`p.summary || ' ' || p.description`},
          ${english ? sql`q.en_any` : sql`q.nl_any`},
          ${`StartSel=${HL_START}, StopSel=${HL_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`}) as snippet,
        ts_headline(${english ? sql`'english'` : sql`'dutch'`}, ${english ? sql`coalesce(p.en->>'title', p.title)` : sql`p.title`},
          ${english ? sql`q.en_any` : sql`q.nl_any`}, ${`StartSel=${HL_START}, StopSel=${HL_END}, HighlightAll=true`}) as title_highlight
      from ranked r join catalogue_products p on p.id = r.id, q
      order by r.score desc, p.title`);
    const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
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
