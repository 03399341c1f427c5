import {addDays, isoWeekLabel, quarterStart, weekStart} from './calendar';

export interface WeeklyCadence {
  /** Papers logged per week wanted by the rule ("1 paper/week"). */
  target: number;
  /** Papers logged in the current week so far. */
  thisWeek: number;
  /** Weeks in a row that met the target, up to last week or this one if it already does. */
  currentStreak: number;
  longestStreak: number;
  /** Finished weeks of this quarter that missed the target. */
  weeksMissedThisQuarter: number;
  /** Finished weeks of this quarter so far. */
  weeksThisQuarter: number;
  /** Every week from the first logged paper to this week, oldest first. */
  weeks: {start: string; label: string; count: number}[];
}

/**
 * The "1 paper/week" habit, measured on log dates. A week runs Monday to
 * Sunday (ISO 8601); the current week cannot break a streak before it ends.
 * Log dates after `today` are not counted yet.
 */
export function weeklyCadence(logDates: readonly string[], today: string, target = 1): WeeklyCadence {
  const thisWeekStart = weekStart(today);
  const perWeek = new Map<string, number>();
  for (const date of logDates) {
    if (date > today) continue;
    const start = weekStart(date);
    perWeek.set(start, (perWeek.get(start) ?? 0) + 1);
  }
  const first = [...perWeek.keys()].sort()[0] ?? thisWeekStart;
  const weeks: WeeklyCadence['weeks'] = [];
  for (let start = first; start <= thisWeekStart; start = addDays(start, 7)) {
    weeks.push({start, label: isoWeekLabel(start), count: perWeek.get(start) ?? 0});
  }
  const met = (count: number) => target > 0 && count >= target;

  let longestStreak = 0;
  let run = 0;
  for (const week of weeks) {
    run = met(week.count) ? run + 1 : 0;
    longestStreak = Math.max(longestStreak, run);
  }

  const thisWeek = weeks.at(-1)?.count ?? 0;
  let currentStreak = 0;
  const finished = weeks.slice(0, -1);
  for (let i = finished.length - 1; i >= 0 && met(finished[i]!.count); i -= 1) currentStreak += 1;
  if (met(thisWeek)) currentStreak += 1;

  const quarterFirstWeek = weekStart(quarterStart(today));
  let weeksThisQuarter = 0;
  let weeksMissedThisQuarter = 0;
  for (let start = quarterFirstWeek; start < thisWeekStart; start = addDays(start, 7)) {
    weeksThisQuarter += 1;
    if (!met(perWeek.get(start) ?? 0)) weeksMissedThisQuarter += 1;
  }

  return {target, thisWeek, currentStreak, longestStreak, weeksMissedThisQuarter, weeksThisQuarter, weeks};
}
