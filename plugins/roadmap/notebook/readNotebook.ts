/**
 * A Jupyter notebook (`.ipynb`, nbformat 4) read from its JSON text into the
 * few things the site renders: cells with their source, execution count and
 * saved outputs, and the kernel's language. Nothing is executed: the build
 * needs no Python, kernel or network. Errors carry the line in the file.
 */

/** Past this size a notebook is refused: its outputs would be a page no reader waits for (README, "Notebooks"). */
export const NOTEBOOK_SIZE_LIMIT = 5 * 1024 * 1024;

export type MimeBundle = Readonly<Record<string, unknown>>;

export type NotebookOutput =
  | {type: 'stream'; name: string; text: string}
  | {type: 'error'; ename: string; evalue: string; traceback: string[]}
  | {type: 'display_data' | 'execute_result'; data: MimeBundle; metadata: MimeBundle};

export interface NotebookCell {
  type: 'markdown' | 'code' | 'raw';
  source: string;
  executionCount: number | null;
  outputs: NotebookOutput[];
  /** A markdown cell's pasted images (`![x](attachment:name.png)`), by name: a MIME bundle each. */
  attachments: Readonly<Record<string, MimeBundle>>;
  /** 1-based line of the cell's `"cell_type"` in the file. */
  line: number;
  /** 1-based line of the cell's first source line in the file (Jupyter writes one source line per file line). */
  sourceLine: number;
  /** Whether each source line sits on a line of its own in the file (Jupyter's list form). */
  sourceLinePerLine: boolean;
}

export interface Notebook {
  nbformat: number;
  /** The kernel's language (`python`, `r`, `julia`…), for highlighting code cells. */
  language: string | undefined;
  cells: NotebookCell[];
}

export class NotebookError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'NotebookError';
  }
}

/** Jupyter stores multi-line text as a list of lines or as one string. */
export function joinedText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((line): line is string => typeof line === 'string').join('');
  return '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/**
 * Where each cell starts: Jupyter writes `"cell_type"` once per cell as a key
 * (the same words inside a source string have escaped quotes, `\"`).
 */
function cellPositions(text: string): {line: number; sourceLine: number; perLine: boolean}[] {
  const starts = [...text.matchAll(/(?<!\\)"cell_type"\s*:/g)].map((match) => match.index);
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? text.length;
    const source = /(?<!\\)"source"\s*:\s*(\[\s*)?/.exec(text.slice(start, end));
    const sourceAt = source ? start + source.index + source[0].length : start;
    return {line: lineAtOffset(text, start), sourceLine: lineAtOffset(text, sourceAt), perLine: !!source?.[1]};
  });
}

/**
 * The line of a JSON.parse error. V8 names the position in most messages;
 * for an unexpected token it quotes the text around it instead (up to 10
 * characters either side, `...` where cut), which is found in the file.
 */
function jsonErrorLine(text: string, error: unknown): {line: number; message: string} {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined)
    return {line: lineAtOffset(text, Number(position)), message: message.replace(/ in JSON at position \d+.*/, '')};
  const quoted = /^Unexpected token '([\s\S]+?)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (quoted) {
    const [, token = '', cut, around = ''] = quoted;
    const start = text.indexOf(around);
    const at = start === -1 ? text.length : start + (cut ? 10 : Math.max(0, around.indexOf(token)));
    const shown = token.trim() === '' ? 'a line break' : `'${token}'`;
    return {line: lineAtOffset(text, at), message: `unexpected ${shown}`};
  }
  return {line: lineAtOffset(text, text.length), message};
}

function readOutput(value: unknown): NotebookOutput | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.output_type) {
    case 'stream':
      return {
        type: 'stream',
        name: typeof value.name === 'string' ? value.name : 'stdout',
        text: joinedText(value.text),
      };
    case 'error':
      return {
        type: 'error',
        ename: typeof value.ename === 'string' ? value.ename : 'Error',
        evalue: typeof value.evalue === 'string' ? value.evalue : '',
        traceback: Array.isArray(value.traceback)
          ? value.traceback.filter((l): l is string => typeof l === 'string')
          : [],
      };
    case 'display_data':
    case 'execute_result':
      return {
        type: value.output_type,
        data: isRecord(value.data) ? value.data : {},
        metadata: isRecord(value.metadata) ? value.metadata : {},
      };
    default:
      return undefined;
  }
}

/** Reads a notebook's text; throws NotebookError naming the line and what was expected. */
export function readNotebook(text: string): Notebook {
  if (text.length > NOTEBOOK_SIZE_LIMIT) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new NotebookError(
      1,
      `too large (expected at most ${mb(NOTEBOOK_SIZE_LIMIT)}, got ${mb(text.length)}; clear large outputs or save figures smaller)`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const {line, message} = jsonErrorLine(text, error);
    throw new NotebookError(line, `not valid JSON (expected a notebook as Jupyter saves it: ${message})`);
  }
  if (!isRecord(json) || !Array.isArray(json.cells)) {
    const v3 = isRecord(json) && Array.isArray(json.worksheets);
    const format = isRecord(json) && typeof json.nbformat === 'number' ? json.nbformat : undefined;
    throw new NotebookError(
      1,
      v3 || (format !== undefined && format < 4)
        ? `nbformat ${format ?? 3} is too old (expected nbformat 4 or later: open and save it in Jupyter, or run jupyter nbconvert --to notebook)`
        : 'not a notebook (expected a JSON object with a "cells" list, as Jupyter saves it)',
    );
  }
  const nbformat = typeof json.nbformat === 'number' ? json.nbformat : 0;
  if (nbformat < 4) {
    throw new NotebookError(
      lineAtOffset(text, Math.max(0, text.indexOf('"nbformat"'))),
      `nbformat ${nbformat} is too old (expected nbformat 4 or later: open and save it in Jupyter, or run jupyter nbconvert --to notebook)`,
    );
  }
  const metadata = isRecord(json.metadata) ? json.metadata : {};
  const kernelspec = isRecord(metadata.kernelspec) ? metadata.kernelspec : {};
  const languageInfo = isRecord(metadata.language_info) ? metadata.language_info : {};
  const language =
    typeof languageInfo.name === 'string'
      ? languageInfo.name
      : typeof kernelspec.language === 'string'
        ? kernelspec.language
        : undefined;
  const positions = cellPositions(text);
  const savedCells: unknown[] = json.cells;
  const cells = savedCells.map((cell, i): NotebookCell => {
    const where = positions.length === savedCells.length ? positions[i]! : {line: 1, sourceLine: 1, perLine: false};
    if (!isRecord(cell) || (cell.cell_type !== 'markdown' && cell.cell_type !== 'code' && cell.cell_type !== 'raw')) {
      throw new NotebookError(where.line, `cell ${i + 1}: unknown cell type (expected markdown, code or raw)`);
    }
    return {
      type: cell.cell_type,
      source: joinedText(cell.source),
      executionCount: typeof cell.execution_count === 'number' ? cell.execution_count : null,
      outputs: Array.isArray(cell.outputs) ? cell.outputs.flatMap((o) => readOutput(o) ?? []) : [],
      attachments: isRecord(cell.attachments)
        ? Object.fromEntries(
            Object.entries(cell.attachments).filter((entry): entry is [string, MimeBundle] => isRecord(entry[1])),
          )
        : {},
      line: where.line,
      sourceLine: where.sourceLine,
      sourceLinePerLine: where.perLine,
    };
  });
  return {nbformat, language, cells};
}

/** The front matter cell: a first raw cell holding YAML between `---` lines (Quarto's and Jupytext's convention). */
export function frontMatterCell(notebook: Notebook): NotebookCell | undefined {
  const first = notebook.cells[0];
  return first?.type === 'raw' && /^---[ \t]*\r?\n/.test(first.source) ? first : undefined;
}
