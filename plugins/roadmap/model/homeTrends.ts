import {addDays, weekStart} from './calendar';
import {sparkline, type Sparkline} from './sparkline';
import {plural} from '../site/plural';

export interface Trend extends Sparkline {
  /** What the line shows, in words: the figure's text alternative. */
  text: string;
}

/** The Mondays of the last `n` ISO weeks, the current one last. */
function lastWeeks(today: string, n: number): string[] {
  const current = weekStart(today);
  return Array.from({length: n}, (_, i) => addDays(current, -7 * (n - 1 - i)));
}

/** The last day of each of the last `n` calendar months, the current one last (cut at today). */
function lastMonthEnds(today: string, n: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({length: n}, (_, i) => {
    const end = new Date(Date.UTC(year, month - (n - 1 - i) + 1, 0)).toISOString().slice(0, 10);
    return end < today ? end : today;
  });
}

/** Dated things per ISO week over the last 12 weeks. */
function weeklyTrend(dates: readonly string[], today: string, what: string, suffix: string): Trend {
  const weeks = lastWeeks(today, 12);
  const values = weeks.map((start) => dates.filter((d) => d >= start && d < addDays(start, 7) && d <= today).length);
  const total = values.reduce((a, b) => a + b, 0);
  return {...sparkline(values), text: `${plural(total, what)}${suffix} in the last 12 weeks`};
}

/** Papers logged per ISO week over the last 12 weeks. */
export function papersTrend(logDates: readonly string[], today: string): Trend {
  return weeklyTrend(logDates, today, 'paper', '');
}

/** Review cards added per ISO week over the last 12 weeks, each at the date of its note. */
export function cardsTrend(noteDates: readonly string[], today: string): Trend {
  return weeklyTrend(noteDates, today, 'card', ' added');
}

/** The weekly streak as it stood at the end of each of the last 12 weeks (the current week: so far). */
export function streakTrend(logDates: readonly string[], today: string, target: number): Trend {
  const weeks = lastWeeks(today, 12);
  const met = (start: string) =>
    target > 0 && logDates.filter((d) => d >= start && d < addDays(start, 7) && d <= today).length >= target;
  // The streak going into the first week shown, counted back from the week before it.
  let run = 0;
  for (let start = addDays(weeks[0]!, -7); met(start); start = addDays(start, -7)) run += 1;
  const values = weeks.map((start) => (run = met(start) ? run + 1 : start === weeks.at(-1) ? run : 0));
  const metWeeks = weeks.filter(met).length;
  return {...sparkline(values), text: `target met in ${metWeeks} of the last 12 weeks`};
}

/** How many dated things had happened by the end of each of the last 12 months: courses finished, projects shipped. */
export function cumulativeTrend(dates: readonly string[], today: string, what: string): Trend {
  const ends = lastMonthEnds(today, 12);
  const values = ends.map((end) => dates.filter((d) => d <= end).length);
  const before = dates.filter((d) => d <= addDays(ends[0]!.slice(0, 8) + '01', -1)).length;
  return {...sparkline(values), text: `${values.at(-1)! - before} ${what} in the last 12 months`};
}
