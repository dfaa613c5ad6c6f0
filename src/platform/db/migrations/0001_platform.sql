-- The application role: every request runs as it, and it never bypasses row-level security.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'stadhuis_app') THEN
    CREATE ROLE stadhuis_app NOLOGIN NOBYPASSRLS;
  END IF;
END $$;
-- The connecting (owner) user may act as the application role.
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'stadhuis_app', 'MEMBER') THEN
    EXECUTE format('GRANT stadhuis_app TO %I', current_user);
  END IF;
END $$;
GRANT USAGE ON SCHEMA public TO stadhuis_app;

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The municipality of the current transaction, or NULL when none is set: then every
-- tenant-owned table looks empty.
CREATE OR REPLACE FUNCTION current_tenant_id() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
GRANT EXECUTE ON FUNCTION current_tenant_id() TO stadhuis_app;
