import type {GraphNode} from './graphPage';

/**
 * What /graph's page asks of its data in the browser, pure and without the
 * registry (the page's bundle must not pull in the schema).
 */

/** Each node's neighbours, by index, in node order. */
export function neighbours(nodeCount: number, edges: readonly (readonly [number, number])[]): number[][] {
  const lists = Array.from({length: nodeCount}, (): number[] => []);
  for (const [a, b] of edges) {
    lists[a]?.push(b);
    lists[b]?.push(a);
  }
  for (const list of lists) list.sort((x, y) => x - y);
  return lists;
}

/**
 * The nodes whose title holds every word of `query` (case and accents aside),
 * titles that start with the query first, then the most linked; empty for an
 * empty query.
 */
export function searchNodes(nodes: readonly GraphNode[], query: string): number[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const whole = words.join(' ');
  const hits: {index: number; starts: boolean; degree: number}[] = [];
  nodes.forEach((node, index) => {
    const title = fold(node.title);
    if (words.every((word) => title.includes(word)))
      hits.push({index, starts: title.startsWith(whole), degree: node.degree});
  });
  return hits
    .sort((a, b) => Number(b.starts) - Number(a.starts) || b.degree - a.degree || a.index - b.index)
    .map((hit) => hit.index);
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
