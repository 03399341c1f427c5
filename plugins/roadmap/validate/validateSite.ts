import type {z} from 'zod';
import type {LineOf} from '../site/fieldPath';
import {fieldName, sortProblems, type Problem} from '../site/problem';
import type {DataFile, SiteSources} from '../site/sources';
import {checkFrontMatter, nestedPath, type FieldProblem, type RuleContext} from '../schema/collection';
import {allCollections, collectionNamed, type CollectionName} from '../schema/collections';
import {placementOf} from '../schema/collectionOf';
import {roadmapFile} from '../schema/roadmapFile';
import {skillsFile} from '../schema/skillsFile';
import type {Located, ValidSite} from '../schema/validSite';
import {SITE_RULES} from './rules';
import {runRulesNow, type ParsedSite, type Phase} from './rules/siteRule';

/** `warnings` are shown but fail nothing: text that is valid, though likely not what the author meant. */
export type SiteValidation = {problems: Problem[]; warnings: Problem[]; site: ValidSite | undefined};

export interface ValidateOptions {
  today: string;
  /** Which phase validates: check and the build each run the site rules marked for them (validate/rules/). */
  phase: Phase;
  /** Finds line numbers for a file that has problems and came without `lineOf`. */
  locate?: (file: string) => LineOf | undefined;
}

/** Validates every file and data file, all problems in one pass, then the references between them. */
export function validateSite(sources: SiteSources, options: ValidateOptions): SiteValidation {
  const dataProblems: [string, FieldProblem[]][] = [];
  const report = (file: string, problems: FieldProblem[]) => {
    if (problems.length > 0) dataProblems.push([file, problems]);
  };

  const roadmap = parseData(roadmapFile, sources.roadmap, report);
  const skills = parseData(skillsFile, sources.skills, report);

  const placed = sources.files.flatMap((file) => {
    const placement = placementOf(file.file);
    return placement ? [{...file, ...placement}] : [];
  });
  const unreadable = (sources.unreadableFiles ?? []).flatMap((file) => placementOf(file) ?? []);
  const slugsOf = (collection: CollectionName) =>
    new Set([...placed, ...unreadable].filter((p) => p.collection === collection).map((p) => p.slug));
  const context: RuleContext = {
    today: options.today,
    skills: sources.skills.unreadable ? undefined : new Set(skillIdsIn(sources.skills.data)),
    phases: sources.roadmap.unreadable ? undefined : new Set(idsIn(recordAt(sources.roadmap.data, 'phases'))),
    domains: sources.roadmap.unreadable ? undefined : new Set(idsIn(recordAt(sources.roadmap.data, 'domains'))),
    projects: slugsOf('project'),
    blogTags: sources.blogKeys?.blogTags,
    blogAuthors: sources.blogKeys?.blogAuthors,
  };

  const lists = new Map<string, Located<unknown>[]>(allCollections().map((c) => [c.plural, []]));
  const site = roadmap && skills ? ({roadmap, skills, ...Object.fromEntries(lists)} as ValidSite) : undefined;
  const fieldProblems = new Map<string, FieldProblem[]>();
  for (const file of placed) {
    const collection = collectionNamed(file.collection);
    const {entry, problems} = checkFrontMatter(collection, file.frontMatter, context);
    fieldProblems.set(file.file, problems);
    if (entry) lists.get(collection.plural)!.push({file: file.file, slug: file.slug, entry});
  }

  const lineReaders = new Map([
    [sources.roadmap.file, sources.roadmap.lineOf],
    [sources.skills.file, sources.skills.lineOf],
    ...sources.files.flatMap((f) => (f.lineOf ? [[f.file, f.lineOf] as const] : [])),
  ]);
  const at = (file: string, fileProblems: readonly FieldProblem[]): Problem[] => {
    if (fileProblems.length === 0) return [];
    const lineOf = lineReaders.get(file) ?? options.locate?.(file);
    return fileProblems.map((p) => ({
      file,
      line: lineOf?.(p.at ?? p.path),
      field: p.path.length > 0 ? fieldName(p.path) : 'front matter',
      message: p.message,
    }));
  };
  const parsed: ParsedSite = {sources, placed, slugsOf, fieldProblems, roadmap, skills, valid: site, at};
  // The site-level rules that read the parsed files (validate/rules/): in both phases, since both call this.
  const rules = runRulesNow(SITE_RULES, options.phase, 0, {parsed});
  const problems = [
    ...dataProblems.flatMap(([file, found]) => at(file, found)),
    ...[...fieldProblems].flatMap(([file, found]) => at(file, found)),
    ...rules.problems,
  ];
  return {
    problems: sortProblems(problems),
    warnings: sortProblems(rules.warnings),
    site: problems.length === 0 ? site : undefined,
  };
}

function parseData<S extends z.ZodType>(
  schema: S,
  source: DataFile,
  report: (file: string, problems: FieldProblem[]) => void,
): z.output<S> | undefined {
  if (source.unreadable) return undefined;
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return result.data;
  report(
    source.file,
    result.error.issues.map((issue) => ({path: nestedPath(undefined, issue), message: issue.message})),
  );
  return undefined;
}

function recordAt(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
}

/** Ids read leniently, so one broken skill does not make every reference to the others "unknown". */
function idsIn(items: unknown): string[] {
  return Array.isArray(items)
    ? items.map((item) => recordAt(item, 'id')).filter((id): id is string => typeof id === 'string')
    : [];
}

function skillIdsIn(skills: unknown): string[] {
  const categories = recordAt(skills, 'categories');
  return Array.isArray(categories) ? categories.flatMap((category) => idsIn(recordAt(category, 'skills'))) : [];
}
