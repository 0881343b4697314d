/**
 * Tier colours that stay visible: WCAG 1.4.11 asks 3:1 for non-text marks, and a tier colour is the bar's fill
 * on its track and the badge outline, bullets and borders on the surface. A merchant's colour is kept where it
 * reaches 3:1 against both, else mixed toward black or white until it does (the hue stays), for the light and the
 * dark scheme each; where no mix reaches it, the accent is used.
 */

type Rgb = number[];

/** The numbers of a computed `rgb(…)`/`rgba(…)` colour (what `getComputedStyle` gives for sRGB colours). */
const channels = (value: string): Rgb | undefined => {
  const n = value.match(/[\d.]+/g)?.map(Number);
  return value.startsWith('rgb') && n && n.length >= 3 && (n[3] ?? 1) === 1 ? n.slice(0, 3) : undefined;
};

/** WCAG relative luminance. */
const luminance = (rgb: Rgb): number =>
  rgb
    .map((c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);

/** WCAG contrast ratio of two luminances. */
const ratio = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * '' when `tier` has 3:1 against every background as it is, else it mixed toward black or white until it does;
 * undefined if no mix does.
 */
function readable(tier: Rgb, backgrounds: number[]): string | undefined {
  for (let step = 0; step <= 10; step++) {
    for (const end of step ? [0, 255] : [0]) {
      const mixed = tier.map((c) => Math.round(c + (end - c) * step / 10));
      if (backgrounds.every((b) => ratio(luminance(mixed), b) >= 3)) return step ? `rgb(${mixed.join(' ')})` : '';
    }
  }
  return undefined;
}

/**
 * The value for `--vip-tier-color` on `element`: `color` where it is readable on the surface and the track there
 * (`--vip-surface`, `--vip-border` as resolved for `element`), an adjusted colour where it is not — as
 * `light-dark()` when the two schemes need different ones — or undefined for the accent.
 */
export function readableTierColor(element: HTMLElement, color: string): string | undefined {
  // Without light-dark() the defaults drop out (README, "Browsers"): nothing to measure against.
  if (!CSS.supports('color', 'light-dark(#000,#fff)')) return color;
  const probe = document.createElement('i');
  probe.style.cssText = `position:absolute;color:var(--_surface);background:var(--_border);border-color:${color}`;
  (element.shadowRoot ?? element).append(probe);
  const schemes = ['light', 'dark'].map((scheme) => {
    probe.style.colorScheme = scheme;
    const style = getComputedStyle(probe);
    const [surface, track, tier] = [style.color, style.backgroundColor, style.borderTopColor].map(channels);
    return tier && surface && track ? readable(tier, [luminance(surface), luminance(track)]) : '';
  });
  probe.remove();
  // '' is the colour as given.
  const [light, dark] = schemes.map((adjusted) => (adjusted === '' ? color : adjusted));
  return light && dark ? (light === dark ? light : `light-dark(${light}, ${dark})`) : undefined;
}
