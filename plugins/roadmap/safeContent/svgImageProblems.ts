import type {ImageRemoval} from '../notebook/notebookMarkdown';
import type {SvgRemoval} from '../notebook/svgImage';
import type {Problem} from '../site/problem';
import {quoteSource} from '../site/quoteSource';

/**
 * What the build takes out of a notebook's SVG images (notebook/svgImage.ts)
 * as check's problems, at the line of the cell that shows the image. The
 * build publishes the image without them, trusted file or not: a published
 * SVG is a document on the site's origin whoever wrote it, so check reports
 * them for every notebook.
 */
export function svgImageProblems(file: string, removals: readonly ImageRemoval[]): Problem[] {
  return removals.map(({line, removal}) => ({
    file,
    line,
    field: removal.attribute === undefined ? `<${removal.element}>` : `<${removal.element} ${removal.attribute}>`,
    message: `removed from an SVG image (${reason(removal)}; expected ${EXPECTED}, got ${quoteSource(found(removal))})`,
  }));
}

const EXPECTED = "what a picture needs: shapes, text, gradients, clip paths, and references to the image's own #ids";

function found({element, attribute, value}: SvgRemoval): string {
  if (attribute === undefined) return element === '!DOCTYPE' ? '<!DOCTYPE … [' : `<${element}>`;
  return value ? `${attribute}="${value}"` : attribute;
}

/** Why it goes, in the reader's terms: the file opened at its own address is a page of the site. */
function reason({element, attribute, value = ''}: SvgRemoval): string {
  if (attribute === undefined) {
    if (element === '!DOCTYPE') return 'entity declarations expand into markup when the file is read as XML';
    if (element === 'script' || element.endsWith(':script')) return 'a script runs when the image is opened';
    if (element === 'foreignObject') return 'it embeds HTML, which can run code';
    if (/^(animate|animateMotion|animateTransform|set|discard)$/.test(element))
      return 'an animation can run a handler or turn a link into javascript:';
    if (element === 'style')
      return 'this style sheet loads from elsewhere or hides what it does (url, @import, escapes)';
    return 'not an element a picture needs';
  }
  if (/^on/i.test(attribute)) return 'an event handler runs code';
  if (/^(xlink:)?href$/.test(attribute)) {
    return /^\s*(javascript|vbscript):/i.test(value)
      ? 'a javascript: link runs code'
      : 'it loads or links something outside the image';
  }
  if (/url\(|image-set|@|\\/i.test(value))
    return 'it loads from elsewhere or hides what it does (url, @import, escapes)';
  return 'not an attribute a picture needs';
}
