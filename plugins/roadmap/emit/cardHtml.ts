import type {Element, ElementContent, Root as HastRoot} from 'hast';
import {sanitize} from 'hast-util-sanitize';
import {toHtml} from 'hast-util-to-html';
import type {PhrasingContent} from 'mdast';
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {safeContentSchema} from '../safeContent/schema';
import {splitLinkText} from '../source/linkSyntax';
import {forEachLinkText, parseNoteBody} from '../source/noteLinks';
import type {LinkIndex} from './linkIndex';
import {wikilinkLink} from './wikilinkLink';

export interface CardHtmlOptions {
  /** The site's links, as the remark plugin of links resolves them (wikilinks, citations, site addresses). */
  index: LinkIndex;
  /** The note the card is in: what its relative links are relative to. */
  file: string;
  /** Prefixed to every site address in Anki's copy (`https://me.github.io`): Anki opens links outside the site. */
  origin: string;
  /** The site's base URL (`/` or `/kb/`), for a site address that is no page (`/papers`, `/img/x.png`). */
  baseUrl: string;
}

/** A card's text twice: for /review, math as MathML (no KaTeX script or fonts); for Anki, math as `\(…\)` for its MathJax. */
export interface CardHtml {
  review: string;
  anki: string;
}

const toHast = unified().use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).freeze();
const katex = unified().use(rehypeKatex, {output: 'mathml', strict: false}).freeze();

const text = (value: string): PhrasingContent => ({type: 'text', value});

/**
 * A card's question or answer as HTML, rendered as its note's page renders
 * Markdown: CommonMark with math, wikilinks and citations resolved, then the
 * site's allowlist sanitizer (check refused any card it would change). Site
 * links get the base URL, and Anki's the origin too.
 */
export function cardHtml(markdown: string, options: CardHtmlOptions): CardHtml {
  const plain = plainText(markdown);
  if (plain !== undefined) return {review: plain, anki: plain};
  return renderedCardHtml(markdown, options);
}

/**
 * Text no Markdown or HTML syntax can touch: no markup, entity, math, link
 * or autolink character, one line, not opening a list or a quote. Most cards
 * are such text, and their HTML is a paragraph of it; the render costs
 * 0.2 ms a text, seconds at 10,000 cards (benchmarks/cards.md).
 */
const MARKUP = /[\\`*_[\]<>&"!#$|~{}^@\n\r\t]|:\/\/|www\./i;
const OPENS_BLOCK = /^(?:[-+>=]|\d+[.)])(?:\s|$)/;

function plainText(markdown: string): string | undefined {
  const text = markdown.trim();
  if (text === '' || MARKUP.test(text) || OPENS_BLOCK.test(text) || /\s{2,}/.test(text)) return undefined;
  return `<p>${text}</p>`;
}

/** `cardHtml` without its shortcut for plain text: what the shortcut must equal. */
export function renderedCardHtml(markdown: string, options: CardHtmlOptions): CardHtml {
  const {index} = options;
  const tree = parseNoteBody(markdown);
  forEachLinkText(tree, (node, parent, at) => {
    const nodes = splitLinkText(node.value).map((part): PhrasingContent => {
      if (part.kind === 'text') return text(part.value);
      if (part.kind === 'wikilink') {
        const resolved = index.targets.resolveName(part.target, part.heading);
        return resolved.target === undefined ? text(part.source) : wikilinkLink(index, resolved, part.label);
      }
      const labels = part.keys.flatMap((key): PhrasingContent[] => {
        const resolved = index.targets.resolveCitation(key);
        if (resolved.target === undefined) return [text(key)];
        const label = index.papers.get(resolved.target.file)?.label ?? resolved.target.title;
        return [{type: 'link', url: resolved.target.route, children: [text(label)]}];
      });
      return {type: 'emphasis', children: [text('('), ...joined(labels), text(')')]};
    });
    parent.children.splice(at, 1, ...(nodes as typeof parent.children));
  });
  const hast = sanitize(toHast.runSync(tree) as HastRoot, safeContentSchema) as HastRoot;
  const addresses: {element: Element; property: 'href' | 'src'; value: string}[] = [];
  visitElements(hast, (element) => {
    const property = element.tagName === 'a' ? 'href' : element.tagName === 'img' ? 'src' : undefined;
    const value = property && element.properties[property];
    if (property && typeof value === 'string') addresses.push({element, property, value: siteAddress(value, options)});
  });
  for (const {element, property, value} of addresses) element.properties[property] = value;
  const review = toHtml(katex.runSync(structuredClone(hast)) as HastRoot).trim();
  for (const {element, property, value} of addresses)
    if (value.startsWith('/')) element.properties[property] = options.origin + value;
  return {review, anki: toHtml(withAnkiMath(hast)).trim()};
}

/** Citations of several papers, `; `-separated as the page writes them. */
function joined(labels: PhrasingContent[]): PhrasingContent[] {
  return labels.flatMap((label, i) => (i === 0 ? [label] : [text('; '), label]));
}

/**
 * An address of the site as /review and Anki reach it: a note's (`/papers/resnet`,
 * `./bert.md`) as its permalink, any other site path with the base URL; an
 * address with a scheme, a fragment or another host as written.
 */
function siteAddress(href: string, {index, file, baseUrl}: CardHtmlOptions): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('//')) return href;
  const hash = href.includes('#') ? href.slice(href.indexOf('#')) : '';
  const resolved = index.targets.resolveUrl(href.slice(0, href.length - hash.length), file);
  if (resolved?.target) return resolved.target.permalink + hash;
  return href.startsWith('/') ? baseUrl.replace(/\/$/, '') + href : href;
}

function visitElements(node: HastRoot | Element, visit: (element: Element) => void) {
  for (const child of node.children)
    if (child.type === 'element') {
      visit(child);
      visitElements(child, visit);
    }
}

/** The TeX remark-math left in a math element: its text children. */
const textOf = (element: Element) => element.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

/** remark-math's `<code class="math-inline">` as `\(…\)`, and its display block as `\[…\]`, which Anki's MathJax typesets. */
function withAnkiMath(tree: HastRoot): HastRoot {
  const replace = (children: ElementContent[]): ElementContent[] =>
    children.map((child): ElementContent => {
      if (child.type !== 'element') return child;
      const classes = Array.isArray(child.properties.className) ? child.properties.className : [];
      if (child.tagName === 'code' && classes.includes('math-inline'))
        return {type: 'text', value: `\\(${textOf(child)}\\)`};
      const inner =
        child.tagName === 'pre' ? child.children.find((c): c is Element => c.type === 'element') : undefined;
      const innerClasses = inner && Array.isArray(inner.properties.className) ? inner.properties.className : [];
      if (inner && innerClasses.includes('math-display')) {
        return {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [{type: 'text', value: `\\[${textOf(inner)}\\]`}],
        };
      }
      return {...child, children: replace(child.children)};
    });
  return {...tree, children: replace(tree.children as ElementContent[]) as HastRoot['children']};
}
