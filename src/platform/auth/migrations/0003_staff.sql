-- Staff log in through OpenID Connect now; the interim password sessions go.
DROP TABLE staff_sessions;

-- Sessions of residents, businesses and staff share one table and one mechanism. The identity
-- (with a BSN for residents) is stored encrypted (AES-256-GCM, see Sealer); existing sessions
-- held it in plain JSON and end here.
DELETE FROM auth_sessions;
ALTER TABLE auth_sessions DROP COLUMN identity;
ALTER TABLE auth_sessions ADD COLUMN sealed_identity text NOT NULL;
ALTER TABLE auth_sessions DROP CONSTRAINT auth_sessions_kind_check;
ALTER TABLE auth_sessions ADD CONSTRAINT auth_sessions_kind_check CHECK (kind IN ('resident', 'business', 'staff'));
ALTER TABLE auth_login_attempts DROP CONSTRAINT auth_login_attempts_kind_check;
ALTER TABLE auth_login_attempts ADD CONSTRAINT auth_login_attempts_kind_check CHECK (kind IN ('resident', 'business', 'staff'));

-- Employees of a municipality and their roles there. The identity provider says who someone is;
-- the roles are managed here by the municipality's admins (at the first login they are taken
-- from the provider's claim, when it gives any for this municipality).
CREATE TABLE staff_users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  subject text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 255),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  email text,
  roles text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz,
  UNIQUE (tenant_id, subject)
);

-- Every change of rights (roles, (de)activation, API clients): append-only.
CREATE TABLE rights_audit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  target_kind text NOT NULL CHECK (target_kind IN ('staff-user', 'api-client')),
  target_id text NOT NULL,
  target_label text NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX rights_audit_tenant_at ON rights_audit (tenant_id, at DESC);

-- Machine-to-machine clients (ZGW style): a client id and a shared secret per municipality; the
-- client signs its own JWT (HS256) with the secret, so the secret is stored encrypted, not hashed.
CREATE TABLE api_clients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  client_id text NOT NULL CHECK (client_id ~ '^[A-Za-z0-9._-]{3,100}$'),
  label text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 200),
  sealed_secret text NOT NULL,
  scopes text[] NOT NULL DEFAULT '{}',
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  UNIQUE (tenant_id, client_id)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['staff_users', 'rights_audit', 'api_clients'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE ON staff_users, api_clients TO stadhuis_app;
-- The audit log cannot be altered through the application.
GRANT SELECT, INSERT ON rights_audit TO stadhuis_app;
