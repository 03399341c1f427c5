import type {FieldPath} from './fieldPath';

/** One thing wrong in one file, in the words the author needs to fix it. */
export interface Problem {
  /** Relative to the site, with `/` separators. */
  file: string;
  line: number | undefined;
  /** The field's path, e.g. `results[0].paper`; `front matter` for the whole block. */
  field: string;
  /** What is wrong, with `(expected X, got Y)` and a suggestion for a near miss. */
  message: string;
}

export function fieldName(path: FieldPath): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name === '' ? part : `${name}.${part}`),
    '',
  );
}

/** `path:line field: problem (expected X, got Y)`, as the content model promises. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where} ${problem.field}: ${problem.message}`;
}

/** Stable order: by file, then line, then field. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}
