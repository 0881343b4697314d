import { expect } from '@open-wc/testing';
import { formatDate, formatYear } from '../../src/i18n/format.js';

// Runs in browsers at UTC+14 and UTC−11 as well: a store-local date is shown as that day everywhere.
describe('store-local dates in any browser time zone', () => {
  it('show the same calendar day', () => {
    expect(formatDate('2026-12-31', 'en-US')).to.equal('Dec 31, 2026');
    expect(formatDate('2027-01-01', 'en-US')).to.equal('Jan 1, 2027');
    expect(formatDate('2028-02-29', 'en-US')).to.equal('Feb 29, 2028');
  });

  it('write a year as that year whatever the browser zone (no 31 December shifted into the next)', () => {
    expect(formatYear(2027, 'en-US')).to.equal('2027');
  });
});
