import { css } from 'lit';

export const progressStyles = css`
  .progress {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  [part~='progress-bar'] {
    block-size: 0.75em;
    border-radius: 999px;
    background: var(--_border);
    overflow: hidden;
  }
  [part~='progress-fill'] {
    block-size: 100%;
    inline-size: calc(var(--vip-fraction, 0) * 100%);
    border-radius: inherit;
    background: var(--_tier);
    transition: inline-size 0.4s ease-out;
  }
  [part~='progress-total'] {
    font-weight: 700;
  }
  [part~='unlocks'],
  [part~='next-step'] {
    font-size: 0.875em;
  }
  .skeleton > span:last-child {
    block-size: 0.75em;
  }
  @media (forced-colors: active) {
    [part~='progress-bar'] {
      border: 1px solid CanvasText;
      background: Canvas;
    }
    [part~='progress-fill'] {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
