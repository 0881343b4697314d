import { css } from 'lit';

export const tierListStyles = css`
  /* Block flow, not a grid: a stage that adds a tier lays out that tier, not the whole list again. */
  [part~='tier-list'] > * + * {
    margin-block-start: var(--_spacing);
  }
  [part~='tier'] {
    --_tier: var(--vip-tier-color, var(--_accent));
    display: grid;
    gap: calc(var(--_spacing) / 2);
    padding: var(--_spacing);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_tier);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* Contained: a stage that adds a tier lays out and paints it without going through the ones shown before. */
    contain: content;
  }
  /* A long list (staged.ts, LONG_LIST_WEIGHT): each tier is rendered as it nears the viewport; until then it holds
     its last size, or this estimate. */
  .long > [part~='tier'] {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20em;
  }
  [part~='current'] {
    border-color: var(--_tier);
    box-shadow: 0 0 0 1px var(--_tier);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_spacing) / 2) var(--_spacing);
  }
  [part~='tier-title'] {
    font-weight: 700;
  }
  [part~='tier-goal'] {
    font-size: 0.875em;
  }
  [part~='tier-state'] {
    margin-inline-start: auto;
    font-size: 0.875em;
  }
  [part~='reached'] [part~='tier-state'] {
    font-weight: 700;
  }
  [part~='passed-over'] {
    font-size: 0.875em;
  }
  [part~='current-label'] {
    margin-inline-start: auto;
    padding-inline: 0.5em;
    border: 1px solid var(--_tier);
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 700;
  }
  .skeleton > span {
    block-size: 5em;
  }
  @media (forced-colors: active) {
    [part~='tier'] {
      border-color: CanvasText;
    }
    [part~='current'] {
      outline: 2px solid Highlight;
    }
    [part~='current-label'] {
      border-color: CanvasText;
    }
  }
`;
