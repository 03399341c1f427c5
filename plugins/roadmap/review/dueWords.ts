import {daysBetween} from './localDay';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const counted = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** How long from `now` until `due`, as the grade buttons and announcements say it: "in 10 minutes", "in 4 days". */
export function untilText(now: Date, due: Date): string {
  const wait = due.getTime() - now.getTime();
  if (wait < HOUR) return `in ${counted(Math.max(1, Math.round(wait / MINUTE)), 'minute')}`;
  if (wait < DAY) return `in ${counted(Math.round(wait / HOUR), 'hour')}`;
  return `in ${counted(Math.round(wait / DAY), 'day')}`;
}

/** "12 December 2026": day first and the month in words, unambiguous anywhere. */
export function dayText(date: Date): string {
  return date.toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric'});
}

/** What the page says once today's queue is empty. */
export function finishedText(now: Date, next: Date | null): string {
  if (next === null) return 'Every card is done: none is scheduled.';
  const days = daysBetween(now, next);
  const when = days <= 0 ? 'later today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  return `Done for today. Next card due on ${dayText(next)} (${when}).`;
}
