import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { VipErrorEvent } from '../../src/elements/events.js';
import type { VipAccount } from '../../src/elements/vip-account/vip-account.js';
import { parseAccount } from '../../src/engine/index.js';
import { account, coupon, gold, order, program, silver } from '../support/account.js';
import { captureWarnings, deepAll, listen, part, partText, settled } from '../support/elements.js';
import { watchPageErrors } from '../support/hardening.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

// $880.00 in March 2026: Silver. A deep copy for each run: the builders share their tier objects, and a mutation
// must never leak into the next run.
const silverDoc = (): Json => structuredClone(account({ activity: [order('2026-03-04T15:00:00Z', 88000)], coupons: [coupon({ expiresAt: '2027-02-28T15:00:00Z' })] })) as Json;

/** Every path inside `value` (objects and arrays), the root excluded. */
function pathsOf(value: Json, base: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...base, key];
    return [path, ...pathsOf((value as Record<string | number, Json>)[key]!, path)];
  });
}

/** A mutation of a valid document: one value replaced by arbitrary JSON, or one field removed. */
type Mutation = { readonly path: Path; readonly replacement?: Json; readonly remove: boolean };

function mutate(doc: Json, { path, replacement, remove }: Mutation): Json {
  let parent = doc as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (remove && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (remove) delete parent[last];
  else parent[last] = replacement!;
  return doc;
}

const allPaths = pathsOf(silverDoc());
const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...allPaths),
  replacement: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  remove: fc.boolean(),
});

describe('parseAccount with arbitrary and mutated documents', () => {
  it('never throws on arbitrary JSON, and either accepts it or names each issue by a dotted path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = parseAccount(input);
        if (result.ok) return;
        expect(result.issues.length).to.be.greaterThan(0);
        for (const issue of result.issues) {
          expect(issue.path).to.match(/^(?:[\w-]+(?:\.[\w-]+)*)?$/);
          expect(issue.message).to.be.a('string').and.not.equal('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a mutated valid document, and reports an issue under the mutated field', () => {
    fc.assert(
      fc.property(mutation, (change) => {
        const result = parseAccount(mutate(silverDoc(), change));
        if (result.ok) return;
        expect(result.issues.length).to.be.greaterThan(0);
        // The issue lies under the part of the document that was changed (program, customer, activity, coupons…).
        const top = String(change.path[0]);
        expect(result.issues.some((issue) => issue.path === top || issue.path.startsWith(`${top}.`)), JSON.stringify(result.issues)).to.equal(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('<vip-account> with arbitrary and mutated documents', () => {
  let page: ReturnType<typeof watchPageErrors>;
  let warn: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    page = watchPageErrors();
    warn = captureWarnings();
  });

  afterEach(() => {
    warn.restore();
    page.stop();
  });

  /**
   * Sets `input` as the `account` property and checks what the shopper sees: the status (tier or "–", the
   * guest's link, the recalculating notice, or nothing while disabled) when the engine accepts the document, else
   * the error view and a vip-error whose issues are the engine's, each with its path.
   */
  async function showsStatusOrError(el: VipAccount, input: unknown): Promise<void> {
    const errors = listen<VipErrorEvent>('vip-error');
    // The same value set again (fast-check may draw `false` twice in a row) is no change: nothing is re-reported.
    const unchanged = Object.is(el.account, input);
    el.account = input;
    await settled(el);
    errors.stop();
    expect(page.errors, 'uncaught errors').to.deep.equal([]);
    const parsed = parseAccount(input);
    if (parsed.ok) {
      expect(part(el, 'error'), 'error view for a valid document').to.equal(undefined);
      const state = el.status?.state;
      if (state === 'active') expect(part(el, 'tier-name')).not.to.equal(undefined);
      else if (state === 'guest') expect(part(el, 'login')).not.to.equal(undefined);
      else if (state === 'recalculating') expect(part(el, 'notice')).not.to.equal(undefined);
      else expect(state).to.equal('disabled');
      return;
    }
    expect(part(el, 'error')?.getAttribute('role')).to.equal('alert');
    expect(part(el, 'retry')).not.to.equal(undefined);
    expect(el.status).to.equal(undefined);
    if (unchanged) {
      expect(errors.events, 'vip-error for an unchanged document').to.have.length(0);
      return;
    }
    const reported = errors.events.at(-1)?.detail.issues;
    expect(reported, 'vip-error issues').to.deep.equal(parsed.issues);
  }

  it('shows either a status or the error view with the issue\u2019s path for arbitrary JSON', async () => {
    const el = await fixture<VipAccount>(html`<vip-account></vip-account>`);
    // `null` means "no account property" (the element then reads its other sources), so it is not a document here.
    await fc.assert(
      fc.asyncProperty(fc.jsonValue().filter((value) => value !== null), (input) => showsStatusOrError(el, input)),
      // The same primitive twice in a row first: it once made this property flaky.
      { numRuns: 40, examples: [[false], [false]] },
    );
  });

  it('shows either a status or the error view with the issue\u2019s path for mutated valid documents', async () => {
    const el = await fixture<VipAccount>(html`<vip-account></vip-account>`);
    await fc.assert(
      fc.asyncProperty(mutation, (change) => showsStatusOrError(el, mutate(silverDoc(), change))),
      { numRuns: 50 },
    );
  });
});

describe('<vip-account> and schema drift', () => {
  it('ignores extra fields everywhere and shows a new perk and a new reward type by their titles', async () => {
    const errors = listen<VipErrorEvent>('vip-error');
    const doc = account({
      schemaRevision: '2027-01',
      customer: { id: '42', firstName: 'Ann', joinedAt: '2023-02-10T09:00:00Z', segment: 'wholesale' },
      activity: [order('2026-03-04T15:00:00Z', 88000, { channel: 'pos' })],
      coupons: [coupon({ expiresAt: '2027-02-28T15:00:00Z', barcode: 'data:image/png;base64,AAAA' })],
      program: program({
        brandVoice: 'friendly',
        tiers: [
          { ...silver, icon: 'star', perks: [...silver.perks, { type: 'vip_lounge', title: 'Lounge access', lounge: 'A' }],
            entryRewards: [...silver.entryRewards, { type: 'mystery_box', title: 'A mystery box', sku: 'MB-1' }] },
          gold,
          { id: 'bronze', name: 'Bronze', goal: 0, perks: [{ type: 'hologram_badge' }] },
        ],
      }),
    });
    const el = await fixture<VipAccount>(html`<vip-account .account=${doc}></vip-account>`);
    await settled(el);
    errors.stop();
    expect(errors.events).to.have.length(0);
    expect(partText(el, 'tier-name')).to.contain('Silver');
    const current = el.shadowRoot!.querySelector('vip-tier-rewards')!;
    const rewards = deepAll(current, '[part~="reward"]').map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
    expect(rewards.some((text) => text.includes('Lounge access'))).to.equal(true);
    expect(rewards.some((text) => text.includes('A mystery box'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a document spoiled on purpose: any path, any type
  type SpoiledDocument = Record<string, any>;
  const wrongTypes: readonly [string, (doc: SpoiledDocument) => void][] = [
    ['program.tiers.1.goal', (doc) => void (doc.program.tiers[1].goal = '50000')],
    ['program.currency', (doc) => void (doc.program.currency = 840)],
    ['customer.joinedAt', (doc) => void (doc.customer.joinedAt = 1_676_019_600_000)],
    ['activity.0.amount', (doc) => void (doc.activity[0].amount = '12999')],
    ['coupons.0.code', (doc) => void (doc.coupons[0].code = 8_003)],
    ['generatedAt', (doc) => void (doc.generatedAt = true)],
  ];
  for (const [path, spoil] of wrongTypes) {
    it(`reports a wrong type in ${path} by its path, in vip-error and in one warning`, async () => {
      const doc = structuredClone(account()) as SpoiledDocument;
      spoil(doc);
      const warn = captureWarnings();
      const errors = listen<VipErrorEvent>('vip-error');
      try {
        const el = await fixture<VipAccount>(html`<vip-account .account=${doc}></vip-account>`);
        await settled(el);
        expect(part(el, 'error')?.textContent).to.equal("We couldn't load your VIP status just now. Your tier and rewards are safe.");
      } finally {
        errors.stop();
        warn.restore();
      }
      expect(errors.events).to.have.length(1);
      expect(errors.events[0]!.detail.issues[0]!.path).to.equal(path);
      expect(warn.warnings).to.have.length(1);
      expect(warn.warnings[0]).to.contain(path);
    });
  }
});
