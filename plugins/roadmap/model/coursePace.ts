import {addDays, daysBetween} from './calendar';
import {roundTo} from './rounding';

export interface CoursePace {
  /** Modules finished per week since the course started. */
  modulesPerWeek: number;
  weeksSoFar: number;
  /** The finish date the pace so far implies; absent until a module is done. */
  impliedFinish?: string;
}

/**
 * How fast an in-progress course is going. The first week counts as a whole
 * week, so finishing a module on day one does not promise seven a week.
 */
export function coursePace(
  course: {started: string; modulesDone: number; modulesTotal: number},
  today: string,
): CoursePace {
  const weeksSoFar = Math.max(1, daysBetween(course.started, today) / 7);
  const modulesPerWeek = course.modulesDone / weeksSoFar;
  const pace = {modulesPerWeek: roundTo(modulesPerWeek, 2), weeksSoFar: roundTo(weeksSoFar, 1)};
  if (course.modulesDone === 0) return pace;
  const remaining = Math.max(0, course.modulesTotal - course.modulesDone);
  return {...pace, impliedFinish: addDays(today, Math.ceil((remaining / modulesPerWeek) * 7))};
}
