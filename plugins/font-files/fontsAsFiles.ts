import type {Plugin} from '@docusaurus/types';

/** The module rules of the webpack config a plugin's configureWebpack receives. */
type WebpackConfig = Parameters<NonNullable<Plugin['configureWebpack']>>[0];
export type ModuleRules = NonNullable<NonNullable<WebpackConfig['module']>['rules']>;

/** A font file name every font rule must match. */
const FONT_FILE = 'KaTeX_Main-Regular.woff2';

function isUrlLoader(use: unknown): use is {loader: string; options: Record<string, unknown>} {
  if (typeof use !== 'object' || use === null) return false;
  const entry = use as {loader?: unknown; options?: unknown};
  return (
    typeof entry.loader === 'string' &&
    /[\\/]url-loader[\\/]/.test(entry.loader) &&
    typeof entry.options === 'object' &&
    entry.options !== null
  );
}

/**
 * Docusaurus inlines every font under 10 KB into the CSS as base64
 * (url-loader). KaTeX's stylesheet names three formats of twenty fonts, so
 * that put 118 KB of fonts into the render-blocking CSS of every page, math
 * or not, where a browser fetches one format of the fonts a page uses. This
 * sets the limit of the font rule's url-loader to `false`: every font is a
 * file. Returns how many loaders it changed; zero means Docusaurus's rules
 * changed shape, and the caller should fail rather than inline again.
 */
export function fontsAsFiles(rules: ModuleRules): number {
  let changed = 0;
  for (const rule of rules) {
    if (!rule || rule === '...' || !(rule.test instanceof RegExp) || !rule.test.test(FONT_FILE)) continue;
    for (const use of Array.isArray(rule.use) ? rule.use : [])
      if (isUrlLoader(use)) {
        use.options.limit = false;
        changed += 1;
      }
  }
  return changed;
}
