-- Documents (enkelvoudige informatieobjecten) after the ZGW Documenten API 1.4.2, with the
-- standard's field names in snake_case so the Documenten API can later be served over these tables.
-- One row per document (identity, lock) and one row per version (all metadata and the content).

CREATE TABLE documenten (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  identificatie text NOT NULL CHECK (length(identificatie) BETWEEN 1 AND 40),
  bronorganisatie text NOT NULL CHECK (bronorganisatie ~ '^[0-9]{9}$'),
  -- The latest version number.
  versie integer NOT NULL DEFAULT 1 CHECK (versie >= 1),
  -- '' when not locked; otherwise the lock id that every change must carry (drc-009).
  lock text NOT NULL DEFAULT '',
  -- drc-006: NULL unknown, false no conditions, true: see gebruiksrechten (same for every version).
  indicatie_gebruiksrecht boolean,
  -- Stadhuis: keyed hash of the resident or business that uploaded it (they may read it back), or NULL.
  uploader_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, bronorganisatie, identificatie)
);

CREATE TABLE document_versies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  document_id uuid NOT NULL,
  versie integer NOT NULL CHECK (versie >= 1),
  begin_registratie timestamptz NOT NULL DEFAULT clock_timestamp(),
  creatiedatum date NOT NULL,
  titel text NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
  vertrouwelijkheidaanduiding text NOT NULL CHECK (vertrouwelijkheidaanduiding IN
    ('openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim')),
  auteur text NOT NULL CHECK (length(auteur) BETWEEN 1 AND 200),
  status text NOT NULL DEFAULT '' CHECK (status IN ('', 'in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd')),
  formaat text NOT NULL DEFAULT '' CHECK (length(formaat) <= 255),
  -- ISO 639-2/B, e.g. 'dut'.
  taal text NOT NULL CHECK (taal ~ '^[a-z]{3}$'),
  bestandsnaam text NOT NULL DEFAULT '' CHECK (length(bestandsnaam) <= 255),
  -- NULL when there is no content (only a link, or a paper document).
  bestandsomvang bigint CHECK (bestandsomvang >= 0),
  inhoud bytea,
  -- Stadhuis: SHA-256 of inhoud (hex), computed on storing.
  inhoud_sha256 text CHECK (inhoud_sha256 ~ '^[0-9a-f]{64}$'),
  link text NOT NULL DEFAULT '' CHECK (length(link) <= 200),
  beschrijving text NOT NULL DEFAULT '' CHECK (length(beschrijving) <= 1000),
  ontvangstdatum date,
  verzenddatum date,
  verschijningsvorm text NOT NULL DEFAULT '',
  -- { soort: analoog | digitaal | pki, datum }
  ondertekening jsonb,
  -- { algoritme, waarde, datum }
  integriteit jsonb,
  informatieobjecttype uuid NOT NULL,
  trefwoorden text[] NOT NULL DEFAULT '{}',
  -- Stadhuis: who registered this version (a label, never a BSN).
  geregistreerd_door text NOT NULL,
  UNIQUE (tenant_id, document_id, versie),
  FOREIGN KEY (tenant_id, document_id) REFERENCES documenten (tenant_id, id) ON DELETE CASCADE,
  CHECK ((inhoud IS NULL) = (inhoud_sha256 IS NULL)),
  CHECK (inhoud IS NULL OR bestandsomvang = octet_length(inhoud)),
  -- drc-005: a received document is past editing.
  CHECK (ontvangstdatum IS NULL OR status NOT IN ('in_bewerking', 'ter_vaststelling')),
  CHECK (ondertekening IS NULL OR status NOT IN ('in_bewerking', 'ter_vaststelling'))
);
CREATE INDEX document_versies_document ON document_versies (tenant_id, document_id, versie DESC);
CREATE INDEX document_versies_type ON document_versies (tenant_id, informatieobjecttype);

-- Large files in parts (Documenten API 1.1+): created with the expected size when a document is
-- made or changed without content, filled part by part with the lock id, joined on unlock.
-- The table is here so the data model fits; the upload flow comes with the Documenten API.
CREATE TABLE document_bestandsdelen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  document_id uuid NOT NULL,
  volgnummer integer NOT NULL CHECK (volgnummer >= 1),
  omvang bigint NOT NULL CHECK (omvang >= 0),
  inhoud bytea,
  lock text NOT NULL,
  voltooid boolean GENERATED ALWAYS AS (inhoud IS NOT NULL AND octet_length(inhoud) = omvang) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, document_id, volgnummer),
  FOREIGN KEY (tenant_id, document_id) REFERENCES documenten (tenant_id, id) ON DELETE CASCADE
);

-- OBJECT-INFORMATIEOBJECT: the mirror of zaakinformatieobject (zaken) and besluitinformatieobject
-- (besluiten), which lead; a document with any of these cannot be deleted (drc-008).
CREATE TABLE objectinformatieobjecten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  document_id uuid NOT NULL,
  object uuid NOT NULL,
  object_type text NOT NULL CHECK (object_type IN ('zaak', 'besluit', 'verzoek')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, document_id, object, object_type),
  FOREIGN KEY (tenant_id, document_id) REFERENCES documenten (tenant_id, id)
);
CREATE INDEX objectinformatieobjecten_object ON objectinformatieobjecten (tenant_id, object_type, object);

CREATE TABLE gebruiksrechten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  document_id uuid NOT NULL,
  startdatum timestamptz NOT NULL,
  einddatum timestamptz,
  omschrijving_voorwaarden text NOT NULL CHECK (length(omschrijving_voorwaarden) >= 1),
  FOREIGN KEY (tenant_id, document_id) REFERENCES documenten (tenant_id, id) ON DELETE CASCADE,
  CHECK (einddatum IS NULL OR einddatum >= startdatum)
);
CREATE INDEX gebruiksrechten_document ON gebruiksrechten (tenant_id, document_id);

CREATE TABLE document_counters (
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  jaar integer NOT NULL,
  laatste integer NOT NULL,
  PRIMARY KEY (tenant_id, jaar)
);

-- The audit trail (bron drc), removed with its document (drc-008).
CREATE TABLE document_audittrail (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  bron text NOT NULL DEFAULT 'drc',
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
  FOREIGN KEY (tenant_id, hoofd_object) REFERENCES documenten (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX document_audittrail_document ON document_audittrail (tenant_id, hoofd_object, aanmaakdatum);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['documenten', 'document_versies', 'document_bestandsdelen', 'objectinformatieobjecten',
    'gebruiksrechten', 'document_counters', 'document_audittrail'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
    IF t = 'document_audittrail' THEN
      EXECUTE format('GRANT SELECT, INSERT ON %I TO stadhuis_app', t);
    ELSE
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO stadhuis_app', t);
    END IF;
  END LOOP;
END $$;
