import type {AnyCollection} from '../schema/collection';
import {allCollections} from '../schema/collections';
import {kindFolder, kindPageRoute} from './kindPages';
import {placedAfter} from './placedAfter';
import {SITE_PAGES} from './sitePages';

/** A navbar link, below the base URL; `activeUnder` lists the paths whose pages make it active (a regex's `a|b`). */
export interface NavbarLink {
  to: string;
  label: string;
  activeUnder?: string;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The navbar, from the registry: each kind's items, active on its pages and
 * on the pages of the kinds that belong under it; the notes' item on every
 * docs page no other kind's folder holds.
 */
export function navbarLinks(collections: readonly AnyCollection[] = allCollections()): NavbarLink[] {
  const docsFolders = collections.map(kindFolder).filter((folder) => folder.startsWith('docs/'));
  const byKind = collections.map((collection) => {
    const below = collections.filter((other) => other.navigation?.navbarUnder === collection.name);
    const items = (collection.navigation?.navbar ?? []).map(({to, label}): NavbarLink => {
      const route = kindPageRoute(collection, to);
      const link = {to: `/${route}`, label};
      const {files} = collection;
      if (files.patterns === undefined && to === 'notes') {
        const others = docsFolders.map((folder) => `${escaped(folder.slice('docs/'.length))}(/|$)`).join('|');
        return {...link, activeUnder: `${escaped(files.otherIn)}/(?!${others})[^/]+`};
      }
      // A list page alone is active by its address; a notes index on every page below it.
      if (to === 'list' && below.length === 0) return link;
      const own = to === 'notes' ? [route] : [route, kindFolder(collection)];
      const paths = [...own, ...below.flatMap((kind) => [kind.route, kindFolder(kind)])];
      return {...link, activeUnder: [...new Set(paths)].map(escaped).join('|')};
    });
    return {kind: collection.name, items};
  });
  const sitePages = SITE_PAGES.flatMap((page) =>
    page.navbar && page.label ? [{after: page.navbar.after, item: {to: `/${page.route}`, label: page.label}}] : [],
  );
  return placedAfter(byKind, sitePages);
}
