import {defineCollection, type EntryOf} from '../collection';
import {DOC_KEYS} from '../docusaurusKeys';
import {httpUrl, isoDate, kebabId, list, optional, text} from '../fields';
import {skillReferences} from '../references';
import {LINK_FIELDS} from '../linkFields';

/** `docs/talks/*.md`: a talk, with slides or video. */
export const talk = defineCollection({
  name: 'talk',
  plural: 'talks',
  label: {one: 'talk', many: 'Talks'},
  files: {patterns: ['docs/talks/<slug>.md']},
  route: 'talks',
  listPage: {
    title: 'Talks',
    description: 'Talks, with their slides and videos.',
    view: {show: ['date', 'title', 'event', 'slides', 'video']},
  },
  card: {
    label: 'Talk',
    fields: [
      {label: 'Event', field: 'event'},
      {label: 'Date', field: 'date', as: 'date'},
    ],
    links: [
      {label: 'Slides', field: 'slides'},
      {label: 'Video', field: 'video'},
    ],
  },
  listed: {order: ['date desc']},
  // A talk is writing, told aloud.
  navigation: {
    navbarUnder: 'post',
    footer: [{to: 'list', label: 'Talks', column: 'Build'}],
    home: [{to: 'list', label: 'Talks', text: 'Talks with their slides and videos.'}],
  },
  view: {show: ['title', 'date', 'event']},
  newNote: {template: 'templates/talk.md', path: (slug) => `docs/talks/${slug}.md`, what: 'a talk'},
  search: {kind: 'note', section: 'Talks'},
  changelog: (t) => [
    {
      id: `talk-${t.slug}`,
      date: t.date,
      text: `Gave the talk ${t.title} at ${t.event}`,
      description: t.slides || t.video ? 'Slides and recording are linked on its page.' : `At ${t.event}.`,
      permalink: t.permalink,
    },
  ],
  docusaurusKeys: DOC_KEYS,
  fields: {
    title: text().describe("The talk's title."),
    event: text().describe('Where it was given.'),
    date: isoDate().describe('Date `YYYY-MM-DD`.'),
    slides: optional(httpUrl()).describe('Slides (http or https).'),
    video: optional(httpUrl()).describe('Recording (http or https).'),
    skills: optional(list(kebabId())).describe('Skill ids from `data/skills.yml`.'),
    ...LINK_FIELDS,
  },
  rules: (talk, context) => skillReferences(talk.skills, context.skills),
});

export type Talk = EntryOf<(typeof talk)['fields']>;
