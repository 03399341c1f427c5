import type {CollectionName} from '../schema/collections';
import type {PageLookup} from '../site/pages';
import {LINK_KINDS, type FileLink, type LinkKind} from '../validate/siteLinks';

export {LINK_KINDS, type LinkKind};

/** One link between two published pages, by permalink (base URL included). */
export interface KnowledgeLink {
  from: string;
  to: string;
  kind: LinkKind;
}

/** A published, listed page as the map and "Linked from" name it. */
export interface KnowledgePage {
  permalink: string;
  title: string;
  kind: CollectionName;
}

/**
 * The links /roadmap.json and the map publish: those between listed pages
 * only, so that neither shows a page the author kept out of the lists.
 */
export function knowledgeLinks(links: readonly FileLink[], pageOf: PageLookup): KnowledgeLink[] {
  return links.flatMap((link) => {
    const from = pageOf(link.from);
    const to = pageOf(link.to);
    if (from.listed === false || to.listed === false) return [];
    return [{from: from.permalink, to: to.permalink, kind: link.kind}];
  });
}
