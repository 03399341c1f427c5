import {KEBAB_ID} from '../schema/fields';
import {allCollections, type CollectionName} from '../schema/collections';

/** What `npm run new` writes: a note of a collection, or a note on a part of an entry (a course's module). */
export type NoteType = string;

/** How `new` writes one type of note; `entryOf` is set for a part, which goes into its entry's folder. */
export interface NewNoteKind {
  type: NoteType;
  template: string;
  what: string;
  path: (slug: string, date: string, entry: string) => string;
  entryOf?: CollectionName;
}

function kinds(): NewNoteKind[] {
  const collections = allCollections().sort(
    (a, b) => Number(b.newNote.first ?? false) - Number(a.newNote.first ?? false),
  );
  return [
    ...collections.map((c) => ({
      type: c.name,
      template: c.newNote.template,
      what: c.newNote.what,
      path: (slug: string, date: string) => c.newNote.path(slug, date),
    })),
    ...collections.flatMap((c) =>
      c.newPart
        ? [
            {
              type: c.newPart.name,
              template: c.newPart.template,
              what: c.newPart.what,
              path: (slug: string, _date: string, entry: string) => c.newPart!.path(entry, slug),
              entryOf: c.name as CollectionName,
            },
          ]
        : [],
    ),
  ];
}

/** Every type `npm run new` writes: the weekly paper first, then the registry's order, then the parts. */
export const NOTE_TYPES: readonly NoteType[] = kinds().map((k) => k.type);

/** How a type of note is written, or undefined for an unknown type. */
export function newNoteKind(type: string): NewNoteKind | undefined {
  return kinds().find((k) => k.type === type);
}

/** The longest slug `new` makes from a title: a file name one can still read in a listing. */
const MAX_SLUG = 60;

/**
 * `Attention Is All You Need!` → `attention-is-all-you-need`; accents folded,
 * other scripts dropped. A long title is cut at the last whole word that
 * fits (a single word longer than that is cut where it must be).
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const lastWord = cut.lastIndexOf('-');
  return lastWord > 0 ? cut.slice(0, lastWord) : slug.slice(0, MAX_SLUG);
}

export function isSlug(slug: string): boolean {
  return KEBAB_ID.test(slug);
}

/** `npm run new -- --help`'s list of types: name, where it goes, what it is. */
export function noteTypesHelp(): string {
  return kinds()
    .map(
      (k) => `  ${k.type.padEnd(10)} ${k.path('<slug>', '<date>', `<${k.entryOf ?? 'entry'}>`).padEnd(33)} ${k.what}`,
    )
    .join('\n');
}

/**
 * Fills a template of templates/. The quoted `"{{title}}"` of the front matter
 * becomes a YAML double-quoted string (JSON's escaping is valid YAML), so any
 * title is safe; elsewhere the placeholders are replaced as they are. One
 * pass over the template: a title's own `{{date}}` stays as it was typed.
 */
export function fillTemplate(template: string, values: {title: string; slug: string; date: string}): string {
  return template.replace(/"\{\{title\}\}"|\{\{(title|slug|date)\}\}/g, (whole, name?: 'title' | 'slug' | 'date') =>
    name === undefined ? JSON.stringify(values.title) : values[name],
  );
}
