-- Sessions of residents and businesses after an OIDC (DigiD/eHerkenning) or passkey login.
-- The cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE auth_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  token_hash text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('resident', 'business')),
  -- The subject's key (keyed hash of bsn:/kvk:), to find and end all of someone's sessions.
  subject text NOT NULL,
  identity jsonb NOT NULL,
  auth_time timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX auth_sessions_subject ON auth_sessions (tenant_id, subject);

-- A login in progress: the OIDC state, nonce and PKCE verifier, used once.
CREATE TABLE auth_login_attempts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  browser_hash text NOT NULL,
  state text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('resident', 'business')),
  required_level text NOT NULL,
  return_to text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auth_login_attempts_state ON auth_login_attempts (tenant_id, state);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['auth_sessions', 'auth_login_attempts'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON auth_sessions, auth_login_attempts TO stadhuis_app;
