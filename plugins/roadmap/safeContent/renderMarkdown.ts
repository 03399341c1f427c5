import type {Root} from 'hast';
import rehypeRaw from 'rehype-raw';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {unwrapMdxCodeBlocks} from '@docusaurus/utils';
// Docusaurus's own plugin, so that `:::note` becomes the same `admonition`
// element in check as in the build (the package has no exports map).
import admonitionsExport from '@docusaurus/mdx-loader/lib/remark/admonitions';

/**
 * A `.md` file rendered to hast as Docusaurus renders it with
 * `markdown.format: 'detect'` (mdx-loader's processor.ts, MDX `format: 'md'`),
 * up to the point where the sanitizer runs: the same CommonMark parser and
 * the same syntax extensions (front matter, directives and admonitions, GFM,
 * math), remark-rehype, then rehype-raw, which parses the author's HTML with
 * parse5 into elements. The site sets `future.v4`, which turns mdx1Compat
 * off: no remark-comment, no legacy heading-id or admonition-title rewriting
 * (an HTML comment is raw HTML, which the sanitizer drops unreported).
 *
 * Left out, because they add nothing the sanitizer judges: heading ids, the
 * table of contents, the page title's `<header>`, and the `require()` of
 * local images and files (all Docusaurus's own, kept by sanitizeContent.ts).
 * KaTeX runs after the sanitizer in the build and is not needed here.
 */
// A CommonJS module: seen from ESM, the default import is its whole `exports`.
const admonitions: typeof admonitionsExport =
  typeof admonitionsExport === 'function'
    ? admonitionsExport
    : (admonitionsExport as unknown as {default: typeof admonitionsExport}).default;

/** The pipeline; Docusaurus's admonitions plugin only turns `:::name` blocks into admonitions. */
function pipeline({admonitions: withAdmonitions}: {admonitions: boolean}) {
  const remark = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective);
  if (withAdmonitions) remark.use(admonitions);
  return remark.use(remarkGfm).use(remarkMath).use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw).freeze();
}
const withAdmonitions = pipeline({admonitions: true});
// The admonitions plugin costs a third of the render: a file without `:::` has none to make.
const withoutAdmonitions = pipeline({admonitions: false});

export interface RenderedMarkdown {
  tree: Root;
  /** The text the tree's offsets point into: the file, after the step below. */
  text: string;
  /** The file's line of a line of `text`. */
  lineInFile: (line: number) => number;
}

/**
 * Async: Docusaurus's admonitions plugin is. Like mdx-loader's preprocessor,
 * first unwraps ```` ```mdx-code-block ```` fences, whose content Docusaurus
 * renders as Markdown, not as code; their two fence lines go, so lines after
 * them are mapped back to the file's.
 */
export async function renderMarkdown(file: string): Promise<RenderedMarkdown> {
  const text = unwrapMdxCodeBlocks(file);
  const processor = text.includes(':::') ? withAdmonitions : withoutAdmonitions;
  const tree = (await processor.run(processor.parse(text))) as Root;
  return {tree, text, lineInFile: text === file ? (line) => line : lineMap(file, text)};
}

/**
 * A fragment of Markdown (a card's question) rendered at once, without
 * admonitions: Docusaurus's plugin for them is what makes a render async,
 * and a card's text holds none.
 */
export function renderFragment(text: string): Root {
  return withoutAdmonitions.runSync(withoutAdmonitions.parse(text)) as Root;
}

/** Lines of `shorter` (the file with some whole lines taken out) to lines of `file`: each is the next equal one. */
function lineMap(file: string, shorter: string): (line: number) => number {
  const original = file.split(/\r?\n/);
  const kept = shorter.split(/\r?\n/);
  const map: number[] = [];
  let at = 0;
  for (const line of kept) {
    while (at < original.length && original[at] !== line) at += 1;
    map.push(at < original.length ? at + 1 : original.length);
    at += 1;
  }
  return (line) => map[line - 1] ?? line;
}
