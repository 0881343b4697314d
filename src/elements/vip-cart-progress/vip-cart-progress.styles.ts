import { css } from 'lit';

export const cartStyles = css`
  /* The one paragraph is the cart-progress part. */
  p {
    margin: 0;
  }
  [part~='cart-reaches'] {
    font-weight: 700;
  }
  p:not(:empty)::before {
    content: '';
    display: inline-block;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--_tier);
  }
  @media (forced-colors: active) {
    p::before {
      background: CanvasText;
    }
  }
`;
