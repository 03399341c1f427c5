import {defineCollection, type EntryOf} from '../collection';
import {DOC_KEYS} from '../docusaurusKeys';
import {httpUrl, isoDate, kebabId, list, mapping, oneOf, optional, text} from '../fields';
import {eventSlug} from '../eventSlug';
import {dateOrder, requiredWhen, skillReferences, unknownReference} from '../references';
import {LINK_FIELDS} from '../linkFields';

export const COURSE_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export const MODULE_STATUSES = ['planned', 'in-progress', 'done'] as const;

const courseModule = mapping(
  {title: text(), status: oneOf(MODULE_STATUSES), finished: optional(isoDate())},
  'a module {title, status, finished?}',
);

/** A course in a feed reader's words: "fast.ai, taught by Jeremy Howard; 8 modules." */
function courseLine(c: {provider: string; instructor?: string; modules?: readonly unknown[]}): string {
  const by = c.instructor ? `${c.provider}, taught by ${c.instructor}` : c.provider;
  const modules = c.modules?.length ? `; ${c.modules.length} module${c.modules.length === 1 ? '' : 's'}` : '';
  return `${by}${modules}.`;
}

/** `docs/courses/<slug>/index.md`: one course of the curriculum. */
export const course = defineCollection({
  name: 'course',
  plural: 'courses',
  label: {one: 'course', many: 'Courses'},
  files: {patterns: ['docs/courses/<slug>/index.md']},
  route: 'progress',
  notesIndex: 'docs/courses',
  listPage: {component: 'ProgressPage'},
  card: {own: 'course'},
  // In phase order, and the author's sidebar order within a phase (model/roadmapModel.ts).
  listed: {order: []},
  navigation: {
    navbar: [
      {to: 'list', label: 'Progress'},
      {to: 'notes', label: 'Curriculum'},
    ],
    footer: [
      {to: 'list', label: 'Progress', column: 'Learn'},
      {to: 'notes', label: 'Curriculum', column: 'Learn'},
    ],
    home: [
      {to: 'list', label: 'Progress', text: 'The curriculum by phase, course progress and the rules tracker.'},
      {to: 'notes', label: 'Curriculum', text: 'Courses by phase, with notes for every module.'},
    ],
  },
  view: {
    show: ['title', 'status', 'provider', 'progress.percent'],
    adds: {'progress.percent': 'number', 'progress.modulesDone': 'number', 'progress.modulesTotal': 'number'},
  },
  newNote: {
    template: 'templates/course.md',
    path: (slug) => `docs/courses/${slug}/index.md`,
    what: 'a course of the curriculum (planned)',
  },
  newPart: {
    name: 'module',
    template: 'templates/module.md',
    path: (course, slug) => `docs/courses/${course}/${slug}.md`,
    what: 'notes on one module of a course (--course SLUG)',
  },
  // A module note in the course's folder names the course in its result.
  search: {kind: 'note', section: 'Courses', moduleNotesNameTheirEntry: true},
  uniqueSlugs: true,
  changelog: (c) => [
    ...(c.started === undefined
      ? []
      : [
          {
            id: `course-started-${c.slug}`,
            date: c.started,
            text: `Started the course ${c.title}`,
            description: courseLine(c),
            permalink: c.permalink,
          },
        ]),
    ...(c.modules ?? []).flatMap((m, i, modules) =>
      m.status === 'done' && m.finished !== undefined
        ? [
            {
              id: `module-done-${c.slug}-${eventSlug(m.title)}`,
              date: m.finished,
              text: `Finished module “${m.title}” of ${c.title}`,
              description: `Module ${i + 1} of ${modules.length} of ${c.title} (${c.provider}).`,
              permalink: c.permalink,
            },
          ]
        : [],
    ),
    ...(c.status === 'done' && c.finished !== undefined
      ? [
          {
            id: `course-finished-${c.slug}`,
            date: c.finished,
            text: `Finished the course ${c.title}`,
            description: courseLine(c),
            permalink: c.permalink,
          },
        ]
      : []),
  ],
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
    ...LINK_FIELDS,
  },
  rules: (course, context) => [
    ...unknownReference(['phase'], 'phase', 'data/roadmap.yml phases', course.phase, context.phases),
    ...(course.status !== undefined && course.status !== 'planned'
      ? requiredWhen('started', course.started, {field: 'status', is: course.status}, 'a date YYYY-MM-DD')
      : []),
    ...(course.status === 'done'
      ? requiredWhen('finished', course.finished, {field: 'status', is: 'done'}, 'a date YYYY-MM-DD')
      : []),
    ...dateOrder({field: 'finished', value: course.finished}, {field: 'started', value: course.started}),
    ...skillReferences(course.skills, context.skills),
  ],
});

export type Course = EntryOf<(typeof course)['fields']>;
