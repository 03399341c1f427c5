/**
 * Part of `npm run bench`: what 10,000 review cards cost (the review issue's
 * limits: /review's data at most 300 KB gzipped, its script beyond a doc
 * page at most 40 KB gzipped, no other page heavier than its own "Check
 * yourself"). Builds a corpus of 2,000 papers with 5 cards in each, serves
 * it, and reads in Chromium what /review and a paper page load; builds the
 * same corpus without cards back to back for the build time. Writes
 * benchmarks/cards.md.
 *
 *   tsx scripts/bench/cards.ts [--papers 2000] [--cards-per-paper 5]
 */
import {appendFile, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {makeScaleSite} from '../corpus/scaleSite';
import {launchChromium} from '../harness/browser';
import {serveStatic} from '../harness/staticServer';
import {wholeNumberOption} from '../harness/wholeNumberOption';
import {timedBuild} from './timedBuild';

const REPO = path.resolve(__dirname, '../..');
const TODAY = '2025-12-31';
const LIMITS = {dataKB: 300, scriptKB: 40};
/** Marks the benchmark's cards, so a script file that holds card data can be told from code. */
const MARK = 'bench-card-';
/** Starts every question: a page's own module holds it, the component does not. */
const ASKED = 'Why: ';

function log(message: string): void {
  console.log(`[cards ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/**
 * Questions and answers that vary like an author's: sentences of the real
 * site's paper notes, cut and recombined per card, a fifth with math. Text
 * made of one repeated template would gzip far better than real cards.
 */
async function sentences(): Promise<string[]> {
  const files = (await readdir(path.join(REPO, 'papers'))).filter((f) => f.endsWith('.md'));
  const text = (await Promise.all(files.map((f) => readFile(path.join(REPO, 'papers', f), 'utf8')))).join('\n');
  return text
    .replace(/^---[\s\S]*?^---$/gm, '')
    .split(/(?<=[.?!])\s+/)
    .map((s) =>
      s
        .replace(/\s+/g, ' ')
        .replace(/[#`*[\]|]/g, '')
        .trim(),
    )
    .filter((s) => s.length > 30 && s.length < 220 && !s.includes('$$') && !s.includes(':'));
}

function cardsBlock(paper: number, perPaper: number, pool: readonly string[]): string {
  const lines = ['', '```cards'];
  for (let i = 0; i < perPaper; i += 1) {
    const n = paper * perPaper + i;
    const q = pool[(n * 7) % pool.length]!.replace(/[.!]$/, '');
    const a = `${pool[(n * 13 + 3) % pool.length]!} ${n % 5 === 0 ? `So $y_{${n % 97}} = F(x) + x$.` : ''}`.trim();
    lines.push(`- q: ${JSON.stringify(`${ASKED}${q}?`)}`, `  a: ${JSON.stringify(a)}`, `  id: ${MARK}${n}`);
  }
  lines.push('```', '');
  return lines.join('\n');
}

/** The scripts a page loads, each file's gzipped size, and whether it holds the benchmark's cards. */
async function scriptsOf(
  url: string,
  outDir: string,
  browser: Awaited<ReturnType<typeof launchChromium>>,
): Promise<Map<string, {gzip: number; cards: boolean}>> {
  const page = await browser.newPage();
  const files = new Map<string, {gzip: number; cards: boolean}>();
  const pending: Promise<void>[] = [];
  page.on('request', (request) => {
    if (request.resourceType() !== 'script') return;
    const file = new URL(request.url()).pathname;
    pending.push(
      readFile(path.join(outDir, file)).then((bytes) => {
        files.set(file, {
          gzip: gzipSync(bytes, {level: 9}).length,
          cards: bytes.includes(MARK) || bytes.includes(ASKED),
        });
      }),
    );
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.locator('[data-review-question], article').first().waitFor();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await page.close();
  return files;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main(): Promise<void> {
  const papers = wholeNumberOption('--papers', 2_000);
  const perPaper = wholeNumberOption('--cards-per-paper', 5);
  const total = papers * perPaper;
  log(`${papers} papers: generating two corpora, one with ${total} cards…`);
  const pool = await sentences();
  const plain = (await makeScaleSite(REPO, papers)).siteDir;
  const withCards = (await makeScaleSite(REPO, papers)).siteDir;
  // Paper 2 has none, to compare a paper page without cards in the same build; paper 3 holds its share.
  for (let i = 1; i <= papers; i += 1)
    await appendFile(
      path.join(withCards, 'papers', `synthetic-${String(i === 2 ? 3 : i).padStart(5, '0')}.md`),
      cardsBlock(i, perPaper, pool),
    );
  const seconds: Record<'without' | 'with', number> = {without: 0, with: 0};
  let outDir = '';
  for (const [name, siteDir] of [
    ['without', plain],
    ['with', withCards],
  ] as const) {
    log(`building ${name} cards…`);
    const build = await timedBuild(REPO, siteDir, {env: {ROADMAP_TODAY: TODAY}});
    if (!/\[SUCCESS\]/.test(build.output))
      throw new Error(`the ${name}-cards build failed:\n${build.output.slice(-3000)}`);
    seconds[name] = build.seconds;
    log(`${name} cards: ${build.seconds.toFixed(1)} s`);
    if (name === 'with') outDir = build.outDir;
    else await rm(build.outDir, {recursive: true, force: true});
  }

  const site = await serveStatic(outDir);
  const browser = await launchChromium();
  const review = await scriptsOf(`${site.url}/review`, outDir, browser);
  const paper = await scriptsOf(`${site.url}/papers/synthetic-00001`, outDir, browser);
  const plainPaper = await scriptsOf(`${site.url}/papers/synthetic-00002`, outDir, browser);
  await browser.close();
  await site.close();

  const beyond = [...review].filter(([file]) => !paper.has(file));
  const data = beyond.filter(([, f]) => f.cards).reduce((sum, [, f]) => sum + f.gzip, 0);
  const code = beyond.filter(([, f]) => !f.cards).reduce((sum, [, f]) => sum + f.gzip, 0);
  const sum = (files: Map<string, {gzip: number}>) => [...files.values()].reduce((total, f) => total + f.gzip, 0);
  // Each page has a module of its own, which holds its words, the cards' among them; any other file
  // only the page with cards loads is the component's.
  const component = [...paper]
    .filter(([file, f]) => !plainPaper.has(file) && !f.cards)
    .reduce((total, [, f]) => total + f.gzip, 0);
  const html = async (route: string) => gzipSync(await readFile(path.join(outDir, route, 'index.html'))).length;
  const scriptFiles = await readdir(path.join(outDir, 'assets/js'));
  const allChunkFiles = scriptFiles.length;
  // Every chunk of card text, whichever deck or day asks for it: what a reader with every card due would load.
  let everyChunk = 0;
  let chunkFiles = 0;
  for (const file of scriptFiles) {
    const bytes = await readFile(path.join(outDir, 'assets/js', file));
    if (bytes.includes(ASKED) && bytes.includes(MARK)) {
      everyChunk += gzipSync(bytes, {level: 9}).length;
      chunkFiles += 1;
    }
  }
  const cpus = os.cpus();
  const report = [
    '# Review cards: size and build time',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`tsx scripts/bench/cards.ts --papers ${papers} --cards-per-paper ${perPaper}\`,`,
    `on ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(2)} at the end:`,
    `${total.toLocaleString('en')} cards, ${perPaper} at the end of each of ${papers.toLocaleString('en')} synthetic papers, their text sentences of the real`,
    'site’s paper notes recombined, a fifth with math. Sizes are gzip -9 of the files Chromium loaded (scripts, which',
    'include the page data and the chunks of card text), cold builds back to back (no persistent cache).',
    '',
    '| what | measured | limit |',
    '| --- | ---: | ---: |',
    `| /review's data loaded on a first visit (the queue's index, and the chunks of the day's 20 new cards) | ${kb(data)} KB | ${LIMITS.dataKB} KB |`,
    `| every chunk of card text (${chunkFiles} files), loaded only as far as a day's queue needs | ${kb(everyChunk)} KB | |`,
    `| /review's script beyond a paper page's (ts-fsrs included) | ${kb(code)} KB | ${LIMITS.scriptKB} KB |`,
    `| a paper page with 5 cards / one without: every script it loads (its own module holds its words, the cards' too) | ${kb(sum(paper))} KB / ${kb(sum(plainPaper))} KB | |`,
    `| of which files only the page with cards loads, besides its own module ("Check yourself"'s component) | ${kb(component)} KB | |`,
    `| a paper page with 5 cards, its HTML / one without | ${kb(await html('papers/synthetic-00001'))} KB / ${kb(await html('papers/synthetic-00002'))} KB | |`,
    `| build: ${papers} papers without cards / with ${total.toLocaleString('en')} | ${seconds.without.toFixed(1)} s / ${seconds.with.toFixed(1)} s (${(seconds.with / seconds.without).toFixed(3)}×) | |`,
    `| script files in the build | ${allChunkFiles} | |`,
    '',
    `Data ${data <= LIMITS.dataKB * 1024 ? 'within' : 'over'} its limit; script ${code <= LIMITS.scriptKB * 1024 ? 'within' : 'over'} its limit.`,
    '',
  ].join('\n');
  await writeFile(path.join(REPO, 'benchmarks/cards.md'), report);
  log(`data ${kb(data)} KB, script ${kb(code)} KB; wrote benchmarks/cards.md`);
  await Promise.all([plain, withCards, outDir].map((dir) => rm(dir, {recursive: true, force: true})));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
