import type {AnyCollection, CollectionName} from '../collection';
import {benchmark} from './benchmark';
import {course} from './course';
import {note} from './note';
import {paper} from './paper';
import {post} from './post';
import {project} from './project';
import {talk} from './talk';

/** Every collection, by the name its folder gives it. */
export const collections = {course, paper, project, benchmark, talk, post, note} as const satisfies Record<
  CollectionName,
  unknown
>;

export type Collections = typeof collections;

/**
 * The collection for a folder's name, seen through the common interface (each
 * collection's rules take its own entry type, so the union needs widening).
 */
export function collectionNamed(name: CollectionName): AnyCollection {
  return collections[name] as unknown as AnyCollection;
}
