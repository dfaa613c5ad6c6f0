import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { grofvuilRules, parkeervergunningRules } from './demo/parkeren-rules.js';
import { evaluateRules, explain, parseRuleSetText, validateRuleSet, type Outcome, type RuleSet } from './rules.js';

const parkeren = parkeervergunningRules(['Centrum', 'Haven'], 2);

interface Case {
  name: string;
  rules?: RuleSet;
  facts: Record<string, unknown>;
  decision: Outcome;
  decidedBy: string | null;
  basis?: string;
  /** Applicant sentences, in Dutch, exactly. */
  nl?: string[];
  missing?: string[];
}

const OK = { vergunningszone: 'Centrum', aantalVergunningen: 1, eigenParkeerplaats: false, autoOpEigenNaam: true };

const cases: Case[] = [
  {
    name: 'grant: in a zone, below the maximum, no own parking place, own car',
    facts: OK, decision: 'toekennen', decidedBy: 'toekennen', basis: 'rule',
    nl: ['Uw adres ligt in vergunningszone Centrum.', 'Op uw adres zijn 1 van de 2 vergunningen in gebruik.', 'U heeft geen eigen parkeerplaats, garage of oprit.', 'De auto staat op uw naam.', 'Daarom krijgt u de vergunning.'],
  },
  {
    name: 'grant: zone names match regardless of case, numbers may come as text from a form',
    facts: { ...OK, vergunningszone: 'haven', aantalVergunningen: '0', eigenParkeerplaats: 'nee', autoOpEigenNaam: 'ja' }, decision: 'toekennen', decidedBy: 'toekennen',
  },
  {
    name: 'refuse with reason: address outside every permit zone',
    facts: { ...OK, vergunningszone: 'Buitengebied' }, decision: 'afwijzen', decidedBy: 'buiten-vergunningszone', basis: 'rule',
    nl: ['Uw adres ligt niet in een vergunningszone.', 'Daarom kunt u geen parkeervergunning voor bewoners krijgen.'],
  },
  {
    name: 'refuse with reason: the maximum is reached',
    facts: { ...OK, aantalVergunningen: 2 }, decision: 'afwijzen', decidedBy: 'maximum-bereikt',
    nl: ['Op uw adres zijn al 2 vergunningen in gebruik. Het maximum is 2.', 'Daarom kunt u geen nieuwe parkeervergunning krijgen.'],
  },
  {
    name: 'refuse with reason: own parking place',
    facts: { ...OK, eigenParkeerplaats: true }, decision: 'afwijzen', decidedBy: 'eigen-parkeerplaats',
  },
  {
    name: 'a rule that says handmatig: lease car',
    facts: { ...OK, autoOpEigenNaam: false }, decision: 'handmatig', decidedBy: 'lease-of-zakelijk', basis: 'rule',
    nl: ['De auto staat niet op uw naam.', 'Een medewerker controleert de verklaring van uw werkgever of leasemaatschappij.'],
  },
  {
    name: 'missing fact → handmatig, never a refusal: the zone is unknown',
    facts: { ...OK, vergunningszone: undefined }, decision: 'handmatig', decidedBy: 'buiten-vergunningszone', basis: 'unknown',
    nl: ['We konden de vergunningszone van uw adres niet vaststellen.', 'Daarom beoordeelt een medewerker uw aanvraag.'], missing: ['vergunningszone'],
  },
  {
    name: 'missing fact → handmatig: the number of permits is empty text',
    facts: { ...OK, aantalVergunningen: '  ' }, decision: 'handmatig', decidedBy: 'maximum-bereikt', basis: 'unknown', missing: ['aantalVergunningen'],
  },
  {
    name: 'unclear fact → handmatig: a number that is not a number',
    facts: { ...OK, aantalVergunningen: 'twee' }, decision: 'handmatig', decidedBy: 'maximum-bereikt', basis: 'unknown', missing: ['aantalVergunningen'],
  },
  {
    name: 'unclear fact → handmatig: a yes/no that is neither',
    facts: { ...OK, eigenParkeerplaats: 'misschien' }, decision: 'handmatig', decidedBy: 'eigen-parkeerplaats', missing: ['eigenParkeerplaats'],
  },
  {
    name: 'a clear refusal before the missing fact still refuses (it does not rest on the missing fact)',
    facts: { vergunningszone: 'Buitengebied' }, decision: 'afwijzen', decidedBy: 'buiten-vergunningszone',
  },
  {
    name: 'no facts at all → handmatig',
    facts: {}, decision: 'handmatig', decidedBy: 'buiten-vergunningszone', basis: 'unknown',
  },
  {
    name: 'grofvuil, all: both conditions hold → grant',
    rules: grofvuilRules(4), facts: { aanmeldingenDitJaar: 1, aantalStukken: 6 }, decision: 'toekennen', decidedBy: 'gratis-ophalen',
    nl: ['U heeft dit jaar 1 van de 4 gratis ophaalbeurten gebruikt.', 'U meldt 6 stukken aan. Dat mag.', 'Daarom halen we uw grofvuil gratis op.'],
  },
  {
    name: 'grofvuil, all: one condition fails → otherwise (handmatig with its reason)',
    rules: grofvuilRules(4), facts: { aanmeldingenDitJaar: 4, aantalStukken: 6 }, decision: 'handmatig', decidedBy: null, basis: 'otherwise',
    nl: ['Een medewerker neemt contact met u op over de kosten of een andere oplossing.'],
  },
  {
    name: 'grofvuil, all: one false and one missing is false, not unknown (Kleene)',
    rules: grofvuilRules(4), facts: { aanmeldingenDitJaar: 5 }, decision: 'handmatig', decidedBy: null, basis: 'otherwise',
  },
  {
    name: 'grofvuil, all: one true and one missing is unknown → handmatig for the missing fact',
    rules: grofvuilRules(4), facts: { aanmeldingenDitJaar: 0 }, decision: 'handmatig', decidedBy: 'gratis-ophalen', basis: 'unknown',
    nl: ['We konden het aantal stukken grofvuil niet vaststellen.', 'Daarom beoordeelt een medewerker uw aanvraag.'], missing: ['aantalStukken'],
  },
  {
    name: 'any: one true branch decides even when the other is missing',
    rules: anyRules(), facts: { leeftijd: 70 }, decision: 'toekennen', decidedBy: 'korting',
    nl: ['U bent 70 jaar.', 'Daarom krijgt u korting.'],
  },
  {
    name: 'any: both false → otherwise',
    rules: anyRules(), facts: { leeftijd: 40, stadspas: false }, decision: 'handmatig', decidedBy: null, basis: 'otherwise',
  },
  {
    name: 'any: one false and one missing → unknown → handmatig',
    rules: anyRules(), facts: { leeftijd: 40 }, decision: 'handmatig', decidedBy: 'korting', basis: 'unknown', missing: ['stadspas'],
  },
  {
    name: 'a refusal on `exists: false` (i.e. on missing data) becomes handmatig',
    rules: existsRules(), facts: {}, decision: 'handmatig', decidedBy: 'geen-inkomen-bekend', basis: 'refusal-needs-facts',
    nl: ['We konden uw inkomen niet vaststellen.', 'Daarom beoordeelt een medewerker uw aanvraag.'], missing: ['inkomen'],
  },
  {
    name: 'exists: a known fact passes the exists test and dates compare as dates',
    rules: existsRules(), facts: { inkomen: 1200, aanvraagdatum: '2026-03-01' }, decision: 'toekennen', decidedBy: 'op-tijd',
    nl: ['U vroeg het aan op 1 maart 2026.', 'Daarom wordt uw aanvraag toegekend.'],
  },
  {
    name: 'dates: too late is refused with the date in words',
    rules: existsRules(), facts: { inkomen: 1200, aanvraagdatum: new Date('2026-07-02T10:00:00Z') }, decision: 'afwijzen', decidedBy: 'te-laat',
    nl: ['U vroeg het aan op 2 juli 2026. Dat is na 1 juli 2026.', 'U heeft de aanvraag te laat ingediend.'],
  },
  {
    name: 'no rules → handmatig',
    rules: null as unknown as RuleSet, facts: OK, decision: 'handmatig', decidedBy: null, basis: 'no-rules',
    nl: ['Een medewerker beoordeelt uw aanvraag.'],
  },
];

function anyRules(): RuleSet {
  return {
    version: 1,
    facts: {
      leeftijd: { type: 'number', label: { nl: 'uw leeftijd', en: 'your age' } },
      stadspas: { type: 'boolean', label: { nl: 'of u een stadspas heeft', en: 'whether you have a city pass' } },
    },
    rules: [{
      id: 'korting', description: { nl: 'Korting voor 65-plussers of stadspashouders.', en: 'Discount for over-65s or city pass holders.' },
      when: { any: [
        { fact: 'leeftijd', op: '>=', value: 65, explain: { true: { nl: 'U bent {value} jaar.', en: 'You are {value} years old.' } } },
        { fact: 'stadspas', op: 'equals', value: true, explain: { true: { nl: 'U heeft een stadspas.', en: 'You have a city pass.' } } },
      ] },
      then: { outcome: 'toekennen', reason: { nl: 'Daarom krijgt u korting.', en: 'That is why you get a discount.' } },
    }],
  };
}

function existsRules(): RuleSet {
  return {
    version: 1,
    facts: {
      inkomen: { type: 'number', label: { nl: 'uw inkomen', en: 'your income' } },
      aanvraagdatum: { type: 'date', label: { nl: 'de datum van uw aanvraag', en: 'the date of your application' } },
    },
    rules: [
      {
        id: 'geen-inkomen-bekend', description: { nl: 'Afwijzen zonder bekend inkomen (mag niet automatisch).', en: 'Refuse without known income (not allowed automatically).' },
        when: { fact: 'inkomen', op: 'exists', value: false },
        then: { outcome: 'afwijzen', reason: { nl: 'U heeft geen inkomen opgegeven.', en: 'You gave no income.' } },
      },
      {
        id: 'te-laat', description: { nl: 'Afwijzen na 1 juli.', en: 'Refuse after 1 July.' },
        when: { fact: 'aanvraagdatum', op: '>', value: '2026-07-01', explain: { true: { nl: 'U vroeg het aan op {value}. Dat is na {expected}.', en: 'You applied on {value}. That is after {expected}.' } } },
        then: { outcome: 'afwijzen', reason: { nl: 'U heeft de aanvraag te laat ingediend.', en: 'You applied too late.' } },
      },
      {
        id: 'op-tijd', description: { nl: 'Toekennen als het inkomen bekend is en de aanvraag op tijd.', en: 'Grant when income is known and the application in time.' },
        when: { all: [{ fact: 'inkomen', op: 'exists' }, { fact: 'aanvraagdatum', op: '<=', value: '2026-07-01', explain: { true: { nl: 'U vroeg het aan op {value}.', en: 'You applied on {value}.' } } }] },
        then: { outcome: 'toekennen' },
      },
    ],
  };
}

describe('automation rules: evaluation table', () => {
  for (const c of cases) {
    it(c.name, () => {
      const rules = c.rules === undefined ? parkeren : c.rules;
      const evaluation = evaluateRules(rules, c.facts);
      assert.equal(evaluation.decision, c.decision);
      assert.equal(evaluation.decidedBy, c.decidedBy);
      if (c.basis) assert.equal(evaluation.basis, c.basis);
      if (c.missing) assert.deepEqual(evaluation.missingFacts.map((f) => f.fact), c.missing);
      if (c.nl) assert.deepEqual(explain(evaluation, 'nl').applicant, c.nl);
      // Never an automatic refusal when a fact it rests on is missing or unclear.
      if (evaluation.decision === 'afwijzen') {
        const decisive = evaluation.trace.find((t) => t.decisive)!;
        assert.equal(decisive.result, 'true');
      }
    });
  }
});

describe('automation rules: the trace', () => {
  it('records for every rule the inputs with their values, each condition’s result, and which rule decided', () => {
    const evaluation = evaluateRules(parkeren, OK, new Date('2026-02-01T12:00:00Z'));
    assert.equal(evaluation.evaluatedAt, '2026-02-01T12:00:00.000Z');
    assert.deepEqual(evaluation.trace.map((t) => [t.ruleId, t.result, t.decisive, t.reached]), [
      ['buiten-vergunningszone', 'false', false, true],
      ['maximum-bereikt', 'false', false, true],
      ['eigen-parkeerplaats', 'false', false, true],
      ['lease-of-zakelijk', 'false', false, true],
      ['toekennen', 'true', true, true],
    ]);
    const grant = evaluation.trace[4]!;
    assert.deepEqual(grant.inputs.map((f) => [f.fact, f.value, f.status]), [
      ['vergunningszone', 'Centrum', 'present'], ['aantalVergunningen', 1, 'present'], ['eigenParkeerplaats', false, 'present'], ['autoOpEigenNaam', true, 'present'],
    ]);
    assert.equal(grant.condition.kind, 'all');
    assert.deepEqual(grant.condition.kind === 'all' ? grant.condition.conditions.map((c) => c.result) : [], ['true', 'true', 'true', 'true']);
    assert.equal(evaluation.resultaattype, 'Toegekend');
  });

  it('still evaluates the rules after the deciding one, marked as not reached', () => {
    const evaluation = evaluateRules(parkeren, { ...OK, vergunningszone: 'Buitengebied' });
    assert.deepEqual(evaluation.trace.map((t) => t.reached), [true, false, false, false, false]);
    assert.equal(evaluation.trace[4]!.result, 'false');
  });

  it('explains to staff: decision, basis, and every rule with the values it looked at (Dutch and English)', () => {
    const evaluation = evaluateRules(parkeren, { ...OK, vergunningszone: undefined });
    const nl = explain(evaluation, 'nl').staff;
    assert.equal(nl[0], 'Uitkomst: handmatig beoordelen.');
    assert.match(nl[1]!, /Regel ‘buiten-vergunningszone’ kon niet worden beoordeeld/);
    assert.match(nl[2]!, /Ontbrekend of onduidelijk: de vergunningszone van uw adres \(vergunningszone\)/);
    assert.ok(nl.some((l) => l.includes('de vergunningszone van uw adres (vergunningszone = onbekend (ontbreekt)) is geen van Centrum of Haven: weten we niet')), nl.join('\n'));
    assert.ok(nl.some((l) => l.includes('het aantal parkeervergunningen op uw adres (aantalVergunningen = 1) is minstens 2: klopt niet')));
    const en = explain(evaluation, 'en');
    assert.deepEqual(en.applicant, ['We could not determine the permit zone of your address.', 'That is why an employee will assess your application.']);
    assert.equal(en.staff[0], 'Outcome: assess by hand.');
  });

  it('evaluates invalid rules as handmatig instead of throwing', () => {
    const broken = { version: 1, facts: {}, rules: [] } as unknown as RuleSet;
    const evaluation = evaluateRules(broken, OK);
    assert.equal(evaluation.decision, 'handmatig');
    assert.equal(evaluation.basis, 'no-rules');
  });
});

describe('automation rules: validation with the JSON schema', () => {
  it('accepts the demo rule sets', () => {
    assert.equal(validateRuleSet(parkeren).ok, true);
    assert.equal(validateRuleSet(parkeervergunningRules(['Dorpskern'], 1)).ok, true);
    assert.equal(validateRuleSet(grofvuilRules(2)).ok, true);
  });

  it('names the place and the problem in Dutch', () => {
    const text = JSON.stringify({
      version: 1,
      facts: { zone: { type: 'string', label: { nl: 'de zone', en: 'the zone' } } },
      rules: [
        { id: 'weiger', description: { nl: 'x', en: 'x' }, when: { fact: 'zone', op: 'equals', value: 'A' }, then: { outcome: 'afwijzen' } },
        { id: 'Fout Id', description: { nl: 'x', en: 'x' }, when: { fact: 'zone', op: 'bevat', value: 'A' }, then: { outcome: 'toekennen' } },
      ],
      otherwise: { outcome: 'afwijzen' },
    });
    const result = parseRuleSetText(text);
    assert.equal(result.ok, false);
    const messages = result.ok ? [] : result.errors.map((e) => `${e.path} ${e.message}`);
    assert.ok(messages.includes('/rules/0/then Regel 1 (weiger), then: ‘reason’ ontbreekt'), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('/rules/1/id Regel 2 (Fout Id), id: heeft niet de juiste vorm')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('/rules/1/when/op Regel 2 (Fout Id), when.op: moet een van deze waarden zijn: equals, notEquals, in')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('/otherwise/outcome otherwise.outcome: moet een van deze waarden zijn: handmatig, toekennen')), messages.join('\n'));
  });

  it('checks what the schema cannot: declared facts, values of the fact’s type, unique ids', () => {
    const rules: RuleSet = {
      version: 1,
      facts: { aantal: { type: 'number', label: { nl: 'het aantal', en: 'the number' } }, naam: { type: 'string', label: { nl: 'de naam', en: 'the name' } } },
      rules: [
        { id: 'a', description: { nl: 'x', en: 'x' }, when: { fact: 'onbekend', op: 'exists' }, then: { outcome: 'handmatig' } },
        { id: 'a', description: { nl: 'x', en: 'x' }, when: { all: [{ fact: 'aantal', op: '<', value: 'drie' }, { fact: 'naam', op: '>', value: 'x' }] }, then: { outcome: 'toekennen' } },
      ],
    };
    const result = validateRuleSet(rules);
    assert.equal(result.ok, false);
    assert.deepEqual(result.ok ? [] : result.errors.map((e) => e.path), ['/rules/0/when/fact', '/rules/1/id', '/rules/1/when/all/0/value', '/rules/1/when/all/1/op']);
    assert.match(result.ok ? '' : result.errors[0]!.message, /het gegeven ‘onbekend’ staat niet bij facts \(bekend: aantal, naam\)/);
  });

  it('reports text that is not JSON, and treats empty text as no rules', () => {
    const bad = parseRuleSetText('{ "version": 1, ');
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.errors[0]!.message, /^De tekst is geen geldige JSON/);
    assert.deepEqual(parseRuleSetText('   '), { ok: true, value: null });
  });
});
