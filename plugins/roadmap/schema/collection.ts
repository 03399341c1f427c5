import type {z} from 'zod';
import type {FieldPath} from '../source/frontMatter';
import {didYouMean} from './closest';
import {DOCUSAURUS_KEY_TYPES} from './docusaurusKeys';

export type CollectionName = 'course' | 'paper' | 'project' | 'benchmark' | 'talk' | 'post' | 'note';

/** One problem inside one file or data file, before it gets its file name and line. */
export interface FieldProblem {
  path: FieldPath;
  message: string;
}

/**
 * What cross-field rules may look up: the ids the data files and other files
 * define; undefined when the data file that defines them could not be read
 * (its own problem is reported; references to it are then not checked).
 */
export interface RuleContext {
  /** `YYYY-MM-DD`, so that "next year" is testable. */
  today: string;
  skills: ReadonlySet<string> | undefined;
  phases: ReadonlySet<string> | undefined;
  domains: ReadonlySet<string> | undefined;
  projects: ReadonlySet<string>;
  /** Keys of blog/tags.yml and blog/authors.yml; undefined where the site has no such file. */
  blogTags: ReadonlySet<string> | undefined;
  blogAuthors: ReadonlySet<string> | undefined;
}

/** Whether the author wrote a field at all, valid or not. */
export type Given = (field: string) => boolean;

type Shape = Record<string, z.ZodType>;
export type EntryOf<S extends Shape> = {[K in keyof S]: z.output<S[K]>};

export interface Collection<S extends Shape> {
  name: CollectionName;
  /** The collection's own fields (Docusaurus's keys are always allowed too). */
  fields: S;
  /** Docusaurus's keys that stay valid beside `fields`. */
  docusaurusKeys: readonly string[];
  /** Free-form collections accept any key; typed fields are still checked. */
  freeForm?: boolean;
  /** Rules across fields, run on whatever fields are valid, so one run reports everything. */
  rules?: (entry: Partial<EntryOf<S>>, context: RuleContext, given: Given) => FieldProblem[];
}

export const defineCollection = <S extends Shape>(collection: Collection<S>): Collection<S> => collection;

export type AnyCollection = Collection<Shape>;

/**
 * Checks one file's front matter field by field (not as one object) so that a
 * missing title does not hide an impossible date: every problem, one run.
 */
export function checkFrontMatter<S extends Shape>(
  collection: Collection<S>,
  frontMatter: Record<string, unknown>,
  context: RuleContext,
): {entry: EntryOf<S> | undefined; problems: FieldProblem[]} {
  const problems: FieldProblem[] = [];
  const valid: Partial<Record<keyof S, unknown>> = {};
  for (const [field, schema] of Object.entries(collection.fields) as [keyof S & string, z.ZodType][]) {
    const result = schema.safeParse(frontMatter[field]);
    if (result.success) {
      valid[field] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      problems.push({path: nestedPath(field, issue), message: issue.message});
    }
  }
  for (const [key, schema] of Object.entries(DOCUSAURUS_KEY_TYPES)) {
    if (key in collection.fields || frontMatter[key] === undefined) continue;
    const result = schema.safeParse(frontMatter[key]);
    if (!result.success)
      problems.push(...result.error.issues.map((issue) => ({path: nestedPath(key, issue), message: issue.message})));
  }
  if (!collection.freeForm) {
    const known = [...Object.keys(collection.fields), ...collection.docusaurusKeys];
    for (const key of Object.keys(frontMatter)) {
      if (known.includes(key)) continue;
      const fields = Object.keys(collection.fields).join(', ');
      problems.push({
        path: [key],
        message: `unknown field in a ${collection.name} (expected one of ${fields}, or a Docusaurus key)${didYouMean(key, known)}`,
      });
    }
  }
  const entry = valid as Partial<EntryOf<S>>;
  // A field's own problem says it best: an impossible `started` is not also "required".
  const fieldsWithProblems = new Set(problems.map((problem) => problem.path[0]));
  const given: Given = (field) => frontMatter[field] !== undefined && frontMatter[field] !== null;
  problems.push(...(collection.rules?.(entry, context, given) ?? []).filter((p) => !fieldsWithProblems.has(p.path[0])));
  return {entry: problems.length === 0 ? (entry as EntryOf<S>) : undefined, problems};
}

/** A nested unknown key points at that key, so its line is the key's line. */
export function nestedPath(
  field: string | undefined,
  issue: {path: PropertyKey[]; code: string; keys?: string[]},
): FieldPath {
  const inner = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const keys = issue.code === 'unrecognized_keys' && issue.keys?.length === 1 ? issue.keys : [];
  return [...(field === undefined ? [] : [field]), ...inner, ...keys];
}
