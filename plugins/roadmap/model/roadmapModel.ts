import {citekeyOf} from '../citation/citekey';
import type {PageLookup, PageRef} from '../site/pages';
import {allCollections, type CollectionName} from '../schema/collections';
import type {Benchmark} from '../schema/collections/benchmark';
import type {Course} from '../schema/collections/course';
import type {Paper} from '../schema/collections/paper';
import type {Project} from '../schema/collections/project';
import type {Talk} from '../schema/collections/talk';
import type {RoadmapFile} from '../schema/roadmapFile';
import type {Located, ValidSite} from '../schema/validSite';
import {reproductionGap, roundTo} from './rounding';
import {courseProgress, type CourseProgress} from './courseProgress';
import {betterDirection} from './reproductionLedger';
import {withoutUndefined} from './withoutUndefined';
import type {KnowledgeLink} from './knowledgeLinks';
import {skillEvidence, type Evidence, type SkillRow} from './skillEvidence';

type Page = PageRef;

export type CourseSummary = Page &
  Omit<Course, 'title' | 'modules' | 'skills'> & {
    modules: NonNullable<Course['modules']>;
    progress: CourseProgress;
    skills: string[];
  };

export type PaperLogEntry = Page &
  Omit<Paper, 'title' | 'results' | 'tags' | 'skills' | 'citekey'> & {
    citekey: string;
    results: (NonNullable<Paper['results']>[number] & {gap: number; better: 'higher' | 'lower'})[];
    tags: string[];
    skills: string[];
  };

export type ProjectSummary = Page & Omit<Project, 'title' | 'skills'> & {skills: string[]};
export type BenchmarkResult = Page & Omit<Benchmark, 'title' | 'skills'> & {percentile?: number; skills: string[]};
export type TalkSummary = Page & Omit<Talk, 'title' | 'skills'> & {skills: string[]};
export type PostSummary = Page & {date: string; description?: string; skills: string[]};

/** The published model: `/roadmap.json` (documented in README, "Data: roadmap.json"). */
export interface RoadmapModel {
  version: 1;
  vision: string;
  rules: RoadmapFile['rules'];
  domains: RoadmapFile['domains'];
  phases: (RoadmapFile['phases'][number] & {courses: string[]})[];
  now: {
    focus?: Page;
    project?: Page;
    quarterGoal?: string;
    thisWeek?: string;
  };
  courses: CourseSummary[];
  papers: PaperLogEntry[];
  projects: ProjectSummary[];
  benchmarks: BenchmarkResult[];
  talks: TalkSummary[];
  posts: PostSummary[];
  skills: {levels: string[]; categories: {id: string; title: string}[]; rows: SkillRow[]};
  changes: NonNullable<RoadmapFile['changes']>;
  /** Every link between listed pages (model/knowledgeLinks.ts). */
  links: KnowledgeLink[];
}

/** Pure: validated content in, page data out, as of `today`. No Docusaurus, no file system. */
export function buildRoadmapModel(
  allEntries: ValidSite,
  pageOf: PageLookup,
  today: string,
  links: KnowledgeLink[] = [],
): RoadmapModel {
  const listed = <E>(entries: Located<E>[]) => entries.filter((e) => pageOf(e.file).listed !== false);
  const entries = allEntries as unknown as Record<string, Located<unknown>[]>;
  const site = {
    ...allEntries,
    ...Object.fromEntries(allCollections().map((c) => [c.plural, listed(entries[c.plural] ?? [])])),
  } as ValidSite;
  const page = <E>({file, slug}: Located<E>): Page => {
    const {permalink, title} = pageOf(file);
    return {slug, title, permalink};
  };
  const phaseOrder = site.roadmap.phases.map((phase) => phase.id);
  const positionOf = (file: string) => pageOf(file).position ?? Infinity;
  const courses = [...site.courses]
    .sort((a, b) => positionOf(a.file) - positionOf(b.file))
    .map(({entry, ...located}): CourseSummary => ({
      ...entry,
      ...page({...located, entry}),
      modules: entry.modules ?? [],
      progress: courseProgress(entry),
      skills: entry.skills ?? [],
    }))
    // Stable: within a phase, courses keep the author's sidebar order.
    .sort((a, b) => phaseOrder.indexOf(a.phase) - phaseOrder.indexOf(b.phase));
  const papers = site.papers
    .map(({entry, ...located}): PaperLogEntry => ({
      ...entry,
      ...page({...located, entry}),
      citekey: citekeyOf(entry),
      // `better` resolved, so a reader of /roadmap.json need not know the default.
      results: (entry.results ?? []).map((r) => ({...r, gap: reproductionGap(r), better: betterDirection(r)})),
      tags: entry.tags ?? [],
      skills: entry.skills ?? [],
    }))
    .sort((a, b) => (b.read ?? '').localeCompare(a.read ?? '') || a.title.localeCompare(b.title));
  const projects = site.projects.map(({entry, ...located}): ProjectSummary => ({
    ...entry,
    ...page({...located, entry}),
    skills: entry.skills ?? [],
  }));
  const benchmarks = site.benchmarks
    .map(({entry, ...located}): BenchmarkResult => ({
      ...entry,
      ...page({...located, entry}),
      percentile: percentile(entry.rank, entry.entrants),
      skills: entry.skills ?? [],
    }))
    .sort((a, b) => b.date.localeCompare(a.date));
  const talks = site.talks
    .map(({entry, ...located}): TalkSummary => ({...entry, ...page({...located, entry}), skills: entry.skills ?? []}))
    .sort((a, b) => b.date.localeCompare(a.date));
  const posts = site.posts
    .map(({entry, ...located}): PostSummary => {
      const info = pageOf(located.file);
      return {
        ...page({...located, entry}),
        date: info.date ?? '',
        ...(entry.description === undefined ? {} : {description: entry.description}),
        skills: entry.skills ?? [],
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date));
  // Every collection's listed pages with the skills they show, in registry order: the
  // summarised ones as sorted above, any other (notes) as its pages.
  const lists = {courses, papers, projects, benchmarks, talks, posts};
  const summaries: Partial<Record<string, readonly (Page & {skills: readonly string[]})[]>> = lists;
  const listedEntries = site as unknown as Record<string, Located<{skills?: string[]}>[]>;
  const evidence: (Evidence & {skills: readonly string[]})[] = allCollections().flatMap((collection) => {
    const items =
      summaries[collection.plural] ??
      (listedEntries[collection.plural] ?? []).map((located) => ({
        ...page(located),
        skills: located.entry.skills ?? [],
      }));
    return items.map(({title, permalink, skills}) => ({
      kind: collection.name as CollectionName,
      title,
      permalink,
      skills,
    }));
  });
  const {now} = site.roadmap;
  const courseBySlug = new Map(courses.map((c) => [c.slug, c]));
  const projectBySlug = new Map(projects.map((p) => [p.slug, p]));
  const pick = (p: Page | undefined): Page | undefined => p && {slug: p.slug, title: p.title, permalink: p.permalink};

  return {
    version: 1,
    vision: site.roadmap.vision,
    rules: site.roadmap.rules,
    domains: site.roadmap.domains,
    phases: site.roadmap.phases.map((phase) => ({
      ...phase,
      courses: courses.filter((c) => c.phase === phase.id).map((c) => c.slug),
    })),
    now: withoutUndefined({
      focus: pick(now.focus === undefined ? undefined : courseBySlug.get(now.focus)),
      project: pick(now.project === undefined ? undefined : projectBySlug.get(now.project)),
      quarterGoal: now.quarter_goal,
      thisWeek: now.this_week,
    }),
    ...lists,
    skills: {
      levels: site.skills.levels,
      categories: site.skills.categories.map(({id, title}) => ({id, title})),
      rows: skillEvidence(site.skills, evidence, today),
    },
    changes: [...(site.roadmap.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date)),
    links,
  };
}

/**
 * A collection's listed entries as /roadmap.json holds them (its entry fields
 * and page), by the collection's plural; none for a collection it does not
 * list (notes, or one added to the registry alone).
 */
export function modelList<Item>(model: RoadmapModel, plural: string): readonly Item[] {
  const list = (model as unknown as Record<string, unknown>)[plural];
  return Array.isArray(list) ? (list as Item[]) : [];
}

/** Share of entrants ranked below you, in percent: rank 1 of 100 is 99. */
export function percentile(rank: number | undefined, entrants: number | undefined): number | undefined {
  if (rank === undefined || entrants === undefined || entrants === 0) return undefined;
  return roundTo(((entrants - rank) / entrants) * 100, 1);
}
