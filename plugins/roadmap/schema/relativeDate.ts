import {isCalendarDate} from './fields';

/** A span of days, both ends included, `YYYY-MM-DD`. */
export interface DateSpan {
  from: string;
  to: string;
}

/** The phrases a view may write for a span ending on the build's day. */
export const RELATIVE_DATES = ['this year', 'this month', 'last N days', 'last N weeks', 'last N months'] as const;

const RELATIVE = /^(?:this (year|month)|last (\d{1,4}) (day|week|month)s?)$/;

const pad = (n: number) => String(n).padStart(2, '0');

function shifted(today: string, days: number, months: number): string {
  const [year, month, day] = [Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10))];
  if (months === 0) return new Date(Date.UTC(year, month, day - days)).toISOString().slice(0, 10);
  // Six months before Aug 31 is Feb 28 (or 29), not March 3.
  const target = new Date(Date.UTC(year, month - months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return `${target.getUTCFullYear()}-${pad(target.getUTCMonth() + 1)}-${pad(Math.min(day, last))}`;
}

/**
 * `this year`, `last 12 weeks`, `last 6 months` as the span of days they
 * name, counted as of `today` (the build's day, ROADMAP_TODAY): `last 12
 * weeks` is the 84 days that end today. Undefined for any other text.
 */
export function relativeSpan(text: string, today: string): DateSpan | undefined {
  const match = RELATIVE.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const [, period, count, unit] = match;
  if (period === 'year') return {from: `${today.slice(0, 4)}-01-01`, to: today};
  if (period === 'month') return {from: `${today.slice(0, 7)}-01`, to: today};
  const n = Number(count);
  if (n === 0) return undefined;
  const from =
    unit === 'month' ? shifted(shifted(today, 0, n), -1, 0) : shifted(today, (unit === 'week' ? 7 * n : n) - 1, 0);
  return {from, to: today};
}

/** A view's date: `YYYY-MM-DD` as one day, a relative phrase as its span; undefined when it is neither. */
export function viewDate(value: unknown, today: string): DateSpan | undefined {
  if (typeof value !== 'string') return undefined;
  if (isCalendarDate(value)) return {from: value, to: value};
  return relativeSpan(value, today);
}
