import { css } from 'lit';

/** The button's styles; the popup's come with its code (`vip-launcher-panel.ts`). */
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
    font-weight: 700;
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
  @media (forced-colors: active) {
    [part~='launcher'] {
      border: 2px solid ButtonText;
    }
    [part~='launcher-icon'] {
      fill: ButtonText;
    }
  }
`;
