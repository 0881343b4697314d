import { expect } from '@open-wc/testing';
import { registrarOfTag, type Registrar, type VipTag } from '../../src/tags.js';

const tags = Object.keys(registrarOfTag) as VipTag[];
const defined = (): VipTag[] => tags.filter((tag) => customElements.get(tag));
const tagsOf = (registrar: Registrar): VipTag[] => tags.filter((tag) => registrarOfTag[tag] === registrar);

describe('the registration chunks', () => {
  it('each register exactly the tags the tag table gives them', async () => {
    expect(defined()).to.deep.equal([]);
    await import('../../src/lazy/pieces.js');
    expect(defined()).to.deep.equal(tagsOf('pieces'));
    await import('../../src/lazy/lists.js');
    expect(defined()).to.deep.equal([...tagsOf('pieces'), ...tagsOf('lists')]);
    await import('../../src/lazy/program.js');
    expect(defined()).to.deep.equal([...tagsOf('pieces'), ...tagsOf('lists'), ...tagsOf('program')]);
    await import('../../src/lazy/account.js');
    expect(defined()).to.deep.equal([...tagsOf('pieces'), ...tagsOf('lists'), ...tagsOf('program'), ...tagsOf('account')]);
    await import('../../src/lazy/launcher.js');
    expect(defined()).to.deep.equal(tags.filter((tag) => registrarOfTag[tag] !== 'cart'));
    await import('../../src/lazy/cart.js');
    expect(defined()).to.deep.equal(tags);
  });

  it('register under each tag the class HTMLElementTagNameMap names', () => {
    for (const tag of tags) {
      expect(document.createElement(tag).localName).to.equal(tag);
      expect(customElements.getName(customElements.get(tag)!)).to.equal(tag);
    }
  });
});
