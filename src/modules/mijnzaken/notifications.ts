/**
 * E-mail to the applicant when something happens in their zaak: received (zaak.aangemaakt), a
 * step further (zaak.status-gezet, for statustypen with `informeren`), a question
 * (zaak.informatie-gevraagd), a decision (zaak.besluit-verzonden), finished (zaak.afgesloten).
 *
 * - Sent only when the initiator gave an e-mail address (the contactpersoonRol of the initiator
 *   rol, sealed in zaken). The text is plain Dutch (B1) with the case number, what happened and
 *   a link; never a BSN or other personal data beyond the name.
 * - The link: /mijn/zaken/:id for applicants known by BSN or KVK number (they log in); for an
 *   anonymous applicant a volglink, made on zaak.aangemaakt and put in that first mail only (the
 *   token exists nowhere else); later mails refer to it.
 * - Exactly once per event: the handler claims (event id, kind) in mijnzaken_notificaties in the
 *   same transaction as queueMail, so a retried delivery finds the claim and sends nothing.
 */
import { sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/access.js';
import type { Platform } from '../../platform/http/types.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { PermanentJobError, type Jobs, type OutboxEvent } from '../../platform/jobs/index.js';
import { isMailAddress, queueMail } from '../../platform/mail/index.js';
import { traceFromHeaders } from '../../platform/processing-log/processing-log.js';
import { createVolglink, initiatorContact, zaakFactsForNotification } from '../zaken/index.js';
import { mijnzakenActivities } from './activities.js';
import { mijnzakenMessages } from './messages.js';
import { formatDay } from './views.js';
import { isUuid } from '../../platform/values.js';

export type NotificationKind = 'aangemaakt' | 'status' | 'vraag' | 'besluit' | 'afgesloten';

/** Topic → kind of notification, and the stable handler names (do not rename: see Jobs.on). */
export const NOTIFICATION_TOPICS: Record<string, { kind: NotificationKind; handler: string }> = {
  'zaak.aangemaakt': { kind: 'aangemaakt', handler: 'mijnzaken.notify-aangemaakt' },
  'zaak.status-gezet': { kind: 'status', handler: 'mijnzaken.notify-status' },
  'zaak.informatie-gevraagd': { kind: 'vraag', handler: 'mijnzaken.notify-vraag' },
  'zaak.besluit-verzonden': { kind: 'besluit', handler: 'mijnzaken.notify-besluit' },
  'zaak.afgesloten': { kind: 'afgesloten', handler: 'mijnzaken.notify-afgesloten' },
};

const SYSTEM: Actor = { kind: 'system', process: 'mijnzaken.notificaties' };

export function registerNotifications(jobs: Jobs, platform: Platform): void {
  for (const [topic, { kind, handler }] of Object.entries(NOTIFICATION_TOPICS)) {
    jobs.on(topic, handler, (event) => notify(platform, kind, event));
  }
}

/** Handles one event: claims it, and queues the mail in the same transaction. */
export async function notify(platform: Platform, kind: NotificationKind, event: OutboxEvent): Promise<void> {
  const zaakId = event.payload.zaak;
  if (typeof zaakId !== 'string' || !isUuid(zaakId)) throw new PermanentJobError(`${event.topic} zonder geldige zaak`);
  const tenant = (await platform.tenants.list()).find((t) => t.id === event.tenantId);
  if (!tenant) throw new PermanentJobError(`gemeente ${event.tenantId} bestaat niet`);
  await platform.database.withTenant(event.tenantId, async (tx) => {
    const claimed = (await tx.execute(sql`
      INSERT INTO mijnzaken_notificaties (event_id, soort, zaak_id) VALUES (${event.id}::uuid, ${kind}, ${zaakId}::uuid)
      ON CONFLICT DO NOTHING RETURNING event_id`) as unknown as { rows: unknown[] }).rows;
    if (!claimed.length) return; // sent (or decided not to) by an earlier attempt
    const zaak = await zaakFactsForNotification(tx, zaakId);
    if (!zaak) return; // the zaak is gone
    const zaaktype = zaak.zaaktype;
    if (kind === 'status' && !statusWorthTelling(zaaktype.statustypen, event.payload)) return;
    const contact = await initiatorContact(tx, platform.sealer, zaakId);
    if (!contact?.email || !isMailAddress(contact.email)) return;
    if (contact.subject) {
      await platform.processingLog.record(tx, { type: 'system', id: 'mijnzaken.notificaties' }, traceFromHeaders({}), {
        activity: mijnzakenActivities['zaak-notificeren/1'], name: `mijnzaken.notificatie.${kind}`, operation: 'read',
        dataCategories: ['contactgegevens'], subject: contact.subject, status: 'ok', startTime: new Date(),
      });
    }
    const base = `${platform.config.publicUrl}/${tenant.slug}`;
    let link: string;
    if (contact.toegang === 'login') link = `${base}/mijn/zaken/${zaakId}`;
    else if (kind === 'aangemaakt') link = `${base}/zaak-volgen/${(await createVolglink(tx, SYSTEM, zaakId)).token}`;
    else link = '';
    const mail = composeMail('nl', kind, {
      naam: contact.naam, number: String(event.payload.identificatie ?? zaak.identificatie), zaaktype: zaaktype.omschrijving, gemeente: tenant.name,
      status: statusName(zaaktype.statustypen, event.payload), deadline: typeof event.payload.deadline === 'string' ? event.payload.deadline : undefined,
      expected: zaak.einddatumGepland ?? undefined, link, toegang: contact.toegang,
    });
    const mailId = await queueMail(tx, { tenantId: event.tenantId, to: contact.email, subject: mail.subject, text: mail.text });
    await tx.execute(sql`UPDATE mijnzaken_notificaties SET mail_id = ${mailId}::uuid WHERE event_id = ${event.id}::uuid AND soort = ${kind}`);
  });
}

/** Only a status the zaaktype marks `informeren`, not the first (the receipt says it) nor the last (closing says it). */
function statusWorthTelling(statustypen: { id: string; volgnummer: number; informeren: boolean; isEindstatus: boolean }[], payload: Record<string, unknown>): boolean {
  const statustype = statustypen.find((s) => s.id === payload.statustype);
  if (!statustype || !statustype.informeren || statustype.isEindstatus) return false;
  const first = Math.min(...statustypen.map((s) => s.volgnummer));
  return statustype.volgnummer !== first;
}

function statusName(statustypen: { id: string; omschrijving: string; statustekst: string }[], payload: Record<string, unknown>): string {
  const statustype = statustypen.find((s) => s.id === payload.statustype);
  return statustype ? [statustype.omschrijving, statustype.statustekst].filter(Boolean).join('. ') : '';
}

export interface MailFacts {
  naam: string | undefined;
  number: string;
  zaaktype: string;
  gemeente: string;
  status: string;
  deadline: string | undefined;
  expected: string | undefined;
  /** The link to put in the mail; '' for a later mail to an anonymous applicant. */
  link: string;
  toegang: 'login' | 'volglink';
}

/** The subject and plain text of a notification (B1 Dutch; English for lang 'en'). */
export function composeMail(lang: Lang, kind: NotificationKind, f: MailFacts): { subject: string; text: string } {
  const t = mijnzakenMessages(lang);
  const p = { number: f.number, zaaktype: f.zaaktype, status: f.status, deadline: f.deadline ? formatDay(f.deadline, lang) : '' };
  const lines: string[] = [f.naam ? t('mail.greeting', { naam: f.naam }) : t('mail.greetingNoName'), ''];
  let subject: string;
  switch (kind) {
    case 'aangemaakt':
      subject = t('mail.aangemaakt.subject', p);
      lines.push(t('mail.aangemaakt.body', p));
      if (f.expected) lines.push(t('mail.aangemaakt.expected', { date: formatDay(f.expected, lang) }));
      break;
    case 'status': subject = t('mail.status.subject', p); lines.push(t('mail.status.body', p)); break;
    case 'vraag': subject = t('mail.vraag.subject', p); lines.push(t('mail.vraag.body', p)); break;
    case 'besluit': subject = t('mail.besluit.subject', p); lines.push(t('mail.besluit.body', p)); break;
    case 'afgesloten': subject = t('mail.afgesloten.subject', p); lines.push(t('mail.afgesloten.body', p)); break;
  }
  lines.push('');
  if (f.toegang === 'login') lines.push(t('mail.link.login', { link: f.link }));
  else if (f.link) lines.push(t('mail.link.volglink', { link: f.link }));
  else lines.push(t('mail.link.earlier'));
  lines.push('', t('mail.closing', { gemeente: f.gemeente }), '', t('mail.noReply'));
  return { subject, text: lines.join('\n') };
}
