/**
 * Track and trace ("zaak volgen") for applicants without a login, and what the applicant's
 * notifications need to know about a zaak.
 *
 * A volglink is a secret link /zaak-volgen/<token> to the applicant's view of one zaak: the token
 * is 32 random bytes (base64url, 43 characters) that exist only in the mail to the applicant; the
 * database keeps its SHA-256 only (migrations/0003_volglinks.sql). A link works while the zaak is
 * open and for 90 days after it was closed. It shows the same view as getMijnZaak (status,
 * dates, public documents), never personal data beyond what the applicant gave.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { can, type Actor } from '../../platform/auth/access.js';
import type { Sealer } from '../../platform/crypto/sealer.js';
import { tenantId } from '../../platform/db/columns.js';
import type { Tx } from '../../platform/db/database.js';
import { getZaaktype, type Zaaktype } from '../catalogi/index.js';
import { dateInNl } from './dates.js';
import { forbidden, isUuid, notFound } from './errors.js';
import { rolFromRow } from './rollen.js';
import { zaakRollen, zaken } from './schema.js';
import type { ZakenService } from './service.js';
import type { ApplicantZaak } from './types.js';

/** How long a volglink keeps working after the zaak was closed. */
export const VOLGLINK_DAYS_AFTER_CLOSING = 90;

export const zaakVolglinks = pgTable('zaak_volglinks', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  zaakId: uuid('zaak_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Makes a new secret link to a zaak and returns its token (shown once: only its hash is kept).
 * For the platform itself (the notification that confirms an anonymous application) and for
 * staff or API clients who register a zaak for someone (zaken.aanmaken or zaken.behandelen).
 */
export async function createVolglink(tx: Tx, actor: Actor, zaakId: string): Promise<{ token: string }> {
  if (!(actor.kind === 'system' || can(actor, 'zaken.aanmaken') || can(actor, 'zaken.behandelen'))) {
    throw forbidden('Alleen de gemeente kan een link maken om een zaak te volgen.');
  }
  if (!isUuid(zaakId)) throw notFound();
  const [zaak] = await tx.select({ id: zaken.id }).from(zaken).where(eq(zaken.id, zaakId));
  if (!zaak) throw notFound();
  const token = randomBytes(32).toString('base64url');
  await tx.insert(zaakVolglinks).values({ zaakId, tokenHash: hashToken(token) });
  return { token };
}

/**
 * The applicant's view of the zaak of a volglink, or undefined for an unknown token, or when the
 * zaak was closed more than 90 days ago. `service` is the municipality's ZakenService
 * (zakenService(platform)); the view leaves out every party, so no rol is known ('initiator').
 */
export async function zaakByVolglink(tx: Tx, token: string, service: ZakenService): Promise<ApplicantZaak | undefined> {
  if (typeof token !== 'string' || !TOKEN.test(token)) return undefined;
  const [link] = await tx.select({ zaakId: zaakVolglinks.zaakId, einddatum: zaken.einddatum }).from(zaakVolglinks)
    .innerJoin(zaken, eq(zaken.id, zaakVolglinks.zaakId))
    .where(and(eq(zaakVolglinks.tokenHash, hashToken(token)),
      sql`(${zaken.einddatum} is null or ${zaken.einddatum} + ${VOLGLINK_DAYS_AFTER_CLOSING}::int >= ${dateInNl()}::date)`));
  if (!link) return undefined;
  return service.applicantViewForVolglink(tx, link.zaakId);
}

/** The zaaktype version of a zaak (its ordered statustypen with the applicant's texts), for the tracker. */
export async function zaaktypeOfZaak(tx: Tx, zaakId: string): Promise<Zaaktype | undefined> {
  if (!isUuid(zaakId)) return undefined;
  const [row] = await tx.select({ zaaktype: zaken.zaaktype }).from(zaken).where(eq(zaken.id, zaakId));
  return row ? getZaaktype(tx, row.zaaktype) : undefined;
}

/** What a notification about a zaak says of it (nothing personal): number, planned decision date, zaaktype. */
export async function zaakFactsForNotification(tx: Tx, zaakId: string): Promise<{ identificatie: string; einddatumGepland: string | null; zaaktype: Zaaktype } | undefined> {
  if (!isUuid(zaakId)) return undefined;
  const [row] = await tx.select({ identificatie: zaken.identificatie, einddatumGepland: zaken.einddatumGepland, zaaktype: zaken.zaaktype }).from(zaken).where(eq(zaken.id, zaakId));
  const zaaktype = row ? await getZaaktype(tx, row.zaaktype) : undefined;
  return row && zaaktype ? { identificatie: row.identificatie, einddatumGepland: row.einddatumGepland, zaaktype } : undefined;
}

/** How to reach the applicant of a zaak about it (for notifications). */
export interface InitiatorContact {
  /** The e-mail address the applicant gave (contactpersoonRol.emailadres), if any. */
  email: string | undefined;
  /** The name to greet them with (the contact person's name or the person's own), if any. */
  naam: string | undefined;
  /**
   * How the applicant can see the zaak: 'login' when the initiator is known by BSN or KVK number
   * (DigiD/eHerkenning, Mijn zaken), 'volglink' when not (an anonymous application).
   */
  toegang: 'login' | 'volglink';
  /** The data subject (for the processing log), when there is one. */
  subject: { type: 'bsn' | 'kvk'; id: string } | undefined;
}

/**
 * The contact data of the initiator of a zaak (unsealed), or undefined when the zaak has no
 * initiator. For the platform's own notifications only: the caller writes the processing log.
 */
export async function initiatorContact(tx: Tx, sealer: Sealer, zaakId: string): Promise<InitiatorContact | undefined> {
  if (!isUuid(zaakId)) return undefined;
  const rows = await tx.select().from(zaakRollen).where(and(eq(zaakRollen.zaakId, zaakId), eq(zaakRollen.omschrijvingGeneriek, 'initiator')));
  if (!rows.length) return undefined;
  const rollen = rows.map((row) => rolFromRow(sealer, row));
  const rol = rollen.find((r) => r.contactpersoonRol?.emailadres) ?? rollen[0]!;
  let subject: InitiatorContact['subject'];
  let ownName = '';
  if (rol.betrokkeneType === 'natuurlijk_persoon') {
    const id = rol.betrokkeneIdentificatie;
    if (id.inpBsn) subject = { type: 'bsn', id: id.inpBsn };
    ownName = [id.voornamen || id.voorletters, id.voorvoegselGeslachtsnaam, id.geslachtsnaam].filter(Boolean).join(' ');
  } else if (rol.betrokkeneType === 'niet_natuurlijk_persoon' || rol.betrokkeneType === 'vestiging') {
    const id = rol.betrokkeneIdentificatie;
    if (id.kvkNummer) subject = { type: 'kvk', id: id.kvkNummer };
    ownName = rol.betrokkeneType === 'niet_natuurlijk_persoon' ? rol.betrokkeneIdentificatie.statutaireNaam ?? '' : rol.betrokkeneIdentificatie.handelsnaam?.[0] ?? '';
  }
  const email = rol.contactpersoonRol?.emailadres?.trim() || undefined;
  const naam = rol.contactpersoonRol?.naam?.trim() || rol.afwijkendeNaamBetrokkene || ownName || undefined;
  return { email, naam, toegang: subject ? 'login' : 'volglink', subject };
}
