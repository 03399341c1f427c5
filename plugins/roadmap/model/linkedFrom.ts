import {allCollections, type CollectionName} from '../schema/collections';
import {placementOf} from '../schema/collectionOf';
import type {PageLookup} from '../site/pages';
import type {FileLink} from '../validate/siteLinks';

/** A page's "Linked from" section: the listed pages that link to it, grouped by kind in registry order. */
export interface LinkedFromPart {
  groups: {kind: CollectionName; label: string; pages: {title: string; permalink: string}[]}[];
}

/**
 * Each file's "Linked from" section (an empty one for a page nothing links
 * to, so that every page can import its own). A page that links another
 * several ways (a citation and `related:`) is listed once; unlisted pages
 * never show up as sources.
 */
export function linkedFromParts(
  files: readonly string[],
  links: readonly FileLink[],
  pageOf: PageLookup,
): Map<string, LinkedFromPart> {
  const sources = new Map<string, Set<string>>();
  for (const link of links) {
    if (pageOf(link.from).listed === false) continue;
    (sources.get(link.to) ?? sources.set(link.to, new Set()).get(link.to)!).add(link.from);
  }
  const parts = new Map<string, LinkedFromPart>();
  for (const file of files) {
    const from = [...(sources.get(file) ?? [])].map((source) => ({
      kind: placementOf(source)?.collection,
      page: pageOf(source),
    }));
    parts.set(file, {
      groups: allCollections().flatMap((collection) => {
        const pages = from
          .filter((f) => f.kind === collection.name)
          .map(({page}) => ({title: page.title, permalink: page.permalink}))
          .sort((a, b) => a.title.localeCompare(b.title));
        return pages.length === 0
          ? []
          : [{kind: collection.name as CollectionName, label: collection.label.many, pages}];
      }),
    });
  }
  return parts;
}
