const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'is', 'are', 'at', 'by']);

function asciiWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The family name of `Ashish Vaswani` or `Vaswani, Ashish`. */
export function familyName(author: string): string {
  const [before, after] = author.split(',');
  if (after !== undefined) return before!.trim();
  return author.trim().split(/\s+/).at(-1) ?? author;
}

/** Google Scholar's key style: first author's family name, year, first real title word (`vaswani2017attention`). */
export function deriveCitekey(paper: {authors: readonly string[]; year: number; title: string}): string {
  const author = asciiWord(familyName(paper.authors[0] ?? 'anonymous')) || 'anonymous';
  const word = paper.title
    .split(/[\s:,-]+/)
    .map(asciiWord)
    .find((w) => w !== '' && !STOP_WORDS.has(w));
  return `${author}${paper.year}${word ?? ''}`;
}

/**
 * A paper's citation key: the one its author set, else the derived one. The
 * one place validation, the model, the paper page and the BibTeX importer ask.
 */
export function citekeyOf(paper: {
  citekey?: string | undefined;
  authors: readonly string[];
  year: number;
  title: string;
}): string {
  return paper.citekey ?? deriveCitekey(paper);
}
