import * as z from 'zod';
import {arxivIdOf} from '../citation/arxivId';
import {didYouMean} from './closest';
import {expecting, missingOrWrongType, show} from './messages';

/** Field types of the content model, each with its error in the author's words. */

/** What a text field holds beyond text, so that a view knows a date or an address when it sees one. */
export type TextFormat = 'date' | 'url';
const FORMATS = new WeakMap<z.ZodType, TextFormat>();

function withFormat<Schema extends z.ZodType>(schema: Schema, format: TextFormat): Schema {
  FORMATS.set(schema, format);
  return schema;
}

/** The format a field's own schema was made with (isoDate, httpUrl, …), if any; `.describe()` makes a copy, which keeps its parent. */
export function formatOf(schema: z.ZodType): TextFormat | undefined {
  for (let at: z.core.$ZodType | undefined = schema; at !== undefined; at = at._zod.parent) {
    const format = FORMATS.get(at as z.ZodType);
    if (format !== undefined) return format;
  }
  return undefined;
}

export const text = () =>
  z
    .string({
      error: (issue) =>
        typeof issue.input === 'number' || typeof issue.input === 'boolean'
          ? `wrong type (expected text, got ${show(issue.input)}; put it in quotes to keep it as text)`
          : missingOrWrongType('text', issue.input),
    })
    .refine((value) => value.trim() !== '', {error: 'is empty (expected text)'});

/**
 * A tag: Docusaurus makes its page's address from the tag's letters and
 * digits (lodash's kebabCase), so `"]]>"` gets the address of the tags index
 * itself and the build stops with "Duplicate routes found!".
 */
export const tagLabel = () =>
  text().refine((value) => /[\p{L}\p{N}]/u.test(value), {
    error: (issue) =>
      `no letter or digit (expected a tag with at least one letter or digit, from which its page gets its address, got ${show(issue.input)})`,
  });

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a `YYYY-MM-DD` that exists on the calendar (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isoDate = () =>
  withFormat(
    z.string(expecting('a date YYYY-MM-DD')).refine(isCalendarDate, {
      error: (issue) =>
        DATE.test(String(issue.input))
          ? `impossible date (expected a real calendar date YYYY-MM-DD, got ${show(issue.input)})`
          : `malformed date (expected YYYY-MM-DD, got ${show(issue.input)})`,
    }),
    'date',
  );

/**
 * Blog dates may carry a time: `2025-10-01` or `2025-10-01T09:30:00Z`. The
 * time is read strictly (hours 00–23): V8 takes `T24:00:00Z` as the next day,
 * but the blog's archive then dies in the build with "Invalid time value".
 */
const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;

export const postDate = () =>
  withFormat(
    z
      .string(expecting('a date YYYY-MM-DD'))
      .refine((value) => isCalendarDate(value.slice(0, 10)) && (value.length === 10 || DATE_TIME.test(value)), {
        error: (issue) =>
          `not a valid date (expected YYYY-MM-DD or an ISO date-time like 2025-10-01T09:30:00Z, hours 00 to 23, got ${show(issue.input)})`,
      }),
    'date',
  );

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const httpUrl = () =>
  withFormat(
    z.string(expecting('an http(s) URL')).refine(isHttpUrl, {
      error: (issue) =>
        `not an http(s) URL (expected a URL starting with https:// or http://, got ${show(issue.input)})`,
    }),
    'url',
  );

/**
 * Text a browser would not read as a path of this site: a scheme
 * (`javascript:`, `https:`), another host (`//host`, and `\\` which browsers
 * read as `/`), a query or fragment, control characters (a URL parser drops a
 * tab inside `java\tscript:`) or spaces around it.
 */
export function notAPath(value: string): boolean {
  return (
    /^[a-z][a-z\d+.-]*:/i.test(value) ||
    value.startsWith('//') ||
    /[\\?#]/.test(value) ||
    /[\u0000-\u001f\u007f]/.test(value) ||
    value.trim() !== value
  );
}

/**
 * A page's `slug`: a path, absolute (`/notes/x`) or relative to its folder
 * (`x`). Docusaurus takes any text, and the page's address then is no path:
 * `javascript:alert()` built, and stopped the build only in the search plugin.
 */
export const sitePath = () =>
  text().refine((value) => !notAPath(value), {
    error: (issue) =>
      `not a path (expected a path on the site such as "/notes/attention" or "attention", without a scheme, "//", "\\", "?" or "#", got ${show(issue.input)})`,
  });

/** True for an http(s) URL or a path on this site (`/img/me.png`). */
export function isHttpUrlOrSitePath(value: string): boolean {
  return isHttpUrl(value) || (value.startsWith('/') && !notAPath(value));
}

/** An author's link or picture: Docusaurus accepts `javascript:` there and puts it in an `href`. */
export const httpUrlOrSitePath = () =>
  z.string(expecting('an http(s) URL or a path on the site')).refine(isHttpUrlOrSitePath, {
    error: (issue) =>
      `not an http(s) URL or a site path (expected a URL starting with https:// or http://, or a path on the site starting with /, got ${show(issue.input)})`,
  });

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const kebabId = () =>
  z.string(expecting('a lower-case kebab-case id')).regex(KEBAB_ID, {
    error: (issue) => `malformed id (expected lower-case kebab-case like "deep-learning", got ${show(issue.input)})`,
  });

/** New style `1706.03762` (optionally `v5`) or old style `cs/0112017`. */
const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

export const arxivId = () =>
  z.preprocess(
    (value) => (typeof value === 'number' ? arxivIdOf(value) : value),
    z
      .string({
        error: (issue) =>
          typeof issue.input === 'number'
            ? `ambiguous arXiv id (YAML read it as the number ${issue.input}; expected it in quotes, like arxiv: "1706.03760")`
            : missingOrWrongType('an arXiv id', issue.input),
      })
      .regex(ARXIV_ID, {
        error: (issue) =>
          `malformed arXiv id (expected like 1706.03762, 1706.03762v5 or cs/0112017, got ${show(issue.input)})`,
      }),
  );

const DOI = /^10\.\d{4,9}\/\S+$/;

export const doi = () =>
  z.string(expecting('a DOI')).regex(DOI, {
    error: (issue) => `malformed DOI (expected like 10.18653/v1/N19-1423, got ${show(issue.input)})`,
  });

export const integer = (expected = 'a whole number') =>
  z
    .number(expecting(expected))
    .int({error: (issue) => `not a whole number (expected ${expected}, got ${show(issue.input)})`});

export const decimal = () => z.number(expecting('a number'));

/** One of a fixed set of values, with the nearest one suggested. */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `required field is missing (expected one of ${values.join(' | ')})`
        : `unknown value (expected one of ${values.join(' | ')}, got ${show(issue.input)})${didYouMean(issue.input, values)}`,
  });
}

export const list = <Item extends z.ZodType>(item: Item) => z.array(item, expecting('a list [a, b, …]'));

/** One value or a list of them (`authors: jane` or `authors: [jane, joe]`), read as a list. */
export const oneOrList = <Item extends z.ZodType>(item: Item) =>
  z.preprocess((value) => (typeof value === 'string' ? [value] : value), list(item));

/** Absent and empty (`venue:` with no value) both mean "not given". */
export const optional = <Schema extends z.ZodType>(schema: Schema) =>
  schema.nullish().transform((value) => value ?? undefined);

/** A mapping whose keys are checked for typos like a collection's fields. */
export function mapping<Shape extends z.ZodRawShape>(shape: Shape, expected: string) {
  const fields = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys;
        return `unknown field ${keys.map((key) => JSON.stringify(key)).join(', ')} (expected ${fields.join(', ')})${
          keys.length === 1 ? didYouMean(keys[0], fields) : ''
        }`;
      }
      return missingOrWrongType(expected, issue.input);
    },
  });
}
