-- What the Documenten API 1.4.2 needs beyond the first model: verzendingen (to or from whom a
-- document was sent or received, with the one address used), and indexes for its lists.

CREATE TABLE verzendingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  document_id uuid NOT NULL,
  -- URL of the betrokkene (e.g. a klant in the Klanten API) and of the contact person.
  betrokkene text NOT NULL CHECK (length(betrokkene) BETWEEN 1 AND 200),
  aard_relatie text NOT NULL CHECK (aard_relatie IN ('afzender', 'geadresseerde')),
  toelichting text NOT NULL DEFAULT '' CHECK (length(toelichting) <= 200),
  ontvangstdatum date,
  verzenddatum date,
  contact_persoon text NOT NULL CHECK (length(contact_persoon) BETWEEN 1 AND 1000),
  contactpersoonnaam text NOT NULL DEFAULT '' CHECK (length(contactpersoonnaam) <= 40),
  -- Exactly one address (checked by the service): one of these groups or fields.
  binnenlands_correspondentieadres jsonb,
  buitenlands_correspondentieadres jsonb,
  correspondentie_postadres jsonb,
  faxnummer text CHECK (length(faxnummer) <= 15),
  emailadres text CHECK (length(emailadres) <= 100),
  mijn_overheid boolean NOT NULL DEFAULT false,
  telefoonnummer text CHECK (length(telefoonnummer) <= 15),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  FOREIGN KEY (tenant_id, document_id) REFERENCES documenten (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX verzendingen_document ON verzendingen (tenant_id, document_id);
CREATE INDEX verzendingen_list ON verzendingen (tenant_id, created_at DESC, id);

ALTER TABLE verzendingen ENABLE ROW LEVEL SECURITY;
ALTER TABLE verzendingen FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON verzendingen USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON verzendingen TO stadhuis_app;

-- The list of documents in registration order, and its filter on identificatie.
CREATE INDEX documenten_list ON documenten (tenant_id, created_at, id);
CREATE INDEX documenten_identificatie ON documenten (tenant_id, identificatie);
