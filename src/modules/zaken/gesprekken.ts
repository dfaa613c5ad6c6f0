/**
 * Keukentafelgesprekken: the behandelaar plans a conversation with the applicant (at home, at
 * the town hall or by video) and afterwards writes the report. The report becomes a PDF document
 * of the zaak on the municipality's letterhead (informatieobjecttype "Verslag …" when the
 * zaaktype has one). Event: 'zaak.gesprek-gepland'.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { requirePermission, type Actor } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import { municipalityForPdf, renderPdf } from '../../platform/pdf/index.js';
import { tenants } from '../../platform/tenancy/schema.js';
import { audit, auditWho } from './audit.js';
import { dateInNl } from './dates.js';
import { Invalid, invalid, isUuid, notFound } from './errors.js';
import { zaakGesprekken } from './schema-handling.js';
import type { ZakenService } from './service.js';
import { checkText } from './validation.js';

export interface Gesprek {
  id: string;
  zaakId: string;
  datum: Date;
  plaats: string | null;
  videoLink: string | null;
  toelichting: string | null;
  /** The report as a document (informatieobject uuid), once written. */
  verslagDocument: string | null;
}

type Row = typeof zaakGesprekken.$inferSelect;

function toGesprek(row: Row): Gesprek {
  return { id: row.id, zaakId: row.zaakId, datum: row.datum, plaats: row.plaats, videoLink: row.videoLink, toelichting: row.toelichting, verslagDocument: row.verslagDocument };
}

const DATE_TIME = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

export async function planGesprek(zaken: ZakenService, tx: Tx, actor: Actor, zaakId: string, input: { datum: Date; plaats?: string; videoLink?: string; toelichting?: string }): Promise<Gesprek> {
  requirePermission(actor, 'zaken.behandelen');
  const zaak = await zaken.lockForHandling(tx, zaakId);
  const problems = new Invalid();
  if (!(input?.datum instanceof Date) || Number.isNaN(input.datum.getTime())) problems.add('datum', 'invalid', 'Geef de datum en tijd van het gesprek.');
  else if (input.datum.getTime() < Date.now() - 24 * 3600_000) problems.add('datum', 'date-in-past', 'Het gesprek kan niet in het verleden worden gepland.');
  checkText(problems, 'plaats', input?.plaats, 500);
  checkText(problems, 'videoLink', input?.videoLink, 1000);
  checkText(problems, 'toelichting', input?.toelichting, 4000);
  if (input?.videoLink && !/^https:\/\/\S+$/.test(input.videoLink.trim())) problems.add('videoLink', 'invalid', 'Een videolink begint met https://.');
  if (!input?.plaats?.trim() && !input?.videoLink?.trim()) problems.add('plaats', 'required', 'Geef de plaats van het gesprek of een videolink.');
  problems.throwIfAny();
  if (zaak.einddatum) throw invalid('zaak', 'zaak-afgesloten', 'Bij een afgesloten zaak kunt u geen gesprek meer plannen.');
  const who = auditWho(actor);
  const [row] = await tx.insert(zaakGesprekken).values({
    zaakId: zaak.id, datum: input.datum, plaats: input.plaats?.trim() || null, videoLink: input.videoLink?.trim() || null, toelichting: input.toelichting?.trim() || null,
    geplandDoor: who.gebruikersWeergave || who.applicatieWeergave,
  }).returning();
  await audit(tx, actor, {
    actie: 'create', actieWeergave: `Gesprek gepland op ${DATE_TIME.format(input.datum)}`, resource: 'gesprek', resourceId: row!.id, resourceWeergave: 'Keukentafelgesprek',
    hoofdObject: zaak.id, oud: null, nieuw: { datum: input.datum.toISOString(), plaats: row!.plaats, videoLink: row!.videoLink },
  });
  await zaken.emitZaakEvent(tx, 'zaak.gesprek-gepland', zaak, { gesprek: row!.id, datum: input.datum.toISOString(), plaats: row!.plaats, videoLink: row!.videoLink });
  return toGesprek(row!);
}

export async function addGesprekVerslag(zaken: ZakenService, tx: Tx, actor: Actor, gesprekId: string, input: { verslag: string }): Promise<Gesprek> {
  requirePermission(actor, 'zaken.behandelen');
  const [found] = isUuid(gesprekId) ? await tx.select().from(zaakGesprekken).where(eq(zaakGesprekken.id, gesprekId)) : [];
  if (!found) throw notFound('Gesprek');
  const zaak = await zaken.lockForHandling(tx, found.zaakId);
  const problems = new Invalid();
  checkText(problems, 'verslag', input?.verslag, 50_000, { required: true });
  problems.throwIfAny();
  if (found.verslagDocument) throw invalid('verslag', 'al-vastgelegd', 'Van dit gesprek is al een verslag vastgelegd.');
  const zaaktype = await zaken.zaaktypeForHandling(tx, zaak);
  const types = zaaktype.informatieobjecttypen.filter((t) => t.informatieobjecttype && !t.informatieobjecttype.concept);
  const type = types.find((t) => /verslag/i.test(t.informatieobjecttypeOmschrijving)) ?? types.find((t) => /bijlage/i.test(t.informatieobjecttypeOmschrijving)) ?? types[0];
  if (!type?.informatieobjecttype) throw invalid('verslag', 'geen-documenttype', 'Het zaaktype heeft geen documenttype voor een verslag.');
  const [tenant] = await tx.select().from(tenants).where(sql`${tenants.id} = current_tenant_id()`);
  const who = auditWho(actor);
  const author = who.gebruikersWeergave || who.applicatieWeergave;
  const title = `Verslag keukentafelgesprek ${zaak.identificatie}`;
  const pdf = await renderPdf({ title, lang: 'nl', municipality: municipalityForPdf(tenant!), author, subject: zaak.identificatie }, (doc) => {
    doc.letterhead();
    doc.meta([['Zaak', zaak.identificatie], ['Onderwerp', zaak.zaaktypeOmschrijving], ['Datum gesprek', DATE_TIME.format(found.datum)],
      ['Plaats', found.plaats ?? (found.videoLink ? 'Videogesprek' : '')], ['Verslag door', author]]);
    doc.heading('Verslag van het keukentafelgesprek');
    doc.paragraph(input.verslag.trim());
  });
  const documenten = zaken.documentenForHandling;
  const document = await documenten.createDocument(tx, actor, {
    titel: title, auteur: author, informatieobjecttype: type.informatieobjecttype.id, formaat: 'application/pdf', bestandsnaam: `verslag-${zaak.identificatie}.pdf`,
    creatiedatum: dateInNl(), status: 'definitief', indicatieGebruiksrecht: false, taal: 'dut', content: pdf,
  });
  await zaken.addZaakinformatieobject(tx, actor, zaak.id, { informatieobject: document.id, titel: title });
  const [row] = await tx.update(zaakGesprekken).set({ verslagDocument: document.id }).where(eq(zaakGesprekken.id, found.id)).returning();
  await audit(tx, actor, {
    actie: 'partial_update', actieWeergave: 'Verslag van het gesprek vastgelegd', resource: 'gesprek', resourceId: row!.id, resourceWeergave: 'Keukentafelgesprek',
    hoofdObject: zaak.id, oud: { verslagDocument: null }, nieuw: { verslagDocument: document.id },
  });
  return toGesprek(row!);
}

export async function listGesprekken(zaken: ZakenService, tx: Tx, actor: Actor, zaakId: string): Promise<Gesprek[]> {
  if (actor?.kind === 'resident') {
    if (!(await zaken.isOwnZaak(tx, actor, zaakId))) return [];
  } else {
    requirePermission(actor, 'zaken.lezen');
    if (!isUuid(zaakId)) return [];
  }
  const rows = await tx.select().from(zaakGesprekken).where(eq(zaakGesprekken.zaakId, zaakId)).orderBy(asc(zaakGesprekken.datum));
  return rows.map(toGesprek);
}
