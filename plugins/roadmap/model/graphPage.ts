import {allCollections, collectionNamed, type CollectionName} from '../schema/collections';
import type {KnowledgeLink, KnowledgePage} from './knowledgeLinks';

/** One page on the map. `kind` is its index in `GraphPageData.kinds`, to keep 2,000 nodes small. */
export interface GraphNode {
  /** The page's permalink, base URL included: what opens it. */
  id: string;
  title: string;
  kind: number;
  /** How many other pages it is linked with, either way. */
  degree: number;
}

/** `/graph`: the whole knowledge base as nodes and undirected edges. */
export interface GraphPageData {
  /** The kinds of page present, in registry order, with the reader's label and how many there are. */
  kinds: {kind: CollectionName; label: {one: string; many: string}; count: number}[];
  /** By kind, then as the pages come (knowledgePages: by title). */
  nodes: GraphNode[];
  /** Pairs of indices into `nodes`, smaller first, each pair once, sorted. */
  edges: [number, number][];
}

/**
 * The map's data: one node per page, one edge per pair of pages linked in
 * either direction and by any kind of link (a wikilink and a citation between
 * the same two pages draw one line). Links to or from a page that is not on
 * the map (a draft, an unlisted page) and links of a page to itself are left
 * out; a page listed twice counts once.
 */
export function graphPage(pages: readonly KnowledgePage[], links: readonly KnowledgeLink[]): GraphPageData {
  const byKind = new Map<CollectionName, KnowledgePage[]>();
  const seen = new Set<string>();
  for (const page of pages) {
    if (seen.has(page.permalink)) continue;
    seen.add(page.permalink);
    (byKind.get(page.kind) ?? byKind.set(page.kind, []).get(page.kind)!).push(page);
  }
  const kindNames = allCollections()
    .map((collection) => collection.name as CollectionName)
    .filter((kind) => byKind.has(kind));
  const ordered = kindNames.flatMap((kind) => byKind.get(kind)!);
  const indexOf = new Map(ordered.map((page, index) => [page.permalink, index]));
  const pairs = new Set<number>();
  const size = ordered.length;
  for (const {from, to} of links) {
    const a = indexOf.get(from);
    const b = indexOf.get(to);
    if (a === undefined || b === undefined || a === b) continue;
    pairs.add(Math.min(a, b) * size + Math.max(a, b));
  }
  const edges = [...pairs]
    .sort((x, y) => x - y)
    .map((pair): [number, number] => [Math.floor(pair / size), pair % size]);
  const degree = new Array<number>(size).fill(0);
  for (const [a, b] of edges) {
    degree[a]! += 1;
    degree[b]! += 1;
  }
  const kindIndex = new Map(kindNames.map((kind, index) => [kind, index]));
  return {
    kinds: kindNames.map((kind) => ({kind, label: collectionNamed(kind).label, count: byKind.get(kind)!.length})),
    nodes: ordered.map((page, index) => ({
      id: page.permalink,
      title: page.title,
      kind: kindIndex.get(page.kind)!,
      degree: degree[index]!,
    })),
    edges,
  };
}
