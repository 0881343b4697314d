import type { VipStatus } from '../engine/index.js';
import { chooseLocale } from '../i18n/locales.js';
import { resolveMessages, type Messages } from '../i18n/messages.js';
import type { VipView } from './context.js';
import type { VipErrorDetail } from './events.js';

export const DEFAULT_LOGIN_URL = '/account/login';

/** A sign-in link only when it is http(s) or relative; `javascript:`, `data:` and the like fall back to the default. */
export function safeUrl(value: string | undefined, fallback = DEFAULT_LOGIN_URL): string {
  if (!value) return fallback;
  try {
    const { protocol } = new URL(value, location.href);
    return protocol === 'https:' || protocol === 'http:' ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Keeps the previous messages object when nothing in it changed, so the pieces are not notified for nothing. */
function sameMessages(next: Messages, last: Messages | undefined): Messages {
  if (!last) return next;
  for (const key in next) if (next[key as keyof Messages] !== last[key as keyof Messages]) return next;
  return last;
}

/** What a view is built from: the shown evaluation's status and error, and the host's settings. */
export interface ViewInputs {
  readonly status?: VipStatus;
  readonly error?: VipErrorDetail;
  /** The Intl locale chosen for the host's resolved tag (`chooseLocale`). */
  readonly locale: string;
  /** The host's own message overrides. */
  readonly messages?: Partial<Messages>;
  /** The host's `login-url`, unchecked. */
  readonly loginUrl?: string;
  readonly retry: () => void;
}

/**
 * The view a provider hands to its pieces: a status is ready (stale when an error came with it), an error alone is
 * the error phase, neither is loading. `last` is the view shown before, whose messages object is kept when equal.
 * @example
 * buildView({ locale: 'en', retry }).phase; // 'loading'
 */
export function buildView(inputs: ViewInputs, last?: VipView): VipView {
  const { status, error } = inputs;
  return {
    phase: status ? 'ready' : error ? 'error' : 'loading',
    status,
    stale: Boolean(status && error),
    error,
    locale: inputs.locale,
    dir: chooseLocale(inputs.locale).dir,
    messages: sameMessages(resolveMessages(inputs.messages, inputs.locale), last?.messages),
    loginUrl: safeUrl(inputs.loginUrl),
    retry: inputs.retry,
  };
}

/** Whether the pieces must be told: any field but `retry` (a new function each time) differs. */
export function viewChanged(next: VipView, last: VipView): boolean {
  return (Object.keys(next) as (keyof VipView)[]).some((key) => key !== 'retry' && next[key] !== last[key]);
}
