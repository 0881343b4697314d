import { css } from 'lit';

/** The tier image's fixed box, the same in the badge and the tier list (`renderTierImage`). */
export const tierImageStyles = css`
  [part~='tier-image'] {
    inline-size: 2.5em;
    block-size: 2.5em;
    object-fit: contain;
    align-self: center;
  }
`;

export const badgeStyles = css`
  .badge {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_spacing) / 2) var(--_spacing);
  }
  [part~='tier-name'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding-block: 0.15em;
    padding-inline: 0.6em;
    border: 2px solid var(--_tier);
    border-radius: 999px;
    font-weight: 700;
  }
  [part~='tier-name']::before {
    content: '';
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--_tier);
  }
  [part~='no-tier']::before {
    display: none;
  }
  [part~='valid-until'] {
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    [part~='tier-name'] {
      border-color: CanvasText;
    }
    [part~='tier-name']::before {
      background: CanvasText;
    }
  }
`;
