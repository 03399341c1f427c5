import type {ViewField} from '../schema/viewFields';
import type {ViewLayout, ViewQuery} from '../schema/viewQuery';
import {plural} from '../site/plural';
import {valueAtPath} from './listOrder';
import type {ViewEntry} from './viewRows';
import {viewRows} from './viewRows';

/** One value of a row, as the site shows values of its kind: text only, never HTML. */
export type ViewCell =
  | {kind: 'text'; text: string}
  | {kind: 'date'; date: string}
  | {kind: 'status'; status: string}
  | {kind: 'link'; href: string; text: string}
  | {kind: 'list'; items: string[]}
  /** A share out of 100 (a course's `progress.percent`), drawn as the site's progress bars are. */
  | {kind: 'percent'; percent: number; label: string}
  | {kind: 'missing'};

/** A view as its page draws it (`@theme/View`): computed at build time, rows and all. */
export interface ViewData {
  as: ViewLayout;
  /** "3 papers", or "10 of 24 papers" when `limit` cut the list. */
  caption: string;
  /** What to say when no entry matches: "No papers match this view." */
  empty: string;
  columns: {field: string; label: string}[];
  /** Each row's cells, in the order of `columns`; the key is the entry's address. */
  rows: {key: string; cells: ViewCell[]}[];
  /** The same filter on the collection's own page (the paper log's facets), when it can say it. */
  more?: {href: string; label: string};
}

/** Names whose words are not what readers call them. */
const LABELS: Readonly<Record<string, string>> = {
  url: 'Link',
  arxiv: 'arXiv',
  doi: 'DOI',
  next: 'Next experiment',
  'progress.percent': 'Progress',
};

/** `progress.percent` → "Progress percent", `modulesDone` → "Modules done", `url` → "Link". */
export function columnLabel(path: string): string {
  const known = LABELS[path];
  if (known !== undefined) return known;
  const words = path
    .split('.')
    .flatMap((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s_-]+/))
    .map((word) => word.toLowerCase());
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function cellOf(field: ViewField, entry: ViewEntry): ViewCell {
  const value = valueAtPath(entry, field.path);
  if (field.path === 'title') return {kind: 'link', href: String(entry.permalink), text: String(value)};
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    return {kind: 'missing'};
  if (field.list) return {kind: 'list', items: (value as unknown[]).map(String)};
  if (field.path === 'status' && field.values) return {kind: 'status', status: String(value)};
  if (field.type === 'date') return {kind: 'date', date: String(value).slice(0, 10)};
  // An address shows as its column's name ("Slides"): the URL itself is no text a reader reads.
  if (field.type === 'url') return {kind: 'link', href: String(value), text: columnLabel(field.path)};
  if (field.type === 'number' && /(^|\.)percent$/.test(field.path) && typeof value === 'number')
    return {kind: 'percent', percent: value, label: `${String(entry.title)}: ${columnLabel(field.path).toLowerCase()}`};
  if (field.type === 'boolean') return {kind: 'text', text: value === true ? 'yes' : 'no'};
  return {kind: 'text', text: String(value)};
}

/**
 * A view's page data: its rows (viewRows.ts), each value as a cell the
 * theme shows as text, a date or a status, and its caption.
 */
export function viewData(query: ViewQuery, entries: readonly ViewEntry[], more?: ViewData['more']): ViewData {
  const {rows, total} = viewRows(query, entries);
  const {one} = query.collection.label;
  const counted = plural(total, one);
  return {
    as: query.as,
    caption: rows.length < total ? `${rows.length.toLocaleString('en')} of ${counted}` : counted,
    empty: `No ${plural(2, one).replace(/^2 /, '')} match this view.`,
    columns: query.show.map((field) => ({field: field.path, label: columnLabel(field.path)})),
    rows: rows.map((entry) => ({key: String(entry.permalink), cells: query.show.map((field) => cellOf(field, entry))})),
    ...(more === undefined ? {} : {more}),
  };
}
