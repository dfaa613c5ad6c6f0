/**
 * Beschikkingen: the decision letter. Per zaaktype a letter template (plain text with
 * placeholders) per resultaat or besluittype; `takeDecision` registers the besluit, renders the
 * letter as an accessible PDF on the municipality's letterhead, stores it as a document of the
 * zaak related to the besluit, marks it sent (verzenddatum) and publishes 'zaak.besluit-verzonden'.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { requirePermission, type Actor } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import { HttpError, type InvalidParam } from '../../platform/http/problem.js';
import { municipalityForPdf, renderPdf } from '../../platform/pdf/index.js';
import type { Platform } from '../../platform/http/types.js';
import { tenants } from '../../platform/tenancy/schema.js';
import { besluitenService, type Besluit } from '../besluiten/index.js';
import { getZaaktype, listZaaktypen, type Besluittype, type Zaaktype } from '../catalogi/index.js';
import type { Document } from '../documenten/index.js';
import { addDuration, dateInNl, zakenService, type Resultaat, type Rol, type Zaak } from '../zaken/index.js';
import { beschikkingSjablonen } from './schema.js';
import { isUuid } from '../../platform/values.js';

export interface Sjabloon {
  id: string;
  zaaktypeIdentificatie: string;
  /** The resultaat omschrijving (e.g. 'Toegekend') or besluittype omschrijving the template is for. */
  sleutel: string;
  titel: string;
  tekst: string;
  gewijzigdDoor: string;
  updatedAt: Date;
}

export interface SjabloonInput {
  zaaktypeIdentificatie: string;
  sleutel: string;
  titel: string;
  tekst: string;
}

export interface DecisionInput {
  besluittypeId: string;
  resultaattypeId?: string | undefined;
  toelichting: string;
  /** YYYY-MM-DD */
  ingangsdatum: string;
  vervaldatum?: string | undefined;
}

export interface Decision {
  besluit: Besluit;
  document: Document;
  resultaat: Resultaat | null;
}

/** The placeholders a template may use, with what they stand for. */
export const PLACEHOLDERS: Record<string, { nl: string; en: string }> = {
  'aanvrager.naam': { nl: 'naam van de aanvrager', en: "applicant's name" },
  'zaak.identificatie': { nl: 'zaaknummer', en: 'case number' },
  'zaak.omschrijving': { nl: 'omschrijving van de zaak', en: 'case description' },
  'zaak.registratiedatum': { nl: 'datum van de aanvraag', en: 'date of the application' },
  'zaaktype.omschrijving': { nl: 'soort zaak', en: 'case type' },
  'besluit.identificatie': { nl: 'nummer van het besluit', en: 'decision number' },
  'besluit.datum': { nl: 'datum van het besluit', en: 'decision date' },
  'besluit.toelichting': { nl: 'toelichting van de behandelaar', en: "case handler's explanation" },
  'besluit.ingangsdatum': { nl: 'ingangsdatum', en: 'start date' },
  'besluit.vervaldatum': { nl: 'vervaldatum (of "geen")', en: 'end date (or "geen")' },
  'bezwaar.termijn': { nl: 'bezwaartermijn in woorden, bijvoorbeeld "6 weken"', en: 'objection period in words, e.g. "6 weken"' },
  'bezwaar.datum': { nl: 'uiterste datum voor bezwaar', en: 'last day to object' },
  'gemeente.naam': { nl: 'naam van de gemeente', en: 'name of the municipality' },
};

const PLACEHOLDER = /\{\{\s*([a-z]+\.[a-z]+)\s*\}\}/g;
const SLEUTEL_MAX = 80;
const DATE_NL = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function longDate(iso: string): string {
  return DATE_NL.format(new Date(`${iso}T12:00:00Z`));
}

function bad(params: InvalidParam[]): HttpError {
  return new HttpError(400, 'De gegevens zijn niet geldig.', params, 'invalid');
}

/** Fills the placeholders; unknown ones are left as they are (and refused when saving a template). */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (match, key: string) => (key in values ? values[key]! : match));
}

/** "P6W" → "6 weken", "P1M" → "1 maand", "P14D" → "14 dagen". */
export function durationInWords(duration: string | null): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration ?? '');
  if (!m) return '6 weken';
  const parts: string[] = [];
  const [, y, mo, w, d] = m;
  if (y) parts.push(`${y} ${y === '1' ? 'jaar' : 'jaar'}`);
  if (mo) parts.push(`${mo} ${mo === '1' ? 'maand' : 'maanden'}`);
  if (w) parts.push(`${w} ${w === '1' ? 'week' : 'weken'}`);
  if (d) parts.push(`${d} ${d === '1' ? 'dag' : 'dagen'}`);
  return parts.join(' en ') || '6 weken';
}

/** The name of the initiator for the letter (person or organisation), and their address lines. */
export function applicantOf(rollen: Rol[]): { naam: string; adres: string[] } {
  const rol = rollen.find((r) => r.omschrijvingGeneriek === 'initiator');
  if (!rol) return { naam: '', adres: [] };
  const found = identifiedApplicant(rol);
  // An application made online carries the name the applicant used (from the BRP or typed) as contact person.
  return found.naam ? found : { naam: rol.contactpersoonRol?.naam ?? '', adres: found.adres };
}

function identifiedApplicant(rol: Rol): { naam: string; adres: string[] } {
  if (rol.afwijkendeNaamBetrokkene) return { naam: rol.afwijkendeNaamBetrokkene, adres: [] };
  if (rol.betrokkeneType === 'natuurlijk_persoon') {
    const p = rol.betrokkeneIdentificatie;
    const naam = [p.voornamen || p.voorletters, p.voorvoegselGeslachtsnaam, p.geslachtsnaam].filter(Boolean).join(' ');
    const a = p.verblijfsadres;
    const adres = a ? [`${a.gorOpenbareRuimteNaam} ${a.aoaHuisnummer}${a.aoaHuisletter ?? ''}${a.aoaHuisnummertoevoeging ? `-${a.aoaHuisnummertoevoeging}` : ''}`, `${a.aoaPostcode ?? ''} ${a.wplWoonplaatsNaam}`.trim()] : [];
    return { naam, adres };
  }
  if (rol.betrokkeneType === 'niet_natuurlijk_persoon') return { naam: rol.betrokkeneIdentificatie.statutaireNaam ?? '', adres: rol.betrokkeneIdentificatie.bezoekadres ? [rol.betrokkeneIdentificatie.bezoekadres] : [] };
  if (rol.betrokkeneType === 'vestiging') return { naam: rol.betrokkeneIdentificatie.handelsnaam?.[0] ?? '', adres: [] };
  return { naam: '', adres: [] };
}

/** The generic letter when a zaaktype has no template of its own for this outcome. */
export const FALLBACK_TEMPLATE = `Beste {{aanvrager.naam}},

Wij hebben een besluit genomen over uw aanvraag {{zaaktype.omschrijving}} (zaaknummer {{zaak.identificatie}}).

{{besluit.toelichting}}

Het besluit gaat in op {{besluit.ingangsdatum}}.

Bent u het niet eens met dit besluit?
Dan kunt u binnen {{bezwaar.termijn}} na de datum van deze brief bezwaar maken, dus uiterlijk op {{bezwaar.datum}}. Schrijf in uw bezwaar wie u bent, welk besluit het gaat om (zaaknummer {{zaak.identificatie}}) en waarom u het er niet mee eens bent. Zet uw handtekening eronder. U kunt ook online bezwaar maken met DigiD.

Heeft u vragen? Bel ons dan. Noem het zaaknummer, dan kunnen wij u snel helpen.`;

export class BeschikkingenService {
  constructor(private readonly platform: Pick<Platform, 'sealer' | 'processingLog'>) {}

  // ----------------------------------------------------------------------------- templates

  async listSjablonen(tx: Tx, actor: Actor): Promise<Sjabloon[]> {
    requireTemplateReader(actor);
    return tx.select().from(beschikkingSjablonen).orderBy(asc(beschikkingSjablonen.zaaktypeIdentificatie), asc(beschikkingSjablonen.sleutel));
  }

  async getSjabloon(tx: Tx, actor: Actor, id: string): Promise<Sjabloon | undefined> {
    requireTemplateReader(actor);
    if (!isUuid(id)) return undefined;
    const [row] = await tx.select().from(beschikkingSjablonen).where(eq(beschikkingSjablonen.id, id));
    return row;
  }

  /** The template for a zaaktype and key (resultaat or besluittype omschrijving), if any. */
  async findSjabloon(tx: Tx, zaaktypeIdentificatie: string, sleutels: string[]): Promise<Sjabloon | undefined> {
    for (const sleutel of sleutels) {
      const [row] = await tx.select().from(beschikkingSjablonen)
        .where(and(eq(beschikkingSjablonen.zaaktypeIdentificatie, zaaktypeIdentificatie), sql`lower(${beschikkingSjablonen.sleutel}) = lower(${sleutel})`));
      if (row) return row;
    }
    return undefined;
  }

  /** Creates (id undefined) or changes a template; functioneel beheer (zaaktypen.beheren). */
  async saveSjabloon(tx: Tx, actor: Actor, id: string | undefined, input: SjabloonInput): Promise<Sjabloon> {
    requirePermission(actor, 'zaaktypen.beheren');
    const problems: InvalidParam[] = [];
    const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
    const values = { zaaktypeIdentificatie: text(input?.zaaktypeIdentificatie), sleutel: text(input?.sleutel), titel: text(input?.titel), tekst: text(input?.tekst).replace(/\r\n/g, '\n') };
    if (!values.zaaktypeIdentificatie) problems.push({ name: 'zaaktypeIdentificatie', code: 'required', reason: 'Kies het zaaktype.' });
    else if (!(await listZaaktypen(tx, { identificatie: values.zaaktypeIdentificatie })).length) problems.push({ name: 'zaaktypeIdentificatie', code: 'bad-url', reason: 'Dit zaaktype bestaat niet.' });
    if (!values.sleutel) problems.push({ name: 'sleutel', code: 'required', reason: 'Geef het resultaat of besluittype waarvoor dit sjabloon is, bijvoorbeeld "Toegekend".' });
    else if (values.sleutel.length > SLEUTEL_MAX) problems.push({ name: 'sleutel', code: 'max_length', reason: `Ten hoogste ${SLEUTEL_MAX} tekens.` });
    if (!values.titel) problems.push({ name: 'titel', code: 'required', reason: 'Geef de titel (het onderwerp) van de brief.' });
    else if (values.titel.length > 200) problems.push({ name: 'titel', code: 'max_length', reason: 'Ten hoogste 200 tekens.' });
    if (!values.tekst) problems.push({ name: 'tekst', code: 'required', reason: 'Schrijf de tekst van de brief.' });
    else if (values.tekst.length > 20_000) problems.push({ name: 'tekst', code: 'max_length', reason: 'Ten hoogste 20.000 tekens.' });
    const unknown = [...values.tekst.matchAll(PLACEHOLDER), ...values.titel.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((k) => !(k in PLACEHOLDERS));
    if (unknown.length) problems.push({ name: 'tekst', code: 'unknown-placeholder', reason: `Onbekende invulvelden: ${[...new Set(unknown)].map((k) => `{{${k}}}`).join(', ')}.` });
    if (problems.length) throw bad(problems);
    const gewijzigdDoor = actor.kind === 'staff' ? actor.name : actor.kind === 'system' ? actor.process : 'onbekend';
    if (id !== undefined) {
      const [row] = isUuid(id) ? await tx.update(beschikkingSjablonen).set({ ...values, gewijzigdDoor, updatedAt: new Date() }).where(eq(beschikkingSjablonen.id, id)).returning().catch(duplicate) : [];
      if (!row) throw new HttpError(404, 'Sjabloon niet gevonden.', [], 'not_found');
      return row;
    }
    const [row] = await tx.insert(beschikkingSjablonen).values({ ...values, gewijzigdDoor }).onConflictDoNothing().returning();
    if (!row) throw bad([{ name: 'sleutel', code: 'unique', reason: 'Voor dit zaaktype is er al een sjabloon met deze naam.' }]);
    return row;
  }

  async deleteSjabloon(tx: Tx, actor: Actor, id: string): Promise<void> {
    requirePermission(actor, 'zaaktypen.beheren');
    const [row] = isUuid(id) ? await tx.delete(beschikkingSjablonen).where(eq(beschikkingSjablonen.id, id)).returning() : [];
    if (!row) throw new HttpError(404, 'Sjabloon niet gevonden.', [], 'not_found');
  }

  // ----------------------------------------------------------------------------- decisions

  /** Renders the letter without registering anything (a preview for the behandelaar). */
  async previewDecision(tx: Tx, actor: Actor, zaakId: string, input: DecisionInput): Promise<Buffer> {
    requirePermission(actor, 'zaken.behandelen');
    const prepared = await this.prepare(tx, actor, zaakId, input);
    return this.render(tx, prepared, { identificatie: '(concept)', datum: dateInNl() });
  }

  /**
   * Takes the decision: the resultaat (when given), the besluit (sent today), the letter as PDF,
   * stored as a document of the zaak and of the besluit, and the event 'zaak.besluit-verzonden'.
   */
  async takeDecision(tx: Tx, actor: Actor, zaakId: string, input: DecisionInput): Promise<Decision> {
    requirePermission(actor, 'zaken.behandelen');
    const prepared = await this.prepare(tx, actor, zaakId, input);
    const zaken = zakenService(this.platform);
    const besluiten = besluitenService(this.platform);
    const { zaak, zaaktype, besluittype } = prepared;
    const today = dateInNl();
    const resultaat = prepared.resultaattypeId ? await zaken.setResultaat(tx, actor, zaak.id, prepared.resultaattypeId, { toelichting: input.toelichting.trim().slice(0, 1000) }) : null;
    const besluit = await besluiten.createBesluit(tx, actor, {
      besluittype: besluittype.id, zaak: zaak.id, datum: today, toelichting: input.toelichting.trim(), ingangsdatum: input.ingangsdatum,
      vervaldatum: input.vervaldatum || null, verzenddatum: today, bestuursorgaan: bestuursorgaanOf(besluittype).naam,
    });
    const pdf = await this.render(tx, prepared, { identificatie: besluit.identificatie, datum: besluit.datum });
    const type = zaaktype.informatieobjecttypen.find((t) => t.informatieobjecttype && !t.informatieobjecttype.concept && /beschikking|besluit/i.test(t.informatieobjecttypeOmschrijving));
    const documenten = zaken.documentenForHandling;
    const author = actor.kind === 'staff' ? actor.name : 'Gemeente';
    const titel = `Besluit ${besluittype.omschrijving} ${zaak.identificatie}`.slice(0, 200);
    const document = await documenten.createDocument(tx, actor, {
      titel, auteur: author, informatieobjecttype: type!.informatieobjecttype!.id, formaat: 'application/pdf', bestandsnaam: `besluit-${zaak.identificatie}.pdf`,
      creatiedatum: today, verzenddatum: today, status: 'definitief', indicatieGebruiksrecht: false, taal: 'dut', content: pdf,
      // The applicant must be able to read their own decision letter.
      vertrouwelijkheidaanduiding: 'beperkt_openbaar',
    });
    await zaken.addZaakinformatieobject(tx, actor, zaak.id, { informatieobject: document.id, titel });
    await besluiten.addBesluitinformatieobject(tx, actor, besluit.id, document.id);
    const row = await zaken.lockForHandling(tx, zaak.id);
    await zaken.emitZaakEvent(tx, 'zaak.besluit-verzonden', row, { besluit: besluit.id, informatieobject: document.id, besluittype: besluittype.id, verzenddatum: today });
    return { besluit, document, resultaat };
  }

  private async prepare(tx: Tx, actor: Actor, zaakId: string, input: DecisionInput) {
    const zaken = zakenService(this.platform);
    const zaak = await zaken.getZaak(tx, actor, zaakId);
    if (!zaak) throw new HttpError(404, 'Zaak niet gevonden.', [], 'not_found');
    const zaaktype = (await getZaaktype(tx, zaak.zaaktype))!;
    const problems: InvalidParam[] = [];
    const besluittype = zaaktype.besluittypen.find((b) => b.id === input?.besluittypeId);
    if (!besluittype) problems.push({ name: 'besluittypeId', code: 'required', reason: 'Kies het soort besluit.' });
    const resultaattype = input?.resultaattypeId ? zaaktype.resultaattypen.find((r) => r.id === input.resultaattypeId) : undefined;
    if (input?.resultaattypeId && !resultaattype) problems.push({ name: 'resultaattypeId', code: 'invalid_choice', reason: 'Kies een resultaat van dit zaaktype.' });
    if (typeof input?.toelichting !== 'string' || !input.toelichting.trim()) problems.push({ name: 'toelichting', code: 'required', reason: 'Schrijf de toelichting: waarom dit besluit?' });
    else if (input.toelichting.length > 10_000) problems.push({ name: 'toelichting', code: 'max_length', reason: 'Ten hoogste 10.000 tekens.' });
    if (typeof input?.ingangsdatum !== 'string' || !ISO.test(input.ingangsdatum) || Number.isNaN(Date.parse(input.ingangsdatum))) problems.push({ name: 'ingangsdatum', code: 'invalid', reason: 'Geef de ingangsdatum als 2026-01-31.' });
    if (input?.vervaldatum && (!ISO.test(input.vervaldatum) || Number.isNaN(Date.parse(input.vervaldatum)))) problems.push({ name: 'vervaldatum', code: 'invalid', reason: 'Geef de vervaldatum als 2026-01-31, of laat het veld leeg.' });
    else if (input?.vervaldatum && ISO.test(input.ingangsdatum ?? '') && input.vervaldatum < input.ingangsdatum) problems.push({ name: 'vervaldatum', code: 'invalid', reason: 'De vervaldatum ligt voor de ingangsdatum.' });
    if (besluittype && !zaaktype.informatieobjecttypen.some((t) => t.informatieobjecttype && !t.informatieobjecttype.concept && /beschikking|besluit/i.test(t.informatieobjecttypeOmschrijving))) {
      problems.push({ name: 'besluittypeId', code: 'geen-documenttype', reason: 'Het zaaktype heeft geen documenttype voor een beschikking.' });
    }
    if (problems.length) throw bad(problems);
    if (zaak.einddatum) throw bad([{ name: 'besluittypeId', code: 'zaak-afgesloten', reason: 'De zaak is afgesloten; heropen de zaak om een besluit te nemen.' }]);
    const rollen = await zaken.listRollen(tx, actor, zaak.id);
    const sjabloon = await this.findSjabloon(tx, zaak.zaaktypeIdentificatie, [resultaattype?.omschrijving, besluittype!.omschrijving].filter((s): s is string => !!s));
    return { zaak, zaaktype, besluittype: besluittype!, resultaattypeId: resultaattype?.id, input, applicant: applicantOf(rollen), sjabloon };
  }

  private async render(tx: Tx, p: { zaak: Zaak; zaaktype: Zaaktype; besluittype: Besluittype; input: DecisionInput; applicant: { naam: string; adres: string[] }; sjabloon: Sjabloon | undefined }, besluit: { identificatie: string; datum: string }): Promise<Buffer> {
    const [tenant] = await tx.select().from(tenants).where(sql`${tenants.id} = current_tenant_id()`);
    const bezwaarDatum = addDuration(besluit.datum, p.besluittype.reactietermijn ?? 'P6W');
    const values: Record<string, string> = {
      'aanvrager.naam': p.applicant.naam || 'aanvrager', 'zaak.identificatie': p.zaak.identificatie, 'zaak.omschrijving': p.zaak.omschrijving,
      'zaak.registratiedatum': longDate(p.zaak.registratiedatum), 'zaaktype.omschrijving': p.zaaktype.omschrijving.toLowerCase(),
      'besluit.identificatie': besluit.identificatie, 'besluit.datum': longDate(besluit.datum), 'besluit.toelichting': p.input.toelichting.trim(),
      'besluit.ingangsdatum': longDate(p.input.ingangsdatum), 'besluit.vervaldatum': p.input.vervaldatum ? longDate(p.input.vervaldatum) : 'geen',
      'bezwaar.termijn': durationInWords(p.besluittype.reactietermijn), 'bezwaar.datum': longDate(bezwaarDatum), 'gemeente.naam': tenant!.name,
    };
    const titel = fillTemplate(p.sjabloon?.titel ?? `Besluit op uw aanvraag ${p.zaaktype.omschrijving.toLowerCase()}`, values);
    const tekst = fillTemplate(p.sjabloon?.tekst ?? FALLBACK_TEMPLATE, values);
    return renderPdf({ title: titel, lang: 'nl', municipality: municipalityForPdf(tenant!), author: tenant!.name, subject: p.zaak.identificatie }, (doc) => {
      doc.letterhead();
      doc.addressBlock([p.applicant.naam, ...p.applicant.adres].filter(Boolean));
      doc.meta([['Datum', longDate(besluit.datum)], ['Zaaknummer', p.zaak.identificatie], ['Besluitnummer', besluit.identificatie], ['Onderwerp', titel]]);
      doc.heading(titel);
      doc.paragraph(tekst);
      doc.signature(bestuursorgaanOf(p.besluittype).ondertekening(tenant!.name), '', 'Met vriendelijke groet,');
    });
  }
}

/**
 * Who takes a decision of this kind, and so signs the letter: the ambtenaar van de burgerlijke
 * stand for the civil registry (Burgerlijk Wetboek boek 1), the burgemeester for event permits
 * (APV, public order), otherwise the college van burgemeester en wethouders.
 */
export function bestuursorgaanOf(besluittype: Pick<Besluittype, 'omschrijving' | 'besluitcategorie'>): { naam: string; ondertekening: (gemeente: string) => string } {
  if (/burgerlijke stand/i.test(besluittype.besluitcategorie)) {
    return { naam: 'Ambtenaar van de burgerlijke stand', ondertekening: (gemeente) => `De ambtenaar van de burgerlijke stand van ${gemeente}` };
  }
  if (/evenement/i.test(besluittype.omschrijving)) return { naam: 'Burgemeester', ondertekening: (gemeente) => `De burgemeester van ${gemeente}` };
  return { naam: 'College van burgemeester en wethouders', ondertekening: (gemeente) => `Het college van burgemeester en wethouders van ${gemeente}` };
}

function requireTemplateReader(actor: Actor): void {
  requirePermission(actor, 'zaaktypen.beheren');
}

function duplicate(error: unknown): never {
  if ((error as { code?: string })?.code === '23505' || /unique|duplicate/i.test(String((error as Error)?.message))) {
    throw bad([{ name: 'sleutel', code: 'unique', reason: 'Voor dit zaaktype is er al een sjabloon met deze naam.' }]);
  }
  throw error;
}
