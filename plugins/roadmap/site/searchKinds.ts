/** What a reader can narrow a search to; each collection says which one its pages are. Browser-safe. */
export const SEARCH_KINDS = ['note', 'paper', 'post'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
