import {defineCollection, type EntryOf} from '../collection';
import {BLOG_KEYS, INLINE_AUTHOR_KEYS} from '../docusaurusKeys';
import {kebabId, list, oneOrList, optional, postDate, tagLabel, text} from '../fields';
import {keyReferences, skillReferences} from '../references';
import {BLOG_AUTHORS_FILE, BLOG_TAGS_FILE} from '../../site/siteLayout';
import {LINK_FIELDS} from '../linkFields';

/** `blog/**`: Docusaurus blog front matter plus `skills`. */
export const post = defineCollection({
  name: 'post',
  plural: 'posts',
  label: {one: 'post', many: 'Posts'},
  // A post's file name may start with its date, which is not part of its slug.
  files: {patterns: ['blog/**'], slug: (name) => name.replace(/^\d{4}-\d{2}-\d{2}-/, '')},
  route: 'blog',
  notesIndex: 'blog',
  // Newest first, by the date of its page (model/ownSummaries.ts), which the file name gives when front matter has none.
  listed: {order: ['date desc']},
  navigation: {
    navbar: [{to: 'notes', label: 'Writing'}],
    footer: [{to: 'notes', label: 'Writing', column: 'Follow'}],
    home: [{to: 'notes', label: 'Writing', text: 'Posts about what I learn and build.'}],
  },
  datedFileNames: true,
  view: {show: ['title', 'date', 'description']},
  newNote: {template: 'templates/post.md', path: (slug, date) => `blog/${date}-${slug}.md`, what: 'a blog post'},
  search: {kind: 'post', section: 'Writing'},
  changelog: (p) =>
    p.date === undefined || p.date === ''
      ? []
      : [
          {
            id: `post-${p.slug}`,
            date: p.date,
            text: `Published ${p.title}`,
            ...(p.description === undefined ? {} : {description: p.description}),
            permalink: p.permalink,
          },
        ],
  docusaurusKeys: BLOG_KEYS,
  fields: {
    title: optional(text()).describe("The post's title (else its first heading)."),
    description: optional(text()).describe('One-sentence summary, used in feeds and previews.'),
    date: optional(postDate()).describe('`YYYY-MM-DD` (else the date in the file name).'),
    skills: optional(list(kebabId())).describe('Skill ids from `data/skills.yml`.'),
    // Docusaurus refuses any other (onInlineTags/onInlineAuthors: 'throw'), but only in the build.
    tags: optional(list(tagLabel())).describe('Tag keys from `blog/tags.yml`.'),
    authors: optional(oneOrList(text())).describe('Author keys from `blog/authors.yml`: one, or a list.'),
    ...LINK_FIELDS,
  },
  rules: (post, context, given) => [
    // The site sets onInlineAuthors: 'throw' (docusaurus.config.ts): the build refuses these keys, naming no line.
    ...INLINE_AUTHOR_KEYS.filter(given).map((key) => ({
      path: [key],
      message: `an inline author, which the blog refuses (expected the author under a key of ${BLOG_AUTHORS_FILE}, named in authors:, got ${key}:)`,
    })),
    ...skillReferences(post.skills, context.skills),
    ...keyReferences(
      'tags',
      post.tags,
      'tag key',
      BLOG_TAGS_FILE,
      context.blogTags,
      (key) => `a new tag is a key of ${BLOG_TAGS_FILE}: ${key}: {label: …, description: …, permalink: /${key}}`,
    ),
    ...keyReferences(
      'authors',
      post.authors,
      'author key',
      BLOG_AUTHORS_FILE,
      context.blogAuthors,
      (key) => `a new author is a key of ${BLOG_AUTHORS_FILE}: ${key}: {name: …}`,
    ),
  ],
});

export type Post = EntryOf<(typeof post)['fields']>;
