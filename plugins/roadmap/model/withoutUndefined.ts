/** Absent keys left out rather than set to undefined, so that JSON (/roadmap.json, a page's data) has no holes. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
