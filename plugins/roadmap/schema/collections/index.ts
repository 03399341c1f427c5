import type {AnyCollection} from '../collection';
import {benchmark} from './benchmark';
import {course} from './course';
import {note} from './note';
import {paper} from './paper';
import {post} from './post';
import {project} from './project';
import {talk} from './talk';

/**
 * The registry: every collection, in the order readers meet them (check's
 * summary, the changelog filters, the evidence of a skill). A new kind of
 * note is one definition file and one line here; every list of collections
 * in the site is derived from this object.
 */
export const collections = {course, paper, project, benchmark, talk, post, note} as const;

export type Collections = typeof collections;
export type CollectionName = Collections[keyof Collections]['name'];

/** Every collection, in registry order, seen through the common interface. */
export function allCollections(): AnyCollection[] {
  return Object.values(collections) as unknown as AnyCollection[];
}

/**
 * The collection for a folder's name, seen through the common interface (each
 * collection's rules take its own entry type, so the union needs widening).
 */
export function collectionNamed(name: CollectionName): AnyCollection {
  const collection = allCollections().find((c) => c.name === name);
  if (!collection) throw new Error(`no collection named ${name}`);
  return collection;
}
