import {allCollections} from '../schema/collections';
import {kindPageRoute} from './kindPages';
import {placedAfter} from './placedAfter';
import {SITE_PAGES} from './sitePages';

/** One section of the home page's map of the site: a link below the base URL, and what is there. */
export interface HomeSection {
  to: string;
  title: string;
  text: string;
}

/** The home page's sections, from the registry and the site pages, in the navbar's order. */
export function homeSections(): HomeSection[] {
  const byKind = allCollections().map((collection) => ({
    kind: collection.name,
    items: (collection.navigation?.home ?? []).map(({to, label, text}) => ({
      to: `/${kindPageRoute(collection, to)}`,
      title: label,
      text,
    })),
  }));
  const sitePages = SITE_PAGES.flatMap((page) =>
    page.home && page.label
      ? [{after: page.home.after, item: {to: `/${page.route}`, title: page.label, text: page.home.text}}]
      : [],
  );
  return placedAfter(byKind, sitePages);
}
