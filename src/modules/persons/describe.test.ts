import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describePerson } from './describe.js';
import { testPerson } from './test-persons.js';

const TODAY = new Date('2026-11-23T12:00:00Z');
const fact = (d: ReturnType<typeof describePerson>, key: string) => d.facts.find((f) => f.key === key);

describe('describePerson: a BRP person in plain language', () => {
  it('shows name, birth, address, family and nationality, each with the BRP as source (Dutch)', () => {
    const d = describePerson(testPerson('999993653', TODAY)!, 'nl');
    assert.equal(d.name, 'Suzanne Moulin');
    assert.deepEqual(fact(d, 'birth')?.values, ['12 maart 1986 in Utrecht']);
    assert.deepEqual(fact(d, 'address')?.values, ['Dijkstraat 14, 4201 AB Dijkwaard']);
    assert.deepEqual(fact(d, 'partner'), {
      key: 'partner', label: 'Echtgenoot of echtgenote', values: ['Thomas Jan de Wit, getrouwd op 15 juni 2012 in Dijkwaard'],
      source: 'Basisregistratie Personen (BRP)',
    });
    assert.deepEqual(fact(d, 'children')?.values, ['Lotte de Wit, geboren op 20 april 2015', 'Daan de Wit, geboren op 8 november 2018']);
    assert.deepEqual(fact(d, 'nationality')?.values, ['Nederlandse']);
    assert.ok(d.facts.every((f) => f.source === 'Basisregistratie Personen (BRP)' && f.values.length > 0));
    assert.deepEqual(d.notices, []);
  });

  it('speaks English too, and formats house letters, additions and foreign birthplaces', () => {
    const fatima = describePerson(testPerson('999991772', TODAY)!, 'en');
    assert.deepEqual(fact(fatima, 'birth')?.values, ['14 July 1990 in Dijkwaard']);
    assert.deepEqual(fact(fatima, 'address')?.values, ['Molenweg 3A, 4202 CD Dijkwaard']);
    assert.deepEqual(fact(fatima, 'nationality')?.values, ['Dutch', 'Moroccan']);
    assert.equal(fact(fatima, 'children')?.label, 'Children');
    assert.equal(fact(fatima, 'name')?.source, 'Personal Records Database (BRP)');
    const omar = describePerson(testPerson('999993252', TODAY)!, 'en');
    assert.deepEqual(fact(omar, 'birth')?.values, ['15 January 1991 in Aleppo, Syria']);
    assert.deepEqual(fact(omar, 'address')?.values, ['Julianastraat 5 bis, 3941 MN Heuvelrode']);
    assert.match(fact(omar, 'residencePermit')!.values[0]!, /asiel bepaalde tijd.*valid up to and including 1 March 2027/);
    const sanne = describePerson(testPerson('999995078', TODAY)!, 'nl');
    assert.equal(sanne.name, 'Sanne Maria van der Berg');
    assert.deepEqual(fact(sanne, 'address')?.values, ['Havenkade 27-2, 4201 EF Dijkwaard']);
    assert.deepEqual(fact(sanne, 'addressSince')?.values, ['2 november 2026']);
  });

  it('tells about confidentiality, registered partners, widowhood and death', () => {
    assert.equal(describePerson(testPerson('999992855', TODAY)!, 'nl').notices.length, 1);
    assert.match(describePerson(testPerson('999992855', TODAY)!, 'en').notices[0]!, /confidential/);
    assert.equal(fact(describePerson(testPerson('999990019', TODAY)!, 'en'), 'partner')?.label, 'Registered partner');
    const jan = describePerson(testPerson('999992077', TODAY)!, 'nl');
    assert.equal(fact(jan, 'partner')?.label, 'Voormalig echtgenoot of echtgenote');
    assert.match(fact(jan, 'partner')!.values[0]!, /beëindigd op 10 februari 2023/);
    const grietje = describePerson(testPerson('999992028', TODAY)!, 'nl');
    assert.deepEqual(fact(grietje, 'death')?.values, ['10 februari 2023 in Dijkwaard']);
    assert.equal(grietje.notices.length, 1);
  });

  it('shows only what the BRP returned', () => {
    const d = describePerson({ naam: { voornamen: 'Eva', geslachtsnaam: 'Hendriks' } }, 'nl');
    assert.deepEqual(d.facts.map((f) => f.key), ['name']);
    assert.equal(d.name, 'Eva Hendriks');
  });
});
