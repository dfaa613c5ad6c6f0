-- Full-text and trigram search need their GIN indexes. Under row-level security PostgreSQL
-- will not use an index for an operator that is not LEAKPROOF (as @@ and <% are not), so a
-- search scanned every product of every municipality. The candidates are therefore found by
-- this SECURITY DEFINER function, owned by the table owner (who is exempt from the policies
-- once FORCE is off). It filters on the transaction's municipality itself and takes no
-- municipality as an argument, so it can never return another municipality's products.
ALTER TABLE catalogue_products NO FORCE ROW LEVEL SECURITY;

CREATE FUNCTION catalogue_search(nl_query tsquery, nl_title_query tsquery, en_query tsquery, words text, use_english boolean, use_trigram boolean, max_rows integer, skip_rows integer)
RETURNS TABLE (id uuid, score double precision, total bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET pg_trgm.word_similarity_threshold = 0.45
-- The planner underestimates the cost of word_similarity per row and would scan every product.
SET enable_seqscan = off
AS $$
DECLARE
  tenant uuid := current_tenant_id();
  prefix text := replace(replace(replace(lower(words), '\', ''), '%', ''), '_', '') || '%';
  fts text := CASE WHEN use_english THEN '(p.search_nl @@ $1 OR p.search_en @@ $2)' ELSE 'p.search_nl @@ $1' END;
  matches integer;
  broad boolean := false;
  candidates text;
BEGIN
  IF tenant IS NULL THEN
    RETURN;
  END IF;
  -- How many products contain every word (counted up to 301).
  EXECUTE format('SELECT count(*) FROM (SELECT 1 FROM catalogue_products p WHERE p.tenant_id = $3 AND p.status = ''published'' AND %s LIMIT 301) m', fts)
    INTO matches USING nl_query, en_query, tenant;
  -- Typo matching is for when the words themselves find little: with a full page of products
  -- that contain every word, the (costly) trigram candidates would not make the first page.
  IF matches >= 20 THEN
    use_trigram := false;
  END IF;
  -- A word in most products ("gemeente", "vergunning"): score the products that have it in
  -- their title or keywords, plus the first 300 others, instead of ranking thousands.
  IF matches > 300 THEN
    broad := true;
  END IF;
  candidates := CASE WHEN broad
    THEN format('SELECT p.id FROM catalogue_products p WHERE p.tenant_id = $5 AND p.search_nl @@ $8 UNION (SELECT p.id FROM catalogue_products p WHERE p.tenant_id = $5 AND %s LIMIT 300)', fts)
    ELSE format('SELECT p.id FROM catalogue_products p WHERE p.tenant_id = $5 AND %s', fts) END;
  IF use_trigram THEN
    candidates := candidates || ' UNION SELECT t.id FROM catalogue_products t WHERE $3 <% t.search_words';
  END IF;
  RETURN QUERY EXECUTE format($q$
    WITH candidates AS (%1$s)
    SELECT p.id,
      (CASE WHEN %2$s THEN 1 + ts_rank_cd(p.search_nl, $1, 32) %3$s ELSE 0 END)
      + %4$s
      + (CASE WHEN lower(p.title) LIKE $4 THEN 0.5 ELSE 0 END) AS score,
      %5$s AS total
    FROM candidates JOIN catalogue_products p ON p.id = candidates.id
    WHERE p.tenant_id = $5 AND p.status = 'published'
    ORDER BY score DESC, p.title
    LIMIT $6 OFFSET $7 $q$,
    candidates, fts,
    CASE WHEN use_english THEN '+ ts_rank_cd(p.search_en, $2, 32)' ELSE '' END,
    CASE WHEN use_trigram THEN 'word_similarity($3, p.search_words) + 0.5 * word_similarity($3, lower(p.title))' ELSE '0' END,
    -- For broad queries the total is "more than 300": reported as 301.
    CASE WHEN broad THEN '301::bigint' ELSE 'count(*) OVER ()' END)
  USING nl_query, en_query, words, prefix, tenant, max_rows, skip_rows, nl_title_query;
END $$;
REVOKE ALL ON FUNCTION catalogue_search(tsquery, tsquery, tsquery, text, boolean, boolean, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION catalogue_search(tsquery, tsquery, tsquery, text, boolean, boolean, integer, integer) TO stadhuis_app;
