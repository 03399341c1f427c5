import type {Configuration, RuleSetUseItem} from 'webpack';

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
  for (const rule of config.module?.rules ?? []) {
    if (!rule || typeof rule !== 'object' || !(rule.test instanceof RegExp) || rule.test.source !== '\\.mdx?$')
      continue;
    const include = Array.isArray(rule.include) ? rule.include : [rule.include];
    const ofContent = include.some(
      (dir) =>
        typeof dir === 'string' && contentDirs.some((content) => dir === content || dir.startsWith(`${content}/`)),
    );
    if (!ofContent || !Array.isArray(rule.use)) continue;
    rule.use = rule.use.map((item) => withDependency(item, indexFile));
  }
}

function withDependency(item: RuleSetUseItem | null | undefined | false | 0 | '', file: string): RuleSetUseItem {
  if (!item || typeof item !== 'object' || !('loader' in item) || !String(item.loader).includes('mdx-loader'))
    return item as RuleSetUseItem;
  // mdx-loader adds each of `dependencies` to every file it compiles (its loader.js).
  const options = (typeof item.options === 'object' ? item.options : {}) as {dependencies?: string[]};
  return {...item, options: {...options, dependencies: [...(options.dependencies ?? []), file]}};
}
