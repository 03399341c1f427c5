/** "Today" is the reader's own calendar day, not UTC's: a review at 23:30 counts for the day the reader lives in. */

/** The local day of `date` as `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight at the start of the day after `date`. */
export function startOfNextDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
}

/** How many local days from `from`'s day to `to`'s: 0 the same day, 1 the next. */
export function daysBetween(from: Date, to: Date): number {
  const dayNumber = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
  return dayNumber(to) - dayNumber(from);
}
