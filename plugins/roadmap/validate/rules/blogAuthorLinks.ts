import {httpUrlOrSitePath} from '../../schema/fields';
import type {Problem} from '../../site/problem';
import {BLOG_AUTHORS_FILE} from '../../site/siteLayout';
import {parseYaml, YamlSyntaxError} from '../../source/yaml';
import {siteRule} from './siteRule';

/** The keys of an author entry that Docusaurus puts in an `href` or `src` (`image_url` is renamed `imageURL`). */
const LINK_KEYS = ['url', 'image_url', 'imageURL'] as const;

/**
 * blog/authors.yml's links: Docusaurus accepts any URI there, `javascript:`
 * too, and renders it as the author's link on every post. check and the
 * build both refuse one that is not http(s) or a path on the site.
 * A file that does not parse is reported with the blog's keys (source/blogKeys.ts).
 */
export function blogAuthorLinkProblems(text: string | undefined): Problem[] {
  if (text === undefined) return [];
  let parsed: ReturnType<typeof parseYaml>;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return [];
    throw error;
  }
  const {data, lineOf} = parsed;
  if (!isMapping(data)) return [];
  const problems: Problem[] = [];
  for (const [key, author] of Object.entries(data)) {
    if (!isMapping(author)) continue;
    for (const field of LINK_KEYS) {
      if (author[field] === undefined) continue;
      const result = httpUrlOrSitePath().safeParse(author[field]);
      if (result.success) continue;
      problems.push(
        ...result.error.issues.map((issue) => ({
          file: BLOG_AUTHORS_FILE,
          line: lineOf([key, field]),
          field: `${key}.${field}`,
          message: issue.message,
        })),
      );
    }
  }
  return problems;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const blogAuthorLinksRule = siteRule({
  name: 'blog-author-links',
  description: 'blog/authors.yml as written: an author `url` or `image_url` that is not http(s) or a site path',
  reads: ['texts'],
  runsIn: 'both',
  run: ({texts}) => ({problems: blogAuthorLinkProblems(texts.get(BLOG_AUTHORS_FILE))}),
});
