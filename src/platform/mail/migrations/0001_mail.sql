-- Outgoing e-mail. A message is written in the business transaction (queueMail) and sent by the
-- job worker after commit; the outbox event carries only the message's id. Messages hold
-- personal data (address, text, attachments), so they are tenant-owned with row-level security.
CREATE TABLE mail_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  recipient text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 320),
  subject text NOT NULL CHECK (length(subject) <= 998),
  text_body text NOT NULL,
  html_body text,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent')),
  -- The Message-ID given to the mail server (the same on every attempt, so receivers can de-duplicate).
  message_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX mail_messages_created ON mail_messages (tenant_id, created_at DESC);

CREATE TABLE mail_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL DEFAULT current_tenant_id() REFERENCES tenants(id),
  mail_id uuid NOT NULL REFERENCES mail_messages(id) ON DELETE CASCADE,
  position integer NOT NULL,
  filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
  content_type text NOT NULL,
  content bytea NOT NULL,
  UNIQUE (mail_id, position)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['mail_messages', 'mail_attachments'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON mail_messages, mail_attachments TO stadhuis_app;

-- The development mailbox: when no SMTP_URL is set, "sent" mail lands here and is shown at
-- /dev/mail (never in production). It stands in for an external mail server, which receives the
-- mail of every municipality, and is read only by that global page, never in a municipality's
-- transaction: a platform table, with the municipality as a column for display.
CREATE TABLE dev_mailbox_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid REFERENCES tenants(id),
  message_id text NOT NULL,
  sender text NOT NULL,
  recipient text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dev_mailbox_messages_received ON dev_mailbox_messages (received_at DESC);

CREATE TABLE dev_mailbox_attachments (
  message_id uuid NOT NULL REFERENCES dev_mailbox_messages(id) ON DELETE CASCADE,
  position integer NOT NULL,
  filename text NOT NULL,
  content_type text NOT NULL,
  content bytea NOT NULL,
  PRIMARY KEY (message_id, position)
);
GRANT SELECT, INSERT, DELETE ON dev_mailbox_messages, dev_mailbox_attachments TO stadhuis_app;
