import {allCollections} from '../schema/collections';
import type {EvidenceKind} from './skillEvidence';
import type {RoadmapModel} from './roadmapModel';

export interface SkillsPageData {
  levels: string[];
  categories: {
    id: string;
    title: string;
    skills: {
      id: string;
      title: string;
      level: number;
      target: number;
      assessed: {date: string; level: number}[];
      evidence: {kind: EvidenceKind; title: string; permalink: string}[];
      /** Evidence counts by kind, in a fixed order, for the summary line. */
      evidenceCounts: {kind: EvidenceKind; count: number}[];
    }[];
  }[];
  atTarget: number;
  total: number;
}

/** `/skills`: the matrix by category, each skill with its level history and evidence. */
export function skillsPage(model: RoadmapModel): SkillsPageData {
  const rows = model.skills.rows;
  return {
    levels: model.skills.levels,
    categories: model.skills.categories.map((category) => ({
      ...category,
      skills: rows
        .filter((row) => row.category === category.id)
        .map(({category: _category, ...row}) => ({
          ...row,
          evidenceCounts: allCollections()
            .map(({name}) => ({
              kind: name as EvidenceKind,
              count: row.evidence.filter((e) => e.kind === name).length,
            }))
            .filter((c) => c.count > 0),
        })),
    })),
    atTarget: rows.filter((row) => row.level >= row.target).length,
    total: rows.length,
  };
}
