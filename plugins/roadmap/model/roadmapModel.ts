import type {Benchmark} from '../schema/collections/benchmark';
import type {Course} from '../schema/collections/course';
import type {Paper} from '../schema/collections/paper';
import type {Project} from '../schema/collections/project';
import type {Talk} from '../schema/collections/talk';
import type {RoadmapFile} from '../schema/roadmapFile';
import type {Located, ValidSite} from '../validate/validateSite';
import {deriveCitekey} from './citekey';
import {reproductionGap, roundTo} from './rounding';
import {courseProgress, type CourseProgress} from './courseProgress';
import {skillEvidence, type Evidence, type SkillRow} from './skillEvidence';

/** What Docusaurus knows of a page that front matter does not say. */
export interface PageInfo {
  permalink: string;
  title: string;
  /** A post's publication date, `YYYY-MM-DD`. */
  date?: string;
  /** The author's order (`sidebar_position`), for the curriculum. */
  position?: number;
  /** False for unlisted and draft pages: valid, but in no list, feed or count. */
  listed?: boolean;
}

export type PageLookup = (file: string) => PageInfo;

interface Page {
  slug: string;
  title: string;
  permalink: string;
}

export type CourseSummary = Page &
  Omit<Course, 'title' | 'modules' | 'skills'> & {
    modules: NonNullable<Course['modules']>;
    progress: CourseProgress;
    skills: string[];
  };

export type PaperLogEntry = Page &
  Omit<Paper, 'title' | 'results' | 'tags' | 'skills' | 'citekey'> & {
    citekey: string;
    results: (NonNullable<Paper['results']>[number] & {gap: number})[];
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
}

/** Pure: validated content in, page data out, as of `today`. No Docusaurus, no file system. */
export function buildRoadmapModel(allEntries: ValidSite, pageOf: PageLookup, today: string): RoadmapModel {
  const listed = <E>(entries: Located<E>[]) => entries.filter((e) => pageOf(e.file).listed !== false);
  const site: ValidSite = {
    ...allEntries,
    courses: listed(allEntries.courses),
    papers: listed(allEntries.papers),
    projects: listed(allEntries.projects),
    benchmarks: listed(allEntries.benchmarks),
    talks: listed(allEntries.talks),
    posts: listed(allEntries.posts),
    notes: listed(allEntries.notes),
  };
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
      citekey: entry.citekey ?? deriveCitekey(entry),
      results: (entry.results ?? []).map((r) => ({...r, gap: reproductionGap(r)})),
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
        date: info.date ?? entry.date?.slice(0, 10) ?? '',
        ...(entry.description === undefined ? {} : {description: entry.description}),
        skills: entry.skills ?? [],
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date));
  const notes = site.notes.map(({entry, ...located}) => ({...page({...located, entry}), skills: entry.skills ?? []}));

  const evidence: (Evidence & {skills: readonly string[]})[] = [
    ...courses.map((c) => ({kind: 'course' as const, title: c.title, permalink: c.permalink, skills: c.skills})),
    ...papers.map((p) => ({kind: 'paper' as const, title: p.title, permalink: p.permalink, skills: p.skills})),
    ...projects.map((p) => ({kind: 'project' as const, title: p.title, permalink: p.permalink, skills: p.skills})),
    ...benchmarks.map((b) => ({kind: 'benchmark' as const, title: b.title, permalink: b.permalink, skills: b.skills})),
    ...talks.map((t) => ({kind: 'talk' as const, title: t.title, permalink: t.permalink, skills: t.skills})),
    ...posts.map((p) => ({kind: 'post' as const, title: p.title, permalink: p.permalink, skills: p.skills})),
    ...notes.map((n) => ({kind: 'note' as const, title: n.title, permalink: n.permalink, skills: n.skills})),
  ];
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
    courses,
    papers,
    projects,
    benchmarks,
    talks,
    posts,
    skills: {
      levels: site.skills.levels,
      categories: site.skills.categories.map(({id, title}) => ({id, title})),
      rows: skillEvidence(site.skills, evidence, today),
    },
    changes: [...(site.roadmap.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date)),
  };
}

/** Share of entrants ranked below you, in percent: rank 1 of 100 is 99. */
export function percentile(rank: number | undefined, entrants: number | undefined): number | undefined {
  if (rank === undefined || entrants === undefined || entrants === 0) return undefined;
  return roundTo(((entrants - rank) / entrants) * 100, 1);
}

/** Drops absent keys, so that /roadmap.json has no `"key": undefined` holes. */
function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
