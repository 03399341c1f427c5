import type {CollectionName} from '../schema/collections';
import type {SkillsFile} from '../schema/skillsFile';

/** Every collection can show a skill in use: its entries list the skill's id. */
export type EvidenceKind = CollectionName;

/** A page that shows a skill in use: every item that lists the skill's id. */
export interface Evidence {
  kind: EvidenceKind;
  title: string;
  permalink: string;
}

export interface SkillRow {
  id: string;
  title: string;
  category: string;
  target: number;
  /** Latest self-assessed level up to today, 0 when never assessed. */
  level: number;
  assessed: {date: string; level: number}[];
  evidence: Evidence[];
}

/** The skills matrix: each skill of data/skills.yml with its history and evidence. */
export function skillEvidence(
  skills: SkillsFile,
  items: readonly (Evidence & {skills: readonly string[]})[],
  today: string,
): SkillRow[] {
  const bySkill = new Map<string, Evidence[]>();
  for (const {skills: ids, ...evidence} of items) {
    for (const id of new Set(ids)) bySkill.set(id, [...(bySkill.get(id) ?? []), evidence]);
  }
  return skills.categories.flatMap((category) =>
    category.skills.map((skill) => {
      const assessed = [...(skill.assessed ?? [])].sort((a, b) => a.date.localeCompare(b.date));
      return {
        id: skill.id,
        title: skill.title,
        category: category.id,
        target: skill.target,
        level: assessed.filter((a) => a.date <= today).at(-1)?.level ?? 0,
        assessed,
        evidence: bySkill.get(skill.id) ?? [],
      };
    }),
  );
}
