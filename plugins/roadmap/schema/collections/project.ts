import {defineCollection, type EntryOf} from '../collection';
import {DOC_KEYS} from '../docusaurusKeys';
import {decimal, httpUrl, isoDate, kebabId, list, mapping, oneOf, optional, text} from '../fields';
import {dateOrder, requiredWhen, skillReferences, unknownReference} from '../references';
import {LINK_FIELDS} from '../linkFields';

export const PROJECT_SCALES = ['production', 'small'] as const;
export const PROJECT_STATUSES = ['planned', 'active', 'shipped', 'paused'] as const;

const metric = mapping({name: text(), value: decimal(), unit: optional(text())}, 'a metric {name, value, unit?}');

/** `docs/projects/<slug>.md` or `docs/projects/<slug>/index.md`. */
export const project = defineCollection({
  name: 'project',
  plural: 'projects',
  label: {one: 'project', many: 'Projects'},
  files: {patterns: ['docs/projects/<slug>.md', 'docs/projects/<slug>/index.md']},
  route: 'projects',
  listPage: {component: 'ProjectsPage'},
  card: {own: 'project'},
  listed: {order: []},
  navigation: {
    navbar: [{to: 'list', label: 'Projects'}],
    footer: [{to: 'list', label: 'Projects', column: 'Build'}],
    home: [{to: 'list', label: 'Projects', text: 'One production project a year, and two or three small ones.'}],
  },
  view: {show: ['title', 'status', 'domain', 'scale']},
  newNote: {template: 'templates/project.md', path: (slug) => `docs/projects/${slug}.md`, what: 'a project (planned)'},
  search: {kind: 'note', section: 'Projects'},
  uniqueSlugs: true,
  changelog: (p) => [
    ...(p.started === undefined
      ? []
      : [
          {
            id: `project-started-${p.slug}`,
            date: p.started,
            text: `Started the project ${p.title}`,
            description: p.summary,
            permalink: p.permalink,
          },
        ]),
    ...(p.status === 'shipped' && p.shipped !== undefined
      ? [
          {
            id: `project-shipped-${p.slug}`,
            date: p.shipped,
            text: `Shipped the project ${p.title}`,
            description: p.summary,
            permalink: p.permalink,
          },
        ]
      : []),
  ],
  docusaurusKeys: DOC_KEYS,
  fields: {
    title: text().describe('The project name.'),
    summary: text().describe('One sentence: what it does and for whom.'),
    domain: kebabId().describe('A domain id from `data/roadmap.yml`.'),
    scale: oneOf(PROJECT_SCALES).describe('`production` is the one a year.'),
    status: oneOf(PROJECT_STATUSES).describe('Where the project is.'),
    started: optional(isoDate()).describe('Date `YYYY-MM-DD`.'),
    shipped: optional(isoDate()).describe('Date `YYYY-MM-DD`; required when `shipped`; not before `started`.'),
    repo: optional(httpUrl()).describe('Source repository (http or https).'),
    demo: optional(httpUrl()).describe('Live demo (http or https).'),
    stack: optional(list(text())).describe('Tools and libraries, e.g. `[PyTorch, FastAPI]`.'),
    metrics: optional(list(metric)).describe('List of `{name, value, unit?}`, `value` a number.'),
    skills: optional(list(kebabId())).describe('Skill ids from `data/skills.yml`.'),
    ...LINK_FIELDS,
  },
  rules: (project, context) => [
    ...unknownReference(['domain'], 'domain', 'data/roadmap.yml domains', project.domain, context.domains),
    ...(project.status === 'shipped'
      ? requiredWhen('shipped', project.shipped, {field: 'status', is: 'shipped'}, 'a date YYYY-MM-DD')
      : []),
    ...dateOrder({field: 'shipped', value: project.shipped}, {field: 'started', value: project.started}),
    ...skillReferences(project.skills, context.skills),
  ],
});

export type Project = EntryOf<(typeof project)['fields']>;
