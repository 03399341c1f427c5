import {familyName} from './citekey';

/**
 * Author–year citations as Pandoc's default style writes them: "He et al.,
 * 2016", "Vaswani and Shazeer, 2017"; several in one bracket are joined with
 * "; ".
 */

/** `He et al., 2016`. */
export function authorYear(paper: {authors: readonly string[]; year: number}): string {
  const names = paper.authors.map(familyName);
  const who =
    names.length === 0
      ? 'Anonymous'
      : names.length === 1
        ? names[0]
        : names.length === 2
          ? `${names[0]} and ${names[1]}`
          : `${names[0]} et al.`;
  return `${who}, ${paper.year}`;
}
