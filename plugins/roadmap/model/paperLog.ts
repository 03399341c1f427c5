import {paperLinks} from './paperLinks';
import type {PaperLogEntry, RoadmapModel} from './roadmapModel';

/** One row of the paper log, as `/papers` shows it and searches it (also `/papers.json`). */
export interface PaperRow {
  slug: string;
  title: string;
  permalink: string;
  authors: string[];
  year: number;
  venue?: string;
  status: PaperLogEntry['status'];
  /** The log date. */
  read?: string;
  reproduced?: string;
  takeaway?: string;
  next?: string;
  tags: string[];
  hasResults: boolean;
  /** The paper itself: arXiv, else DOI, else its URL; absent for a paper logged without a link. */
  link?: {href: string; label: string};
}

/** The paper itself, for the log's Link column: arXiv, else DOI, else its URL; none without any. */
export function paperLink(
  paper: Pick<PaperLogEntry, 'arxiv' | 'doi' | 'url'>,
): {href: string; label: string} | undefined {
  return paperLinks(paper)[0];
}

/** The paper log's rows, newest log date first (queued papers last). */
export function paperRows(model: RoadmapModel): PaperRow[] {
  return model.papers.map((p) => {
    const row: PaperRow = {
      slug: p.slug,
      title: p.title,
      permalink: p.permalink,
      authors: p.authors,
      year: p.year,
      status: p.status,
      tags: p.tags,
      hasResults: p.results.length > 0,
    };
    const link = paperLink(p);
    if (link !== undefined) row.link = link;
    if (p.venue !== undefined) row.venue = p.venue;
    if (p.read !== undefined) row.read = p.read;
    if (p.reproduced !== undefined) row.reproduced = p.reproduced;
    if (p.takeaway !== undefined) row.takeaway = p.takeaway;
    if (p.next !== undefined) row.next = p.next;
    return row;
  });
}
