import type {Compiler, Configuration, RuleSetRule, RuleSetUseItem} from 'webpack';
import {contentMdxRules, isMdxLoader, type UseItem} from './contentMdxRules';
import {OUTPUT_FILES_FOLDER, type OutputFile} from '../notebook/outputFiles';

/**
 * The bundler's side of notebooks as notes. The docs, papers and blog plugins
 * compile their `.md` files with a rule of their own (mdx-loader, with that
 * instance's remark and rehype plugins); a notebook in their folder gets a
 * copy of that rule for `.ipynb`, so everything downstream (math, GFM,
 * admonitions, links, the sanitizer, the cards) applies unchanged. The copy
 * compiles as CommonMark whatever the site's `markdown.format`: the bundler
 * would otherwise take an unknown extension for MDX, where `{` and `<` in a
 * cell run code. The site's `markdown.preprocessor` turns the JSON into that
 * Markdown (source/frontMatter.ts, notebookPreprocessor).
 */
export function notebookRules(config: Configuration, contentDirs: readonly string[]): RuleSetRule[] {
  return contentMdxRules(config, contentDirs).map((rule) => ({
    ...rule,
    test: /\.ipynb$/i,
    use: rule.use.map(asCommonMark),
  }));
}

function asCommonMark(item: UseItem): RuleSetUseItem {
  if (!isMdxLoader(item)) return item as RuleSetUseItem;
  const options = (typeof item.options === 'object' ? item.options : {}) as {markdownConfig?: object};
  return {...item, options: {...options, markdownConfig: {...options.markdownConfig, format: 'md'}}};
}

const NAME = 'roadmap-notebook-outputs';

/**
 * Publishes the output images of the site's notebooks (notebookOutputs.ts)
 * as files of the build (and of the dev server, in memory), at
 * `<baseUrl>assets/notebook-outputs/<hash>.<ext>`. The images reach the page
 * as files, never as base64: Docusaurus's own image loader inlines images
 * under 10 KB as data: URIs. Emitted at every compilation, cached or not:
 * the persistent cache restores modules, not what a hook adds.
 */
export class NotebookOutputFiles {
  constructor(private readonly outputFiles: () => readonly OutputFile[]) {}

  apply(compiler: Compiler): void {
    const {Compilation, sources} = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL}, () => {
        for (const file of this.outputFiles()) {
          const name = `${OUTPUT_FILES_FOLDER}/${file.name}`;
          if (!compilation.getAsset(name)) compilation.emitAsset(name, new sources.RawSource(Buffer.from(file.bytes)));
        }
      });
    });
  }
}
