-- The product catalogue (producten en diensten) of each municipality.
CREATE TABLE catalogue_categories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text NOT NULL,
  name_en text NOT NULL,
  description text NOT NULL,
  description_en text NOT NULL,
  position integer NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, slug)
);

-- keywords as one text for the search vector; array_to_string is not immutable by itself.
CREATE FUNCTION catalogue_join(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$;

CREATE TABLE catalogue_products (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  title text NOT NULL,
  summary text NOT NULL,
  description text NOT NULL,
  for_whom text NOT NULL DEFAULT '',
  conditions text[] NOT NULL DEFAULT '{}',
  bring text[] NOT NULL DEFAULT '{}',
  lead_time text NOT NULL DEFAULT '',
  lead_time_days integer CHECK (lead_time_days IS NULL OR lead_time_days >= 0),
  how_to text NOT NULL DEFAULT '',
  audience text[] NOT NULL DEFAULT '{inwoner}',
  channels text[] NOT NULL DEFAULT '{}',
  keywords text[] NOT NULL DEFAULT '{}',
  related text[] NOT NULL DEFAULT '{}',
  en jsonb,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  search_nl tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch', title), 'A') ||
    setweight(to_tsvector('dutch', catalogue_join(keywords)), 'A') ||
    setweight(to_tsvector('dutch', summary), 'B') ||
    setweight(to_tsvector('dutch', description || ' ' || for_whom), 'C')
  ) STORED,
  search_en tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(en->>'title', '')), 'A') ||
    setweight(to_tsvector('english', coalesce(en->>'summary', '')), 'B') ||
    setweight(to_tsvector('english', coalesce(en->>'description', '')), 'C')
  ) STORED,
  -- Title and keywords in lower case, for typo-tolerant trigram matching.
  search_words text GENERATED ALWAYS AS (lower(title || ' ' || catalogue_join(keywords) || ' ' || coalesce(en->>'title', ''))) STORED,
  UNIQUE (tenant_id, slug)
);
CREATE INDEX catalogue_products_search_nl ON catalogue_products USING gin (search_nl);
CREATE INDEX catalogue_products_search_en ON catalogue_products USING gin (search_en);
CREATE INDEX catalogue_products_search_words ON catalogue_products USING gin (search_words gin_trgm_ops);
CREATE INDEX catalogue_products_tenant_status ON catalogue_products (tenant_id, status, title);

CREATE TABLE catalogue_product_categories (
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  product_id uuid NOT NULL REFERENCES catalogue_products(id) ON DELETE CASCADE,
  category_id uuid NOT NULL REFERENCES catalogue_categories(id) ON DELETE CASCADE,
  PRIMARY KEY (product_id, category_id)
);
CREATE INDEX catalogue_product_categories_category ON catalogue_product_categories (category_id);

CREATE TABLE catalogue_prices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  product_id uuid NOT NULL REFERENCES catalogue_products(id) ON DELETE CASCADE,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  position integer NOT NULL DEFAULT 0,
  label text NOT NULL,
  label_en text NOT NULL,
  amount_cents integer NOT NULL CHECK (amount_cents >= 0)
);
CREATE INDEX catalogue_prices_product ON catalogue_prices (product_id, year, position);

-- Every change to a product: who, when, what. Append-only for the application.
CREATE TABLE catalogue_product_revisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  product_id uuid NOT NULL REFERENCES catalogue_products(id) ON DELETE CASCADE,
  version integer NOT NULL,
  action text NOT NULL CHECK (action IN ('created', 'updated', 'published', 'unpublished')),
  actor text NOT NULL,
  changed_fields text[] NOT NULL DEFAULT '{}',
  changes jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX catalogue_product_revisions_product ON catalogue_product_revisions (product_id, created_at DESC);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['catalogue_categories', 'catalogue_products', 'catalogue_product_categories', 'catalogue_prices', 'catalogue_product_revisions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON catalogue_categories, catalogue_products, catalogue_product_categories, catalogue_prices TO stadhuis_app;
GRANT SELECT, INSERT ON catalogue_product_revisions TO stadhuis_app;
