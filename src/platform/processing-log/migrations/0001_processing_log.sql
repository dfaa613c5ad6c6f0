-- Logboek Dataverwerkingen: one row per processing of personal data, per data subject.
-- Append-only: the application may insert and read, never change or delete (also not the owner:
-- a trigger refuses it; removing old rows after the retention period is an operator's job).
CREATE TABLE processing_log (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  trace_id text NOT NULL CHECK (trace_id ~ '^[0-9a-f]{32}$'),
  operation_id text NOT NULL CHECK (operation_id ~ '^[0-9a-f]{16}$'),
  parent_operation_id text CHECK (parent_operation_id ~ '^[0-9a-f]{16}$'),
  name text NOT NULL,
  status text NOT NULL CHECK (status IN ('ok', 'error')),
  start_time timestamptz NOT NULL,
  end_time timestamptz NOT NULL,
  processing_activity_id text NOT NULL,
  operation text NOT NULL CHECK (operation IN ('read', 'create', 'update', 'delete')),
  data_categories text[] NOT NULL,
  -- HMAC-SHA256 of the subject's identifier (e.g. "bsn:999993653") under a key of the installation.
  data_subject text,
  actor_type text NOT NULL CHECK (actor_type IN ('resident', 'business', 'staff', 'api-client', 'system')),
  actor_id text,
  actor_role text,
  actor_team text,
  foreign_operation jsonb
);
CREATE INDEX processing_log_subject ON processing_log (tenant_id, data_subject, start_time DESC);
ALTER TABLE processing_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE processing_log FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON processing_log USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT ON processing_log TO stadhuis_app;

CREATE FUNCTION processing_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'processing_log is append-only';
END $$;
CREATE TRIGGER processing_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON processing_log
  FOR EACH STATEMENT EXECUTE FUNCTION processing_log_append_only();
