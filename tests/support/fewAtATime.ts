/**
 * `work` on every item, `limit` at a time, results in the items' order.
 * Opening a page in the browser tests is mostly waiting (network idle, time
 * for handlers to fire), so a few pages at once take a fraction of the time
 * of one after another on two cores.
 */
export async function fewAtATime<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await work(items[at]!);
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
  return results;
}
