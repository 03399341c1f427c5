import {defineCollection, type EntryOf} from '../collection';
import {DOC_KEYS} from '../docusaurusKeys';
import {httpUrl, isoDate, kebabId, list, optional, text} from '../fields';
import {skillReferences} from '../references';

/** `docs/talks/*.md`: a talk, with slides or video. */
export const talk = defineCollection({
  name: 'talk',
  docusaurusKeys: DOC_KEYS,
  fields: {
    title: text(),
    event: text(),
    date: isoDate(),
    slides: optional(httpUrl()),
    video: optional(httpUrl()),
    skills: optional(list(kebabId())),
  },
  rules: (talk, context) => skillReferences(talk.skills, context.skills),
});

export type Talk = EntryOf<(typeof talk)['fields']>;
