/**
 * Front-matter keys that Docusaurus itself reads and validates. They stay
 * valid in every collection; our schemas do not re-check them.
 */
export const DOC_KEYS = [
  'id', 'title', 'title_meta', 'slug', 'description', 'keywords', 'image', 'draft', 'unlisted', 'tags',
  'last_update', 'sidebar_position', 'sidebar_label', 'sidebar_class_name', 'sidebar_custom_props',
  'displayed_sidebar', 'hide_title', 'hide_table_of_contents', 'toc_min_heading_level',
  'toc_max_heading_level', 'pagination_label', 'pagination_next', 'pagination_prev', 'custom_edit_url',
  'parse_number_prefixes',
] as const;

export const BLOG_KEYS = [
  'title', 'title_meta', 'description', 'slug', 'authors', 'author', 'author_title', 'authorTitle',
  'author_url', 'authorURL', 'author_image_url', 'authorImageURL', 'tags', 'date', 'draft', 'unlisted',
  'image', 'keywords', 'hide_table_of_contents', 'toc_min_heading_level', 'toc_max_heading_level',
  'sidebar_label', 'last_update',
] as const;
