import type {Nodes} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';

const FRONT_MATTER = /^(\uFEFF)?---[ \t]*\r?\n[\s\S]*?\n(---|\.\.\.)[ \t]*\r?(\n|$)/;

/** Spaces for every character of `text` but line breaks, so offsets keep their line and column. */
const blanked = (text: string) => text.replace(/[^\r\n]/g, ' ');

/**
 * The parts of a Markdown or MDX file that can become HTML or code: the file
 * with its front matter, code blocks and inline code blanked out. Blanked
 * characters become spaces and line breaks stay, so an offset in the result is
 * the same line and column as in the file.
 *
 * Code is found by micromark, the CommonMark parser Docusaurus's MDX loader
 * uses, so the scan agrees with the renderer on what is code: indented
 * blocks, fences inside lists and quotes, spans over several lines, and a tag
 * that wins over a code span (`<img title="`" onerror=…>` stays visible).
 * MDX has no indented code blocks (an indented `<script>` is live there), so
 * with `mdx` they are not treated as code.
 */
export function textOutsideCode(text: string, {mdx = false}: {mdx?: boolean} = {}): string {
  const frontMatter = FRONT_MATTER.exec(text)?.[0] ?? '';
  const body = blanked(frontMatter) + text.slice(frontMatter.length);
  const tree = fromMarkdown(body, mdx ? {extensions: [{disable: {null: ['codeIndented']}}]} : {});
  const code: [start: number, end: number][] = [];
  const visit = (node: Nodes) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position)
      code.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  let result = '';
  let at = 0;
  for (const [start, end] of code) {
    result += body.slice(at, start) + blanked(body.slice(start, end));
    at = end;
  }
  return result + body.slice(at);
}
