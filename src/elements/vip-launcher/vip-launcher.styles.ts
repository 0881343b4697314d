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
    padding: 0.75em 1.25em;
    /* The tier's colour as a ring: a merchant's colour need not contrast with the label, the accent does. */
    border: 0.2em solid var(--_tier);
    border-radius: 999px;
    background: var(--vip-launcher-background, var(--_accent));
    color: var(--vip-launcher-color, light-dark(#fff, #111));
    font-weight: 600;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
  }
  [part~='panel'] {
    inline-size: min(28em, calc(100vw - 2em));
    max-block-size: min(85vh, 48em);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: var(--vip-font-size, 16px);
  }
  [part~='panel']::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .frame {
    display: grid;
    gap: var(--_spacing);
    padding: calc(var(--_spacing) * 1.5);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_spacing);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  [part~='close'] {
    padding: 0.25em 0.75em;
  }
  @media (forced-colors: active) {
    [part~='launcher'] {
      border: 2px solid ButtonText;
    }
  }
`;
