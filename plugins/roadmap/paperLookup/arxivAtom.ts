import {XMLParser} from 'fast-xml-parser';
import {arxivWithoutVersion} from '../citation/arxivId';
import {oneLine, type PaperMetadata} from './paperMetadata';

/** What arXiv's answer held: the paper, none with that id, or arXiv's own error entry. */
export type ArxivAnswer = {found: PaperMetadata} | {notFound: true} | {error: string};

// Namespaces dropped (`arxiv:journal_ref` → `journal_ref`); these may repeat, so they are always lists.
const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  isArray: (name) => ['entry', 'author', 'link'].includes(name),
  parseTagValue: false,
});

interface AtomEntry {
  id?: string;
  title?: string;
  summary?: string;
  published?: string;
  author?: {name?: string}[];
  journal_ref?: string;
  doi?: string;
}

/**
 * Parses an answer of arXiv's query API (an Atom feed, arxiv.org/help/api).
 * An unknown id gives a feed with no entry; a malformed one, an entry titled
 * `Error` whose id is under `/api/errors`.
 */
export function parseArxivAtom(xml: string): ArxivAnswer {
  const feed = (parser.parse(xml) as {feed?: {entry?: AtomEntry[]}}).feed;
  if (feed === undefined) return {error: `not an Atom feed (got ${JSON.stringify(xml.slice(0, 40))})`};
  const entry = feed.entry?.[0];
  if (entry === undefined) return {notFound: true};
  if (entry.id?.includes('/api/errors') || entry.title === 'Error')
    return {error: oneLine(entry.summary ?? 'arXiv answered with an error')};
  const id = /arxiv\.org\/abs\/(.+)$/.exec(entry.id ?? '')?.[1];
  const year = Number(entry.published?.slice(0, 4));
  const title = oneLine(entry.title ?? '');
  const authors = (entry.author ?? []).map((a) => oneLine(a.name ?? '')).filter((name) => name !== '');
  if (!id || !title || authors.length === 0 || !Number.isInteger(year))
    return {error: 'the entry has no id, title, author or publication date'};
  return {
    found: {
      title,
      authors,
      year,
      // A journal reference names where it appeared: the venue, else the preprint server.
      venue: entry.journal_ref ? oneLine(entry.journal_ref) : 'arXiv',
      arxiv: arxivWithoutVersion(id),
      ...(entry.doi ? {doi: oneLine(entry.doi)} : {}),
      ...(entry.summary ? {abstract: oneLine(entry.summary)} : {}),
    },
  };
}
