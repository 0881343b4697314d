import { css } from 'lit';

/**
 * Shared by every element. Public `--vip-*` knobs are read through private `--_*` properties declared on `:host`
 * with their defaults: a knob set on an outer element (e.g. `<vip-account>`) still reaches the pieces inside it,
 * which a plain `:host { --vip-accent: … }` default would shadow. Sizes are px/em so a theme's root font size
 * (`html { font-size: 62.5% }`) changes nothing; light/dark follows `color-scheme` through `light-dark()`.
 */
export const hostStyles = css`
  :host {
    --_accent: var(--vip-accent, light-dark(#1d4ed8, #8ab4f8));
    --_text: var(--vip-text, light-dark(#1f2328, #eceef1));
    --_muted: var(--vip-muted, light-dark(#57606a, #a8b0b9));
    --_surface: var(--vip-surface, light-dark(#ffffff, #1e1f22));
    --_border: var(--vip-border, light-dark(#d0d7de, #444c56));
    --_radius: var(--vip-radius, 8px);
    --_spacing: var(--vip-spacing, 12px);
    --_tier: var(--vip-tier-color, var(--_accent));
    --_target: var(--vip-target-size, 0px);
    display: block;
    color-scheme: var(--vip-color-scheme, light dark);
    /* A theme rule matching the host itself (* { line-height: 3; color: red }) beats a normal :host declaration;
       an important one in the shadow tree beats the page, so the typography stays the --vip-* knobs'. */
    color: var(--_text) !important;
    font-family: var(--vip-font-family, system-ui, sans-serif) !important;
    font-size: var(--vip-font-size, 16px) !important;
    line-height: 1.5 !important;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .muted {
    color: var(--_muted);
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a,
  button {
    color: var(--_accent);
    font: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Copy, retry, close and the launcher: 44 px targets on touch screens (WCAG 2.5.5), or --vip-target-size. */
  button {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
  }
  @media (pointer: coarse) {
    :host {
      --_target: var(--vip-target-size, 44px);
    }
  }
  /* A bar short of its goal never looks full: a visible gap stays until the fraction is exactly 1 (R9). */
  [part~='progress-fill'] {
    max-inline-size: calc(100% - min(0.5em, (1 - var(--vip-fraction, 0)) * 1000000em));
  }
  .skeleton {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  .skeleton > span {
    display: block;
    block-size: 1.5em;
    border-radius: calc(var(--_radius) / 2);
    background: linear-gradient(90deg, var(--_border) 40%, var(--_surface) 50%, var(--_border) 60%) 0 0 / 300% 100%;
    opacity: 0.6;
    animation: vip-shimmer 1.4s linear infinite;
  }
  @keyframes vip-shimmer {
    to {
      background-position: -150% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    .skeleton > span {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .skeleton > span {
      background: GrayText;
    }
  }
`;
