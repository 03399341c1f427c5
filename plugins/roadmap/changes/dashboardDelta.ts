import {isoWeek} from '../model/calendar';
import {homePage} from '../model/homePage';
import {loggedPapers} from '../model/paperHabit';
import {modelList, type RoadmapModel} from '../model/roadmapModel';
import {allCollections, type CollectionName} from '../schema/collections';
import {plural} from '../site/plural';
import {keyedDiff, type KeyedDiff} from './keyedDiff';

/** Renamed files' slugs: `collection:old slug` → new slug, so a rename is not a removal plus an addition. */
export type SlugRenames = ReadonlyMap<string, string>;

export function slugRenameKey(collection: CollectionName, slug: string): string {
  return `${collection}:${slug}`;
}

/**
 * Pure: the model before and after a change, as of one day → what a reader of
 * the dashboard would see change, one line each, in a fixed order:
 * "+1 paper logged (week 47)", "course ng-ml-spec: in-progress → done",
 * "skill pytorch: 3 → 4 pieces of evidence".
 */
export function dashboardDelta(
  before: RoadmapModel,
  after: RoadmapModel,
  today: string,
  renames: SlugRenames = new Map(),
): string[] {
  const renamed = (collection: CollectionName) => (slug: string) =>
    renames.get(slugRenameKey(collection, slug)) ?? slug;
  return [
    ...paperLines(before, after, today, renamed('paper')),
    ...courseLines(before.courses, after.courses, renamed('course')),
    ...statusLines('project', before.projects, after.projects, renamed('project')),
    // Every other collection the dashboard lists, by the reader's name for one entry.
    ...allCollections()
      .filter((c) => !DETAILED.has(c.plural))
      .flatMap((c) =>
        membershipLines(
          c.label.one,
          modelList<Keyed>(before, c.plural),
          modelList<Keyed>(after, c.plural),
          renamed(c.name as CollectionName),
        ),
      ),
    ...skillLines(before, after),
    ...headlineLines(before, after, today),
    ...nowLines(before.now, after.now),
    ...roadmapLines(before, after),
    ...changelogLines(before.changes, after.changes),
  ];
}

/** The lists with lines of their own above (status, modules, logged papers). */
const DETAILED: ReadonlySet<string> = new Set<keyof RoadmapModel>(['papers', 'courses', 'projects']);

/** `+2` or `-1`. */
function signed(count: number): string {
  return count > 0 ? `+${count}` : `-${-count}`;
}

interface Keyed {
  slug: string;
}

/** Entries added and removed, matched by slug (after renames). */
function diffBySlug<T extends Keyed>(
  before: readonly T[],
  after: readonly T[],
  rename: (slug: string) => string,
): KeyedDiff<T> {
  return keyedDiff(
    before,
    after,
    (entry) => entry.slug,
    (entry) => rename(entry.slug),
  );
}

function weeksOf(dates: readonly string[]): string {
  const weeks = [...new Set(dates.map((date) => isoWeek(date).week))].sort((a, b) => a - b);
  return weeks.length === 1 ? `week ${weeks[0]}` : `weeks ${weeks.join(', ')}`;
}

function paperLines(
  before: RoadmapModel,
  after: RoadmapModel,
  today: string,
  rename: (slug: string) => string,
): string[] {
  const logged = diffBySlug(loggedPapers(before.papers, today), loggedPapers(after.papers, today), rename);
  const queued = diffBySlug(
    before.papers.filter((p) => p.status === 'queued'),
    after.papers.filter((p) => p.status === 'queued'),
    rename,
  );
  const all = diffBySlug(before.papers, after.papers, rename);
  const lines: string[] = [];
  const readDates = (papers: RoadmapModel['papers']) => papers.map((p) => p.read ?? today);
  if (logged.added.length > 0)
    lines.push(`+${plural(logged.added.length, 'paper')} logged (${weeksOf(readDates(logged.added))})`);
  if (logged.removed.length > 0)
    lines.push(`-${plural(logged.removed.length, 'paper')} logged (${weeksOf(readDates(logged.removed))})`);
  if (queued.added.length > 0) lines.push(`+${plural(queued.added.length, 'paper')} queued`);
  if (queued.removed.length > 0) lines.push(`-${plural(queued.removed.length, 'paper')} queued`);
  for (const [was, is] of all.kept) {
    if (was.status !== is.status) lines.push(`paper ${is.slug}: ${was.status} → ${is.status}`);
    const results = is.results.length - was.results.length;
    if (results !== 0)
      lines.push(
        `paper ${is.slug}: ${signed(results)} reproduction ${results === 1 || results === -1 ? 'result' : 'results'}`,
      );
  }
  return lines;
}

function courseLines(
  before: RoadmapModel['courses'],
  after: RoadmapModel['courses'],
  rename: (slug: string) => string,
): string[] {
  const {added, removed, kept} = diffBySlug(before, after, rename);
  return [
    ...added.map((c) => `+1 course: ${c.slug} (${c.status})`),
    ...removed.map((c) => `-1 course: ${c.slug}`),
    ...kept.flatMap(([was, is]) => [
      ...(was.status !== is.status ? [`course ${is.slug}: ${was.status} → ${is.status}`] : []),
      ...(was.progress.modulesDone !== is.progress.modulesDone || was.progress.modulesTotal !== is.progress.modulesTotal
        ? [
            `course ${is.slug}: ${was.progress.modulesDone} → ${is.progress.modulesDone} of ${plural(is.progress.modulesTotal, 'module')} done`,
          ]
        : []),
    ]),
  ];
}

function statusLines<T extends Keyed & {status: string}>(
  kind: string,
  before: readonly T[],
  after: readonly T[],
  rename: (slug: string) => string,
): string[] {
  const {added, removed, kept} = diffBySlug(before, after, rename);
  return [
    ...added.map((entry) => `+1 ${kind}: ${entry.slug} (${entry.status})`),
    ...removed.map((entry) => `-1 ${kind}: ${entry.slug}`),
    ...kept.flatMap(([was, is]) =>
      was.status !== is.status ? [`${kind} ${is.slug}: ${was.status} → ${is.status}`] : [],
    ),
  ];
}

function membershipLines<T extends Keyed>(
  kind: string,
  before: readonly T[],
  after: readonly T[],
  rename: (slug: string) => string,
): string[] {
  const {added, removed} = diffBySlug(before, after, rename);
  return [...added.map((entry) => `+1 ${kind}: ${entry.slug}`), ...removed.map((entry) => `-1 ${kind}: ${entry.slug}`)];
}

function skillLines(before: RoadmapModel, after: RoadmapModel): string[] {
  const rows = keyedDiff(before.skills.rows, after.skills.rows, (row) => row.id);
  const levels = after.skills.levels;
  const lines: string[] = [];
  for (const {is: row, was} of rows.matched) {
    if (!was) {
      lines.push(`+1 skill: ${row.id} (target ${levels[row.target] ?? row.target})`);
      continue;
    }
    if (was.level !== row.level)
      lines.push(
        `skill ${row.id}: level ${was.level} → ${row.level} (${levels[was.level] ?? was.level} → ${levels[row.level] ?? row.level})`,
      );
    if (was.target !== row.target) lines.push(`skill ${row.id}: target ${was.target} → ${row.target}`);
    if (was.evidence.length !== row.evidence.length)
      lines.push(
        `skill ${row.id}: ${was.evidence.length} → ${row.evidence.length} ${row.evidence.length === 1 ? 'piece' : 'pieces'} of evidence`,
      );
  }
  for (const row of rows.removed) lines.push(`-1 skill: ${row.id}`);
  return lines;
}

/** The home page's figures that are not already a line above: courses done, streak, projects shipped. */
function headlineLines(before: RoadmapModel, after: RoadmapModel, today: string): string[] {
  const was = homePage(before, today);
  const is = homePage(after, today);
  const lines: string[] = [];
  if (was.courses.done !== is.courses.done || was.courses.total !== is.courses.total)
    lines.push(`courses done: ${was.courses.done} → ${is.courses.done} of ${is.courses.total}`);
  if (was.weeklyStreak !== is.weeklyStreak)
    lines.push(`weekly paper streak: ${was.weeklyStreak} → ${plural(is.weeklyStreak, 'week')}`);
  if (was.projectsShippedThisYear !== is.projectsShippedThisYear)
    lines.push(`projects shipped this year: ${was.projectsShippedThisYear} → ${is.projectsShippedThisYear}`);
  return lines;
}

function nowLines(before: RoadmapModel['now'], after: RoadmapModel['now']): string[] {
  const lines: string[] = [];
  const slugChange = (label: string, was?: {slug: string}, is?: {slug: string}) => {
    if (was?.slug !== is?.slug) lines.push(`TL;DR ${label}: ${was?.slug ?? 'none'} → ${is?.slug ?? 'none'}`);
  };
  const textChange = (label: string, was?: string, is?: string) => {
    if (was !== is) lines.push(`TL;DR ${label}: ${JSON.stringify(was ?? '')} → ${JSON.stringify(is ?? '')}`);
  };
  slugChange('focus', before.focus, after.focus);
  slugChange('project', before.project, after.project);
  textChange('quarter goal', before.quarterGoal, after.quarterGoal);
  textChange('this week', before.thisWeek, after.thisWeek);
  return lines;
}

function changelogLines(before: RoadmapModel['changes'], after: RoadmapModel['changes']): string[] {
  const {added, removed} = keyedDiff(before, after, (change) => `${change.date} ${change.text}`);
  return [
    ...added.map((c) => `+1 changelog entry: ${c.date} ${JSON.stringify(c.text)}`),
    ...removed.map((c) => `-1 changelog entry: ${c.date} ${JSON.stringify(c.text)}`),
  ];
}

/** The hand-written parts of data/roadmap.yml that the home page and /progress show. */
function roadmapLines(before: RoadmapModel, after: RoadmapModel): string[] {
  const lines: string[] = [];
  if (before.vision !== after.vision)
    lines.push(`vision: ${JSON.stringify(before.vision)} → ${JSON.stringify(after.vision)}`);
  const byId = <T extends {id: string}>(kind: string, was: readonly T[], is: readonly T[]) => {
    const items = keyedDiff(was, is, (item) => item.id);
    for (const {is: item, was: previous} of items.matched) {
      if (previous === undefined) lines.push(`+1 ${kind}: ${item.id}`);
      else if (JSON.stringify(previous) !== JSON.stringify(item)) lines.push(`${kind} ${item.id}: changed`);
    }
    for (const item of items.removed) lines.push(`-1 ${kind}: ${item.id}`);
  };
  byId('rule', before.rules, after.rules);
  byId('domain', before.domains, after.domains);
  // A phase's course list changes with the courses, which have lines of their own.
  byId(
    'phase',
    before.phases.map(({courses: _, ...phase}) => phase),
    after.phases.map(({courses: _, ...phase}) => phase),
  );
  return lines;
}
