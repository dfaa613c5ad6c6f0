-- The online form (forms module, by slug) and the case type (zaaktype, by its identificatie in the
-- Catalogi API) that handle a product. Both optional; references by value, not foreign keys,
-- because they belong to other modules.
ALTER TABLE catalogue_products
  ADD COLUMN form_slug text CHECK (form_slug IS NULL OR (form_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(form_slug) <= 80)),
  ADD COLUMN zaaktype_identificatie text CHECK (zaaktype_identificatie IS NULL OR zaaktype_identificatie ~ '^[A-Z0-9-]{1,40}$');
