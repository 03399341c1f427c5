import type {PaperRow} from '../model/paperLog';
import type {AlgoliaPaperIndex} from '../model/paperLogPage';
import {isUnfiltered, type PaperQuery} from './paperQuery';
import type {PaperSearchEngine} from './paperSearchEngine';
import {searchPapers, type FacetValue, type PaperIndex, type PaperSearchResult} from './paperSearch';

/** One query of a multi-query `search` call, in Algolia's v5 shape. */
export interface PaperLogRequest {
  indexName: string;
  query: string;
  filters: string;
  facetFilters: string[][];
  numericFilters: string[];
  facets: string[];
  hitsPerPage: number;
  attributesToRetrieve: string[];
  attributesToHighlight: string[];
}

export interface PaperLogResponse {
  hits: {slug?: string}[];
  facets?: Record<string, Record<string, number>>;
}

/** The one call the adapter needs from algoliasearch's lite client. */
export type SearchPaperLog = (requests: PaperLogRequest[]) => Promise<PaperLogResponse[]>;

/** The facets, as /papers names them and as the records name them. */
const FACETS = {status: 'status', venue: 'venue', tag: 'tags', year: 'year', withResults: 'hasResults'} as const;
type Facet = keyof typeof FACETS;

/**
 * Algolia's most hits in one answer: with Algolia, a search or filter that
 * matches more papers than this shows and counts the first 1,000.
 */
const MOST_HITS = 1000;

function filtersOf(query: PaperQuery, without?: Facet): {facetFilters: string[][]; numericFilters: string[]} {
  const facetFilters: string[][] = [];
  // Any of the values within a facet (one OR group each), every facet together.
  const anyOf = (facet: 'status' | 'venue' | 'tag', values: readonly string[]) => {
    if (facet !== without && values.length > 0) facetFilters.push(values.map((v) => `${FACETS[facet]}:${v}`));
  };
  anyOf('status', query.status);
  anyOf('venue', query.venue);
  anyOf('tag', query.tag);
  if (without !== 'withResults' && query.withResults) facetFilters.push(['hasResults:true']);
  const numericFilters: string[] = [];
  if (without !== 'year') {
    if (query.yearFrom !== undefined) numericFilters.push(`year>=${query.yearFrom}`);
    if (query.yearTo !== undefined) numericFilters.push(`year<=${query.yearTo}`);
  }
  return {facetFilters, numericFilters};
}

function activeFacets(query: PaperQuery): Facet[] {
  const active: Facet[] = [];
  if (query.status.length > 0) active.push('status');
  if (query.venue.length > 0) active.push('venue');
  if (query.tag.length > 0) active.push('tag');
  if (query.yearFrom !== undefined || query.yearTo !== undefined) active.push('year');
  if (query.withResults) active.push('withResults');
  return active;
}

/**
 * The queries for one search of the log: the hits with every filter, then,
 * for each facet in use, its counts with the other facets only, so that a
 * count says what ticking that value would add (as the local search counts).
 */
function paperLogRequests(indexName: string, query: PaperQuery): PaperLogRequest[] {
  const base = {
    indexName,
    query: query.text.trim(),
    filters: 'type:paper-log',
    attributesToRetrieve: ['slug'],
    attributesToHighlight: [],
  };
  const active = activeFacets(query);
  return [
    {
      ...base,
      ...filtersOf(query),
      facets: (Object.keys(FACETS) as Facet[]).filter((f) => !active.includes(f)).map((f) => FACETS[f]),
      hitsPerPage: MOST_HITS,
    },
    ...active.map((facet) => ({...base, ...filtersOf(query, facet), facets: [FACETS[facet]], hitsPerPage: 0})),
  ];
}

function facetValues(counts: Record<string, number> | undefined, selected: readonly string[]): FacetValue[] {
  const all = new Map(Object.entries(counts ?? {}));
  for (const value of selected) if (!all.has(value)) all.set(value, 0);
  return [...all]
    .map(([value, count]) => ({value, count, selected: selected.includes(value)}))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * Algolia's answers as /papers shows them: the rows in Algolia's order while
 * searching by best match (else in the chosen order), and each facet's counts
 * from the query that leaves that facet out.
 */
function paperLogResult(
  index: PaperIndex,
  query: PaperQuery,
  responses: readonly PaperLogResponse[],
): PaperSearchResult {
  const [main, ...perFacet] = responses;
  const active = activeFacets(query);
  const countsOf = (facet: Facet) => {
    const at = active.indexOf(facet);
    return (at === -1 ? main : perFacet[at])?.facets?.[FACETS[facet]];
  };
  const rows: PaperRow[] = [];
  for (const hit of main?.hits ?? []) {
    const row = hit.slug === undefined ? undefined : index.bySlug.get(hit.slug);
    // A record the page does not know (an index older than the build) is left out.
    if (row) rows.push(row);
  }
  if (query.text.trim() === '' || query.sort !== 'logged') {
    const {position} = index.sorted[query.sort];
    rows.sort((a, b) => (position.get(a.slug) ?? 0) - (position.get(b.slug) ?? 0));
  }
  return {
    rows,
    facets: {
      status: facetValues(countsOf('status'), query.status),
      venue: facetValues(countsOf('venue'), query.venue),
      tag: facetValues(countsOf('tag'), query.tag),
      year: Object.entries(countsOf('year') ?? {})
        .sort(([a], [b]) => Number(b) - Number(a))
        .map(([value, count]) => ({value, count, selected: false})),
    },
    withResultsCount: countsOf('withResults')?.true ?? 0,
  };
}

/**
 * /papers through Algolia: the same questions and the same shape of answer as
 * the local search. The whole log, unfiltered, is the page's own data and
 * needs no request.
 */
export function algoliaPaperSearch(index: PaperIndex, indexName: string, search: SearchPaperLog): PaperSearchEngine {
  return {
    search(query) {
      if (isUnfiltered(query)) return searchPapers(index, query);
      return search(paperLogRequests(indexName, query)).then((responses) => paperLogResult(index, query, responses));
    },
  };
}
