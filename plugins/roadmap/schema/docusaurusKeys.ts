import * as z from 'zod';
import {
  httpUrl,
  httpUrlOrSitePath,
  integer,
  list,
  mapping,
  optional,
  postDate,
  sitePath,
  tagLabel,
  text,
} from './fields';
import {expecting, show} from './messages';

/**
 * Front-matter keys that Docusaurus itself reads and validates. They stay
 * valid in every collection; our schemas do not re-check them.
 */
export const DOC_KEYS = [
  'id',
  'title',
  'title_meta',
  'slug',
  'description',
  'keywords',
  'image',
  'draft',
  'unlisted',
  'tags',
  'last_update',
  'sidebar_position',
  'sidebar_label',
  'sidebar_class_name',
  'sidebar_custom_props',
  'displayed_sidebar',
  'hide_title',
  'hide_table_of_contents',
  'toc_min_heading_level',
  'toc_max_heading_level',
  'pagination_label',
  'pagination_next',
  'pagination_prev',
  'custom_edit_url',
  'parse_number_prefixes',
  'sidebar_key',
] as const;

/** Docusaurus's legacy front matter of one author written in the post itself. */
export const INLINE_AUTHOR_KEYS = [
  'author',
  'author_title',
  'authorTitle',
  'author_url',
  'authorURL',
  'author_image_url',
  'authorImageURL',
] as const;

export const BLOG_KEYS = [
  'title',
  'title_meta',
  'description',
  'slug',
  'authors',
  ...INLINE_AUTHOR_KEYS,
  'tags',
  'date',
  'draft',
  'unlisted',
  'image',
  'keywords',
  'hide_table_of_contents',
  'toc_min_heading_level',
  'toc_max_heading_level',
  'sidebar_label',
  'last_update',
  'id',
] as const;

const flag = () => z.boolean(expecting('true or false'));
const headingLevel = () => {
  const range = {error: (issue: {input?: unknown}) => `out of range (expected 2 to 6, got ${show(issue.input)})`};
  return integer('a heading level from 2 to 6').min(2, range).max(6, range);
};

/**
 * The types of the Docusaurus keys authors use most. Docusaurus checks them
 * too, but only in the build, and its message has no line: checking them here
 * lets `npm run check` catch what would fail the build.
 */
/** `last_update: {author?, date?}`: Docusaurus reads the date with `new Date`, which rolls 2025-02-30 over to March 2. */
const lastUpdate = mapping({author: optional(text()), date: optional(postDate())}, 'a mapping {author?, date?}').refine(
  (value) => value.author !== undefined || value.date !== undefined,
  {
    error: 'is empty (expected author, date or both)',
  },
);

/** `pagination_next: null` turns the link off; a doc id is checked against the docs (validate/pageRoutes.ts). */
const docIdOrNull = () => z.string(expecting('a doc id, or null for none')).nullable();

export const DOCUSAURUS_KEY_TYPES: Readonly<Record<string, z.ZodType>> = {
  draft: flag(),
  unlisted: flag(),
  hide_title: flag(),
  hide_table_of_contents: flag(),
  sidebar_position: z.number(expecting('a number')),
  toc_min_heading_level: headingLevel(),
  toc_max_heading_level: headingLevel(),
  id: text(),
  slug: sitePath(),
  // A post's inline author: its link and picture, under either spelling Docusaurus reads.
  author_url: httpUrlOrSitePath(),
  authorURL: httpUrlOrSitePath(),
  author_image_url: httpUrlOrSitePath(),
  authorImageURL: httpUrlOrSitePath(),
  sidebar_label: text(),
  title_meta: text(),
  keywords: list(text()),
  description: z.string(expecting('text')),
  tags: list(tagLabel()),
  last_update: lastUpdate,
  pagination_next: docIdOrNull(),
  pagination_prev: docIdOrNull(),
  pagination_label: text(),
  sidebar_key: text(),
  sidebar_class_name: text(),
  sidebar_custom_props: z.record(z.string(), z.unknown(), expecting('a mapping of key: value')),
  displayed_sidebar: z.string(expecting('a sidebar name, or null')).nullable(),
  custom_edit_url: httpUrl().nullable(),
  parse_number_prefixes: flag(),
};

/** Docusaurus's rules across its keys: it refuses both in the build, with no line. */
export function docusaurusKeyRules(frontMatter: Record<string, unknown>): {path: string[]; message: string}[] {
  const problems: {path: string[]; message: string}[] = [];
  if (frontMatter.draft === true && frontMatter.unlisted === true)
    problems.push({
      path: ['unlisted'],
      message: 'draft and unlisted at once (expected one of them: a draft is left out of the build, unlisted is built)',
    });
  const [min, max] = [frontMatter.toc_min_heading_level, frontMatter.toc_max_heading_level];
  if (typeof min === 'number' && typeof max === 'number' && min > max)
    problems.push({
      path: ['toc_min_heading_level'],
      message: `above toc_max_heading_level (expected at most ${max}, got ${min})`,
    });
  return problems;
}
