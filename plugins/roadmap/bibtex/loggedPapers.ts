import {arxivWithoutVersion} from '../citation/arxivId';
import {doiKey} from '../citation/samePaper';

/** A paper note already in papers/ (or planned by this import), as far as matching needs it. */
export interface ExistingPaper {
  file: string;
  arxiv?: string;
  doi?: string;
  /** Written or derived; '' when the note is too broken to derive one. */
  citekey: string;
  title?: string;
  year?: number;
}

/** A title as two exports of one paper may differ in it: case, accents, punctuation, spacing. */
function titleKey(title: string, year: number): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return `${year} ${(words ?? []).join(' ')}`;
}

/** Two descriptions that cannot be one paper: different arXiv ids, DOIs or (when both are known) titles. */
function contradicts(a: Omit<ExistingPaper, 'file' | 'citekey'>, b: Omit<ExistingPaper, 'file' | 'citekey'>): boolean {
  return (
    (a.arxiv !== undefined && b.arxiv !== undefined && arxivWithoutVersion(a.arxiv) !== arxivWithoutVersion(b.arxiv)) ||
    (a.doi !== undefined && b.doi !== undefined && doiKey(a.doi) !== doiKey(b.doi)) ||
    (a.title !== undefined &&
      b.title !== undefined &&
      a.year !== undefined &&
      b.year !== undefined &&
      titleKey(a.title, a.year) !== titleKey(b.title, b.year))
  );
}

/**
 * The paper log indexed once by arXiv id, DOI, citation key and title, so
 * that matching an entry costs the same at 10 notes as at 26,000 (matching
 * each entry against every note made an import quadratic).
 */
export class LoggedPapers {
  private readonly byArxiv = new Map<string, ExistingPaper>();
  private readonly byDoi = new Map<string, ExistingPaper>();
  private readonly byCitekey = new Map<string, ExistingPaper>();
  private readonly byTitle = new Map<string, ExistingPaper>();

  constructor(papers: Iterable<ExistingPaper>) {
    for (const paper of papers) this.add(paper);
  }

  /** The first note that logs a key keeps it, as the check reports the later ones. */
  add(paper: ExistingPaper): void {
    const keep = (map: Map<string, ExistingPaper>, key: string) => {
      if (!map.has(key)) map.set(key, paper);
    };
    if (paper.arxiv !== undefined) keep(this.byArxiv, arxivWithoutVersion(paper.arxiv));
    if (paper.doi !== undefined) keep(this.byDoi, doiKey(paper.doi));
    if (paper.citekey !== '') keep(this.byCitekey, paper.citekey);
    if (paper.title !== undefined && paper.year !== undefined) keep(this.byTitle, titleKey(paper.title, paper.year));
  }

  /**
   * The note that logs this paper: the same arXiv id or DOI; else one of its
   * citation keys or its title and year, unless the ids or titles say that it
   * is another paper.
   */
  find(paper: Omit<ExistingPaper, 'file' | 'citekey'>, citekeys: readonly string[]): ExistingPaper | undefined {
    const byId =
      (paper.arxiv === undefined ? undefined : this.byArxiv.get(arxivWithoutVersion(paper.arxiv))) ??
      (paper.doi === undefined ? undefined : this.byDoi.get(doiKey(paper.doi)));
    if (byId) return byId;
    const candidates = [
      ...citekeys.map((key) => this.byCitekey.get(key)),
      paper.title !== undefined && paper.year !== undefined
        ? this.byTitle.get(titleKey(paper.title, paper.year))
        : undefined,
    ];
    return candidates.find((logged) => logged !== undefined && !contradicts(paper, logged));
  }

  /** The note whose citation key (written or derived) this is. */
  withCitekey(citekey: string): ExistingPaper | undefined {
    return this.byCitekey.get(citekey);
  }
}
