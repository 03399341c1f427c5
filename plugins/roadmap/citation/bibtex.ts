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

/**
 * `Ashish Vaswani` → `Vaswani, Ashish`; `Vaswani, Ashish` stays. A name with
 * ` and ` in it (a lab) is braced whole, so that BibTeX does not split it.
 */
export function bibtexName(author: string): string {
  const name = author.trim().replace(/\s+/g, ' ');
  if (/\sand\s/i.test(name)) return `{${escape(name)}}`;
  if (name.includes(',')) return escape(name);
  const parts = name.split(' ');
  return escape(parts.length < 2 ? name : `${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}`);
}

/**
 * What LaTeX would read as a command, a comment, math or a brace, written as
 * the command that prints it, so that braces stay balanced and every BibTeX
 * tool reads back the same characters. Runs of white space are one space to
 * BibTeX anyway.
 */
const LATEX_TEXT: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
};

function escape(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\\{}~^$%&#_]/g, (c) => LATEX_TEXT[c]!);
}

/**
 * A DOI as a BibTeX field: `%`, `{` and `}` percent-encoded, since BibTeX
 * counts braces even in a verbatim field (one unbalanced brace ends the file
 * for bibtool) and `%` must stay unambiguous. doi.org resolves the encoded form.
 */
export function doiForBibtex(doi: string): string {
  return doi.replace(/[%{}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The DOI of a BibTeX field, read back: the inverse of `doiForBibtex`. */
export function doiFromBibtex(field: string): string {
  return field.replace(/%(25|7B|7D)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A URL as a BibTeX field: its braces percent-encoded (the same URL), the rest as it is. */
function urlForBibtex(url: string): string {
  return url.replace(/[{}]/g, (c) => (c === '{' ? '%7B' : '%7D'));
}

/** arXiv, CoRR (DBLP's name for it) and "arXiv preprint …": a venue that is a preprint server, not a venue. */
export function isPreprintVenue(venue: string | undefined): boolean {
  return venue === undefined || /^(arxiv\b|corr$)/i.test(venue.trim());
}

/**
 * One entry: `@inproceedings` for a paper with a venue other than arXiv,
 * `@misc` with eprint/archivePrefix for an arXiv preprint, `@misc` otherwise.
 * The title is double-braced so that BibTeX styles keep its capitals.
 */
export function bibtexEntry(paper: CitablePaper): string {
  const preprint = isPreprintVenue(paper.venue);
  const fields: [string, string][] = [
    ['title', `{${escape(paper.title)}}`],
    ['author', paper.authors.map(bibtexName).join(' and ')],
    ['year', String(paper.year)],
  ];
  if (!preprint) fields.push(['booktitle', escape(paper.venue ?? '')]);
  if (paper.arxiv !== undefined) fields.push(['eprint', paper.arxiv], ['archivePrefix', 'arXiv']);
  if (paper.doi !== undefined) fields.push(['doi', doiForBibtex(paper.doi)]);
  if (paper.url !== undefined) fields.push(['url', urlForBibtex(paper.url)]);
  const type = preprint ? 'misc' : 'inproceedings';
  return `@${type}{${paper.citekey},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** `/papers.bib`: the whole log. */
export function bibtexFile(papers: readonly CitablePaper[]): string {
  return papers.map(bibtexEntry).join('\n');
}
