import {PAPER_STATUSES} from '../schema/collections/paper';
import type {ViewQuery, ViewTest} from '../schema/viewQuery';
import {EMPTY_QUERY, queryToUrl, type PaperQuery, type PaperSort} from './paperQuery';

const SORTS: Readonly<Record<string, PaperSort>> = {read: 'logged', year: 'year', title: 'title'};

/** The values an `is` test names, when every test of the condition is one; undefined otherwise. */
function isValues(tests: readonly ViewTest[]): string[] | undefined {
  const values: string[] = [];
  for (const test of tests) {
    if (test.op === 'is' && test.values.every((v) => typeof v === 'string')) values.push(...(test.values as string[]));
    else if (test.op === 'contains' && test.values.length === 1) values.push(test.values[0]!);
    else return undefined;
  }
  return values;
}

/**
 * The address of /papers with a view's filter set in its facets (status, tag,
 * venue, year range) and its sort, or undefined when a condition has no
 * facet: the link then would show more than the view does.
 */
export function viewPaperSearch(view: ViewQuery): string | undefined {
  if (view.collection.plural !== 'papers') return undefined;
  const query: PaperQuery = {...EMPTY_QUERY, status: [], venue: [], tag: []};
  for (const {field, tests} of view.where) {
    if (field.path === 'status') {
      let statuses: string[] = [...PAPER_STATUSES];
      for (const test of tests) {
        if (test.op !== 'is' && test.op !== 'not') return undefined;
        const named = test.values.map(String);
        statuses = statuses.filter((status) => named.includes(status) === (test.op === 'is'));
      }
      query.status = statuses;
    } else if (field.path === 'tags' || field.path === 'venue') {
      const values = isValues(tests);
      if (values === undefined) return undefined;
      if (field.path === 'tags') query.tag = values;
      else query.venue = values;
    } else if (field.path === 'year') {
      for (const test of tests) {
        if (test.op === 'min' && typeof test.value === 'number') query.yearFrom = test.value;
        else if (test.op === 'max' && typeof test.value === 'number') query.yearTo = test.value;
        else if (test.op === 'is' && test.values.length === 1 && typeof test.values[0] === 'number')
          query.yearFrom = query.yearTo = test.values[0];
        else return undefined;
      }
    } else return undefined;
  }
  const [first] = view.sort;
  const sort = first && SORTS[first.field.path];
  if (sort !== undefined) query.sort = sort;
  return `/${view.collection.route}${queryToUrl(query)}`;
}
