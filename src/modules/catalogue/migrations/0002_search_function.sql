-- Full-text and trigram search need their GIN indexes. Under row-level security PostgreSQL
-- will not use an index for an operator that is not LEAKPROOF (as @@ and <% are not), so a
-- search scanned every product of every municipality. The candidates are therefore found by
-- this SECURITY DEFINER function, owned by the table owner (who is exempt from the policies
-- once FORCE is off). It filters on the transaction's municipality itself and takes no
-- municipality as an argument, so it can never return another municipality's products.
ALTER TABLE catalogue_products NO FORCE ROW LEVEL SECURITY;

CREATE FUNCTION catalogue_search(nl_query tsquery, en_query tsquery, words text, use_english boolean, use_trigram boolean, max_rows integer, skip_rows integer)
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
BEGIN
  IF tenant IS NULL THEN
    RETURN;
  END IF;
  -- Typo matching is for when the words themselves find little: with a full page of products
  -- that contain every word, the (costly) trigram candidates would not make the first page.
  IF use_trigram THEN
    PERFORM 1 FROM (
      SELECT 1 FROM catalogue_products p WHERE p.tenant_id = tenant AND p.status = 'published'
        AND (p.search_nl @@ nl_query OR (use_english AND p.search_en @@ en_query)) LIMIT 20
    ) enough HAVING count(*) >= 20;
    IF FOUND THEN
      use_trigram := false;
    END IF;
  END IF;
  -- Candidates come from the full-text index and, for typos, the trigram index; only they are scored.
  RETURN QUERY EXECUTE format($q$
    WITH candidates AS (
      SELECT p.id FROM catalogue_products p WHERE p.tenant_id = $5 AND %1$s
      %4$s
    )
    SELECT p.id,
      (CASE WHEN %1$s THEN 1 + ts_rank_cd(p.search_nl, $1, 32) %2$s ELSE 0 END)
      + %3$s
      + (CASE WHEN lower(p.title) LIKE $4 THEN 0.5 ELSE 0 END) AS score,
      count(*) OVER () AS total
    FROM candidates JOIN catalogue_products p ON p.id = candidates.id
    WHERE p.tenant_id = $5 AND p.status = 'published'
    ORDER BY score DESC, p.title
    LIMIT $6 OFFSET $7 $q$,
    CASE WHEN use_english THEN '(p.search_nl @@ $1 OR p.search_en @@ $2)' ELSE 'p.search_nl @@ $1' END,
    CASE WHEN use_english THEN '+ ts_rank_cd(p.search_en, $2, 32)' ELSE '' END,
    CASE WHEN use_trigram THEN 'word_similarity($3, p.search_words) + 0.5 * word_similarity($3, lower(p.title))' ELSE '0' END,
    CASE WHEN use_trigram THEN 'UNION SELECT t.id FROM catalogue_products t WHERE $3 <% t.search_words' ELSE '' END)
  USING nl_query, en_query, words, prefix, tenant, max_rows, skip_rows;
END $$;
REVOKE ALL ON FUNCTION catalogue_search(tsquery, tsquery, text, boolean, boolean, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION catalogue_search(tsquery, tsquery, text, boolean, boolean, integer, integer) TO stadhuis_app;
