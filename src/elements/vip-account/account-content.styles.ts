import { css } from 'lit';

/** Layout of the account composition, in the shadow root of whichever element renders it. */
export const accountContentStyles = css`
  .content,
  section {
    display: grid;
    gap: var(--_spacing);
    align-content: start;
  }
  .summary {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  [part~='greeting'],
  [part~='pitch'],
  .actions {
    margin: 0;
  }
  [part~='greeting'] {
    font-size: 1.25em;
    font-weight: 700;
  }
  /* Inline, so a collapsed section's marker sits beside its heading. */
  [part~='heading'] {
    display: inline;
    margin: 0;
    font-size: 1.125em;
  }
  summary {
    cursor: pointer;
    margin-block-end: calc(var(--_spacing) / 2);
  }
  details li {
    margin-block-end: calc(var(--_spacing) / 3);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
  }
  .button {
    padding: 0.5em 1.1em;
    border: 1px solid;
    border-radius: var(--_radius);
    font-weight: 700;
    text-decoration: none;
  }
  [part~='register'] {
    background: var(--_accent);
    color: var(--_surface);
  }
`;
