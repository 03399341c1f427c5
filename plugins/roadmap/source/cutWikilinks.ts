import type {Nodes, Text} from 'mdast';
import type {Position} from 'unist';
import {toString} from 'mdast-util-to-string';
import {addressProblem, splitLinkText} from './linkSyntax';

/**
 * A `[[…]]` that other syntax cut into several nodes of one parent: HTML
 * (`[[resnet|<img …>]]`), emphasis or code in a label, a directive
 * (`[[javascript:alert(1)]]`, where remark-directive reads `:alert`), an
 * autolink. No text node holds the whole, so it is no link: the page would
 * show the brackets as text, the HTML dropped by the sanitizer.
 */
export interface CutWikilink {
  open: Text;
  close: Text;
  /** Every node between the two, the first of which did the cutting; none when a table's `|` cut it into two cells. */
  between: Nodes[];
  byCell?: true;
  /** Offsets of the file that hold it all, from the nearest nodes with a position (or the parent's). */
  within?: {start: number; end: number};
  /** The parent's first line, for a tree with no offsets. */
  withinLine: number;
}

/** The `[[` a text node leaves open at its end, if any: no `[`, `]` or line break after it. */
function openTail(text: Text): string | undefined {
  const last = splitLinkText(text.value).at(-1);
  if (last?.kind !== 'text') return undefined;
  const at = last.value.lastIndexOf('[[');
  if (at < 0) return undefined;
  const tail = last.value.slice(at);
  return /^\[\[[^[\]\n]*$/.test(tail) ? tail : undefined;
}

/** The cut wikilinks among one parent's children (most parents have none: no text with `[[`). */
export function cutWikilinks(parent: {children: readonly Nodes[]; position?: Position}): CutWikilink[] {
  const {children} = parent;
  if (children[0]?.type === 'tableCell') return cutByCells(parent);
  const cuts: CutWikilink[] = [];
  for (let i = 0; i < children.length; i += 1) {
    const open = children[i]!;
    if (open.type !== 'text' || openTail(open) === undefined) continue;
    for (let j = i + 1; j < children.length; j += 1) {
      const node = children[j]!;
      if (node.type === 'break') break;
      if (node.type !== 'text') continue;
      const end = node.value.indexOf(']]');
      const head = end < 0 ? node.value : node.value.slice(0, end);
      if (/[[\]\n]/.test(head)) break;
      if (end < 0) continue;
      if (j > i + 1)
        cuts.push({
          open,
          close: node,
          between: children.slice(i + 1, j),
          ...within(parent, i, j),
          withinLine: parent.position?.start.line ?? 1,
        });
      i = j - 1;
      break;
    }
  }
  return cuts;
}

/** `| [[resnet|ResNet]] |`: GFM ends the cell at the `|`, so one cell ends `[[resnet` and the next begins `ResNet]]`. */
function cutByCells(row: {children: readonly Nodes[]; position?: Position}): CutWikilink[] {
  const cuts: CutWikilink[] = [];
  const cells = row.children.map((cell) => ('children' in cell ? (cell.children as Nodes[]) : []));
  for (let k = 0; k + 1 < cells.length; k += 1) {
    const open = cells[k]!.at(-1);
    const close = cells[k + 1]![0];
    if (open?.type !== 'text' || close?.type !== 'text' || openTail(open) === undefined) continue;
    const end = close.value.indexOf(']]');
    if (end < 0 || /[[\]\n]/.test(close.value.slice(0, end))) continue;
    const start = open.position?.start.offset;
    const stop = close.position?.end.offset;
    cuts.push({
      open,
      close,
      between: [],
      byCell: true,
      ...(start === undefined || stop === undefined ? {} : {within: {start, end: stop}}),
      withinLine: row.position?.start.line ?? 1,
    });
  }
  return cuts;
}

/** The offsets from the last positioned node before `from` (its end) to the first from `to` on (its end). */
function within(
  parent: {children: readonly Nodes[]; position?: Position},
  from: number,
  to: number,
): {within?: {start: number; end: number}} {
  let start = parent.position?.start.offset;
  for (let k = from; k >= 0; k -= 1) {
    const position = parent.children[k]!.position;
    const offset = k === from ? position?.start.offset : position?.end.offset;
    if (offset !== undefined) {
      start = offset;
      break;
    }
  }
  let end = parent.position?.end.offset;
  for (let k = to; k < parent.children.length; k += 1) {
    const offset = parent.children[k]!.position?.end.offset;
    if (offset !== undefined) {
      end = offset;
      break;
    }
  }
  return start === undefined || end === undefined ? {} : {within: {start, end}};
}

/** What a node between the brackets is, in the words of the problem. */
function cutter(node: Nodes): string {
  if (node.type === 'html') return `HTML ${JSON.stringify(node.value)}, which the sanitizer drops`;
  if (node.type === 'textDirective')
    return `":${node.name}", which the renderer reads as a directive (write "\\:" for a colon)`;
  if (node.type === 'link') return `a link to ${node.url}`;
  return `Markdown (${node.type})`;
}

/** The rebuilt text of a cut wikilink, for a tree with no offsets. */
function rebuilt(cut: CutWikilink): string {
  const inner = cut.between.map((node) =>
    node.type === 'html' ? node.value : node.type === 'textDirective' ? `:${node.name}` : toString(node),
  );
  return `${openTail(cut.open) ?? '[['}${cut.byCell ? '|' : inner.join('')}${cut.close.value.slice(0, cut.close.value.indexOf(']]') + 2)}`;
}

/**
 * The cut wikilink as its author wrote it, and its line. GFM's autolink
 * literals replace a text node by pieces with no position, so the file is
 * searched between the nearest nodes that have one (`cut.within`).
 */
function writtenAt(cut: CutWikilink, source: string | undefined): {written: string; line: number} {
  const fallback = {written: rebuilt(cut), line: cut.open.position?.start.line ?? cut.withinLine};
  if (source === undefined || cut.within === undefined) return fallback;
  const {start, end} = cut.within;
  const cutAt = cut.between[0]?.position?.start.offset;
  const shapes = [...source.slice(start, end).matchAll(/\[\[[^[\]\n]*\]\]/g)].map((m) => ({
    written: m[0],
    at: start + m.index,
  }));
  const found =
    shapes.find((m) => cutAt !== undefined && m.at < cutAt && cutAt < m.at + m.written.length) ??
    shapes.find((m) => m.written === fallback.written);
  if (found === undefined) return fallback;
  return {written: found.written, line: source.slice(0, found.at).split('\n').length};
}

/**
 * The problem check and the build report for a cut wikilink, at the line it
 * opens on: a target that is an address gets the address rule's words (the
 * same as an escaped `[[javascript\:…]]` gets from the link index), any
 * other the plain-text rule.
 */
export function cutWikilinkProblem(cut: CutWikilink, source?: string): {source: string; problem: string; line: number} {
  const {written, line} = writtenAt(cut, source);
  const part = splitLinkText(written).find((p) => p.kind === 'wikilink');
  const address = part?.kind === 'wikilink' ? addressProblem(part.target) : undefined;
  return {
    source: written,
    line,
    problem:
      address ??
      (cut.byCell
        ? 'a "|" in a table ends the cell, and cuts the wikilink in two (expected "\\|" for its label in a table, as Obsidian writes it; the page would show it as text)'
        : `a wikilink is plain text (expected no HTML, Markdown or ":name" between [[ and ]], got ${cutter(cut.between[0]!)}; the page would show it as text)`),
  };
}
