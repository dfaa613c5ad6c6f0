/**
 * E-mail: an SMTP mailer (SMTP_URL, MAIL_FROM) or, outside production without SMTP_URL, the
 * development mailbox (/dev/mail). Business code queues mail with queueMail(tx, message).
 */
import type { Database } from '../db/database.js';
import { DevMailbox } from './dev-mailbox.js';
import { SmtpMailer, UnconfiguredMailer, type Mailer } from './mailer.js';
import type { MailSettings } from './settings.js';

export { DevMailbox, type DevMail, type DevMailAttachmentInfo, type DevMailSummary } from './dev-mailbox.js';
export { InvalidMailError, mailProblems, MAX_ATTACHMENTS_BYTES, SmtpMailer, UnconfiguredMailer, type MailAttachment, type Mailer, type MailMessage } from './mailer.js';
export { MAIL_HANDLER, MAIL_TOPIC, queueMail, queuedMailStatus, registerMailDelivery, type QueuedMailStatus } from './queue.js';
export { DEV_MAIL_FROM, isMailAddress, loadMailSettings, mailSettings, type MailSettings } from './settings.js';

/** The mailer for these settings. */
export function createMailer(settings: MailSettings, database: Database): Mailer & { close?(): void } {
  switch (settings.transport) {
    case 'smtp': return new SmtpMailer(settings);
    case 'dev-mailbox': return new DevMailbox(database, settings.from);
    case 'none': return new UnconfiguredMailer();
  }
}

/** The domain of a sender address ("Name <a@b.nl>" → "b.nl"), for Message-IDs. */
export function senderDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@')[1]?.trim().toLowerCase() || 'stadhuis.localhost';
}
