/** WCAG contrast of colours as the browser rendered them (`getComputedStyle` values), for the contrast tests. */

/** The red, green and blue of a computed `rgb(…)`/`rgba(…)` colour; throws on anything else, so a test cannot pass on a misread. */
export function rgbOf(computed: string): [number, number, number] {
  const match = /^rgba?\((\d+(?:\.\d+)?),?\s*(\d+(?:\.\d+)?),?\s*(\d+(?:\.\d+)?)(?:\s*[,/]\s*(\d*(?:\.\d+)?))?\)$/.exec(computed.trim());
  if (!match) throw new Error(`not an rgb() colour: ${computed}`);
  if (match[4] !== undefined && Number(match[4]) !== 1) throw new Error(`a translucent colour has no contrast of its own: ${computed}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG 2 relative luminance of a computed colour. */
export function luminanceOf(computed: string): number {
  const [r, g, b] = rgbOf(computed).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two computed colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminanceOf(a), luminanceOf(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The background colour a shopper sees behind `element`: its own or the nearest ancestor's (through shadow roots) that is opaque. */
export function backgroundBehind(element: Element, fallback = 'rgb(255, 255, 255)'): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const background = getComputedStyle(node).backgroundColor;
    if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') return background;
  }
  return fallback;
}
