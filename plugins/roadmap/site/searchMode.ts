/**
 * Which search the site ships: the local Pagefind index by default, Algolia
 * when the owner sets all three variables at build time. Never both. The
 * roadmap's /papers searches the same way (its `paperSearch` option);
 * plugins/search/searchMode.ts reads it from the build's environment.
 */
export type SearchMode = {kind: 'local'} | {kind: 'algolia'; appId: string; searchKey: string; indexName: string};
