/**
 * `npm run bench`: how long `npm run check` takes on generated paper logs.
 * Goal (issue 3): under 5 s at 2,000 paper notes. Writes benchmarks/check.md.
 */
import {spawnSync} from 'node:child_process';
import {rm, writeFile, mkdir} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {makeSiteWithPapers} from './corpus';

const REPO = path.resolve(__dirname, '../..');
const SIZES = [500, 2_000, 10_000];
const RUNS = 3;

function timeCheck(siteDir: string): number {
  const started = performance.now();
  const result = spawnSync(
    path.join(REPO, 'node_modules/.bin/tsx'),
    [path.join(REPO, 'scripts/check.ts'), '--site', siteDir],
    {
      encoding: 'utf8',
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`check failed on ${siteDir}:\n${result.stderr}`);
  return seconds;
}

async function main(): Promise<void> {
  const rows: string[] = [];
  for (const papers of SIZES) {
    process.stdout.write(`check on ${papers} papers: generating… `);
    const site = await makeSiteWithPapers(REPO, papers);
    const times = Array.from({length: RUNS}, () => timeCheck(site)).sort((a, b) => a - b);
    const median = times[Math.floor(RUNS / 2)]!;
    console.log(`median ${median.toFixed(2)} s of ${RUNS} runs (${times.map((t) => t.toFixed(2)).join(', ')})`);
    rows.push(
      `| ${papers.toLocaleString('en')} | ${median.toFixed(2)} s | ${times.map((t) => t.toFixed(2)).join(' / ')} |`,
    );
    await rm(site, {recursive: true, force: true});
  }
  const report = `# npm run check: time against the size of the paper log

Command: \`npm run bench\` (scripts/bench/check.ts). Each size is a copy of this
site with N generated paper notes (scripts/bench/corpus.ts); the time is the
wall clock of the whole command, \`tsx scripts/check.ts\`, process start included.
Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.
Goal: under 5 s at 2,000 papers.

| papers | median | runs |
| ---: | ---: | --- |
${rows.join('\n')}
`;
  await mkdir(path.join(REPO, 'benchmarks'), {recursive: true});
  await writeFile(path.join(REPO, 'benchmarks/check.md'), report);
  console.log('wrote benchmarks/check.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
