import type {PagefindFilters, PagefindResponse} from './pagefindClient';
import {pagefindFilters, type SearchQuery} from './searchQuery';

/** For each filter value, how many results ticking it (or choosing it) would give. */
export type FacetCounts = Record<string, Record<string, number>>;

type Search = (text: string | null, filters: PagefindFilters) => Promise<PagefindResponse>;

/**
 * The counts shown next to the kind buttons and the paper filters of /search.
 *
 * Pagefind counts every value with all current filters applied, which would
 * hide 2019 as soon as 2017 is ticked; but years (and tags) are "any of", so a
 * facet is counted with the other facets applied and its own left out, as the
 * paper log does. Kind is a single choice: it is counted over the words alone.
 * Costs one more search per ticked paper facet, from chunks already loaded.
 */
export async function facetCounts(
  query: SearchQuery,
  text: string | null,
  response: PagefindResponse,
  search: Search,
): Promise<FacetCounts> {
  const counts: FacetCounts = {kind: response.totalFilters.kind ?? {}};
  if (query.kind !== 'paper') return counts;
  for (const facet of ['year', 'tag'] as const) {
    const without = query[facet].length === 0 ? response : await search(text, pagefindFilters({...query, [facet]: []}));
    counts[facet] = without.filters[facet] ?? {};
  }
  return counts;
}
