-- Letter templates for decisions (beschikkingen), per zaaktype (identificatie, so every version
-- uses them) and per resultaat omschrijving or besluittype omschrijving ("sleutel"). Plain text
-- with placeholders such as {{aanvrager.naam}}; managed by functioneel beheer.
CREATE TABLE beschikking_sjablonen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaaktype_identificatie text NOT NULL CHECK (length(zaaktype_identificatie) BETWEEN 1 AND 50),
  sleutel text NOT NULL CHECK (length(sleutel) BETWEEN 1 AND 80),
  titel text NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
  tekst text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 20000),
  gewijzigd_door text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, zaaktype_identificatie, sleutel)
);

ALTER TABLE beschikking_sjablonen ENABLE ROW LEVEL SECURITY;
ALTER TABLE beschikking_sjablonen FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON beschikking_sjablonen USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON beschikking_sjablonen TO stadhuis_app;
