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

/**
 * The value for `--vip-tier-color` on `element`: `color` where it has 3:1 against the surface and the track there
 * (`--vip-surface`, `--vip-border` as the browser resolves them for `element`), else the nearest mix toward black or
 * white that has it — as `light-dark()` when the two schemes need different ones — or undefined for the accent.
 */
export function readableTierColor(element: HTMLElement, color: string): string | undefined {
  // Without light-dark() the defaults drop out (README, "Browsers"): nothing to measure against.
  if (!CSS.supports('color', 'light-dark(#000,#fff)')) return color;
  const probe = document.createElement('i');
  probe.style.cssText = `color:var(--_surface);background:var(--_border);border-color:${color}`;
  (element.shadowRoot ?? element).append(probe);
  const [light, dark] = ['light', 'dark'].map((scheme) => {
    probe.style.colorScheme = scheme;
    const style = getComputedStyle(probe);
    // Computed sRGB colours read `rgb(r, g, b)`; anything else (a theme's oklch(), a translucent colour) is kept.
    const [surface, track, tier] = [style.color, style.backgroundColor, style.borderTopColor].map((value) =>
      /^rgb\([^,]+,[^,]+,[^,]+\)$/.test(value) ? value.match(/[\d.]+/g)!.map(Number) : undefined,
    );
    if (!surface || !track || !tier) return color;
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
  });
  probe.remove();
  return light && dark && (light === dark ? light : `light-dark(${light}, ${dark})`);
}
