/** The value at a dotted path of an entry (`progress.percent`), or undefined. */
export function valueAtPath(item: unknown, path: string): unknown {
  let value = item;
  for (const key of path.split('.'))
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/**
 * A comparison by a kind's `listed.order` or a view's `sort` (`read desc`,
 * `progress.percent asc`): numbers
 * by value, anything else as text, an absent value as empty text; ties keep
 * the order they came in (Array.prototype.sort is stable).
 */
export function byOrder<Item>(order: readonly string[]): (a: Item, b: Item) => number {
  const keys = order.map((key) => {
    const [field = '', direction] = key.split(' ');
    return {field, sign: direction === 'desc' ? -1 : 1};
  });
  return (a, b) => {
    for (const {field, sign} of keys) {
      const x = valueAtPath(a, field);
      const y = valueAtPath(b, field);
      const compared =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''));
      if (compared !== 0) return sign * compared;
    }
    return 0;
  };
}
