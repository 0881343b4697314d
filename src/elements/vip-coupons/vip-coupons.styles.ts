import { css } from 'lit';

export const couponsStyles = css`
  /* Block flow, not a grid: a stage that adds coupons lays out those, not the whole list again. */
  [part~='coupons'] > * + * {
    margin-block-start: calc(var(--_spacing) / 2);
  }
  [part~='coupon'] {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 0.25em var(--_spacing);
    padding: calc(var(--_spacing) * 0.75) var(--_spacing);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* Contained: a stage that adds coupons lays out and paints them without going through the ones shown before. */
    contain: content;
  }
  /* A long list (staged.ts, LONG_LIST_WEIGHT): each coupon is rendered as it nears the viewport. */
  .long > [part~='coupon'] {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 5.5em;
  }
  [part~='coupon'] > :not(.actions) {
    grid-column: 1;
  }
  [part~='coupon-active'] {
    border: 2px solid var(--_accent);
  }
  [part~='coupon-soon'] [part~='coupon-status'] {
    font-weight: 700;
  }
  [part~='coupon-title'] {
    font-weight: 700;
  }
  /* A code reads left to right, isolated from the text around it, even in a right-to-left block. */
  [part~='coupon-code'] {
    direction: ltr;
    unicode-bidi: isolate;
    font-family: ui-monospace, monospace;
    font-size: 1em;
    letter-spacing: 0.05em;
    user-select: all;
  }
  [part~='coupon-status'] {
    font-size: 0.875em;
  }
  .actions {
    grid-column: 2;
    grid-row: 1 / span 3;
    display: grid;
    gap: 0.25em;
    justify-items: center;
  }
  [part~='copy'] {
    padding-block: 0.4em;
    padding-inline: 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  [part~='coupon-used'],
  [part~='coupon-expired'] {
    border-style: solid;
    color: var(--_muted);
  }
  summary {
    cursor: pointer;
    margin-block: calc(var(--_spacing) / 2);
  }
  [part~='coupon-used'] [part~='coupon-code'],
  [part~='coupon-expired'] [part~='coupon-code'] {
    text-decoration: line-through;
  }
  .skeleton > span {
    block-size: 4.5em;
  }
  @media (forced-colors: active) {
    [part~='coupon'],
    [part~='copy'] {
      border-color: CanvasText;
    }
  }
`;
