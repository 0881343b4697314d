import { css } from 'lit';

/** Also used by `<vip-tier-list>`, which renders each tier's rewards the same way. */
export const rewardsStyles = css`
  [part~='rewards'] {
    display: grid;
    gap: calc(var(--_spacing) / 3);
  }
  [part~='reward'] {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  [part~='reward']::before {
    content: '';
    flex: none;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-radius: 50%;
    background: var(--_tier);
    translate: 0 -0.15em;
  }
  @media (forced-colors: active) {
    [part~='reward']::before {
      background: CanvasText;
    }
  }
`;
