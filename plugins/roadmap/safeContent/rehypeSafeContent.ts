import type {Root} from 'hast';
import type {VFile} from 'vfile';
import {isTrusted} from '../source/trustedContent';
import {mdxFileProblem} from './mdxContent';
import {formatProblem} from '../site/problem';
import {sanitizeContent} from './sanitizeContent';
import {sitePath} from '../site/sitePath';

export interface SafeContentOptions {
  siteDir: string;
  /** trustedContent.ts: files and folders (ending in `/`) left as their author wrote them. */
  trusted: readonly string[];
}

/**
 * The rehype step Docusaurus runs on every docs, papers, blog and Markdown
 * page file, right after rehype-raw has turned the author's HTML into
 * elements (docusaurus.config.ts, `beforeDefaultRehypePlugins`): everything
 * outside the allowlist is removed, unless trustedContent.ts lists the file.
 * `npm run check` reports the same removals (contentRemovals.ts).
 */
export default function rehypeSafeContent(options: SafeContentOptions) {
  return (tree: Root, file: VFile): Root => {
    const relative = sitePath(options.siteDir, file.path);
    if (isTrusted(relative, options.trusted)) return tree;
    // An untrusted MDX file is refused before its content is compiled (the
    // roadmap plugin, and check). Should one get here, its JSX and
    // expressions are the author's: the sanitizer cannot keep them apart.
    const frontMatter = (file.data as {frontMatter?: Record<string, unknown>}).frontMatter;
    const mdx = mdxFileProblem({file: relative, frontMatter}, options.trusted);
    if (mdx) throw new Error(formatProblem(mdx));
    return sanitizeContent(tree);
  };
}
