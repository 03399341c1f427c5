import {bibtexEntry} from '../citation/bibtex';
import type {Paper} from '../schema/collections/paper';
import {citekeyOf} from '../citation/citekey';
import {paperLinks} from './paperLinks';
import {ledgerRow, type LedgerRow} from './reproductionLedger';

export interface PaperCardData {
  status: Paper['status'];
  authors: string[];
  venue?: string;
  year: number;
  read?: string;
  reproduced?: string;
  takeaway?: string;
  next?: string;
  links: {href: string; label: string}[];
  results: LedgerRow[];
  bibtex: string;
}

/** The header card of a paper page, from its validated entry: the log fields, links, reproduction ledger and BibTeX. */
export function paperCard(paper: Paper): PaperCardData {
  const {arxiv} = paper;
  const links = paperLinks({arxiv, doi: paper.doi, url: paper.url});
  const card: PaperCardData = {
    status: paper.status,
    authors: paper.authors,
    year: paper.year,
    links,
    results: (paper.results ?? []).map(ledgerRow),
    bibtex: bibtexEntry({
      citekey: citekeyOf(paper),
      title: paper.title,
      authors: paper.authors,
      year: paper.year,
      venue: paper.venue ?? undefined,
      arxiv,
      doi: paper.doi ?? undefined,
      url: paper.url ?? undefined,
    }),
  };
  for (const key of ['venue', 'read', 'reproduced', 'takeaway', 'next'] as const) {
    const value = paper[key];
    if (typeof value === 'string') card[key] = value;
  }
  return card;
}
