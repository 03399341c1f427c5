/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC, so no time zone can shift a day. */

const DAY_MS = 86_400_000;

function toTime(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** The Monday that starts the ISO week of `date`. */
export function weekStart(date: string): string {
  const weekday = (new Date(toTime(date)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: string): {year: number; week: number} {
  const thursday = addDays(weekStart(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(weekStart(`${year}-01-04`), weekStart(thursday)) / 7) + 1;
  return {year, week};
}

/** `2026-W05`. */
export function isoWeekLabel(date: string): string {
  const {year, week} = isoWeek(date);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** First day of the calendar quarter of `date`. */
export function quarterStart(date: string): string {
  const month = Number(date.slice(5, 7));
  const first = month - ((month - 1) % 3);
  return `${date.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/** `2025-10`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}
