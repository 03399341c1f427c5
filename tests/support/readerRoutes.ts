/**
 * The pages the browser tests open, in one place. `GENERATED_ROUTES` must list every page the
 * roadmap plugin generates; a unit test compares it with `generatedPages`, so a new page cannot
 * be left out of the browser and accessibility runs.
 */
export const GENERATED_ROUTES = [
  '/',
  '/progress',
  '/papers',
  '/papers/next',
  '/skills',
  '/changelog',
  '/projects',
  '/benchmarks',
  '/talks',
  '/graph',
] as const;

/** One page of each kind of Markdown a reader opens. */
export const NOTE_ROUTES = [
  '/papers/attention-is-all-you-need',
  // A course module note with display and inline math.
  '/docs/courses/ng-ml-spec/regression-and-classification',
  '/blog/2025/10/01/starting-the-roadmap',
] as const;
