/** What a reader asked of the paper log; it lives in the URL. */
export interface PaperQuery {
  text: string;
  status: string[];
  venue: string[];
  tag: string[];
  yearFrom?: number;
  yearTo?: number;
  /** Only papers with a reproduction ledger. */
  withResults: boolean;
  sort: PaperSort;
}

export const PAPER_SORTS = ['logged', 'year', 'title'] as const;
export type PaperSort = (typeof PAPER_SORTS)[number];

export const EMPTY_QUERY: PaperQuery = {text: '', status: [], venue: [], tag: [], withResults: false, sort: 'logged'};

const LIST_KEYS = ['status', 'venue', 'tag'] as const;

/** How many filters are on: each ticked value, each end of the year range, "has results". Words and sort are not filters. */
export function activeFilters(query: PaperQuery): number {
  const ticked = LIST_KEYS.reduce((sum, key) => sum + query[key].length, 0);
  return ticked + Number(query.yearFrom !== undefined) + Number(query.yearTo !== undefined) + Number(query.withResults);
}

/** Nothing to search for and nothing to filter: the whole log, as the page first shows it. */
export function isUnfiltered(query: PaperQuery): boolean {
  return query.text.trim() === '' && activeFilters(query) === 0;
}

/** `?q=bert&status=read&status=reproduced&from=2017&to=2020&results=1&sort=year`. */
export function queryFromUrl(search: string): PaperQuery {
  const params = new URLSearchParams(search);
  const year = (key: string) => {
    const value = Number(params.get(key));
    return params.has(key) && Number.isInteger(value) ? value : undefined;
  };
  const sort = params.get('sort');
  const query: PaperQuery = {
    text: params.get('q') ?? '',
    status: params.getAll('status'),
    venue: params.getAll('venue'),
    tag: params.getAll('tag'),
    withResults: params.get('results') === '1',
    sort: (PAPER_SORTS as readonly string[]).includes(sort ?? '') ? (sort as PaperSort) : 'logged',
  };
  const from = year('from');
  const to = year('to');
  if (from !== undefined) query.yearFrom = from;
  if (to !== undefined) query.yearTo = to;
  return query;
}

/** The inverse of queryFromUrl; defaults are left out so a plain /papers stays plain. */
export function queryToUrl(query: PaperQuery): string {
  const params = new URLSearchParams();
  if (query.text.trim() !== '') params.set('q', query.text);
  for (const key of LIST_KEYS) for (const value of query[key]) params.append(key, value);
  if (query.yearFrom !== undefined) params.set('from', String(query.yearFrom));
  if (query.yearTo !== undefined) params.set('to', String(query.yearTo));
  if (query.withResults) params.set('results', '1');
  if (query.sort !== 'logged') params.set('sort', query.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
