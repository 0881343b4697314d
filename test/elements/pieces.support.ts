/**
 * Views for the piece tests: a status the engine would return for the SPEC.md §2 program, and the view a provider
 * hands down. Overrides state only what a test is about.
 */
import { ContextProvider } from '@lit/context';
import { fixture, html } from '@open-wc/testing';
import type { Tier, VipStatus } from '../../src/engine/types.js';
import { vipContext, type VipView } from '../../src/elements/context.js';
import { resolveMessages } from '../../src/i18n/messages.js';
import { bronze as bronzeDoc, gold as goldDoc, silver as silverDoc } from '../support/account.js';

export const bronze = bronzeDoc as Tier;
export const silver = silverDoc as Tier;
export const gold = goldDoc as Tier;

/** Ann, Silver this year, $880.00 spent: $120.00 more to reach Gold. */
export function status(overrides: Partial<VipStatus> = {}): VipStatus {
  return {
    state: 'active',
    now: '2026-11-25T10:00:00Z',
    unit: 'money',
    currency: 'USD',
    timeZone: 'America/New_York',
    milestone: 'calendar_year',
    tiers: [bronze, silver, gold],
    customer: { id: '42', firstName: 'Ann' },
    tier: silver,
    nextTier: gold,
    progress: { value: 88000, target: 100000, remaining: 12000, fraction: 0.88 },
    window: { start: '2026-01-01T05:00:00.000Z', end: '2027-01-01T05:00:00.000Z' },
    tierExpiresAt: '2028-01-01T05:00:00.000Z',
    tierValidThrough: '2027-12-31',
    keep: null,
    entries: [{ tierId: 'silver', at: '2026-06-01T15:00:00.000Z', rewarded: true }],
    coupons: [],
    ...overrides,
  };
}

/** A guest: every tier, nothing else (R7). */
export const guest = (): VipStatus =>
  status({ state: 'guest', customer: null, tier: null, nextTier: null, progress: null, tierExpiresAt: null,
    tierValidThrough: null, entries: [] });

/** Disabled or recalculating: no numbers at all (R7). */
export const hiddenProgram = (state: 'disabled' | 'recalculating'): VipStatus =>
  status({ state, tiers: [], tier: null, nextTier: null, progress: null, window: null, tierExpiresAt: null,
    tierValidThrough: null, entries: [] });

export function view(value?: VipStatus, overrides: Partial<VipView> = {}): VipView {
  return {
    phase: value ? 'ready' : 'loading',
    status: value,
    locale: 'en-US',
    messages: resolveMessages(),
    loginUrl: '/account/login',
    retry: () => {},
    ...overrides,
  };
}

/** A piece under a provider of `value` (a plain element providing the context, as `<vip-program>` does). */
export async function provided<T extends HTMLElement>(tag: string, value: VipView) {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const provider = new ContextProvider(host, { context: vipContext, initialValue: value });
  const el = document.createElement(tag) as T & { updateComplete: Promise<boolean> };
  host.append(el);
  await el.updateComplete;
  return { el, provider };
}

export const part = (el: Element, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

export const parts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** Text as a shopper reads it: whitespace collapsed. */
export const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
