import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import type { Database } from '../db/database.js';
import { Jobs } from '../jobs/index.js';
import { createTestTenant, reopenableDatabase, until, type ReopenableDatabase } from '../jobs/test-helpers.js';
import type { Tenant } from '../tenancy/tenants.js';
import { engines } from '../testing/harness.js';
import { DevMailbox, InvalidMailError, loadMailSettings, queueMail, queuedMailStatus, registerMailDelivery, SmtpMailer, type MailMessage } from './index.js';

describe('mail settings', () => {
  const problems = (env: Record<string, string>, nodeEnv: 'development' | 'production' = 'development'): string => {
    try {
      loadMailSettings(env, nodeEnv);
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('uses the development mailbox without SMTP_URL, and sends nothing in production', () => {
    assert.equal(loadMailSettings({}, 'development').transport, 'dev-mailbox');
    assert.equal(loadMailSettings({}, 'production').transport, 'none');
  });

  it('reads SMTP_URL and MAIL_FROM', () => {
    const settings = loadMailSettings({ SMTP_URL: 'smtp://user:geheim@mail.example.nl:2525', MAIL_FROM: 'Gemeente Dijkwaard <noreply@dijkwaard.nl>' }, 'production');
    assert.deepEqual(settings, { transport: 'smtp', url: 'smtp://user:geheim@mail.example.nl:2525', from: 'Gemeente Dijkwaard <noreply@dijkwaard.nl>', server: 'mail.example.nl:2525' });
    assert.equal(loadMailSettings({ SMTP_URL: 'smtps://mail.example.nl', MAIL_FROM: 'noreply@x.nl' }, 'development').transport, 'smtp');
  });

  it('names the variable in a clear message and never shows the password', () => {
    const bad = problems({ SMTP_URL: 'http://user:hunter2-geheim@mail.example.nl', MAIL_FROM: 'noreply@x.nl' });
    assert.match(bad, /SMTP_URL moet een smtp:\/\/- of smtps:\/\/-URL/);
    assert.doesNotMatch(bad, /hunter2/);
    assert.doesNotMatch(problems({ SMTP_URL: 'smtp://user:hunter2@mail example', MAIL_FROM: 'noreply@x.nl' }), /hunter2/);
    assert.match(problems({ SMTP_URL: 'smtp://mail.example.nl' }), /MAIL_FROM is verplicht als SMTP_URL is ingesteld/);
    assert.match(problems({ MAIL_FROM: 'geen adres' }), /MAIL_FROM moet een e-mailadres zijn/);
    assert.match(problems({ MAIL_FROM: 'x@y.nl\r\nBcc: a@b.nl' }), /MAIL_FROM moet een e-mailadres zijn/);
  });
});

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server (smtp-server) on 127.0.0.1, with a login and a recipient it refuses. */
async function startSmtpServer(port = 0): Promise<{ port: number; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'stadhuis' && auth.password === 'smtp-geheim') callback(null, { user: 'stadhuis' });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('onbekend@')) callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: (session.envelope.mailFrom as SMTPServerAddress).address,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as net.AddressInfo;
  return { port: address.port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const PDF_BYTES = Buffer.from('%PDF-1.7\n% besluit ë\n\u0000\u00ff binary', 'latin1');

for (const engine of engines()) {
  describe(`mail through the outbox (${engine})`, () => {
    let store: ReopenableDatabase;
    let database: Database;
    let tenant: Tenant;
    const cleanups: (() => Promise<void> | void)[] = [];

    before(async () => {
      store = await reopenableDatabase(engine, { reopen: false });
      database = await store.open();
      tenant = await createTestTenant(database, 'maildorp');
    });
    after(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
      await database?.close();
      await store?.destroy();
    });

    const message = (overrides: Partial<MailMessage> = {}): MailMessage => ({
      tenantId: tenant.id, to: 'jan.jansen@example.nl', subject: 'Uw aanvraag is ontvangen (Z-2026-001)',
      text: 'Beste Jan,\n\nWij hebben uw aanvraag ontvangen.\n\nMet vriendelijke groet,\nGemeente Maildorp',
      html: '<p>Beste Jan,</p><p>Wij hebben uw aanvraag <strong>ontvangen</strong>.</p>',
      attachments: [{ filename: 'ontvangstbevestiging.pdf', contentType: 'application/pdf', content: PDF_BYTES }],
      ...overrides,
    });

    it('puts mail queued in a committed transaction in the development mailbox, and none from a rolled-back one', async () => {
      const mailbox = new DevMailbox(database, 'Stadhuis <noreply@stadhuis.localhost>');
      await mailbox.clear();
      const jobs = new Jobs(database);
      registerMailDelivery(jobs, database, mailbox, { messageIdDomain: 'maildorp.nl' });

      await assert.rejects(database.withTenant(tenant.id, async (tx) => {
        await queueMail(tx, message({ subject: 'Teruggedraaid' }));
        throw new Error('de zaak kon niet worden opgeslagen');
      }));
      const mailId = await database.withTenant(tenant.id, (tx) => queueMail(tx, message()));
      assert.equal((await database.withTenant(tenant.id, (tx) => queuedMailStatus(tx, mailId)))?.status, 'queued');
      assert.equal(await jobs.runDue(), 1);

      const { items, total } = await mailbox.list();
      assert.equal(total, 1);
      assert.equal(items[0]!.subject, 'Uw aanvraag is ontvangen (Z-2026-001)');
      assert.equal(items[0]!.tenantId, tenant.id);
      const mail = (await mailbox.get(items[0]!.id))!;
      assert.equal(mail.recipient, 'jan.jansen@example.nl');
      assert.equal(mail.messageId, `<${mailId}@maildorp.nl>`);
      assert.match(mail.text, /Wij hebben uw aanvraag ontvangen/);
      assert.match(mail.html!, /<strong>ontvangen<\/strong>/);
      assert.deepEqual(mail.attachments, [{ position: 0, filename: 'ontvangstbevestiging.pdf', contentType: 'application/pdf', size: PDF_BYTES.length }]);
      assert.deepEqual((await mailbox.attachment(mail.id, 0))!.content, PDF_BYTES, 'binary attachment intact');

      const status = await database.withTenant(tenant.id, (tx) => queuedMailStatus(tx, mailId));
      assert.equal(status?.status, 'sent');
      assert.ok(status?.sentAt);
      assert.equal(await jobs.runDue(), 0, 'sent once');
    });

    it('refuses a message that can never be sent, so the business transaction rolls back', async () => {
      await assert.rejects(database.withTenant(tenant.id, (tx) => queueMail(tx, message({ to: 'geen-adres' }))), InvalidMailError);
      await assert.rejects(database.withTenant(tenant.id, (tx) => queueMail(tx, message({ subject: 'a\r\nBcc: x@y.nl' }))), InvalidMailError);
    });

    it('keeps queued mail in its own municipality (row-level security)', async () => {
      const other = await createTestTenant(database, 'buurdorp');
      const mailId = await database.withTenant(tenant.id, (tx) => queueMail(tx, message()));
      assert.equal(await database.withTenant(other.id, (tx) => queuedMailStatus(tx, mailId)), undefined);
      await assert.rejects(database.withTenant(other.id, (tx) => queueMail(tx, message())), 'queueing for another municipality is refused');
    });

    it('sends through a real SMTP server, with login, attachment and a stable Message-ID', async () => {
      const smtp = await startSmtpServer();
      cleanups.push(() => smtp.close());
      const mailer = new SmtpMailer({ url: `smtp://stadhuis:smtp-geheim@127.0.0.1:${smtp.port}`, from: 'Gemeente Maildorp <noreply@maildorp.nl>' });
      cleanups.push(() => mailer.close());
      const jobs = new Jobs(database);
      registerMailDelivery(jobs, database, mailer, { messageIdDomain: 'maildorp.nl' });
      await jobs.runDue(); // earlier tests' mail goes to this server as well
      smtp.received.length = 0;

      const mailId = await database.withTenant(tenant.id, (tx) => queueMail(tx, message({ subject: 'Besluit op uw aanvraag: één bijlage' })));
      assert.equal(await jobs.runDue(), 1);
      assert.equal(smtp.received.length, 1);
      const [mail] = smtp.received;
      assert.equal(mail!.from, 'noreply@maildorp.nl');
      assert.deepEqual(mail!.to, ['jan.jansen@example.nl']);
      assert.match(mail!.raw, new RegExp(`Message-ID: <${mailId}@maildorp\\.nl>`, 'i'));
      assert.match(mail!.raw, /filename=ontvangstbevestiging\.pdf/);
      assert.ok(mail!.raw.includes(PDF_BYTES.toString('base64')), 'the attachment, base64');
      assert.match(mail!.raw, /Subject: =\?UTF-8\?/i, 'the subject with ë is encoded');
    });

    it('retries while the SMTP server is down and delivers when it is back', async () => {
      const port = await freePort();
      const mailer = new SmtpMailer({ url: `smtp://stadhuis:smtp-geheim@127.0.0.1:${port}`, from: 'noreply@maildorp.nl' });
      cleanups.push(() => mailer.close());
      const jobs = new Jobs(database, { baseDelayMs: 100, maxDelayMs: 300, pollIntervalMs: 50 });
      registerMailDelivery(jobs, database, mailer);
      await jobs.start();
      try {
        await retriesUntilBack(jobs, port);
      } finally {
        await jobs.stop();
      }
    });

    async function retriesUntilBack(jobs: Jobs, port: number): Promise<void> {
      const mailId = await database.withTenant(tenant.id, (tx) => queueMail(tx, message({ subject: 'Herinnering' })));
      const delivery = async () => (await jobs.listDeliveries({ topic: 'mail.send', tenantId: tenant.id })).find((d) => d.eventId && d.status !== 'done');
      await until(async () => ((await delivery())?.attempts ?? 0) >= 2, 15_000, 'two failed attempts');
      const failing = (await delivery())!;
      assert.equal(failing.status === 'pending' || failing.status === 'running', true);
      assert.match(failing.lastError ?? '', /ECONNREFUSED|ECONNECTION|connect/i);
      assert.doesNotMatch(failing.lastError ?? '', /smtp-geheim/, 'no password in the error');

      const smtp = await startSmtpServer(port);
      cleanups.push(() => smtp.close());
      await until(() => smtp.received.some((r) => r.raw.includes(mailId)), 15_000, 'delivery after the server came back');
      await until(async () => (await database.withTenant(tenant.id, (tx) => queuedMailStatus(tx, mailId)))?.status === 'sent', 10_000, 'marked sent');
    }

    it('gives up at once when the server refuses the recipient for good', async () => {
      const smtp = await startSmtpServer();
      cleanups.push(() => smtp.close());
      const mailer = new SmtpMailer({ url: `smtp://stadhuis:smtp-geheim@127.0.0.1:${smtp.port}`, from: 'noreply@maildorp.nl' });
      cleanups.push(() => mailer.close());
      const jobs = new Jobs(database, { baseDelayMs: 10 });
      registerMailDelivery(jobs, database, mailer);
      await jobs.runDue();
      const mailId = await database.withTenant(tenant.id, (tx) => queueMail(tx, message({ to: 'onbekend@example.nl' })));
      assert.equal(await jobs.runDue(), 1);
      const failed = (await jobs.listDeliveries({ status: 'failed', topic: 'mail.send' })).find((d) => d.eventKey === mailId);
      assert.ok(failed, 'failed at once');
      assert.equal(failed.attempts, 1);
      assert.match(failed.lastError ?? '', /550/);
    });

    it('reports a wrong SMTP password without showing it', async () => {
      const smtp = await startSmtpServer();
      cleanups.push(() => smtp.close());
      const mailer = new SmtpMailer({ url: `smtp://stadhuis:fout-wachtwoord-123@127.0.0.1:${smtp.port}`, from: 'noreply@maildorp.nl' });
      cleanups.push(() => mailer.close());
      await assert.rejects(mailer.send(message()), (error: Error) => {
        assert.match(error.message, /535|auth/i);
        assert.doesNotMatch(error.message, /fout-wachtwoord-123/);
        return true;
      });
    });
  });
}
