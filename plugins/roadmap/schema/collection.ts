import type {z} from 'zod';
import type {FieldPath} from '../site/fieldPath';
import type {PageRef} from '../site/pages';
import type {SearchKind} from '../site/searchKinds';
import type {CardSpec} from './cardSpec';
import type {ListPageSpec} from './listPageSpec';
import type {NavigationSpec} from './navigationSpec';
import type {ViewValueType} from './viewTypes';
import {didYouMean} from './closest';
import {DOCUSAURUS_KEY_TYPES, docusaurusKeyRules} from './docusaurusKeys';

/** One problem inside one file or data file, before it gets its file name and line. */
export interface FieldProblem {
  path: FieldPath;
  message: string;
  /** Where the author should look when `path` is not in the file: the field that requires it. */
  at?: FieldPath;
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

/**
 * A context for checking one note by its own fields only, where references to
 * other files (skills, phases, projects, blog keys) are some other step's
 * check: a paper's card at build time, a note about to be imported.
 */
export function ownFieldsOnly(today: string): RuleContext {
  return {
    today,
    skills: undefined,
    phases: undefined,
    domains: undefined,
    projects: new Set(),
    blogTags: undefined,
    blogAuthors: undefined,
  };
}

/** Whether the author wrote a field at all, valid or not. */
export type Given = (field: string) => boolean;

type Shape = Record<string, z.ZodType>;
export type EntryOf<S extends Shape> = {[K in keyof S]: z.output<S[K]>};
/** A field's name, or `title`/`permalink`, which every entry of /roadmap.json has. */
type FieldOf<S extends Shape> = Extract<keyof S, string> | 'title' | 'permalink';
/** `date desc`: a field and a direction. */
export type Order<Field extends string> = `${Field} ${'asc' | 'desc'}`;

/** A dated event of one entry, before the changelog gives it its kind. */
export interface CollectionEvent {
  /** Stable across builds: the feed's guid and the page's anchor. */
  id: string;
  date: string;
  text: string;
  /** A sentence more for a feed reader, who sees no page: a takeaway, a summary, a score. */
  description?: string;
  permalink?: string;
}

/**
 * Where a collection's files live, relative to the site, without `.md`/`.mdx`:
 * `<slug>` is one folder or file name (never `index`), a final `**` any file
 * below (its slug is its name, or its folder's for an `index`). `otherIn`
 * takes every file of that folder no other collection takes.
 */
export type FilePatterns =
  {patterns: readonly string[]; slug?: (name: string) => string} | {otherIn: string; patterns?: undefined};

/**
 * One kind of note, defined once: everything else (placement, validation,
 * counts, search, changelog, skill evidence, `npm run new`, the field
 * reference) is derived from the registry of these (collections/index.ts).
 */
export interface Collection<N extends string, S extends Shape, P extends string = string> {
  /** Its id: what `npm run new` takes, what check counts, the changelog's and the evidence's kind. */
  name: N;
  /** Where the validated site and /roadmap.json keep its entries, e.g. `papers`. */
  plural: P;
  /** In the reader's words: `paper`, `benchmark result`; `many` heads its changelog filter. */
  label: {one: string; many: string};
  files: FilePatterns;
  /** The page that lists every entry, below the base URL (the plugin generates it when `listPage` is set). */
  route: string;
  /** The page that lists its notes, made by Docusaurus (the blog, a docs index), below the base URL. */
  notesIndex?: string;
  /** Its list page at `route`: the generic list, or a page of its own. */
  listPage?: ListPageSpec<FieldOf<S>>;
  /** The card each of its pages starts with. */
  card?: CardSpec<FieldOf<S>>;
  /** Its entries in /roadmap.json, in this order (ties keep the files' order); not listed there when absent. */
  listed?: {order: readonly Order<FieldOf<S>>[]};
  /** Its navbar items, footer links and home page sections. */
  navigation?: NavigationSpec;
  /**
   * Views (schema/viewQuery.ts): what a view of it shows when the view says
   * no `show`, and the values its /roadmap.json entry adds to its fields
   * (model/ownSummaries.ts), by dotted path, with their types.
   */
  view: {show: readonly string[]; adds?: Readonly<Record<string, ViewValueType>>};
  /**
   * `npm run new -- <name> "Title"`: the template's path, where the note goes,
   * what the help calls it, and whether the help lists it first.
   */
  newNote: {template: string; path: (slug: string, date: string) => string; what: string; first?: boolean};
  /**
   * `npm run new -- <name> "Title" --<collection> SLUG`: a note on one part of
   * an entry (a course's module), written into that entry's folder.
   */
  newPart?: {name: string; template: string; path: (entry: string, slug: string) => string; what: string};
  /** Search: which kind of result a page of it is, and the section a result names. */
  search: {kind: SearchKind; section: string; moduleNotesNameTheirEntry?: boolean; yearFilter?: boolean};
  /** Its file names start with the date that `date:` holds too (posts): a mismatch is reported. */
  datedFileNames?: boolean;
  /** Two files may not share a slug: other files and data/roadmap.yml refer to entries by it. */
  uniqueSlugs?: boolean;
  /** Its dated events in the changelog; none when absent. */
  changelog?(item: EntryOf<S> & PageRef): CollectionEvent[];
  /** The collection's own fields (Docusaurus's keys are always allowed too). */
  fields: S;
  /** Docusaurus's keys that stay valid beside `fields`. */
  docusaurusKeys: readonly string[];
  /**
   * Whether a note may still hold the template's placeholders (TODO, the
   * Google Scholar search link): a draft always may; this says when else.
   */
  placeholdersWhile?: {state: string; holds: (frontMatter: Record<string, unknown>) => boolean};
  /** Free-form collections accept any key; typed fields are still checked. */
  freeForm?: boolean;
  /**
   * Fields that name another entry by its slug (a benchmark's `project`): each
   * is a link, listed under "Linked from" on the page it names.
   */
  linksTo?: (entry: Partial<EntryOf<S>>) => {field: string; collection: string; slug: string}[];
  /** Rules across fields, run on whatever fields are valid, so one run reports everything. */
  rules?: (entry: Partial<EntryOf<S>>, context: RuleContext, given: Given) => FieldProblem[];
}

/**
 * A collection, typed so that `listed` says at compile time whether
 * /roadmap.json has its list (model/roadmapModel.ts derives its type from it).
 */
export const defineCollection = <
  N extends string,
  S extends Shape,
  P extends string,
  L extends Collection<N, S, P>['listed'] = undefined,
>(
  collection: Collection<N, S, P> & {listed?: L},
): Collection<N, S, P> & {listed: L} => collection as Collection<N, S, P> & {listed: L};

export type AnyCollection = Collection<string, Shape>;

/**
 * Checks one file's front matter field by field (not as one object) so that a
 * missing title does not hide an impossible date: every problem, one run.
 */
export function checkFrontMatter<S extends Shape>(
  collection: Collection<string, S>,
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
  problems.push(...docusaurusKeyRules(frontMatter));
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
