import type {Problem} from '../site/problem';
import type {BlogKeys} from '../site/sources';
import {BLOG_AUTHORS_FILE, BLOG_TAGS_FILE} from '../site/siteLayout';
import {parseYaml, YamlSyntaxError} from './yaml';

/** The top-level keys of one optional YAML file: a missing file (undefined) means "not checked". */
function keysOf(file: string, text: string | undefined): {keys?: ReadonlySet<string>; problems: Problem[]} {
  if (text === undefined) return {problems: []};
  try {
    const {data} = parseYaml(text);
    const isMapping = typeof data === 'object' && data !== null && !Array.isArray(data);
    if (isMapping) return {keys: new Set(Object.keys(data)), problems: []};
    return {
      problems: [
        {file, line: 1, field: 'file', message: 'not a mapping (expected one entry per key, as Docusaurus reads it)'},
      ],
    };
  } catch (error) {
    if (error instanceof YamlSyntaxError)
      return {problems: [{file, line: error.line, field: 'yaml', message: error.message}]};
    throw error;
  }
}

/** blog/tags.yml and blog/authors.yml, so that `check` catches an unknown tag or author before the build does. */
export function blogKeysIn(texts: ReadonlyMap<string, string>): {keys: BlogKeys; problems: Problem[]} {
  const tags = keysOf(BLOG_TAGS_FILE, texts.get(BLOG_TAGS_FILE));
  const authors = keysOf(BLOG_AUTHORS_FILE, texts.get(BLOG_AUTHORS_FILE));
  return {
    keys: {blogTags: tags.keys, blogAuthors: authors.keys},
    problems: [...tags.problems, ...authors.problems],
  };
}
