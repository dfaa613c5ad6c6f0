-- Notificaties API 1.0.1: kanalen, abonnementen, and the delivery of every notification to each
-- abonnement that matches it (one row per notification and abonnement, retried by the outbox).
-- Every table belongs to one municipality (tenant_id + row-level security).

CREATE TABLE notificaties_kanalen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 50),
  documentatie_link text NOT NULL DEFAULT '' CHECK (length(documentatie_link) <= 200),
  -- The kenmerken notifications on this kanaal carry; abonnementen may filter on them.
  filters text[] NOT NULL DEFAULT '{}',
  -- A kanaal of the platform's own APIs (zaken, documenten, …), present in every municipality.
  eigen boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, naam),
  UNIQUE (tenant_id, id)
);

CREATE TABLE notificaties_abonnementen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  callback_url text NOT NULL CHECK (length(callback_url) BETWEEN 1 AND 1000),
  -- The Authorization header value sent to the callback, sealed (AES-256-GCM): it is a secret of the subscriber.
  auth_sealed text NOT NULL,
  -- [{ "naam": "zaken", "filters": { "bronorganisatie": "…" } }, …] as the client gave them.
  kanalen jsonb NOT NULL DEFAULT '[]',
  -- The client id of the API client that created it (for the back office).
  aangemaakt_door text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id)
);
CREATE INDEX notificaties_abonnementen_kanalen ON notificaties_abonnementen USING gin (kanalen jsonb_path_ops);

CREATE TABLE notificaties_afleveringen (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  -- The outbox event of the notification; with the abonnement it makes the fan-out idempotent.
  bron_event_id uuid NOT NULL,
  abonnement_id uuid NOT NULL,
  -- The outbox event that delivers this row (its retries and back-off are the outbox's).
  outbox_event_id uuid,
  -- The notification as published (references of this municipality as zgw: refs, made absolute at delivery).
  bericht jsonb NOT NULL,
  kanaal text NOT NULL,
  resource text NOT NULL,
  actie text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text CHECK (length(last_error) <= 1000),
  last_status integer,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, bron_event_id, abonnement_id),
  FOREIGN KEY (tenant_id, abonnement_id) REFERENCES notificaties_abonnementen (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX notificaties_afleveringen_recent ON notificaties_afleveringen (tenant_id, created_at DESC);
CREATE INDEX notificaties_afleveringen_abonnement ON notificaties_afleveringen (tenant_id, abonnement_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['notificaties_kanalen', 'notificaties_abonnementen', 'notificaties_afleveringen'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO stadhuis_app', t);
  END LOOP;
END $$;
