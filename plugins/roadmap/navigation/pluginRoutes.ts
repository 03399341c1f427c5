import type {OwnListPage} from '../schema/listPageSpec';
import {allCollections} from '../schema/collections';
import {SITE_PAGES, type SitePageComponent} from './sitePages';

/** The theme component of a generated page: a site page's, a kind's own list page, or the generic list. */
export type PageComponent = SitePageComponent | OwnListPage | 'CollectionPage';

/** A page the roadmap plugin generates: its route below the base URL and what draws it. */
export interface PluginRoute {
  route: string;
  component: PageComponent;
  /** The kind whose list it is. */
  collection?: string;
}

/**
 * Every page the roadmap plugin generates, derived from the registry and the
 * site pages: model/generatedPages.ts computes each one's data, and check
 * refuses a note whose slug would take one of these addresses.
 */
export function pluginRoutes(): PluginRoute[] {
  const lists = allCollections().flatMap((collection): PluginRoute[] =>
    collection.listPage
      ? [
          {
            route: collection.route,
            component: collection.listPage.component ?? 'CollectionPage',
            collection: collection.name,
          },
        ]
      : [],
  );
  return [...SITE_PAGES.map(({route, component}) => ({route, component})), ...lists];
}
