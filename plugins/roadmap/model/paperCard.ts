import {bibtexEntry} from '../citation/bibtex';
import {arxivIdOf} from '../citation/arxivId';
import type {Paper} from '../schema/collections/paper';
import {citekeyOf} from '../citation/citekey';
import {paperLinks} from './paperLinks';
import {reproductionGap} from './rounding';

/** A paper's front matter as the page receives it: validated at build, `arxiv` possibly still a number. */
export type PaperFrontMatter = Omit<Paper, 'arxiv'> & {arxiv?: string | number | undefined};

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
  results: {metric: string; paper: number; mine: number; gap: number; setup?: string}[];
  bibtex: string;
}

/** The header card of a paper page: the log fields, links, reproduction ledger and BibTeX. */
export function paperCard(frontMatter: PaperFrontMatter): PaperCardData {
  const written = arxivIdOf(frontMatter.arxiv);
  // The build refused an id YAML garbled, so a number left here cannot happen.
  const arxiv = typeof written === 'number' ? undefined : written;
  const links = paperLinks({arxiv, doi: frontMatter.doi, url: frontMatter.url});
  const card: PaperCardData = {
    status: frontMatter.status,
    authors: frontMatter.authors,
    year: frontMatter.year,
    links,
    results: (frontMatter.results ?? []).map((r) => ({
      metric: r.metric,
      paper: r.paper,
      mine: r.mine,
      gap: reproductionGap(r),
      ...(r.setup === undefined ? {} : {setup: r.setup}),
    })),
    bibtex: bibtexEntry({
      citekey: citekeyOf(frontMatter),
      title: frontMatter.title,
      authors: frontMatter.authors,
      year: frontMatter.year,
      venue: frontMatter.venue ?? undefined,
      arxiv,
      doi: frontMatter.doi ?? undefined,
      url: frontMatter.url ?? undefined,
    }),
  };
  for (const key of ['venue', 'read', 'reproduced', 'takeaway', 'next'] as const) {
    const value = frontMatter[key];
    if (typeof value === 'string') card[key] = value;
  }
  return card;
}
