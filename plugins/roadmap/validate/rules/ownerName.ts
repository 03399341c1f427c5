import type {Problem} from '../../site/problem';
import {BLOG_AUTHORS_FILE} from '../../site/siteLayout';
import {parseYaml, YamlSyntaxError} from '../../source/yaml';
import {siteRule} from './siteRule';

/** The owner's author key in blog/authors.yml, which templates/post.md names. */
export const OWNER_KEY = 'author';
/** The name blog/authors.yml ships with, until the owner sets theirs. */
export const OWNER_PLACEHOLDER = 'Your Name';

/** A warning while the owner's name is still the placeholder: every post and feed would show it. */
export function ownerNameWarning(texts: ReadonlyMap<string, string>): Problem[] {
  const text = texts.get(BLOG_AUTHORS_FILE);
  if (text === undefined) return [];
  try {
    const {data, lineOf} = parseYaml(text);
    const owner = (data as Record<string, {name?: unknown} | undefined> | null)?.[OWNER_KEY];
    if (owner?.name !== OWNER_PLACEHOLDER) return [];
    return [
      {
        file: BLOG_AUTHORS_FILE,
        line: lineOf([OWNER_KEY, 'name']),
        field: `${OWNER_KEY}.name`,
        message: `still the placeholder (expected your name, as posts and feeds show it, got "${OWNER_PLACEHOLDER}")`,
      },
    ];
  } catch (error) {
    // Its syntax is reported with the blog's keys (source/blogKeys.ts).
    if (error instanceof YamlSyntaxError) return [];
    throw error;
  }
}

export const ownerNameRule = siteRule({
  name: 'owner-name',
  description: "blog/authors.yml as written: a warning while the owner's name is still the template's",
  reads: ['texts'],
  runsIn: 'check',
  why: 'a warning, and only check shows warnings: the build publishes the placeholder name as it is',
  run: ({texts}) => ({warnings: ownerNameWarning(texts)}),
});
