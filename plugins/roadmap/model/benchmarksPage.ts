import type {BenchmarkResult, RoadmapModel} from './roadmapModel';

export interface BenchmarksPageData {
  results: (BenchmarkResult & {projectTitle?: string; projectPermalink?: string})[];
}

/** `/benchmarks`: results newest first, each with its percentile and project. */
export function benchmarksPage(model: RoadmapModel): BenchmarksPageData {
  const projects = new Map(model.projects.map((p) => [p.slug, p]));
  return {
    results: model.benchmarks.map((b) => {
      const project = b.project === undefined ? undefined : projects.get(b.project);
      return project ? {...b, projectTitle: project.title, projectPermalink: project.permalink} : b;
    }),
  };
}
