import {defineCollection, type EntryOf} from '../collection';
import {BLOG_KEYS} from '../docusaurusKeys';
import {kebabId, list, optional, postDate, text} from '../fields';
import {skillReferences} from '../references';

/** `blog/**`: Docusaurus blog front matter plus `skills`. */
export const post = defineCollection({
  name: 'post',
  docusaurusKeys: BLOG_KEYS,
  fields: {
    title: optional(text()).describe("The post's title (else its first heading)."),
    description: optional(text()).describe('One-sentence summary, used in feeds and previews.'),
    date: optional(postDate()).describe('`YYYY-MM-DD` (else the date in the file name).'),
    skills: optional(list(kebabId())).describe('Skill ids from `data/skills.yml`.'),
  },
  rules: (post, context) => skillReferences(post.skills, context.skills),
});

export type Post = EntryOf<(typeof post)['fields']>;
