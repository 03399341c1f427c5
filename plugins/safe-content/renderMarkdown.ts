import type {Root} from 'hast';
import rehypeRaw from 'rehype-raw';
import remarkComment from '@slorber/remark-comment';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
// Docusaurus's own plugin, so that `:::note` becomes the same `admonition`
// element in check as in the build (the package has no exports map).
import admonitionsExport from '@docusaurus/mdx-loader/lib/remark/admonitions';

/**
 * A `.md` file rendered to hast as Docusaurus renders it with
 * `markdown.format: 'detect'` (mdx-loader's processor.ts, MDX `format: 'md'`),
 * up to the point where the sanitizer runs: the same CommonMark parser and
 * the same syntax extensions (front matter, directives and admonitions, GFM,
 * HTML comments as Docusaurus's mdx1Compat reads them, math), remark-rehype,
 * then rehype-raw, which parses the author's HTML with parse5 into elements.
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
  return remark
    .use(remarkGfm)
    .use(remarkComment)
    .use(remarkMath)
    .use(remarkRehype, {allowDangerousHtml: true})
    .use(rehypeRaw)
    .freeze();
}
const withAdmonitions = pipeline({admonitions: true});
// The admonitions plugin costs a third of the render: a file without `:::` has none to make.
const withoutAdmonitions = pipeline({admonitions: false});

/** Async: Docusaurus's admonitions plugin is. */
export async function renderMarkdown(text: string): Promise<Root> {
  const processor = text.includes(':::') ? withAdmonitions : withoutAdmonitions;
  return (await processor.run(processor.parse(text))) as Root;
}
