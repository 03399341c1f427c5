import path from 'node:path';
import {replacementCharacterLine} from './unreadableText';
import {NOT_UTF8, parseYaml, YamlSyntaxError} from './yaml';
import type {NotebookMarkdownOptions} from '../notebook/notebookMarkdown';
import {OUTPUT_FILES_FOLDER} from '../notebook/outputFiles';
import {NotebookError} from '../notebook/readNotebook';
import {isNotebook, readNotebookNote} from './notebookNote';
import type {ParsedMarkdown} from './parsedMarkdown';
import {sitePath} from '../site/sitePath';

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
 * uses (readNote: Markdown, or a notebook's raw cell), so the build and the check see the same values, and a YAML error
 * names the file as check does (relative to the site).
 */
export function frontMatterParser(siteOrDir: string | NotebookSite) {
  const site = typeof siteOrDir === 'string' ? {siteDir: siteOrDir, baseUrl: '/'} : siteOrDir;
  const {siteDir} = site;
  return async (params: {
    filePath: string;
    fileContent: string;
  }): Promise<{frontMatter: Record<string, unknown>; content: string}> => {
    try {
      // A notebook arrives here as its JSON (the content plugins and mdx-loader read the file itself).
      const {frontMatter, content} = readNote(sitePath(siteDir, params.filePath), params.fileContent, site);
      return {frontMatter, content};
    } catch (error) {
      if (error instanceof YamlSyntaxError) {
        const file = sitePath(siteDir, params.filePath);
        throw new Error(`${file}:${error.line} ${isNotebook(file) ? 'notebook' : 'front matter'}: ${error.message}`);
      }
      throw error;
    }
  };
}

/** What a notebook page needs to know about the site (README, "Notebooks"). */
export interface NotebookSite {
  siteDir: string;
  baseUrl: string;
  /** The site's GitHub repository (`owner/name`) and branch, for "Open in Colab"; unset, no such link. */
  repository?: {name: string; branch: string};
}

/** How a notebook's page links its images, its download and Colab. */
export function notebookPageOptions(site: NotebookSite, filePath: string): NotebookMarkdownOptions {
  const file = sitePath(site.siteDir, filePath);
  const name = path.basename(filePath);
  const {repository} = site;
  return {
    imageUrl: (output) => `${site.baseUrl}${OUTPUT_FILES_FOLDER}/${output.name}`,
    // Docusaurus turns a link to a file beside the page into a download of that file (hashed, under assets/files/).
    download: `./${encodeURIComponent(name)}`,
    ...(repository
      ? {
          colab: `https://colab.research.google.com/github/${repository.name}/blob/${encodeURIComponent(repository.branch)}/${file.split('/').map(encodeURIComponent).join('/')}`,
        }
      : {}),
  };
}

/**
 * A content file's front matter and body, whatever its kind: a `.md` file's
 * own, or a notebook's raw cell and rendered cells. `npm run check` reads
 * every note through this.
 */
export function readNote(file: string, text: string, site: NotebookSite = {siteDir: '', baseUrl: '/'}): ParsedMarkdown {
  if (!isNotebook(file)) return readMarkdown(text);
  try {
    const note = readNotebookNote(text, readMarkdown, notebookPageOptions(site, path.join(site.siteDir, file)));
    return {...note, frontMatter: {...postDateFromFileName(file), ...note.frontMatter}};
  } catch (error) {
    if (error instanceof NotebookError) throw new YamlSyntaxError(error.line, error.message);
    throw error;
  }
}

/**
 * The blog reads a post's date and slug from a `YYYY-MM-DD-name.md` file
 * name, and from Markdown names only: a notebook post gets the same two as
 * front matter (the author's own, when written, win).
 */
function postDateFromFileName(file: string): Record<string, string> {
  const named = /^blog\/(?:.*\/)?(\d{4})-(\d{2})-(\d{2})-([^/]+)\.ipynb$/i.exec(file.split(path.sep).join('/'));
  if (!named) return {};
  const [, year, month, day, name] = named;
  return {date: `${year}-${month}-${day}`, slug: `/${year}/${month}/${day}/${name}`};
}

/**
 * Docusaurus's `markdown.preprocessor` hook: mdx-loader compiles the file's
 * own text, so a notebook's JSON becomes here the Markdown it renders (front
 * matter, then cells). Its output images are the roadmap plugin's to
 * publish, read from the notebooks themselves (emit/notebookOutputs.ts);
 * nothing is written here, least of all beside the notebook. A `.md` file
 * passes unchanged.
 */
export function notebookPreprocessor(site: NotebookSite) {
  return (params: {filePath: string; fileContent: string}): string => {
    if (!isNotebook(params.filePath)) return params.fileContent;
    const file = sitePath(site.siteDir, params.filePath);
    try {
      return readNotebookNote(params.fileContent, readMarkdown, notebookPageOptions(site, params.filePath)).markdown;
    } catch (error) {
      if (error instanceof NotebookError || error instanceof YamlSyntaxError)
        throw new Error(`${file}:${error.line} notebook: ${error.message}`);
      throw error;
    }
  };
}
