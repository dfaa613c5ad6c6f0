-- Automated assessments of a zaak: which rules (of which zaaktype version) ran on which facts,
-- with what outcome, and the explanation in plain Dutch and English for staff and applicant.
-- Append-only for the application: an assessment is a fact of the case history.
CREATE TABLE zaak_beoordelingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  -- The zaaktype version whose rules ran.
  zaaktype uuid NOT NULL,
  uitkomst text NOT NULL CHECK (uitkomst IN ('toekennen', 'afwijzen', 'handmatig')),
  -- The facts the rules looked at (no BSN: derived values such as a zone or a count).
  feiten jsonb NOT NULL,
  -- The full trace: every rule, every condition, its inputs and result.
  evaluatie jsonb NOT NULL,
  uitleg_aanvrager jsonb NOT NULL,
  uitleg_medewerker jsonb NOT NULL,
  -- What the automation did with the outcome (e.g. 'resultaat en besluit vastgelegd', 'naar een medewerker').
  gevolg text NOT NULL DEFAULT '',
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_beoordelingen_zaak ON zaak_beoordelingen (tenant_id, zaak_id);
ALTER TABLE zaak_beoordelingen ENABLE ROW LEVEL SECURITY;
ALTER TABLE zaak_beoordelingen FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON zaak_beoordelingen USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT ON zaak_beoordelingen TO stadhuis_app;
