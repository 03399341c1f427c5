/**
 * Part of `npm run bench` (issue 6): the site-wide search on a generated site
 * of 3,000 pages, next to the single-file lunr plugin on the same pages.
 * Index build time, index size on disk, bytes a reader downloads for a first
 * query (goal: under 300 KB) and its latency in Chromium.
 * Writes benchmarks/search.md; `--pages N` runs a smaller corpus and only prints.
 */
import {execFileSync} from 'node:child_process';
import {readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {launchChromium} from '../harness/browser';
import {buildSite, type BuildResult} from '../harness/buildSite';
import {kb} from '../harness/kilobytes';
import {median} from '../harness/median';
import {commitAll, git} from '../harness/scratchRepo';
import {serveStatic} from '../harness/staticServer';
import {lunrFiles, pagefindFiles, type IndexFiles} from './indexFiles';
import {installLunrPlugin, LUNR_PACKAGE, LUNR_VERSION, lunrScript, makeLunrVariant} from './lunrVariant';
import {firstQuery, lunrQuery, pagefindQuery, type EngineQuery, type FirstQuery, type SearchUi} from './searchBrowser';
import {makeSearchCorpus, type SearchCorpus} from '../corpus/searchSite';

const REPO = path.resolve(__dirname, '../..');
const FULL_SIZE = 3_000;

/**
 * Topic words of papers (a seventh of them each), of notes and posts, and
 * "study", in every paper's title: the query with the most results.
 */
const WORDS = ['attention', 'diffusion', 'retrieval', 'gradient', 'tokenizer', 'monitoring', 'study'];
/** Each word is searched this many times per engine, each time as the first query of a fresh browser context. */
const ROUNDS = 2;

const OUR_UI: SearchUi = {
  open: {selector: 'button[aria-keyshortcuts]', action: 'click'},
  input: '#navbar-search-input',
  result: 'ol[aria-label="Results"] > li',
  counts: /^\/pagefind\//,
};
const LUNR_UI: SearchUi = {
  open: {selector: 'input.navbar__search-input', action: 'focus'},
  input: 'input.navbar__search-input',
  result: '[role="option"]',
  // Its index, and the code of its search box and worker, loaded on first focus.
  counts: /^\/(search-index[^/]*\.json|assets\/js\/)/,
};

function step(message: string): void {
  console.log(`search: ${message} (load average ${os.loadavg()[0]!.toFixed(1)})`);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function ms(value: number): string {
  return `${Math.round(value).toLocaleString('en')} ms`;
}

/** "median (min–max)" of a measure over the runs. */
function spread(values: readonly number[], format: (value: number) => string): string {
  return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
}

/** The seconds a `[tag] … written in X s` line of the build output reports. */
function loggedSeconds(build: BuildResult, line: RegExp, what: string): number {
  const match = line.exec(build.output);
  if (!match) throw new Error(`${what}: the build output has no line matching ${line}:\n${build.output.slice(-3000)}`);
  return Number(match[1]);
}

async function build(siteDir: string, what: string): Promise<BuildResult> {
  step(`building ${what}…`);
  const result = await buildSite(siteDir);
  if (result.code !== 0) throw new Error(`${what} does not build:\n${result.output.slice(-5000)}`);
  step(`built ${what} in ${result.seconds.toFixed(0)} s`);
  return result;
}

/** A repository, so that the copy builds as the real site does: with "last updated" dates read from git. */
function commitCopy(siteDir: string, message: string): void {
  // init first: commitAll's own check would print git's "not a git repository" to the terminal.
  git(siteDir, ['init', '--quiet', '--initial-branch=main']);
  commitAll(siteDir, message);
}

interface EngineResult {
  pages: number;
  indexSeconds: number;
  buildSeconds: number;
  files: IndexFiles;
  queries: FirstQuery[];
  engine: EngineQuery[];
}

/** What a first query downloaded that belongs to the search (route prefetches of result links do not). */
function searchDownloads(query: FirstQuery, ui: SearchUi) {
  return query.downloads.filter((download) => !download.prefetch && ui.counts.test(download.path));
}

function totals(query: FirstQuery, ui: SearchUi) {
  const downloads = searchDownloads(query, ui);
  return {
    requests: downloads.length,
    bytes: downloads.reduce((sum, download) => sum + download.bytes, 0),
    gzipBytes: downloads.reduce((sum, download) => sum + download.gzipBytes, 0),
    prefetches: query.downloads.filter((download) => download.prefetch).length,
  };
}

/** The Git state the benchmark measured: other sessions may have uncommitted work in the copied folders. */
function gitState(): string {
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: REPO, encoding: 'utf8'}).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'plugins', 'src', 'docusaurus.config.ts'], {
    cwd: REPO,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((line) => line.trim() !== '').length;
  return dirty === 0
    ? `commit ${head}`
    : `commit ${head} with ${dirty} uncommitted change${dirty === 1 ? '' : 's'} under plugins/, src/ and docusaurus.config.ts`;
}

function report(
  source: string,
  corpus: SearchCorpus,
  ours: EngineResult,
  lunr: EngineResult,
  loads: readonly number[],
  date: string,
): string {
  const ourTotals = ours.queries.map((query) => totals(query, OUR_UI));
  const lunrTotals = lunr.queries.map((query) => totals(query, LUNR_UI));
  const row = (measure: string, a: string, b: string, goal = '') => `| ${measure} | ${a} | ${b} | ${goal} |`;
  const runs = ours.queries.length;
  const perWord = WORDS.map((word) => {
    const of = (result: EngineResult) => result.queries.filter((query) => query.word === word);
    const bytes = (result: EngineResult, ui: SearchUi) => median(of(result).map((query) => totals(query, ui).bytes));
    const latency = (result: EngineResult) => median(of(result).map((query) => query.ms));
    const results = ours.engine.find((query) => query.word === word)?.results ?? 0;
    return `| ${word} | ${results.toLocaleString('en')} | ${kb(bytes(ours, OUR_UI))} | ${ms(latency(ours))} | ${kb(bytes(lunr, LUNR_UI))} | ${ms(latency(lunr))} |`;
  });
  const prefetches = median(ourTotals.map((total) => total.prefetches));
  return `# Site-wide search at ${ours.pages.toLocaleString('en')} pages: Pagefind (ours) and single-file lunr

Command: \`npm run bench\` (scripts/bench/search.ts), run on ${date}, ${source}.
Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}, Debian's Chromium
through playwright-core. The 1-minute load average, read before and after each build and after
the browser runs, was ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on these ${os.cpus().length} cores; above the number of cores,
other work shared the machine and the times below are noisy. The builds ran once each; browser figures are medians (min–max) of ${runs} runs per
engine.

Corpus (scripts/corpus/searchSite.ts): a copy of this site with ${corpus.papers.toLocaleString('en')} generated papers,
${corpus.moduleNotes} generated module notes spread over the real courses, ${corpus.posts} generated posts, and its
${corpus.realPages} real notes and posts. The same copy is built twice: with our search (plugins/search), and
with \`${LUNR_PACKAGE}@${LUNR_VERSION}\` instead (installed at bench time outside the
repository; scripts/bench/lunrVariant.ts), indexing docs, papers and posts.

A first query: a fresh browser context (empty cache) opens the home page; once it has hydrated,
one task clicks the search button (ours) or focuses the search box (lunr's, which starts
loading its index on focus) and puts a whole word in the field; the time runs, inside the
page, until the first result is in the document. It includes our 120 ms debounce. Bytes are
the responses from that click until results are shown and the network is quiet: for ours,
everything under \`/pagefind/\`; for lunr, its index and the lazily loaded code of its search box
and worker (\`/assets/js/\`). A body Chromium does not keep (lunr's index, over its inspector's
cache) is measured as the file served.
Raw is the body as served (the local server does not compress); gzip is what a host that
gzips text would send (JS and JSON gzipped here; Pagefind's index files are already gzip and
count as is).${
    prefetches > 0
      ? ` Not counted: our results are links, and Docusaurus prefetches the code of the
pages they point to once they are on screen (median ${prefetches} requests per query).`
      : ''
  }

| measure | Pagefind (ours) | lunr (${LUNR_PACKAGE}) | goal |
| --- | ---: | ---: | ---: |
${[
  row('pages in the index', ours.pages.toLocaleString('en'), lunr.pages.toLocaleString('en')),
  row('index build (postBuild)', `${ours.indexSeconds.toFixed(1)} s`, `${lunr.indexSeconds.toFixed(1)} s`),
  row('whole `docusaurus build`', `${ours.buildSeconds.toFixed(0)} s`, `${lunr.buildSeconds.toFixed(0)} s`),
  row(
    'index on disk',
    `${mb(ours.files.bytes)} in ${ours.files.files.toLocaleString('en')} files`,
    `${mb(lunr.files.bytes)} in ${lunr.files.files} file${lunr.files.files === 1 ? '' : 's'}`,
  ),
  row('largest index file', kb(ours.files.largestBytes), kb(lunr.files.largestBytes)),
  row(
    'first query: downloaded, raw',
    spread(
      ourTotals.map((total) => total.bytes),
      kb,
    ),
    spread(
      lunrTotals.map((total) => total.bytes),
      kb,
    ),
    '< 300 KB',
  ),
  row(
    'first query: downloaded, gzip',
    spread(
      ourTotals.map((total) => total.gzipBytes),
      kb,
    ),
    spread(
      lunrTotals.map((total) => total.gzipBytes),
      kb,
    ),
  ),
  row(
    'first query: requests',
    spread(
      ourTotals.map((total) => total.requests),
      String,
    ),
    spread(
      lunrTotals.map((total) => total.requests),
      String,
    ),
  ),
  row(
    'first query: click to first result on screen',
    spread(
      ours.queries.map((query) => query.ms),
      ms,
    ),
    spread(
      lunr.queries.map((query) => query.ms),
      ms,
    ),
  ),
  row(
    'engine alone: first query (load + search)',
    spread(
      ours.engine.map((query) => query.loadMs + query.searchMs),
      ms,
    ),
    spread(
      lunr.engine.map((query) => query.loadMs + query.searchMs),
      ms,
    ),
  ),
  row(
    'engine alone: of which load',
    spread(
      ours.engine.map((query) => query.loadMs),
      ms,
    ),
    spread(
      lunr.engine.map((query) => query.loadMs),
      ms,
    ),
  ),
  row(
    'engine alone: a second query',
    spread(
      ours.engine.map((query) => query.warmMs),
      ms,
    ),
    spread(
      lunr.engine.map((query) => query.warmMs),
      ms,
    ),
  ),
].join('\n')}

"Engine alone", in a fresh page each time, without the UI: for Pagefind, what our client does
(import \`/pagefind/pagefind.js\`, options and init are "load"; then \`search\` and the data of the
first 8 results; Pagefind's init defers its wasm and index chunks to that first search); for
lunr, "load" is fetching and parsing its index and \`lunr.Index.load\` of its five parts, then one
plain \`search\` per part (its UI adds wildcard and fuzzy terms on top). "A second query" is
another word in the same page: what each later search costs once the engine is loaded.

The goal, under 300 KB for a first query, means a reader's first search costs about as much as
one more page of the site, whatever its size: on a slow mobile link (~1.6 Mbit/s) that is under
2 s of transfer, where an index that every reader downloads whole grows with every page written.

Per word (medians of ${ROUNDS} runs; results: how many pages Pagefind finds):

| word | results | ours: bytes | ours: time | lunr: bytes | lunr: time |
| --- | ---: | ---: | ---: | ---: | ---: |
${perWord.join('\n')}

KB and MB are 1,024 and 1,048,576 bytes.
`;
}

async function measureQueries(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  ourSite: {url: string; root: string},
  lunrSite: {url: string; root: string},
  lunrScript: string,
  lunrIndex: string,
) {
  const ours: {queries: FirstQuery[]; engine: EngineQuery[]} = {queries: [], engine: []};
  const lunr: {queries: FirstQuery[]; engine: EngineQuery[]} = {queries: [], engine: []};
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const word of WORDS) {
      // Engines alternate, so that a burst of load from other builds falls on both.
      ours.queries.push(await firstQuery(browser, ourSite, OUR_UI, word));
      lunr.queries.push(await firstQuery(browser, lunrSite, LUNR_UI, word));
      const nextWord = WORDS[(WORDS.indexOf(word) + 1) % WORDS.length]!;
      ours.engine.push(await pagefindQuery(browser, ourSite.url, word, nextWord));
      lunr.engine.push(await lunrQuery(browser, lunrSite.url, lunrScript, lunrIndex, word, nextWord));
      const [a, b] = [ours.queries.at(-1)!, lunr.queries.at(-1)!];
      step(
        `round ${round}, "${word}": ours ${ms(a.ms)} ${kb(totals(a, OUR_UI).bytes)}, lunr ${ms(b.ms)} ${kb(totals(b, LUNR_UI).bytes)}`,
      );
    }
  }
  return {ours, lunr};
}

async function main(): Promise<void> {
  const {values} = parseArgs({options: {pages: {type: 'string', default: String(FULL_SIZE)}}});
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 100)
    throw new Error(`--pages: expected a whole number ≥ 100, got ${values.pages}`);
  const date = new Date().toISOString().slice(0, 10);
  const loads: number[] = [];
  const track = () => loads.push(os.loadavg()[0]!);
  const temporary: string[] = [];
  // Read before the copy is made: other sessions may commit while the benchmark runs.
  const source = gitState();
  try {
    step(`generating a site of ${pages.toLocaleString('en')} searchable pages…`);
    const corpus = await makeSearchCorpus(REPO, pages);
    temporary.push(corpus.siteDir);
    commitCopy(corpus.siteDir, 'generated corpus');
    step(
      `${corpus.papers} papers, ${corpus.moduleNotes} module notes, ${corpus.posts} posts, ${corpus.realPages} real pages in ${corpus.siteDir}`,
    );
    step(`installing ${LUNR_PACKAGE}@${LUNR_VERSION} outside the repository (cached)…`);
    const lunrPackage = await installLunrPlugin(REPO);
    const lunrSiteDir = await makeLunrVariant(corpus.siteDir, REPO, lunrPackage);
    temporary.push(lunrSiteDir);
    commitCopy(lunrSiteDir, 'lunr variant');

    track();
    const ourBuild = await build(corpus.siteDir, 'the site with our search');
    temporary.push(ourBuild.outDir);
    track();
    const lunrBuild = await build(lunrSiteDir, 'the same site with lunr');
    temporary.push(lunrBuild.outDir);
    track();
    const ourPages = loggedSeconds(ourBuild, /\[search\] Pagefind index of (\d+) pages/, 'our search');
    const ourIndexSeconds = loggedSeconds(
      ourBuild,
      /\[search\] Pagefind index of \d+ pages written in ([\d.]+) s/,
      'ours',
    );
    const lunrIndexSeconds = loggedSeconds(lunrBuild, /\[lunr\] search index written in ([\d.]+) s/, 'lunr');
    const ourFiles = await pagefindFiles(ourBuild.outDir);
    const lunrFilesOnDisk = await lunrFiles(lunrBuild.outDir);
    step(
      `index: ours ${ourIndexSeconds} s, ${mb(ourFiles.bytes)} in ${ourFiles.files} files; lunr ${lunrIndexSeconds} s, ${mb(lunrFilesOnDisk.bytes)}`,
    );

    step(`first queries in Chromium: ${WORDS.length} words × ${ROUNDS} rounds per engine…`);
    const browser = await launchChromium();
    const ourServer = await serveStatic(ourBuild.outDir);
    const lunrServer = await serveStatic(lunrBuild.outDir);
    let measured;
    try {
      measured = await measureQueries(
        browser,
        {url: ourServer.url, root: ourBuild.outDir},
        {url: lunrServer.url, root: lunrBuild.outDir},
        lunrScript(lunrPackage),
        '/search-index.json',
      );
    } finally {
      await browser.close();
      await ourServer.close();
      await lunrServer.close();
    }
    track();
    const lunrIndex = JSON.parse(await readFile(path.join(lunrBuild.outDir, 'search-index.json'), 'utf8')) as {
      documents: unknown[];
    }[];
    const text = report(
      source,
      corpus,
      {
        pages: ourPages,
        indexSeconds: ourIndexSeconds,
        buildSeconds: ourBuild.seconds,
        files: ourFiles,
        ...measured.ours,
      },
      {
        // Its first part holds one document per page title.
        pages: lunrIndex[0]?.documents.length ?? 0,
        indexSeconds: lunrIndexSeconds,
        buildSeconds: lunrBuild.seconds,
        files: lunrFilesOnDisk,
        ...measured.lunr,
      },
      loads,
      date,
    );
    if (pages === FULL_SIZE) {
      await writeFile(path.join(REPO, 'benchmarks/search.md'), text);
      step('wrote benchmarks/search.md');
    } else {
      console.log(text);
      step(`--pages ${pages}: benchmarks/search.md is written only at ${FULL_SIZE.toLocaleString('en')} pages`);
    }
  } finally {
    await Promise.all(temporary.map((dir) => rm(dir, {recursive: true, force: true})));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
