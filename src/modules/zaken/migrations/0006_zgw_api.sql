-- For the Zaken API (ZGW 1.5.1): the relations of a zaak with contactmomenten and verzoeken in
-- other registers (stored as the URLs the client gave), and indexes for the API's list filters.

CREATE TABLE zaak_contactmomenten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  contactmoment text NOT NULL CHECK (length(contactmoment) BETWEEN 1 AND 1000),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_contactmomenten_zaak ON zaak_contactmomenten (tenant_id, zaak_id);

CREATE TABLE zaak_verzoeken (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  verzoek text NOT NULL CHECK (length(verzoek) BETWEEN 1 AND 1000),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_verzoeken_zaak ON zaak_verzoeken (tenant_id, zaak_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['zaak_contactmomenten', 'zaak_verzoeken'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO stadhuis_app', t);
  END LOOP;
END $$;

-- The API's lists: by zaaktype version (authorisation filters on it), newest first by default.
CREATE INDEX zaken_api_zaaktype ON zaken (tenant_id, zaaktype, created_at DESC);
CREATE INDEX zaken_api_created ON zaken (tenant_id, created_at DESC, id DESC);
CREATE INDEX zaak_statussen_statustype ON zaak_statussen (tenant_id, statustype);
CREATE INDEX zaak_informatieobjecten_zaak ON zaak_informatieobjecten (tenant_id, zaak_id, registratiedatum);
CREATE INDEX zaak_besluiten_zaak ON zaak_besluiten (tenant_id, zaak_id);
CREATE INDEX zaak_resultaten_type ON zaak_resultaten (tenant_id, resultaattype);

-- Keyed hashes of a natural person's ANP identification and A-number (both sealed in the rol), so
-- that the API's rol filters on them work without a plaintext column: 'anp:<hash>', 'anr:<hash>'.
ALTER TABLE zaak_rollen ADD COLUMN np_lookups text[];
CREATE INDEX zaak_rollen_np_lookups ON zaak_rollen USING gin (np_lookups) WHERE np_lookups IS NOT NULL;
