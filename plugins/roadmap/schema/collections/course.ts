import {defineCollection, type EntryOf} from '../collection';
import {DOC_KEYS} from '../docusaurusKeys';
import {httpUrl, isoDate, kebabId, list, mapping, oneOf, optional, text} from '../fields';
import {dateOrder, requiredWhen, skillReferences, unknownReference} from '../references';

export const COURSE_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export const MODULE_STATUSES = ['planned', 'in-progress', 'done'] as const;

const courseModule = mapping(
  {title: text(), status: oneOf(MODULE_STATUSES), finished: optional(isoDate())},
  'a module {title, status, finished?}',
);

/** `docs/courses/<slug>/index.md`: one course of the curriculum. */
export const course = defineCollection({
  name: 'course',
  docusaurusKeys: DOC_KEYS,
  fields: {
    title: text().describe('The course name.'),
    provider: text().describe('Who offers it, e.g. `DeepLearning.AI`, `fast.ai`, `Self-study`.'),
    instructor: optional(text()).describe('Who teaches it.'),
    url: optional(httpUrl()).describe('The course page (http or https).'),
    phase: kebabId().describe('A phase id from `data/roadmap.yml`.'),
    status: oneOf(COURSE_STATUSES).describe('Where you are with it.'),
    started: optional(isoDate()).describe('Date `YYYY-MM-DD`; required unless `planned`.'),
    finished: optional(isoDate()).describe('Date `YYYY-MM-DD`; required when `done`; not before `started`.'),
    modules: optional(list(courseModule)).describe(
      'List of `{title, status, finished?}`; module status is `planned`, `in-progress` or `done`.',
    ),
    skills: optional(list(kebabId())).describe('Skill ids from `data/skills.yml`.'),
  },
  rules: (course, context) => [
    ...unknownReference(['phase'], 'phase', 'data/roadmap.yml phases', course.phase, context.phases),
    ...(course.status !== undefined && course.status !== 'planned'
      ? requiredWhen('started', course.started, `status is "${course.status}"`, 'a date YYYY-MM-DD')
      : []),
    ...(course.status === 'done'
      ? requiredWhen('finished', course.finished, 'status is "done"', 'a date YYYY-MM-DD')
      : []),
    ...dateOrder({field: 'finished', value: course.finished}, {field: 'started', value: course.started}),
    ...skillReferences(course.skills, context.skills),
  ],
});

export type Course = EntryOf<(typeof course)['fields']>;
