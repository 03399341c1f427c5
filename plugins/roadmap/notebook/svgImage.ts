import type {Element, Nodes, Root} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {sanitize} from 'hast-util-sanitize';
import {find, svg} from 'property-information';
import {isSafeCss} from './svgCss';
import {PRESENTATION_ATTRIBUTES, svgImageSchema} from './svgImageSchema';
import {svgDocument} from './svgXml';

/**
 * An SVG saved by a notebook (an output, a markdown cell's attachment, a
 * Plotly or Vega fallback), made safe to publish as a file of the site:
 * opened at its own address it is a document on the site's origin, so it
 * must be an image and nothing more (svgImageSchema.ts). Parsed as the HTML
 * parser parses an `<svg>` inside a page (hast-util-from-html: SVG names
 * and namespaces, `xlink:href`, CDATA as text; a DOCTYPE and its entities
 * are never expanded), filtered by the allowlist, then written as a
 * standalone XML document of its own (svgXml.ts).
 */
export interface SvgImage {
  /** The file to publish; undefined when the text holds no `<svg>` element. */
  svg: string | undefined;
  /** What was taken out, for `npm run check` (the build publishes `svg` without a word). */
  removed: SvgRemoval[];
}

export interface SvgRemoval {
  /** The element, as its tag is written (`script`, `foreignObject`), or `!DOCTYPE`. */
  element: string;
  /** The attribute, as written (`onload`, `xlink:href`); none when the whole element goes. */
  attribute?: string;
  /** The attribute's value as it was read. */
  value?: string;
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';

/**
 * Left out without a report: what every matplotlib figure carries and no
 * reader sees (its `<metadata>` RDF), and the namespace declarations the
 * file gets anew.
 */
const UNREPORTED_ELEMENTS = new Set(['metadata']);
const UNREPORTED_ATTRIBUTES = new Set(['xmlns', 'xmlnsXLink']);

/** An internal DTD subset: entity declarations, which an XML reader would expand. */
const INTERNAL_SUBSET = /<!DOCTYPE[^>[]*\[/i;

interface MarkData {
  svgImageId?: number;
}

export function svgImage(text: string): SvgImage {
  const removed: SvgRemoval[] = INTERNAL_SUBSET.test(text) ? [{element: '!DOCTYPE'}] : [];
  const root = firstSvg(fromHtml(text, {fragment: true}));
  if (!root) return {svg: undefined, removed};

  const originals: Element[] = [];
  const mark = (node: Element) => {
    node.data = {...node.data, svgImageId: originals.length} as Element['data'];
    originals.push(node);
    for (const c of node.children) if (c.type === 'element') mark(c);
  };
  mark(root);

  const clean = sanitize(withSafeCss(structuredClone(root)), svgImageSchema);
  const kept = new Map<number, Element>();
  const collect = (node: Nodes) => {
    if (node.type === 'element') kept.set((node.data as MarkData).svgImageId!, node);
    if ('children' in node) for (const c of node.children) collect(c);
  };
  collect(clean);
  const report = (node: Element) => {
    const after = kept.get((node.data as MarkData).svgImageId!);
    if (!after) {
      if (!UNREPORTED_ELEMENTS.has(node.tagName)) removed.push({element: node.tagName});
      return; // its content went with it
    }
    for (const [key, value] of Object.entries(node.properties)) {
      if (key in after.properties || UNREPORTED_ATTRIBUTES.has(key)) continue;
      removed.push({element: node.tagName, attribute: find(svg, key).attribute, value: valueText(value)});
    }
    for (const c of node.children) if (c.type === 'element') report(c);
  };
  report(root);

  if (clean.type !== 'element') return {svg: undefined, removed};
  const usesXlink = hasProperty(clean, 'xLinkHref');
  clean.properties = {
    xmlns: SVG_NAMESPACE,
    ...(usesXlink ? {xmlnsXLink: XLINK_NAMESPACE} : {}),
    ...clean.properties,
  };
  return {svg: svgDocument(clean), removed};
}

/** The outermost `<svg>`: what comes before it (an XML declaration, a DOCTYPE, comments) is no part of the picture. */
function firstSvg(tree: Root | Element): Element | undefined {
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'svg') return node;
    const inner = firstSvg(node);
    if (inner) return inner;
  }
  return undefined;
}

const CSS_VALUED = new Set(PRESENTATION_ATTRIBUTES.map((attribute) => find(svg, attribute).property));
/** An XML attribute name, optionally with one prefix (`xlink:href`). */
const XML_NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

/**
 * What the schema cannot judge by name: CSS that would load or leave the
 * file (in `<style>`, `style=` and presentation attributes), a `<style>`
 * holding markup, markup inside `<title>`/`<desc>` (which the HTML parser
 * reads as HTML), and attribute names XML cannot hold (`data-{x}`).
 */
function withSafeCss(node: Element): Element {
  for (const [key, value] of Object.entries(node.properties)) {
    const text = valueText(value);
    if ((CSS_VALUED.has(key) && !isSafeCss(text)) || !XML_NAME.test(find(svg, key).attribute))
      delete node.properties[key];
  }
  const textOnly = node.tagName === 'style' || node.tagName === 'title' || node.tagName === 'desc';
  const before = node.children.length;
  node.children = node.children.filter((c) => {
    if (c.type === 'comment') return false;
    if (textOnly && c.type === 'element') return false;
    if (node.tagName === 'style' && c.type === 'text' && !isSafeCss(c.value)) return false;
    if (c.type === 'element') withSafeCss(c);
    return true;
  });
  // A style sheet judged unsafe goes whole: what is left of it would style something else.
  if (node.tagName === 'style' && node.children.length < before) node.tagName = 'unsafe style';
  return node;
}

function hasProperty(node: Element, key: string): boolean {
  return key in node.properties || node.children.some((c) => c.type === 'element' && hasProperty(c, key));
}

function valueText(value: Element['properties'][string]): string {
  if (Array.isArray(value)) return value.join(' ');
  return value === true ? '' : String(value ?? '');
}
