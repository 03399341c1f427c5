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

/** Levels are indexes into `levels`; ids are unique across categories. */
export function skillsFileRules(skills: SkillsFile): FieldProblem[] {
  const top = skills.levels.length - 1;
  const levelInRange = (path: (string | number)[], level: number): FieldProblem[] =>
    level < 0 || level > top
      ? [
          {
            path,
            message: `out of range (expected a level from 0 to ${top}, ${skills.levels.join(' … ')}, got ${level})`,
          },
        ]
      : [];
  const allSkills = skills.categories.flatMap((category, c) =>
    category.skills.map((skill, s) => ({skill, path: ['categories', c, 'skills', s] as (string | number)[]})),
  );
  const seen = new Set<string>();
  return [
    ...duplicateIds(['categories'], skills.categories),
    ...allSkills.flatMap(({skill, path}) => [
      ...(seen.has(skill.id)
        ? [{path: [...path, 'id'], message: `duplicate skill id (expected each id once, got "${skill.id}" again)`}]
        : (seen.add(skill.id), [])),
      ...levelInRange([...path, 'target'], skill.target),
      ...(skill.assessed ?? []).flatMap((assessment, a) =>
        levelInRange([...path, 'assessed', a, 'level'], assessment.level),
      ),
    ]),
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
