import type {FieldProblem} from '../../schema/collection';
import type {CollectionName} from '../../schema/collections';
import type {RoadmapFile} from '../../schema/roadmapFile';
import type {SkillsFile} from '../../schema/skillsFile';
import type {ValidSite} from '../../schema/validSite';
import type {LineOf} from '../../site/fieldPath';
import type {Problem} from '../../site/problem';
import type {ContentFile, SiteSources} from '../../site/sources';
import type {RenderedMarkdown} from '../../source/notebookNote';
import type {SiteLinks} from '../siteLinks';

/**
 * A site-level rule: one module of validate/rules/, listed once in
 * validate/rules/index.ts, which `npm run check` (checkTexts, checkSite) and
 * the build (build/siteBuild.ts) both iterate, each running the rules marked
 * for it. A collection's own field rules stay in its definition
 * (`Collection.rules`, run by checkFrontMatter): this list is for the rules
 * that read more than one field of one file.
 */
export type Phase = 'check' | 'build';
export type RunsIn = Phase | 'both';

/** A content file the schema placed in a collection. */
export interface PlacedFile extends ContentFile {
  collection: CollectionName;
  slug: string;
}

/** The front matter and data files as validateSite parsed them, with what the collections' own rules found. */
export interface ParsedSite {
  sources: SiteSources;
  /** Every content file that belongs to a collection. */
  placed: readonly PlacedFile[];
  /** The slugs of a collection, files whose front matter did not parse included. */
  slugsOf: (collection: CollectionName) => ReadonlySet<string>;
  /** What checkFrontMatter (the collection's fields and rules) found in each placed file. */
  fieldProblems: ReadonlyMap<string, readonly FieldProblem[]>;
  roadmap: RoadmapFile | undefined;
  skills: SkillsFile | undefined;
  /** The entries whose front matter is valid, when both data files are: what the model would be built from. */
  valid: ValidSite | undefined;
  /** A file's field problems as problems, at their lines. */
  at: (file: string, problems: readonly FieldProblem[]) => Problem[];
}

/** A file scanned for what can run code: a note or a Markdown page, as written and as rendered. */
export interface ScannedFile {
  file: string;
  text: string;
  frontMatter?: Record<string, unknown>;
  rendered: RenderedMarkdown;
}

/**
 * Everything a site-level rule may read. A rule names the keys it reads;
 * each phase supplies the keys it has, at the moment it has them (`MOMENTS`).
 */
export interface RuleInputs {
  /** The parsed front matter and data files (inside validateSite, both phases). */
  parsed: ParsedSite;
  /** Files as written, relative path → text (check: every file it read; the build: the loaded notes and blog/authors.yml). */
  texts: ReadonlyMap<string, string>;
  /** Every content file with the front matter check parsed (the build's have no lines). */
  files: readonly ContentFile[];
  /** A file's Markdown as the site renders it (a notebook's cells), at the file's lines. */
  markdownOf: (file: string) => RenderedMarkdown;
  /** Every wikilink, citation, Markdown link and `related:` entry, resolved (validate/siteLinks.ts). */
  links: SiteLinks;
  /** The files Docusaurus compiles (check: every note and Markdown page; the build: the notes it loaded). */
  compiled: readonly {file: string; frontMatter?: Record<string, unknown>; lineOf?: LineOf}[];
  /** Every file published as it is: static/ and the files beside notes and pages. */
  published: readonly string[];
  /** trustedContent.ts: the files allowed to run code. */
  trusted: readonly string[];
  /** What is wrong with trustedContent.ts itself (read by check from the site folder). */
  trustedListProblems: readonly Problem[];
  /** Every note and Markdown page, as written and as rendered (check). */
  scanned: readonly ScannedFile[];
  /** The links to local files of every rendered body, with their lines. */
  fileLinks: readonly {file: string; links: readonly {url: string; line: number}[]}[];
  /** Whether a site-relative path is a file (mdx-loader publishes only a file that exists). */
  isFile: (file: string) => boolean;
  /** `YYYY-MM-DD`, the day the site is built or checked as of (`ROADMAP_TODAY`): what `last 12 weeks` counts from. */
  today: string;
}
export type RuleInput = keyof RuleInputs;

/** What a rule reports: problems fail check and the build; warnings are shown by check and fail nothing. */
export interface Findings {
  problems?: readonly Problem[];
  warnings?: readonly Problem[];
}

export interface SiteRule<K extends RuleInput = RuleInput> {
  /** Unique, kebab-case: how tests and docs name it. */
  name: string;
  /** One line: what it reads and what it refuses. */
  description: string;
  /** The inputs it reads; it runs at the first moment of its phase that has them all. */
  reads: readonly K[];
  runsIn: RunsIn;
  /** Why it runs in one phase only (required unless `runsIn` is 'both'). */
  why?: string;
  run(input: Pick<RuleInputs, K>): Findings | Promise<Findings>;
}

/** Declares a rule (infers what it reads from `reads`). */
export function siteRule<K extends RuleInput>(rule: SiteRule<K>): SiteRule<K> {
  return rule;
}

/**
 * When each phase has which inputs, in order: a rule runs at the first
 * moment whose inputs (with those of the moments before) hold all it reads.
 * check: validateSite, then checkTexts (pure, from the texts), then checkSite
 * (the site folder). The build (build/siteBuild.ts): validateSite and what
 * it refuses before any link is resolved, then the links.
 */
export const MOMENTS: Readonly<Record<Phase, readonly (readonly RuleInput[])[]>> = {
  check: [
    ['parsed'],
    ['texts', 'files', 'markdownOf', 'links', 'today'],
    ['compiled', 'published', 'trusted', 'trustedListProblems', 'scanned', 'fileLinks', 'isFile'],
  ],
  build: [
    ['parsed'],
    ['texts', 'files', 'markdownOf', 'compiled', 'published', 'trusted', 'today'],
    ['links', 'fileLinks', 'isFile'],
  ],
};

export function runsInPhase(rule: SiteRule, phase: Phase): boolean {
  return rule.runsIn === 'both' || rule.runsIn === phase;
}

/** The rules of `phase` that run at its moment `moment` (an index into MOMENTS[phase]). */
export function rulesAt(rules: readonly SiteRule[], phase: Phase, moment: number): SiteRule[] {
  const has = (upTo: number) => new Set(MOMENTS[phase].slice(0, upTo).flat());
  const now = has(moment + 1);
  const before = has(moment);
  return rules.filter(
    (rule) =>
      runsInPhase(rule, phase) &&
      rule.reads.every((key) => now.has(key)) &&
      !rule.reads.every((key) => before.has(key)),
  );
}

export interface RuleResults {
  problems: Problem[];
  warnings: Problem[];
}

function collect(results: readonly Findings[]): RuleResults {
  return {
    problems: results.flatMap((r) => r.problems ?? []),
    warnings: results.flatMap((r) => r.warnings ?? []),
  };
}

function inputsFor(rule: SiteRule, inputs: Partial<RuleInputs>): RuleInputs {
  for (const key of rule.reads)
    if (inputs[key] === undefined) throw new Error(`site rule ${rule.name}: no ${key} was given`);
  return inputs as RuleInputs;
}

/** Runs the rules of one moment of a phase, in list order. */
export async function runRules(
  rules: readonly SiteRule[],
  phase: Phase,
  moment: number,
  inputs: Partial<RuleInputs>,
): Promise<RuleResults> {
  return collect(await Promise.all(rulesAt(rules, phase, moment).map((rule) => rule.run(inputsFor(rule, inputs)))));
}

/** The same, for a moment whose rules are all synchronous (validateSite, the build). */
export function runRulesNow(
  rules: readonly SiteRule[],
  phase: Phase,
  moment: number,
  inputs: Partial<RuleInputs>,
): RuleResults {
  return collect(
    rulesAt(rules, phase, moment).map((rule) => {
      const found = rule.run(inputsFor(rule, inputs));
      if (found instanceof Promise)
        throw new Error(`site rule ${rule.name} is asynchronous, which ${phase} cannot wait for here`);
      return found;
    }),
  );
}
