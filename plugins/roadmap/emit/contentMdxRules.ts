import type {Configuration, RuleSetRule, RuleSetUseItem} from 'webpack';

/** A loader of a rule's `use` list, or one of the falsy values webpack allows there. */
export type UseItem = RuleSetUseItem | null | undefined | false | 0 | '';

/**
 * The rules the docs, papers and blog plugins compile their Markdown with
 * (`/\.mdx?$/`, mdx-loader with that instance's remark and rehype plugins),
 * found by the folders they include: what notebooks copy and what the link
 * index is a dependency of.
 */
export function contentMdxRules(
  config: Configuration,
  contentDirs: readonly string[],
): (RuleSetRule & {use: UseItem[]})[] {
  return (config.module?.rules ?? []).flatMap((rule) => {
    if (!rule || typeof rule !== 'object' || !(rule.test instanceof RegExp) || rule.test.source !== '\\.mdx?$')
      return [];
    const include = Array.isArray(rule.include) ? rule.include : [rule.include];
    const ofContent = include.some(
      (dir) =>
        typeof dir === 'string' && contentDirs.some((content) => dir === content || dir.startsWith(`${content}/`)),
    );
    return ofContent && Array.isArray(rule.use) ? [rule as RuleSetRule & {use: UseItem[]}] : [];
  });
}

/** Whether a loader is Docusaurus's mdx-loader, whose options the site adjusts. */
export function isMdxLoader(item: UseItem): item is {loader: string; options?: string | Record<string, unknown>} {
  return !!item && typeof item === 'object' && 'loader' in item && String(item.loader).includes('mdx-loader');
}
