import MiniSearch from 'minisearch';
import type {PaperRow} from '../model/paperLog';
import {activeFilters, EMPTY_QUERY, isUnfiltered, type PaperQuery} from './paperQuery';

/**
 * Full-text fields, with how much a match in each counts. The log's own
 * sentences share one field: every field costs time on each query
 * (measured in scripts/bench/papers.ts).
 */
const FIELDS = {title: 4, authors: 2, tags: 2, notes: 1} as const;

type Indexed = {id: string; [field: string]: string};

/** The rows with their index and their three sort orders, built once per page load. */
export interface PaperIndex {
  text: MiniSearch<Indexed>;
  /**
   * Words in more than half of a large log ("study", "model"): they barely
   * narrow a search, yet scoring them means scoring most of the log. They are
   * matched as plain text instead (see bestMatches).
   */
  commonWords: ReadonlySet<string>;
  /** Each row's searchable text, lower-cased, for the common words. */
  haystack: Map<string, string>;
  /** The answer to "everything, no filter", kept after the first time. */
  unfiltered?: PaperSearchResult;
  bySlug: Map<string, PaperRow>;
  /** The rows in each sort order, and each row's position in it. */
  sorted: Record<PaperQuery['sort'], {rows: PaperRow[]; position: Map<string, number>}>;
}

/** Builds the in-browser index once per page load: typo-tolerant, prefix matches as you type. */
export function buildPaperIndex(rows: readonly PaperRow[]): PaperIndex {
  const text = new MiniSearch<Indexed>({
    fields: Object.keys(FIELDS),
    idField: 'id',
    searchOptions: {
      boost: {...FIELDS},
      // As you type: only the last word is a prefix.
      prefix: (_term, i, terms) => i === terms.length - 1,
      combineWith: 'AND',
    },
  });
  const documents = rows.map((row) => ({
    id: row.slug,
    title: row.title,
    authors: row.authors.join(' '),
    tags: row.tags.join(' '),
    notes: [row.venue, row.takeaway, row.reproduced, row.next].filter(Boolean).join(' \n '),
  }));
  text.addAll(documents);
  const haystack = new Map(documents.map((d) => [d.id, `${d.title} ${d.authors} ${d.tags} ${d.notes}`.toLowerCase()]));
  const documentFrequency = new Map<string, number>();
  for (const words of haystack.values()) {
    for (const word of new Set(wordsOf(words))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const commonWords = new Set(
    rows.length < COMMON_WORDS_FROM
      ? []
      : [...documentFrequency].filter(([, count]) => count > rows.length / 2).map(([word]) => word),
  );
  const inOrder = (compare: (a: PaperRow, b: PaperRow) => number) => {
    const sorted = [...rows].sort(compare);
    return {rows: sorted, position: new Map(sorted.map((row, i) => [row.slug, i]))};
  };
  const byTitle = (a: PaperRow, b: PaperRow) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
  return {
    text,
    commonWords,
    haystack,
    bySlug: new Map(rows.map((row) => [row.slug, row])),
    sorted: {
      logged: inOrder((a, b) => (b.read ?? '').localeCompare(a.read ?? '') || byTitle(a, b)),
      year: inOrder((a, b) => b.year - a.year || byTitle(a, b)),
      title: inOrder((a, b) => a.title.localeCompare(b.title)),
    },
  };
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

export interface PaperSearchResult {
  rows: readonly PaperRow[];
  facets: {status: FacetValue[]; venue: FacetValue[]; tag: FacetValue[]; year: FacetValue[]};
  withResultsCount: number;
}

const STATUS = 1;
const VENUE = 2;
const TAG = 4;
const YEAR = 8;
const RESULTS = 16;

/** Which facets a row fails, as bits: a row counts toward facet F when it fails no facet but F. */
function failures(row: PaperRow, query: PaperQuery): number {
  let failed = 0;
  if (query.status.length > 0 && !query.status.includes(row.status)) failed |= STATUS;
  if (query.venue.length > 0 && !query.venue.includes(row.venue ?? '')) failed |= VENUE;
  if (query.tag.length > 0 && !query.tag.some((t) => row.tags.includes(t))) failed |= TAG;
  if (
    (query.yearFrom !== undefined && row.year < query.yearFrom) ||
    (query.yearTo !== undefined && row.year > query.yearTo)
  )
    failed |= YEAR;
  if (query.withResults && !row.hasResults) failed |= RESULTS;
  return failed;
}

function facetValues(counts: Map<string, number>, selected: readonly string[]): FacetValue[] {
  for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
  return [...counts]
    .map(([value, count]) => ({value, count, selected: selected.includes(value)}))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function bump(counts: Map<string, number>, value: string): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

/**
 * Runs a query: text through the index (best match first), then the facets:
 * any of the values within a facet, all facets together. Each facet's counts
 * are taken with every other facet applied, so a count says what ticking that
 * value would add. One pass over the candidates.
 */
/** Below this many papers, every word goes through the index. */
const COMMON_WORDS_FROM = 500;

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

function wordsOf(text: string): string[] {
  return tokenize(text.toLowerCase()).filter((word) => word !== '');
}

/** Enough exact hits that a typo-tolerant second pass would only add noise (and time). */
const ENOUGH_EXACT_HITS = 10;

/**
 * Exact words first; only when they find little, again with typos forgiven
 * (one edit in five letters). Fuzzy matching of a common word costs most of a
 * query's time at 10,000 papers (scripts/bench/papers.ts).
 */
function bestMatches(index: PaperIndex, text: string, inOrder: readonly PaperRow[]): PaperRow[] {
  const words = wordsOf(text);
  // Every word must match; a common one is checked as text instead of scored.
  const common = words.filter((word) => index.commonWords.has(word));
  const rare = words.filter((word) => !index.commonWords.has(word));
  const hasCommon = (slug: string) => common.every((word) => index.haystack.get(slug)?.includes(word));
  if (rare.length === 0) return inOrder.filter((row) => hasCommon(row.slug));
  const query = rare.join(' ');
  let hits = index.text.search(query);
  if (hits.length < ENOUGH_EXACT_HITS)
    hits = index.text.search(query, {fuzzy: (term) => (term.length > 4 ? 0.2 : false)});
  const rows: PaperRow[] = [];
  for (const hit of hits) {
    const row = index.bySlug.get(hit.id as string);
    if (row && hasCommon(row.slug)) rows.push(row);
  }
  return rows;
}

export function searchPapers(index: PaperIndex, query: PaperQuery): PaperSearchResult {
  const text = query.text.trim();
  // The whole log, as the page first shows it: the same answer every time, so computed once.
  if (isUnfiltered(query)) {
    index.unfiltered ??= countAndFilter(index, index.sorted.logged.rows, EMPTY_QUERY, '');
    return {...index.unfiltered, rows: index.sorted[query.sort].rows};
  }
  return countAndFilter(
    index,
    text === '' ? index.sorted[query.sort].rows : bestMatches(index, text, index.sorted[query.sort].rows),
    query,
    text,
  );
}

function countAndFilter(
  index: PaperIndex,
  candidates: readonly PaperRow[],
  query: PaperQuery,
  text: string,
): PaperSearchResult {
  const matched: PaperRow[] = [];
  const counts = {
    status: new Map<string, number>(),
    venue: new Map<string, number>(),
    tag: new Map<string, number>(),
    year: new Map<number, number>(),
  };
  let withResultsCount = 0;
  const filtered = activeFilters(query) > 0;
  for (const row of candidates) {
    const failed = filtered ? failures(row, query) : 0;
    if (failed === 0) matched.push(row);
    if ((failed & ~STATUS) === 0) bump(counts.status, row.status);
    if ((failed & ~VENUE) === 0 && row.venue) bump(counts.venue, row.venue);
    if ((failed & ~TAG) === 0) for (const tag of row.tags) bump(counts.tag, tag);
    if ((failed & ~YEAR) === 0) counts.year.set(row.year, (counts.year.get(row.year) ?? 0) + 1);
    if ((failed & ~RESULTS) === 0 && row.hasResults) withResultsCount += 1;
  }
  if (text !== '' && query.sort !== 'logged') {
    const {position} = index.sorted[query.sort];
    matched.sort((a, b) => (position.get(a.slug) ?? 0) - (position.get(b.slug) ?? 0));
  }
  return {
    rows: matched,
    facets: {
      status: facetValues(counts.status, query.status),
      venue: facetValues(counts.venue, query.venue),
      tag: facetValues(counts.tag, query.tag),
      year: [...counts.year]
        .sort(([a], [b]) => b - a)
        .map(([year, count]) => ({value: String(year), count, selected: false})),
    },
    withResultsCount,
  };
}
