import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidBsn, meetsLevel } from './identity.js';

describe('identity rules', () => {
  it('accepts BSNs that pass the 11-check and refuses the rest', () => {
    for (const good of ['999993653', '999990019', '999991772', '111222333']) assert.equal(isValidBsn(good), true, good);
    for (const bad of ['999993654', '12345678', '1234567890', 'abcdefghi', '000000000', '']) assert.equal(isValidBsn(bad), false, bad);
  });

  it('compares assurance levels', () => {
    const resident = { kind: 'resident' as const, bsn: '999993653', level: 'midden' as const, method: 'digid' as const };
    assert.equal(meetsLevel(resident, 'basis'), true);
    assert.equal(meetsLevel(resident, 'midden'), true);
    assert.equal(meetsLevel(resident, 'substantieel'), false);
    assert.equal(meetsLevel(resident, 'EH3'), false, 'a DigiD login never meets an eHerkenning level');
    assert.equal(meetsLevel({ kind: 'business', kvk: '69599084', level: 'EH3' }, 'EH2'), true);
  });
});
