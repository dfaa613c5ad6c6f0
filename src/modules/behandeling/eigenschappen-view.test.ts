/** How the case page shows a zaak's eigenschappen: readable names, dates and numbers, not storage formats. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eigenschapLabel, eigenschapText } from './views.js';

describe('eigenschappen on the case page', () => {
  it('shows names as labels and datum/getal values as people write them, in Dutch and English', () => {
    assert.equal(eigenschapLabel('aantalBezoekers'), 'Aantal bezoekers');
    assert.equal(eigenschapLabel('kenteken'), 'Kenteken');
    assert.equal(eigenschapText('20270115', 'datum', 'nl'), '15 jan 2027');
    assert.equal(eigenschapText('20270115', 'datum', 'en'), '15 Jan 2027');
    assert.equal(eigenschapText('1234.50', 'getal', 'nl'), '1.234,50');
    assert.equal(eigenschapText('1234.50', 'getal', 'en'), '1,234.50');
    assert.equal(eigenschapText('350', 'getal', 'nl'), '350');
    assert.equal(eigenschapText('AB-123-C', 'tekst', 'nl'), 'AB-123-C');
    // A value that does not fit its format is shown as it is, never hidden.
    assert.equal(eigenschapText('binnenkort', 'datum', 'nl'), 'binnenkort');
  });
});
