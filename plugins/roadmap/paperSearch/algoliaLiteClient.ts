import type {AlgoliaPaperIndex} from '../model/paperLogPage';
import type {PaperLogResponse, SearchPaperLog} from './algoliaPaperSearch';

/**
 * algoliasearch's lite (search-only) client, loaded on first use: a site
 * without Algolia never downloads it. `hosts` points it elsewhere than
 * Algolia (the contract tests' recording server).
 */
export async function algoliaLiteSearch(index: AlgoliaPaperIndex, hosts?: string[]): Promise<SearchPaperLog> {
  const {liteClient} = await import('algoliasearch/lite');
  const client = liteClient(
    index.appId,
    index.searchKey,
    hosts ? {hosts: hosts.map((url) => ({url, accept: 'readWrite' as const, protocol: 'http' as const}))} : undefined,
  );
  return async (requests) => {
    const {results} = await client.search({requests});
    return results as PaperLogResponse[];
  };
}
