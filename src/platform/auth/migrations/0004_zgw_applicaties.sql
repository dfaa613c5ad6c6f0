-- ZGW Autorisaties API 1.0.0: an application (applicatie) identifies itself with one or more
-- client ids (ac-001: a client id belongs to exactly one application) and either holds all rights
-- (heeftAlleAutorisaties) or a list of autorisaties (ac-002): a component, scopes and, for the
-- Zaken, Documenten and Besluiten APIs, one type with a maximum vertrouwelijkheidaanduiding.
-- The secrets behind the client ids are the api_clients rows (the JWT secrets).
CREATE TABLE zgw_applicaties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  client_ids text[] NOT NULL,
  label text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 100),
  heeft_alle_autorisaties boolean NOT NULL DEFAULT false,
  autorisaties jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX zgw_applicaties_client_ids ON zgw_applicaties USING gin (client_ids);

ALTER TABLE zgw_applicaties ENABLE ROW LEVEL SECURITY;
ALTER TABLE zgw_applicaties FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON zgw_applicaties USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON zgw_applicaties TO stadhuis_app;
