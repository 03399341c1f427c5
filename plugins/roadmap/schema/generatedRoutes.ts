import {collections} from './collections';

/**
 * The pages the roadmap plugin generates, by name, below the base URL. One
 * list: model/generatedPages.ts builds a page for each, and check refuses a
 * note whose slug would take one of these addresses.
 */
export const GENERATED_ROUTES = {
  home: '',
  progress: collections.course.route,
  paperLog: collections.paper.route,
  nextExperiments: `${collections.paper.route}/next`,
  skills: 'skills',
  changelog: 'changelog',
  projects: collections.project.route,
  benchmarks: collections.benchmark.route,
  talks: collections.talk.route,
  graph: 'graph',
} as const;
