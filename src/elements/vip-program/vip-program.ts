import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dirOf, providerStyles, renderNotice, renderProblem, VipProviderElement } from '../provider.js';

/**
 * @summary Data provider for custom layouts: reads the account document, evaluates it and hands the result to
 * the pieces placed inside it (`<vip-tier-badge>`, `<vip-tier-progress>`, …) through context.
 *
 * @slot - The pieces and any markup of the merchant's own layout.
 *
 * @csspart error - The short message shown when the document could not be loaded or is invalid (`role="alert"`).
 * @csspart retry - The button that fetches the document again.
 * @csspart stale - "Showing your last saved status." when a refresh failed and saved data is shown.
 * @csspart notice - The polite notice while tiers are being recalculated (`role="status"`).
 *
 * @cssproperty [--vip-accent=light-dark(#1d4ed8, #8ab4f8)] - Focus ring and retry button colour.
 * @cssproperty [--vip-text=light-dark(#1f2328, #eceef1)] - Text colour.
 * @cssproperty [--vip-muted=light-dark(#57606a, #a8b0b9)] - Secondary text colour.
 * @cssproperty [--vip-surface=light-dark(#ffffff, #1e1f22)] - Button background.
 * @cssproperty [--vip-border=light-dark(#d0d7de, #444c56)] - Button border colour.
 * @cssproperty [--vip-radius=8px] - Corner radius.
 * @cssproperty [--vip-font-family=system-ui, sans-serif] - Font.
 * @cssproperty [--vip-font-size=16px] - Base size; every size is relative to it.
 * @cssproperty [--vip-spacing=12px] - Gap between parts.
 *
 * @event vip-load - The document was evaluated; `detail` is the status.
 * @event vip-error - The document could not be loaded or is invalid; `detail` is `{ message, issues }`.
 *
 * @attr src - URL of the account document.
 * @attr token - Bearer token sent with `src`, only to the page's origin or `token-origin`.
 * @attr token-origin - The one other origin the token may be sent to, e.g. `https://api.example.com`.
 * @attr customer-id - The signed-in shopper's id as the theme knows it (`{{ customer.id }}`; empty for a guest): a document of another shopper is never shown.
 * @attr now - ISO instant to preview the program at.
 * @attr locale - BCP 47 locale (default: nearest `lang`, then the page's, then `en`).
 * @attr login-url - Guest sign-in link, http(s) or relative (default `/account/login`).
 */
export class VipProgram extends VipProviderElement {
  static override styles = providerStyles;

  override render() {
    const view = this.source.view;
    return html`${renderProblem(view)}${renderNotice(view)}<slot dir=${ifDefined(dirOf(view))}></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-program': VipProgram;
  }
}
