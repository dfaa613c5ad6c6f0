-- The ZGW zaken list filters on zaaktype and vertrouwelijkheidaanduiding (the client's autorisaties)
-- and orders by creation. With both in the index, the count and the page's ids are read from the
-- index alone; only the zaken of the page are then read from the table.
CREATE INDEX zaken_api_list ON zaken (tenant_id, zaaktype, vertrouwelijkheidaanduiding, created_at DESC, id DESC);
DROP INDEX zaken_api_zaaktype;
