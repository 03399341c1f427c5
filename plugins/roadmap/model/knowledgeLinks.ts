import type {CollectionName} from '../schema/collections';

/**
 * How one page came to point at another: a `[[wikilink]]`, a `[@citation]`, a
 * plain Markdown link, a front-matter reference the schema already has (a
 * benchmark's `project`, a project's `papers`), or the `related:` field.
 */
export const LINK_KINDS = ['wikilink', 'citation', 'markdown', 'reference', 'related'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

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
