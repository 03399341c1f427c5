import type {PageLookup, PageRef} from '../site/pages';
import type {Benchmark} from '../schema/collections/benchmark';
import type {Course} from '../schema/collections/course';
import type {Project} from '../schema/collections/project';
import type {Talk} from '../schema/collections/talk';
import type {Located, ValidSite} from '../schema/validSite';
import {coursePace} from './coursePace';
import {courseProgress, type CourseProgress} from './courseProgress';
import {percentile} from './roadmapModel';
import {withoutUndefined} from './withoutUndefined';

type Module = NonNullable<Course['modules']>[number];

export interface CourseCardData {
  kind: 'course';
  status: Course['status'];
  provider: string;
  instructor?: string;
  url?: string;
  phase: {id: string; title: string};
  started?: string;
  finished?: string;
  modules: Module[];
  progress: CourseProgress;
  /** For a course in progress: modules a week so far, and the finish that pace implies once a module is done. */
  pace?: {modulesPerWeek: number; expectedFinish?: string};
}

export interface ProjectCardData {
  kind: 'project';
  summary: string;
  status: Project['status'];
  domain: {id: string; title: string};
  scale: Project['scale'];
  started?: string;
  shipped?: string;
  repo?: string;
  demo?: string;
  stack: string[];
  metrics: NonNullable<Project['metrics']>;
}

export interface BenchmarkCardData {
  kind: 'benchmark';
  event: string;
  date: string;
  metric?: string;
  score?: number;
  rank?: number;
  entrants?: number;
  /** Share of entrants ranked below, in percent. */
  percentile?: number;
  url?: string;
  project?: PageRef;
}

export interface TalkCardData {
  kind: 'talk';
  event: string;
  date: string;
  slides?: string;
  video?: string;
}

/** The collections whose pages start with a detail card (papers have their own); detailCards makes one for each entry. */
export const DETAIL_CARD_COLLECTIONS = ['course', 'project', 'benchmark', 'talk'] as const;

/** The card a course, project, benchmark or talk page starts with. */
export type DetailCardData = CourseCardData | ProjectCardData | BenchmarkCardData | TalkCardData;

/** One card and the content file whose page shows it. */
export interface DetailCard {
  file: string;
  card: DetailCardData;
}

function courseCard({entry}: Located<Course>, site: ValidSite, today: string): CourseCardData {
  const progress = courseProgress(entry);
  const phase = site.roadmap.phases.find((p) => p.id === entry.phase);
  const pace =
    entry.status === 'in-progress' && entry.started !== undefined && progress.modulesTotal > 0
      ? coursePace({started: entry.started, ...progress}, today)
      : undefined;
  return withoutUndefined({
    kind: 'course',
    status: entry.status,
    provider: entry.provider,
    instructor: entry.instructor,
    url: entry.url,
    phase: {id: entry.phase, title: phase?.title ?? entry.phase},
    started: entry.started,
    finished: entry.finished,
    modules: entry.modules ?? [],
    progress,
    pace: pace && withoutUndefined({modulesPerWeek: pace.modulesPerWeek, expectedFinish: pace.impliedFinish}),
  });
}

function projectCard({entry}: Located<Project>, site: ValidSite): ProjectCardData {
  const domain = site.roadmap.domains.find((d) => d.id === entry.domain);
  return withoutUndefined({
    kind: 'project',
    summary: entry.summary,
    status: entry.status,
    domain: {id: entry.domain, title: domain?.title ?? entry.domain},
    scale: entry.scale,
    started: entry.started,
    shipped: entry.shipped,
    repo: entry.repo,
    demo: entry.demo,
    stack: entry.stack ?? [],
    metrics: entry.metrics ?? [],
  });
}

function benchmarkCard({entry}: Located<Benchmark>, projects: Map<string, PageRef>): BenchmarkCardData {
  return withoutUndefined({
    kind: 'benchmark',
    event: entry.event,
    date: entry.date,
    metric: entry.metric,
    score: entry.score,
    rank: entry.rank,
    entrants: entry.entrants,
    percentile: percentile(entry.rank, entry.entrants),
    url: entry.url,
    project: entry.project === undefined ? undefined : projects.get(entry.project),
  });
}

function talkCard({entry}: Located<Talk>): TalkCardData {
  return withoutUndefined({
    kind: 'talk',
    event: entry.event,
    date: entry.date,
    slides: entry.slides,
    video: entry.video,
  });
}

/**
 * The card of every course, project, benchmark and talk page, listed or not
 * (an unlisted page is still a page), from the validated site. Pure.
 */
export function detailCards(site: ValidSite, pageOf: PageLookup, today: string): DetailCard[] {
  const projects = new Map(
    site.projects.map(({file, slug}) => {
      const {permalink, title} = pageOf(file);
      return [slug, {slug, title, permalink}];
    }),
  );
  return [
    ...site.courses.map((c) => ({file: c.file, card: courseCard(c, site, today)})),
    ...site.projects.map((p) => ({file: p.file, card: projectCard(p, site)})),
    ...site.benchmarks.map((b) => ({file: b.file, card: benchmarkCard(b, projects)})),
    ...site.talks.map((t) => ({file: t.file, card: talkCard(t)})),
  ];
}
