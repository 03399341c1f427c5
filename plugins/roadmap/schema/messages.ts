/** How a found value is quoted in a problem: `"in progres"`, `42`, `a list`. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** The message of a value that is absent or of the wrong kind. */
export function missingOrWrongType(expected: string, input: unknown): string {
  return input === undefined
    ? `required field is missing (expected ${expected})`
    : `wrong type (expected ${expected}, got ${show(input)})`;
}

/** Zod's `error` option for a value of the wrong kind, in the author's words. */
export function expecting(expected: string) {
  return {error: (issue: {input?: unknown}) => missingOrWrongType(expected, issue.input)};
}
