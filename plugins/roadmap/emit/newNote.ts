import {KEBAB_ID} from '../schema/fields';

export const NOTE_TYPES = ['paper', 'course', 'project', 'benchmark', 'talk', 'post', 'note'] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

/** `Attention Is All You Need!` → `attention-is-all-you-need`; accents folded, other scripts dropped. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

export function isSlug(slug: string): boolean {
  return KEBAB_ID.test(slug);
}

/** Where a new note of each type goes, relative to the site (the folder decides the collection). */
export function notePath(type: NoteType, slug: string, date: string): string {
  switch (type) {
    case 'course':
      return `docs/courses/${slug}/index.md`;
    case 'paper':
      return `papers/${slug}.md`;
    case 'project':
      return `docs/projects/${slug}.md`;
    case 'benchmark':
      return `docs/benchmarks/${slug}.md`;
    case 'talk':
      return `docs/talks/${slug}.md`;
    case 'post':
      return `blog/${date}-${slug}.md`;
    case 'note':
      return `docs/notes/${slug}.md`;
  }
}

/**
 * Fills a template of templates/. The quoted `"{{title}}"` of the front matter
 * becomes a YAML double-quoted string (JSON's escaping is valid YAML), so any
 * title is safe; elsewhere the placeholders are replaced as they are.
 */
export function fillTemplate(template: string, values: {title: string; slug: string; date: string}): string {
  return template
    .replaceAll('"{{title}}"', JSON.stringify(values.title))
    .replaceAll('{{title}}', values.title)
    .replaceAll('{{slug}}', values.slug)
    .replaceAll('{{date}}', values.date);
}
