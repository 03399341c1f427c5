import {CHROMIUM_FLAGS} from '../harness/browser';
import {kb} from '../harness/kilobytes';
import {buildRatio, checkGoals} from './scaleGoals';
import {WEIGHED_ROUTES, type ScaleResults, type ScaleRow} from './scaleResults';
import type {Download} from './pageWeight';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const seconds = (s: number) => (s >= 90 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${s.toFixed(1)} s`);
const count = (n: number) => n.toLocaleString('en');
const gz = (download: Download | null) => (download ? kb(download.gzipBytes) : 'n/a');

function mainTable(rows: readonly ScaleRow[]): string {
  return [
    '| papers | our build | plain Docusaurus | ratio | paper page HTML | `/` | `/progress` | `/papers` | first search | `npm run check` | peak memory (ours / plain) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows
      .map((row) =>
        [
          count(row.papers),
          seconds(row.ours.seconds),
          seconds(row.plain.seconds),
          `${buildRatio(row).toFixed(2)}x`,
          kb(row.paperHtml.bytes),
          ...WEIGHED_ROUTES.map((route) => gz(row.downloads[route])),
          gz(row.firstSearch),
          seconds(row.checkSeconds),
          `${mb(row.ours.peakRssBytes)} / ${mb(row.plain.peakRssBytes)}`,
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
  ].join('\n');
}

/** The notebook page of each size's corpus (issue 18): HTML without its figures, which load as files. */
function notebookLines(rows: readonly ScaleRow[]): string {
  const measured = rows.flatMap((row) => (row.notebookPage ? [{papers: row.papers, page: row.notebookPage}] : []));
  if (measured.length === 0) return '';
  return measured
    .map(
      ({papers, page}) =>
        `Notebook page (three figures), ${count(papers)} papers: HTML ${kb(page.bytes)} (${kb(page.gzipBytes)} gzipped); its ${page.images} figures load as files, ${kb(page.imageBytes)} in all.`,
    )
    .join('\n');
}

function detailTable(rows: readonly ScaleRow[]): string {
  const raw = (download: Download | null) => (download ? `${kb(download.bytes)} in ${download.files}` : 'n/a');
  return [
    '| papers | corpus (courses × modules, posts, projects) | measured on | build output (ours / plain) | main bundle gzipped (ours / plain) | paper page HTML gzipped | `/` raw | `/progress` raw | `/papers` raw | first search raw | shown: courses, papers |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${[
          count(row.papers),
          `${row.shape.courses} × ${row.shape.modulesPerCourse}, ${row.shape.posts}, ${row.shape.projects}`,
          row.measuredOn,
          `${mb(row.ours.outputBytes)} / ${mb(row.plain.outputBytes)}`,
          `${kb(row.ours.mainBundleGzipBytes)} / ${kb(row.plain.mainBundleGzipBytes)}`,
          kb(row.paperHtml.gzipBytes),
          ...WEIGHED_ROUTES.map((route) => raw(row.downloads[route])),
          raw(row.firstSearch),
          `${row.shown['/progress']}, ${row.shown['/papers']}`,
        ].join(' | ')} |`,
    ),
  ].join('\n');
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;

/** /graph against /papers, at each size measured since the map exists. */
function graphTable(rows: readonly ScaleRow[]): string {
  const drawn = rows.filter((row) => row.graph !== undefined);
  if (drawn.length === 0) return 'Not measured yet.';
  return [
    '| papers | nodes, edges | `/graph` JS + data | of which force-graph | rest of `/graph` | `/papers` | `/graph` HTML | settled, reduced motion (layout) | settled, animated |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...drawn.map((row) => {
      const graph = row.graph!;
      return `| ${[
        count(row.papers),
        `${count(graph.nodes)}, ${count(graph.edges)}`,
        kb(graph.download.gzipBytes),
        kb(graph.libraryGzipBytes),
        kb(graph.download.gzipBytes - graph.libraryGzipBytes),
        kb(row.downloads['/papers'].gzipBytes),
        kb(graph.htmlGzipBytes),
        `${ms(graph.settledMs)} (${ms(graph.layoutMs)})`,
        ms(graph.animatedSettledMs),
      ].join(' | ')} |`;
    }),
  ].join('\n');
}

function lighthouseTable(results: ScaleResults): string {
  if (!results.lighthouse) return 'Not measured yet.';
  const metrics = (m: Record<string, string>) =>
    `FCP ${m['first-contentful-paint']}, LCP ${m['largest-contentful-paint']}, TBT ${m['total-blocking-time']}, CLS ${m['cumulative-layout-shift']}`;
  return [
    `Measured on ${results.lighthouse.measuredOn}.`,
    '',
    '| page | performance (each run) | accessibility | metrics of the median run | failed accessibility audits |',
    '| --- | ---: | ---: | --- | --- |',
    ...results.lighthouse.scores.map(
      (s) =>
        `| \`${s.route}\` | ${s.performance}${s.performanceRuns ? ` (${s.performanceRuns.join(', ')})` : ''} | ${s.accessibility} | ${metrics(s.metrics)} | ${s.accessibilityFailures.join(', ') || 'none'} |`,
    ),
  ].join('\n');
}

/**
 * Every page loads Docusaurus's main bundle and runtime, which hold the table
 * of every route and chunk of the site: they grow with the number of pages in
 * any Docusaurus site. Set side by side with plain Docusaurus's, it shows how
 * much of the growth of \`/\` is the framework's.
 */
function mainBundleNote(rows: readonly ScaleRow[]): string {
  if (rows.length < 2) return '';
  const [first, last] = [rows[0]!, rows.at(-1)!];
  const growth = (figures: (row: ScaleRow) => number) => kb(figures(last) - figures(first));
  return `Between ${count(first.papers)} and ${count(last.papers)} papers, \`/\` (which shows the same data at every N) grew by ${growth((row) => row.downloads['/'].gzipBytes)} gzipped. Docusaurus's main bundle alone grew by ${growth((row) => row.ours.mainBundleGzipBytes)} in our build and by ${growth((row) => row.plain.mainBundleGzipBytes)} in plain Docusaurus's: it carries the table of every route (each paper page is one), and the webpack runtime carries the name of every chunk. That growth is the framework's, the same without our plugins, and every page of any Docusaurus site pays it.`;
}

const PLANNED_SIZES = [500, 2_000, 10_000];

/** benchmarks/results.md from every row kept so far. */
export function scaleReport(results: ScaleResults): string {
  const goals = checkGoals(results.rows);
  return `# Scale: build time, page weight and memory against the size of the paper log

![Build time and page weight against the number of papers](scale.svg)

Command: \`npm run bench\` (its last step, \`npx tsx scripts/bench/scale.ts\`; \`--sizes 500,2000\` measures
some sizes and keeps the rows of the others). Machine: ${results.machine}. On a machine shared
with other work times are noisy: compare the two builds of one row, which ran back to back, more
than rows of different days.

## How it is measured

- **Corpus** (\`scripts/corpus/scaleSite.ts\`): a copy of this site (config, plugins, theme, its own
  notes and data) plus N generated paper notes with math, and courses with module notes, posts,
  projects, benchmarks and talks in proportion (\`corpusShape\`), all valid for \`npm run check\`.
- **Builds**: \`docusaurus build\` of our site, then of plain Docusaurus on the same Markdown in its
  best layout (\`scripts/bench/plainSite.ts\`: papers in their own docs instance without a sidebar,
  KaTeX, the same docs and blog options and future flags, no roadmap or search plugin), one after
  the other, both cold (\`DOCUSAURUS_NO_PERSISTENT_CACHE=1\`). Time is wall clock; peak memory is
  the largest sum of the resident memory of the build's process tree, sampled every 250 ms.
  Our build includes writing the Pagefind index when the site has local search.
- **Paper page HTML**: \`papers/synthetic-00001/index.html\` as built (bytes on disk).
- **\`/\`, \`/progress\`, \`/papers\`**: JavaScript and data a first visit downloads, measured in
  Chromium: the sum of the response bodies of scripts and fetches until the page has hydrated and
  the network is idle, each body gzipped (GitHub Pages serves gzip). Chunks prefetched for links
  to other pages are left out. CSS, HTML, fonts and images are not counted.
- **First search** (when the build has \`/pagefind/\`): from \`/\`, Pagefind's own API searches
  "attention" and loads the first five results; every response body of that, gzipped (Pagefind's
  index chunks are already compressed, so this is about what travels). "n/a": no local search.
- **\`/graph\`** (the map): JavaScript and data a first visit downloads until the map has been
  laid out and drawn (the page's \`data-state="settled"\`), gzipped as above, with force-graph's chunk
  apart, against \`/papers\`; the HTML (which holds the list of every page) gzipped; and time in
  Chromium from navigation start to the first draw of the settled map (the page's \`graph-settled\`
  performance mark): with reduced motion, where the layout runs out of sight and the map is drawn
  once (in brackets: from the page asking for the library to that draw), and animated, as most
  readers see it.
- **\`npm run check\`**: wall clock of \`tsx scripts/check.ts --site <corpus>\`, one run.

## Results

${mainTable(results.rows)}

Sizes in the page columns are gzipped JavaScript and data. More detail:

${detailTable(results.rows)}

${notebookLines(results.rows)}

${PLANNED_SIZES.filter((n) => !results.rows.some((row) => row.papers === n))
  .map((n) => `Not measured yet: ${count(n)} papers (\`npx tsx scripts/bench/scale.ts --sizes ${n}\`).`)
  .join(' ')}

### \`/graph\`

${graphTable(results.rows)}

Edges: 0 until the link index (issue 17) fills \`links\` in the model; the layout then also pulls
linked pages together, which costs a little per edge and tick.

## Goals

${goals.map((g) => `- ${g.met ? 'met' : '**not met**'}: ${g.goal} (${g.detail})`).join('\n') || 'No rows yet.'}

${mainBundleNote(results.rows)}

## Lighthouse${results.lighthouse?.version ? ` ${results.lighthouse.version}` : ''} on the real site

Debian's Chromium (\`${CHROMIUM_FLAGS.join(' ')}\`), Lighthouse's default settings: a mid-range phone with
simulated throttling (4x CPU slowdown, slow 4G), on a build of this repository's content served from
127.0.0.1 with text gzipped, as GitHub Pages serves it (\`npx tsx scripts/bench/scale.ts --lighthouse-only\`
measures only this). Total blocking time, and so the performance score, vary from run to run on a
shared machine.

${lighthouseTable(results)}
`;
}
