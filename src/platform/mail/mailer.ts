/**
 * Sending e-mail. Modules do not call a Mailer directly for mail that belongs to a business
 * change: they use queueMail (queue.ts), which sends after commit and retries.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { isMailAddress } from './settings.js';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface MailMessage {
  tenantId: string;
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  attachments?: MailAttachment[] | undefined;
  /**
   * Message-ID to send with (`<…@…>`); queued mail passes the same one on every attempt, so a
   * receiver can recognise a message that was sent twice. Generated when absent.
   */
  messageId?: string | undefined;
}

export interface Mailer {
  send(message: MailMessage): Promise<{ messageId: string }>;
}

/** A message that can never be sent (a wrong address, a header that would break): do not retry. */
export class InvalidMailError extends Error {
  readonly permanent = true;
  constructor(readonly problems: string[]) {
    super(`Ongeldig e-mailbericht: ${problems.join('; ')}`);
    this.name = 'InvalidMailError';
  }
}

export const MAX_ATTACHMENTS_BYTES = 25 * 1024 * 1024;

/** What is wrong with a message before it is stored or sent (empty: nothing). */
export function mailProblems(message: MailMessage): string[] {
  const problems: string[] = [];
  if (typeof message.to !== 'string' || !isMailAddress(message.to)) problems.push('"to" is geen (enkel) geldig e-mailadres');
  if (typeof message.subject !== 'string' || !message.subject.trim()) problems.push('"subject" ontbreekt');
  else if (/[\r\n]/.test(message.subject)) problems.push('"subject" mag geen regeleinde bevatten');
  else if (message.subject.length > 998) problems.push('"subject" is te lang');
  if (typeof message.text !== 'string') problems.push('"text" ontbreekt');
  let total = 0;
  for (const [i, a] of (message.attachments ?? []).entries()) {
    if (!a.filename || a.filename.length > 255 || /[\r\n\\/]/.test(a.filename)) problems.push(`bijlage ${i + 1}: ongeldige bestandsnaam`);
    if (!/^[a-z]+\/[a-z0-9.+-]+$/i.test(a.contentType ?? '')) problems.push(`bijlage ${i + 1}: ongeldig contentType`);
    if (!Buffer.isBuffer(a.content)) problems.push(`bijlage ${i + 1}: content moet een Buffer zijn`);
    else total += a.content.length;
  }
  if (total > MAX_ATTACHMENTS_BYTES) problems.push('de bijlagen zijn samen groter dan 25 MB');
  return problems;
}

/** Sends through an SMTP server (SMTP_URL), from MAIL_FROM. */
export class SmtpMailer implements Mailer {
  private readonly transporter: Transporter;

  constructor(private readonly settings: { url: string; from: string }, options: { timeoutMs?: number } = {}) {
    const timeout = options.timeoutMs ?? 30_000;
    this.transporter = nodemailer.createTransport({
      url: settings.url,
      connectionTimeout: Math.min(timeout, 10_000),
      greetingTimeout: Math.min(timeout, 10_000),
      socketTimeout: timeout,
      // Never log the protocol (it contains the AUTH exchange).
      logger: false,
      debug: false,
    } as Parameters<typeof nodemailer.createTransport>[0]);
  }

  async send(message: MailMessage): Promise<{ messageId: string }> {
    const problems = mailProblems(message);
    if (problems.length) throw new InvalidMailError(problems);
    try {
      const info = await this.transporter.sendMail({
        from: this.settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html !== undefined ? { html: message.html } : {}),
        ...(message.messageId ? { messageId: message.messageId } : {}),
        attachments: (message.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
      return { messageId: String(info.messageId) };
    } catch (error) {
      throw smtpError(error);
    }
  }

  close(): void {
    this.transporter.close();
  }
}

/**
 * A clear error without the SMTP URL; marked permanent when the server refused for good (5xx,
 * e.g. an unknown recipient), so the job is not retried for hours.
 */
function smtpError(error: unknown): Error {
  const e = error as { message?: string; code?: string; responseCode?: number; permanent?: boolean };
  const detail = [e.code, e.responseCode].filter(Boolean).join(' ');
  const wrapped = new Error(`SMTP: ${(e.message ?? String(error)).replace(/smtps?:\/\/[^\s]*/g, 'smtp://…')}${detail ? ` (${detail})` : ''}`);
  (wrapped as Error & { permanent?: boolean }).permanent = e.permanent === true && typeof e.responseCode === 'number' && e.responseCode >= 500;
  return wrapped;
}

/** Production without SMTP_URL: every send fails clearly (the job stays, to be retried later). */
export class UnconfiguredMailer implements Mailer {
  async send(): Promise<{ messageId: string }> {
    throw new Error('SMTP_URL is niet ingesteld: e-mail kan niet worden verstuurd. Stel SMTP_URL en MAIL_FROM in en probeer de opdracht opnieuw.');
  }
}
