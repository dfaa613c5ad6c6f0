-- The work queue lists open zaken by deadline. For a zaak that is not suspended the deadline is
-- einddatum_gepland; for a suspended one it moves with every day of the suspension, so those few
-- are sorted on the fly. Two partial indexes let both halves be read in order without sorting
-- every open zaak of the municipality.
CREATE INDEX zaken_open_not_suspended ON zaken (tenant_id, einddatum_gepland, identificatie) WHERE einddatum IS NULL AND opschorting_sinds IS NULL;
CREATE INDEX zaken_open_suspended ON zaken (tenant_id) WHERE einddatum IS NULL AND opschorting_sinds IS NOT NULL;
