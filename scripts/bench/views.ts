/**
 * Part of `npm run bench`: what 100 views cost a build of 2,000 papers
 * (the views issue's goal: at most 5 % more). Builds one corpus without
 * views and with 100 (a view appended to each of 100 paper notes), cold and
 * back to back, in alternating order, and writes benchmarks/views.md.
 *
 *   tsx scripts/bench/views.ts [--papers 2000] [--views 100] [--rounds 2]
 */
import {appendFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {makeScaleSite} from '../corpus/scaleSite';
import {median} from '../harness/median';
import {wholeNumberOption} from '../harness/wholeNumberOption';
import {timedBuild} from './timedBuild';

const REPO = path.resolve(__dirname, '../..');
const TODAY = '2025-12-31';
const TOPICS = ['attention', 'diffusion', 'retrieval', 'optimization', 'calibration', 'segmentation', 'reinforcement'];
const GOAL = 1.05;

/** The i-th view: papers of one topic read, newest first, 25 rows; a layout of each kind. */
function view(i: number): string {
  const topic = TOPICS[i % TOPICS.length]!;
  const layout = ['table', 'list', 'cards'][i % 3]!;
  return [
    '',
    '## Related reading',
    '',
    '```view',
    'from: papers',
    'where:',
    `  tags: ${topic}`,
    '  status: {not: queued}',
    `  year: {min: ${2000 + (i % 20)}}`,
    'sort: read desc',
    'limit: 25',
    'show: [title, read, status, venue]',
    `as: ${layout}`,
    '```',
    '',
  ].join('\n');
}

function log(message: string): void {
  console.log(`[views ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function main(): Promise<void> {
  const papers = wholeNumberOption('--papers', 2_000);
  const views = wholeNumberOption('--views', 100);
  const rounds = wholeNumberOption('--rounds', 2);
  if (views > papers) throw new Error(`--views ${views} needs at least as many papers (got ${papers})`);
  log(`${papers} papers: generating two corpora, one with ${views} views…`);
  const plain = (await makeScaleSite(REPO, papers)).siteDir;
  const withViews = (await makeScaleSite(REPO, papers)).siteDir;
  for (let i = 1; i <= views; i += 1)
    await appendFile(path.join(withViews, 'papers', `synthetic-${String(i).padStart(5, '0')}.md`), view(i));
  const seconds: {without: number[]; with: number[]} = {without: [], with: []};
  for (let round = 1; round <= rounds; round += 1) {
    // Without, with; then with, without: an effect of going first or second cancels out.
    const pair = [
      ['without', plain],
      ['with', withViews],
    ] as const;
    for (const [name, siteDir] of round % 2 === 1 ? pair : [...pair].reverse()) {
      log(`round ${round}/${rounds}: building ${name} views…`);
      const build = await timedBuild(REPO, siteDir, {env: {ROADMAP_TODAY: TODAY}});
      if (!/\[SUCCESS\]/.test(build.output))
        throw new Error(`the ${name}-views build failed:\n${build.output.slice(-3000)}`);
      seconds[name].push(build.seconds);
      log(`round ${round}/${rounds}: ${name} views ${build.seconds.toFixed(1)} s`);
      await rm(build.outDir, {recursive: true, force: true});
    }
  }
  const ratio = median(seconds.with) / median(seconds.without);
  const cpus = os.cpus();
  const report = [
    '# Views: build time',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`tsx scripts/bench/views.ts --papers ${papers} --views ${views} --rounds ${rounds}\`,`,
    `on ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}: cold builds (no persistent cache),`,
    'the two corpora built back to back, alternately (without, with; with, without; …). Each view lists up to 25 papers of a topic',
    '(tables, lists and cards in turn).',
    '',
    '| corpus | builds (s) | median (s) |',
    '| --- | --- | ---: |',
    `| ${papers} papers | ${seconds.without.map((s) => s.toFixed(1)).join(', ')} | ${median(seconds.without).toFixed(1)} |`,
    `| ${papers} papers, ${views} views | ${seconds.with.map((s) => s.toFixed(1)).join(', ')} | ${median(seconds.with).toFixed(1)} |`,
    '',
    `Ratio: **${ratio.toFixed(3)}×** (goal: at most ${GOAL}×): ${ratio <= GOAL ? 'met' : 'not met'}.`,
    '',
  ].join('\n');
  await writeFile(path.join(REPO, 'benchmarks/views.md'), report);
  log(`ratio ${ratio.toFixed(3)}; wrote benchmarks/views.md`);
  await Promise.all([plain, withViews].map((dir) => rm(dir, {recursive: true, force: true})));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
