-- Counters for rate limits and login lockouts, shared by every application node. Keys hold
-- keyed hashes, never an IP address or account name in the clear.
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  locked_until timestamptz
);
CREATE INDEX rate_limits_window ON rate_limits (window_start);
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limits TO stadhuis_app;
