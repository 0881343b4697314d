import { html } from 'lit';
import { providerStyles, renderNotice, renderProblem, VipProviderElement } from '../provider.js';

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
 * @cssproperty [--vip-text=#1d1d1f] - Text colour (light-dark).
 * @cssproperty [--vip-muted=#5f6368] - Secondary text colour.
 * @cssproperty [--vip-accent=#1f5fbf] - Focus ring and accent colour.
 * @cssproperty [--vip-surface=#fff] - Button background.
 * @cssproperty [--vip-border=#d5d7db] - Button border colour.
 * @cssproperty [--vip-radius=8px] - Corner radius.
 * @cssproperty [--vip-font=inherit] - Font family.
 *
 * @event vip-load - The document was evaluated; `detail` is the status.
 * @event vip-error - The document could not be loaded or is invalid; `detail` is `{ message, issues }`.
 *
 * @attr src - URL of the account document.
 * @attr token - Bearer token sent with `src`.
 * @attr now - ISO instant to preview the program at.
 * @attr locale - BCP 47 locale (default: nearest `lang`, then the page's, then `en`).
 * @attr login-url - Guest sign-in link, http(s) or relative (default `/account/login`).
 */
export class VipProgram extends VipProviderElement {
  static override styles = providerStyles;

  override render() {
    const view = this.source.view;
    return html`${renderProblem(view)}${renderNotice(view)}<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vip-program': VipProgram;
  }
}
