import type { ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { VipErrorDetail } from './events.js';

/**
 * What a provider element exposes to its controller: the common attributes and properties (README, "Attributes and
 * properties").
 */
export interface VipSourceHost extends ReactiveControllerHost, HTMLElement {
  account?: unknown;
  src?: string;
  token?: string;
  tokenOrigin?: string;
  customerId?: string;
  now?: string;
  locale?: string;
  loginUrl?: string;
  messages?: Partial<Messages>;
}

/** Where the account document stands: still coming, a body to evaluate (maybe stale), a guest (401) or a failure. */
export type SourceState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'document'; readonly body: unknown; readonly failure?: VipErrorDetail }
  | { readonly kind: 'guest' }
  | { readonly kind: 'error'; readonly error: VipErrorDetail };

/** Any thrown value as an error detail with one issue at the root. */
export function problemOf(error: unknown): VipErrorDetail {
  const message = error instanceof Error || (typeof error === 'object' && error && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);
  return { message, issues: [{ path: '', message }] };
}
