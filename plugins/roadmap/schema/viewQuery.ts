import type {FieldPath} from '../site/fieldPath';
import type {AnyCollection, FieldProblem} from './collection';
import {allCollections} from './collections';
import {didYouMean} from './closest';
import {show as showValue} from './messages';
import {RELATIVE_DATES, viewDate, type DateSpan} from './relativeDate';
import {viewFieldsOf, type ViewField} from './viewFields';
import {VIEW_LAYOUTS, type ViewLayout, type ViewValueType} from './viewTypes';

export {VIEW_LAYOUTS, type ViewLayout} from './viewTypes';

export const VIEW_KEYS = ['from', 'where', 'sort', 'limit', 'show', 'as'] as const;
export const VIEW_OPERATORS = ['not', 'in', 'contains', 'min', 'max', 'after', 'before', 'exists'] as const;
type Operator = (typeof VIEW_OPERATORS)[number];
/** What other query languages call an operator, and this one's name for it. */
const OPERATOR_ALIASES: Readonly<Record<string, string>> = {
  gt: 'min',
  gte: 'min',
  lt: 'max',
  lte: 'max',
  eq: 'in',
  ne: 'not',
  nin: 'not',
  has: 'contains',
  since: 'after',
  until: 'before',
};

/** More rows than this belong on a list page, not inside a note. */
export const MAX_VIEW_LIMIT = 500;

/** Which operators fit which type of field. */
const FITS: Record<Operator, (field: ViewField) => boolean> = {
  not: () => true,
  in: () => true,
  exists: () => true,
  contains: (field) => field.list || field.type === 'text' || field.type === 'url',
  min: (field) => !field.list && (field.type === 'number' || field.type === 'date'),
  max: (field) => !field.list && (field.type === 'number' || field.type === 'date'),
  after: (field) => !field.list && field.type === 'date',
  before: (field) => !field.list && field.type === 'date',
};

export type ViewValue = string | number | boolean;

/** One test a field's value must pass; a date's value is its span (a day, or `last 12 weeks`). */
export type ViewTest =
  | {op: 'is' | 'not'; values: (ViewValue | DateSpan)[]}
  | {op: 'contains'; values: string[]}
  | {op: 'min' | 'max'; value: number | string}
  | {op: 'after' | 'before'; value: string}
  | {op: 'exists'; value: boolean};

export interface ViewCondition {
  field: ViewField;
  tests: ViewTest[];
}

/** A view, checked: every name known, every value one its field may hold. */
export interface ViewQuery {
  collection: AnyCollection;
  where: ViewCondition[];
  sort: {field: ViewField; direction: 'asc' | 'desc'}[];
  limit?: number;
  show: ViewField[];
  as: ViewLayout;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const quoted = (names: Iterable<string>) => [...names].join(', ');

/**
 * Checks a view's YAML (already parsed) against the registry, as front
 * matter is checked: every problem at once, each at its path inside the
 * view. Relative dates are counted as of `today`.
 */
export function checkView(data: unknown, today: string): {view?: ViewQuery; problems: FieldProblem[]} {
  const problems: FieldProblem[] = [];
  const problem = (path: FieldPath, message: string) => problems.push({path, message});
  if (!isMapping(data)) {
    problem(
      [],
      `not a view (expected a mapping with from:, and optionally ${quoted(VIEW_KEYS.slice(1))}, got ${showValue(data)})`,
    );
    return {problems};
  }
  for (const key of Object.keys(data))
    if (!(VIEW_KEYS as readonly string[]).includes(key))
      problem([key], `unknown key in a view (expected ${quoted(VIEW_KEYS)})${didYouMean(key, VIEW_KEYS)}`);

  const plurals = allCollections().map((c) => c.plural);
  const collection = allCollections().find((c) => c.plural === data.from);
  if (collection === undefined) {
    problem(
      ['from'],
      data.from === undefined || data.from === null
        ? `required key is missing (expected the collection to list: one of ${quoted(plurals)})`
        : `unknown collection (expected one of ${quoted(plurals)}, got ${showValue(data.from)})${didYouMean(data.from, plurals)}`,
    );
    return {problems};
  }
  const check: Checking = {collection, today, problem, fieldAt: fieldLookup(collection, problem)};
  const where = whereOf(data.where, check);
  const sort = sortOf(data.sort, check);
  const limit = limitOf(data.limit, check);
  const show = columnsOf(data.show, check);
  const layout = data.as ?? 'table';
  if (!(VIEW_LAYOUTS as readonly unknown[]).includes(layout))
    problem(
      ['as'],
      `unknown layout (expected one of ${VIEW_LAYOUTS.join(' | ')}, got ${showValue(layout)})${didYouMean(layout, VIEW_LAYOUTS)}`,
    );
  if (problems.length > 0) return {problems};
  return {
    view: {collection, where, sort, ...(limit === undefined ? {} : {limit}), show, as: layout as ViewLayout},
    problems,
  };
}

/** What each part of a view's check shares: its collection, the day, and where problems go. */
interface Checking {
  collection: AnyCollection;
  today: string;
  problem: (path: FieldPath, message: string) => void;
  /** The field a name names, or undefined after reporting it with the nearest one and the list. */
  fieldAt: (path: FieldPath, name: unknown) => ViewField | undefined;
}

function fieldLookup(collection: AnyCollection, problem: Checking['problem']): Checking['fieldAt'] {
  const fields = viewFieldsOf(collection);
  return (path, name) => {
    const field = typeof name === 'string' ? fields.get(name) : undefined;
    if (!field)
      problem(
        path,
        `unknown field of ${collection.plural} (expected one of ${quoted(fields.keys())}, got ${showValue(name)})${didYouMean(name, fields.keys())}`,
      );
    return field;
  };
}

function whereOf(where: unknown, {fieldAt, problem, today}: Checking): ViewCondition[] {
  if (where === undefined || where === null) return [];
  if (!isMapping(where)) {
    problem(['where'], `not a mapping (expected field: condition lines, got ${showValue(where)})`);
    return [];
  }
  return Object.entries(where).flatMap(([name, condition]) => {
    const field = fieldAt(['where', name], name);
    const tests = field && conditionTests(field, condition, ['where', name], today, problem);
    return field && tests ? [{field, tests}] : [];
  });
}

function sortOf(sort: unknown, {fieldAt, problem}: Checking): ViewQuery['sort'] {
  const sorts = sort === undefined || sort === null ? [] : Array.isArray(sort) ? (sort as unknown[]) : [sort];
  return sorts.flatMap((entry, index): ViewQuery['sort'] => {
    const path = Array.isArray(sort) ? ['sort', index] : ['sort'];
    const [name, direction = 'asc', ...rest] = typeof entry === 'string' ? entry.trim().split(/\s+/) : [];
    if (typeof entry !== 'string' || rest.length > 0 || (direction !== 'asc' && direction !== 'desc')) {
      problem(
        path,
        `malformed sort (expected a field, optionally followed by asc or desc, like "read desc", got ${showValue(entry)})`,
      );
      return [];
    }
    const field = fieldAt(path, name);
    if (!field) return [];
    if (!field.list) return [{field, direction}];
    problem(path, `cannot sort by ${name}, a list (expected a field of one value)`);
    return [];
  });
}

function limitOf(limit: unknown, {collection, problem}: Checking): number | undefined {
  if (limit === undefined || limit === null) return undefined;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)
    problem(['limit'], `not a positive whole number (expected how many rows to show at most, got ${showValue(limit)})`);
  else if (limit > MAX_VIEW_LIMIT)
    problem(
      ['limit'],
      `too many rows (expected at most ${MAX_VIEW_LIMIT}, got ${limit}; link to the whole list at /${collection.route} instead)`,
    );
  else return limit;
  return undefined;
}

/** The columns `show` names, or the collection's own; every row links to its note by its title, first unless placed. */
function columnsOf(show: unknown, {collection, fieldAt}: Checking): ViewField[] {
  const names = show === undefined || show === null ? collection.view.show : Array.isArray(show) ? show : [show];
  const columns: ViewField[] = [];
  names.forEach((name, index) => {
    const field = fieldAt(Array.isArray(show) ? ['show', index] : ['show'], name);
    if (field && !columns.includes(field)) columns.push(field);
  });
  const title = viewFieldsOf(collection).get('title')!;
  return columns.includes(title) ? columns : [title, ...columns];
}

function conditionTests(
  field: ViewField,
  condition: unknown,
  path: FieldPath,
  today: string,
  problem: (path: FieldPath, message: string) => void,
): ViewTest[] | undefined {
  const found = {count: 0};
  const report = (at: FieldPath, message: string) => {
    found.count += 1;
    problem(at, message);
  };
  const values = (value: unknown, at: FieldPath) =>
    (Array.isArray(value) ? value : [value]).map((v, i) =>
      valueOf(field, v, Array.isArray(value) ? [...at, i] : at, today, report),
    );
  const tests: ViewTest[] = [];
  if (!isMapping(condition)) {
    tests.push({op: 'is', values: values(condition, path)});
    return found.count === 0 ? tests : undefined;
  }
  for (const [key, value] of Object.entries(condition)) {
    const at = [...path, key];
    if (!(VIEW_OPERATORS as readonly string[]).includes(key)) {
      report(
        at,
        `unknown operator (expected one of ${quoted(VIEW_OPERATORS)}, got ${showValue(key)})${
          key.toLowerCase() in OPERATOR_ALIASES
            ? ` — did you mean "${OPERATOR_ALIASES[key.toLowerCase()]}"?`
            : didYouMean(key, VIEW_OPERATORS)
        }`,
      );
      continue;
    }
    const op = key as Operator;
    if (!FITS[op](field)) {
      const fitting = VIEW_OPERATORS.filter((o) => FITS[o](field));
      report(at, `${op} does not fit ${field.path}, ${describeType(field)} (expected one of ${quoted(fitting)})`);
      continue;
    }
    if (op === 'exists') {
      if (typeof value !== 'boolean') report(at, `wrong type (expected true or false, got ${showValue(value)})`);
      else tests.push({op, value});
    } else if (op === 'in' || op === 'not') {
      tests.push({op: op === 'in' ? 'is' : 'not', values: values(value, at)});
    } else if (op === 'contains') {
      if (field.list) tests.push({op, values: values(value, at).filter((v): v is string => typeof v === 'string')});
      else if (typeof value !== 'string')
        report(at, `wrong type (expected the text to look for, got ${showValue(value)})`);
      else tests.push({op, values: [value]});
    } else if (field.type === 'number') {
      if (typeof value !== 'number') report(at, `wrong type (expected a number, got ${showValue(value)})`);
      else tests.push({op: op as 'min' | 'max', value});
    } else {
      const span = viewDate(value, today);
      if (!span) report(at, malformedDate(value));
      // A bound that is a span counts from its first day: `after: last 12 weeks` is within them.
      else tests.push({op: op as 'min' | 'max' | 'after' | 'before', value: op === 'max' ? span.to : span.from});
    }
  }
  return found.count === 0 ? tests : undefined;
}

function valueOf(
  field: ViewField,
  value: unknown,
  at: FieldPath,
  today: string,
  report: (at: FieldPath, message: string) => void,
): ViewValue | DateSpan {
  if (field.type === 'date') {
    const span = viewDate(value, today);
    if (!span) report(at, malformedDate(value));
    return span ?? '';
  }
  if (field.type === 'number' && typeof value !== 'number')
    report(at, `wrong type (expected a number, got ${showValue(value)})`);
  else if (field.type === 'boolean' && typeof value !== 'boolean')
    report(at, `wrong type (expected true or false, got ${showValue(value)})`);
  else if (field.value) {
    const result = field.value.safeParse(value);
    if (!result.success) report(at, result.error.issues[0]?.message ?? `not a value of ${field.path}`);
  } else if (typeof value !== 'string') report(at, `wrong type (expected text, got ${showValue(value)})`);
  return value as ViewValue;
}

function malformedDate(value: unknown): string {
  return `malformed date (expected YYYY-MM-DD or ${RELATIVE_DATES.join(', ')}, got ${showValue(value)})`;
}

const TYPE_WORDS: Record<ViewValueType, string> = {
  text: 'a text',
  number: 'a number',
  date: 'a date',
  boolean: 'true or false',
  url: 'an address',
};

function describeType(field: ViewField): string {
  return field.list ? `a list of ${TYPE_WORDS[field.type].replace(/^an? /, '')}s` : TYPE_WORDS[field.type];
}
