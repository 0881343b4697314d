/**
 * Tier colours that stay visible: WCAG 1.4.11 asks 3:1 for non-text marks, and a tier colour is the bar's fill
 * on its track and the badge outline, bullets and borders on the surface. A merchant's colour is kept where it
 * reaches 3:1 against both, else mixed toward black or white until it does (the hue stays), for the light and the
 * dark scheme each; where no mix reaches it, the accent is used.
 */

/** WCAG relative luminance of sRGB channels 0–255. */
const luminance = ([r, g, b]: number[]): number => {
  const linear = (c: number): number => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
};

/** sRGB channels of a computed colour that reads `rgb(r, g, b)`; undefined for anything else (oklch(), translucent). */
const channels = (value: string): number[] | undefined =>
  /^rgb\([^,]+,[^,]+,[^,]+\)$/.test(value) ? value.match(/[\d.]+/g)!.map(Number) : undefined;

/** The colour to use for `tier` on `surface` and `track` (sRGB channels): itself, the nearest mix with 3:1, or undefined. */
function readableOn(color: string, tier: number[], surface: number[], track: number[]): string | undefined {
  for (let step = 0; step <= 10; step++) {
    for (const end of [0, 255]) {
      const mixed = tier.map((c) => Math.round(c + ((end - c) * step) / 10));
      const l = luminance(mixed);
      if ([surface, track].every((b) => (Math.max(l, luminance(b)) + 0.05) / (Math.min(l, luminance(b)) + 0.05) >= 3)) {
        return step ? `rgb(${mixed.join(' ')})` : color;
      }
    }
  }
  return undefined;
}

/**
 * The values for `--vip-tier-color` on `element`, one per colour of `colors`: the colour where it has 3:1 against the
 * surface and the track there (`--vip-surface`, `--vip-border` as the browser resolves them for `element`), else the
 * nearest mix toward black or white that has it — as `light-dark()` when the two schemes need different ones — or
 * undefined for the accent. All are resolved in one computation of styles.
 */
export function readableTierColors(element: HTMLElement, colors: readonly string[]): (string | undefined)[] {
  // Without light-dark() the defaults drop out (README, "Browsers"): nothing to measure against.
  if (!CSS.supports('color', 'light-dark(#000,#fff)')) return [...colors];
  // One probe per scheme, holding one mark per colour.
  const probes = ['light', 'dark'].map((scheme) => {
    const probe = document.createElement('i');
    probe.style.cssText = `color:var(--_surface);background:var(--_border);color-scheme:${scheme}`;
    for (const color of colors) {
      const mark = probe.appendChild(document.createElement('i'));
      mark.style.borderColor = color;
    }
    (element.shadowRoot ?? element).append(probe);
    return probe;
  });
  const [light, dark] = probes.map((probe) => {
    const style = getComputedStyle(probe);
    const [surface, track] = [channels(style.color), channels(style.backgroundColor)];
    return [...probe.children].map((mark, i) => {
      const color = colors[i]!;
      const tier = channels(getComputedStyle(mark).borderTopColor);
      return surface && track && tier ? readableOn(color, tier, surface, track) : color;
    });
  });
  for (const probe of probes) probe.remove();
  return colors.map((_, i) => {
    const [l, d] = [light![i], dark![i]];
    return l && d && (l === d ? l : `light-dark(${l}, ${d})`);
  });
}
