import type {PrismTheme} from 'prism-react-renderer';

/** WCAG AA for normal-size text: code is set at about 15 px, never "large". */
export const AA_CONTRAST = 4.5;

type Rgb = [number, number, number];

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` (Dracula's form); null for anything else. */
function parseColour(colour: string): Rgb | null {
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(colour.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [parseColour(a), parseColour(b)].map((rgb) => (rgb ? luminance(rgb) : 0)) as [number, number];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * `colour`, moved towards black on a light background or white on a dark one
 * by the smallest step that reaches `ratio`: the hue stays, so the theme
 * still looks like itself. Colours that pass, or that it cannot read, are kept.
 */
export function readableOn(colour: string, background: string, ratio = AA_CONTRAST): string {
  const rgb = parseColour(colour);
  const bg = parseColour(background);
  if (!rgb || !bg || contrastRatio(colour, background) >= ratio) return colour;
  const target: Rgb = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 100; step += 1) {
    const mixed = toHex(rgb.map((channel, i) => channel + (target[i]! - channel) * (step / 100)) as Rgb);
    if (contrastRatio(mixed, background) >= ratio) return mixed;
  }
  return toHex(target);
}

/**
 * A Prism theme whose every token colour reads at AA contrast on the theme's
 * own background. Docusaurus's default themes (github, dracula) have keys,
 * numbers and comments at 2.6:1 to 3:1, which axe reports as serious.
 */
export function readableCodeTheme(theme: PrismTheme): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  const fix = <T extends {color?: string}>(style: T): T =>
    style.color ? {...style, color: readableOn(style.color, background)} : style;
  return {plain: fix(theme.plain), styles: theme.styles.map((entry) => ({...entry, style: fix(entry.style)}))};
}
