import type {Element, ElementContent} from 'hast';
import {find, svg} from 'property-information';

/**
 * A sanitized SVG tree as a standalone XML document. Not hast-util-to-html:
 * it writes HTML, whose `<style>` text is raw and whose attribute values keep
 * `<`, and a browser reading the file as XML stops at either. Here every
 * text and value is escaped as XML reads it, and characters XML 1.0 cannot
 * hold (C0 controls but tab and line breaks, lone surrogates) are left out.
 */
export function svgDocument(root: Element): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root)}\n`;
}

const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escaped(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function attributes(node: Element): string {
  return Object.entries(node.properties)
    .flatMap(([key, value]) => {
      if (value === undefined || value === null || value === false) return [];
      const info = find(svg, key);
      const text = Array.isArray(value)
        ? value.join(info.commaSeparated ? ', ' : ' ')
        : value === true
          ? ''
          : String(value);
      return [` ${info.attribute}="${escaped(text)}"`];
    })
    .join('');
}

function element(node: Element): string {
  const inner = node.children.map(child).join('');
  const open = `<${node.tagName}${attributes(node)}`;
  return inner === '' ? `${open}/>` : `${open}>${inner}</${node.tagName}>`;
}

function child(node: ElementContent): string {
  if (node.type === 'element') return element(node);
  if (node.type === 'text') return escaped(node.value);
  return '';
}
