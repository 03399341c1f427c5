/** The fields of a paper that its BibTeX entry is made of. */
export interface CitablePaper {
  citekey: string;
  title: string;
  authors: readonly string[];
  year: number;
  venue?: string | undefined;
  arxiv?: string | undefined;
  doi?: string | undefined;
  url?: string | undefined;
}

/** `Ashish Vaswani` → `Vaswani, Ashish`; `Vaswani, Ashish` stays. */
export function bibtexName(author: string): string {
  if (author.includes(',')) return author.trim();
  const parts = author.trim().split(/\s+/);
  return parts.length < 2 ? author.trim() : `${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}`;
}

/** Escapes what LaTeX would read as a command; braces stay balanced. */
function escape(text: string): string {
  return text.replace(/([&%#_])/g, '\\$1').replace(/[{}]/g, '');
}

/**
 * One entry: `@inproceedings` for a paper with a venue other than arXiv,
 * `@misc` with eprint/archivePrefix for an arXiv preprint, `@misc` otherwise.
 * The title is double-braced so that BibTeX styles keep its capitals.
 */
export function bibtexEntry(paper: CitablePaper): string {
  const preprint = paper.venue === undefined || /^arxiv$/i.test(paper.venue);
  const fields: [string, string][] = [
    ['title', `{${escape(paper.title)}}`],
    ['author', paper.authors.map((a) => escape(bibtexName(a))).join(' and ')],
    ['year', String(paper.year)],
  ];
  if (!preprint) fields.push(['booktitle', escape(paper.venue ?? '')]);
  if (paper.arxiv !== undefined) fields.push(['eprint', paper.arxiv], ['archivePrefix', 'arXiv']);
  if (paper.doi !== undefined) fields.push(['doi', paper.doi]);
  if (paper.url !== undefined) fields.push(['url', paper.url]);
  const type = preprint ? 'misc' : 'inproceedings';
  return `@${type}{${paper.citekey},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** `/papers.bib`: the whole log. */
export function bibtexFile(papers: readonly CitablePaper[]): string {
  return papers.map(bibtexEntry).join('\n');
}
