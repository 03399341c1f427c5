/** What a bibliographic API says of a paper, in the content model's terms. */
export interface PaperMetadata {
  title: string;
  /** Every author, in order, `Given Family`. */
  authors: string[];
  year: number;
  /** The journal or proceedings, else `arXiv` for a preprint. */
  venue: string;
  arxiv?: string;
  doi?: string;
  /** The abstract as Markdown text (TeX kept: `$…$` renders as math). */
  abstract?: string;
}

/** Line breaks and runs of spaces, as APIs hard-wrap titles and abstracts, become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
