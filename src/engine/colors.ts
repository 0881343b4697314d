/**
 * CSS colours a merchant may give a tier. Only plain forms are accepted — hex, rgb()/rgba()/hsl()/hsla() with
 * plain numbers, and a colour name (one word of letters) — so a value can never smuggle `url(…)`, `var(…)`, `;` or
 * a second declaration into the widget's styles. Anything else is dropped (the tier shows without its colour).
 * Names are not looked up here (the table would be most of this file's bytes in every browser): the elements set
 * a colour only when `CSS.supports('color', …)` accepts it, so an unknown name is ignored at render time.
 */

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NUM = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`;
const PCT = `${NUM}%?`;
const HUE = `${NUM}(?:deg|grad|rad|turn)?`;
const LEGACY_RGB = new RegExp(String.raw`^rgba?\(\s*${PCT}\s*,\s*${PCT}\s*,\s*${PCT}\s*(?:,\s*${PCT}\s*)?\)$`, 'i');
const MODERN_RGB = new RegExp(String.raw`^rgba?\(\s*${PCT}\s+${PCT}\s+${PCT}\s*(?:\/\s*${PCT}\s*)?\)$`, 'i');
const LEGACY_HSL = new RegExp(String.raw`^hsla?\(\s*${HUE}\s*,\s*${PCT}\s*,\s*${PCT}\s*(?:,\s*${PCT}\s*)?\)$`, 'i');
const MODERN_HSL = new RegExp(String.raw`^hsla?\(\s*${HUE}\s+${PCT}\s+${PCT}\s*(?:\/\s*${PCT}\s*)?\)$`, 'i');

/** A colour name such as `sienna` or `transparent`: letters only, so nothing but a keyword can get through. */
const NAME = /^[a-z]{3,20}$/;

/** Whether `value` is a CSS colour in one of the plain forms above (`#a0522d`, `rgb(160 82 45)`, `sienna`). */
export function isCssColor(value: string): boolean {
  if (value.length > 64) return false;
  if (value.charCodeAt(0) === 35 /* # */) return HEX.test(value);
  const lower = value.toLowerCase();
  if (NAME.test(lower)) return true;
  return LEGACY_RGB.test(lower) || MODERN_RGB.test(lower) || LEGACY_HSL.test(lower) || MODERN_HSL.test(lower);
}
