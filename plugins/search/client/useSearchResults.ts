import {useEffect, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {facetCounts, type FacetCounts} from './facetCounts';
import {loadPagefind, SearchIndexMissing, type PagefindResultData} from './pagefindClient';
import {pagefindFilters, searchQueryToUrl, type SearchQuery} from './searchQuery';

export type SearchState =
  | {status: 'idle'}
  | {status: 'searching'}
  /** No index: `docusaurus start`, or a build without search. */
  | {status: 'unavailable'}
  | {status: 'failed'; message: string}
  | {
      status: 'done';
      /** Pages that match, of which `hits` holds the first `limit`, loaded. */
      total: number;
      hits: PagefindResultData[];
      /** With `counts` asked for: how many results each kind, year and tag would give. */
      counts: FacetCounts;
    };

/** Typing fast sends one search, not one per key. */
const DEBOUNCE_MS = 120;

/**
 * Runs a query against the Pagefind index of the built site. An empty query
 * with no filter is "idle" and loads nothing. `counts` also loads the filter
 * chunks and counts the facets (/search shows them; the navbar dialog does not).
 */
export function useSearchResults(
  query: SearchQuery,
  limit: number,
  {enabled = true, counts = false}: {enabled?: boolean; counts?: boolean} = {},
): SearchState {
  const bundleUrl = useBaseUrl('/pagefind/pagefind.js');
  const [state, setState] = useState<SearchState>({status: 'idle'});
  const key = searchQueryToUrl(query);
  useEffect(() => {
    if (!enabled) return undefined;
    const text = query.text.trim();
    const filters = pagefindFilters(query);
    if (text === '' && Object.keys(filters).length === 0) {
      setState({status: 'idle'});
      return undefined;
    }
    let current = true;
    setState((previous) => (previous.status === 'done' ? previous : {status: 'searching'}));
    (async () => {
      try {
        const pagefind = await loadPagefind(bundleUrl);
        // Without this, a response counts only the filters its own search used.
        if (counts) await pagefind.filters();
        const words = text === '' ? null : text;
        const response = await pagefind.debouncedSearch(words, {filters}, DEBOUNCE_MS);
        // null: a newer search replaced this one.
        if (!response || !current) return;
        const [hits, facets] = await Promise.all([
          Promise.all(response.results.slice(0, limit).map((result) => result.data())),
          counts
            ? facetCounts(query, words, response, (more, moreFilters) => pagefind.search(more, {filters: moreFilters}))
            : {},
        ]);
        if (current) setState({status: 'done', total: response.results.length, hits, counts: facets});
      } catch (error) {
        if (!current) return;
        setState(
          error instanceof SearchIndexMissing
            ? {status: 'unavailable'}
            : {status: 'failed', message: error instanceof Error ? error.message : String(error)},
        );
      }
    })();
    return () => {
      current = false;
    };
    // `key` stands for the query: a new object with the same content is the same search.
  }, [key, limit, enabled, counts, bundleUrl]);
  return state;
}
