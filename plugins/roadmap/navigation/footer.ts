import {allCollections} from '../schema/collections';
import {FOOTER_COLUMNS, type FooterColumn} from '../schema/navigationSpec';
import {kindPageRoute} from './kindPages';
import {FOOTER_FEEDS, SITE_PAGES} from './sitePages';

export type FooterLink = {label: string; to: string; href?: undefined} | {label: string; href: string; to?: undefined};

/** The footer's columns, from the registry: each kind's links in registry order, then the site pages and feeds. */
export function footerColumns(): {title: FooterColumn; items: FooterLink[]}[] {
  return FOOTER_COLUMNS.map((column) => ({
    title: column,
    items: [
      ...allCollections().flatMap((collection) =>
        (collection.navigation?.footer ?? [])
          .filter((link) => link.column === column)
          .map(({label, to}) => ({label, to: `/${kindPageRoute(collection, to)}`})),
      ),
      ...SITE_PAGES.filter((page) => page.footer === column && page.label).map((page) => ({
        label: page.label!,
        to: `/${page.route}`,
      })),
      ...FOOTER_FEEDS.filter((feed) => feed.column === column).map(({label, href}) => ({label, href})),
    ],
  }));
}
