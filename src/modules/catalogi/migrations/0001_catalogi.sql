-- The zaaktypecatalogus of each municipality, after the ZGW Catalogi API 1.3.1 (ImZTC 2.2).
-- Column names are the standard's attribute names in snake_case, so that the Catalogi API can be
-- served over these tables. Relations to informatieobjecttypen and besluittypen are by their
-- omschrijving (version-independent, ztc-011a/b/c). Published versions (concept = false) cannot be
-- changed or deleted, except for ending their validity (ztc-009/ztc-010): the triggers below
-- refuse it even when a bug in the application would try.

CREATE TABLE catalogi_catalogi (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  domein text NOT NULL CHECK (char_length(domein) BETWEEN 1 AND 5),
  rsin text NOT NULL CHECK (rsin ~ '^[0-9]{9}$'),
  contactpersoon_beheer_naam text NOT NULL CHECK (char_length(contactpersoon_beheer_naam) BETWEEN 1 AND 40),
  contactpersoon_beheer_telefoonnummer text NOT NULL DEFAULT '' CHECK (char_length(contactpersoon_beheer_telefoonnummer) <= 20),
  contactpersoon_beheer_emailadres text NOT NULL DEFAULT '' CHECK (char_length(contactpersoon_beheer_emailadres) <= 254),
  naam text CHECK (char_length(naam) <= 200),
  versie text CHECK (char_length(versie) <= 20),
  begindatum_versie date,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, domein)
);

CREATE TABLE catalogi_informatieobjecttypen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  catalogus_id uuid NOT NULL REFERENCES catalogi_catalogi(id),
  omschrijving text NOT NULL CHECK (char_length(omschrijving) BETWEEN 1 AND 80),
  vertrouwelijkheidaanduiding text NOT NULL CHECK (vertrouwelijkheidaanduiding IN ('openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim')),
  informatieobjectcategorie text NOT NULL CHECK (char_length(informatieobjectcategorie) BETWEEN 1 AND 80),
  trefwoord text[] NOT NULL DEFAULT '{}',
  omschrijving_generiek jsonb,
  begin_geldigheid date NOT NULL,
  einde_geldigheid date CHECK (einde_geldigheid IS NULL OR einde_geldigheid >= begin_geldigheid),
  concept boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  UNIQUE (catalogus_id, omschrijving, begin_geldigheid)
);
CREATE UNIQUE INDEX catalogi_informatieobjecttypen_one_concept ON catalogi_informatieobjecttypen (catalogus_id, omschrijving) WHERE concept;

CREATE TABLE catalogi_besluittypen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  catalogus_id uuid NOT NULL REFERENCES catalogi_catalogi(id),
  omschrijving text NOT NULL CHECK (char_length(omschrijving) BETWEEN 1 AND 80),
  omschrijving_generiek text NOT NULL DEFAULT '' CHECK (char_length(omschrijving_generiek) <= 80),
  besluitcategorie text NOT NULL DEFAULT '' CHECK (char_length(besluitcategorie) <= 40),
  reactietermijn text CHECK (reactietermijn ~ '^P[0-9YMWDTHS.]+$'),
  publicatie_indicatie boolean NOT NULL DEFAULT false,
  publicatietekst text NOT NULL DEFAULT '',
  publicatietermijn text CHECK (publicatietermijn ~ '^P[0-9YMWDTHS.]+$'),
  toelichting text NOT NULL DEFAULT '',
  -- Omschrijvingen of informatieobjecttypen (version-independent).
  informatieobjecttypen text[] NOT NULL DEFAULT '{}',
  begin_geldigheid date NOT NULL,
  einde_geldigheid date CHECK (einde_geldigheid IS NULL OR einde_geldigheid >= begin_geldigheid),
  concept boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  UNIQUE (catalogus_id, omschrijving, begin_geldigheid)
);
CREATE UNIQUE INDEX catalogi_besluittypen_one_concept ON catalogi_besluittypen (catalogus_id, omschrijving) WHERE concept;

CREATE TABLE catalogi_zaaktypen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  catalogus_id uuid NOT NULL REFERENCES catalogi_catalogi(id),
  identificatie text NOT NULL CHECK (identificatie ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$'),
  -- Stadhuis addition: 1, 2, 3 … per identificatie.
  versie integer NOT NULL CHECK (versie >= 1),
  omschrijving text NOT NULL CHECK (char_length(omschrijving) BETWEEN 1 AND 80),
  omschrijving_generiek text NOT NULL DEFAULT '' CHECK (char_length(omschrijving_generiek) <= 80),
  vertrouwelijkheidaanduiding text NOT NULL CHECK (vertrouwelijkheidaanduiding IN ('openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim')),
  doel text NOT NULL,
  aanleiding text NOT NULL,
  toelichting text NOT NULL DEFAULT '',
  indicatie_intern_of_extern text NOT NULL CHECK (indicatie_intern_of_extern IN ('intern', 'extern')),
  handeling_initiator text NOT NULL CHECK (char_length(handeling_initiator) BETWEEN 1 AND 20),
  onderwerp text NOT NULL CHECK (char_length(onderwerp) BETWEEN 1 AND 80),
  handeling_behandelaar text NOT NULL CHECK (char_length(handeling_behandelaar) BETWEEN 1 AND 20),
  doorlooptijd text NOT NULL CHECK (doorlooptijd ~ '^P[0-9YMWDTHS.]+$'),
  servicenorm text CHECK (servicenorm ~ '^P[0-9YMWDTHS.]+$'),
  opschorting_en_aanhouding_mogelijk boolean NOT NULL DEFAULT false,
  verlenging_mogelijk boolean NOT NULL DEFAULT false,
  verlengingstermijn text CHECK (verlengingstermijn ~ '^P[0-9YMWDTHS.]+$'),
  trefwoorden text[] NOT NULL DEFAULT '{}',
  publicatie_indicatie boolean NOT NULL DEFAULT false,
  publicatietekst text NOT NULL DEFAULT '',
  verantwoordingsrelatie text[] NOT NULL DEFAULT '{}',
  producten_of_diensten text[] NOT NULL DEFAULT '{}',
  selectielijst_procestype text NOT NULL DEFAULT '',
  referentieproces jsonb NOT NULL DEFAULT '{"naam": "", "link": ""}',
  verantwoordelijke text NOT NULL DEFAULT '' CHECK (char_length(verantwoordelijke) <= 50),
  broncatalogus jsonb,
  bronzaaktype jsonb,
  deelzaaktypen text[] NOT NULL DEFAULT '{}',
  gerelateerde_zaaktypen jsonb NOT NULL DEFAULT '[]',
  -- Omschrijvingen of besluittypen (version-independent).
  besluittypen text[] NOT NULL DEFAULT '{}',
  begin_geldigheid date NOT NULL,
  einde_geldigheid date CHECK (einde_geldigheid IS NULL OR einde_geldigheid >= begin_geldigheid),
  versiedatum date NOT NULL,
  concept boolean NOT NULL DEFAULT true,
  -- The automation rules of this version (validated with rules.schema.json by the application).
  rules jsonb,
  revision integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  CHECK (verlenging_mogelijk OR verlengingstermijn IS NULL),
  UNIQUE (catalogus_id, identificatie, versie)
);
-- At most one concept per zaaktype at a time.
CREATE UNIQUE INDEX catalogi_zaaktypen_one_concept ON catalogi_zaaktypen (catalogus_id, identificatie) WHERE concept;
CREATE INDEX catalogi_zaaktypen_validity ON catalogi_zaaktypen (tenant_id, identificatie, begin_geldigheid DESC) WHERE NOT concept;

CREATE TABLE catalogi_statustypen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaaktype_id uuid NOT NULL REFERENCES catalogi_zaaktypen(id) ON DELETE CASCADE,
  omschrijving text NOT NULL CHECK (char_length(omschrijving) BETWEEN 1 AND 80),
  omschrijving_generiek text NOT NULL DEFAULT '' CHECK (char_length(omschrijving_generiek) <= 80),
  statustekst text NOT NULL DEFAULT '' CHECK (char_length(statustekst) <= 1000),
  volgnummer integer NOT NULL CHECK (volgnummer BETWEEN 1 AND 9999),
  informeren boolean NOT NULL DEFAULT false,
  doorlooptijd text CHECK (doorlooptijd ~ '^P[0-9YMWDTHS.]+$'),
  toelichting text CHECK (char_length(toelichting) <= 1000),
  checklistitem_statustype jsonb NOT NULL DEFAULT '[]',
  -- Names of eigenschappen of the same zaaktype that must have a value before this status.
  eigenschappen text[] NOT NULL DEFAULT '{}',
  UNIQUE (zaaktype_id, volgnummer)
);

CREATE TABLE catalogi_resultaattypen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaaktype_id uuid NOT NULL REFERENCES catalogi_zaaktypen(id) ON DELETE CASCADE,
  omschrijving text NOT NULL CHECK (char_length(omschrijving) BETWEEN 1 AND 30),
  resultaattypeomschrijving text NOT NULL CHECK (char_length(resultaattypeomschrijving) BETWEEN 1 AND 1000),
  omschrijving_generiek text NOT NULL DEFAULT '',
  selectielijstklasse text NOT NULL CHECK (char_length(selectielijstklasse) BETWEEN 1 AND 1000),
  toelichting text NOT NULL DEFAULT '',
  archiefnominatie text NOT NULL DEFAULT '' CHECK (archiefnominatie IN ('', 'blijvend_bewaren', 'vernietigen')),
  archiefactietermijn text CHECK (archiefactietermijn ~ '^P[0-9YMWDTHS.]+$'),
  brondatum_archiefprocedure jsonb,
  procesobjectaard text CHECK (char_length(procesobjectaard) <= 200),
  indicatie_specifiek boolean,
  procestermijn text CHECK (procestermijn ~ '^P[0-9YMWDTHS.]+$'),
  besluittypen text[] NOT NULL DEFAULT '{}',
  informatieobjecttypen text[] NOT NULL DEFAULT '{}',
  UNIQUE (zaaktype_id, omschrijving)
);

CREATE TABLE catalogi_roltypen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaaktype_id uuid NOT NULL REFERENCES catalogi_zaaktypen(id) ON DELETE CASCADE,
  omschrijving text NOT NULL CHECK (char_length(omschrijving) BETWEEN 1 AND 100),
  omschrijving_generiek text NOT NULL CHECK (omschrijving_generiek IN ('adviseur', 'behandelaar', 'belanghebbende', 'beslisser', 'initiator', 'klantcontacter', 'zaakcoordinator', 'mede_initiator')),
  position integer NOT NULL DEFAULT 0
);
CREATE INDEX catalogi_roltypen_zaaktype ON catalogi_roltypen (zaaktype_id, position);

CREATE TABLE catalogi_eigenschappen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaaktype_id uuid NOT NULL REFERENCES catalogi_zaaktypen(id) ON DELETE CASCADE,
  naam text NOT NULL CHECK (char_length(naam) BETWEEN 1 AND 20),
  definitie text NOT NULL CHECK (char_length(definitie) BETWEEN 1 AND 255),
  specificatie jsonb NOT NULL,
  toelichting text NOT NULL DEFAULT '' CHECK (char_length(toelichting) <= 1000),
  statustype_id uuid REFERENCES catalogi_statustypen(id) ON DELETE SET NULL,
  position integer NOT NULL DEFAULT 0,
  UNIQUE (zaaktype_id, naam)
);

CREATE TABLE catalogi_zaaktype_informatieobjecttypen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaaktype_id uuid NOT NULL REFERENCES catalogi_zaaktypen(id) ON DELETE CASCADE,
  -- The informatieobjecttype's omschrijving (version-independent).
  informatieobjecttype text NOT NULL CHECK (char_length(informatieobjecttype) BETWEEN 1 AND 100),
  volgnummer integer NOT NULL CHECK (volgnummer BETWEEN 1 AND 999),
  richting text NOT NULL CHECK (richting IN ('inkomend', 'intern', 'uitgaand')),
  statustype_id uuid REFERENCES catalogi_statustypen(id) ON DELETE SET NULL,
  UNIQUE (zaaktype_id, volgnummer)
);

-- Every change in the catalogue: who, when, what. Append-only for the application; kept when a
-- concept is deleted (no foreign key).
CREATE TABLE catalogi_history (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  object_type text NOT NULL CHECK (object_type IN ('catalogus', 'zaaktype', 'informatieobjecttype', 'besluittype')),
  object_id uuid NOT NULL,
  label text NOT NULL,
  action text NOT NULL CHECK (action IN ('created', 'updated', 'published', 'new-version', 'ended', 'deleted')),
  actor text NOT NULL,
  changes jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX catalogi_history_object ON catalogi_history (object_id, created_at DESC);
CREATE INDEX catalogi_history_label ON catalogi_history (tenant_id, object_type, label, created_at DESC);

-- Published versions are immutable (ztc-009): only eindeGeldigheid may still be set.
CREATE FUNCTION catalogi_refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT OLD.concept THEN
      RAISE EXCEPTION 'Een gepubliceerde versie (%) kan niet worden verwijderd.', OLD.id USING ERRCODE = 'ZT009';
    END IF;
    RETURN OLD;
  END IF;
  IF NOT OLD.concept AND (to_jsonb(NEW) - 'einde_geldigheid' - 'updated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'einde_geldigheid' - 'updated_at') THEN
    RAISE EXCEPTION 'Een gepubliceerde versie (%) kan niet worden gewijzigd.', OLD.id USING ERRCODE = 'ZT009';
  END IF;
  RETURN NEW;
END $$;

-- The children of a published zaaktype version are immutable too (ztc-010).
CREATE FUNCTION catalogi_refuse_published_child_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.zaaktype_id ELSE NEW.zaaktype_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM catalogi_zaaktypen z WHERE z.id = parent AND NOT z.concept) THEN
    RAISE EXCEPTION 'Onderdelen van een gepubliceerde zaaktypeversie (%) kunnen niet worden gewijzigd.', parent USING ERRCODE = 'ZT010';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.zaaktype_id IS DISTINCT FROM NEW.zaaktype_id
     AND EXISTS (SELECT 1 FROM catalogi_zaaktypen z WHERE z.id = OLD.zaaktype_id AND NOT z.concept) THEN
    RAISE EXCEPTION 'Onderdelen van een gepubliceerde zaaktypeversie kunnen niet worden verplaatst.' USING ERRCODE = 'ZT010';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['catalogi_zaaktypen', 'catalogi_informatieobjecttypen', 'catalogi_besluittypen'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION catalogi_refuse_published_change()', t || '_immutable', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['catalogi_statustypen', 'catalogi_resultaattypen', 'catalogi_roltypen', 'catalogi_eigenschappen', 'catalogi_zaaktype_informatieobjecttypen'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION catalogi_refuse_published_child_change()', t || '_immutable', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['catalogi_catalogi', 'catalogi_informatieobjecttypen', 'catalogi_besluittypen', 'catalogi_zaaktypen', 'catalogi_statustypen',
      'catalogi_resultaattypen', 'catalogi_roltypen', 'catalogi_eigenschappen', 'catalogi_zaaktype_informatieobjecttypen', 'catalogi_history'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE, DELETE ON catalogi_catalogi, catalogi_informatieobjecttypen, catalogi_besluittypen, catalogi_zaaktypen,
  catalogi_statustypen, catalogi_resultaattypen, catalogi_roltypen, catalogi_eigenschappen, catalogi_zaaktype_informatieobjecttypen TO stadhuis_app;
GRANT SELECT, INSERT ON catalogi_history TO stadhuis_app;
