import { expect } from '@open-wc/testing';
import { defaultMessages, resolveMessages, setMessages } from '../../src/i18n/messages.js';

describe('messages', () => {
  afterEach(() => {
    // Back to English: every global override replaced by its default.
    setMessages(defaultMessages);
  });

  it('are English by default, with plurals chosen by category', () => {
    const m = resolveMessages();
    expect(m.toNext(m.spendMore('$120.00'), 'Gold', 'Dec 31, 2026')).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
    expect(m.toNext(m.placeMore('1', 'one'), 'Gold')).to.equal('Place 1 more order to reach Gold');
    expect(m.earnMore('1,200', 'other')).to.equal('Earn 1,200 more points');
    expect(m.totalOfThisYear('$500.00', '$1,000.00')).to.equal('$500.00 of $1,000.00 this year');
    expect(m.totalOfRolling('3,250 points', '5,000 points')).to.equal('3,250 points of 5,000 points in the last 12 months');
    expect(m.countedSince('$500.00', 'Jan 1, 2026', '3 orders')).to.equal('$500.00 from 3 orders since Jan 1, 2026');
    expect(m.cancelledOrders('1', 'one')).to.equal('1 cancelled order');
    expect(m.pastCoupons('2')).to.equal('Past coupons (2)');
    expect(m.received('Welcome gift', 'Jun 10, 2025')).to.equal('Welcome gift, received Jun 10, 2025');
    expect(m.keep('Spend $400.00', 'Dec 31, 2026', 'Silver', '2027')).to.equal(
      'Spend $400.00 by Dec 31, 2026 to keep Silver in 2027',
    );
    expect(m.expiresIn('12', 'other')).to.equal('Expires in 12 days');
    expect(m.expiresIn('1', 'one')).to.equal('Expires in 1 day');
    expect(m.points('1', 'one')).to.equal('1 point');
    expect(m.orders('3', 'other')).to.equal('3 orders');
    expect(m.couponReward('$10.00 off', 'valid 180 days')).to.equal('$10.00 off coupon, valid 180 days');
    expect(m.couponReward('15% off')).to.equal('15% off coupon');
    expect(m.noTier).to.equal('–');
    expect(m.topTier).to.equal("You've reached our top tier. Enjoy every perk!");
  });

  it('can be replaced globally, and an element override wins over the global one', () => {
    setMessages({ copy: 'Kopieren', copied: 'Kopiert' });
    setMessages({ used: 'Eingelöst' });
    expect(resolveMessages().copy).to.equal('Kopieren');
    expect(resolveMessages().used).to.equal('Eingelöst');
    expect(resolveMessages({ copy: 'Copier' }).copy).to.equal('Copier');
    expect(resolveMessages({ copy: 'Copier' }).copied).to.equal('Kopiert');
    expect(resolveMessages().expired).to.equal('Expired');
  });

  it('never change the English defaults themselves', () => {
    setMessages({ retry: 'Erneut versuchen' });
    expect(defaultMessages.retry).to.equal('Try again');
  });
});
