import { expect } from '@open-wc/testing';
import { backoffDelay, parseRetryAfter, retryAfterLimitMs } from '../../src/data/index.js';

describe('backoffDelay', () => {
  it('doubles the step with each attempt', () => {
    expect([1, 2, 3].map((attempt) => backoffDelay(attempt, 500, () => 1))).to.deep.equal([500, 1000, 2000]);
  });

  it('always waits at least half the step, however the jitter falls', () => {
    expect(backoffDelay(1, 500, () => 0)).to.equal(250);
    expect(backoffDelay(2, 500, () => 0.5)).to.equal(750);
  });

  it('keeps a faulty random source within the step', () => {
    expect(backoffDelay(1, 500, () => 7)).to.equal(500);
    expect(backoffDelay(1, 500, () => -3)).to.equal(250);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-25T10:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('2', now)).to.equal(2000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:30 GMT', now)).to.equal(30_000);
  });

  it('treats a date already past as no pause', () => {
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:59:00 GMT', now)).to.equal(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter('-5', now)).to.equal(undefined);
    expect(parseRetryAfter('1.5', now)).to.equal(undefined);
  });

  it('caps the pause the widget will honour at one minute', () => {
    expect(retryAfterLimitMs).to.equal(60_000);
  });
});
