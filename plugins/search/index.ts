import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {writePagefindIndex} from './pagefindIndex';
import {searchablePages, type SearchableContent, type SearchablePage} from './searchablePages';

/**
 * The local search: a navbar search box and /search, over a Pagefind index
 * written after the build. Readers download only the index chunks a query
 * needs; nothing leaves the site.
 */
export default function localSearchPlugin(context: LoadContext): Plugin {
  let pages: SearchablePage[] = [];
  return {
    name: 'local-search',
    getThemePath: () => path.join(__dirname, 'theme'),

    async contentLoaded({actions}) {
      actions.addRoute({path: `${context.baseUrl}search`, exact: true, component: '@theme/SearchPage'});
    },

    async allContentLoaded({allContent}) {
      pages = searchablePages(allContent as SearchableContent);
    },

    async postBuild({outDir}) {
      const summary = await writePagefindIndex(outDir, pages, context.baseUrl, (done, total) =>
        console.log(`[search] indexed ${done} of ${total} pages`),
      );
      console.log(`[search] Pagefind index of ${summary.pages} pages written in ${summary.seconds.toFixed(1)} s`);
    },
  };
}
