import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { loadWithPanel, type VipLauncher } from '../../src/elements/vip-launcher/vip-launcher.js';
import { silverAnn } from '../support/account.js';
import { captureWarnings, launcherParts, part, settled } from '../support/elements.js';
import { until } from '../support/wait.js';

// A file of its own: the popup's code is loaded at most once per page, so this page's first load must be the one that
// fails. What the popup loads with its code (the registrations, in the script tag) fails once, as a dropped
// connection would.
let failures = 1;
loadWithPanel(() => (failures-- > 0 ? Promise.reject(new Error('offline')) : Promise.resolve()));

describe('<vip-launcher> whose popup code could not be downloaded', () => {
  it('closes the popup it was opening, and the next click downloads the code again and opens it', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<VipLauncher>(html`<vip-launcher .account=${silverAnn()}></vip-launcher>`);
      await settled(el);
      const { button, dialog } = launcherParts(el);
      button.click();
      await until(() => warnings.some((warning) => warning.includes('could not load the code for the rewards popup')));
      await settled(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(dialog.open).to.equal(false);
      button.click();
      await until(() => dialog.open);
      await settled(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(part(dialog, 'tier-name')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('VIP tier: Silver');
    } finally {
      restore();
    }
  });
});
