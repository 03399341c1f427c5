import type {SearchMode} from '../roadmap/site/searchMode';

/** Variables the site is built with. The admin key is used by `npm run search:algolia`; the build only checks it is not the search key. */
export const ALGOLIA_VARIABLES = ['ALGOLIA_APP_ID', 'ALGOLIA_SEARCH_KEY', 'ALGOLIA_INDEX'] as const;

/** The search the build's environment asks for (SearchMode, plugins/roadmap/site/searchMode.ts). */
export function searchModeOf(env: Readonly<Record<string, string | undefined>>): SearchMode {
  const set = ALGOLIA_VARIABLES.filter((name) => (env[name] ?? '').trim() !== '');
  if (set.length === 0) return {kind: 'local'};
  if (set.length < ALGOLIA_VARIABLES.length) {
    const missing = ALGOLIA_VARIABLES.filter((name) => !set.includes(name));
    throw new Error(
      `search: ${set.join(' and ')} ${set.length === 1 ? 'is' : 'are'} set but ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not (expected all of ${ALGOLIA_VARIABLES.join(', ')} for Algolia, or none for the local search)`,
    );
  }
  const searchKey = env.ALGOLIA_SEARCH_KEY!.trim();
  // The search key ships in every page; an admin key there would let anyone rewrite the index.
  if (env.ALGOLIA_ADMIN_KEY && searchKey === env.ALGOLIA_ADMIN_KEY.trim()) {
    throw new Error(
      'search: ALGOLIA_SEARCH_KEY is the admin key (expected the search-only key: the search key is published in every page)',
    );
  }
  return {kind: 'algolia', appId: env.ALGOLIA_APP_ID!.trim(), searchKey, indexName: env.ALGOLIA_INDEX!.trim()};
}

/** The hosts a page asks when search is Algolia's: its search clusters and its click analytics (DocSearch). */
export const ALGOLIA_ORIGINS = [
  'https://*.algolia.net',
  'https://*.algolianet.com',
  'https://insights.algolia.io',
] as const;
