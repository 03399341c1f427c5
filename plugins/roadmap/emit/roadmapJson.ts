import type {RoadmapModel} from '../model/roadmapModel';

export const ROADMAP_JSON = 'roadmap.json';

/** `/roadmap.json`: the whole model, stable keys, for other tools and later pages. */
export function roadmapJson(model: RoadmapModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
