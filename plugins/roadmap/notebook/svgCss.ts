/**
 * Whether CSS in an SVG image (a `<style>` element, a `style=` attribute, a
 * presentation attribute such as `fill`) loads nothing and stays inside the
 * file. An allowlist, not a parser: CSS fetches through `url()`, `@import`,
 * `image-set()` and more, and escapes (`u\72l(`) or comments (`u/**\/rl(`)
 * hide the names from a pattern. So a backslash or an at-rule fails, and so
 * does any function but colours, lengths, transforms, filters, gradients and
 * `url(#id)`. What a plotting library writes passes (matplotlib:
 * `*{stroke-linejoin: round}`, `clip-path="url(#p1)"`, `fill: #1f77b4`).
 */
const FUNCTIONS = new Set([
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'hwb',
  'lab',
  'lch',
  'oklab',
  'oklch',
  'calc',
  'min',
  'max',
  'clamp',
  'var',
  'matrix',
  'translate',
  'translatex',
  'translatey',
  'scale',
  'scalex',
  'scaley',
  'rotate',
  'skew',
  'skewx',
  'skewy',
  'blur',
  'brightness',
  'contrast',
  'drop-shadow',
  'grayscale',
  'hue-rotate',
  'invert',
  'opacity',
  'saturate',
  'sepia',
  'linear-gradient',
  'radial-gradient',
  'url',
]);

/** `url(` and what follows, as far as the quote or the first character of the address. */
const URL_START = /url\(\s*(['"]?)(.)/gi;

export function isSafeCss(css: string): boolean {
  if (/[\\@]/.test(css)) return false;
  for (const [, name] of css.matchAll(/([-\w]*)\(/g)) {
    if (!FUNCTIONS.has((name ?? '').toLowerCase())) return false;
  }
  for (const [, , first] of css.matchAll(URL_START)) if (first !== '#') return false;
  // Every `url(` was matched with what follows it: one with nothing after it never closes.
  return (css.match(/url\(/gi)?.length ?? 0) === [...css.matchAll(URL_START)].length;
}
