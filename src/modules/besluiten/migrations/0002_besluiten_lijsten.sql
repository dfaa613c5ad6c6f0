-- The Besluiten API lists besluiten newest first, filtered by besluittype (the client's
-- autorisaties) and identificatie: one index scan per page.
CREATE INDEX besluiten_recent ON besluiten (tenant_id, created_at DESC, id DESC);
CREATE INDEX besluiten_besluittype ON besluiten (tenant_id, besluittype, created_at DESC, id DESC);
CREATE INDEX besluiten_identificatie ON besluiten (tenant_id, identificatie);
