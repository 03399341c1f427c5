import {XMLParser} from 'fast-xml-parser';
import {oneLine, type PaperMetadata} from './paperMetadata';

/** The part of Crossref's `/works/{doi}` answer (api.crossref.org, `message-type: work`) a note uses. */
interface CrossrefWork {
  DOI?: string;
  title?: string[];
  author?: {given?: string; family?: string; name?: string}[];
  'container-title'?: string[];
  published?: {'date-parts'?: number[][]};
  issued?: {'date-parts'?: number[][]};
  abstract?: string;
}

// Crossref's abstracts are JATS XML (`<jats:p>…</jats:p>`); the text is what a note keeps.
const jats = new XMLParser({removeNSPrefix: true, parseTagValue: false, preserveOrder: true, ignoreAttributes: true});

type JatsNode = {'#text'?: string} & Record<string, JatsNode[] | string | undefined>;

function textOf(nodes: JatsNode[]): string {
  return nodes
    .map((node) =>
      node['#text'] !== undefined
        ? String(node['#text'])
        : Object.entries(node)
            .filter(([key]) => key !== ':@')
            .map(([key, children]) => (Array.isArray(children) ? textOf(children) : '') + (key === 'p' ? ' ' : ''))
            .join(''),
    )
    .join('');
}

/** Parses Crossref's JSON answer for one work; undefined fields are left out of the note. */
export function parseCrossrefWork(body: unknown): {found: PaperMetadata} | {error: string} {
  const work = (body as {message?: CrossrefWork} | undefined)?.message;
  if (work === undefined) return {error: 'the answer has no message (expected a Crossref work)'};
  const title = oneLine(work.title?.[0] ?? '');
  const authors = (work.author ?? [])
    .map((a) => oneLine(a.name ?? [a.given, a.family].filter(Boolean).join(' ')))
    .filter((name) => name !== '');
  const year = (work.published ?? work.issued)?.['date-parts']?.[0]?.[0];
  if (!title || authors.length === 0 || year === undefined)
    return {error: 'the work has no title, author or publication year'};
  const abstract = work.abstract ? oneLine(textOf(jats.parse(`<r>${work.abstract}</r>`) as JatsNode[])) : '';
  return {
    found: {
      title,
      authors,
      year,
      venue: oneLine(work['container-title']?.[0] ?? '') || 'arXiv',
      ...(work.DOI ? {doi: work.DOI} : {}),
      ...(abstract ? {abstract} : {}),
    },
  };
}
