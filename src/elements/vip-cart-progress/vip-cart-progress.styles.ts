import { css } from 'lit';

export const cartStyles = css`
  p {
    margin: 0;
  }
  [part~='cart-reaches'] {
    font-weight: 700;
  }
  [part~='cart-progress']:not(:empty)::before {
    content: '';
    display: inline-block;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--_tier);
  }
  @media (forced-colors: active) {
    [part~='cart-progress']::before {
      background: CanvasText;
    }
  }
`;
