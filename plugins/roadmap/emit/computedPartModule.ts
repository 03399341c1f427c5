import {createHash} from 'node:crypto';
import path from 'node:path';
import {CURRICULUM_PAGE, NOTE_INDEX_PAGE} from '../model/docIndexes';
import {placementOf} from '../schema/collectionOf';
import {allCollections} from '../schema/collections';

/** The kinds whose pages start with a card (their definition's `card`). */
const WITH_DETAIL_CARD: ReadonlySet<string> = new Set(allCollections().flatMap((c) => (c.card ? [c.name] : [])));

/**
 * Where a docs page shows its part computed from the model (model/computedParts.ts):
 * a card opens the page, above the author's prose; an index's list follows the
 * author's introduction. Undefined for a page without one.
 */
export function computedPartPlace(file: string): 'top' | 'end' | undefined {
  if (file === CURRICULUM_PAGE || file === NOTE_INDEX_PAGE) return 'end';
  const collection = placementOf(file)?.collection;
  return collection !== undefined && WITH_DETAIL_CARD.has(collection) ? 'top' : undefined;
}

/**
 * The name of a page's part among the roadmap plugin's data files: readable,
 * and unique per content file (`docs/a-b.md` and `docs/a/b.md` differ in the hash).
 */
export function computedPartDataName(file: string): string {
  return pageDataName('parts', file);
}

/** The name of a page's "Linked from" section among the roadmap plugin's data files. */
export function linkedFromDataName(file: string): string {
  return pageDataName('linked-from', file);
}

/** The name of a page's views (its ```view blocks, computed) among the roadmap plugin's data files. */
export function viewsDataName(file: string): string {
  return pageDataName('views', file);
}

function pageDataName(folder: string, file: string): string {
  const readable = file.replace(/\.mdx?$/, '').replace(/[^A-Za-z0-9-]+/g, '-');
  const hash = createHash('sha256').update(file).digest('hex').slice(0, 8);
  return `${folder}/${readable}-${hash}.json`;
}

/** How a page's MDX imports one of the plugin's data files: Docusaurus aliases its generated folder as `@generated`. */
export function roadmapDataImport(name: string): string {
  return `@generated/roadmap/default/${name}`;
}

/** How the page's MDX imports its computed part. */
export function computedPartImport(file: string): string {
  return roadmapDataImport(computedPartDataName(file));
}

/** Where the plugin writes one of its data files: Docusaurus's generated folder (its own name and override). */
export function roadmapDataFile(siteDir: string, name: string): string {
  const generated = process.env.DOCUSAURUS_GENERATED_FILES_DIR_NAME ?? '.docusaurus';
  return path.join(siteDir, generated, 'roadmap', 'default', name);
}

/** Where the plugin writes a page's computed part. */
export function computedPartFile(siteDir: string, file: string): string {
  return roadmapDataFile(siteDir, computedPartDataName(file));
}
