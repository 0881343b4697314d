/**
 * CSS colours a merchant may give a tier. Only plain forms are accepted — hex, rgb()/rgba()/hsl()/hsla() with
 * plain numbers, and named colours — so a value can never smuggle `url(…)`, `var(…)`, `;` or a second declaration
 * into the widget's styles. Anything else is dropped (the tier shows without its colour).
 */

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NUM = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`;
const PCT = `${NUM}%?`;
const HUE = `${NUM}(?:deg|grad|rad|turn)?`;
const LEGACY_RGB = new RegExp(String.raw`^rgba?\(\s*${PCT}\s*,\s*${PCT}\s*,\s*${PCT}\s*(?:,\s*${PCT}\s*)?\)$`, 'i');
const MODERN_RGB = new RegExp(String.raw`^rgba?\(\s*${PCT}\s+${PCT}\s+${PCT}\s*(?:\/\s*${PCT}\s*)?\)$`, 'i');
const LEGACY_HSL = new RegExp(String.raw`^hsla?\(\s*${HUE}\s*,\s*${PCT}\s*,\s*${PCT}\s*(?:,\s*${PCT}\s*)?\)$`, 'i');
const MODERN_HSL = new RegExp(String.raw`^hsla?\(\s*${HUE}\s+${PCT}\s+${PCT}\s*(?:\/\s*${PCT}\s*)?\)$`, 'i');

const NAMED = new Set(
  ('aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
    'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
    'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred ' +
    'darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink ' +
    'deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold ' +
    'goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
    'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey ' +
    'lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
    'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ' +
    'navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise ' +
    'palevioletred papayawhip peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown ' +
    'salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen ' +
    'steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen transparent').split(' '),
);

/** Whether `value` is a CSS colour in one of the plain forms above (`#a0522d`, `rgb(160 82 45)`, `sienna`). */
export function isCssColor(value: string): boolean {
  if (value.length > 64) return false;
  if (value.charCodeAt(0) === 35 /* # */) return HEX.test(value);
  const lower = value.toLowerCase();
  if (NAMED.has(lower)) return true;
  return LEGACY_RGB.test(lower) || MODERN_RGB.test(lower) || LEGACY_HSL.test(lower) || MODERN_HSL.test(lower);
}
