/**
 * From a sent form to a zaak, in the transaction that stores the submission (so either both
 * exist or neither): the zaak of the form's zaaktype (the version valid today) with the applicant
 * as initiator, the answers the zaaktype has eigenschappen for, the application as a PDF and the
 * uploads as documents of the zaak, and its first status. Exactly once: the submission's
 * idempotency key is the zaak's.
 */
import type { Actor } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import type { Platform } from '../../platform/http/types.js';
import { formatDateTime } from '../../platform/i18n/i18n.js';
import { municipalityForPdf, renderPdf } from '../../platform/pdf/index.js';
import { currentZaaktype, type Zaaktype } from '../catalogi/index.js';
import { documentenService } from '../documenten/index.js';
import { defaultSubmissionHandler, type FormSubmission, type SubmissionHandler } from '../forms/index.js';
import { zakenService, type InitiatorInput } from '../zaken/index.js';

/** The address zones (codes of the address register) as the zaaktypen name them. */
const ZONE_NAMES: Record<string, string> = { centrum: 'Centrum', stationsgebied: 'Stationsgebied', dorpskern: 'Dorpskern' };

export function submissionToZaak(platform: Platform): SubmissionHandler {
  const zaken = zakenService(platform);
  const documenten = documentenService(platform);
  return async (tx, submission) => {
    const zaaktype = await currentZaaktype(tx, submission.zaaktypeIdentificatie);
    if (!zaaktype) {
      // A form whose zaaktype is not (yet) published: the submission is kept under a form
      // reference, so nothing the applicant sent is lost, and staff find it in the forms module.
      return defaultSubmissionHandler(tx, submission);
    }
    const tenant = (await platform.tenants.list()).find((t) => t.id === submission.tenantId)!;
    const actor = actorOf(submission);
    const author = submission.submitter.kind === 'anonymous' ? 'Aanvrager (niet ingelogd)' : 'Aanvrager';

    const documents: { informatieobject: string; titel: string }[] = [];
    const applicationType = documentType(zaaktype, /aanvraag|formulier|melding/i);
    if (applicationType) {
      const pdf = await applicationPdf(submission, tenant);
      const title = `Aanvraag ${zaaktype.omschrijving}`.slice(0, 200);
      const doc = await documenten.createDocument(tx, actor, {
        titel: title, auteur: author, informatieobjecttype: applicationType, formaat: 'application/pdf', bestandsnaam: 'aanvraag.pdf',
        taal: submission.lang === 'en' ? 'eng' : 'dut', ontvangstdatum: submission.submittedAt.toISOString().slice(0, 10), indicatieGebruiksrecht: false,
        content: pdf,
      });
      documents.push({ informatieobject: doc.id, titel: title });
    }
    const attachmentType = documentType(zaaktype, /bijlage|foto|bewijs/i) ?? applicationType;
    if (attachmentType) {
      for (const upload of submission.uploads) {
        const doc = await documenten.createDocument(tx, actor, {
          titel: upload.filename.slice(0, 200), auteur: author, informatieobjecttype: attachmentType, formaat: upload.mime, bestandsnaam: upload.filename.slice(0, 255),
          ontvangstdatum: submission.submittedAt.toISOString().slice(0, 10), indicatieGebruiksrecht: false, content: await upload.content(),
        });
        documents.push({ informatieobject: doc.id, titel: upload.filename.slice(0, 100) });
      }
    }

    const zaak = await zaken.createZaak(tx, actor, {
      zaaktype: zaaktype.id,
      omschrijving: zaaktype.omschrijving.slice(0, 80),
      communicatiekanaal: 'Internet',
      initiator: initiatorOf(submission),
      eigenschappen: eigenschappenOf(zaaktype, submission),
      informatieobjecten: documents,
    }, { idempotencyKey: `formulier:${submission.idempotencyKey}`, zaaktype });
    return { reference: zaak.identificatie, ...(submission.submitter.kind !== 'anonymous' ? { statusUrl: `/mijn/zaken/${zaak.id}` } : {}) };
  };
}

/** The applicant acts themself (DigiD/eHerkenning); an anonymous sender through the platform. */
function actorOf(submission: FormSubmission): Actor {
  const s = submission.submitter;
  if (s.kind === 'resident') {
    return { kind: 'resident', identity: { kind: 'resident', bsn: s.bsn, level: s.level, method: 'digid', ...(s.actingFor ? { actingFor: { bsn: s.actingFor.bsn, relation: s.actingFor.relation as 'ouder' } } : {}) } };
  }
  if (s.kind === 'business') return { kind: 'resident', identity: { kind: 'business', kvk: s.kvk, level: s.level, ...(s.vestiging ? { vestiging: s.vestiging } : {}) } };
  return { kind: 'system', process: 'formulier-indienen' };
}

/** Contact details go to the initiator's contactpersoon (stored encrypted), never into eigenschappen. */
function initiatorOf(submission: FormSubmission): InitiatorInput {
  const email = emailOf(submission);
  const name = typeof submission.answers.naam === 'string' ? submission.answers.naam : typeof submission.eigenschappen.aanvrager === 'string' ? submission.eigenschappen.aanvrager : '';
  const contact = email || name ? { contactpersoonRol: { naam: (name || 'Aanvrager').slice(0, 200), ...(email ? { emailadres: email } : {}) } } : {};
  const s = submission.submitter;
  if (s.kind === 'business') {
    return { betrokkeneType: s.vestiging ? 'vestiging' : 'niet_natuurlijk_persoon', betrokkeneIdentificatie: { kvkNummer: s.kvk, ...(s.vestiging ? { vestigingsNummer: s.vestiging } : {}) }, ...contact } as InitiatorInput;
  }
  if (s.kind === 'resident') return { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: {}, ...contact } as InitiatorInput;
  // Not logged in: no BSN; the standard then asks for a name (the one the sender gave, or "Anoniem").
  return { betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { geslachtsnaam: (name || 'Anoniem').slice(0, 200) }, roltoelichting: 'Niet ingelogd', ...contact } as InitiatorInput;
}

function emailOf(submission: FormSubmission): string | undefined {
  if (submission.submitter.kind === 'anonymous' && submission.submitter.email) return submission.submitter.email;
  for (const [key, value] of Object.entries(submission.answers)) {
    if (/mail/i.test(key) && typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return value;
  }
  return undefined;
}

/**
 * The answers the zaaktype has an eigenschap for, by name; and facts the register knows, such as
 * the permit zone of the address. Answers without an eigenschap stay in the application PDF.
 * Personal contact data (e-mail, phone) is never copied into eigenschappen.
 */
function eigenschappenOf(zaaktype: Zaaktype, submission: FormSubmission): { eigenschap: string; waarde: string }[] {
  const values: Record<string, string> = { ...submission.eigenschappen };
  const zone = zoneOf(submission);
  if (zone && values.vergunningszone === undefined) values.vergunningszone = zone;
  const out: { eigenschap: string; waarde: string }[] = [];
  for (const e of zaaktype.eigenschappen) {
    const given = values[e.naam];
    if (/mail|telefoon/i.test(e.naam) || given === undefined || given === '') continue;
    // A list of allowed values: the form's value in the zaaktype's own spelling ("afval" → "Afval").
    const allowed = e.specificatie.waardenverzameling;
    const waarde = allowed.length ? allowed.find((v) => v.toLowerCase() === given.toLowerCase()) : given;
    if (waarde === undefined) continue;
    out.push({ eigenschap: e.id, waarde: waarde.slice(0, Math.max(1, Number(e.specificatie.lengte) || 255)) });
  }
  return out;
}

function zoneOf(submission: FormSubmission): string | undefined {
  for (const value of Object.values(submission.answers)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { zones?: unknown }).zones)) {
      const code = ((value as { zones: unknown[] }).zones).find((z): z is string => typeof z === 'string' && z in ZONE_NAMES);
      if (code) return ZONE_NAMES[code];
    }
  }
  return undefined;
}

function documentType(zaaktype: Zaaktype, pattern: RegExp): string | undefined {
  const inkomend = zaaktype.informatieobjecttypen.filter((io) => io.informatieobjecttype && !io.informatieobjecttype.concept && io.richting !== 'uitgaand');
  return (inkomend.find((io) => pattern.test(io.informatieobjecttypeOmschrijving)) ?? undefined)?.informatieobjecttype?.id;
}

async function applicationPdf(submission: FormSubmission, tenant: Parameters<typeof municipalityForPdf>[0]): Promise<Buffer> {
  const nl = submission.lang !== 'en';
  const sections = new Map<string, [string, string][]>();
  for (const line of submission.summary) {
    const rows = sections.get(line.section) ?? [];
    rows.push([line.label, line.value]);
    sections.set(line.section, rows);
  }
  return renderPdf({ title: nl ? 'Aanvraag' : 'Application', lang: submission.lang, municipality: municipalityForPdf(tenant), subject: submission.formSlug }, (doc) => {
    doc.letterhead();
    doc.heading(nl ? 'Ingediende aanvraag' : 'Submitted application', 1);
    doc.meta([[nl ? 'Ontvangen op' : 'Received on', formatDateTime(submission.submittedAt, submission.lang)], [nl ? 'Formulier' : 'Form', `${submission.formSlug} (versie ${submission.formVersion})`]]);
    for (const [section, rows] of sections) {
      if (section) doc.heading(section, 2);
      doc.keyValues(rows);
    }
  });
}
