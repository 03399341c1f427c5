import type {PaperQuery} from './paperQuery';
import {searchPapers, type PaperIndex, type PaperSearchResult} from './paperSearch';

/**
 * What /papers asks for its rows and facet counts. The local engine answers
 * at once (also while the server renders the page); a hosted one answers
 * later.
 */
export interface PaperSearchEngine {
  search(query: PaperQuery): PaperSearchResult | Promise<PaperSearchResult>;
}

/** The paper log's own index, in the page. */
export function localPaperSearch(index: PaperIndex): PaperSearchEngine {
  return {search: (query) => searchPapers(index, query)};
}

/** Nothing to search for and nothing to filter: the whole log, as the page first shows it. */
export function isUnfiltered(query: PaperQuery): boolean {
  return (
    query.text.trim() === '' &&
    query.status.length + query.venue.length + query.tag.length === 0 &&
    query.yearFrom === undefined &&
    query.yearTo === undefined &&
    !query.withResults
  );
}
