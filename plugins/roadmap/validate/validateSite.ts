import type {z} from 'zod';
import {citekeyOf} from '../citation/citekey';
import type {LineOf} from '../site/fieldPath';
import {fieldName, sortProblems, type Problem} from '../site/problem';
import type {DataFile, SiteSources} from '../site/sources';
import {checkFrontMatter, nestedPath, type FieldProblem, type RuleContext} from '../schema/collection';
import {allCollections, collectionNamed, type CollectionName} from '../schema/collections';
import type {Paper} from '../schema/collections/paper';
import {placementOf} from '../schema/collectionOf';
import {roadmapFile} from '../schema/roadmapFile';
import {skillsFile} from '../schema/skillsFile';
import type {Located, ValidSite} from '../schema/validSite';
import {roadmapFileRules, skillLevelProblems, skillsFileRules} from './dataRules';
import {dataTextCutByComment, textCutByComment} from './cutByComment';
import {pageRouteProblems} from './pageRoutes';
import {paperIdClashes} from './paperIdClashes';
import {placeholderProblems} from './placeholders';
import {postFileDateProblems} from './postFileDate';

/** `warnings` are shown but fail nothing: text that is valid, though likely not what the author meant. */
export type SiteValidation = {problems: Problem[]; warnings: Problem[]; site: ValidSite | undefined};

export interface ValidateOptions {
  today: string;
  /** Finds line numbers for a file that has problems and came without `lineOf`. */
  locate?: (file: string) => LineOf | undefined;
}

/** Validates every file and data file, all problems in one pass, then the references between them. */
export function validateSite(sources: SiteSources, options: ValidateOptions): SiteValidation {
  const problemsByFile = new Map<string, FieldProblem[]>();
  const report = (file: string, problems: FieldProblem[]) => {
    if (problems.length > 0) problemsByFile.set(file, [...(problemsByFile.get(file) ?? []), ...problems]);
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
  // Entries that other files refer to by slug (courses, projects): two files may not share one.
  const seen = new Map<string, string>();
  for (const file of placed) {
    if (!collectionNamed(file.collection).uniqueSlugs) continue;
    const key = `${file.collection}:${file.slug}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, file.file);
    else
      report(file.file, [
        {
          path: [],
          message: `duplicate ${file.collection} "${file.slug}" (expected one file per slug, also in ${first})`,
        },
      ]);
  }
  for (const file of placed) {
    const collection = collectionNamed(file.collection);
    const {entry, problems} = checkFrontMatter(collection, file.frontMatter, context);
    report(file.file, problems);
    report(file.file, placeholderProblems(collection, file));
    if (collection.datedFileNames && !problems.some((p) => p.path[0] === 'date'))
      report(file.file, postFileDateProblems(file));
    if (entry) lists.get(collection.plural)!.push({file: file.file, slug: file.slug, entry});
  }

  for (const [file, problems] of pageRouteProblems(sources.files)) report(file, problems);
  if (site) for (const [file, problems] of citekeyClashes(site.papers)) report(file, problems);
  if (site) for (const [file, problems] of paperIdClashes(site.papers)) report(file, problems);
  const warningsByFile = new Map([
    ...placed.map((file) => [file.file, textCutByComment(collectionNamed(file.collection), file)] as const),
    ...[sources.roadmap, sources.skills].map((data) => [data.file, dataTextCutByComment(data)] as const),
  ]);
  if (roadmap)
    report(sources.roadmap.file, roadmapFileRules(roadmap, {courses: slugsOf('course'), projects: context.projects}));
  if (skills) report(sources.skills.file, skillsFileRules(skills));
  if (!sources.skills.unreadable) report(sources.skills.file, skillLevelProblems(sources.skills.data));

  const lineReaders = new Map([
    [sources.roadmap.file, sources.roadmap.lineOf],
    [sources.skills.file, sources.skills.lineOf],
    ...sources.files.flatMap((f) => (f.lineOf ? [[f.file, f.lineOf] as const] : [])),
  ]);
  const located = (byFile: Map<string, FieldProblem[]>): Problem[] =>
    [...byFile].flatMap(([file, fileProblems]) => {
      const lineOf = lineReaders.get(file) ?? options.locate?.(file);
      return fileProblems.map((p) => ({
        file,
        line: lineOf?.(p.at ?? p.path),
        field: p.path.length > 0 ? fieldName(p.path) : 'front matter',
        message: p.message,
      }));
    });
  const problems = located(problemsByFile);
  return {
    problems: sortProblems(problems),
    warnings: sortProblems(located(warningsByFile)),
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

/** Two papers with one citation key (written or derived) would make papers.bib ambiguous. */
function citekeyClashes(papers: readonly Located<Paper>[]): [string, FieldProblem[]][] {
  const first = new Map<string, string>();
  return papers.flatMap((paper): [string, FieldProblem[]][] => {
    const key = citekeyOf(paper.entry);
    const other = first.get(key);
    if (other === undefined) {
      first.set(key, paper.file);
      return [];
    }
    const message = `duplicate citation key "${key}" (expected one per paper, also in ${other}; set a different citekey)`;
    return [[paper.file, [{path: ['citekey'], message}]]];
  });
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
