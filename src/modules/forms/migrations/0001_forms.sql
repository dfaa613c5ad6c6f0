-- Online forms: definitions (versioned; a published version never changes), drafts of residents
-- (sealed: encrypted at rest by the application), uploads until submission, and submissions.

CREATE TABLE form_definitions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  version integer NOT NULL CHECK (version >= 1),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
  title text NOT NULL,
  zaaktype text NOT NULL,
  definition jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL,
  published_at timestamptz,
  published_by text,
  UNIQUE (tenant_id, slug, version)
);
-- At most one published version per form.
CREATE UNIQUE INDEX form_definitions_published ON form_definitions (tenant_id, slug) WHERE status = 'published';

-- A published (or retired) version is immutable: only published → retired is allowed.
CREATE FUNCTION form_definitions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'draft' THEN RETURN NEW; END IF;
  IF OLD.status = 'published' AND NEW.status = 'retired' AND NEW.definition = OLD.definition
     AND NEW.slug = OLD.slug AND NEW.version = OLD.version THEN RETURN NEW; END IF;
  RAISE EXCEPTION 'form definition % version % is % and cannot be changed', OLD.slug, OLD.version, OLD.status
    USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER form_definitions_immutable BEFORE UPDATE ON form_definitions
  FOR EACH ROW EXECUTE FUNCTION form_definitions_immutable();
CREATE FUNCTION form_definitions_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'form definition % version % is % and cannot be deleted', OLD.slug, OLD.version, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER form_definitions_no_delete BEFORE DELETE ON form_definitions
  FOR EACH ROW EXECUTE FUNCTION form_definitions_no_delete();

-- A draft per owner (the keyed hash of a BSN/KVK number, or of an anonymous browser's token) and
-- form. `data` is sealed (AES-256-GCM) by the application.
CREATE TABLE form_drafts (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  form_slug text NOT NULL,
  form_version integer NOT NULL,
  owner_kind text NOT NULL CHECK (owner_kind IN ('subject', 'browser')),
  owner_hash text NOT NULL,
  data text NOT NULL,
  idempotency_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  UNIQUE (tenant_id, form_slug, owner_hash),
  UNIQUE (tenant_id, idempotency_key),
  FOREIGN KEY (tenant_id, form_slug, form_version) REFERENCES form_definitions (tenant_id, slug, version)
);
CREATE INDEX form_drafts_expires ON form_drafts (expires_at);

-- Links to resume an anonymous draft, sent by e-mail: only the SHA-256 of the secret is stored.
CREATE TABLE form_resume_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  draft_id uuid NOT NULL REFERENCES form_drafts (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX form_resume_tokens_draft ON form_resume_tokens (draft_id);

CREATE TABLE form_submissions (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  form_slug text NOT NULL,
  form_version integer NOT NULL,
  zaaktype text NOT NULL,
  idempotency_key text NOT NULL,
  reference text,
  status_url text,
  owner_hash text NOT NULL,
  -- Sealed: submitter, answers, eigenschappen, summary.
  data text NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, idempotency_key),
  UNIQUE (tenant_id, reference)
);

-- Uploads belong to a draft until the submission, then to the submission. Content is sealed.
CREATE TABLE form_uploads (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  draft_id uuid REFERENCES form_drafts (id) ON DELETE CASCADE,
  submission_id uuid REFERENCES form_submissions (id) ON DELETE CASCADE,
  field_key text NOT NULL,
  filename text NOT NULL,
  mime text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL,
  content text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (draft_id IS NOT NULL OR submission_id IS NOT NULL)
);
CREATE INDEX form_uploads_draft ON form_uploads (draft_id);
CREATE INDEX form_uploads_submission ON form_uploads (submission_id);

-- FORM-<year>-<number>: a counter per municipality and year.
CREATE TABLE form_reference_counters (
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (tenant_id, year)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['form_definitions', 'form_drafts', 'form_resume_tokens', 'form_submissions', 'form_uploads', 'form_reference_counters'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO stadhuis_app', t);
  END LOOP;
END $$;
