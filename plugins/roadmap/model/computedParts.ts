import type {PageLookup} from '../site/pages';
import type {ValidSite} from '../schema/validSite';
import {detailCards, type DetailCardData} from './detailCards';
import {
  curriculum,
  CURRICULUM_PAGE,
  noteIndex,
  NOTE_INDEX_PAGE,
  type CurriculumData,
  type NoteIndexData,
} from './docIndexes';
import type {RoadmapModel} from './roadmapModel';

/** What a docs page shows above the author's prose, computed from the model: a card, or an index's list. */
export type ComputedPartData = DetailCardData | CurriculumData | NoteIndexData;

export interface ComputedPart {
  /** The content file whose page shows it. */
  file: string;
  part: ComputedPartData;
}

/** Every computed part of every docs page whose file exists. Pure. */
export function computedParts(site: ValidSite, model: RoadmapModel, pageOf: PageLookup, today: string): ComputedPart[] {
  const files = new Set(site.notes.map((n) => n.file));
  return [
    ...detailCards(site, pageOf, today).map(({file, card}) => ({file, part: card})),
    ...(files.has(CURRICULUM_PAGE) ? [{file: CURRICULUM_PAGE, part: curriculum(model)}] : []),
    ...(files.has(NOTE_INDEX_PAGE) ? [{file: NOTE_INDEX_PAGE, part: noteIndex(site, pageOf)}] : []),
  ];
}
