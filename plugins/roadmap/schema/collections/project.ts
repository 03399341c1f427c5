import {defineCollection, type EntryOf} from '../collection';
import {DOC_KEYS} from '../docusaurusKeys';
import {decimal, httpUrl, isoDate, kebabId, list, mapping, oneOf, optional, text} from '../fields';
import {dateOrder, requiredWhen, skillReferences, unknownReference} from '../references';

export const PROJECT_SCALES = ['production', 'small'] as const;
export const PROJECT_STATUSES = ['planned', 'active', 'shipped', 'paused'] as const;

const metric = mapping({name: text(), value: decimal(), unit: optional(text())}, 'a metric {name, value, unit?}');

/** `docs/projects/<slug>.md` or `docs/projects/<slug>/index.md`. */
export const project = defineCollection({
  name: 'project',
  docusaurusKeys: DOC_KEYS,
  fields: {
    title: text(),
    summary: text(),
    domain: kebabId(),
    scale: oneOf(PROJECT_SCALES),
    status: oneOf(PROJECT_STATUSES),
    started: optional(isoDate()),
    shipped: optional(isoDate()),
    repo: optional(httpUrl()),
    demo: optional(httpUrl()),
    stack: optional(list(text())),
    metrics: optional(list(metric)),
    skills: optional(list(kebabId())),
  },
  rules: (project, context) => [
    ...unknownReference(['domain'], 'domain', 'data/roadmap.yml domains', project.domain, context.domains),
    ...(project.status === 'shipped'
      ? requiredWhen('shipped', project.shipped, 'status is "shipped"', 'a date YYYY-MM-DD')
      : []),
    ...dateOrder({field: 'shipped', value: project.shipped}, {field: 'started', value: project.started}),
    ...skillReferences(project.skills, context.skills),
  ],
});

export type Project = EntryOf<(typeof project)['fields']>;
