import type {z} from 'zod';
import {decimal, integer, isoDate, kebabId, list, mapping, optional, text} from './fields';

const target = mapping(
  {
    papers_per_week: optional(decimal()),
    production_per_year: optional(integer()),
    small_per_year: optional(mapping({min: integer(), max: integer()}, 'a range {min, max}')),
  },
  'a target',
);

/** `data/roadmap.yml`: the parts of the roadmap that are not notes. */
export const roadmapFile = mapping(
  {
    vision: text().describe('One sentence: what all of this is for.'),
    rules: list(
      mapping({id: kebabId(), text: text(), target: optional(target)}, 'a rule {id, text, target?}'),
    ).describe(
      'The rules of the game: list of `{id, text, target?}`; `target` may set `papers_per_week`, `production_per_year`, `small_per_year: {min, max}`.',
    ),
    domains: list(
      mapping(
        {id: kebabId(), title: text(), icon: optional(text()), focus: optional(text())},
        'a domain {id, title, icon?, focus?}',
      ),
    ).describe("Domains you explore: list of `{id, title, icon?, focus?}`; a project's `domain` is one of these ids."),
    phases: list(mapping({id: kebabId(), title: text(), window: text()}, 'a phase {id, title, window}')).describe(
      "Curriculum phases: list of `{id, title, window}`; a course's `phase` is one of these ids.",
    ),
    now: mapping(
      {
        focus: optional(kebabId()),
        project: optional(kebabId()),
        quarter_goal: optional(text()),
        this_week: optional(text()),
      },
      'the TL;DR {focus, project, quarter_goal, this_week}',
    ).describe(
      'The TL;DR: `{focus, project, quarter_goal, this_week}`; `focus` is a course slug, `project` a project slug or null.',
    ),
    changes: optional(list(mapping({date: isoDate(), text: text()}, 'a change {date, text}'))).describe(
      'Hand-written changelog: list of `{date, text}`.',
    ),
  },
  'the roadmap (a mapping of vision, rules, domains, phases, now, changes)',
);

export type RoadmapFile = z.output<typeof roadmapFile>;
