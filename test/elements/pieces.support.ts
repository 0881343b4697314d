/**
 * Views for the piece tests: the engine's status for account documents built with test/support/account.ts, and
 * the view a provider hands down. Builders state only what a test is about.
 */
import { ContextProvider } from '@lit/context';
import { fixture, html } from '@open-wc/testing';
import { evaluate, parseAccount } from '../../src/engine/index.js';
import type { VipStatus } from '../../src/engine/types.js';
import { vipContext, type VipView } from '../../src/elements/context.js';
import { resolveMessages } from '../../src/i18n/messages.js';
import { account, order } from '../support/account.js';

type Json = Record<string, unknown>;

/** What the engine makes of an account document (as of its `generatedAt`, 2026-11-25, unless `now` is given). */
export function evaluated(doc: Json, now?: string): VipStatus {
  const parsed = parseAccount(doc);
  if (!parsed.ok) throw new Error(`invalid test document: ${JSON.stringify(parsed.issues)}`);
  return evaluate(parsed.account, now === undefined ? {} : { now });
}

/** A program with every tier's fields given, merged over the §2 example. */
export const withProgram = (overrides: Json, rest: Json = {}): Json => account({ program: overrides, ...rest });

/** Ann spent $880.00 this year: Silver until Dec 31, 2027, $120.00 more to reach Gold. */
export const silverShopper = (rest: Json = {}): VipStatus =>
  evaluated(account({ activity: [order('2026-06-01T15:00:00Z', 88000)], ...rest }));

/** Ann spent $1,200.00 this year: Gold, the top tier. */
export const goldShopper = (): VipStatus => evaluated(account({ activity: [order('2026-06-01T15:00:00Z', 120000)] }));

/** Silver reached last year, $100.00 spent this year: $400.00 more to keep it. */
export const heldFromLastYear = (): VipStatus =>
  evaluated(account({ activity: [order('2025-05-01T15:00:00Z', 60000), order('2026-05-01T15:00:00Z', 10000)] }));

/** A guest: every tier, nothing else (R7). */
export const guest = (): VipStatus => evaluated(account({ customer: null, activity: [], coupons: [] }));

/** Disabled or recalculating: no numbers at all (R7). */
export const hiddenProgram = (status: 'disabled' | 'recalculating'): VipStatus => evaluated(withProgram({ status }));

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

/** Text as a shopper reads it: whitespace collapsed. */
export const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
