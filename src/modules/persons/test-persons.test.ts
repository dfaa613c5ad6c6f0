import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidBsn } from '../../platform/auth/identity.js';
import { testResidents } from '../idp/test-identities.js';
import { formatName } from './describe.js';
import { testPersonNotes, testPersonsOn } from './test-persons.js';

const TODAY = new Date('2026-11-23T12:00:00Z');

describe('test persons of the embedded BRP', () => {
  const persons = testPersonsOn(TODAY);

  it('has at least 12 persons, every BSN valid and in the 9999xxxxx test range', () => {
    assert.ok(persons.size >= 12, `only ${persons.size}`);
    for (const bsn of persons.keys()) {
      assert.ok(isValidBsn(bsn), `${bsn} fails the 11-check`);
      assert.match(bsn, /^9999\d{5}$/);
    }
    assert.equal(testPersonNotes.length, persons.size);
  });

  it('knows every resident of the test identity provider, under the same name', () => {
    for (const resident of testResidents) {
      const person = persons.get(resident.bsn);
      assert.ok(person, `${resident.name} (${resident.bsn}) is missing`);
      const name = formatName(person.naam);
      const [first] = resident.name.split(' ');
      assert.ok(name.startsWith(first!) && name.endsWith(resident.name.split(' ').at(-1)!), `${name} ≠ ${resident.name}`);
    }
  });

  it('records partners and parent/child relations on both sides', () => {
    for (const [bsn, person] of persons) {
      for (const partner of person.partners ?? []) {
        const other = persons.get(partner.burgerservicenummer!);
        assert.ok(other, `partner ${partner.burgerservicenummer} of ${bsn} is not a test person`);
        assert.ok(other.partners?.some((p) => p.burgerservicenummer === bsn), `${partner.burgerservicenummer} does not list ${bsn} as partner`);
        assert.equal(partner.soortVerbintenis?.code, other.partners!.find((p) => p.burgerservicenummer === bsn)!.soortVerbintenis?.code);
        assert.equal(formatName(partner.naam), formatName(other.naam));
      }
      for (const kind of person.kinderen ?? []) {
        const child = persons.get(kind.burgerservicenummer!);
        assert.ok(child?.ouders?.some((o) => o.burgerservicenummer === bsn), `${kind.burgerservicenummer} does not list ${bsn} as parent`);
        assert.deepEqual(kind.geboorte, child!.geboorte);
      }
      for (const ouder of person.ouders ?? []) {
        const parent = persons.get(ouder.burgerservicenummer!);
        assert.ok(parent?.kinderen?.some((k) => k.burgerservicenummer === bsn), `${ouder.burgerservicenummer} does not list ${bsn} as child`);
      }
    }
  });

  it('has the households and situations the demos need', () => {
    const at = (bsn: string) => persons.get(bsn)!;
    // Married couple with two minors at one address in Dijkwaard, joint parental authority.
    const suzanne = at('999993653');
    assert.equal(suzanne.partners?.[0]?.soortVerbintenis?.code, 'H');
    assert.equal(suzanne.kinderen?.length, 2);
    const addresses = new Set([suzanne, at('999990408'), ...suzanne.kinderen!.map((k) => at(k.burgerservicenummer!))]
      .map((p) => p.verblijfplaats?.type === 'Adres' ? p.verblijfplaats.nummeraanduidingIdentificatie : undefined));
    assert.equal(addresses.size, 1);
    assert.equal(suzanne.gemeenteVanInschrijving?.omschrijving, 'Dijkwaard');
    for (const kind of suzanne.kinderen!) {
      const child = at(kind.burgerservicenummer!);
      assert.ok(child.leeftijd! < 18);
      assert.equal(child.gezag?.[0]?.type, 'GezamenlijkOuderlijkGezag');
    }
    // Single parent with sole authority.
    const fatima = at('999991772');
    assert.equal(fatima.kinderen?.length, 1);
    assert.equal(fatima.partners, undefined);
    assert.equal(at(fatima.kinderen![0]!.burgerservicenummer!).gezag?.[0]?.type, 'EenhoofdigOuderlijkGezag');
    // Recently moved, with a name prefix.
    const sanne = at('999995078');
    assert.equal(sanne.naam?.voorvoegsel, 'van der');
    assert.ok(sanne.verblijfplaats?.datumVan?.type === 'Datum' && sanne.verblijfplaats.datumVan.datum > '2026-10-01');
    // Deceased, and her widower sees the marriage ended on that day.
    const grietje = at('999992028');
    assert.equal(grietje.overlijden?.datum?.type, 'Datum');
    assert.equal(grietje.opschortingBijhouding?.reden?.code, 'O');
    assert.equal(grietje.leeftijd, undefined);
    assert.deepEqual(at('999992077').partners?.[0]?.ontbindingHuwelijkPartnerschap?.datum, grietje.overlijden?.datum);
    assert.ok(at('999992077').leeftijd! >= 80, 'an elderly person');
    // Non-Dutch nationalities; the Syrian has a residence permit.
    assert.equal(at('999992430').nationaliteiten?.[0]?.nationaliteit?.omschrijving, 'Belgische');
    assert.equal(at('999993252').nationaliteiten?.[0]?.nationaliteit?.code, '0336');
    assert.equal(at('999993252').verblijfstitel?.aanduiding?.code, '26');
    // Secret data, and someone in Heuvelrode.
    assert.equal(at('999992855').geheimhoudingPersoonsgegevens, true);
    assert.equal(at('999990019').gemeenteVanInschrijving?.omschrijving, 'Heuvelrode');
  });
});
