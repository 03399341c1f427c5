import type {Element, Nodes, Root, RootContent} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {sanitize} from 'hast-util-sanitize';
import {toHtml} from 'hast-util-to-html';
import type {Node as EstreeNode} from 'estree-jsx';
import type {} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-mdxjs-esm';
import type {} from 'mdast-util-mdx-expression';
import {safeContentSchema} from './schema';

/**
 * The rendered tree of an untrusted `.md` file, with only what the allowlist
 * (schema.ts) permits.
 *
 * hast-util-sanitize drops every node type it does not know, and Docusaurus's
 * own remark plugins leave MDX nodes in the tree of a `.md` file: the page
 * title's `<header>` (contentTitle), local images and file links whose `src`
 * and `href` are `require()` expressions (transformImage, transformLinks),
 * and the table of contents (`export const toc`, toc). An author cannot write
 * any of them: Docusaurus compiles `.md` with MDX's `format: 'md'`, whose
 * parser has no JSX, expression or ESM syntax, and rehype-raw parses raw HTML
 * with parse5, which makes only elements, text and comments. So those MDX
 * nodes are Docusaurus's own and are kept, and what they hold from the author
 * is sanitized: the children of a JSX element, and the HTML strings the table
 * of contents is rendered from (`dangerouslySetInnerHTML` in TOCItems: a
 * heading's raw HTML reaches it unparsed). MDX expressions, which no plugin
 * makes in a `.md` file, are dropped.
 */
export function sanitizeContent(tree: Root): Root {
  return {...tree, children: sanitizeChildren(tree.children)};
}

/**
 * A tag name parse5 can never produce (it lower-cases names and splits them
 * at spaces), so an author's HTML cannot pose as a kept MDX node.
 */
const SLOT = 'MDX node';
const schemaWithSlots = {...safeContentSchema, tagNames: [...(safeContentSchema.tagNames ?? []), SLOT]};

interface SlotData {
  safeContentSlot?: number;
}

function sanitizeChildren(children: readonly RootContent[]): RootContent[] {
  const kept: RootContent[] = [];
  const withSlots = children.map((child) => withMdxSlots(child, kept));
  const clean = sanitize({type: 'root', children: withSlots}, schemaWithSlots);
  const result = clean.type === 'root' ? clean.children : [clean as RootContent];
  return result.map((node) => restoreSlots(node, kept)).filter((node): node is RootContent => node !== undefined);
}

/** A copy of `node` where each kept MDX node is an empty placeholder element; the nodes go into `kept`. */
function withMdxSlots(node: RootContent, kept: RootContent[]): RootContent {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      kept.push({...node, children: sanitizeChildren(node.children) as typeof node.children});
      return slot(kept.length - 1);
    case 'mdxjsEsm':
      kept.push({...node, data: {...node.data, estree: sanitizeTocStrings(node.data?.estree)}});
      return slot(kept.length - 1);
    case 'element':
      return {
        ...node,
        children: node.children.map((child) => withMdxSlots(child, kept) as Element['children'][number]),
      };
    default:
      return node;
  }
}

function slot(index: number): Element {
  const data: SlotData = {safeContentSlot: index};
  // hast-util-sanitize copies `data`, so the slot keeps its number.
  return {type: 'element', tagName: SLOT, properties: {}, children: [], data: data as Element['data']};
}

function restoreSlots(node: RootContent, kept: readonly RootContent[]): RootContent | undefined {
  if (node.type !== 'element') return node;
  if (node.tagName === SLOT) return kept[(node.data as SlotData | undefined)?.safeContentSlot ?? -1];
  node.children = node.children
    .map((child) => restoreSlots(child, kept))
    .filter((child): child is Element['children'][number] => child !== undefined);
  return node;
}

/**
 * The `value` strings of `export const toc = [{value, id, level}, …]`: the
 * heading's HTML as Docusaurus's toc plugin wrote it, through the same
 * allowlist.
 */
function sanitizeTocStrings<T extends EstreeNode | null | undefined>(program: T): T {
  if (!program) return program;
  const visit = (node: EstreeNode) => {
    if (
      node.type === 'Property' &&
      // estree-util-value-to-estree writes `{"value": …}`; a hand-written tree might write `{value: …}`.
      ((node.key.type === 'Literal' && node.key.value === 'value') ||
        (node.key.type === 'Identifier' && node.key.name === 'value')) &&
      node.value.type === 'Literal' &&
      typeof node.value.value === 'string'
    ) {
      const safe = sanitizeHtml(node.value.value);
      node.value = {type: 'Literal', value: safe, raw: JSON.stringify(safe)};
      return;
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) for (const item of child) visitIfNode(item);
      else visitIfNode(child);
    }
  };
  const visitIfNode = (value: unknown) => {
    if (value && typeof value === 'object' && typeof (value as {type?: unknown}).type === 'string')
      visit(value as EstreeNode);
  };
  visit(program);
  return program;
}

/** An HTML fragment through the allowlist. */
export function sanitizeHtml(html: string): string {
  const clean: Nodes = sanitize(fromHtml(html, {fragment: true}), safeContentSchema);
  return toHtml(clean);
}
