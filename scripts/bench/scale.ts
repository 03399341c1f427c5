/**
 * Part of `npm run bench`: our build against plain Docusaurus, page weight,
 * `npm run check` and memory at N papers, and Lighthouse on the real site.
 * Writes benchmarks/scale.json (every size measured so far), results.md and scale.svg.
 *
 *   tsx scripts/bench/scale.ts [--sizes 500,2000,10000] [--skip-lighthouse]
 *   tsx scripts/bench/scale.ts --lighthouse-only
 *   tsx scripts/bench/scale.ts --report-only
 */
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, readdir, rm, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {launchChromium} from '../harness/browser';
import {buildSite} from '../harness/buildSite';
import {kilobytes} from '../harness/kilobytes';
import {run} from '../harness/run';
import {serveStatic} from '../harness/staticServer';
import {lighthouseScores} from './lighthouse';
import {firstSearchDownload, graphVisit, pageDownload, type Download, type GraphVisit} from './pageWeight';
import {writePlainConfig} from './plainSite';
import {scaleChart} from './scaleChart';
import {makeScaleSite, SCALE_NOTEBOOK_PAGE} from '../corpus/scaleSite';
import {scaleReport} from './scaleReport';
import {
  readResults,
  WEIGHED_ROUTES,
  withRow,
  writeResults,
  type BuildFigures,
  type ScaleResults,
  type ScaleRow,
} from './scaleResults';
import {timedBuild} from './timedBuild';

const REPO = path.resolve(__dirname, '../..');
const OUT = path.join(REPO, 'benchmarks');
const DEFAULT_SIZES = [500, 2_000, 10_000];
// Pinned, so that streaks and "this year" do not change between runs; after every generated log date.
const TODAY = '2025-12-31';
const SEARCH_QUERY = 'attention';
/** A name only force-graph's code holds: marks the drawing library's chunk among /graph's scripts. */
const GRAPH_LIBRARY_MARK = 'linkDirectionalParticles';

function parseArgs(argv: readonly string[]): {sizes: number[]; lighthouse: boolean} {
  if (argv.includes('--lighthouse-only')) return {sizes: [], lighthouse: true};
  const at = argv.indexOf('--sizes');
  const sizes = at === -1 ? DEFAULT_SIZES : (argv[at + 1] ?? '').split(',').map((size) => Number(size.trim()));
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`--sizes takes whole numbers separated by commas, e.g. --sizes 500,2000 (got ${argv[at + 1]})`);
  }
  return {sizes, lighthouse: !argv.includes('--skip-lighthouse')};
}

function log(message: string): void {
  console.log(`[scale ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** The corpus as a git repository, as a real site is: both builds read last-updated dates from git. */
async function commitCorpus(siteDir: string): Promise<void> {
  await writeFile(path.join(siteDir, '.gitignore'), 'node_modules\n.docusaurus\nbuild\n');
  await run('git', ['init', '-q'], {cwd: siteDir});
  await run('git', ['add', '-A'], {cwd: siteDir});
  await run('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'commit', '-q', '-m', 'corpus'], {
    cwd: siteDir,
  });
}

async function timeCheck(siteDir: string): Promise<number> {
  const started = performance.now();
  await run(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts/check.ts'), '--site', siteDir], {
    cwd: REPO,
  });
  return (performance.now() - started) / 1000;
}

async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  const sizes = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

async function buildFigures(build: {seconds: number; peakRssBytes: number; outDir: string}): Promise<BuildFigures> {
  const scripts = path.join(build.outDir, 'assets/js');
  const main = (await readdir(scripts)).find((file) => /^main\.[0-9a-f]+\.js$/.test(file));
  if (!main) throw new Error(`no main bundle in ${scripts}`);
  return {
    seconds: build.seconds,
    peakRssBytes: build.peakRssBytes,
    outputBytes: await folderBytes(build.outDir),
    mainBundleGzipBytes: gzipSync(await readFile(path.join(scripts, main))).byteLength,
  };
}

async function measureSize(papers: number): Promise<ScaleRow> {
  log(`${papers} papers: generating the corpus…`);
  const {siteDir, shape} = await makeScaleSite(REPO, papers);
  await commitCorpus(siteDir);
  log(`${papers} papers: npm run check…`);
  const checkSeconds = await timeCheck(siteDir);
  log(`${papers} papers: check ${checkSeconds.toFixed(1)} s; building our site…`);
  const ours = await timedBuild(REPO, siteDir, {env: {ROADMAP_TODAY: TODAY}});
  log(`${papers} papers: ours ${ours.seconds.toFixed(0)} s; building plain Docusaurus…`);
  const plain = await timedBuild(REPO, siteDir, {config: await writePlainConfig(siteDir)});
  // Docusaurus's own output says where the time went (its phases, [search] lines).
  const logs = await mkdtemp(path.join(os.tmpdir(), `scale-${papers}-logs-`));
  await writeFile(path.join(logs, 'ours.log'), ours.output);
  await writeFile(path.join(logs, 'plain.log'), plain.output);
  log(`${papers} papers: plain ${plain.seconds.toFixed(0)} s (build logs in ${logs}); weighing pages in Chromium…`);

  const paperHtml = await readFile(path.join(ours.outDir, 'papers/synthetic-00001/index.html'));
  const notebookHtml = await readFile(path.join(ours.outDir, SCALE_NOTEBOOK_PAGE));
  const figures = [
    ...notebookHtml.toString('utf8').matchAll(/<img [^>]*src=(\/assets\/notebook-outputs\/[^\s>]+)/g),
  ].map((match) => match[1]!);
  const figureBytes = await Promise.all(figures.map(async (src) => (await stat(path.join(ours.outDir, src))).size));
  const model = JSON.parse(await readFile(path.join(ours.outDir, 'roadmap.json'), 'utf8')) as {
    courses: unknown[];
    papers: unknown[];
  };
  const site = await serveStatic(ours.outDir);
  const browser = await launchChromium();
  const downloads = {} as Record<(typeof WEIGHED_ROUTES)[number], Download>;
  let firstSearch: Download | null = null;
  let graph: GraphVisit | undefined;
  try {
    for (const route of WEIGHED_ROUTES) downloads[route] = await pageDownload(browser, site.url + route);
    log(`${papers} papers: /graph, weighed and timed…`);
    graph = await graphVisit(browser, `${site.url}/graph`, GRAPH_LIBRARY_MARK);
    if (existsSync(path.join(ours.outDir, 'pagefind'))) {
      firstSearch = await firstSearchDownload(browser, site.url, SEARCH_QUERY);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const row: ScaleRow = {
    papers,
    shape,
    measuredOn: new Date().toISOString().slice(0, 10),
    ours: await buildFigures(ours),
    plain: await buildFigures(plain),
    paperHtml: {bytes: paperHtml.byteLength, gzipBytes: gzipSync(paperHtml).byteLength},
    notebookPage: {
      bytes: notebookHtml.byteLength,
      gzipBytes: gzipSync(notebookHtml).byteLength,
      images: figures.length,
      imageBytes: figureBytes.reduce((sum, bytes) => sum + bytes, 0),
    },
    downloads,
    shown: {'/': 1, '/progress': model.courses.length, '/papers': model.papers.length},
    firstSearch,
    checkSeconds,
    ...(graph ? {graph} : {}),
  };
  await Promise.all([siteDir, ours.outDir, plain.outDir].map((dir) => rm(dir, {recursive: true, force: true})));
  return row;
}

async function measureLighthouse(): Promise<NonNullable<ScaleResults['lighthouse']>> {
  log('Lighthouse: building the real site…');
  const build = await buildSite(REPO, {ROADMAP_TODAY: TODAY});
  if (build.code !== 0) throw new Error(`the real site does not build:\n${build.output.slice(-4000)}`);
  // Gzipped, as GitHub Pages serves it: uncompressed, the slow-4G simulation is mostly transfer time.
  const site = await serveStatic(build.outDir, {gzip: true});
  try {
    log('Lighthouse: /, /progress, /papers…');
    const scores = await lighthouseScores(REPO, site.url, WEIGHED_ROUTES);
    const {version} = JSON.parse(await readFile(path.join(REPO, 'node_modules/lighthouse/package.json'), 'utf8')) as {
      version: string;
    };
    return {measuredOn: new Date().toISOString().slice(0, 10), version, scores};
  } finally {
    await site.close();
    await rm(build.outDir, {recursive: true, force: true});
  }
}

function chart(results: ScaleResults): string {
  const {rows} = results;
  const ns = rows.map((row) => row.papers);
  return scaleChart(ns, [
    {
      title: 'Build time',
      unit: 's',
      series: [
        {label: 'our site', colour: '#2e6b5e', values: rows.map((row) => Math.round(row.ours.seconds))},
        {
          label: 'plain Docusaurus',
          colour: '#57606a',
          dashed: true,
          values: rows.map((row) => Math.round(row.plain.seconds)),
        },
      ],
    },
    {
      title: 'Page weight',
      unit: 'KB',
      series: [
        {label: 'paper page HTML', colour: '#8250df', values: rows.map((row) => kilobytes(row.paperHtml.bytes))},
        ...WEIGHED_ROUTES.map((route, i) => ({
          label: `${route}: JS + data, gzipped`,
          colour: ['#2e6b5e', '#bf8700', '#0969da'][i]!,
          values: rows.map((row) => kilobytes(row.downloads[route].gzipBytes)),
        })),
        {
          label: 'first search, gzipped',
          colour: '#cf222e',
          dashed: true,
          values: rows.map((row) => (row.firstSearch ? kilobytes(row.firstSearch.gzipBytes) : null)),
        },
      ],
    },
  ]);
}

async function save(results: ScaleResults): Promise<void> {
  await writeResults(path.join(OUT, 'scale.json'), results);
  await writeFile(path.join(OUT, 'results.md'), scaleReport(results));
  await writeFile(path.join(OUT, 'scale.svg'), chart(results));
}

async function main(): Promise<void> {
  if (process.argv.includes('--report-only')) {
    // Rewrites results.md and scale.svg from scale.json, measuring nothing (after a change to the report).
    await save(await readResults(path.join(OUT, 'scale.json')));
    return;
  }
  const {sizes, lighthouse} = parseArgs(process.argv.slice(2));
  const cpus = os.cpus();
  let results: ScaleResults = {
    ...(await readResults(path.join(OUT, 'scale.json'))),
    machine: `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
  };
  for (const papers of sizes) {
    results = withRow(results, await measureSize(papers));
    // Saved after every size: a 10,000-paper run takes a while, and what is done stays done.
    await save(results);
    log(`${papers} papers: done; wrote benchmarks/results.md`);
  }
  if (lighthouse) {
    results = {...results, lighthouse: await measureLighthouse()};
    await save(results);
  }
  log('wrote benchmarks/results.md, benchmarks/scale.svg and benchmarks/scale.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
