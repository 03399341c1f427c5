/**
 * The theme components of the pages a kind may bring for its list, instead of
 * the generic list (`@theme/CollectionPage`); model/generatedPages.ts computes
 * each one's data, and its type is the component's props.
 */
export type OwnListPage = 'ProgressPage' | 'PaperLogPage' | 'ProjectsPage' | 'BenchmarksPage';

/** How the generic list shows one entry: its date, the line under its title, its links. */
export interface ListEntrySpec<Field extends string> {
  date?: Field;
  /** Fields shown under the title, joined by " · ". */
  byline?: readonly Field[];
  /** Fields that hold an address, each shown as a link with its label. */
  links?: readonly {label: string; field: Field}[];
}

/**
 * A kind's page that lists its entries, at the collection's `route`, in
 * /roadmap.json's order (`Collection.listed`): the generic list, or a page of
 * the kind's own, which says its own title.
 */
export type ListPageSpec<Field extends string> =
  | {
      /** The page's title and heading. */
      title: string;
      /** Its meta description. */
      description: string;
      /** How each entry shows. */
      entry: ListEntrySpec<Field>;
      /** Entries in groups, one per value of this field, in order of first appearance. */
      groupBy?: Field;
      component?: undefined;
    }
  | {component: OwnListPage; title?: undefined; description?: undefined; entry?: undefined; groupBy?: undefined};
