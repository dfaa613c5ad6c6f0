import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBsn, parseDate, parseEmail, parseIban, parseMoney, parseNumber, parsePhone, parsePostcode, resolveDateBound, type Parsed } from './values.js';

/** A table of inputs and what a resident should get: the value, or the error code. */
function table<T>(name: string, parse: (input: string) => Parsed<T> | undefined, rows: [string, T | string][]) {
  describe(name, () => {
    for (const [input, expected] of rows) {
      it(`"${input}" → ${JSON.stringify(expected)}`, () => {
        const result = parse(input);
        assert.ok(result, 'an answer');
        if (typeof expected === 'string' && expected.startsWith('!')) {
          assert.equal(result.ok, false, `refused: ${JSON.stringify(result)}`);
          if (!result.ok) assert.equal(result.error, expected.slice(1));
        } else {
          assert.deepEqual(result, { ok: true, value: expected });
        }
      });
    }
  });
}

table('BSN (11-check)', parseBsn, [
  ['999993653', '999993653'],
  ['999 99 36 53', '999993653'],
  ['9999.93.653', '999993653'],
  ['123456782', '123456782'],
  ['123456789', '!bsn'], // fails the 11-check
  ['99999365', '!bsn'], // 8 digits
  ['9999936530', '!bsn'],
  ['000000000', '!bsn'],
  ['abcdefghi', '!bsn'],
]);

table('IBAN (mod-97 and length per country)', parseIban, [
  ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
  ['nl91 abna 0417 1643 00', 'NL91ABNA0417164300'],
  ['NL91-ABNA-0417-1643-00', 'NL91ABNA0417164300'],
  ['DE89370400440532013000', 'DE89370400440532013000'],
  ['BE68539007547034', 'BE68539007547034'],
  ['NL92ABNA0417164300', '!iban'], // wrong check digits
  ['NL91ABNA041716430', '!iban'], // too short for NL
  ['NL91ABNA04171643001', '!iban'], // too long for NL
  ['XX91ABNA0417164300', '!iban'], // unknown country
  ['0417164300', '!iban'],
]);

table('postcode', parsePostcode, [
  ['4201AB', '4201AB'], ['4201 ab', '4201AB'], ['1000 AA', '1000AA'],
  ['0123AB', '!postcode'], ['4201', '!postcode'], ['4201 SS', '!postcode'], ['4201 SA', '!postcode'], ['ABCD12', '!postcode'],
]);

table('Dutch phone number', parsePhone, [
  ['0612345678', '+31612345678'],
  ['06-12345678', '+31612345678'],
  ['06 12 34 56 78', '+31612345678'],
  ['+31 6 12345678', '+31612345678'],
  ['+31 (0)6 12345678', '+31612345678'],
  ['0031612345678', '+31612345678'],
  ['010-1234567', '+31101234567'],
  ['(010) 123 45 67', '+31101234567'],
  ['0800-1234', '08001234'],
  ['0900 1234567', '09001234567'],
  ['061234567', '!phone'], // 9 digits
  ['06123456789', '!phone'], // 11 digits
  ['+32 470 12 34 56', '!phone'], // not Dutch
  ['1234567890', '!phone'],
  ['bel me', '!phone'],
]);

table('e-mail address', parseEmail, [
  ['naam@voorbeeld.nl', 'naam@voorbeeld.nl'],
  [' Jan.Jansen@Dijkwaard.Example.NL ', 'Jan.Jansen@dijkwaard.example.nl'],
  ['naam@voorbeeld', '!email'], ['naam voorbeeld.nl', '!email'], ['naam@@voorbeeld.nl', '!email'], ['naam@voorbeeld..nl', '!email'], ['@voorbeeld.nl', '!email'],
]);

table('money in euros, kept as cents', (s) => parseMoney(s, { max: 100000 }), [
  ['12', 1200],
  ['12,50', 1250],
  ['12,5', 1250],
  ['12.50', 1250],
  ['€ 12,50', 1250],
  ['€12', 1200],
  ['1.234,56', 123456],
  ['1.234', 123400], // a point before three digits separates thousands
  ['12,-', 1200],
  ['0,01', 1],
  ['12,345', '!moneyDecimals'],
  ['-5', '!min'],
  ['100000,01', '!max'],
  ['twaalf', '!money'],
  ['1,2,3', '!money'],
]);

table('whole numbers and decimals', (s) => parseNumber(s, { decimals: 0, min: 0, max: 9 }), [
  ['0', 0], ['2', 2], [' 3 ', 3], ['2,5', '!numberWhole'], ['10', '!max'], ['-1', '!min'], ['twee', '!number'],
]);
table('numbers with a decimal comma', (s) => parseNumber(s, { decimals: 2 }), [['2,5', 2.5], ['2.25', 2.25], ['2,255', '!numberDecimals']]);

describe('dates from three boxes (GOV.UK pattern)', () => {
  const today = '2026-03-15';
  const date = (dag: string, maand: string, jaar: string, bounds: { min?: string; max?: string } = {}) => parseDate({ dag, maand, jaar }, { ...bounds, today });
  it('reads a real date, with or without leading zeros', () => {
    assert.deepEqual(date('27', '3', '2007'), { ok: true, value: '2007-03-27' });
    assert.deepEqual(date('07', '03', '2007'), { ok: true, value: '2007-03-07' });
    assert.deepEqual(date('29', '2', '2024'), { ok: true, value: '2024-02-29' }, 'a leap day');
  });
  it('refuses dates that do not exist: 31-02, 29-02 outside leap years, month 13, day 0', () => {
    assert.deepEqual(date('31', '2', '2026'), { ok: false, error: 'dateReal', part: 'dag' });
    assert.deepEqual(date('29', '2', '2025'), { ok: false, error: 'dateReal', part: 'dag' });
    assert.deepEqual(date('31', '4', '2026'), { ok: false, error: 'dateReal', part: 'dag' });
    assert.deepEqual(date('1', '13', '2026'), { ok: false, error: 'dateReal', part: 'maand' });
    assert.deepEqual(date('0', '1', '2026'), { ok: false, error: 'dateReal', part: 'dag' });
    assert.deepEqual(date('a', '1', '2026'), { ok: false, error: 'dateReal', part: 'dag' });
  });
  it('names the missing parts and points at the first', () => {
    assert.deepEqual(date('', '3', '2007'), { ok: false, error: 'dateMissing', params: { parts: 'dag' }, part: 'dag' });
    assert.deepEqual(date('27', '', ''), { ok: false, error: 'dateMissing', params: { parts: 'maand,jaar' }, part: 'maand' });
    assert.equal(date('', '', ''), undefined, 'all empty is no answer');
  });
  it('wants a year of four digits', () => {
    assert.deepEqual(date('27', '3', '07'), { ok: false, error: 'dateYear', part: 'jaar' });
  });
  it('checks bounds relative to today', () => {
    assert.equal(resolveDateBound('today+14', today), '2026-03-29');
    assert.equal(resolveDateBound('today-365', today), '2025-03-15');
    assert.deepEqual(date('14', '3', '2026', { min: 'today' }), { ok: false, error: 'dateMin', params: { date: '2026-03-15', today: 1 }, part: 'dag' });
    assert.deepEqual(date('15', '3', '2026', { min: 'today' }), { ok: true, value: '2026-03-15' });
    assert.deepEqual(date('16', '3', '2026', { max: 'today' }), { ok: false, error: 'dateMax', params: { date: '2026-03-15', today: 1 }, part: 'dag' });
    assert.deepEqual(date('1', '5', '2026', { min: 'today+56' }), { ok: false, error: 'dateMin', params: { date: '2026-05-10', today: 0 }, part: 'dag' });
  });
});
