import MiniSearch from 'minisearch';
import type {PaperRow} from '../model/paperLog';
import type {PaperQuery} from './paperQuery';

/** Full-text fields, with how much a match in each counts. */
const FIELDS = {title: 4, authors: 2, tags: 2, venue: 1.5, takeaway: 1, reproduced: 1, next: 1} as const;

type Indexed = {id: string; [field: string]: string};

export type PaperIndex = MiniSearch<Indexed>;

/** Builds the in-browser index once per page load: typo-tolerant, prefix matches as you type. */
export function buildPaperIndex(rows: readonly PaperRow[]): PaperIndex {
  const index = new MiniSearch<Indexed>({
    fields: Object.keys(FIELDS),
    idField: 'id',
    searchOptions: {boost: {...FIELDS}, prefix: true, fuzzy: 0.2, combineWith: 'AND'},
  });
  index.addAll(
    rows.map((row) => ({
      id: row.slug,
      title: row.title,
      authors: row.authors.join(' '),
      tags: row.tags.join(' '),
      venue: row.venue ?? '',
      takeaway: row.takeaway ?? '',
      reproduced: row.reproduced ?? '',
      next: row.next ?? '',
    })),
  );
  return index;
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

export interface PaperSearchResult {
  rows: PaperRow[];
  facets: {status: FacetValue[]; venue: FacetValue[]; tag: FacetValue[]; year: FacetValue[]};
  withResultsCount: number;
}

type Facet = 'status' | 'venue' | 'tag' | 'year' | 'results';

function matches(row: PaperRow, query: PaperQuery, except?: Facet): boolean {
  if (except !== 'status' && query.status.length > 0 && !query.status.includes(row.status)) return false;
  if (except !== 'venue' && query.venue.length > 0 && !query.venue.includes(row.venue ?? '')) return false;
  if (except !== 'tag' && query.tag.length > 0 && !query.tag.some((t) => row.tags.includes(t))) return false;
  if (except !== 'year' && query.yearFrom !== undefined && row.year < query.yearFrom) return false;
  if (except !== 'year' && query.yearTo !== undefined && row.year > query.yearTo) return false;
  if (except !== 'results' && query.withResults && !row.hasResults) return false;
  return true;
}

function countValues(rows: readonly PaperRow[], valuesOf: (row: PaperRow) => string[], selected: readonly string[]) {
  const counts = new Map<string, number>();
  for (const row of rows) for (const value of new Set(valuesOf(row))) counts.set(value, (counts.get(value) ?? 0) + 1);
  for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
  return [...counts]
    .map(([value, count]) => ({value, count, selected: selected.includes(value)}))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * Runs a query: text through the index (best match first), then the facets:
 * any of the values within a facet, all facets together. Each facet's counts
 * are taken with every other facet applied, so a count says what ticking that
 * value would add.
 */
export function searchPapers(index: PaperIndex, rows: readonly PaperRow[], query: PaperQuery): PaperSearchResult {
  const text = query.text.trim();
  let candidates: PaperRow[];
  if (text === '') {
    candidates = [...rows];
  } else {
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    candidates = index.search(text).flatMap((hit) => bySlug.get(String(hit.id)) ?? []);
  }
  const filtered = candidates.filter((row) => matches(row, query));
  const sorted = text !== '' && query.sort === 'logged' ? filtered : sortRows(filtered, query.sort);
  const facetRows = (facet: Facet) => candidates.filter((row) => matches(row, query, facet));
  return {
    rows: sorted,
    facets: {
      status: countValues(facetRows('status'), (r) => [r.status], query.status),
      venue: countValues(facetRows('venue'), (r) => (r.venue ? [r.venue] : []), query.venue),
      tag: countValues(facetRows('tag'), (r) => r.tags, query.tag),
      year: countValues(facetRows('year'), (r) => [String(r.year)], []).sort((a, b) => b.value.localeCompare(a.value)),
    },
    withResultsCount: facetRows('results').filter((r) => r.hasResults).length,
  };
}

function sortRows(rows: PaperRow[], sort: PaperQuery['sort']): PaperRow[] {
  const byTitle = (a: PaperRow, b: PaperRow) => a.title.localeCompare(b.title);
  if (sort === 'title') return rows.sort(byTitle);
  if (sort === 'year') return rows.sort((a, b) => b.year - a.year || byTitle(a, b));
  return rows.sort((a, b) => (b.read ?? '').localeCompare(a.read ?? '') || byTitle(a, b));
}
