-- ZAAKOBJECTTYPE (Catalogi API 1.3): the kinds of objects a case of a zaaktype version is about,
-- one to one with the zaaktype version like its other children (immutable once published, ztc-010).
CREATE TABLE catalogi_zaakobjecttypen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaaktype_id uuid NOT NULL REFERENCES catalogi_zaaktypen(id) ON DELETE CASCADE,
  ander_objecttype boolean NOT NULL DEFAULT false,
  objecttype text NOT NULL CHECK (char_length(objecttype) BETWEEN 1 AND 200),
  relatie_omschrijving text NOT NULL CHECK (char_length(relatie_omschrijving) BETWEEN 1 AND 80),
  position integer NOT NULL DEFAULT 0
);
CREATE INDEX catalogi_zaakobjecttypen_zaaktype ON catalogi_zaakobjecttypen (zaaktype_id, position);

CREATE TRIGGER catalogi_zaakobjecttypen_immutable BEFORE INSERT OR UPDATE OR DELETE ON catalogi_zaakobjecttypen
  FOR EACH ROW EXECUTE FUNCTION catalogi_refuse_published_child_change();
ALTER TABLE catalogi_zaakobjecttypen ENABLE ROW LEVEL SECURITY;
ALTER TABLE catalogi_zaakobjecttypen FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON catalogi_zaakobjecttypen USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON catalogi_zaakobjecttypen TO stadhuis_app;

-- The Catalogi API lists by catalogus and concept status.
CREATE INDEX catalogi_zaaktypen_catalogus ON catalogi_zaaktypen (tenant_id, catalogus_id, concept);
CREATE INDEX catalogi_informatieobjecttypen_catalogus ON catalogi_informatieobjecttypen (tenant_id, catalogus_id, omschrijving);
CREATE INDEX catalogi_besluittypen_catalogus ON catalogi_besluittypen (tenant_id, catalogus_id, omschrijving);
