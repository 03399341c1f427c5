import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {Problem} from '../site/problem';
import type {BlogKeys} from '../site/sources';
import {BLOG_AUTHORS_FILE, BLOG_TAGS_FILE} from '../site/siteLayout';
import {parseYaml, YamlSyntaxError} from './yaml';

/** The top-level keys of one optional YAML file: a missing file means "not checked". */
async function keysOf(siteDir: string, file: string): Promise<{keys?: ReadonlySet<string>; problems: Problem[]}> {
  let text: string;
  try {
    text = await readFile(path.join(siteDir, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {problems: []};
    throw error;
  }
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
export async function readBlogKeys(siteDir: string): Promise<{keys: BlogKeys; problems: Problem[]}> {
  const [tags, authors] = await Promise.all([keysOf(siteDir, BLOG_TAGS_FILE), keysOf(siteDir, BLOG_AUTHORS_FILE)]);
  return {
    keys: {blogTags: tags.keys, blogAuthors: authors.keys},
    problems: [...tags.problems, ...authors.problems],
  };
}
