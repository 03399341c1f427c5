/**
 * The parts of a Markdown or MDX file that can become HTML or code: the file
 * with its front matter, fenced code blocks and inline code spans blanked out.
 * Blanked characters become spaces and newlines stay, so an offset in the
 * result is the same line and column as in the file.
 *
 * It errs on the side of scanning: what it cannot tell apart from live
 * content (an indented code block, a fence inside a list or a quote, a code
 * span over several lines) stays in, so the security scan may report text
 * that is harmless but never hides a tag that a renderer would output.
 */
export function textOutsideCode(text: string): string {
  const lines = text.split('\n');
  const out = lines.map((line) => line);
  const blank = (i: number) => (out[i] = ' '.repeat(lines[i]!.length));

  let i = 0;
  if (/^(\uFEFF)?---[ \t]*\r?$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, n) => n > 0 && /^(---|\.\.\.)[ \t]*\r?$/.test(line));
    if (close > 0) for (; i <= close; i += 1) blank(i);
  }

  let fence: {marker: string; length: number} | undefined;
  let htmlEnd: RegExp | undefined;
  for (; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (fence) {
      blank(i);
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(line);
      if (close && close[1]![0] === fence.marker && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (htmlEnd) {
      // Inside a raw HTML block a ``` line is HTML, not a fence (CommonMark 4.6).
      if (htmlEnd.test(line)) htmlEnd = undefined;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})([^\r]*)\r?$/.exec(line);
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      fence = {marker: open[1]![0]!, length: open[1]!.length};
      blank(i);
      continue;
    }
    htmlEnd = htmlBlockEnd(line);
    if (htmlEnd?.test(line) && htmlEnd !== BLANK_LINE) htmlEnd = undefined; // opened and closed on one line
    out[i] = withoutCodeSpans(line);
  }
  return out.join('\n');
}

const BLANK_LINE = /^[ \t]*\r?$/;

/** Where a raw HTML block that starts on `line` ends (CommonMark's seven kinds), or undefined. */
function htmlBlockEnd(line: string): RegExp | undefined {
  if (!/^ {0,3}</.test(line)) return undefined;
  if (/^ {0,3}<(script|pre|style|textarea)(\s|>|\r?$)/i.test(line)) return /<\/(script|pre|style|textarea)>/i;
  if (/^ {0,3}<!--/.test(line)) return /-->/;
  if (/^ {0,3}<\?/.test(line)) return /\?>/;
  if (/^ {0,3}<!\[CDATA\[/.test(line)) return /\]\]>/;
  if (/^ {0,3}<![A-Za-z]/.test(line)) return />/;
  return BLANK_LINE;
}

/**
 * Blanks inline code spans, left to right. Inside a tag a backtick is part of
 * the tag (an HTML tag takes precedence over a code span, CommonMark 6.1), so
 * `<img title="`" onerror=…>` keeps its handler visible.
 */
function withoutCodeSpans(line: string): string {
  let result = '';
  let i = 0;
  while (i < line.length) {
    const char = line[i]!;
    if (char === '<' && /[A-Za-z/]/.test(line[i + 1] ?? '')) {
      const end = tagEnd(line, i);
      result += line.slice(i, end);
      i = end;
      continue;
    }
    if (char === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const close = findClosingRun(line, i + run.length, run.length);
      if (close === -1) {
        result += run;
        i += run.length;
        continue;
      }
      const end = close + run.length;
      result += ' '.repeat(end - i);
      i = end;
      continue;
    }
    result += char;
    i += 1;
  }
  return result;
}

/** The index after the `>` that closes the tag opened at `start`, skipping quoted values. */
function tagEnd(line: string, start: number): number {
  let quote: string | undefined;
  for (let i = start + 1; i < line.length; i += 1) {
    const char = line[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i + 1;
  }
  return line.length;
}

/** A backtick run of exactly `length` from `from`, or -1. */
function findClosingRun(line: string, from: number, length: number): number {
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let match = runs.exec(line); match; match = runs.exec(line)) {
    if (match[0].length === length) return match.index;
  }
  return -1;
}
