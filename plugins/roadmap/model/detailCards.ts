import type {PageLookup, PageRef} from '../site/pages';
import type {CardSpec, CardValue, OwnCard} from '../schema/cardSpec';
import {allCollections} from '../schema/collections';
import type {Benchmark} from '../schema/collections/benchmark';
import type {Course} from '../schema/collections/course';
import type {Project} from '../schema/collections/project';
import type {Located, ValidSite} from '../schema/validSite';
import {coursePace} from './coursePace';
import {courseProgress, type CourseProgress} from './courseProgress';
import {percentile} from './percentile';
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

/** The generic card (schema/cardSpec.ts): a kind's fields as its definition lists them, then its links. */
export interface FieldsCardData {
  kind: 'fields';
  /** What the card is, for screen readers: "Benchmark result". */
  label: string;
  fields: {label: string; value: string | number; as: CardValue}[];
  links: {label: string; href: string}[];
}

/** The card a kind's page starts with: its own, or the generic one. */
export type DetailCardData = CourseCardData | ProjectCardData | BenchmarkCardData | FieldsCardData;

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

/** A value as the generic card shows it: text, a date or a number; nothing for a value that is absent or not one of those. */
function shown(value: unknown): string | number | undefined {
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

function fieldsCard(spec: Exclude<CardSpec<string>, {own: OwnCard}>, entry: Record<string, unknown>): FieldsCardData {
  return {
    kind: 'fields',
    label: spec.label,
    fields: spec.fields.flatMap(({label, field, as = 'text'}) => {
      const value = shown(entry[field]);
      return value === undefined ? [] : [{label, value, as}];
    }),
    links: (spec.links ?? []).flatMap(({label, field}) => {
      const href = entry[field];
      return typeof href === 'string' ? [{label, href}] : [];
    }),
  };
}

/**
 * The card of every page of a kind whose definition has one, listed or not
 * (an unlisted page is still a page), from the validated site. Pure.
 */
export function detailCards(site: ValidSite, pageOf: PageLookup, today: string): DetailCard[] {
  const projects = new Map(
    site.projects.map(({file, slug}) => {
      const {permalink, title} = pageOf(file);
      return [slug, {slug, title, permalink}];
    }),
  );
  const own: {[Card in OwnCard]: (located: Located<never>) => DetailCardData} = {
    course: (c: Located<Course>) => courseCard(c, site, today),
    project: (p: Located<Project>) => projectCard(p, site),
    benchmark: (b: Located<Benchmark>) => benchmarkCard(b, projects),
  };
  const entries = site as unknown as Record<string, Located<Record<string, unknown>>[]>;
  return allCollections().flatMap(({card, plural}) => {
    if (!card) return [];
    return (entries[plural] ?? []).map((located) => ({
      file: located.file,
      card: card.own ? own[card.own](located as Located<never>) : fieldsCard(card, located.entry),
    }));
  });
}
