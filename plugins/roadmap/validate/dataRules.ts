import type {FieldProblem} from '../schema/collection';
import type {RoadmapFile} from '../schema/roadmapFile';
import {unknownReference} from '../schema/references';
import type {SkillsFile} from '../schema/skillsFile';

/** An id defined twice in one list: the second one is the problem. */
export function duplicateIds(listPath: readonly (string | number)[], items: readonly {id: string}[]): FieldProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [
      {path: [...listPath, index, 'id'], message: `duplicate id (expected each id once, got "${item.id}" again)`},
    ];
  });
}

type Fields = Record<string, unknown>;
const listAt = (value: unknown, key: string): unknown[] => {
  const list = typeof value === 'object' && value !== null ? (value as Fields)[key] : undefined;
  return Array.isArray(list) ? list : [];
};

/**
 * Levels are indexes into `levels`. Read leniently, from the file as written,
 * so that a level out of range is reported beside a bad date in the same
 * entry: the schema's problems do not hide it.
 */
export function skillLevelProblems(skills: unknown): FieldProblem[] {
  const levels = listAt(skills, 'levels');
  if (levels.length < 2 || !levels.every((level) => typeof level === 'string')) return [];
  const top = levels.length - 1;
  const inRange = (path: (string | number)[], level: unknown): FieldProblem[] =>
    typeof level === 'number' && Number.isInteger(level) && (level < 0 || level > top)
      ? [{path, message: `out of range (expected a level from 0 to ${top}, ${levels.join(' … ')}, got ${level})`}]
      : [];
  return listAt(skills, 'categories').flatMap((category, c) =>
    listAt(category, 'skills').flatMap((skill, s) => {
      const path = ['categories', c, 'skills', s];
      return [
        ...inRange([...path, 'target'], (skill as Fields | null)?.target),
        ...listAt(skill, 'assessed').flatMap((assessment, a) =>
          inRange([...path, 'assessed', a, 'level'], (assessment as Fields | null)?.level),
        ),
      ];
    }),
  );
}

/** Ids are unique across categories (levels: skillLevelProblems). */
export function skillsFileRules(skills: SkillsFile): FieldProblem[] {
  const allSkills = skills.categories.flatMap((category, c) =>
    category.skills.map((skill, s) => ({skill, path: ['categories', c, 'skills', s] as (string | number)[]})),
  );
  const seen = new Set<string>();
  return [
    ...duplicateIds(['categories'], skills.categories),
    ...allSkills.flatMap(({skill, path}) =>
      seen.has(skill.id)
        ? [{path: [...path, 'id'], message: `duplicate skill id (expected each id once, got "${skill.id}" again)`}]
        : (seen.add(skill.id), []),
    ),
  ];
}

/** The TL;DR must point at a real course and project; ids are unique. */
export function roadmapFileRules(
  roadmap: RoadmapFile,
  known: {courses: ReadonlySet<string>; projects: ReadonlySet<string>},
): FieldProblem[] {
  const targets = roadmap.rules.flatMap((rule, r): FieldProblem[] => {
    const path = (...rest: string[]) => ['rules', r, 'target', ...rest];
    const target = rule.target;
    if (!target) return [];
    return [
      ...(target.papers_per_week !== undefined &&
      !(target.papers_per_week >= 1 && Number.isInteger(target.papers_per_week))
        ? [
            {
              path: path('papers_per_week'),
              message: `out of range (expected a whole number of papers, 1 or more, got ${target.papers_per_week})`,
            },
          ]
        : []),
      ...(target.production_per_year !== undefined && target.production_per_year < 0
        ? [
            {
              path: path('production_per_year'),
              message: `out of range (expected 0 or more, got ${target.production_per_year})`,
            },
          ]
        : []),
      ...(target.small_per_year &&
      (target.small_per_year.min < 0 || target.small_per_year.min > target.small_per_year.max)
        ? [
            {
              path: path('small_per_year'),
              message: `empty range (expected 0 <= min <= max, got min ${target.small_per_year.min}, max ${target.small_per_year.max})`,
            },
          ]
        : []),
    ];
  });
  return [
    ...targets,
    ...duplicateIds(['rules'], roadmap.rules),
    ...duplicateIds(['domains'], roadmap.domains),
    ...duplicateIds(['phases'], roadmap.phases),
    ...unknownReference(['now', 'focus'], 'course', 'docs/courses/<slug>/', roadmap.now.focus, known.courses),
    ...unknownReference(['now', 'project'], 'project', 'docs/projects/', roadmap.now.project, known.projects),
  ];
}
