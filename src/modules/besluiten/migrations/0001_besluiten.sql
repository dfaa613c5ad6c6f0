-- Besluiten (formal decisions) after the ZGW Besluiten API 1.1.0, with the standard's field names
-- in snake_case so the Besluiten API can later be served over these tables. The zaak, besluittype
-- and documents are uuids of other modules (no foreign keys across modules).

CREATE TABLE besluiten (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  identificatie text NOT NULL CHECK (length(identificatie) BETWEEN 1 AND 50),
  verantwoordelijke_organisatie text NOT NULL CHECK (verantwoordelijke_organisatie ~ '^[0-9]{9}$'),
  besluittype uuid NOT NULL,
  zaak uuid,
  datum date NOT NULL,
  toelichting text NOT NULL DEFAULT '',
  bestuursorgaan text NOT NULL DEFAULT '' CHECK (length(bestuursorgaan) <= 50),
  ingangsdatum date NOT NULL,
  vervaldatum date,
  vervalreden text NOT NULL DEFAULT '' CHECK (vervalreden IN ('', 'tijdelijk', 'ingetrokken_overheid', 'ingetrokken_belanghebbende')),
  publicatiedatum date,
  verzenddatum date,
  uiterlijke_reactiedatum date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  -- brc-002: unique within the responsible organisation.
  UNIQUE (tenant_id, verantwoordelijke_organisatie, identificatie),
  CHECK (vervaldatum IS NULL OR vervaldatum >= ingangsdatum)
);
CREATE INDEX besluiten_zaak ON besluiten (tenant_id, zaak) WHERE zaak IS NOT NULL;

-- BESLUIT-INFORMATIEOBJECT: leading over the mirrored objectinformatieobject in documenten (brc-005).
CREATE TABLE besluitinformatieobjecten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  besluit_id uuid NOT NULL,
  informatieobject uuid NOT NULL,
  -- brc-004: always 'legt_vast'.
  aard_relatie text NOT NULL DEFAULT 'legt_vast' CHECK (aard_relatie = 'legt_vast'),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, besluit_id, informatieobject),
  FOREIGN KEY (tenant_id, besluit_id) REFERENCES besluiten (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX besluitinformatieobjecten_document ON besluitinformatieobjecten (tenant_id, informatieobject);

CREATE TABLE besluit_counters (
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  jaar integer NOT NULL,
  laatste integer NOT NULL,
  PRIMARY KEY (tenant_id, jaar)
);

-- The audit trail (bron brc), removed with its besluit (brc-009).
CREATE TABLE besluit_audittrail (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  bron text NOT NULL DEFAULT 'brc',
  applicatie_id text NOT NULL DEFAULT '',
  applicatie_weergave text NOT NULL DEFAULT '',
  gebruikers_id text NOT NULL DEFAULT '',
  gebruikers_weergave text NOT NULL DEFAULT '',
  actie text NOT NULL,
  actie_weergave text NOT NULL DEFAULT '',
  resultaat integer NOT NULL CHECK (resultaat BETWEEN 100 AND 599),
  hoofd_object uuid NOT NULL,
  resource text NOT NULL,
  resource_id uuid NOT NULL,
  resource_weergave text NOT NULL,
  toelichting text NOT NULL DEFAULT '',
  aanmaakdatum timestamptz NOT NULL DEFAULT clock_timestamp(),
  wijzigingen jsonb NOT NULL,
  FOREIGN KEY (tenant_id, hoofd_object) REFERENCES besluiten (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX besluit_audittrail_besluit ON besluit_audittrail (tenant_id, hoofd_object, aanmaakdatum);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['besluiten', 'besluitinformatieobjecten', 'besluit_counters', 'besluit_audittrail'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
    IF t = 'besluit_audittrail' THEN
      EXECUTE format('GRANT SELECT, INSERT ON %I TO stadhuis_app', t);
    ELSE
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO stadhuis_app', t);
    END IF;
  END LOOP;
END $$;
