import {notebookMarkdown, type ImageRemoval, type NotebookMarkdownOptions} from '../notebook/notebookMarkdown';
import {readNotebook, frontMatterCell, NotebookError} from '../notebook/readNotebook';
import type {ParsedMarkdown} from './parsedMarkdown';
import {YamlSyntaxError} from './yaml';

/** A content file that is a Jupyter notebook rather than Markdown. */
export function isNotebook(file: string): boolean {
  return file.toLowerCase().endsWith('.ipynb');
}

export interface ParsedNotebook extends ParsedMarkdown {
  /** The Markdown the site renders for it: front matter (as written in the raw cell) and body. */
  markdown: string;
  /** A line of `markdown` to its line in the notebook file. */
  lineInFile: (line: number) => number;
  rendered: ReturnType<typeof notebookMarkdown>;
}

/**
 * A notebook as a note: the raw cell's front matter (read by the same YAML
 * reader as a `.md` file's, its lines mapped to the file's), and the body the
 * site renders. Without front matter, or without a `title` in it, the first
 * `# ` heading of a markdown cell is the title.
 */
export function readNotebookNote(
  text: string,
  read: (markdown: string) => ParsedMarkdown,
  options: NotebookMarkdownOptions,
): ParsedNotebook {
  const notebook = readNotebook(text);
  const rendered = notebookMarkdown(notebook, options);
  const cell = frontMatterCell(notebook);
  // The raw cell's line k is the file's line sourceLine + k - 1 when Jupyter wrote one source line per file line.
  const cellLine = (line: number) =>
    cell ? (cell.sourceLinePerLine ? cell.sourceLine + line - 1 : cell.sourceLine) : 1;
  const frontText = rendered.frontMatterText === undefined ? '' : `${rendered.frontMatterText.replace(/\s*$/, '')}\n`;
  let parsed: ParsedMarkdown;
  try {
    parsed = read(frontText);
  } catch (error) {
    if (error instanceof YamlSyntaxError)
      throw new NotebookError(cellLine(error.line), `front matter: ${error.message}`);
    throw error;
  }
  // Docusaurus reads `mdx.format` to compile a file as MDX, which runs code: a notebook is always CommonMark.
  if ('mdx' in parsed.frontMatter || 'format' in parsed.frontMatter) {
    const key = 'mdx' in parsed.frontMatter ? 'mdx' : 'format';
    throw new NotebookError(
      cellLine(parsed.lineOf([key])),
      `front matter: ${key} is not allowed in a notebook (expected none: a notebook's cells are always CommonMark, never MDX)`,
    );
  }
  const frontMatter =
    parsed.frontMatter.title === undefined && rendered.headingTitle !== undefined
      ? {...parsed.frontMatter, title: rendered.headingTitle}
      : parsed.frontMatter;
  const frontLines = frontText === '' ? 0 : frontText.split('\n').length - 1;
  return {
    ...parsed,
    frontMatter,
    content: rendered.body.trim(),
    lineOf: (path) => cellLine(parsed.lineOf(path)),
    markdown: `${frontText}${rendered.body}`,
    lineInFile: (line) => (line <= frontLines ? cellLine(line) : rendered.lineInFile(line - frontLines)),
    rendered,
  };
}

/**
 * The text `npm run check` scans for what the sanitizer would remove, with
 * the file's line of each of its lines: a notebook's rendered Markdown, or a
 * Markdown file as it is.
 */
export interface RenderedMarkdown {
  text: string;
  lineInFile: (line: number) => number;
  /** What the SVG sanitizer takes out of a notebook's published images, at the cells' lines; none for Markdown. */
  imageRemovals?: readonly ImageRemoval[];
}

export function scannedText(file: string, text: string, read: (markdown: string) => ParsedMarkdown): RenderedMarkdown {
  if (!isNotebook(file)) return {text, lineInFile: (line) => line};
  try {
    const note = readNotebookNote(text, read, {imageUrl: (output) => `/${output.name}`, download: './notebook.ipynb'});
    return {text: note.markdown, lineInFile: note.lineInFile, imageRemovals: note.rendered.imageRemovals};
  } catch {
    // A notebook that does not read is reported as such by the check.
    return {text: '', lineInFile: () => 1};
  }
}
