import {SEARCH_KINDS, type SearchKind} from '../../roadmap/site/searchKinds';
import type {PagefindFilters} from './pagefindClient';

/** What the reader asked for; it lives in the URL of /search so that a search can be shared. */
export interface SearchQuery {
  text: string;
  kind?: SearchKind;
  /** Paper filters: any of the tags, any of the years. */
  tag: string[];
  year: string[];
}

export const EMPTY_SEARCH: SearchQuery = {text: '', tag: [], year: []};

export function searchQueryFromUrl(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  return {
    text: params.get('q') ?? '',
    ...(SEARCH_KINDS.includes(kind as SearchKind) ? {kind: kind as SearchKind} : {}),
    tag: params.getAll('tag'),
    year: params.getAll('year').filter((year) => /^\d{4}$/.test(year)),
  };
}

export function searchQueryToUrl(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.text !== '') params.set('q', query.text);
  if (query.kind) params.set('kind', query.kind);
  for (const tag of query.tag) params.append('tag', tag);
  for (const year of query.year) params.append('year', year);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** The query as Pagefind filters: one kind; any of the ticked tags; any of the ticked years. */
export function pagefindFilters(query: SearchQuery): PagefindFilters {
  const filters: PagefindFilters = {};
  if (query.kind) filters.kind = query.kind;
  if (query.tag.length > 0) filters.tag = {any: query.tag};
  if (query.year.length > 0) filters.year = {any: query.year};
  return filters;
}

/** A new kind; the tag and year filters belong to papers and go when the kind does. */
export function withKind(query: SearchQuery, kind: SearchKind | undefined): SearchQuery {
  const base = {text: query.text, tag: kind === 'paper' ? query.tag : [], year: kind === 'paper' ? query.year : []};
  return kind ? {...base, kind} : base;
}

/** Ticks or unticks one value of a paper filter. */
export function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
