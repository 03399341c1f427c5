import {parseMarkdownHeadingId, createSlugger} from '@docusaurus/utils';
import type {Heading, Nodes, Root, Text} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {mathFromMarkdown} from 'mdast-util-math';
import {toString} from 'mdast-util-to-string';
import {math} from 'micromark-extension-math';
import {hasLinkText, splitLinkText} from './linkSyntax';

/** One link a note's body writes, where it writes it (1-based line of the file). */
export type NoteLinkInText =
  | {kind: 'wikilink'; source: string; target: string; heading?: string; label?: string; line: number}
  | {kind: 'citation'; source: string; keys: string[]; line: number}
  | {kind: 'markdown'; url: string; line: number};

/** What check and the build read from one note's body: its links, and the anchors of its headings. */
export interface NoteBody {
  links: NoteLinkInText[];
  /** Each heading's anchor and text, as Docusaurus makes them (`{#id}`, else the slugged text). */
  headings: {id: string; text: string}[];
}

/** Nodes whose text is not prose: code, math, and the text of links and raw HTML. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'html', 'link', 'linkReference', 'definition']);

/**
 * Calls `onText` for every text node of prose that holds a link form, with
 * its parent and index: the one walk check and the remark plugin share, so
 * both see wikilinks in the same places and never in code or math.
 */
export function forEachLinkText(tree: Root, onText: (node: Text, parent: {children: Nodes[]}, index: number) => void) {
  const walk = (node: Nodes) => {
    if (!('children' in node)) return;
    const parent = node as {children: Nodes[]};
    // Backwards, so that a callback may replace a node by several.
    for (let index = parent.children.length - 1; index >= 0; index -= 1) {
      const child = parent.children[index]!;
      if (child.type === 'text') {
        if (hasLinkText(child.value)) onText(child, parent, index);
      } else if (!NOT_PROSE.has(child.type)) walk(child);
    }
  };
  walk(tree);
}

/** Parses a note's body as the renderer does (CommonMark, math), its front matter blanked so lines stay true. */
export function parseNoteBody(text: string): Root {
  return fromMarkdown(withoutFrontMatter(text), {extensions: [math()], mdastExtensions: [mathFromMarkdown()]});
}

/** The front matter's lines left empty: a body link's line is its line in the file. */
function withoutFrontMatter(text: string): string {
  if (!text.startsWith('---')) return text;
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(3));
  if (!close) return text;
  const end = 3 + close.index + close[0].length;
  return text.slice(0, end).replace(/[^\n]/g, '') + text.slice(end);
}

/** Every wikilink, citation and Markdown link of a body, in order, and its headings' anchors. */
export function readNoteBody(text: string): NoteBody {
  const tree = parseNoteBody(text);
  const links: NoteLinkInText[] = [];
  const headings: NoteBody['headings'] = [];
  const slugger = createSlugger();
  const visit = (node: Nodes) => {
    if (node.type === 'link') {
      links.push({kind: 'markdown', url: node.url, line: node.position?.start.line ?? 1});
    } else if (node.type === 'heading') {
      headings.push(headingAnchor(node, slugger));
    }
    if ('children' in node && !NOT_PROSE.has(node.type)) for (const child of node.children) visit(child);
  };
  visit(tree);
  const byNode: NoteLinkInText[][] = [];
  forEachLinkText(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    byNode.push(splitLinkText(node.value).flatMap((part) => (part.kind === 'text' ? [] : [{...part, line}])));
  });
  // The walk visits text nodes last to first; readers and tests expect the order of the text.
  return {links: [...links, ...byNode.reverse().flat()].sort((a, b) => a.line - b.line), headings};
}

function headingAnchor(heading: Heading, slugger: ReturnType<typeof createSlugger>): {id: string; text: string} {
  const parsed = parseMarkdownHeadingId(toString(heading), 'classic');
  return {id: parsed.id ?? slugger.slug(parsed.text), text: parsed.text};
}
