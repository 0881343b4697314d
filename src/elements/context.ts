import { createContext } from '@lit/context';
import type { ParseIssue, VipStatus } from '../engine/index.js';
import type { Messages } from '../i18n/messages.js';

/** Loading, error and ready as one value, rendered in one place by each element. */
export type VipPhase = 'loading' | 'error' | 'ready';

/** What a provider (`<vip-program>`, `<vip-account>`, `<vip-launcher>`) hands down to the pieces. */
export interface VipView {
  readonly phase: VipPhase;
  /** The engine's result; present when ready, and while a refresh of a shown document fails (`stale`). */
  readonly status?: VipStatus;
  /** True when `status` is the last good document and the latest refresh failed. */
  readonly stale?: boolean;
  /** Present in the error phase (and alongside a stale status). */
  readonly error?: { readonly message: string; readonly issues: readonly ParseIssue[] };
  /** BCP 47 locale used for numbers, dates and plurals. */
  readonly locale: string;
  /** The locale's writing direction (README, "Languages"); absent means left to right. */
  readonly dir?: 'ltr' | 'rtl';
  readonly messages: Messages;
  /** Sign-in link for guests (already checked to be http(s) or relative). */
  readonly loginUrl: string;
  /** Fetches the document again (the `retry` part). */
  readonly retry: () => void;
}

export const vipContext = createContext<VipView>(Symbol('vip-view'));
