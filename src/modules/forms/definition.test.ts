import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_PROFILES, demoZaaktypen } from '../catalogi/demo/zaaktypen.js';
import type { FormDefinition } from './definition.js';
import { demoForms } from './demo/forms.js';
import { parseDefinitionJson, validateDefinition, type DefinitionProblem } from './validate-definition.js';

/** A small valid definition to break in one place at a time. */
function base(): FormDefinition {
  return structuredClone({
    id: 'proef', version: 1, title: { nl: 'Proef', en: 'Test' }, summary: { nl: 'Een proef.', en: 'A test.' }, zaaktype: 'PROEF',
    access: { anonymous: true }, nextSteps: { nl: 'Niets.', en: 'Nothing.' },
    steps: [
      { id: 'een', title: { nl: 'Een', en: 'One' }, fields: [{ key: 'kleur', type: 'choice', display: 'radio', label: { nl: 'Kleur', en: 'Colour' }, options: [{ value: 'rood', label: { nl: 'Rood', en: 'Red' } }] }] },
      { id: 'twee', title: { nl: 'Twee', en: 'Two' }, fields: [{ key: 'aantal', type: 'number', label: { nl: 'Aantal', en: 'Number' } }] },
    ],
  } satisfies FormDefinition) as FormDefinition;
}

const messages = (problems: DefinitionProblem[]) => problems.map((p) => `${p.path}: ${p.nl}`);

describe('form definitions against the schema', () => {
  for (const slug of ['dijkwaard', 'heuvelrode']) {
    for (const def of demoForms(slug)) {
      it(`the demo form ${def.id} of ${slug} is valid`, () => assert.deepEqual(messages(validateDefinition(def)), []));
    }
  }

  it('every demo form has the zaaktype identificatie the case types use', () => {
    const expected = ['PARKEERVERGUNNING-BEWONERS', 'MELDING-OPENBARE-RUIMTE', 'BIJZONDERE-BIJSTAND', 'EVENEMENTENVERGUNNING', 'VERHUIZING-DOORGEVEN', 'KAPVERGUNNING', 'HUWELIJK-MELDING'];
    assert.deepEqual(demoForms('dijkwaard').map((d) => d.zaaktype), expected);
    assert.deepEqual(demoForms('heuvelrode').map((d) => d.zaaktype), expected);
    for (const slug of ['dijkwaard', 'heuvelrode']) {
      const zaaktypen = new Set(demoZaaktypen(DEMO_PROFILES[slug]!, (product) => product).map((z) => z.input.identificatie));
      assert.deepEqual(expected.filter((z) => !zaaktypen.has(z)), [], `${slug} has a zaaktype for every demo form`);
    }
  });

  it('the forms for a move, a felling permit and a marriage fill only eigenschappen their zaaktype has, and never contact details', () => {
    for (const slug of ['dijkwaard', 'heuvelrode']) {
      const zaaktypen = demoZaaktypen(DEMO_PROFILES[slug]!, (product) => product);
      for (const def of demoForms(slug).filter((d) => ['verhuizing-doorgeven', 'kapvergunning', 'melding-voorgenomen-huwelijk'].includes(d.id))) {
        const eigenschappen = zaaktypen.find((z) => z.input.identificatie === def.zaaktype)!.input.eigenschappen ?? [];
        const used = [...def.steps.flatMap((s) => s.fields).map((f) => ('eigenschap' in f ? f.eigenschap : undefined)), ...(def.computed ?? []).map((c) => c.eigenschap)]
          .filter((e): e is string => !!e);
        assert.ok(used.length >= 3, `${def.id} fills eigenschappen`);
        assert.deepEqual(used.filter((naam) => !eigenschappen.some((e) => e.naam === naam)), [], `${slug} ${def.id}: eigenschappen the zaaktype lacks`);
        assert.deepEqual(used.filter((naam) => /mail|telefoon/i.test(naam)), [], `${def.id}: contact details are no eigenschap`);
      }
    }
  });

  it('names what is missing, with its JSON path', () => {
    const def = base() as unknown as Record<string, unknown>;
    delete def.title;
    delete def.nextSteps;
    assert.deepEqual(messages(validateDefinition(def)), [
      '/title: ‘title’ ontbreekt; dit is verplicht.',
      '/nextSteps: ‘nextSteps’ ontbreekt; dit is verplicht.',
    ]);
  });

  it('explains a wrong field type, an unknown property and a property of another field type', () => {
    const def = base();
    (def.steps[0]!.fields[0] as unknown as Record<string, unknown>).type = 'kleurkiezer';
    (def.steps[1]!.fields[0] as unknown as Record<string, unknown>).lable = { nl: 'x', en: 'x' };
    (def.steps[1]!.fields[0] as unknown as Record<string, unknown>).accept = ['pdf'];
    const problems = messages(validateDefinition(def));
    assert.ok(problems.some((p) => p.startsWith('/steps/0/fields/0/type: Moet een van deze waarden zijn: text, textarea, number')), problems.join('\n'));
    assert.ok(problems.includes('/steps/1/fields/0/lable: ‘lable’ kan niet bij dit soort veld. Controleer de spelling of het type.'), problems.join('\n'));
    assert.ok(problems.includes('/steps/1/fields/0/accept: ‘accept’ kan niet bij dit soort veld. Controleer de spelling of het type.'), problems.join('\n'));
  });

  it('explains keys, slugs and date bounds in words, and wants both languages', () => {
    const def = base();
    def.id = 'Mijn Formulier';
    def.steps[1]!.fields[0]!.key = '2e-vraag';
    def.steps[1]!.fields.push({ key: 'wanneer', type: 'date', min: 'morgen', label: { nl: 'Wanneer', en: '' } });
    const problems = messages(validateDefinition(def));
    assert.ok(problems.includes('/id: Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld parkeervergunning-aanvragen.'), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('/steps/1/fields/0/key: Begin met een kleine letter')), problems.join('\n'));
    assert.ok(problems.includes('/steps/1/fields/1/min: Schrijf today, today+14, today-365 of een datum als 2026-01-31.'), problems.join('\n'));
    assert.ok(problems.includes('/steps/1/fields/1/label/en: Mag niet leeg zijn.'), problems.join('\n'));
  });

  it('checks expressions: an unknown operator, two operators, a wrong number of arguments', () => {
    const def = base();
    def.steps[1]!.visibleIf = { antwoord: 'kleur' };
    def.steps[1]!.fields[0]!.visibleIf = { eq: [{ answer: 'kleur' }], and: [] } as never;
    const problems = messages(validateDefinition(def));
    assert.ok(problems.some((p) => p.startsWith('/steps/1/visibleIf: ‘antwoord’ is geen operator. Kies uit: answer')), problems.join('\n'));
    assert.ok(problems.includes('/steps/1/fields/0/visibleIf: Een expressie heeft precies één operator. Combineer er meer met and of or.'), problems.join('\n'));
    assert.ok(problems.includes('/steps/1/fields/0/visibleIf/eq: Moet minstens 2 onderdelen hebben.'), problems.join('\n'));
  });

  it('finds duplicate keys and step ids, and eigenschappen filled twice', () => {
    const def = base();
    def.steps[1]!.id = 'een';
    def.steps[1]!.fields.push({ key: 'kleur', type: 'text', label: { nl: 'Nog een kleur', en: 'Another colour' } });
    (def.steps[0]!.fields[0] as { eigenschap?: string }).eigenschap = 'kleur';
    (def.steps[1]!.fields[0] as { eigenschap?: string }).eigenschap = 'kleur';
    assert.deepEqual(messages(validateDefinition(def)), [
      '/steps/1/id: Er is al een stap met id ‘een’. Elke stap heeft een eigen id.',
      '/steps/1/fields/1/key: Er is al een veld met sleutel ‘kleur’. Elke sleutel komt één keer voor.',
      '/steps/1/fields/0/eigenschap: De eigenschap ‘kleur’ wordt al gevuld door /steps/0/fields/0/eigenschap. Elke eigenschap krijgt één antwoord.',
    ]);
  });

  it('finds references to questions that do not exist, to later steps, and to computed values not yet made', () => {
    const def = base();
    def.steps[0]!.visibleIf = { answer: 'aantal' };
    def.steps[1]!.checks = [{ when: { gt: [{ answer: 'bestaatNiet' }, 1] }, field: 'kleur', message: { nl: 'x', en: 'x' } }];
    def.computed = [
      { key: 'eerste', type: 'number', label: { nl: 'Eerste', en: 'First' }, expression: { computed: 'tweede' } },
      { key: 'tweede', type: 'number', label: { nl: 'Tweede', en: 'Second' }, expression: { add: [{ answer: 'aantal' }, 1] } },
    ];
    assert.deepEqual(messages(validateDefinition(def)), [
      '/steps/0/visibleIf: De expressie gebruikt ‘aantal’ uit een latere stap. Dat antwoord is er op dit moment nog niet.',
      '/steps/1/checks/0/when: De expressie gebruikt het antwoord ‘bestaatNiet’, maar er is geen vraag met die sleutel.',
      '/steps/1/checks/0/field: ‘kleur’ is geen veld van deze stap. Een controle gaat over een veld op dezelfde pagina.',
      '/computed/0/expression: De berekende waarde ‘tweede’ kan hier nog niet gebruikt worden: zet hem eerder in de lijst ‘computed’.',
    ]);
  });

  it('checks prefill against the field type and the login, and refuses patterns that can hang the server', () => {
    const def = base();
    def.access = { eherkenning: 'EH2' };
    def.steps[1]!.fields.push({ key: 'adres', type: 'text', prefill: 'brp.adres', label: { nl: 'Adres', en: 'Address' } });
    def.steps[1]!.fields.push({ key: 'code', type: 'text', pattern: '(a+)+b', label: { nl: 'Code', en: 'Code' } });
    def.steps[1]!.fields.push({ key: 'akkoord', type: 'consent', optional: true, label: { nl: 'Akkoord', en: 'Agreed' } });
    assert.deepEqual(messages(validateDefinition(def)), [
      '/steps/1/fields/1/prefill: Vooraf invullen met brp.adres kan alleen bij een veld van type address.',
      '/steps/1/fields/1/prefill: Gegevens uit de BRP zijn er alleen als iemand met DigiD inlogt. Zet een niveau bij access.digid.',
      '/steps/1/fields/2/pattern: Dit patroon kan de server lang laten rekenen (een herhaling binnen een herhaling). Schrijf het eenvoudiger.',
      '/steps/1/fields/3/optional: Een verklaring moet altijd worden aangevinkt; zij kan niet optioneel zijn.',
    ]);
  });

  it('says where JSON is broken, by line and column', () => {
    const { problem } = parseDefinitionJson('{\n  "id": "proef",\n  "title": {\n}}}');
    assert.equal(problem?.path, '');
    assert.match(problem!.nl, /^Dit is geen geldige JSON op regel 4, kolom 3\. Let op komma's/);
    assert.match(problem!.en, /at line 4, column 3/);
    assert.deepEqual(parseDefinitionJson('{"a": 1}'), { value: { a: 1 } });
  });
});
