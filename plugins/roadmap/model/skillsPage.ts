import {allCollections} from '../schema/collections';
import type {EvidenceKind} from './skillEvidence';
import type {RoadmapModel} from './roadmapModel';
import {HISTORY_HEIGHT, HISTORY_WIDTH, skillHistory, type SkillHistory} from './skillHistory';

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
      /** The self-assessments up to today as a step line on the page's shared time axis. */
      history: SkillHistory;
    }[];
  }[];
  atTarget: number;
  total: number;
  /** The highest level (`levels.length - 1`): a skill's bar is `level / top` full, its target tick at `target / top`. */
  top: number;
  /** The time axis of every history line (the first self-assessment to today) and its size in px. */
  historyAxis: {from: string; today: string; width: number; height: number};
}

/** `/skills`: the matrix by category, each skill with its level history and evidence. */
export function skillsPage(model: RoadmapModel, today: string): SkillsPageData {
  const rows = model.skills.rows;
  const top = Math.max(1, model.skills.levels.length - 1);
  const from =
    rows
      .flatMap((row) => row.assessed.map((a) => a.date))
      .filter((date) => date <= today)
      .sort()[0] ?? today;
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
          history: skillHistory(row.assessed, {from, today, top}),
        })),
    })),
    atTarget: rows.filter((row) => row.level >= row.target).length,
    total: rows.length,
    top,
    historyAxis: {from, today, width: HISTORY_WIDTH, height: HISTORY_HEIGHT},
  };
}
