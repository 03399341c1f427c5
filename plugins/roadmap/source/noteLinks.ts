import {parseMarkdownHeadingId, createSlugger} from '@docusaurus/utils';
import type {Heading, Nodes, Root, Text} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {mathFromMarkdown} from 'mdast-util-math';
import {toString} from 'mdast-util-to-string';
import {math} from 'micromark-extension-math';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {cutWikilinkProblem, cutWikilinks, type CutWikilink} from './cutWikilinks';
import {hasLinkText, splitLinkText} from './linkSyntax';

/** One link a note's body writes, where it writes it (1-based line of the file). */
export type NoteLinkInText =
  | {kind: 'wikilink'; source: string; target: string; heading?: string; label?: string; line: number}
  | {kind: 'citation'; source: string; keys: string[]; line: number}
  | {kind: 'markdown'; url: string; line: number}
  /** A `[[…]]` the renderer cannot read as one link (cutWikilinks.ts): refused by check and the build. */
  | {kind: 'invalid'; source: string; problem: string; line: number};

/** Nodes whose text is not prose: code, math, and the text of links and raw HTML. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'html', 'link', 'linkReference', 'definition']);

/**
 * Calls `onText` for every text node of prose that holds a link form, with
 * its parent and index, and `onCut` for every `[[…]]` other syntax cut into
 * several nodes: the one walk check and the remark plugin share, so both see
 * wikilinks in the same places and never in code or math.
 */
export function forEachLinkText(
  tree: Root,
  onText: (node: Text, parent: {children: Nodes[]}, index: number) => void,
  onCut: (cut: CutWikilink) => void = () => {},
) {
  const walk = (node: Nodes) => {
    if (!('children' in node)) return;
    const parent = node as {children: Nodes[]};
    for (const cut of cutWikilinks(node)) onCut(cut);
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

/** The build's parser: mdx-loader adds GFM and directives to the site's math (docusaurus.config.ts). */
const buildParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkMath).freeze();

/**
 * Where the build's parser could read a wikilink otherwise than CommonMark
 * with math does: a `[[…]]` holding what opens a directive (`:name`), an
 * autolink literal (`www.`, `http:`, `a@b.co`) or `~strikethrough~`, or a
 * table, whose `|` splits cells. Elsewhere the two agree on every wikilink,
 * and CommonMark alone parses in half the time (check on 2,000 papers).
 */
const BUILD_ONLY_SYNTAX = /\[\[[^\]\n]*(?:[:~@]|www\.)|^ {0,3}\|?[ \t]*:?-+:?[ \t]*\|/m;

/** A body as the build reads its links, and the text its offsets point into. */
function parsedBody(text: string): {tree: Root; source: string} {
  const source = withoutFrontMatter(text);
  const tree = BUILD_ONLY_SYNTAX.test(source)
    ? buildParser.parse(source)
    : fromMarkdown(source, {extensions: [math()], mdastExtensions: [mathFromMarkdown()]});
  return {tree, source};
}

/** Parses a note's body as the renderer does (CommonMark, math, GFM, directives), its front matter blanked so lines stay true. */
export function parseNoteBody(text: string): Root {
  return parsedBody(text).tree;
}

/** Where the body starts: after the front matter's closing line, if there is front matter. */
export function bodyStart(text: string): number {
  if (!text.startsWith('---')) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(3));
  return close ? 3 + close.index + close[0].length : 0;
}

/** The front matter's lines left empty: a body link's line is its line in the file. */
function withoutFrontMatter(text: string): string {
  const end = bodyStart(text);
  return end === 0 ? text : text.slice(0, end).replace(/[^\n]/g, '') + text.slice(end);
}

/** A fenced block of YAML a body holds (```view, ```cards): its text, and the file's line of its first line. */
export interface YamlBlock {
  yaml: string;
  /** The line of `yaml`'s first line in the rendered text (a notebook's Markdown). */
  line: number;
}

/** The info strings of the fenced blocks the site computes: each is YAML, never shown as code. */
export type BlockLanguage = 'view' | 'cards';

/**
 * A fence whose info string is `lang`, anywhere on its line (in a quote, a
 * list item): the only bodies whose tree its blocks need. The tree decides
 * what is a block, as the remark plugins do (emit/fencedBlocks.ts).
 */
const fence = (lang: BlockLanguage) => new RegExp(`(?:\`{3,}|~{3,})[ \\t]*${lang}[ \\t]*$`, 'm');
const FENCES: Record<BlockLanguage, RegExp> = {view: fence('view'), cards: fence('cards')};

/**
 * One note's body, parsed at most once and only when asked: most notes of a
 * large log link nothing (no `[`), and a note's headings matter only when a
 * link names one of them, so check on 2,000 papers parses few bodies.
 */
export class NoteBody {
  private body: {tree: Root; source: string} | undefined;
  private found: NoteLinkInText[] | undefined;
  private anchors: {id: string; text: string}[] | undefined;
  private blocks: Partial<Record<BlockLanguage, YamlBlock[]>> = {};

  /** `lineInFile` maps a line of `text` to the file's (a notebook's text is the Markdown it renders). */
  constructor(
    private readonly text: string,
    private readonly lineInFile: (line: number) => number = (line) => line,
  ) {}

  private parsed(): {tree: Root; source: string} {
    this.body ??= parsedBody(this.text);
    return this.body;
  }

  /** Every Markdown link, wikilink and citation, in the order of the text. */
  get links(): NoteLinkInText[] {
    // Each form starts with `[`; front matter's YAML lists (`tags: [a, b]`) do not count.
    this.found ??= this.text.includes('[', bodyStart(this.text))
      ? linksIn(this.parsed().tree, this.parsed().source).map((link) => ({...link, line: this.lineInFile(link.line)}))
      : [];
    return this.found;
  }

  /**
   * The URL of every Markdown link and image, at its line: what Docusaurus's
   * mdx-loader turns into a published file when it names one that exists.
   */
  get fileLinks(): {url: string; line: number}[] {
    // Both forms hold a `[`: a body without one is not parsed.
    if (!this.text.includes('[', bodyStart(this.text))) return [];
    return urlsIn(this.parsed().tree).map((link) => ({...link, line: this.lineInFile(link.line)}));
  }

  /** Every ```view block, in the order of the text (the order the remark plugin meets them in). */
  get views(): YamlBlock[] {
    return this.blocksOf('view');
  }

  /** Every ```cards block, in the order of the text. */
  get cards(): YamlBlock[] {
    return this.blocksOf('cards');
  }

  private blocksOf(lang: BlockLanguage): YamlBlock[] {
    this.blocks[lang] ??= FENCES[lang].test(this.text.slice(bodyStart(this.text)))
      ? yamlBlocksIn(this.parsed().tree, lang)
      : [];
    return this.blocks[lang];
  }

  /** A line of the rendered text as the file's line. */
  fileLine(line: number): number {
    return this.lineInFile(line);
  }

  /** Each heading's anchor and text, as Docusaurus makes them (`{#id}`, else the slugged text). */
  get headings(): {id: string; text: string}[] {
    this.anchors ??= headingsIn(this.parsed().tree);
    return this.anchors;
  }
}

const bodies = new WeakMap<object, NoteBody>();

/**
 * The body of a rendered file, made once per rendering: the links, the file
 * links and the views of a file share one parse.
 */
export function noteBodyOf(rendered: {text: string; lineInFile: (line: number) => number}): NoteBody {
  return bodies.get(rendered) ?? bodies.set(rendered, new NoteBody(rendered.text, rendered.lineInFile)).get(rendered)!;
}

/** Every wikilink, citation and Markdown link of a body, and its headings' anchors, at once. */
export function readNoteBody(text: string): {links: NoteLinkInText[]; headings: {id: string; text: string}[]} {
  const body = new NoteBody(text);
  return {links: body.links, headings: body.headings};
}

function linksIn(tree: Root, source: string): NoteLinkInText[] {
  const links: NoteLinkInText[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'link') links.push({kind: 'markdown', url: node.url, line: node.position?.start.line ?? 1});
    if ('children' in node && !NOT_PROSE.has(node.type)) for (const child of node.children) visit(child);
  };
  visit(tree);
  const byNode: NoteLinkInText[][] = [];
  const cut: NoteLinkInText[] = [];
  forEachLinkText(
    tree,
    (node) => {
      const line = node.position?.start.line ?? 1;
      byNode.push(splitLinkText(node.value).flatMap((part) => (part.kind === 'text' ? [] : [{...part, line}])));
    },
    (found) => cut.push({kind: 'invalid', ...cutWikilinkProblem(found, source)}),
  );
  // The walk visits text nodes last to first; readers and tests expect the order of the text.
  return [...links, ...byNode.reverse().flat(), ...cut].sort((a, b) => a.line - b.line);
}

/** The ```lang code blocks of a tree, anywhere (a list item, an admonition), in document order. */
export function yamlBlocksIn(tree: Root, lang: BlockLanguage): YamlBlock[] {
  const blocks: YamlBlock[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'code' && isBlockOf(node, lang))
      blocks.push({yaml: node.value, line: (node.position?.start.line ?? 0) + 1});
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return blocks;
}

/** A code block that is one of the site's blocks: its info string is `lang` and nothing else. */
export function isBlockOf(node: {lang?: string | null; meta?: string | null}, lang: BlockLanguage): boolean {
  return node.lang === lang && (node.meta ?? '') === '';
}

function urlsIn(tree: Root): {url: string; line: number}[] {
  const urls: {url: string; line: number}[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'image') urls.push({url: node.url, line: node.position?.start.line ?? 1});
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return urls;
}

function headingsIn(tree: Root): {id: string; text: string}[] {
  const slugger = createSlugger();
  const headings: {id: string; text: string}[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading') headings.push(headingAnchor(node, slugger));
    else if ('children' in node && !NOT_PROSE.has(node.type)) for (const child of node.children) visit(child);
  };
  visit(tree);
  return headings;
}

function headingAnchor(heading: Heading, slugger: ReturnType<typeof createSlugger>): {id: string; text: string} {
  const parsed = parseMarkdownHeadingId(toString(heading), 'classic');
  return {id: parsed.id ?? slugger.slug(parsed.text), text: parsed.text};
}
