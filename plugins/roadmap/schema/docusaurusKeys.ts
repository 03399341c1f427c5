import * as z from 'zod';
import {integer, list, text} from './fields';
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

export const BLOG_KEYS = [
  'title',
  'title_meta',
  'description',
  'slug',
  'authors',
  'author',
  'author_title',
  'authorTitle',
  'author_url',
  'authorURL',
  'author_image_url',
  'authorImageURL',
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
export const DOCUSAURUS_KEY_TYPES: Readonly<Record<string, z.ZodType>> = {
  draft: flag(),
  unlisted: flag(),
  hide_title: flag(),
  hide_table_of_contents: flag(),
  sidebar_position: z.number(expecting('a number')),
  toc_min_heading_level: headingLevel(),
  toc_max_heading_level: headingLevel(),
  id: text(),
  slug: text(),
  sidebar_label: text(),
  title_meta: text(),
  keywords: list(text()),
};
