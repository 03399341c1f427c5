import type {z} from 'zod';
import {integer, isoDate, kebabId, list, mapping, optional, text} from './fields';

const assessment = mapping({date: isoDate(), level: integer('a level number')}, 'an assessment {date, level}');

const skill = mapping(
  {id: kebabId(), title: text(), target: integer('a level number'), assessed: optional(list(assessment))},
  'a skill {id, title, target, assessed?}',
);

/** `data/skills.yml`: the rows of the skills matrix. */
export const skillsFile = mapping(
  {
    levels: list(text())
      .min(2, {error: 'too short (expected at least two level names)'})
      .describe('Level names, lowest first; a level is an index into this list.'),
    categories: list(
      mapping({id: kebabId(), title: text(), skills: list(skill)}, 'a category {id, title, skills}'),
    ).describe(
      'List of `{id, title, skills}`; each skill is `{id, title, target, assessed?}` with `assessed` a list of `{date, level}`.',
    ),
  },
  'the skills matrix (a mapping of levels, categories)',
);

export type SkillsFile = z.output<typeof skillsFile>;
