-- Zaken (cases) after the ZGW Zaken API 1.5.1 (RGBZ): the standard's field names in snake_case, so
-- that the Zaken API can later be served over these same tables. References to other modules
-- (zaaktype and its children in catalogi, documents, besluiten) are uuids without foreign keys.
-- Within the module, foreign keys include tenant_id, so a row can never point at another
-- municipality's zaak even when the referential check itself does not see row-level security.

CREATE TABLE zaken (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  -- ZAAK-2026-0000123, unique within the bronorganisatie.
  identificatie text NOT NULL CHECK (length(identificatie) BETWEEN 1 AND 40),
  bronorganisatie text NOT NULL CHECK (bronorganisatie ~ '^[0-9]{9}$'),
  verantwoordelijke_organisatie text NOT NULL CHECK (verantwoordelijke_organisatie ~ '^[0-9]{9}$'),
  omschrijving text NOT NULL DEFAULT '' CHECK (length(omschrijving) <= 80),
  toelichting text NOT NULL DEFAULT '' CHECK (length(toelichting) <= 1000),
  -- The zaaktype VERSION (uuid in catalogi); a zaak keeps it for its whole life.
  zaaktype uuid NOT NULL,
  -- Copied from that (immutable) version, to filter and show work queues without asking catalogi per row.
  zaaktype_identificatie text NOT NULL,
  zaaktype_omschrijving text NOT NULL,
  registratiedatum date NOT NULL,
  startdatum date NOT NULL,
  einddatum date,
  einddatum_gepland date,
  uiterlijke_einddatum_afdoening date,
  publicatiedatum date,
  communicatiekanaal text NOT NULL DEFAULT '' CHECK (length(communicatiekanaal) <= 1000),
  producten_of_diensten text[] NOT NULL DEFAULT '{}',
  vertrouwelijkheidaanduiding text NOT NULL CHECK (vertrouwelijkheidaanduiding IN
    ('openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim')),
  betalingsindicatie text NOT NULL DEFAULT '' CHECK (betalingsindicatie IN ('', 'nvt', 'nog_niet', 'gedeeltelijk', 'geheel')),
  laatste_betaaldatum timestamptz,
  -- GeoJSON geometry (Point, Polygon, …) or NULL.
  zaakgeometrie jsonb,
  -- verlenging: both NULL, or both set (duur is an ISO 8601 duration).
  verlenging_reden text CHECK (length(verlenging_reden) <= 200),
  verlenging_duur text,
  opschorting_indicatie boolean NOT NULL DEFAULT false,
  opschorting_reden text NOT NULL DEFAULT '' CHECK (length(opschorting_reden) <= 200),
  -- Stadhuis: since when the running suspension lasts, and until when it is planned (informative).
  opschorting_sinds date,
  opschorting_tot date,
  selectielijstklasse text NOT NULL DEFAULT '',
  hoofdzaak uuid,
  -- [{ "zaak": uuid | null, "url": text | null, "aardRelatie": "vervolg" | "onderwerp" | "bijdrage" }]
  relevante_andere_zaken jsonb NOT NULL DEFAULT '[]',
  -- [{ "kenmerk": text, "bron": text }]
  kenmerken jsonb NOT NULL DEFAULT '[]',
  archiefnominatie text CHECK (archiefnominatie IN ('blijvend_bewaren', 'vernietigen')),
  archiefstatus text NOT NULL DEFAULT 'nog_te_archiveren'
    CHECK (archiefstatus IN ('nog_te_archiveren', 'gearchiveerd', 'gearchiveerd_procestermijn_onbekend', 'overgedragen')),
  archiefactiedatum date,
  startdatum_bewaartermijn date,
  opdrachtgevende_organisatie text NOT NULL DEFAULT '',
  processobjectaard text,
  processobject jsonb,
  -- The current status (the latest by datum_status_gezet), kept by the service with each status.
  status uuid,
  statustype uuid,
  status_omschrijving text,
  -- Stadhuis: who registered it (a label, never a BSN), and when the row last changed.
  aangemaakt_door text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, bronorganisatie, identificatie),
  FOREIGN KEY (tenant_id, hoofdzaak) REFERENCES zaken (tenant_id, id),
  CHECK ((verlenging_reden IS NULL) = (verlenging_duur IS NULL)),
  CHECK (opschorting_indicatie OR opschorting_sinds IS NULL),
  CHECK (archiefstatus = 'nog_te_archiveren' OR (archiefnominatie IS NOT NULL AND archiefactiedatum IS NOT NULL)),
  CHECK (hoofdzaak IS NULL OR hoofdzaak <> id)
);
CREATE INDEX zaken_zaaktype ON zaken (tenant_id, zaaktype_identificatie, zaaktype);
CREATE INDEX zaken_open_deadline ON zaken (tenant_id, einddatum_gepland) WHERE einddatum IS NULL;
CREATE INDEX zaken_registratiedatum ON zaken (tenant_id, registratiedatum DESC);
CREATE INDEX zaken_hoofdzaak ON zaken (tenant_id, hoofdzaak) WHERE hoofdzaak IS NOT NULL;
CREATE INDEX zaken_archief ON zaken (tenant_id, archiefactiedatum) WHERE archiefactiedatum IS NOT NULL;

-- Exactly-once creation: the key is claimed first, in the creating transaction; a second request
-- with the same key waits for that transaction and then finds the zaak.
CREATE TABLE zaak_idempotency_keys (
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  zaak_id uuid NOT NULL,
  -- Who asked (keyed hash or id, never a BSN) and a keyed hash of the request: the same key
  -- from someone else or with other content is refused instead of answered with this zaak.
  actor_key text NOT NULL,
  request_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, key),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

-- The last number handed out per municipality and year (ZAAK-<year>-<number>).
CREATE TABLE zaak_counters (
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  jaar integer NOT NULL,
  laatste integer NOT NULL,
  PRIMARY KEY (tenant_id, jaar)
);

CREATE TABLE zaak_statussen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  statustype uuid NOT NULL,
  datum_status_gezet timestamptz NOT NULL,
  statustoelichting text NOT NULL DEFAULT '' CHECK (length(statustoelichting) <= 1000),
  -- The rol that set it (optional).
  gezetdoor uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_statussen_zaak ON zaak_statussen (tenant_id, zaak_id, datum_status_gezet DESC, created_at DESC);

-- Parties. Everything that identifies a natural person (BSN, name, address, the BRP URL) and every
-- contact person is sealed (AES-256-GCM, src/platform/crypto/sealer.ts); a natural person is found
-- by a keyed hash of the BSN (inp_bsn_lookup). The CHECKs make a plaintext copy impossible.
CREATE TABLE zaak_rollen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  betrokkene_type text NOT NULL CHECK (betrokkene_type IN
    ('natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging', 'organisatorische_eenheid', 'medewerker')),
  roltype uuid NOT NULL,
  omschrijving text NOT NULL,
  omschrijving_generiek text NOT NULL,
  roltoelichting text NOT NULL DEFAULT '' CHECK (length(roltoelichting) <= 1000),
  registratiedatum timestamptz NOT NULL DEFAULT now(),
  indicatie_machtiging text NOT NULL DEFAULT '' CHECK (indicatie_machtiging IN ('', 'gemachtigde', 'machtiginggever')),
  -- Plain for organisations, branches, units and staff; NULL/'' for natural persons.
  betrokkene text NOT NULL DEFAULT '',
  betrokkene_identificatie jsonb,
  afwijkende_naam_betrokkene text NOT NULL DEFAULT '',
  -- Sealed JSON: { betrokkene, betrokkeneIdentificatie, afwijkendeNaamBetrokkene } of a natural
  -- person, and { contactpersoonRol } of any party.
  sealed text,
  inp_bsn_lookup text,
  -- For finding: KVK number (niet_natuurlijk_persoon, vestiging) and the identificatie of a
  -- medewerker, organisatorische eenheid, vestiging or niet-natuurlijk persoon.
  kvk_nummer text CHECK (kvk_nummer ~ '^[0-9]{8}$'),
  identificatie text,
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE,
  CHECK (betrokkene_type <> 'natuurlijk_persoon' OR
    (betrokkene = '' AND betrokkene_identificatie IS NULL AND afwijkende_naam_betrokkene = '' AND identificatie IS NULL)),
  CHECK (inp_bsn_lookup IS NULL OR betrokkene_type = 'natuurlijk_persoon')
);
CREATE INDEX zaak_rollen_zaak ON zaak_rollen (tenant_id, zaak_id);
CREATE INDEX zaak_rollen_bsn ON zaak_rollen (tenant_id, inp_bsn_lookup) WHERE inp_bsn_lookup IS NOT NULL;
CREATE INDEX zaak_rollen_kvk ON zaak_rollen (tenant_id, kvk_nummer) WHERE kvk_nummer IS NOT NULL;
CREATE INDEX zaak_rollen_identificatie ON zaak_rollen (tenant_id, betrokkene_type, identificatie, omschrijving_generiek);

ALTER TABLE zaak_statussen ADD FOREIGN KEY (gezetdoor) REFERENCES zaak_rollen (id) ON DELETE SET NULL;

CREATE TABLE zaak_eigenschappen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  eigenschap uuid NOT NULL,
  naam text NOT NULL,
  waarde text NOT NULL,
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_eigenschappen_zaak ON zaak_eigenschappen (tenant_id, zaak_id);

CREATE TABLE zaak_resultaten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  resultaattype uuid NOT NULL,
  toelichting text NOT NULL DEFAULT '' CHECK (length(toelichting) <= 1000),
  UNIQUE (tenant_id, zaak_id),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);

-- ZAAK-INFORMATIEOBJECT: leading over the mirrored objectinformatieobject in documenten.
CREATE TABLE zaak_informatieobjecten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  informatieobject uuid NOT NULL,
  aard_relatie text NOT NULL DEFAULT 'hoort_bij',
  titel text NOT NULL DEFAULT '' CHECK (length(titel) <= 200),
  beschrijving text NOT NULL DEFAULT '',
  registratiedatum timestamptz NOT NULL DEFAULT now(),
  vernietigingsdatum timestamptz,
  -- The zaak's STATUS for which the document is relevant (optional).
  status uuid REFERENCES zaak_statussen (id) ON DELETE SET NULL,
  UNIQUE (tenant_id, zaak_id, informatieobject),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_informatieobjecten_document ON zaak_informatieobjecten (tenant_id, informatieobject);

-- What the zaak is about (an address, a parcel, …). The identification of a natural person as
-- object is sealed like in rollen.
CREATE TABLE zaak_objecten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  object text NOT NULL DEFAULT '' CHECK (length(object) <= 1000),
  zaakobjecttype text NOT NULL DEFAULT '',
  object_type text NOT NULL CHECK (object_type IN ('adres', 'besluit', 'buurt', 'enkelvoudig_document', 'gemeente',
    'gemeentelijke_openbare_ruimte', 'huishouden', 'inrichtingselement', 'kadastrale_onroerende_zaak', 'kunstwerkdeel',
    'maatschappelijke_activiteit', 'medewerker', 'natuurlijk_persoon', 'niet_natuurlijk_persoon', 'openbare_ruimte',
    'organisatorische_eenheid', 'pand', 'spoorbaandeel', 'status', 'terreindeel', 'terrein_gebouwd_object', 'vestiging',
    'waterdeel', 'wegdeel', 'wijk', 'woonplaats', 'woz_deelobject', 'woz_object', 'woz_waarde', 'zakelijk_recht', 'overige')),
  object_type_overige text NOT NULL DEFAULT '' CHECK (object_type_overige ~ '^[a-z_]*$'),
  object_type_overige_definitie jsonb,
  relatieomschrijving text NOT NULL DEFAULT '' CHECK (length(relatieomschrijving) <= 80),
  object_identificatie jsonb,
  sealed text,
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE,
  CHECK (object_type <> 'natuurlijk_persoon' OR (object = '' AND object_identificatie IS NULL)),
  CHECK (object_type <> 'overige' OR object_type_overige <> '')
);
CREATE INDEX zaak_objecten_zaak ON zaak_objecten (tenant_id, zaak_id);

CREATE TABLE zaak_klantcontacten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  identificatie text NOT NULL CHECK (length(identificatie) BETWEEN 1 AND 14),
  datumtijd timestamptz NOT NULL,
  kanaal text NOT NULL DEFAULT '' CHECK (length(kanaal) <= 20),
  onderwerp text NOT NULL DEFAULT '' CHECK (length(onderwerp) <= 200),
  toelichting text NOT NULL DEFAULT '' CHECK (length(toelichting) <= 1000),
  UNIQUE (tenant_id, identificatie),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_klantcontacten_zaak ON zaak_klantcontacten (tenant_id, zaak_id);

-- ZAAKBESLUIT, mirrored by the besluiten module (brc-006). The dates are copied from the besluit
-- and kept in step by that module, for the brondatum of the archiefactietermijn.
CREATE TABLE zaak_besluiten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  besluit uuid NOT NULL,
  ingangsdatum date NOT NULL,
  vervaldatum date,
  UNIQUE (tenant_id, zaak_id, besluit),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);

-- Internal notes of staff (a Stadhuis addition; never shown to the applicant).
CREATE TABLE zaak_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  tekst text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 10000),
  auteur_id text NOT NULL,
  auteur_weergave text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_notes_zaak ON zaak_notes (tenant_id, zaak_id, created_at);

-- Every suspension (opschorting), for lead-time figures: from, planned until, resumed on.
CREATE TABLE zaak_opschortingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  reden text NOT NULL CHECK (length(reden) BETWEEN 1 AND 200),
  van date NOT NULL,
  tot date,
  hervat_op date,
  dagen integer CHECK (dagen >= 0),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_opschortingen_zaak ON zaak_opschortingen (tenant_id, zaak_id);

-- The audit trail as the standard defines it (bron, actie, resultaat, hoofdObject, resource,
-- wijzigingen { oud, nieuw }, …). hoofd_object and resource_id are uuids: the API makes URLs.
-- Append-only for the application; removed with its zaak (zrc: the audittrail goes with it).
CREATE TABLE zaak_audittrail (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  bron text NOT NULL DEFAULT 'zrc',
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
  FOREIGN KEY (tenant_id, hoofd_object) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_audittrail_zaak ON zaak_audittrail (tenant_id, hoofd_object, aanmaakdatum);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['zaken', 'zaak_idempotency_keys', 'zaak_counters', 'zaak_statussen', 'zaak_rollen',
    'zaak_eigenschappen', 'zaak_resultaten', 'zaak_informatieobjecten', 'zaak_objecten', 'zaak_klantcontacten',
    'zaak_besluiten', 'zaak_notes', 'zaak_opschortingen', 'zaak_audittrail'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
    IF t = 'zaak_audittrail' THEN
      EXECUTE format('GRANT SELECT, INSERT ON %I TO stadhuis_app', t);
    ELSE
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO stadhuis_app', t);
    END IF;
  END LOOP;
END $$;
