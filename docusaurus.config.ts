import {spawnSync} from 'node:child_process';
import type {Config, LoadContext} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import contentPolicyPlugin from './plugins/content-policy';
import fontFilesPlugin from './plugins/font-files';
import roadmapPlugin from './plugins/roadmap';
import localSearchPlugin from './plugins/search';
import {ALGOLIA_ORIGINS, searchModeOf} from './plugins/search/searchMode';
// Content files allowed to run code: a reviewed list of its own (CONTRIBUTING, "Content that runs code").
import {trustedContent} from './trustedContent';
import {darkCodeTheme, lightCodeTheme} from './src/codeTheme';
import {frontMatterParser, notebookPreprocessor, type NotebookSite} from './plugins/roadmap/source/frontMatter';
import remarkPaperCard from './plugins/roadmap/emit/remarkPaperCard';
import remarkComputedPart from './plugins/roadmap/emit/remarkComputedPart';
import remarkCards from './plugins/roadmap/emit/remarkCards';
import remarkNoteLinks from './plugins/roadmap/emit/remarkNoteLinks';
import remarkViews from './plugins/roadmap/emit/remarkViews';
import {footerColumns} from './plugins/roadmap/navigation/footer';
import {navbarLinks} from './plugins/roadmap/navigation/navbar';
import rehypeSafeContent from './plugins/roadmap/safeContent/rehypeSafeContent';
import {withFeedText} from './plugins/roadmap/safeContent/feedText';
import {withoutPageOnlyParts} from './plugins/roadmap/emit/feedItemContent';

// Docs, papers, blog and pages share one pipeline: math everywhere, and the
// allowlist sanitizer on every file trustedContent.ts does not list, right
// after rehype-raw and before KaTeX (plugins/roadmap/safeContent, CONTRIBUTING
// "Content that runs code").
const math = {
  remarkPlugins: [remarkMath],
  // [[wikilinks]], [@citations], References and "Linked from" (plugins/roadmap/emit/remarkNoteLinks.ts);
  // before Docusaurus's own, so that the References heading gets an anchor and a table-of-contents entry.
  // ```view blocks, as the tables the roadmap plugin computed (plugins/roadmap/emit/remarkViews.ts).
  // ```cards blocks, as "Check yourself", first, so the links of their cards resolve with the body's
  // (plugins/roadmap/emit/remarkCards.ts).
  beforeDefaultRemarkPlugins: [
    [remarkCards, {siteDir: __dirname}],
    [remarkNoteLinks, {siteDir: __dirname}],
    [remarkViews, {siteDir: __dirname}],
  ],
  beforeDefaultRehypePlugins: [[rehypeSafeContent, {siteDir: __dirname, trusted: trustedContent}]],
  rehypePlugins: [rehypeKatex],
};

// The site's address comes from the environment so that a fork deploys
// without editing this file (see README, "Configuration").
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const baseUrl = process.env.BASE_URL ?? '/';

/** A navbar item's "active" pattern: any of these paths (`a|b`) below the base URL, and the pages under them. */
const under = (paths: string) => `^${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(${paths})(/|$)`;

// Jupyter notebooks are notes too (README, "Notebooks"); "Open in Colab" needs
// the GitHub repository, which GitHub Actions names in GITHUB_REPOSITORY.
const repository = process.env.SITE_REPOSITORY ?? process.env.GITHUB_REPOSITORY;
const notebookSite: NotebookSite = {
  siteDir: __dirname,
  baseUrl,
  ...(repository ? {repository: {name: repository, branch: process.env.SITE_BRANCH ?? 'main'}} : {}),
};
/** Every note file a content plugin publishes: Markdown and Jupyter notebooks. */
const notes = ['**/*.{md,mdx}', '**/*.ipynb'];

const inGitWorktree =
  spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {cwd: __dirname, stdio: 'ignore'}).status === 0;

// Local Pagefind search unless ALGOLIA_APP_ID, ALGOLIA_SEARCH_KEY and
// ALGOLIA_INDEX are all set (README, "Search"). Never both.
const search = searchModeOf(process.env);
// A Content-Security-Policy in every built page (plugins/content-policy); SITE_CSP=off leaves it out.
const contentPolicy =
  process.env.SITE_CSP === 'off'
    ? []
    : [() => contentPolicyPlugin({connect: search.kind === 'algolia' ? ALGOLIA_ORIGINS : []})];

const papers: DocsOptions = {
  id: 'papers',
  path: 'papers',
  routeBasePath: 'papers',
  include: notes,
  // No sidebar: a sidebar listing every paper is embedded in every paper page,
  // so output would grow with the square of the log (architecture.md).
  sidebarPath: false,
  showLastUpdateTime: true,
  ...math,
  // Each paper note starts with its log card, computed from the validated paper at build time.
  remarkPlugins: [...math.remarkPlugins, [remarkPaperCard, {siteDir: __dirname}]],
};

const config: Config = {
  title: 'ML Specialist Roadmap',
  tagline:
    'A 2–3 year public plan to become a machine learning specialist: courses, papers, projects and MLOps, tracked in the open.',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: undefined,

  // experimental_vcs: true reads the git history once for every file instead
  // of one `git log` per file, which matters with thousands of paper notes. It
  // refuses a folder outside a Git worktree (the temporary sites of the tests
  // and benchmarks): those build without "last updated" dates.
  future: {v4: true, faster: true, experimental_vcs: inGitWorktree},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    // .md is CommonMark (no JSX, `{` is text); .mdx is MDX.
    format: 'detect',
    // Keep dates as the author typed them so that `npm run check` and the
    // build see the same values (js-yaml would silently roll 2025-02-30 over).
    parseFrontMatter: frontMatterParser(notebookSite),
    // mdx-loader compiles the file's own text: a notebook's JSON becomes its Markdown here.
    preprocessor: notebookPreprocessor(notebookSite),
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {defaultLocale: 'en', locales: ['en']},

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'docs',
          include: notes,
          sidebarPath: './sidebars.ts',
          // "Last updated" from git history (one `git log` for the whole
          // repository: future.experimental_vcs).
          showLastUpdateTime: true,
          ...math,
          // A page whose kind has a card starts with it, and the curriculum and
          // notes index pages with their lists, computed from the model.
          remarkPlugins: [...math.remarkPlugins, [remarkComputedPart, {siteDir: __dirname}]],
        },
        blog: {
          path: 'blog',
          include: notes,
          showReadingTime: true,
          feedOptions: {
            type: ['rss', 'atom'],
            xslt: true,
            // Any title or post yields well-formed XML (plugins/roadmap/safeContent/feedText.ts), without
            // the citation cards and "Linked from" a page adds (plugins/roadmap/emit/feedItemContent.ts).
            createFeedItems: async ({defaultCreateFeedItems, ...params}) =>
              (await defaultCreateFeedItems(params)).map((item) => withFeedText(withoutPageOnlyParts(item))),
          },
          onInlineTags: 'throw',
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'warn',
          ...math,
        },
        pages: {...math},
        theme: {
          customCss: [
            './src/css/custom.css',
            // Served from the site itself: the stylesheet and fonts of the
            // katex that rehype-katex renders with (tests/unit/katex.test.ts).
            require.resolve('katex/dist/katex.min.css'),
          ],
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    ['@docusaurus/plugin-content-docs', papers],
    (context: LoadContext) => roadmapPlugin(context, {paperSearch: search, trustedContent}),
    ...(search.kind === 'local' ? [localSearchPlugin] : []),
    fontFilesPlugin,
    ...contentPolicy,
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    // preset-classic adds Docusaurus's Algolia theme (DocSearch) when this is set.
    ...(search.kind === 'algolia'
      ? {
          algolia: {
            appId: search.appId,
            apiKey: search.searchKey,
            indexName: search.indexName,
            // Keeps DocSearch to page records (language + docusaurus_tag); the paper-log records in the
            // same index have no hierarchy, and DocSearch's modal and /search fail on them.
            contextualSearch: true,
            searchPagePath: 'search',
          },
        }
      : {}),
    navbar: {
      title: 'ML Specialist Roadmap',
      logo: {alt: 'Roadmap logo', src: 'img/logo.svg'},
      // Every kind's items from the registry, active on its pages (plugins/roadmap/navigation/navbar.ts).
      items: navbarLinks().map(({to, label, activeUnder}) => ({
        to,
        label,
        position: 'left' as const,
        ...(activeUnder === undefined ? {} : {activeBaseRegex: under(activeUnder)}),
      })),
    },
    footer: {
      style: 'dark',
      links: footerColumns(),
      copyright: `Written in public. Built with Docusaurus.`,
    },
    // GitHub's and Dracula's colours, moved just enough for AA contrast (axe).
    prism: {theme: lightCodeTheme, darkTheme: darkCodeTheme},
  } satisfies Preset.ThemeConfig,
};

export default config;
