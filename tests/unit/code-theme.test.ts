import {themes} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {darkCodeTheme, lightCodeTheme} from '../../src/codeTheme';
import {AA_CONTRAST, contrastRatio, readableOn} from '../../src/codeTheme/readableCodeTheme';

describe('code-block colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    // axe's figure for GitHub's keys on its code background.
    expect(contrastRatio('#00a4db', '#f6f8fa')).toBeCloseTo(2.69, 2);
  });

  it('darkens a pale colour on a light background, lightens a dim one on a dark background, keeps good ones', () => {
    const darker = readableOn('#00a4db', '#f6f8fa');
    expect(contrastRatio(darker, '#f6f8fa')).toBeGreaterThanOrEqual(AA_CONTRAST);
    expect(contrastRatio(darker, '#f6f8fa')).toBeLessThan(AA_CONTRAST + 0.5); // the smallest step, not black
    const lighter = readableOn('#6272a4', '#282a36');
    expect(contrastRatio(lighter, '#282a36')).toBeGreaterThanOrEqual(AA_CONTRAST);
    expect(readableOn('#393a34', '#f6f8fa')).toBe('#393a34');
    expect(contrastRatio(readableOn('rgb(98, 114, 164)', '#282a36'), '#282a36')).toBeGreaterThanOrEqual(AA_CONTRAST);
  });

  it.each([
    ['light', lightCodeTheme, themes.github],
    ['dark', darkCodeTheme, themes.dracula],
  ])('every token of the %s theme reads at AA contrast on its background', (_, theme, original) => {
    const background = theme.plain.backgroundColor!;
    expect(background).toBe(original.plain.backgroundColor);
    for (const {types, style} of [{types: ['plain'], style: theme.plain}, ...theme.styles]) {
      if (style.color)
        expect(contrastRatio(style.color, background), types.join(',')).toBeGreaterThanOrEqual(AA_CONTRAST);
    }
  });
});
