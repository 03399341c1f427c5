/** Two lists matched by key: `matched` is every entry after, in order, with its entry before if there was one. */
export interface KeyedDiff<T> {
  added: T[];
  removed: T[];
  kept: [T, T][];
  matched: {is: T; was: T | undefined}[];
}

/**
 * Pure: the entries of `after` matched to those of `before` by key. An entry
 * before may be keyed differently (a renamed file's old slug maps to its new one).
 */
export function keyedDiff<T>(
  before: readonly T[],
  after: readonly T[],
  key: (entry: T) => string,
  keyBefore: (entry: T) => string = key,
): KeyedDiff<T> {
  const old = new Map(before.map((entry) => [keyBefore(entry), entry]));
  const now = new Set(after.map(key));
  const matched = after.map((is) => ({is, was: old.get(key(is))}));
  return {
    added: matched.flatMap(({is, was}) => (was === undefined ? [is] : [])),
    removed: before.filter((entry) => !now.has(keyBefore(entry))),
    kept: matched.flatMap(({is, was}): [T, T][] => (was === undefined ? [] : [[was, is]])),
    matched,
  };
}
