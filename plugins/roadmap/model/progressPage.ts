import {courseCounts, type CourseCounts} from './courseCounts';
import {coursePace} from './coursePace';
import type {CourseRow} from './courseRow';
import {courseTimeline, type CourseTimeline} from './courseTimeline';
import {cardsTrend, type Trend} from './homeTrends';
import {cardDates} from './reviewCards';
import {loggedPapers} from './paperHabit';
import {projectTarget, projectYear, type ProjectYear} from './projectRule';
import type {CourseSummary, RoadmapModel} from './roadmapModel';
import {weeklyCadence, type WeeklyCadence} from './weeklyCadence';

/** A rule of data/roadmap.yml and, when the content can measure it, how it is going. */
export type RuleStatus =
  | {id: string; text: string; measure: 'papers'; cadence: Omit<WeeklyCadence, 'weeks'>}
  | {id: string; text: string; measure: 'projects'; projects: ProjectYear}
  | {id: string; text: string; measure: 'none'};

export interface ProgressPageData {
  today: string;
  /**
   * Modules done of modules listed, over every course not dropped: a sum, not a mean of
   * percentages, so a two-module course weighs less than a twenty-module one.
   */
  overall: CourseCounts & {modulesDone: number; modulesTotal: number; percent: number};
  phases: {id: string; title: string; window: string; courses: CourseRow[]}[];
  timeline: CourseTimeline;
  rules: RuleStatus[];
  /** The review cards written in the notes, and those added each week of the last 12. */
  cards: {written: number; trend: Trend};
}

/** `/progress`: the curriculum by phase, course progress and pace, and the rules tracker. */
export function progressPage(model: RoadmapModel, today: string): ProgressPageData {
  const row = (c: CourseSummary): CourseRow => ({
    slug: c.slug,
    title: c.title,
    permalink: c.permalink,
    provider: c.provider,
    status: c.status,
    started: c.started,
    finished: c.finished,
    progress: c.progress,
    ...(c.status === 'in-progress' && c.started !== undefined && c.started <= today
      ? {pace: coursePace({started: c.started, ...c.progress}, today)}
      : {}),
  });
  const counted = model.courses.filter((c) => c.status !== 'dropped');
  const modulesDone = counted.reduce((sum, c) => sum + c.progress.modulesDone, 0);
  const modulesTotal = counted.reduce((sum, c) => sum + c.progress.modulesTotal, 0);
  const percent = modulesTotal === 0 ? 0 : Math.round((modulesDone / modulesTotal) * 100);
  const logDates = loggedPapers(model.papers, today).map((p) => p.read ?? '');
  const phases = model.phases.map((phase) => ({
    id: phase.id,
    title: phase.title,
    window: phase.window,
    courses: model.courses.filter((c) => c.phase === phase.id).map(row),
  }));
  return {
    today,
    overall: {...courseCounts(model.courses), modulesDone, modulesTotal, percent},
    phases,
    timeline: courseTimeline(phases, today),
    cards: {written: model.cards.length, trend: cardsTrend(cardDates(model), today)},
    rules: model.rules.map((rule): RuleStatus => {
      const target = rule.target;
      if (target?.papers_per_week !== undefined) {
        const {weeks: _weeks, ...cadence} = weeklyCadence(logDates, today, target.papers_per_week);
        return {id: rule.id, text: rule.text, measure: 'papers', cadence};
      }
      if (target?.production_per_year !== undefined || target?.small_per_year !== undefined) {
        const projects = projectYear(model.projects, today, projectTarget(target));
        return {id: rule.id, text: rule.text, measure: 'projects', projects};
      }
      return {id: rule.id, text: rule.text, measure: 'none'};
    }),
  };
}
