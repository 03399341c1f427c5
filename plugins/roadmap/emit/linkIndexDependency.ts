import type {Configuration, RuleSetUseItem} from 'webpack';
import {contentMdxRules, isMdxLoader, type UseItem} from './contentMdxRules';

/**
 * Makes every content page's compiled MDX depend on the link index: a page
 * renders the titles, addresses and anchors of the pages it links and the
 * cards of the papers it cites, so it must be compiled again when they change,
 * by the dev server and by a production build that reuses the bundler's
 * persistent cache (`future.faster`). The plugin rewrites the index only when
 * it changes (Docusaurus's createData keeps an unchanged file), so editing a
 * note's text recompiles that note alone.
 */
export function dependOnLinkIndex(config: Configuration, contentDirs: readonly string[], indexFile: string): void {
  for (const rule of contentMdxRules(config, contentDirs))
    rule.use = rule.use.map((item) => withDependency(item, indexFile));
}

function withDependency(item: UseItem, file: string): RuleSetUseItem {
  if (!isMdxLoader(item)) return item as RuleSetUseItem;
  // mdx-loader adds each of `dependencies` to every file it compiles (its loader.js).
  const options = (typeof item.options === 'object' ? item.options : {}) as {dependencies?: string[]};
  return {...item, options: {...options, dependencies: [...(options.dependencies ?? []), file]}};
}
