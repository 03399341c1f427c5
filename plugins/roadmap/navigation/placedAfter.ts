/**
 * Kinds' items in registry order with the site pages' items placed after the
 * kind each names (or at the end): one order for the navbar and the home page.
 */
export function placedAfter<Item>(
  byKind: readonly {kind: string; items: readonly Item[]}[],
  sitePages: readonly {after?: string; item: Item}[],
): Item[] {
  const placed = byKind.flatMap(({kind, items}) => [
    ...items,
    ...sitePages.filter((page) => page.after === kind).map((page) => page.item),
  ]);
  const kinds = new Set(byKind.map(({kind}) => kind));
  return [
    ...placed,
    ...sitePages.filter((page) => page.after === undefined || !kinds.has(page.after)).map((p) => p.item),
  ];
}
