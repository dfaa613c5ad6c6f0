-- Track and trace for applicants without a login: a secret link per zaak (/zaak-volgen/<token>).
-- The token (32 random bytes, base64url) exists only in the mail to the applicant; only its
-- SHA-256 is stored. A link works while the zaak is open and for 90 days after it was closed
-- (checked against zaken.einddatum when the link is used).
CREATE TABLE zaak_volglinks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  token_hash text NOT NULL UNIQUE CHECK (length(token_hash) = 64),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_volglinks_zaak ON zaak_volglinks (tenant_id, zaak_id);

ALTER TABLE zaak_volglinks ENABLE ROW LEVEL SECURITY;
ALTER TABLE zaak_volglinks FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON zaak_volglinks USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, DELETE ON zaak_volglinks TO stadhuis_app;
