-- The work queue's list of zaaktypen (and the ordering "identificatie") reads the zaken in order
-- of identificatie; without this index that sorts every zaak of the municipality on each page view
-- (about 300 ms with 100,000 zaken). With it, the first rows come straight from the index.
CREATE INDEX zaken_identificatie ON zaken (tenant_id, identificatie);
