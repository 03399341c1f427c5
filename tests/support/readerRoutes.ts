import {pluginRoutes} from '../../plugins/roadmap/navigation/pluginRoutes';

/**
 * The pages the browser tests open, in one place. `GENERATED_ROUTES` is every page the roadmap
 * plugin generates, from the registry and the site pages, so a new kind's list page is in the
 * browser and accessibility runs without a line here.
 */
export const GENERATED_ROUTES: readonly string[] = pluginRoutes().map(({route}) => `/${route}`);
/** One page of each kind of Markdown a reader opens. */
export const NOTE_ROUTES = [
  '/papers/attention-is-all-you-need',
  // A course module note with display and inline math.
  '/docs/courses/ng-ml-spec/regression-and-classification',
  '/blog/2025/10/01/starting-the-roadmap',
] as const;
