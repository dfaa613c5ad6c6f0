-- Transactional outbox and job queue. Platform tables: one worker serves every municipality, so
-- these tables have a tenant_id column but no row-level security; payloads hold ids, never
-- personal data (what a job needs it reads with withTenant from its module's own tables).

-- An event (or delayed job), written in the transaction of the business change that causes it.
CREATE TABLE outbox_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  topic text NOT NULL CHECK (topic ~ '^[a-z][a-z0-9_.-]{0,99}$'),
  -- Optional idempotency key: publishing the same (tenant, topic, key) again adds nothing.
  key text CHECK (length(key) BETWEEN 1 AND 200),
  payload jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(payload) = 'object'),
  -- Not delivered before this moment (delayed jobs, reminders).
  available_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- When a worker made the deliveries for the subscribed handlers (NULL: not yet).
  dispatched_at timestamptz
);
CREATE UNIQUE INDEX outbox_events_key ON outbox_events (tenant_id, topic, key) WHERE key IS NOT NULL;
CREATE INDEX outbox_events_undispatched ON outbox_events (available_at) WHERE dispatched_at IS NULL;
CREATE INDEX outbox_events_dispatched ON outbox_events (dispatched_at) WHERE dispatched_at IS NOT NULL;

-- A transaction of one municipality can only publish for that municipality.
CREATE FUNCTION outbox_events_tenant_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_tenant_id() IS NOT NULL AND NEW.tenant_id IS DISTINCT FROM current_tenant_id() THEN
    RAISE EXCEPTION 'outbox: event for another municipality than the one of this transaction';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER outbox_events_tenant_guard BEFORE INSERT OR UPDATE OF tenant_id ON outbox_events
  FOR EACH ROW EXECUTE FUNCTION outbox_events_tenant_guard();

-- The handlers that exist (registered by a worker at start-up), kept across restarts so that an
-- event is fanned out to every handler, also to one that lives on another node.
CREATE TABLE outbox_subscriptions (
  topic text NOT NULL,
  handler text NOT NULL CHECK (handler ~ '^[a-z][a-z0-9_.-]{0,99}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (topic, handler)
);

-- One (event, handler) pair, with its own attempts.
CREATE TABLE outbox_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES outbox_events(id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL,
  topic text NOT NULL,
  handler text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  -- While running: which claim holds it, and until when (a worker that dies loses it then).
  lease_token uuid,
  lease_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  UNIQUE (event_id, handler)
);
CREATE INDEX outbox_deliveries_due ON outbox_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_deliveries_leased ON outbox_deliveries (lease_until) WHERE status = 'running';
CREATE INDEX outbox_deliveries_recent ON outbox_deliveries (updated_at DESC);
CREATE INDEX outbox_deliveries_failed ON outbox_deliveries (status, updated_at DESC) WHERE status = 'failed';

GRANT SELECT, INSERT, UPDATE, DELETE ON outbox_events, outbox_subscriptions, outbox_deliveries TO stadhuis_app;
