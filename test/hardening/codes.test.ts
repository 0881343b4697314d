import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import { account, coupon } from '../support/account.js';
import { part } from '../support/elements.js';
import { until } from '../support/wait.js';

describe('coupon codes in a right-to-left block', () => {
  it('render isolated left to right, so the shopper reads the code that is copied', async () => {
    const doc = account({ coupons: [coupon({ code: 'VIP-8F3K-10' })] });
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><vip-account .account=${doc}></vip-account></div>`);
    const el = wrapper.querySelector<VipAccount>('vip-account')!;
    await until(() => part(el, 'coupon-code'));
    const code = part(el, 'coupon-code')!;
    const style = getComputedStyle(code);
    expect(style.direction).to.equal('ltr');
    expect(style.unicodeBidi).to.equal('isolate');
    expect(code.getAttribute('dir')).to.equal('ltr');
    expect(code.textContent).to.equal('VIP-8F3K-10');
    // The block around it stays right to left.
    expect(getComputedStyle(el).direction).to.equal('rtl');
  });
});
