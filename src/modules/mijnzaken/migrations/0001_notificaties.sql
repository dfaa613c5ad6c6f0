-- The notifications Mijn zaken sent to applicants: one row per (event, kind of notification),
-- written in the same transaction as the queued mail, so a handler that runs again for the same
-- outbox event (at-least-once delivery) finds its row and sends nothing twice. No personal data.
CREATE TABLE mijnzaken_notificaties (
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  event_id uuid NOT NULL,
  soort text NOT NULL,
  zaak_id uuid NOT NULL,
  -- The queued mail (platform mail queue), or null when no e-mail address was known.
  mail_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, event_id, soort)
);
CREATE INDEX mijnzaken_notificaties_zaak ON mijnzaken_notificaties (tenant_id, zaak_id);

ALTER TABLE mijnzaken_notificaties ENABLE ROW LEVEL SECURITY;
ALTER TABLE mijnzaken_notificaties FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON mijnzaken_notificaties USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON mijnzaken_notificaties TO stadhuis_app;
