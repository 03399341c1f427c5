/** Where a value sits in a YAML document, e.g. `['results', 0, 'paper']`. */
export type FieldPath = readonly (string | number)[];

/** 1-based line of a field in its file; a missing field points at its nearest parent. */
export type LineOf = (path: FieldPath) => number;
