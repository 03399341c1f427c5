import {createHash} from 'node:crypto';
import {placementOf} from '../schema/collectionOf';
import type {CollectionName} from '../schema/collections';

/** The collections whose pages start with a detail card (model/detailCards.ts); papers have their own card. */
const WITH_DETAIL_CARD: ReadonlySet<CollectionName> = new Set(['course', 'project', 'benchmark', 'talk']);

export function hasDetailCard(file: string): boolean {
  const collection = placementOf(file)?.collection;
  return collection !== undefined && WITH_DETAIL_CARD.has(collection);
}

/**
 * The name of a page's card among the roadmap plugin's data files: readable,
 * and unique per content file (`docs/a-b.md` and `docs/a/b.md` differ in the hash).
 */
export function detailCardDataName(file: string): string {
  const readable = file.replace(/\.mdx?$/, '').replace(/[^A-Za-z0-9-]+/g, '-');
  const hash = createHash('sha256').update(file).digest('hex').slice(0, 8);
  return `cards/${readable}-${hash}.json`;
}

/** How the page's MDX imports that data file: Docusaurus aliases its generated folder as `@generated`. */
export function detailCardImport(file: string): string {
  return `@generated/roadmap/default/${detailCardDataName(file)}`;
}
