/**
 * Checks of what functioneel beheer enters, before anything is written. Each problem is an
 * invalid-param with the ZGW-style dotted name of the field ('statustypen.0.omschrijving'), a
 * code (the standard's rule where there is one, e.g. 'ztc-004') and a plain reason.
 */
import { isIsoDate } from '../../platform/values.js';
import type { InvalidParam } from '../../platform/http/problem.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { validateRuleSet, type Condition, type RuleSet } from './rules.js';
import {
  AFLEIDINGSWIJZEN, ARCHIEFNOMINATIES, EIGENSCHAP_FORMATEN, INDICATIES_INTERN_OF_EXTERN, OBJECTTYPEN, RICHTINGEN,
  ROLTYPE_OMSCHRIJVINGEN_GENERIEK, VERTROUWELIJKHEIDAANDUIDINGEN,
  type BesluittypeInput, type BrondatumArchiefprocedure, type InformatieobjecttypeInput, type ZaaktypeInput,
} from './types.js';

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const IDENTIFICATIE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

export function isDuration(value: unknown): value is string {
  return typeof value === 'string' && DURATION.test(value);
}

export { isIsoDate };

export function isUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 1000) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const messages = {
  nl: {
    required: 'Vul dit in.',
    tooLong: (max: number) => `Dit mag hoogstens ${max} tekens lang zijn.`,
    identificatie: 'Gebruik alleen letters, cijfers, punten, streepjes en liggende streepjes (hoogstens 50), zonder spaties.',
    duration: 'Vul een termijn in als ISO 8601-duur, bijvoorbeeld P8W (8 weken), P2D (2 dagen) of P1Y (1 jaar).',
    date: 'Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-01-01.',
    url: 'Vul een volledige URL in die begint met https://.',
    choice: (values: readonly string[]) => `Kies een van: ${values.join(', ')}.`,
    verlengingstermijn: 'Vul de verlengingstermijn in als verlenging mogelijk is.',
    geenVerlenging: 'Een verlengingstermijn mag alleen als verlenging mogelijk is.',
    volgnummer: (max: number) => `Vul een volgnummer in van 1 tot en met ${max}.`,
    volgnummerDubbel: 'Dit volgnummer komt al eerder voor.',
    dubbel: 'Deze naam komt al eerder voor.',
    onbekendeEigenschap: (naam: string) => `Er is geen eigenschap ‘${naam}’ bij dit zaaktype.`,
    onbekendStatustype: 'Er is geen statustype met dit volgnummer.',
    onbekendBesluittype: (o: string) => `‘${o}’ staat niet bij de besluittypen van dit zaaktype.`,
    onbekendInformatieobjecttype: (o: string) => `‘${o}’ staat niet bij de documenttypen (informatieobjecttypen) van dit zaaktype.`,
    lengte: 'Vul de lengte in als getal, bijvoorbeeld 8 of 5,2.',
    kardinaliteit: 'Vul de kardinaliteit in als getal of N (onbeperkt).',
    ztc004: 'Vul het datumkenmerk in bij deze afleidingswijze.',
    ztc004niet: 'Een datumkenmerk hoort alleen bij afleidingswijze eigenschap, zaakobject of ander datumkenmerk.',
    ztc005: 'Einddatum bekend kan niet bij afleidingswijze afgehandeld of termijn.',
    ztc006: 'Kies het objecttype bij deze afleidingswijze.',
    ztc006niet: 'Een objecttype hoort alleen bij afleidingswijze zaakobject of ander datumkenmerk.',
    ztc007: 'Vul de registratie in bij afleidingswijze ander datumkenmerk.',
    ztc007niet: 'Een registratie hoort alleen bij afleidingswijze ander datumkenmerk.',
    ztc008: 'Vul de procestermijn in bij afleidingswijze termijn.',
    ztc008niet: 'Een procestermijn hoort alleen bij afleidingswijze termijn.',
    rulesResultaattype: (o: string) => `De regels noemen resultaattype ‘${o}’, maar dat heeft dit zaaktype niet.`,
  },
  en: {
    required: 'Fill this in.',
    tooLong: (max: number) => `This may be at most ${max} characters long.`,
    identificatie: 'Use only letters, digits, dots, hyphens and underscores (at most 50), without spaces.',
    duration: 'Enter a period as an ISO 8601 duration, for example P8W (8 weeks), P2D (2 days) or P1Y (1 year).',
    date: 'Enter a date as YYYY-MM-DD, for example 2026-01-01.',
    url: 'Enter a full URL starting with https://.',
    choice: (values: readonly string[]) => `Choose one of: ${values.join(', ')}.`,
    verlengingstermijn: 'Enter the extension period when extension is possible.',
    geenVerlenging: 'An extension period is only allowed when extension is possible.',
    volgnummer: (max: number) => `Enter a sequence number from 1 to ${max}.`,
    volgnummerDubbel: 'This sequence number is used more than once.',
    dubbel: 'This name is used more than once.',
    onbekendeEigenschap: (naam: string) => `This case type has no property ‘${naam}’.`,
    onbekendStatustype: 'There is no status type with this sequence number.',
    onbekendBesluittype: (o: string) => `‘${o}’ is not one of the decision types of this case type.`,
    onbekendInformatieobjecttype: (o: string) => `‘${o}’ is not one of the document types of this case type.`,
    lengte: 'Enter the length as a number, for example 8 or 5,2.',
    kardinaliteit: 'Enter the cardinality as a number or N (unlimited).',
    ztc004: 'Enter the date attribute for this derivation.',
    ztc004niet: 'A date attribute only goes with derivation eigenschap, zaakobject or ander datumkenmerk.',
    ztc005: 'End date known is not possible with derivation afgehandeld or termijn.',
    ztc006: 'Choose the object type for this derivation.',
    ztc006niet: 'An object type only goes with derivation zaakobject or ander datumkenmerk.',
    ztc007: 'Enter the registration for derivation ander datumkenmerk.',
    ztc007niet: 'A registration only goes with derivation ander datumkenmerk.',
    ztc008: 'Enter the process period for derivation termijn.',
    ztc008niet: 'A process period only goes with derivation termijn.',
    rulesResultaattype: (o: string) => `The rules name result type ‘${o}’, but this case type does not have it.`,
  },
};

class Checker {
  readonly problems: InvalidParam[] = [];
  constructor(readonly m: (typeof messages)['nl']) {}

  add(name: string, code: string, reason: string): void {
    if (!this.problems.some((p) => p.name === name)) this.problems.push({ name, code, reason });
  }

  text(name: string, value: unknown, max: number, required = true): void {
    if (typeof value !== 'string' || (required && !value.trim())) {
      if (required || (value !== undefined && value !== null && typeof value !== 'string')) this.add(name, 'required', this.m.required);
      return;
    }
    if (value.length > max) this.add(name, 'max_length', this.m.tooLong(max));
  }

  duration(name: string, value: unknown, required = false): void {
    if (value === null || value === undefined || value === '') {
      if (required) this.add(name, 'required', this.m.required);
      return;
    }
    if (!isDuration(value)) this.add(name, 'invalid-duration', this.m.duration);
  }

  date(name: string, value: unknown, required = true): void {
    if (value === null || value === undefined || value === '') {
      if (required) this.add(name, 'required', this.m.required);
      return;
    }
    if (!isIsoDate(value)) this.add(name, 'invalid-date', this.m.date);
  }

  url(name: string, value: unknown, required = false): void {
    if (value === null || value === undefined || value === '') {
      if (required) this.add(name, 'required', this.m.required);
      return;
    }
    if (!isUrl(value)) this.add(name, 'invalid-url', this.m.url);
  }

  choice(name: string, value: unknown, values: readonly string[]): void {
    if (typeof value !== 'string' || !values.includes(value)) this.add(name, 'invalid_choice', this.m.choice(values));
  }

  volgnummer(name: string, value: unknown, max: number): boolean {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
      this.add(name, 'invalid-volgnummer', this.m.volgnummer(max));
      return false;
    }
    return true;
  }
}

/** Problems with a whole concept zaaktype (own fields and children); empty when it may be saved. */
export function validateZaaktypeInput(input: ZaaktypeInput, lang: Lang = 'nl'): InvalidParam[] {
  const c = new Checker(messages[lang]);
  const m = messages[lang];
  if (typeof input.identificatie !== 'string' || !input.identificatie.trim()) c.add('identificatie', 'required', m.required);
  else if (!IDENTIFICATIE.test(input.identificatie)) c.add('identificatie', 'invalid', m.identificatie);
  c.text('omschrijving', input.omschrijving, 80);
  c.text('omschrijvingGeneriek', input.omschrijvingGeneriek ?? '', 80, false);
  c.choice('vertrouwelijkheidaanduiding', input.vertrouwelijkheidaanduiding, VERTROUWELIJKHEIDAANDUIDINGEN);
  c.text('doel', input.doel, 5000);
  c.text('aanleiding', input.aanleiding, 5000);
  c.text('toelichting', input.toelichting ?? '', 5000, false);
  c.choice('indicatieInternOfExtern', input.indicatieInternOfExtern, INDICATIES_INTERN_OF_EXTERN);
  c.text('handelingInitiator', input.handelingInitiator, 20);
  c.text('onderwerp', input.onderwerp, 80);
  c.text('handelingBehandelaar', input.handelingBehandelaar, 20);
  c.duration('doorlooptijd', input.doorlooptijd, true);
  c.duration('servicenorm', input.servicenorm);
  if (input.verlengingMogelijk) c.duration('verlengingstermijn', input.verlengingstermijn, true);
  if (input.verlengingMogelijk && !input.verlengingstermijn) c.add('verlengingstermijn', 'required', m.verlengingstermijn);
  if (!input.verlengingMogelijk && input.verlengingstermijn) c.add('verlengingstermijn', 'invalid', m.geenVerlenging);
  (input.trefwoorden ?? []).forEach((t, i) => c.text(`trefwoorden.${i}`, t, 30));
  (input.verantwoordingsrelatie ?? []).forEach((t, i) => c.text(`verantwoordingsrelatie.${i}`, t, 40));
  (input.productenOfDiensten ?? []).forEach((u, i) => c.url(`productenOfDiensten.${i}`, u, true));
  c.url('selectielijstProcestype', input.selectielijstProcestype);
  if (input.referentieproces) {
    c.text('referentieproces.naam', input.referentieproces.naam, 80, false);
    c.url('referentieproces.link', input.referentieproces.link);
  }
  c.text('verantwoordelijke', input.verantwoordelijke ?? '', 50, false);
  c.date('beginGeldigheid', input.beginGeldigheid);
  c.date('versiedatum', input.versiedatum, false);
  (input.besluittypeOmschrijvingen ?? []).forEach((o, i) => c.text(`besluittypen.${i}`, o, 80));
  (input.deelzaaktypen ?? []).forEach((o, i) => c.text(`deelzaaktypen.${i}`, o, 50));

  // Statustypen: unique volgnummers; eigenschappen named must exist.
  const eigenschapNamen = new Set((input.eigenschappen ?? []).map((e) => e.naam));
  const volgnummers = new Set<number>();
  (input.statustypen ?? []).forEach((s, i) => {
    const at = `statustypen.${i}`;
    if (c.volgnummer(`${at}.volgnummer`, s.volgnummer, 9999)) {
      if (volgnummers.has(s.volgnummer)) c.add(`${at}.volgnummer`, 'unique', m.volgnummerDubbel);
      volgnummers.add(s.volgnummer);
    }
    c.text(`${at}.omschrijving`, s.omschrijving, 80);
    c.text(`${at}.omschrijvingGeneriek`, s.omschrijvingGeneriek ?? '', 80, false);
    c.text(`${at}.statustekst`, s.statustekst ?? '', 1000, false);
    c.duration(`${at}.doorlooptijd`, s.doorlooptijd);
    c.text(`${at}.toelichting`, s.toelichting ?? '', 1000, false);
    (s.eigenschappen ?? []).forEach((naam) => {
      if (!eigenschapNamen.has(naam)) c.add(`${at}.eigenschappen`, 'unknown-eigenschap', m.onbekendeEigenschap(naam));
    });
  });

  const besluittypeSet = new Set(input.besluittypeOmschrijvingen ?? []);
  const iotSet = new Set((input.informatieobjecttypen ?? []).map((z) => z.informatieobjecttypeOmschrijving));
  const resultaatNamen = new Set<string>();
  (input.resultaattypen ?? []).forEach((r, i) => {
    const at = `resultaattypen.${i}`;
    c.text(`${at}.omschrijving`, r.omschrijving, 30);
    if (typeof r.omschrijving === 'string' && r.omschrijving.trim()) {
      if (resultaatNamen.has(r.omschrijving)) c.add(`${at}.omschrijving`, 'unique', m.dubbel);
      resultaatNamen.add(r.omschrijving);
    }
    c.url(`${at}.resultaattypeomschrijving`, r.resultaattypeomschrijving, true);
    c.url(`${at}.selectielijstklasse`, r.selectielijstklasse, true);
    c.text(`${at}.toelichting`, r.toelichting ?? '', 5000, false);
    if (r.archiefnominatie !== '') c.choice(`${at}.archiefnominatie`, r.archiefnominatie, ARCHIEFNOMINATIES);
    c.duration(`${at}.archiefactietermijn`, r.archiefactietermijn);
    c.duration(`${at}.procestermijn`, r.procestermijn);
    c.text(`${at}.procesobjectaard`, r.procesobjectaard ?? '', 200, false);
    if (r.brondatumArchiefprocedure) checkBrondatum(c, `${at}.brondatumArchiefprocedure`, r.brondatumArchiefprocedure);
    (r.besluittypen ?? []).forEach((o) => { if (!besluittypeSet.has(o)) c.add(`${at}.besluittypen`, 'unknown-besluittype', m.onbekendBesluittype(o)); });
    (r.informatieobjecttypen ?? []).forEach((o) => { if (!iotSet.has(o)) c.add(`${at}.informatieobjecttypen`, 'unknown-informatieobjecttype', m.onbekendInformatieobjecttype(o)); });
  });

  (input.roltypen ?? []).forEach((r, i) => {
    c.text(`roltypen.${i}.omschrijving`, r.omschrijving, 100);
    c.choice(`roltypen.${i}.omschrijvingGeneriek`, r.omschrijvingGeneriek, ROLTYPE_OMSCHRIJVINGEN_GENERIEK);
  });

  const eigenschapSeen = new Set<string>();
  (input.eigenschappen ?? []).forEach((e, i) => {
    const at = `eigenschappen.${i}`;
    c.text(`${at}.naam`, e.naam, 20);
    if (typeof e.naam === 'string' && e.naam.trim()) {
      if (eigenschapSeen.has(e.naam)) c.add(`${at}.naam`, 'unique', m.dubbel);
      eigenschapSeen.add(e.naam);
    }
    c.text(`${at}.definitie`, e.definitie, 255);
    c.text(`${at}.toelichting`, e.toelichting ?? '', 1000, false);
    const spec = e.specificatie ?? ({} as Partial<typeof e.specificatie>);
    c.choice(`${at}.specificatie.formaat`, spec.formaat, EIGENSCHAP_FORMATEN);
    if (typeof spec.lengte !== 'string' || !/^\d{1,10}(,\d{1,3})?$/.test(spec.lengte)) c.add(`${at}.specificatie.lengte`, 'invalid', m.lengte);
    if (typeof spec.kardinaliteit !== 'string' || !/^(N|\d{1,3})$/.test(spec.kardinaliteit)) c.add(`${at}.specificatie.kardinaliteit`, 'invalid', m.kardinaliteit);
    c.text(`${at}.specificatie.groep`, spec.groep ?? '', 32, false);
    (spec.waardenverzameling ?? []).forEach((w, j) => c.text(`${at}.specificatie.waardenverzameling.${j}`, w, 100));
    if (e.statustypeVolgnummer !== null && e.statustypeVolgnummer !== undefined && !volgnummers.has(e.statustypeVolgnummer)) {
      c.add(`${at}.statustype`, 'unknown-statustype', m.onbekendStatustype);
    }
  });

  const ziotVolgnummers = new Set<number>();
  (input.informatieobjecttypen ?? []).forEach((z, i) => {
    const at = `informatieobjecttypen.${i}`;
    c.text(`${at}.informatieobjecttype`, z.informatieobjecttypeOmschrijving, 100);
    if (c.volgnummer(`${at}.volgnummer`, z.volgnummer, 999)) {
      if (ziotVolgnummers.has(z.volgnummer)) c.add(`${at}.volgnummer`, 'unique', m.volgnummerDubbel);
      ziotVolgnummers.add(z.volgnummer);
    }
    c.choice(`${at}.richting`, z.richting, RICHTINGEN);
    if (z.statustypeVolgnummer !== null && z.statustypeVolgnummer !== undefined && !volgnummers.has(z.statustypeVolgnummer)) {
      c.add(`${at}.statustype`, 'unknown-statustype', m.onbekendStatustype);
    }
  });

  if (input.rules !== undefined && input.rules !== null) {
    const result = validateRuleSet(input.rules, lang);
    if (!result.ok) for (const e of result.errors) c.problems.push({ name: `rules${e.path === '/' ? '' : e.path.replace(/\//g, '.')}`, code: 'invalid-rules', reason: e.message });
    else {
      for (const o of ruleResultaattypen(result.value)) {
        if (!resultaatNamen.has(o)) c.add('rules', 'rules-resultaattype', m.rulesResultaattype(o));
      }
    }
  }
  return c.problems;
}

/** The resultaattype omschrijvingen a rule set names. */
export function ruleResultaattypen(rules: RuleSet): string[] {
  const names = rules.rules.flatMap((r) => (r.then.resultaattype ? [r.then.resultaattype] : []));
  if (rules.otherwise?.resultaattype) names.push(rules.otherwise.resultaattype);
  return [...new Set(names)];
}

/** The fact names a rule set uses in its conditions. */
export function ruleFactsUsed(rules: RuleSet): string[] {
  const used = new Set<string>();
  const walk = (c: Condition) => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else used.add(c.fact);
  };
  rules.rules.forEach((r) => walk(r.when));
  return [...used];
}

/** ztc-003…008: what the brondatumArchiefprocedure needs for its afleidingswijze. */
function checkBrondatum(c: Checker, at: string, b: BrondatumArchiefprocedure): void {
  const m = c.m;
  c.choice(`${at}.afleidingswijze`, b.afleidingswijze, AFLEIDINGSWIJZEN);
  const a = b.afleidingswijze;
  const has = (v: unknown) => v !== null && v !== undefined && v !== '';
  if (['eigenschap', 'zaakobject', 'ander_datumkenmerk'].includes(a)) {
    if (!has(b.datumkenmerk)) c.add(`${at}.datumkenmerk`, 'ztc-004', m.ztc004);
  } else if (has(b.datumkenmerk)) c.add(`${at}.datumkenmerk`, 'ztc-004', m.ztc004niet);
  if (typeof b.datumkenmerk === 'string' && b.datumkenmerk.length > 80) c.add(`${at}.datumkenmerk`, 'max_length', m.tooLong(80));
  if ((a === 'afgehandeld' || a === 'termijn') && b.einddatumBekend) c.add(`${at}.einddatumBekend`, 'ztc-005', m.ztc005);
  if (a === 'zaakobject' || a === 'ander_datumkenmerk') {
    if (!has(b.objecttype)) c.add(`${at}.objecttype`, 'ztc-006', m.ztc006);
    else c.choice(`${at}.objecttype`, b.objecttype, OBJECTTYPEN);
  } else if (has(b.objecttype)) c.add(`${at}.objecttype`, 'ztc-006', m.ztc006niet);
  if (a === 'ander_datumkenmerk') {
    if (!has(b.registratie)) c.add(`${at}.registratie`, 'ztc-007', m.ztc007);
  } else if (has(b.registratie)) c.add(`${at}.registratie`, 'ztc-007', m.ztc007niet);
  if (typeof b.registratie === 'string' && b.registratie.length > 80) c.add(`${at}.registratie`, 'max_length', m.tooLong(80));
  if (a === 'termijn') {
    if (!has(b.procestermijn)) c.add(`${at}.procestermijn`, 'ztc-008', m.ztc008);
    else c.duration(`${at}.procestermijn`, b.procestermijn);
  } else if (has(b.procestermijn)) c.add(`${at}.procestermijn`, 'ztc-008', m.ztc008niet);
}

export function validateInformatieobjecttypeInput(input: InformatieobjecttypeInput, lang: Lang = 'nl'): InvalidParam[] {
  const c = new Checker(messages[lang]);
  c.text('omschrijving', input.omschrijving, 80);
  c.choice('vertrouwelijkheidaanduiding', input.vertrouwelijkheidaanduiding, VERTROUWELIJKHEIDAANDUIDINGEN);
  c.text('informatieobjectcategorie', input.informatieobjectcategorie, 80);
  (input.trefwoord ?? []).forEach((t, i) => c.text(`trefwoord.${i}`, t, 30));
  c.date('beginGeldigheid', input.beginGeldigheid);
  return c.problems;
}

export function validateBesluittypeInput(input: BesluittypeInput, lang: Lang = 'nl'): InvalidParam[] {
  const c = new Checker(messages[lang]);
  c.text('omschrijving', input.omschrijving, 80);
  c.text('omschrijvingGeneriek', input.omschrijvingGeneriek ?? '', 80, false);
  c.text('besluitcategorie', input.besluitcategorie ?? '', 40, false);
  c.duration('reactietermijn', input.reactietermijn);
  c.duration('publicatietermijn', input.publicatietermijn);
  (input.informatieobjecttypen ?? []).forEach((o, i) => c.text(`informatieobjecttypen.${i}`, o, 80));
  c.date('beginGeldigheid', input.beginGeldigheid);
  return c.problems;
}
