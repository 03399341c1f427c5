import type {PageLookup} from '../site/pages';
import {allCollections, type CollectionName} from '../schema/collections';
import type {Located, ValidSite} from '../schema/validSite';
import type {KnowledgePage} from './knowledgeLinks';

/**
 * Every listed page of every collection, as the map and "Linked from" name it:
 * in registry order (courses, papers, ...), each collection's pages by title.
 * Drafts and unlisted pages are left out, as from every other list.
 */
export function knowledgePages(site: ValidSite, pageOf: PageLookup): KnowledgePage[] {
  const entries = site as unknown as Record<string, Located<unknown>[] | undefined>;
  return allCollections().flatMap((collection) =>
    (entries[collection.plural] ?? [])
      .map(({file}) => pageOf(file))
      .filter((page) => page.listed !== false)
      .map(({permalink, title}): KnowledgePage => ({permalink, title, kind: collection.name as CollectionName}))
      .sort((a, b) => a.title.localeCompare(b.title) || a.permalink.localeCompare(b.permalink)),
  );
}
