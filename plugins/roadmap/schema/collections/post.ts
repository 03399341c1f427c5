import {defineCollection, type EntryOf} from '../collection';
import {BLOG_KEYS} from '../docusaurusKeys';
import {kebabId, list, optional, postDate, text} from '../fields';
import {skillReferences} from '../references';

/** `blog/**`: Docusaurus blog front matter plus `skills`. */
export const post = defineCollection({
  name: 'post',
  docusaurusKeys: BLOG_KEYS,
  fields: {
    title: optional(text()),
    description: optional(text()),
    date: optional(postDate()),
    skills: optional(list(kebabId())),
  },
  rules: (post, context) => skillReferences(post.skills, context.skills),
});

export type Post = EntryOf<(typeof post)['fields']>;
