import {KEBAB_ID} from '../schema/fields';
import {allCollections, collectionNamed, type CollectionName} from '../schema/collections';

export type NoteType = CollectionName;

/** What `npm run new` writes: every collection, the weekly paper first, then in registry order. */
export const NOTE_TYPES: readonly NoteType[] = allCollections()
  .sort((a, b) => Number(b.newNote.first ?? false) - Number(a.newNote.first ?? false))
  .map((c) => c.name as NoteType);

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
  return collectionNamed(type).newNote.path(slug, date);
}

/** The template a note of each type starts from, relative to the site. */
export function templatePath(type: NoteType): string {
  return collectionNamed(type).newNote.template;
}

/** `npm run new -- --help`'s list of types: name, where it goes, what it is. */
export function noteTypesHelp(): string {
  return NOTE_TYPES.map((type) => {
    const {newNote} = collectionNamed(type);
    return `  ${type.padEnd(10)} ${newNote.path('<slug>', '<date>').padEnd(33)} ${newNote.what}`;
  }).join('\n');
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
