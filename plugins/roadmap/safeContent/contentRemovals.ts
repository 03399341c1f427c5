import type {Element, Nodes, Root} from 'hast';
import {find, html} from 'property-information';
import {sanitizeContent} from './sanitizeContent';
import {safeContentSchema} from './schema';

/** One thing the sanitizer takes out of a page. */
export interface Removal {
  /** Where the element starts in the file (offset into its text), when known. */
  offset: number | undefined;
  line: number | undefined;
  tagName: string;
  /** The attribute, as written in HTML (`onerror`, `href`); none when the whole element goes. */
  attribute?: string;
  /** The attribute's value as the browser would have read it. */
  value?: string;
  /** Whether the element's content goes with it (script, style, iframe …) or stays as text. */
  withContent: boolean;
  /** Whether the element had any content (a `<base>` or `<meta>` has none). */
  hasContent: boolean;
}

interface MarkData {
  safeContentId?: number;
}

/**
 * What `sanitizeContent` removes from a rendered file. Not a second opinion:
 * each element of the tree is numbered, the sanitizer runs on it, and every
 * element or attribute missing from its output is a removal. So `npm run
 * check` reports exactly what the build takes out (tests compare the two).
 * Text is never reported (code blocks are text), nor are comments.
 */
export function contentRemovals(tree: Root): Removal[] {
  const originals: Element[] = [];
  const mark = (node: Nodes) => {
    if (node.type === 'element') {
      const data: MarkData = {...(node.data as MarkData | undefined), safeContentId: originals.length};
      node.data = data as Element['data'];
      originals.push(node);
    }
    if ('children' in node) for (const child of node.children) mark(child as Nodes);
  };
  mark(tree);

  const kept = new Map<number, Element>();
  const collect = (node: Nodes) => {
    if (node.type === 'element') {
      const id = (node.data as MarkData | undefined)?.safeContentId;
      if (id !== undefined) kept.set(id, node);
    }
    if ('children' in node) for (const child of node.children) collect(child as Nodes);
  };
  collect(sanitizeContent(tree));

  const strip = new Set(safeContentSchema.strip ?? []);
  const removals: Removal[] = [];
  const report = (node: Nodes, near: Element | undefined) => {
    if (node.type === 'element') {
      const id = (node.data as MarkData).safeContentId!;
      const where = node.position ?? near?.position;
      const at = {offset: where?.start.offset, line: where?.start.line, tagName: node.tagName};
      const after = kept.get(id);
      if (!after) {
        const withContent = strip.has(node.tagName);
        removals.push({...at, withContent, hasContent: node.children.length > 0});
        if (withContent) return;
      } else {
        for (const [property, value] of Object.entries(node.properties)) {
          const left = after.properties[property];
          if (sameValue(value, left)) continue;
          removals.push({
            ...at,
            attribute: find(html, property).attribute,
            value: removedPart(value, left),
            withContent: false,
            hasContent: false,
          });
        }
      }
      for (const child of node.children) report(child, node.position ? node : near);
    } else if ('children' in node) {
      for (const child of node.children) report(child as Nodes, near);
    }
  };
  report(tree, undefined);
  return removals;
}

type PropertyValue = Element['properties'][string];

function sameValue(before: PropertyValue, after: PropertyValue): boolean {
  if (Array.isArray(before) && Array.isArray(after))
    return before.length === after.length && before.every((item, i) => item === after[i]);
  return before === after;
}

/** What of a value was taken out: all of it, or the items of a list (`class`) that were. */
function removedPart(before: PropertyValue, after: PropertyValue): string {
  if (Array.isArray(before)) {
    const left = new Set(Array.isArray(after) ? after : []);
    return before.filter((item) => !left.has(item)).join(' ');
  }
  return before === true ? '' : String(before ?? '');
}
