import {addDays, weekStart} from './calendar';

export interface PaperCalendar {
  /** Weeks shown, the current one included. */
  weeks: number;
  /** The Monday of the first column. */
  from: string;
  /**
   * Columns, oldest first: the week's Monday and papers logged each day, Monday … Sunday; the
   * current week stops at today. Counts only, since this travels to the browser with the page
   * (a day's date is `start` plus its row).
   */
  columns: {start: string; met: boolean; counts: number[]}[];
  /** A month's name above the first column that holds its first day (and above the first column). */
  months: {column: number; label: string}[];
  /** Papers logged in the weeks shown, and the number of weeks among them that met the target. */
  total: number;
  weeksMet: number;
  /** Runs of consecutive weeks that met the target, as column ranges; the last one may be the current streak. */
  streaks: {first: number; last: number; current: boolean}[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The paper habit as a GitHub-style calendar: the last `weeks` ISO weeks as columns, weekdays as
 * rows, a paper counted on its log (`read`) date. A week meets the target when it logged
 * `target` papers; the current week counts towards the current streak only once it does, as
 * in `weeklyCadence`.
 */
export function paperCalendar(logDates: readonly string[], today: string, weeks: number, target = 1): PaperCalendar {
  const perDay = new Map<string, number>();
  for (const date of logDates) if (date <= today) perDay.set(date, (perDay.get(date) ?? 0) + 1);
  const from = addDays(weekStart(today), -7 * (weeks - 1));
  const columns: PaperCalendar['columns'] = [];
  for (let i = 0; i < weeks; i += 1) {
    const start = addDays(from, 7 * i);
    const counts: number[] = [];
    for (let d = 0; d < 7 && addDays(start, d) <= today; d += 1) counts.push(perDay.get(addDays(start, d)) ?? 0);
    const logged = counts.reduce((sum, n) => sum + n, 0);
    columns.push({start, met: target > 0 && logged >= target, counts});
  }

  const months: PaperCalendar['months'] = [];
  const holdsFirst = (column: {start: string; counts: number[]}) =>
    column.counts.some((_, d) => addDays(column.start, d).endsWith('-01'));
  const monthOf = (date: string) => MONTHS[Number(date.slice(5, 7)) - 1]!;
  columns.forEach((column, i) => {
    // Skip the first column's own label when a new month starts in the second one: they would overlap.
    if (i === 0 && !(columns[1] !== undefined && holdsFirst(columns[1]))) {
      // A first week that holds a 1st is mostly the new month's: name that one.
      months.push({column: 0, label: monthOf(holdsFirst(column) ? addDays(column.start, 6) : column.start)});
    } else if (holdsFirst(column)) {
      months.push({column: i, label: monthOf(addDays(column.start, 6))});
    }
  });

  const streaks: PaperCalendar['streaks'] = [];
  columns.forEach((column, i) => {
    if (!column.met) return;
    const last = streaks.at(-1);
    if (last !== undefined && last.last === i - 1) last.last = i;
    else streaks.push({first: i, last: i, current: false});
  });
  const lastRun = streaks.at(-1);
  // The current week cannot break a streak before it ends: a run up to last week is still current.
  if (lastRun !== undefined && lastRun.last >= columns.length - 2) lastRun.current = true;

  return {
    weeks,
    from,
    columns,
    months,
    total: columns.reduce((sum, c) => sum + c.counts.reduce((a, b) => a + b, 0), 0),
    weeksMet: columns.filter((c) => c.met).length,
    streaks,
  };
}
