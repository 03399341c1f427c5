import type {ViewLayout} from './viewTypes';

/**
 * The theme components of the pages a kind may bring for its list, instead of
 * the generic list (`@theme/CollectionPage`); model/generatedPages.ts computes
 * each one's data, and its type is the component's props.
 */
export type OwnListPage = 'ProgressPage' | 'PaperLogPage' | 'ProjectsPage' | 'BenchmarksPage';

/**
 * A view of a kind's entries, as a note's ```view block writes one without
 * `from:` (README, "Views"): its conditions, order, columns and layout.
 * Checked by the same code when the page is computed.
 */
export interface ListView<Field extends string> {
  where?: Readonly<Record<string, unknown>>;
  sort?: string | readonly string[];
  show?: readonly Field[];
  as?: ViewLayout;
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
      /** What it shows: a view of the kind's entries, drawn by theme/View as a note's views are. */
      view: ListView<Field>;
      /** Entries in groups, one view per value of this field, in order of first appearance. */
      groupBy?: Field;
      component?: undefined;
    }
  | {component: OwnListPage; title?: undefined; description?: undefined; view?: undefined; groupBy?: undefined};
