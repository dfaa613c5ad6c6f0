-- The municipalities (gemeenten) that share this installation. This is the platform's own
-- registry, not tenant-owned data: every request may read it to find its municipality.
CREATE TABLE tenants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9-]{1,40}$'),
  name text NOT NULL,
  theme jsonb NOT NULL,
  contact jsonb NOT NULL,
  logo_svg text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON tenants TO stadhuis_app;
