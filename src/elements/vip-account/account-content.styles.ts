import { css } from 'lit';

/** Layout of the account composition, in the shadow root of whichever element renders it. */
export const accountContentStyles = css`
  .content,
  section {
    display: grid;
    gap: var(--_spacing);
    align-content: start;
  }
  .content {
    gap: calc(var(--_spacing) * 1.5);
  }
  .summary {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  [part~='greeting'],
  [part~='pitch'] {
    margin: 0;
  }
  [part~='greeting'] {
    font-size: 1.25em;
    font-weight: 600;
  }
  [part~='heading'] {
    display: inline;
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  summary {
    cursor: pointer;
  }
  details > :not(summary) {
    margin-block-start: calc(var(--_spacing) / 2);
  }
  .why,
  .how {
    display: grid;
    gap: calc(var(--_spacing) / 3);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
    margin: 0;
  }
  .button {
    padding: 0.5em 1.1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
    text-decoration: none;
  }
  [part~='register'] {
    background: var(--_accent);
    color: var(--_surface);
  }
  @media (forced-colors: active) {
    .button {
      border-color: LinkText;
    }
  }
`;
