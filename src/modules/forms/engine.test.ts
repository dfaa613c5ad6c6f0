import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LookupResult } from '../addresses/index.js';
import { bijzondereBijstand, evenementenvergunning, kapvergunning, meldingOpenbareRuimte, meldingVoorgenomenHuwelijk, parkeervergunning, verhuizingDoorgeven } from './demo/forms.js';
import { computeAll, effective, eigenschappenOf, emptyDraft, firstIncompleteStep, readStep, summarize, type DraftData, type StepEnv } from './engine.js';
import { evaluate, type Value } from './expressions.js';

const FEES = { permit: [6000, 12000] as [number, number], event: [4500, 18500, 9500] as [number, number, number] };

describe('the expression language', () => {
  const answers: Record<string, Value> = {
    aantal: 2, leeg: null, kleur: 'rood', kleuren: ['rood', 'blauw'], ja: true,
    adres: { straat: 'Dijkstraat', zones: ['centrum'] }, leden: [{ inkomen: 1000 }, { inkomen: 2550 }, {}],
  };
  const ctx = { answer: (k: string) => answers[k] ?? null, computed: (k: string) => (k === 'vast' ? 500 : null) };
  const cases: [string, unknown, Value][] = [
    ['an answer', { answer: 'kleur' }, 'rood'],
    ['a part of an address', { answer: 'adres.zones' }, ['centrum']],
    ['an unknown answer is null', { answer: 'onbekend' }, null],
    ['answered', { answered: 'kleur' }, true],
    ['not answered', { answered: 'leeg' }, false],
    ['eq with a number', { eq: [{ answer: 'aantal' }, 2] }, true],
    ['ne', { ne: [{ answer: 'kleur' }, 'groen'] }, true],
    ['gt with null is false', { gt: [{ answer: 'leeg' }, 0] }, false],
    ['lte', { lte: [{ answer: 'aantal' }, 2] }, true],
    ['dates compare as text', { lt: ['2026-01-31', '2026-02-01'] }, true],
    ['and / or / not', { and: [{ or: [false, { answer: 'ja' }] }, { not: { answer: 'leeg' } }] }, true],
    ['in a list', { in: [{ answer: 'kleur' }, ['groen', 'rood']] }, true],
    ['includes a chosen checkbox', { includes: [{ answer: 'kleuren' }, 'blauw'] }, true],
    ['includes a zone', { includes: [{ answer: 'adres.zones' }, 'stationsgebied'] }, false],
    ['count of a list', { count: { answer: 'kleuren' } }, 2],
    ['count of nothing', { count: { answer: 'leeg' } }, 0],
    ['sum of a group part (money in cents)', { sum: [{ answer: 'leden' }, 'inkomen'] }, 3550],
    ['arithmetic, null counts as 0', { add: [{ mul: [{ answer: 'aantal' }, 1500] }, { answer: 'leeg' }, { computed: 'vast' }] }, 3500],
    ['division by zero gives 0', { div: [10, 0] }, 0],
    ['round', { round: { mul: [6000, 0.25] } }, 1500],
    ['min / max', { max: [{ min: [3, 1, 2] }, 0] }, 1],
    ['if', { if: [{ eq: [{ answer: 'kleur' }, 'rood'] }, 'warm', 'koud'] }, 'warm'],
    ['concat', { concat: ['kleur: ', { answer: 'kleur' }] }, 'kleur: rood'],
  ];
  for (const [name, expression, expected] of cases) it(name, () => assert.deepEqual(evaluate(expression as never, ctx), expected));

  it('never runs code: an unknown operator is an error, not a function call', () => {
    assert.throws(() => evaluate({ constructor: 'x' } as never, ctx), /onbekende operator/);
    assert.throws(() => evaluate({ toString: [] } as never, ctx), /onbekende operator/);
    assert.throws(() => evaluate(JSON.parse('{"__proto__": {"eq": [1, 1]}}') as never, ctx), /onbekende operator/);
  });
});

/** A step read from typed inputs, with a fake BAG. */
function env(addresses: Record<string, LookupResult> = {}): StepEnv {
  return {
    lang: 'nl', municipality: 'Dijkwaard', today: '2026-03-15',
    lookupAddress: async (postcode, huisnummer) => addresses[`${postcode}|${huisnummer}`] ?? { status: 'not-found' },
  };
}

describe('conditional logic and computed values of the demo forms', () => {
  it('computes the parking permit fee from the household count and the duration', () => {
    const def = parkeervergunning(FEES);
    const fee = (aantalVergunningen: number, duur: string) => computeAll(def, { aantalVergunningen, duur }).leges;
    assert.equal(fee(0, 'jaar'), 6000);
    assert.equal(fee(1, 'jaar'), 12000);
    assert.equal(fee(0, 'kwartaal'), 1500);
    assert.equal(fee(1, 'kwartaal'), 3000);
  });

  it('refuses a third permit and an address outside the permit areas (step checks)', async () => {
    const def = parkeervergunning(FEES);
    const step = def.steps.find((s) => s.id === 'vergunning')!;
    const result = await readStep(def, step, { aantalVergunningen: '2', 'ingangsdatum.dag': '1', 'ingangsdatum.maand': '4', 'ingangsdatum.jaar': '2026', duur: 'jaar' }, emptyDraft(), {}, {}, env());
    assert.deepEqual(result.errors, [{ field: 'f-aantalVergunningen', message: 'Uw huishouden heeft al 2 vergunningen. Meer dan 2 kan niet.' }]);
    const addressStep = def.steps[0]!;
    const data = emptyDraft();
    data.prefill = { naam: 'Jan Jansen', adres: { straat: 'Lindelaan', huisnummer: 40, postcode: '4203GH', woonplaats: 'Dijkwaard', zones: [] } as unknown as Value };
    const outside = await readStep(def, addressStep, {}, data, {}, {}, env());
    assert.deepEqual(outside.errors.map((e) => e.field), ['f-adres']);
    data.prefill.adres = { straat: 'Dijkstraat', huisnummer: 14, postcode: '4201AB', woonplaats: 'Dijkwaard', zones: ['centrum'] } as unknown as Value;
    assert.deepEqual((await readStep(def, addressStep, {}, data, {}, {}, env())).errors, []);
  });

  it('asks for the employer’s statement only when the car is not in the applicant’s name', async () => {
    const def = parkeervergunning(FEES);
    const step = def.steps.find((s) => s.id === 'auto')!;
    const own = await readStep(def, step, { kenteken: 'ab-123-c', opEigenNaam: 'ja', eigenParkeerplaats: 'nee' }, emptyDraft(), {}, {}, env());
    assert.deepEqual(own.errors, []);
    assert.deepEqual(own.values, { kenteken: 'AB-123-C', opEigenNaam: true, eigenParkeerplaats: false });
    const lease = await readStep(def, step, { kenteken: 'AB-123-C', opEigenNaam: 'nee', eigenParkeerplaats: 'nee' }, emptyDraft(), {}, {}, env());
    assert.deepEqual(lease.errors, [{ field: 'f-verklaring', message: 'Voeg de verklaring toe' }]);
    const bad = await readStep(def, step, { kenteken: 'AB12', opEigenNaam: '', eigenParkeerplaats: 'nee' }, emptyDraft(), {}, {}, env());
    assert.deepEqual(bad.errors.map((e) => e.message), ['Vul een kenteken in zoals AB-123-C', 'Kies of de auto op uw naam staat']);
  });

  it('shows the address step or the description step, depending on the answer before', () => {
    const def = meldingOpenbareRuimte();
    const data: DraftData = emptyDraft();
    data.answers = { categorie: 'verlichting', omschrijving: 'Lamp kapot', heeftAdres: true };
    data.completed = ['wat', 'waar'];
    assert.deepEqual(effective(def, data, {}).visibleSteps.map((s) => s.id), ['wat', 'waar', 'adres', 'foto', 'contact']);
    assert.equal(firstIncompleteStep(def, data, {})?.id, 'adres');
    data.answers.heeftAdres = false;
    assert.deepEqual(effective(def, data, {}).visibleSteps.map((s) => s.id), ['wat', 'waar', 'plek', 'foto', 'contact']);
    assert.equal(firstIncompleteStep(def, data, {})?.id, 'plek');
  });

  it('requires the e-mail address only when updates are wanted (required-if)', async () => {
    const def = meldingOpenbareRuimte();
    const step = def.steps.find((s) => s.id === 'contact')!;
    assert.deepEqual((await readStep(def, step, { updates: 'nee' }, emptyDraft(), {}, {}, env())).errors, []);
    assert.deepEqual((await readStep(def, step, { updates: 'ja' }, emptyDraft(), {}, {}, env())).errors, [{ field: 'f-email', message: 'Vul uw e-mailadres in' }]);
  });

  it('reads a repeating group, drops empty items and names the item of an error', async () => {
    const def = bijzondereBijstand();
    const step = def.steps.find((s) => s.id === 'huishouden')!;
    const data = emptyDraft();
    data.prefill = { partner: [], kinderen: [] };
    data.groupItems = { huisgenoten: 3 };
    const result = await readStep(def, step, {
      'huisgenoten.0.naam': 'Oma Jansen', 'huisgenoten.0.geboortedatum.dag': '1', 'huisgenoten.0.geboortedatum.maand': '2', 'huisgenoten.0.geboortedatum.jaar': '1950', 'huisgenoten.0.relatie': 'ouder',
      'huisgenoten.1.naam': 'Kamerhuurder', 'huisgenoten.1.geboortedatum.dag': '31', 'huisgenoten.1.geboortedatum.maand': '2', 'huisgenoten.1.geboortedatum.jaar': '2000', 'huisgenoten.1.relatie': 'huurder',
    }, data, {}, {}, env());
    assert.deepEqual(result.errors, [{ field: 'f-huisgenoten-1-geboortedatum-dag', message: 'Huisgenoot 2: De geboortedatum moet een bestaande datum zijn' }]);
  });

  it('counts the household from the BRP and the housemates, and makes eigenschappen as ZGW wants them', () => {
    const def = bijzondereBijstand();
    const data = emptyDraft();
    data.prefill = { naam: 'Suzanne Moulin', partner: [{ naam: 'Thomas Jan de Wit' }], kinderen: [{ naam: 'Lotte' }, { naam: 'Daan' }] };
    data.answers = {
      huisgenoten: [{ naam: 'Oma', geboortedatum: '1950-02-01', relatie: 'ouder' }], soortKosten: 'witgoed', bedrag: 49950, inkomen: 185000,
      woonlasten: 72500, spaargeld: false, iban: 'NL91ABNA0417164300', toestemming: true, telefoon: '+31612345678',
    };
    assert.equal(effective(def, data, {}).computed.aantalPersonen, 5);
    const eigenschappen = eigenschappenOf(def, data, {});
    assert.equal(eigenschappen.aantalPersonen, '5');
    assert.equal(eigenschappen.bedrag, '499.50');
    assert.equal(eigenschappen.kostensoort, 'witgoed');
    // Personal and financial details stay in the (confidential) application, never in eigenschappen.
    for (const personal of ['iban', 'huisgenoten', 'aanvrager', 'adres', 'inkomen', 'woonlasten', 'spaargeld']) assert.equal(eigenschappen[personal], undefined, personal);
  });

  it('computes the event fee and category, and summarises dates and money for people', () => {
    const def = evenementenvergunning(FEES);
    assert.deepEqual(computeAll(def, { bezoekers: 300, openbareWeg: false }), { categorie: 'A-evenement', leges: 4500 });
    assert.deepEqual(computeAll(def, { bezoekers: 2500, openbareWeg: true }), { categorie: 'B-evenement', leges: 28000 });
    const data = emptyDraft();
    data.answers = { startdatum: '2026-06-12', bezoekers: 2500, openbareWeg: true };
    const { sections, computed } = summarize(def, data, {}, 'nl');
    const evenement = sections.find((s) => s.stepId === 'evenement')!;
    assert.deepEqual(evenement.rows.find((r) => r.key === 'startdatum')?.lines, ['12 juni 2026']);
    assert.deepEqual(computed.map((c) => `${c.label}: ${c.lines.join('').replace(/\s/g, ' ')}`), ['Soort vergunning: B-evenement', 'Kosten (leges): € 280,00']);
    assert.equal(eigenschappenOf(def, data, {}).evenementdatum, '20260612');
  });

  it('reporting a move: asks who moves along only when the BRP knows a partner or children, and counts the people who move', () => {
    const def = verhuizingDoorgeven();
    const data = emptyDraft();
    data.prefill = { naam: 'Suzanne Moulin', partner: [], kinderen: [] };
    data.answers = { woonsituatie: 'huurder' };
    const alone = effective(def, data, {});
    assert.deepEqual(alone.visibleSteps.map((s) => s.id), ['huidig-adres', 'nieuw-adres', 'woning', 'huishouden', 'contact'], 'no partner or children: no question who moves along, no consent letter');
    assert.equal(alone.computed.aantalPersonen, 1);

    data.prefill = { naam: 'Suzanne Moulin', partner: [{ naam: 'Thomas Jan de Wit' }], kinderen: [{ naam: 'Lotte' }, { naam: 'Daan' }, { naam: 'Sem' }] };
    data.answers = { woonsituatie: 'inwonend', partnerVerhuistMee: true, kinderenVerhuizenMee: 'alle', verhuisdatum: '2026-04-01' };
    const family = effective(def, data, {});
    assert.deepEqual(family.visibleSteps.map((s) => s.id), ['huidig-adres', 'nieuw-adres', 'woning', 'toestemming', 'huishouden', 'meeverhuizers', 'contact']);
    assert.equal(family.computed.aantalPersonen, 5);
    data.answers = { ...data.answers, partnerVerhuistMee: false, kinderenVerhuizenMee: 'sommige', kinderenMee: [{ naam: 'Lotte', geboortedatum: '2015-05-01' }] };
    assert.ok(effective(def, data, {}).visibleSteps.some((s) => s.id === 'welke-kinderen'));
    const eigenschappen = eigenschappenOf(def, data, {});
    assert.equal(eigenschappen.aantalPersonen, '2');
    assert.equal(eigenschappen.verhuisdatum, '20260401');
    assert.equal(eigenschappen.woonsituatie, 'inwonend');
  });

  it('reporting a move: refuses the address where the person already lives', async () => {
    const def = verhuizingDoorgeven();
    const step = def.steps.find((s) => s.id === 'nieuw-adres')!;
    const address = { id: '9901200000000014', straat: 'Dijkstraat', huisnummer: 14, postcode: '4201AB', woonplaats: 'Dijkwaard', gemeente: { code: '9901', naam: 'Dijkwaard' }, zones: [] };
    const lookup = env({ '4201AB|14': { status: 'found', address }, '4201AB|16': { status: 'found', address: { ...address, id: '9901200000000016', huisnummer: 16 } } });
    const data = emptyDraft();
    data.prefill = { huidigAdres: address as unknown as Value };
    const raw = (huisnummer: string) => ({ 'nieuwAdres.postcode': '4201AB', 'nieuwAdres.huisnummer': huisnummer, 'nieuwAdres.gezien': `4201AB|${huisnummer}|`, 'verhuisdatum.dag': '20', 'verhuisdatum.maand': '3', 'verhuisdatum.jaar': '2026' });
    const same = await readStep(def, step, raw('14'), data, {}, { huidigAdres: address as unknown as Value }, lookup);
    assert.deepEqual(same.errors, [{ field: 'f-nieuwAdres-postcode', message: 'Dit is het adres waar u nu al woont. Vul het adres in waar u gaat wonen' }]);
    const other = await readStep(def, step, raw('16'), data, {}, { huidigAdres: address as unknown as Value }, lookup);
    assert.deepEqual(other.errors, []);
  });

  it('the felling permit asks for the owner’s consent only when the applicant does not own the land, and has the local fee', () => {
    const dijkwaard = kapvergunning({ kap: 7800, kapDrempel: 80, kapUitzondering: { nl: 'Op de dijk altijd.', en: 'On the dike always.' } });
    const data = emptyDraft();
    data.answers = { eigenaarGrond: true, aantalBomen: 2, stamomtrek: 95, reden: 'ziek', herplant: true };
    const owner = effective(dijkwaard, data, {});
    assert.ok(!owner.visibleSteps.some((s) => s.id === 'toestemming'));
    assert.equal(owner.computed.leges, 7800);
    data.answers = { ...data.answers, eigenaarGrond: false };
    assert.ok(effective(dijkwaard, data, {}).visibleSteps.some((s) => s.id === 'toestemming'));
    assert.deepEqual(eigenschappenOf(dijkwaard, data, {}), { eigenaarGrond: 'nee', aantalBomen: '2', stamomtrek: '95', redenKap: 'ziek', herplant: 'ja', leges: '78.00' });
    assert.match(dijkwaard.summary.nl, /80 centimeter/);
  });

  it('the notice of marriage wants 2 to 4 witnesses and computes the ceremony fee', () => {
    const def = meldingVoorgenomenHuwelijk({ huwelijk: [39500, 59500], gratisTrouwen: { nl: 'Op maandag.', en: 'On Mondays.' } });
    assert.equal(computeAll(def, { ceremonie: 'gratis' }).leges, 0);
    assert.equal(computeAll(def, { ceremonie: 'doordeweeks' }).leges, 39500);
    assert.equal(computeAll(def, { ceremonie: 'vrijdag-zaterdag' }).leges, 59500);
    const getuigen = def.steps.find((s) => s.id === 'getuigen')!.fields[0]!;
    assert.deepEqual([getuigen.type, 'minItems' in getuigen && getuigen.minItems, 'maxItems' in getuigen && getuigen.maxItems], ['group', 2, 4]);
    const data = emptyDraft();
    data.answers = { soortVerbintenis: 'partnerschap', gewensteDatum: '2026-06-12', ceremonie: 'doordeweeks', getuigen: [{ naam: 'Anna' }, { naam: 'Bram' }, { naam: 'Cor' }], partnerNaam: 'Sam de Vries', email: 'sam@example.nl' };
    assert.deepEqual(eigenschappenOf(def, data, {}), { soortVerbintenis: 'partnerschap', gewensteDatum: '20260612', ceremonie: 'doordeweeks', aantalGetuigen: '3', leges: '395.00' });
  });

  it('finds the address of a postcode and house number, and wants to show it before going on', async () => {
    const def = evenementenvergunning(FEES);
    const step = def.steps.find((s) => s.id === 'locatie')!;
    const found: LookupResult = { status: 'found', address: { id: '9901200000000014', straat: 'Dijkstraat', huisnummer: 14, postcode: '4201AB', woonplaats: 'Dijkwaard', gemeente: { code: '9901', naam: 'Dijkwaard' }, zones: ['centrum'] } };
    const lookup = env({ '4201 ab|14': found, '3941KL|31': { status: 'found', address: { ...found.address, woonplaats: 'Heuvelrode', gemeente: { code: '9902', naam: 'Heuvelrode' } } } });
    const first = await readStep(def, step, { 'locatie.postcode': '4201 ab', 'locatie.huisnummer': '14', openbareWeg: 'nee' }, emptyDraft(), {}, {}, lookup);
    assert.equal(first.confirmAddress, true, 'not yet shown: confirm first');
    const seen = await readStep(def, step, { 'locatie.postcode': '4201 ab', 'locatie.huisnummer': '14', 'locatie.gezien': '4201AB|14|', openbareWeg: 'nee' }, emptyDraft(), {}, {}, lookup);
    assert.equal(seen.confirmAddress, false);
    assert.equal((seen.values.locatie as { straat: string }).straat, 'Dijkstraat');
    const elsewhere = await readStep(def, step, { 'locatie.postcode': '3941KL', 'locatie.huisnummer': '31', openbareWeg: 'nee' }, emptyDraft(), {}, {}, lookup);
    assert.deepEqual(elsewhere.errors, [{ field: 'f-locatie-postcode', message: 'Dit adres ligt niet in de gemeente Dijkwaard' }]);
    const unknown = await readStep(def, step, { 'locatie.postcode': '4201AB', 'locatie.huisnummer': '999', openbareWeg: 'nee' }, emptyDraft(), {}, {}, lookup);
    assert.deepEqual(unknown.errors.map((e) => e.field), ['f-locatie-postcode']);
  });
});
