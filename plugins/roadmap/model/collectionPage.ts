import type {AnyCollection} from '../schema/collection';
import type {ListEntrySpec} from '../schema/listPageSpec';
import {modelList, type RoadmapModel} from './roadmapModel';
import type {PageRef} from '../site/pages';

/** One entry of the generic list: its title links to its page. */
export interface CollectionPageEntry extends PageRef {
  date?: string;
  /** The values shown under the title. */
  byline: string[];
  links: {label: string; href: string}[];
}

/** A kind's list page drawn by `@theme/CollectionPage`, as its definition's `listPage` says. */
export interface CollectionPageData {
  title: string;
  description: string;
  /** What the page lists, for its empty state: "datasets". */
  what: string;
  /** One group without a title when the page is not grouped. */
  groups: {title?: string; entries: CollectionPageEntry[]}[];
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

function entryOf(item: PageRef & Record<string, unknown>, spec: ListEntrySpec<string>): CollectionPageEntry {
  const date = spec.date === undefined ? undefined : text(item[spec.date]);
  return {
    slug: item.slug,
    title: item.title,
    permalink: item.permalink,
    ...(date === undefined ? {} : {date}),
    byline: (spec.byline ?? []).flatMap((field) => text(item[field]) ?? []),
    links: (spec.links ?? []).flatMap(({label, field}) => {
      const href = text(item[field]);
      return href === undefined ? [] : [{label, href}];
    }),
  };
}

/** The generic list page of a kind: its entries in /roadmap.json's order, grouped when its definition says so. */
export function collectionPage(model: RoadmapModel, collection: AnyCollection): CollectionPageData {
  const spec = collection.listPage;
  if (!spec || spec.component !== undefined)
    throw new Error(`the ${collection.name} collection has no generic list page`);
  const items = modelList<PageRef & Record<string, unknown>>(model, collection.plural);
  const groups = new Map<string | undefined, CollectionPageEntry[]>();
  for (const item of items) {
    const group = spec.groupBy === undefined ? undefined : (text(item[spec.groupBy]) ?? '');
    groups.set(group, [...(groups.get(group) ?? []), entryOf(item, spec.entry)]);
  }
  return {
    title: spec.title,
    description: spec.description,
    what: collection.label.many.toLowerCase(),
    groups: [...groups].map(([title, entries]) => (title === undefined ? {entries} : {title, entries})),
  };
}
