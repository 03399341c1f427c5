import {writeFile} from 'node:fs/promises';
import path from 'node:path';

/** The config file, beside the site's own, that builds the same Markdown as plain Docusaurus. */
const PLAIN_CONFIG = 'plain-docusaurus.config.ts';

/**
 * Plain Docusaurus in its best layout for this content (architecture.md,
 * "Measured facts"): papers in their own docs instance with no sidebar, KaTeX
 * on every page, the same docs and blog options and future flags as ours, and
 * no roadmap or search plugin. What our site costs beyond it is the ratio the
 * benchmark reports.
 */
const CONFIG = `import type {Config} from '@docusaurus/types';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

const math = {remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex]};

const config: Config = {
  title: 'Plain Docusaurus',
  url: 'http://localhost:3000',
  baseUrl: '/',
  future: {v4: true, faster: true, experimental_vcs: true},
  // The notes may link to pages only the roadmap plugin generates.
  onBrokenLinks: 'warn',
  markdown: {format: 'detect', hooks: {onBrokenMarkdownLinks: 'warn'}},
  presets: [
    [
      'classic',
      {
        docs: {path: 'docs', routeBasePath: 'docs', sidebarPath: './sidebars.ts', showLastUpdateTime: true, ...math},
        blog: {
          path: 'blog',
          showReadingTime: true,
          feedOptions: {type: ['rss', 'atom'], xslt: true},
          onUntruncatedBlogPosts: 'ignore',
          ...math,
        },
        pages: {...math},
        theme: {customCss: [require.resolve('katex/dist/katex.min.css')]},
      },
    ],
  ],
  plugins: [
    [
      '@docusaurus/plugin-content-docs',
      {id: 'papers', path: 'papers', routeBasePath: 'papers', sidebarPath: false, showLastUpdateTime: true, ...math},
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'Plain Docusaurus',
      items: [
        {type: 'docSidebar', sidebarId: 'notes', position: 'left', label: 'Notes'},
        {to: '/blog', label: 'Writing', position: 'left'},
      ],
    },
  },
};

export default config;
`;

/** Writes the plain config into `siteDir` and returns its path, for `docusaurus build --config`. */
export async function writePlainConfig(siteDir: string): Promise<string> {
  const file = path.join(siteDir, PLAIN_CONFIG);
  await writeFile(file, CONFIG);
  return file;
}
