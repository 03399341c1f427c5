import path from 'node:path';
import type {Root} from 'hast';
import remarkMath from 'remark-math';
import {describe, expect, it} from 'vitest';
import type {Options} from '@docusaurus/mdx-loader/lib/options';
import {createProcessorUncached} from '@docusaurus/mdx-loader/lib/processor';
import preprocessContent from '@docusaurus/mdx-loader/lib/preprocessor';
import {contentRemovals, type Removal} from '../../plugins/roadmap/safeContent/contentRemovals';
import {renderMarkdown} from '../../plugins/roadmap/safeContent/renderMarkdown';
import {attackFiles, BENIGN_FILES} from '../support/attackCorpus';

/**
 * check renders a file with its own unified pipeline; the build with
 * Docusaurus's mdx-loader. Both hand the tree to the same sanitizer, so they
 * agree if the trees agree where it matters: here each file goes through
 * Docusaurus's own processor (format 'md', the site's markdown settings:
 * future.v4 turns mdx1Compat off) and the removals found on the tree its
 * sanitizer step receives must be the ones check finds.
 */
const SITE_DIR = path.resolve(__dirname, '../..');

const markdownConfig = {
  format: 'detect',
  mermaid: false,
  emoji: true,
  preprocessor: undefined,
  parseFrontMatter: async () => ({frontMatter: {}, content: ''}),
  mdx1Compat: {comments: false, admonitions: false, headingIds: false},
  anchors: {maintainCase: false},
  remarkRehypeOptions: undefined,
  hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
} as const;

type Found = Pick<Removal, 'line' | 'tagName' | 'attribute' | 'value'>;
const summary = ({line, tagName, attribute, value}: Removal): Found => ({line, tagName, attribute, value});

async function buildRemovals(file: string, text: string): Promise<Found[]> {
  let found: Found[] = [];
  const capture = () => (tree: Root) => {
    found = contentRemovals(structuredClone(tree)).map(summary);
  };
  const options = {
    markdownConfig,
    admonitions: true,
    remarkPlugins: [remarkMath],
    beforeDefaultRemarkPlugins: [],
    beforeDefaultRehypePlugins: [capture],
    rehypePlugins: [],
    recmaPlugins: [],
    staticDirs: [path.join(SITE_DIR, 'static')],
    siteDir: SITE_DIR,
  } as unknown as Options;
  const processor = await createProcessorUncached({options, format: 'md'});
  const filePath = path.join(SITE_DIR, file);
  const content = preprocessContent({
    fileContent: text,
    filePath,
    markdownConfig: options.markdownConfig,
    admonitions: true,
  });
  await processor.process({content, filePath, frontMatter: {}, compilerName: 'client'});
  return found;
}

async function checkRemovals(text: string): Promise<Found[]> {
  return contentRemovals((await renderMarkdown(text)).tree).map(summary);
}

describe("check's render agrees with Docusaurus's", () => {
  const {files} = attackFiles('docs/attacks');
  const cases = Object.entries({
    ...files,
    ...BENIGN_FILES,
    'docs/notes/unwrapped.md': '# Unwrapped\n\n```mdx-code-block\n<img src=x onerror=alert(1)>\n```\n',
    'docs/notes/heading.md': '## Hi <img src=x onerror=alert(1)> {#hi}\n\n:::note{#a .b}\nx\n:::\n',
  });
  it.each(cases)('%s', {timeout: 30_000}, async (file, text) => {
    const build = await buildRemovals(file, text);
    const check = await checkRemovals(text);
    expect(check).toEqual(build);
    if (file.startsWith('docs/attacks')) expect(check.length).toBeGreaterThanOrEqual(5);
  });
});
