import {ansiToHtml} from './ansiText';
import {IMAGE_TYPES, outputFile, type OutputFile} from './outputFiles';
import type {SvgRemoval} from './svgImage';
import {
  frontMatterCell,
  joinedText,
  type MimeBundle,
  type Notebook,
  type NotebookCell,
  type NotebookOutput,
} from './readNotebook';

/**
 * A notebook as the CommonMark (never MDX) file the site's Markdown pipeline
 * renders: markdown cells as they are, code cells as fenced code in the
 * kernel's language titled with their execution count, and saved outputs as
 * HTML blocks. Nothing here is trusted: every output reaches the page through
 * the same sanitizer as any note (plugins/roadmap/safeContent), so the markup
 * written here is only what its allowlist keeps (`notebook-*` and `ansi-*`
 * classes, `data-pagefind-ignore`, `<details>`, `<img>` with a same-site
 * `src`), and `npm run check` reports only what the author's outputs bring.
 */
export interface NotebookMarkdownOptions {
  /** Where the page loads an output image from. */
  imageUrl: (file: OutputFile) => string;
  /** Link to the notebook file itself, relative to the page's file (`./name.ipynb`). */
  download?: string;
  /** "Open in Colab", when the site knows its GitHub repository. */
  colab?: string;
}

export interface NotebookMarkdown {
  /** The raw cell's YAML between `---` lines, as written; undefined without one. */
  frontMatterText: string | undefined;
  /** The Markdown body after the front matter. */
  body: string;
  /** The first `# ` heading of a markdown cell: the title when front matter has none. */
  headingTitle: string | undefined;
  /** The notebook file's line of a line of `body`: a markdown cell's own line, or its code cell's start. */
  lineInFile: (bodyLine: number) => number;
  /** Output images, each to be published at `imageUrl(file)`. */
  files: OutputFile[];
  /** What the SVG sanitizer took out of each SVG a cell shows, at the notebook file's line of that cell. */
  imageRemovals: ImageRemoval[];
}

export interface ImageRemoval {
  line: number;
  removal: SvgRemoval;
}

/** Takes each image a cell shows: published once by name, its removals reported at every cell that shows it. */
type ShowImage = (file: OutputFile) => void;

/** Outputs longer than this many lines fold behind a `<details>` the reader opens. */
export const FOLD_LINES = 30;

/** Output types a browser would run (scripts, widgets, Plotly): never rendered, only their static fallback. */
const ACTIVE_TYPE = /^application\//;
/** What an active output is, in a reader's words. */
function activeKind(type: string): string {
  if (type === 'application/javascript') return 'JavaScript';
  if (type.includes('jupyter.widget')) return 'an interactive widget';
  if (type.includes('plotly')) return 'an interactive Plotly chart';
  if (type.includes('vega')) return 'an interactive Vega chart';
  if (type.includes('bokeh')) return 'an interactive Bokeh plot';
  return `an interactive output (${type})`;
}

/** Jupyter's order of preference for what to show, among the types rendered here. */
const SHOWN_TYPES = [
  'text/html',
  'text/markdown',
  'text/latex',
  'image/svg+xml',
  'image/png',
  'image/jpeg',
  'text/plain',
];
/** For an active output: a picture or text saved beside it, rather than its HTML (usually a script loader). */
const FALLBACK_TYPES = [
  'image/png',
  'image/svg+xml',
  'image/jpeg',
  'text/markdown',
  'text/latex',
  'text/html',
  'text/plain',
];

/** `<IPython.core.display.Javascript object>`: a Python repr, not a fallback a reader can use. */
const OBJECT_REPR = /^<[\w.]+ (object|at 0x[0-9a-f]+)>$|^<Figure size [^>]*>$/;

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/**
 * Preformatted text on one line (newlines as `&#10;`), so that CommonMark
 * keeps it one HTML block whatever blank lines or Markdown it holds. As
 * `<pre><code>`: Docusaurus renders that as one of its code blocks (theme
 * colours, scrolling, copy button); a bare `<pre>` loses its element.
 */
function preformatted(html: string): string {
  const text = html.replace(/\n$/, '');
  const lines = text.split('\n').length;
  // The closing newline makes even one line a block: Docusaurus renders a one-line <code> inline.
  const pre = `<pre><code>${text.replaceAll('\r', '').replaceAll('\n', '&#10;')}&#10;</code></pre>`;
  return lines > FOLD_LINES
    ? `<details class="notebook-fold"><summary>Output: ${lines} lines</summary>${pre}</details>`
    : pre;
}

/** An output block on its own, so that nothing around it is read as Markdown, and search skips it. */
function outputBlock(inner: string, kind: string): string {
  return `<div class="notebook-output notebook-${kind}" data-pagefind-ignore="all">${inner}</div>`;
}

/** An output holding Markdown (text/markdown, text/latex): the HTML lines must stand apart from it. */
function markdownOutputBlock(markdown: string, kind: string): string {
  return `<div class="notebook-output notebook-${kind}" data-pagefind-ignore="all">\n\n${markdown.trim()}\n\n</div>`;
}

/**
 * HTML as saved (a DataFrame's table, a library's report): one HTML block, so
 * blank lines (which would end the block and turn the rest into Markdown) go.
 * pandas's own styling (its `<style scoped>`, the table's `dataframe` class,
 * a header row's `text-align`) is dropped here rather than reported: the
 * sanitizer removes every style and class, the site styles tables itself,
 * and every DataFrame would otherwise be a problem for `npm run check`.
 */
function htmlOutput(html: string): string {
  const cleaned = html
    .replace(/<style scoped>[\s\S]*?<\/style>/gi, '')
    .replace(/<table border="1" class="dataframe">/g, '<table>')
    .replace(/<tr style="text-align: right;">/g, '<tr>')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .join('\n');
  return `<div class="notebook-output notebook-html" data-pagefind-ignore="all">\n${cleaned}\n</div>`;
}

/** LaTeX as Jupyter saves it (`$…$`, `$$…$$`, `\[…\]`, or an environment), as display math for KaTeX. */
function latexOutput(latex: string): string {
  const trimmed = latex.trim();
  const inner =
    /^\$\$([\s\S]*)\$\$$/.exec(trimmed)?.[1] ??
    /^\$([\s\S]*)\$$/.exec(trimmed)?.[1] ??
    /^\\\[([\s\S]*)\\\]$/.exec(trimmed)?.[1] ??
    /^\\\(([\s\S]*)\\\)$/.exec(trimmed)?.[1] ??
    trimmed;
  // A blank line would end the math block.
  return markdownOutputBlock(`$$\n${inner.trim().replace(/\n\s*\n/g, '\n')}\n$$`, 'latex');
}

function imageOutput(
  type: string,
  saved: string,
  metadata: MimeBundle,
  alt: string,
  show: ShowImage,
  imageUrl: (file: OutputFile) => string,
): string {
  const file = outputFile(type, saved);
  if (!file) return '';
  show(file);
  // Jupyter saves a display size when the code asked for one (Image(width=…)); it wins over the pixels'.
  const asked = metadata[type];
  const askedSize = typeof asked === 'object' && asked !== null ? (asked as Record<string, unknown>) : {};
  const width = typeof askedSize.width === 'number' ? askedSize.width : file.width;
  const height = typeof askedSize.height === 'number' ? askedSize.height : file.height;
  const size = width && height ? ` width="${Math.round(width)}" height="${Math.round(height)}"` : '';
  return outputBlock(`<img src="${escapeHtml(imageUrl(file))}" alt="${escapeHtml(alt)}"${size}>`, 'image');
}

function renderBundle(
  bundle: MimeBundle,
  metadata: MimeBundle,
  alt: string,
  show: ShowImage,
  imageUrl: (file: OutputFile) => string,
): string {
  const types = Object.keys(bundle);
  const active = types.find((type) => ACTIVE_TYPE.test(type));
  const plain = joinedText(bundle['text/plain']).trim();
  const usable = (type: string) =>
    type in bundle && (type !== 'text/plain' || (plain !== '' && !(active && OBJECT_REPR.test(plain))));
  const type = (active ? FALLBACK_TYPES : SHOWN_TYPES).find(usable);
  const notice = active
    ? outputBlock(`Not shown: ${activeKind(active)}, which would run code in your browser.`, 'omitted')
    : '';
  if (!type) return notice;
  const value = joinedText(bundle[type]);
  let shown: string;
  if (IMAGE_TYPES.includes(type)) {
    shown = imageOutput(type, value, metadata, plain && !OBJECT_REPR.test(plain) ? plain : alt, show, imageUrl);
  } else if (type === 'text/html') shown = htmlOutput(value);
  else if (type === 'text/markdown') shown = markdownOutputBlock(value, 'markdown');
  else if (type === 'text/latex') shown = latexOutput(value);
  else shown = outputBlock(preformatted(escapeHtml(value)), 'text');
  return [shown, notice].filter(Boolean).join('\n\n');
}

function renderOutput(
  output: NotebookOutput,
  alt: string,
  show: ShowImage,
  imageUrl: (file: OutputFile) => string,
): string {
  switch (output.type) {
    case 'stream':
      return outputBlock(preformatted(ansiToHtml(output.text)), output.name === 'stderr' ? 'stderr' : 'stream');
    case 'error': {
      const traceback = output.traceback.length > 0 ? output.traceback.join('\n') : `${output.ename}: ${output.evalue}`;
      return outputBlock(preformatted(ansiToHtml(traceback)), 'error');
    }
    default:
      return renderBundle(output.data, output.metadata, alt, show, imageUrl);
  }
}

/** A fence longer than any run of backticks in the code, so that no cell can close it early. */
function fenceFor(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function codeCell(
  cell: NotebookCell,
  language: string,
  show: ShowImage,
  imageUrl: (file: OutputFile) => string,
): string {
  const label = `In [${cell.executionCount ?? ' '}]:`;
  const fence = fenceFor(cell.source);
  const code =
    cell.source.trim() === ''
      ? []
      : [
          // The wrapper tells search to index this code (plugins/search/markForIndex.ts), unlike other code blocks.
          `<div class="notebook-code">\n\n${fence}${language} title="${label}"\n${cell.source.replace(/\n$/, '')}\n${fence}\n\n</div>`,
        ];
  const alt = `Figure from cell ${label.slice(0, -1)}`;
  const outputs = cell.outputs.map((output) => renderOutput(output, alt, show, imageUrl)).filter(Boolean);
  return [...code, ...outputs].join('\n\n');
}

/**
 * A markdown cell with its pasted images (`![alt](attachment:name.png)`,
 * which Jupyter stores inside the cell) published as files like output
 * images, as `<img>`: Docusaurus takes a Markdown image of `/…` for a file of
 * `static/` and refuses the build when there is none.
 */
function withAttachments(cell: NotebookCell, show: ShowImage, imageUrl: (file: OutputFile) => string): string {
  return cell.source.replace(
    /!\[([^\]]*)\]\(attachment:([^)\s]+)(?:\s+"[^"]*")?\)/g,
    (image, alt: string, name: string) => {
      const bundle = cell.attachments[decodeURIComponent(name)] ?? {};
      const type = IMAGE_TYPES.find((t) => typeof bundle[t] === 'string' || Array.isArray(bundle[t]));
      const file = type && outputFile(type, joinedText(bundle[type]));
      if (!file) return image;
      show(file);
      const size = file.width && file.height ? ` width="${file.width}" height="${file.height}"` : '';
      return `<img src="${escapeHtml(imageUrl(file))}" alt="${escapeHtml(alt)}"${size}>`;
    },
  );
}

/** The kernel's language as a Prism language name. */
function highlightLanguage(language: string | undefined): string {
  const name = (language ?? '').toLowerCase();
  if (name === '' || !/^[a-z0-9+#-]+$/.test(name)) return 'text';
  return name === 'ipython' || name === 'ipython3' ? 'python' : name;
}

const HEADING = /^# +(.+?)\s*#*\s*$/m;

export function notebookMarkdown(notebook: Notebook, options: NotebookMarkdownOptions): NotebookMarkdown {
  const frontCell = frontMatterCell(notebook);
  const cells = frontCell ? notebook.cells.slice(1) : notebook.cells;
  const language = highlightLanguage(notebook.language);
  const files: OutputFile[] = [];
  const imageRemovals: ImageRemoval[] = [];
  const showIn =
    (cell: NotebookCell): ShowImage =>
    (file) => {
      if (!files.some((f) => f.name === file.name)) files.push(file);
      imageRemovals.push(...file.removed.map((removal) => ({line: cell.line, removal})));
    };
  // Each block with the file line it comes from: a markdown cell's own lines, or a code cell's start.
  const blocks = cells.flatMap((cell): {text: string; lineAt: (offset: number) => number}[] => {
    const text =
      cell.type === 'markdown'
        ? withAttachments(cell, showIn(cell), options.imageUrl).trim()
        : cell.type === 'code'
          ? codeCell(cell, language, showIn(cell), options.imageUrl)
          : '';
    // Other raw cells are for nbconvert's other formats (LaTeX, reST), not a web page.
    if (text === '') return [];
    const leading = cell.type === 'markdown' ? (/^\s*/.exec(cell.source)?.[0].split('\n').length ?? 1) - 1 : 0;
    return [
      {
        text,
        lineAt: (offset) =>
          cell.type === 'markdown' && cell.sourceLinePerLine ? cell.sourceLine + leading + offset : cell.line,
      },
    ];
  });
  const headingTitle = cells
    .filter((cell) => cell.type === 'markdown')
    .map((cell) => HEADING.exec(cell.source)?.[1])
    .find((title) => title !== undefined);
  const links = [
    ...(options.download ? [`[Download the notebook (.ipynb)](${options.download})`] : []),
    ...(options.colab ? [`[Open in Colab](${options.colab})`] : []),
  ].join(' · ');
  // The links go under the page's title when the first cell opens with it (Docusaurus takes a leading `# ` as the title).
  const first = blocks[0];
  const opening = first && /^# .*(?:\n|$)/.exec(first.text);
  if (links && first && opening) {
    const rest = first.text.slice(opening[0].length).trim();
    blocks.splice(
      0,
      1,
      {text: opening[0].trim(), lineAt: first.lineAt},
      {text: links, lineAt: first.lineAt},
      ...(rest === '' ? [] : [{text: rest, lineAt: (offset: number) => first.lineAt(offset + 1)}]),
    );
  } else if (links) blocks.unshift({text: links, lineAt: () => first?.lineAt(0) ?? 1});
  const fileLines: number[] = [];
  for (const block of blocks) {
    block.text.split('\n').forEach((_, offset) => fileLines.push(block.lineAt(offset)));
    fileLines.push(block.lineAt(0)); // the blank line between blocks
  }
  return {
    frontMatterText: frontCell?.source,
    body: blocks.map((block) => block.text).join('\n\n') + '\n',
    lineInFile: (line) => fileLines[line - 1] ?? fileLines.at(-1) ?? 1,
    headingTitle,
    files,
    imageRemovals,
  };
}
