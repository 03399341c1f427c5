import type {RoadmapModel, TalkSummary} from './roadmapModel';

export interface TalksPageData {
  talks: TalkSummary[];
}

/** `/talks`: talks newest first, with slides and video. */
export function talksPage(model: RoadmapModel): TalksPageData {
  return {talks: model.talks};
}
