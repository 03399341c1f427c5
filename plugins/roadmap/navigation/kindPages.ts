import type {AnyCollection} from '../schema/collection';
import type {KindPage} from '../schema/navigationSpec';

/** The route below the base URL of one of a kind's pages (its list, or its notes' index). */
export function kindPageRoute(collection: AnyCollection, page: KindPage): string {
  if (page === 'list') return collection.route;
  if (collection.notesIndex === undefined)
    throw new Error(`the ${collection.name} collection links its notes' index, but sets no notesIndex`);
  return collection.notesIndex;
}

/**
 * The folder a kind's notes live in, below the site (`docs/projects`), where its
 * pages are too: its file patterns up to the first slug or wildcard.
 */
export function kindFolder(collection: AnyCollection): string {
  const {files} = collection;
  const pattern = files.patterns === undefined ? files.otherIn : (files.patterns[0] ?? '');
  const parts = pattern.split('/');
  const end = parts.findIndex((part) => part.includes('<') || part.includes('*'));
  return parts.slice(0, end === -1 ? parts.length : end).join('/');
}
