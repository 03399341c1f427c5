import type {DateSpan} from '../schema/relativeDate';
import type {ViewQuery, ViewTest, ViewValue} from '../schema/viewQuery';
import {byOrder, valueAtPath} from './listOrder';

/** One entry as /roadmap.json lists it: a page and its fields. */
export type ViewEntry = Readonly<Record<string, unknown>>;

const isSpan = (value: unknown): value is DateSpan => typeof value === 'object' && value !== null && 'from' in value;

const hasValue = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** A date field's value as a day: a post's may carry a time. */
const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : undefined);

function equals(value: unknown, wanted: ViewValue | DateSpan): boolean {
  if (isSpan(wanted)) {
    const date = day(value);
    return date !== undefined && date >= wanted.from && date <= wanted.to;
  }
  return value === wanted;
}

function passes(value: unknown, test: ViewTest): boolean {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  switch (test.op) {
    case 'is':
      return test.values.some((wanted) => items.some((item) => equals(item, wanted)));
    case 'not':
      return !test.values.some((wanted) => items.some((item) => equals(item, wanted)));
    case 'contains':
      return Array.isArray(value)
        ? test.values.every((wanted) => items.includes(wanted))
        : typeof value === 'string' &&
            test.values.every((wanted) => value.toLowerCase().includes(wanted.toLowerCase()));
    case 'exists':
      return hasValue(value) === test.value;
    case 'min':
    case 'max': {
      const x = typeof test.value === 'number' ? value : day(value);
      if (x === undefined || x === null || typeof x !== typeof test.value) return false;
      return test.op === 'min' ? (x as number | string) >= test.value : (x as number | string) <= test.value;
    }
    case 'after':
    case 'before': {
      const date = day(value);
      if (date === undefined) return false;
      return test.op === 'after' ? date >= test.value : date < test.value;
    }
  }
}

/**
 * The rows of a view: the collection's entries (in /roadmap.json's order)
 * that pass every test, sorted by the view's `sort` (ties keep that order),
 * at most `limit` of them. `total` counts every entry that passed.
 */
export function viewRows(query: ViewQuery, entries: readonly ViewEntry[]): {rows: ViewEntry[]; total: number} {
  const matching = entries.filter((entry) =>
    query.where.every(({field, tests}) => tests.every((test) => passes(valueAtPath(entry, field.path), test))),
  );
  const sorted =
    query.sort.length === 0
      ? matching
      : [...matching].sort(byOrder(query.sort.map(({field, direction}) => `${field.path} ${direction}`)));
  return {rows: query.limit === undefined ? sorted : sorted.slice(0, query.limit), total: matching.length};
}
