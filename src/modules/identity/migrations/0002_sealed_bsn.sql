-- The BSN of a passkey's owner is stored encrypted (AES-256-GCM, see Sealer) instead of in plain
-- text. Encryption needs the application's key, which SQL does not have: passkeys registered
-- before this change cannot be converted and are removed (their owners register them again
-- after their next DigiD login).
DELETE FROM identity_passkeys;
ALTER TABLE identity_passkeys DROP COLUMN bsn;
ALTER TABLE identity_passkeys ADD COLUMN sealed_bsn text NOT NULL;
