-- Handling a zaak (Stadhuis additions): requests to the applicant for more information, tasks for
-- staff, and kitchen-table conversations (keukentafelgesprekken). Tenant-owned, with row-level
-- security like 0001; foreign keys include tenant_id.

-- A question to the applicant with a deadline; while open the zaak is suspended (when its
-- zaaktype allows that). documenten: the uuids of the documents the applicant sent with the answer.
CREATE TABLE zaak_informatieverzoeken (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  vraag text NOT NULL CHECK (length(vraag) BETWEEN 1 AND 4000),
  deadline date NOT NULL,
  gevraagd_op timestamptz NOT NULL DEFAULT now(),
  gevraagd_door text NOT NULL,
  -- Whether asking suspended the zaak (then answering resumes it).
  opgeschort boolean NOT NULL DEFAULT false,
  antwoord text CHECK (length(antwoord) <= 10000),
  beantwoord_op timestamptz,
  documenten uuid[] NOT NULL DEFAULT '{}',
  CHECK ((antwoord IS NULL) = (beantwoord_op IS NULL)),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_informatieverzoeken_zaak ON zaak_informatieverzoeken (tenant_id, zaak_id, gevraagd_op);

-- Tasks for staff on a zaak: a request for human review (AVG art. 22), information received, …
CREATE TABLE zaak_taken (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  soort text NOT NULL CHECK (soort IN ('menselijke-beoordeling', 'informatie-ontvangen', 'gesprek-verslag', 'overig')),
  omschrijving text NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 4000),
  deadline date,
  -- The employee (user id) the task is for; NULL: whoever handles the zaak.
  toegewezen_aan text,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  aangemaakt_door text NOT NULL,
  afgerond_op timestamptz,
  afgerond_door text,
  toelichting text CHECK (length(toelichting) <= 4000),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_taken_zaak ON zaak_taken (tenant_id, zaak_id, aangemaakt_op);
CREATE INDEX zaak_taken_open ON zaak_taken (tenant_id, aangemaakt_op) WHERE afgerond_op IS NULL;

-- A kitchen-table conversation: when, where (or a video link), and the report (a document of the zaak).
CREATE TABLE zaak_gesprekken (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  zaak_id uuid NOT NULL,
  datum timestamptz NOT NULL,
  plaats text CHECK (length(plaats) <= 500),
  video_link text CHECK (length(video_link) <= 1000),
  toelichting text CHECK (length(toelichting) <= 4000),
  gepland_door text NOT NULL,
  verslag_document uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, zaak_id) REFERENCES zaken (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX zaak_gesprekken_zaak ON zaak_gesprekken (tenant_id, zaak_id, datum);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['zaak_informatieverzoeken', 'zaak_taken', 'zaak_gesprekken'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO stadhuis_app', t);
  END LOOP;
END $$;
