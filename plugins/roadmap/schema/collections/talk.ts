import {defineCollection, type EntryOf} from '../collection';
import {DOC_KEYS} from '../docusaurusKeys';
import {httpUrl, isoDate, kebabId, list, optional, text} from '../fields';
import {skillReferences} from '../references';

/** `docs/talks/*.md`: a talk, with slides or video. */
export const talk = defineCollection({
  name: 'talk',
  docusaurusKeys: DOC_KEYS,
  fields: {
    title: text().describe("The talk's title."),
    event: text().describe('Where it was given.'),
    date: isoDate().describe('Date `YYYY-MM-DD`.'),
    slides: optional(httpUrl()).describe('Slides (http or https).'),
    video: optional(httpUrl()).describe('Recording (http or https).'),
    skills: optional(list(kebabId())).describe('Skill ids from `data/skills.yml`.'),
  },
  rules: (talk, context) => skillReferences(talk.skills, context.skills),
});

export type Talk = EntryOf<(typeof talk)['fields']>;
