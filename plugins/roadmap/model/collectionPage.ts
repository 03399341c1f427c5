import type {AnyCollection} from '../schema/collection';
import type {ListView} from '../schema/listPageSpec';
import {checkView, type ViewQuery} from '../schema/viewQuery';
import {valueAtPath} from './listOrder';
import {modelList, type RoadmapModel} from './roadmapModel';
import {viewData, type ViewData} from './viewData';
import type {ViewEntry} from './viewRows';

/** A kind's list page drawn by `@theme/CollectionPage`, as its definition's `listPage` says. */
export interface CollectionPageData {
  title: string;
  description: string;
  /** What the page lists, for its empty state: "datasets". */
  what: string;
  /** One group without a title when the page is not grouped; each a view, drawn as a note's views are. */
  groups: {title?: string; view: ViewData}[];
}

/**
 * A view the registry declares for one of its pages, checked by the code
 * that checks a note's views; a definition's mistake stops the build with
 * the same words an author would read.
 */
export function registryView(collection: AnyCollection, view: ListView<string>, today: string): ViewQuery {
  const {view: query, problems} = checkView({from: collection.plural, ...view}, today);
  if (!query)
    throw new Error(
      `the ${collection.name} collection's list view: ${problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`,
    );
  return query;
}

/** The generic list page of a kind: its entries in /roadmap.json's order as its view says, grouped when its definition says so. */
export function collectionPage(model: RoadmapModel, collection: AnyCollection, today: string): CollectionPageData {
  const spec = collection.listPage;
  if (!spec || spec.component !== undefined)
    throw new Error(`the ${collection.name} collection has no generic list page`);
  const query = registryView(collection, spec.view, today);
  const entries = modelList<ViewEntry>(model, collection.plural);
  const groups = new Map<string | undefined, ViewEntry[]>();
  for (const entry of entries) {
    const group = spec.groupBy === undefined ? undefined : String(valueAtPath(entry, spec.groupBy) ?? '');
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  if (groups.size === 0) groups.set(undefined, []);
  return {
    title: spec.title,
    description: spec.description,
    what: collection.label.many.toLowerCase(),
    groups: [...groups].map(([title, rows]) =>
      title === undefined ? {view: viewData(query, rows)} : {title, view: viewData(query, rows)},
    ),
  };
}
