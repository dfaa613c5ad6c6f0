/**
 * The development mailbox: a Mailer that keeps every message in the database instead of sending
 * it, shown at /dev/mail (module mailbox). Used when SMTP_URL is not set, never in production.
 * It plays the part of an external mail server, which receives the mail of every municipality,
 * so its tables are platform tables (see migrations/0001_mail.sql).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { InvalidMailError, mailProblems, type Mailer, type MailMessage } from './mailer.js';
import { devMailboxAttachments, devMailboxMessages } from './schema.js';
import { isUuid } from '../values.js';

export interface DevMailSummary {
  id: string;
  tenantId: string | null;
  sender: string;
  recipient: string;
  subject: string;
  receivedAt: Date;
  attachmentCount: number;
}

export interface DevMailAttachmentInfo {
  position: number;
  filename: string;
  contentType: string;
  size: number;
}

export interface DevMail extends Omit<DevMailSummary, 'attachmentCount'> {
  messageId: string;
  text: string;
  html: string | null;
  attachments: DevMailAttachmentInfo[];
}


export class DevMailbox implements Mailer {
  constructor(private readonly database: Database, private readonly from: string) {}

  async send(message: MailMessage): Promise<{ messageId: string }> {
    const problems = mailProblems(message);
    if (problems.length) throw new InvalidMailError(problems);
    const messageId = message.messageId ?? `<${randomUUID()}@stadhuis.localhost>`;
    await this.database.withPlatform(async (tx) => {
      const [row] = await tx.insert(devMailboxMessages).values({
        tenantId: message.tenantId, messageId, sender: this.from, recipient: message.to, subject: message.subject,
        textBody: message.text, htmlBody: message.html ?? null,
      }).returning({ id: devMailboxMessages.id });
      const attachments = message.attachments ?? [];
      if (attachments.length) {
        await tx.insert(devMailboxAttachments).values(attachments.map((a, position) => ({
          messageId: row!.id, position, filename: a.filename, contentType: a.contentType, content: a.content,
        })));
      }
    });
    return { messageId };
  }

  /** Newest first. */
  async list(options: { limit?: number; offset?: number } = {}): Promise<{ items: DevMailSummary[]; total: number }> {
    const limit = Math.min(200, Math.max(1, options.limit ?? 50));
    const offset = Math.max(0, options.offset ?? 0);
    return this.database.withPlatform(async (tx) => {
      const attachmentCount = sql<number>`(SELECT count(*)::int FROM dev_mailbox_attachments a WHERE a.message_id = ${devMailboxMessages.id})`;
      const items = await tx.select({
        id: devMailboxMessages.id, tenantId: devMailboxMessages.tenantId, sender: devMailboxMessages.sender,
        recipient: devMailboxMessages.recipient, subject: devMailboxMessages.subject, receivedAt: devMailboxMessages.receivedAt,
        attachmentCount,
      }).from(devMailboxMessages).orderBy(desc(devMailboxMessages.receivedAt), desc(devMailboxMessages.id)).limit(limit).offset(offset);
      const [total] = await tx.select({ n: count() }).from(devMailboxMessages);
      return { items: items.map((i) => ({ ...i, attachmentCount: Number(i.attachmentCount) })), total: Number(total?.n ?? 0) };
    });
  }

  async get(id: string): Promise<DevMail | undefined> {
    if (!isUuid(id)) return undefined;
    return this.database.withPlatform(async (tx) => {
      const [row] = await tx.select().from(devMailboxMessages).where(eq(devMailboxMessages.id, id));
      if (!row) return undefined;
      const attachments = await tx.select({
        position: devMailboxAttachments.position, filename: devMailboxAttachments.filename,
        contentType: devMailboxAttachments.contentType, size: sql<number>`octet_length(${devMailboxAttachments.content})`,
      }).from(devMailboxAttachments).where(eq(devMailboxAttachments.messageId, id)).orderBy(asc(devMailboxAttachments.position));
      return {
        id: row.id, tenantId: row.tenantId, sender: row.sender, recipient: row.recipient, subject: row.subject, receivedAt: row.receivedAt,
        messageId: row.messageId, text: row.textBody, html: row.htmlBody,
        attachments: attachments.map((a) => ({ ...a, size: Number(a.size) })),
      };
    });
  }

  async attachment(id: string, position: number): Promise<{ filename: string; contentType: string; content: Buffer } | undefined> {
    if (!isUuid(id) || !Number.isInteger(position) || position < 0) return undefined;
    const [row] = await this.database.withPlatform((tx) => tx.select({
      filename: devMailboxAttachments.filename, contentType: devMailboxAttachments.contentType, content: devMailboxAttachments.content,
    }).from(devMailboxAttachments).where(and(eq(devMailboxAttachments.messageId, id), eq(devMailboxAttachments.position, position))));
    return row;
  }

  /** Empties the mailbox (tests, or a developer who wants a clean view). */
  async clear(): Promise<void> {
    await this.database.withPlatform((tx) => tx.delete(devMailboxMessages));
  }
}
