/**
 * A comparison by a kind's `listed.order` (`read desc`, `title asc`): numbers
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
      const x = (a as Record<string, unknown>)[field];
      const y = (b as Record<string, unknown>)[field];
      const compared =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''));
      if (compared !== 0) return sign * compared;
    }
    return 0;
  };
}
