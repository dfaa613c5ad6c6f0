/**
 * Automation that can be explained: when a zaak is created, the rules of its zaaktype version run
 * on the zaak's facts (its eigenschappen, by fact name). The outcome, every rule with the facts it
 * looked at, and the explanation for applicant and staff are recorded as an assessment of the
 * zaak. A clear grant or refusal takes the decision (resultaat, besluit and the decision letter,
 * sent to the applicant) and closes the zaak; anything unclear stays with a person, in the work
 * queue. The applicant can always ask a person to look at an automated decision.
 */
import type { Actor } from '../../platform/auth/access.js';
import type { Tx } from '../../platform/db/database.js';
import type { Platform } from '../../platform/http/types.js';
import type { OutboxEvent } from '../../platform/jobs/index.js';
import { evaluateRules, explain, getZaaktype, type RuleEvaluation, type Zaaktype } from '../catalogi/index.js';
import { beschikkingenService } from '../beschikkingen/index.js';
import { addDuration, dateInNl, listAssessments, recordAssessment, zakenService, type Zaakeigenschap } from '../zaken/index.js';

const SYSTEM: Actor = { kind: 'system', process: 'automatische-beoordeling' };

export async function assessNewZaak(platform: Platform, event: OutboxEvent): Promise<void> {
  const zaakId = typeof event.payload.zaak === 'string' ? event.payload.zaak : undefined;
  if (!zaakId) return;
  const zaken = zakenService(platform);
  await platform.database.withTenant(event.tenantId, async (tx) => {
    const zaak = await zaken.getZaak(tx, SYSTEM, zaakId);
    if (!zaak || zaak.einddatum) return;
    const zaaktype = await getZaaktype(tx, zaak.zaaktype);
    if (!zaaktype?.rules) return;
    // Delivered at least once: an assessment that exists is not made again.
    if ((await listAssessments(tx, SYSTEM, zaakId, zaken)).length) return;

    const eigenschappen = await zaken.listEigenschappen(tx, SYSTEM, zaakId);
    const facts = factsOf(zaaktype, eigenschappen);
    const evaluation = evaluateRules(zaaktype.rules, facts);
    const nl = explain(evaluation, 'nl');
    const en = explain(evaluation, 'en');
    let gevolg = 'Een medewerker beoordeelt de aanvraag.';
    if (evaluation.decision !== 'handmatig') {
      gevolg = await decide(tx, platform, zaaktype, zaakId, evaluation, eigenschappen, nl.applicant.join(' '));
    }
    await recordAssessment(tx, SYSTEM, zaakId, {
      zaaktype: zaaktype.id, uitkomst: evaluation.decision, feiten: facts, evaluatie: evaluation,
      uitleg: { aanvrager: { nl: nl.applicant, en: en.applicant }, medewerker: { nl: nl.staff, en: en.staff } }, gevolg,
    });
  });
}

/**
 * The facts the rules name, from the zaak's eigenschappen with the same name, typed as the rules
 * define them ('ja'/'nee' → boolean, '12' → number). A fact without an eigenschap is left out:
 * the rules then see it as missing, which never leads to an automatic refusal.
 */
export function factsOf(zaaktype: Zaaktype, eigenschappen: Zaakeigenschap[]): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(zaaktype.rules?.facts ?? {})) {
    const raw = eigenschappen.find((e) => e.naam === name)?.waarde;
    if (raw === undefined || raw === '') continue;
    switch (definition.type) {
      case 'boolean': {
        const value = raw.trim().toLowerCase();
        if (['ja', 'true', 'j'].includes(value)) facts[name] = true;
        else if (['nee', 'false', 'n'].includes(value)) facts[name] = false;
        else facts[name] = raw;
        break;
      }
      case 'number': {
        const value = Number(raw.replace(',', '.'));
        facts[name] = Number.isFinite(value) ? value : raw;
        break;
      }
      case 'date':
        facts[name] = isoOf(raw) ?? raw;
        break;
      default:
        facts[name] = raw;
    }
  }
  return facts;
}

/**
 * Takes the decision the rules reached: the besluit of the zaaktype with the resultaat the rules
 * name, the decision letter (sent: the applicant is notified), then the end status. Returns what
 * happened, in words for the case file.
 */
async function decide(tx: Tx, platform: Platform, zaaktype: Zaaktype, zaakId: string, evaluation: RuleEvaluation, eigenschappen: Zaakeigenschap[], explanation: string): Promise<string> {
  const zaken = zakenService(platform);
  const resultaattype = zaaktype.resultaattypen.find((r) => r.omschrijving === evaluation.resultaattype);
  if (!resultaattype) return 'De regels noemen geen resultaat dat bij dit zaaktype hoort; een medewerker beoordeelt de aanvraag.';
  const besluittype = zaaktype.besluittypen.find((b) => resultaattype.besluittypen.includes(b.omschrijving)) ?? zaaktype.besluittypen[0];
  if (!besluittype) {
    await zaken.setResultaat(tx, SYSTEM, zaakId, resultaattype.id, { toelichting: explanation.slice(0, 1000) });
    return `Resultaat "${resultaattype.omschrijving}" vastgelegd; een medewerker stuurt het besluit.`;
  }
  // A permit starts on the date asked for (eigenschap 'ingangsdatum', a ZGW datum YYYYMMDD), else today.
  const ingangsdatum = isoOf(eigenschappen.find((e) => e.naam === 'ingangsdatum')?.waarde) ?? dateInNl();
  const duur = eigenschappen.find((e) => e.naam === 'duur')?.waarde;
  const vervaldatum = evaluation.decision === 'toekennen' ? addDuration(ingangsdatum, duur === 'kwartaal' ? 'P3M' : 'P1Y') : undefined;
  await beschikkingenService(platform).takeDecision(tx, SYSTEM, zaakId, {
    besluittypeId: besluittype.id, resultaattypeId: resultaattype.id, toelichting: explanation || resultaattype.omschrijving, ingangsdatum, vervaldatum,
  });
  const eind = [...zaaktype.statustypen].sort((a, b) => a.volgnummer - b.volgnummer).at(-1);
  if (eind) await zaken.setStatus(tx, SYSTEM, zaakId, eind.id, { toelichting: 'Automatisch besloten volgens de regels van dit zaaktype.' });
  return `Besluit "${resultaattype.omschrijving}" genomen en verstuurd; de zaak is afgesloten.`;
}

/** YYYYMMDD (ZGW datum eigenschap) → YYYY-MM-DD. */
function isoOf(value: string | undefined): string | undefined {
  return value && /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : undefined;
}
