import { css } from 'lit';

/** Layout of the account composition, in the shadow root of whichever element renders it. */
export const accountContentStyles = css`
  .content {
    display: grid;
    gap: var(--_spacing);
    align-content: start;
  }
  .summary {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  [part~='greeting'] {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
  }
  .login {
    margin: 0;
  }
`;
