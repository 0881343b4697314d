import { css } from 'lit';

export const historyStyles = css`
  [part~='history-title'] {
    cursor: pointer;
    font-weight: 700;
  }
  [part~='history-list'] {
    display: grid;
    gap: calc(var(--_spacing) / 3);
    margin-block-start: calc(var(--_spacing) / 2);
    padding-inline-start: var(--_spacing);
    border-inline-start: 2px solid var(--_border);
  }
  [part~='history-expiry'] {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    [part~='history-list'] {
      border-color: CanvasText;
    }
  }
`;
