import {collectionNamed} from '../schema/collections';
import type {ListView} from '../schema/listPageSpec';
import {registryView} from './collectionPage';
import {modelList, type RoadmapModel} from './roadmapModel';
import {viewData, type ViewData} from './viewData';
import type {ViewEntry} from './viewRows';

export interface NextExperimentsPageData {
  view: ViewData;
}

/** `/papers/next` is a view of the paper log: each paper's next experiment, newest paper first (the log's order). */
export const NEXT_EXPERIMENTS_VIEW: ListView<string> = {
  where: {next: {exists: true}},
  show: ['next', 'title', 'read'],
};

/** `/papers/next`: every "next experiment" of the log, drawn as a note's views are. */
export function nextExperimentsPage(model: RoadmapModel, today: string): NextExperimentsPageData {
  const papers = collectionNamed('paper');
  return {
    view: viewData(registryView(papers, NEXT_EXPERIMENTS_VIEW, today), modelList<ViewEntry>(model, papers.plural)),
  };
}
