import type {RoadmapModel} from './roadmapModel';

export interface NextExperimentsPageData {
  experiments: {next: string; paper: string; permalink: string; read?: string}[];
}

/** `/papers/next`: every "next experiment" of the log, newest paper first. */
export function nextExperimentsPage(model: RoadmapModel): NextExperimentsPageData {
  return {
    experiments: model.papers.flatMap((p) =>
      p.next === undefined
        ? []
        : [{next: p.next, paper: p.title, permalink: p.permalink, ...(p.read === undefined ? {} : {read: p.read})}],
    ),
  };
}
