import type {PaperRow} from '../../roadmap/model/paperLog';
import type {SearchKind} from '../../roadmap/site/searchKinds';
import type {BuiltPage} from './builtPage';

/** Algolia refuses records over 10 KB on most plans; bigger ones are split. */
export const MAX_RECORD_BYTES = 10_000;

type Level = 'lvl0' | 'lvl1' | 'lvl2' | 'lvl3' | 'lvl4' | 'lvl5' | 'lvl6';
type Hierarchy = Record<Level, string | null>;

/** A record as DocSearch's crawler writes it for a Docusaurus site, which the DocSearch UI reads. */
export interface PageRecord {
  objectID: string;
  type: Level | 'content';
  url: string;
  url_without_anchor: string;
  anchor: string | null;
  hierarchy: Hierarchy;
  content: string | null;
  language: string;
  docusaurus_tag: string;
  kind: SearchKind;
  weight: {pageRank: number; level: number; position: number};
}

/** One record per paper of the log, with its facets: what /papers searches and filters. */
export interface PaperRecord {
  objectID: string;
  type: 'paper-log';
  slug: string;
  url: string;
  title: string;
  authors: string[];
  venue: string | null;
  year: number;
  status: string;
  tags: string[];
  hasResults: boolean;
  read: string | null;
  takeaway: string | null;
  reproduced: string | null;
  next: string | null;
  language: string;
}

export type AlgoliaRecord = PageRecord | PaperRecord;

const SECTION_OF_KIND: Record<SearchKind, string> = {note: 'Notes', paper: 'Papers', post: 'Writing'};

function sizeOf(record: object): number {
  return Buffer.byteLength(JSON.stringify(record));
}

/** Splits text into pieces of at most `bytes` bytes, at spaces where it can. */
function pieces(text: string, bytes: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (Buffer.byteLength(rest) > bytes) {
    let end = Math.min(rest.length, bytes);
    while (Buffer.byteLength(rest.slice(0, end)) > bytes) end -= 1;
    const space = rest.lastIndexOf(' ', end);
    const cut = space > end / 2 ? space : end;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') out.push(rest);
  return out;
}

/** A content record too big for Algolia becomes several, each under the limit, with numbered ids. */
function withinLimit(record: PageRecord): PageRecord[] {
  if (sizeOf(record) <= MAX_RECORD_BYTES || record.content === null) return [record];
  const room = MAX_RECORD_BYTES - sizeOf({...record, content: '', objectID: `${record.objectID}-999`});
  if (room <= 0)
    throw new Error(`search: the record ${record.objectID} is over ${MAX_RECORD_BYTES} bytes without its text`);
  return pieces(record.content, room).map((content, i) => ({
    ...record,
    objectID: `${record.objectID}-${i + 1}`,
    content,
  }));
}

/**
 * DocSearch-shaped records of one page: one for the page (lvl1), one per
 * heading (lvl2, lvl3) and one per paragraph, each with the headings above it.
 */
export function pageRecords(page: BuiltPage): PageRecord[] {
  const hierarchy: Hierarchy = {
    lvl0: SECTION_OF_KIND[page.kind],
    lvl1: page.title,
    lvl2: null,
    lvl3: null,
    lvl4: null,
    lvl5: null,
    lvl6: null,
  };
  const records: PageRecord[] = [];
  const add = (type: PageRecord['type'], anchor: string | null, content: string | null, at: Hierarchy) => {
    const level = type === 'content' ? 0 : 100 - Number(type.slice(3)) * 10;
    records.push(
      ...withinLimit({
        objectID: `${page.url}#${records.length}`,
        type,
        url: anchor ? `${page.url}#${anchor}` : page.url,
        url_without_anchor: page.url,
        anchor,
        hierarchy: {...at},
        content,
        language: page.language,
        docusaurus_tag: page.docusaurusTag,
        kind: page.kind,
        weight: {pageRank: 0, level, position: records.length},
      }),
    );
  };
  add('lvl1', null, null, hierarchy);
  for (const text of page.intro) add('content', null, text, hierarchy);
  let current = hierarchy;
  for (const section of page.sections) {
    current = section.level === 2 ? {...hierarchy, lvl2: section.title} : {...current, lvl3: section.title};
    add(section.level === 2 ? 'lvl2' : 'lvl3', section.anchor, null, current);
    for (const text of section.texts) add('content', section.anchor, text, current);
  }
  return records;
}

/** The record of one paper of the log (the rows of /papers.json), at the site's origin. */
export function paperRecord(row: PaperRow, origin: string): PaperRecord {
  return {
    objectID: `paper-log:${row.slug}`,
    type: 'paper-log',
    slug: row.slug,
    url: new URL(row.permalink, origin).href,
    title: row.title,
    authors: [...row.authors],
    venue: row.venue ?? null,
    year: row.year,
    status: row.status,
    tags: [...row.tags],
    hasResults: row.hasResults,
    read: row.read ?? null,
    takeaway: row.takeaway ?? null,
    reproduced: row.reproduced ?? null,
    next: row.next ?? null,
    language: 'en',
  };
}
