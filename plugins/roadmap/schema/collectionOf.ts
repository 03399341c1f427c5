import type {AnyCollection, FilePatterns} from './collection';
import {allCollections, type CollectionName} from './collections';
import {NOTE_FILE} from '../site/siteLayout';

export interface Placement {
  collection: CollectionName;
  /** The id other files and data/roadmap.yml use to refer to it. */
  slug: string;
}

/** The slug a file gets from one pattern (segments without `.md`), or undefined if it does not match. */
function slugFromPattern(
  pattern: readonly string[],
  parts: readonly string[],
  files: FilePatterns,
): string | undefined {
  const deepAt = pattern.indexOf('**');
  const deep = deepAt !== -1;
  const fixed = deep ? pattern.slice(0, deepAt) : pattern;
  if (deep ? parts.length <= fixed.length : parts.length !== fixed.length) return undefined;
  let slug: string | undefined;
  for (const [i, segment] of fixed.entries()) {
    const part = parts[i]!;
    if (segment === '<slug>') {
      if (part === 'index') return undefined;
      slug = part;
    } else if (segment !== part) return undefined;
  }
  if (deep) {
    // A file below the folder is named by its own name, an index by its folder's.
    const last = parts.at(-1)!;
    slug = last === 'index' ? (parts.at(-2) ?? last) : last;
  }
  return slug === undefined ? undefined : 'slug' in files && files.slug ? files.slug(slug) : slug;
}

function placementIn(collection: AnyCollection, parts: readonly string[]): string | undefined {
  const {files} = collection;
  if (files.patterns === undefined) return undefined;
  for (const pattern of files.patterns) {
    const slug = slugFromPattern(pattern.replace(NOTE_FILE, '').split('/'), parts, files);
    if (slug !== undefined) return slug;
  }
  return undefined;
}

/**
 * The folder a file lives in decides its collection (the registry's file
 * patterns), so authors never write a `type:` field. `file` is relative to
 * the site, with `/` separators. Returns undefined for files Docusaurus does
 * not publish (`_partials`, assets) and files outside every collection.
 */
export function placementOf(file: string): Placement | undefined {
  if (!NOTE_FILE.test(file) || file.split('/').some((part) => part.startsWith('_'))) return undefined;
  const parts = file.replace(NOTE_FILE, '').split('/');
  const collections = allCollections();
  for (const collection of collections) {
    const slug = placementIn(collection, parts);
    if (slug !== undefined) return {collection: collection.name as CollectionName, slug};
  }
  // What no pattern takes falls to the collection that takes the rest of its folder.
  for (const collection of collections) {
    const {files} = collection;
    if (files.patterns === undefined && parts[0] === files.otherIn)
      return {collection: collection.name as CollectionName, slug: parts.slice(1).join('/')};
  }
  return undefined;
}
