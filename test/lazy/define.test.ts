import { expect } from '@open-wc/testing';
import { registrarOfTag, type VipTag } from '../../src/tags.js';

const tags = Object.keys(registrarOfTag) as VipTag[];
const defined = (): VipTag[] => tags.filter((tag) => customElements.get(tag));

describe('vip-tiers/define and the side-effect-free root', () => {
  it('the root and the popup content register nothing', async () => {
    await import('../../src/index.js');
    await import('../../src/elements/vip-launcher/vip-launcher-panel.js');
    expect(defined()).to.deep.equal([]);
  });

  it('vip-tiers/define registers every tag of the tag table', async () => {
    const root = await import('../../src/index.js');
    await import('../../src/define.js');
    expect(defined()).to.deep.equal(tags);
    expect(customElements.get('vip-account')).to.equal(root.VipAccount);
    expect(customElements.get('vip-launcher')).to.equal(root.VipLauncher);
    expect(customElements.get('vip-tier-list')).to.equal(root.VipTierList);
  });
});
