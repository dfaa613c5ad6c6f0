/**
 * Mail through the outbox: queueMail stores the message (with its attachments) in the business
 * transaction and publishes a `mail.send` job with only the message's id. The worker sends it
 * after commit and retries while the mail server is unreachable, so a mail goes out exactly when
 * the change it belongs to was committed (at least once: a crash right after sending can send
 * it again, with the same Message-ID).
 */
import { asc, eq } from 'drizzle-orm';
import type { Database, Tx } from '../db/database.js';
import { PermanentJobError, publish, type Jobs } from '../jobs/index.js';
import { InvalidMailError, mailProblems, type Mailer, type MailMessage } from './mailer.js';
import { mailAttachments, mailMessages } from './schema.js';
import { isUuid } from '../values.js';

export const MAIL_TOPIC = 'mail.send';
export const MAIL_HANDLER = 'mail.deliver';


/**
 * Queues a mail in the caller's transaction (of the message's municipality) and returns its id.
 * A message that can never be sent (e.g. an invalid address) is refused at once with
 * InvalidMailError, so the caller's transaction rolls back instead of failing later.
 */
export async function queueMail(tx: Tx, message: MailMessage): Promise<string> {
  const problems = mailProblems(message);
  if (problems.length) throw new InvalidMailError(problems);
  const [row] = await tx.insert(mailMessages).values({
    tenantId: message.tenantId, recipient: message.to, subject: message.subject, textBody: message.text, htmlBody: message.html ?? null,
  }).returning({ id: mailMessages.id });
  const mailId = row!.id;
  const attachments = message.attachments ?? [];
  if (attachments.length) {
    await tx.insert(mailAttachments).values(attachments.map((a, position) => ({
      tenantId: message.tenantId, mailId, position, filename: a.filename, contentType: a.contentType, content: a.content,
    })));
  }
  await publish(tx, { tenantId: message.tenantId, topic: MAIL_TOPIC, payload: { mailId }, key: mailId });
  return mailId;
}

export interface QueuedMailStatus {
  id: string;
  status: 'queued' | 'sent';
  createdAt: Date;
  sentAt: Date | null;
  messageId: string | null;
}

/** Whether a queued mail has been sent (in a transaction of its municipality). */
export async function queuedMailStatus(tx: Tx, mailId: string): Promise<QueuedMailStatus | undefined> {
  if (!isUuid(mailId)) return undefined;
  const [row] = await tx.select({
    id: mailMessages.id, status: mailMessages.status, createdAt: mailMessages.createdAt, sentAt: mailMessages.sentAt, messageId: mailMessages.messageId,
  }).from(mailMessages).where(eq(mailMessages.id, mailId));
  return row;
}

/**
 * Registers the handler that sends queued mail. `messageIdDomain` is the right-hand side of the
 * Message-ID (normally the domain of MAIL_FROM).
 */
export function registerMailDelivery(jobs: Jobs, database: Database, mailer: Mailer, options: { messageIdDomain?: string } = {}): void {
  const domain = options.messageIdDomain ?? 'stadhuis.localhost';
  jobs.on(MAIL_TOPIC, MAIL_HANDLER, async (event) => {
    const mailId = event.payload.mailId;
    if (typeof mailId !== 'string' || !isUuid(mailId)) throw new PermanentJobError('mail.send zonder geldige mailId');
    const mail = await database.withTenant(event.tenantId, async (tx) => {
      const [message] = await tx.select().from(mailMessages).where(eq(mailMessages.id, mailId));
      if (!message) return undefined;
      const attachments = await tx.select().from(mailAttachments).where(eq(mailAttachments.mailId, mailId)).orderBy(asc(mailAttachments.position));
      return { message, attachments };
    });
    if (!mail) throw new PermanentJobError(`bericht ${mailId} bestaat niet (meer)`);
    // Sent by an earlier attempt whose outcome was not recorded: do not send it again.
    if (mail.message.status === 'sent') return;
    const { messageId } = await mailer.send({
      tenantId: event.tenantId,
      to: mail.message.recipient,
      subject: mail.message.subject,
      text: mail.message.textBody,
      html: mail.message.htmlBody ?? undefined,
      attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      messageId: `<${mailId}@${domain}>`,
    });
    await database.withTenant(event.tenantId, (tx) => tx.update(mailMessages)
      .set({ status: 'sent', sentAt: new Date(), messageId })
      .where(eq(mailMessages.id, mailId)));
  });
}
