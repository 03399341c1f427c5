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
