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
    title: text(),
    provider: text(),
    instructor: optional(text()),
    url: optional(httpUrl()),
    phase: kebabId(),
    status: oneOf(COURSE_STATUSES),
    started: optional(isoDate()),
    finished: optional(isoDate()),
    modules: optional(list(courseModule)),
    skills: optional(list(kebabId())),
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
