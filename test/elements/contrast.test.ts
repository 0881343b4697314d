import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import { account, bronze, gold, order, silver } from '../support/account.js';
import { contrast } from '../support/contrast.js';
import { deepAll, part, parts, settled } from '../support/elements.js';

/**
 * WCAG 1.4.11: every mark drawn in a tier colour — the bar's fill on its track, the badge outline, reward bullets and
 * the tier cards' borders on the surface — has 3:1 or more, measured on the rendered colours, in both schemes.
 */
const colours = {
  'grey Silver': '#8a8d91',
  'dark Roaster': '#3b2416',
  'dark Elite': '#3d2a6e',
  'yellow Gold': '#b8860b',
  'pale yellow': '#ffee58',
  'named white': 'white',
};

/** $880.00 spent in March 2026: Silver (in `colour`), with the bar toward Gold. */
const shopperIn = (colour: string, spent = 88000) =>
  account({
    activity: [order('2026-03-04T15:00:00Z', spent)],
    program: { tiers: [{ ...bronze, color: colour }, { ...silver, color: colour }, { ...gold, color: colour }] },
  });

/** The block on a page of its scheme's surface colour, as a dark theme would place it. */
async function blockIn(scheme: 'light' | 'dark', doc: unknown): Promise<VipAccount> {
  const page = scheme === 'light' ? '#ffffff' : '#1e1f22';
  const wrapper = await fixture<HTMLElement>(
    html`<div style="background: ${page}; --vip-color-scheme: ${scheme}"><vip-account .account=${doc}></vip-account></div>`,
  );
  const el = wrapper.querySelector('vip-account')!;
  await settled(el);
  return el;
}

const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);

describe('non-text contrast of tier colours (WCAG 1.4.11)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, colour] of Object.entries(colours)) {
      it(`${name} (${colour}) reaches 3:1 on the track and the surface in the ${scheme} scheme`, async () => {
        const el = await blockIn(scheme, shopperIn(colour));
        const surface = style(part(el, 'tier')!).backgroundColor;
        const track = style(part(el, 'progress-bar')!).backgroundColor;
        const fill = style(part(el, 'progress-fill')!).backgroundColor;
        expect(contrast(fill, track), `fill ${fill} on track ${track}`).to.be.at.least(3);
        expect(contrast(fill, surface), `fill ${fill} on surface ${surface}`).to.be.at.least(3);
        const badge = style(part(el, 'tier-name')!).borderTopColor;
        expect(contrast(badge, surface), `badge outline ${badge}`).to.be.at.least(3);
        for (const reward of parts(el, 'reward')) {
          const bullet = style(reward, '::before').backgroundColor;
          expect(contrast(bullet, surface), `bullet ${bullet}`).to.be.at.least(3);
        }
        for (const tier of parts(el, 'tier')) {
          const border = style(tier).borderInlineStartColor;
          expect(contrast(border, style(tier).backgroundColor), `tier border ${border}`).to.be.at.least(3);
        }
      });
    }

    it(`keeps a tier colour that already reaches 3:1 as it is, and passes axe, in the ${scheme} scheme`, async () => {
      // Dark blue on the light surface, light blue on the dark one: each reaches 3:1 in its own scheme only.
      const colour = scheme === 'light' ? '#1d4ed8' : '#8ab4f8';
      const el = await blockIn(scheme, shopperIn(colour));
      const expected = scheme === 'light' ? 'rgb(29, 78, 216)' : 'rgb(138, 180, 248)';
      expect(style(part(el, 'progress-fill')!).backgroundColor).to.equal(expected);
      await expect(el).to.be.accessible();
    });
  }

  it('darkens grey Silver in its own hue rather than replacing it (light scheme)', async () => {
    const el = await blockIn('light', shopperIn('#8a8d91'));
    const [r, g, b] = style(part(el, 'progress-fill')!).backgroundColor.match(/\d+/g)!.map(Number);
    // #8a8d91: red < green < blue, all darker now.
    expect(r).to.be.below(g!);
    expect(g).to.be.below(b!);
    expect(b).to.be.below(145);
  });

  it('leaves a visible gap in a bar one cent short of its goal', async () => {
    // $999.99 of $1,000.00 toward Gold: fraction 0.99999.
    const el = await blockIn('light', shopperIn('#1d4ed8', 99999));
    expect(el.status?.progress?.fraction).to.be.above(0.9999).and.below(1);
    const bar = part(el, 'progress-bar')!.getBoundingClientRect();
    const fill = part(el, 'progress-fill')!.getBoundingClientRect();
    // Half an em (8 px at 16 px) of track stays visible until the goal is reached.
    expect(bar.width - fill.width).to.be.closeTo(8, 0.5);
    expect(deepAll(el, '[part~="progress-bar"]')).to.have.length(1);
  });
});
