-- Passkeys (WebAuthn credentials) of residents, per municipality. The resident registers them
-- after a DigiD login and may later log in with one alone.
CREATE TABLE identity_passkeys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  -- Keyed hash of the BSN, as sessions and the processing log use it.
  subject text NOT NULL,
  -- Needed to start a session at a passkey login (auth_sessions.identity holds it too).
  bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
  credential_id text NOT NULL CHECK (credential_id ~ '^[A-Za-z0-9_-]+$' AND length(credential_id) BETWEEN 16 AND 1400),
  public_key text NOT NULL, -- COSE public key, base64url
  counter bigint NOT NULL DEFAULT 0 CHECK (counter >= 0),
  transports text[] NOT NULL DEFAULT '{}',
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  UNIQUE (tenant_id, credential_id)
);
CREATE INDEX identity_passkeys_subject ON identity_passkeys (tenant_id, subject);
ALTER TABLE identity_passkeys ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity_passkeys FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON identity_passkeys
  USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON identity_passkeys TO stadhuis_app;

-- A WebAuthn challenge waiting for its answer: bound to one browser (the hash of a short-lived
-- cookie) and, when registering, to the logged-in resident; taken out when used (one time).
CREATE TABLE identity_passkey_challenges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  browser_hash text NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('register', 'login')),
  challenge text NOT NULL,
  subject text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identity_passkey_challenges_browser ON identity_passkey_challenges (tenant_id, browser_hash);
ALTER TABLE identity_passkey_challenges ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity_passkey_challenges FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON identity_passkey_challenges
  USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON identity_passkey_challenges TO stadhuis_app;
