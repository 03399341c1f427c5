import type {AnyCollection} from '../schema/collection';
import type {Located, ValidSite} from '../schema/validSite';
import type {PageLookup} from '../site/pages';
import {byOrder} from './listOrder';
import {entrySummary, modelList, type RoadmapModel} from './roadmapModel';
import type {ViewEntry} from './viewRows';

/**
 * The entries a view of a collection chooses from: its list in
 * /roadmap.json, or, for a kind /roadmap.json does not list (notes), its
 * listed pages with their fields, by title.
 */
export function viewEntries(
  model: RoadmapModel,
  site: ValidSite,
  pageOf: PageLookup,
): (collection: AnyCollection) => readonly ViewEntry[] {
  const made = new Map<string, readonly ViewEntry[]>();
  const entriesOf = (collection: AnyCollection): readonly ViewEntry[] => {
    if (collection.listed) return modelList<ViewEntry>(model, collection.plural);
    const located = (
      (site as unknown as Record<string, Located<Record<string, unknown>>[] | undefined>)[collection.plural] ?? []
    ).filter(({file}) => pageOf(file).listed !== false);
    return located.map((entry): ViewEntry => entrySummary(entry, pageOf)).sort(byOrder(['title asc']));
  };
  return (collection) =>
    made.get(collection.plural) ?? made.set(collection.plural, entriesOf(collection)).get(collection.plural)!;
}
