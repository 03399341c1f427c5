import {parseYaml, YamlSyntaxError, type FieldPath} from './yaml';

export type {FieldPath} from './yaml';

export interface ParsedMarkdown {
  frontMatter: Record<string, unknown>;
  /** The Markdown after the front matter. */
  content: string;
  lineOf: (path: FieldPath) => number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Splits a Markdown file into its front matter (parsed, dates kept as text) and body. */
export function readMarkdown(fileContent: string): ParsedMarkdown {
  const match = fileContent.startsWith('---') ? FENCE.exec(fileContent) : null;
  if (!match || match.index !== 0) {
    return {frontMatter: {}, content: fileContent.trim(), lineOf: () => 1};
  }
  const {data, lineOf} = parseYaml(match[1] ?? '', 2); // line 1 is the opening `---`
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new YamlSyntaxError(2, 'front matter must be a mapping of fields');
  }
  return {
    frontMatter: (data ?? {}) as Record<string, unknown>,
    content: fileContent.slice(match[0].length).trim(),
    lineOf,
  };
}

/**
 * Docusaurus's `markdown.parseFrontMatter` hook: the reader `npm run check`
 * uses, so the build and the check see the same values.
 */
export async function parseFrontMatter(params: {
  filePath: string;
  fileContent: string;
}): Promise<{frontMatter: Record<string, unknown>; content: string}> {
  try {
    const {frontMatter, content} = readMarkdown(params.fileContent);
    return {frontMatter, content};
  } catch (error) {
    if (error instanceof YamlSyntaxError) {
      throw new Error(`${params.filePath}:${error.line} front matter: ${error.message}`);
    }
    throw error;
  }
}
