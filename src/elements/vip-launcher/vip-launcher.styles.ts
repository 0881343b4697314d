import { css } from 'lit';

export const launcherStyles = css`
  :host {
    position: fixed;
    inset-block-end: var(--vip-launcher-offset, 20px);
    inset-inline-end: var(--vip-launcher-offset, 20px);
    /* Above theme headers and chat bubbles; the popup itself is in the top layer. */
    z-index: 2147483000;
  }
  :host([position='bottom-left']) {
    inset-inline-end: auto;
    inset-inline-start: var(--vip-launcher-offset, 20px);
  }
  [part~='launcher'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 3em;
    padding: 0.5em 1.25em 0.5em 0.875em;
    /* No ring: a ring around the button read as its focus ring. The tier colour fills the icon instead. */
    border: 0;
    border-radius: 999px;
    background: var(--vip-launcher-background, var(--_accent));
    color: var(--vip-launcher-color, light-dark(#fff, #111));
    font-weight: 600;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
  }
  [part~='launcher-icon'] {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: var(--_tier);
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
  }
  /* Desktop: a panel anchored above the button, at its outer edge (--_y, --_l or --_r are set when it opens). */
  [part~='panel'] {
    position: fixed;
    inset: auto var(--_r, auto) var(--_y) var(--_l, auto);
    margin: 0;
    inline-size: min(26em, 100vw - 2em);
    max-inline-size: none;
    max-block-size: min(48em, 100dvh - var(--_y) - 1em);
    padding: 0;
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: var(--vip-font-size, 16px);
  }
  [part~='panel']::backdrop {
    background: rgb(0 0 0 / 0.25);
  }
  header {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_spacing);
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .content {
    padding: calc(var(--_spacing) * 1.5);
  }
  [part~='close'] {
    padding: 0.25em 0.75em;
  }
  /* Phones: a bottom sheet, full width, clear of the home indicator and the notch, scrolling inside. */
  @media (max-width: 639.98px) {
    [part~='panel'] {
      inset: auto 0 0;
      inline-size: 100%;
      max-block-size: calc(100dvh - 2em);
      border-width: 1px 0 0;
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
    header,
    .content {
      padding-inline: max(var(--_spacing), env(safe-area-inset-left), env(safe-area-inset-right));
    }
    .content {
      padding-block-end: max(var(--_spacing), env(safe-area-inset-bottom));
    }
  }
  @media (forced-colors: active) {
    [part~='launcher'] {
      border: 2px solid ButtonText;
    }
    [part~='launcher-icon'] {
      fill: ButtonText;
    }
  }
`;
