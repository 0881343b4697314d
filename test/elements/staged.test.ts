import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VipCoupons } from '../../src/elements/vip-coupons/vip-coupons.js';
import type { VipTierList } from '../../src/elements/vip-tier-list/vip-tier-list.js';
import { StagedReveal } from '../../src/elements/staged-reveal.js';
import { STAGE_WEIGHT } from '../../src/elements/staged.js';
import { LIMITS } from '../../src/engine/limits.js';
import { nextFrame } from '../../src/tasks.js';
import { account, coupon } from '../support/account.js';
import { gate } from '../support/elements.js';
import { evaluated, view } from './pieces.support.js';

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

/** Every list at its limit (README "Limits"): 20 tiers of 20 entry rewards and 20 perks, 100 active coupons. */
const largest = () => evaluated(account({
  program: {
    tiers: times(LIMITS.tiers, (t) => ({
      id: `t${t}`, name: `Tier ${t}`, goal: t * 10_000,
      entryRewards: times(LIMITS.entryRewardsPerTier, (i) => ({ type: 'points', points: i + 1 })),
      perks: times(LIMITS.perksPerTier, (i) => ({ type: 'custom', title: `Perk ${i}` })),
    })),
  },
  coupons: times(LIMITS.coupons, (i) => coupon({ id: `c${i}`, code: `CODE-${i}`, expiresAt: '2027-06-01T00:00:00Z' })),
}));

/** The element after its first update, before any later task: what one task showed. */
async function firstUpdate<T extends HTMLElement & { hasUpdated: boolean }>(tag: string, value: ReturnType<typeof view>): Promise<T> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const el = Object.assign(document.createElement(tag), { view: value }) as unknown as T;
  host.append(el);
  while (!el.hasUpdated) await Promise.resolve();
  return el;
}

const count = (el: Element, part: string) => el.shadowRoot!.querySelectorAll(`[part~="${part}"]`).length;

describe('long lists shown in stages, one per frame (README, "Performance")', () => {
  it('shows the tier list one full tier at a time, in order, until every tier and reward is shown', async () => {
    const el = await firstUpdate<VipTierList>('vip-tier-list', view(largest()));
    // The first stage only: the rest waits for later tasks.
    expect(count(el, 'tier')).to.equal(1);
    expect(count(el, 'reward')).to.equal(40);
    const seen: number[] = [];
    while (count(el, 'tier') < LIMITS.tiers) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      seen.push(count(el, 'tier'));
    }
    expect(seen.every((n, i) => i === 0 || n >= seen[i - 1]!)).to.equal(true);
    await el.updateComplete;
    expect(count(el, 'tier')).to.equal(LIMITS.tiers);
    expect(count(el, 'reward')).to.equal(LIMITS.tiers * 40);
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="tier-title"]')].map((t) => t.textContent);
    expect(titles).to.deep.equal(times(LIMITS.tiers, (t) => `Tier ${t}`));
  });

  it('shows 100 coupons as many at a time as a frame\'s weight holds (a coupon weighs 4); updateComplete waits for the last', async () => {
    const el = await firstUpdate<VipCoupons>('vip-coupons', view(largest()));
    expect(count(el, 'coupon')).to.equal(Math.floor(STAGE_WEIGHT / 4));
    await el.updateComplete;
    expect(count(el, 'coupon')).to.equal(LIMITS.coupons);
    expect(count(el, 'copy')).to.equal(LIMITS.coupons);
  });

  it('shares each frame between the lists staged at once: together they add no more than one list alone', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const coupons = Object.assign(document.createElement('vip-coupons'), { view: view(largest()) });
    const tiers = Object.assign(document.createElement('vip-tier-list'), { view: view(largest()) });
    host.append(coupons, tiers);
    // Their weights as the lists count them: a coupon 4, a tier 1 + its 20 entry rewards + its 20 perks.
    const weight = () => count(coupons, 'coupon') * 4 + count(tiers, 'tier') * 41;
    const full = LIMITS.coupons * 4 + LIMITS.tiers * 41;
    // Sampled as each frame begins: what was added between two samples is what one frame rendered.
    const added: number[] = [];
    for (let before = 0; before < full; ) {
      const now = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(weight())));
      added.push(now - before);
      before = now;
    }
    // At most the weight, or a tier heavier than it alone (a list adds at least one item in a frame).
    expect(added.filter((n) => n > STAGE_WEIGHT && n !== 41)).to.deep.equal([]);
    expect(added.filter((n) => n === 41)).to.have.length(LIMITS.tiers);
    // Not one frame more than the weight needs: the coupons as many a frame as it holds, then 20 tiers one a frame.
    expect(added.filter((n) => n > 0)).to.have.length(Math.ceil(LIMITS.coupons / Math.floor(STAGE_WEIGHT / 4)) + LIMITS.tiers);
  });

  it('shows a short list at once', async () => {
    const el = await fixture<VipCoupons>(html`<vip-coupons .view=${view(evaluated(account()))}></vip-coupons>`);
    expect(count(el, 'coupon')).to.equal(1);
  });
});

describe('long lists rendered as their rows near the viewport (README, "Performance")', () => {
  const rows = (el: Element, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
  const autoSupported = CSS.supports('content-visibility', 'auto');

  it('marks a list heavier than three frames long: each row is skipped until it nears the viewport', async () => {
    for (const [tag, list, part] of [['vip-coupons', 'coupons', 'coupon'], ['vip-tier-list', 'tier-list', 'tier']] as const) {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const el = Object.assign(document.createElement(tag), { view: view(largest()) });
      host.append(el);
      await el.updateComplete;
      expect(rows(el, list)[0]!.className).to.equal('long');
      if (!autoSupported) continue;
      const all = rows(el, part);
      expect(all.every((row) => getComputedStyle(row).contentVisibility === 'auto')).to.equal(true);
      // The first row's content is on screen and rendered; the last row's, thousands of pixels below, is not yet.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(all[0]!.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
      expect(all.at(-1)!.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })).to.equal(false);
      // Still there for find-in-page and assistive technology: the text is in the document.
      expect(all.at(-1)!.textContent).to.not.equal('');
      host.remove();
    }
  });

  it('renders every row of a short list, so the block\u2019s remembered size is exact', async () => {
    const el = await fixture<VipCoupons>(html`<vip-coupons .view=${view(evaluated(account()))}></vip-coupons>`);
    expect(rows(el, 'coupons')[0]!.className).to.equal('');
    if (autoSupported) expect(getComputedStyle(rows(el, 'coupon')[0]!).contentVisibility).to.equal('visible');
  });
});

describe('a block revealed in stages whose later stages wait for their code (README, "Performance")', () => {
  /**
   * A host of 4 stages that records each render's stage, whose stage 3 waits for `code`; returned once stages 1 and 2
   * are shown. `render(0)` takes the content away, `render()` shows it again.
   */
  async function heldAtStageThree() {
    const code = gate();
    const stages: number[] = [];
    let content = 4;
    const host = {
      addController() {},
      removeController() {},
      requestUpdate() {
        stages.push(reveal.shown(content));
      },
      updateComplete: Promise.resolve(true),
    };
    const reveal: StagedReveal = new StagedReveal(host, (stage) => (stage === 3 ? code.opened : undefined));
    const render = (stagesOfContent = 4) => {
      content = stagesOfContent;
      host.requestUpdate();
    };
    render();
    while (stages.at(-1) !== 2) await reveal.pending;
    /** Lets the code arrive and resolves once no stage is pending. */
    const arrive = async () => {
      code.open();
      while (reveal.pending) await reveal.pending;
    };
    return { stages, reveal, render, arrive };
  }

  it('holds stage 3 until its code is here, then shows it and the rest a frame each, complete only after the last', async () => {
    const { stages, reveal, arrive } = await heldAtStageThree();
    // Frames pass; stage 3 does not come while its code is on its way.
    for (let frame = 0; frame < 3; frame++) await nextFrame();
    expect(stages).to.deep.equal([1, 2]);
    expect(reveal.complete).to.equal(false);
    expect(reveal.pending).to.be.instanceOf(Promise);
    await arrive();
    expect(stages).to.deep.equal([1, 2, 3, 4]);
    expect(reveal.complete).to.equal(true);
  });

  it('updates its host when a stage that waited ends after the content went away, with nothing pending', async () => {
    const { stages, reveal, render, arrive } = await heldAtStageThree();
    // An error view replaces the content while stage 3 waits: the host must hear that the wait is over.
    render(0);
    expect(stages).to.deep.equal([1, 2, 0]);
    await arrive();
    expect(stages).to.deep.equal([1, 2, 0, 0]);
    expect(reveal.pending).to.equal(undefined);
    expect(reveal.complete).to.equal(false);
  });

  it('goes on when the content went away and came back while a stage waited for its code', async () => {
    const { stages, reveal, render, arrive } = await heldAtStageThree();
    render(0);
    render();
    expect(stages.slice(-2)).to.deep.equal([0, 1]);
    await arrive();
    expect(stages.at(-1)).to.equal(4);
    expect(reveal.complete).to.equal(true);
  });
});
