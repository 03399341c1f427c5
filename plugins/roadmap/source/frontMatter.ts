import path from 'node:path';
import type {FieldPath, LineOf} from '../site/fieldPath';
import {replacementCharacterLine} from './unreadableText';
import {NOT_UTF8, parseYaml, YamlSyntaxError} from './yaml';

export interface ParsedMarkdown {
  frontMatter: Record<string, unknown>;
  /** The Markdown after the front matter. */
  content: string;
  lineOf: LineOf;
  /** Unquoted text cut short by a `#` comment on its line (see parseYaml). */
  cutByComment: readonly FieldPath[];
  /** Values marked `# TODO` on their line (see parseYaml). */
  markedTodo: readonly FieldPath[];
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Splits a Markdown file into its front matter (parsed, dates kept as text) and body. */
export function readMarkdown(text: string): ParsedMarkdown {
  const fileContent = text.replace(/^\uFEFF/, ''); // editors on Windows may start a file with a byte-order mark
  // The body too: a build would publish the replacement characters without a word.
  const badByte = replacementCharacterLine(fileContent);
  if (badByte !== undefined) throw new YamlSyntaxError(badByte, NOT_UTF8);
  const opens = /^---[ \t]*\r?\n/.test(fileContent);
  const match = opens ? FENCE.exec(fileContent) : null;
  if (opens && (!match || match.index !== 0)) {
    throw new YamlSyntaxError(1, 'not closed (expected a line --- after the front matter)');
  }
  if (!match) {
    return {frontMatter: {}, content: fileContent.trim(), lineOf: () => 1, cutByComment: [], markedTodo: []};
  }
  const {data, lineOf, cutByComment, markedTodo} = parseYaml(match[1] ?? '', 2); // line 1 is the opening `---`
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    const found = Array.isArray(data) ? 'a list' : JSON.stringify(data);
    throw new YamlSyntaxError(2, `wrong type (expected a mapping of fields, key: value, got ${found})`);
  }
  return {
    frontMatter: (data ?? {}) as Record<string, unknown>,
    content: fileContent.slice(match[0].length).trim(),
    lineOf,
    cutByComment,
    markedTodo,
  };
}

/**
 * Docusaurus's `markdown.parseFrontMatter` hook: the reader `npm run check`
 * uses, so the build and the check see the same values, and a YAML error
 * names the file as check does (relative to the site).
 */
export function frontMatterParser(siteDir: string) {
  return async (params: {
    filePath: string;
    fileContent: string;
  }): Promise<{frontMatter: Record<string, unknown>; content: string}> => {
    try {
      const {frontMatter, content} = readMarkdown(params.fileContent);
      return {frontMatter, content};
    } catch (error) {
      if (error instanceof YamlSyntaxError) {
        const file = path.relative(siteDir, params.filePath).split(path.sep).join('/');
        throw new Error(`${file}:${error.line} front matter: ${error.message}`);
      }
      throw error;
    }
  };
}
