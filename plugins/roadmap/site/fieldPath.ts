/** Where a value sits in a YAML document, e.g. `['results', 0, 'paper']`. */
export type FieldPath = readonly (string | number)[];

/** 1-based line of a field in its file; a missing field points at its nearest parent. */
export type LineOf = (path: FieldPath) => number;

/** The value at a path in parsed YAML, or undefined where there is none. */
export function valueAt(value: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>(
    (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );
}
