/**
 * `npm run bench`: how long `npm run check` takes on generated paper logs.
 * Goal (issue 3): under 5 s at 2,000 paper notes. Writes benchmarks/check.md.
 */
import {spawnSync} from 'node:child_process';
import {appendFile, mkdir, readdir, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {makeSiteWithPapers} from '../corpus/paperNotes';
import {median} from '../harness/median';

const REPO = path.resolve(__dirname, '../..');
const SIZES = (process.env.BENCH_SIZES ?? '500,2000,10000').split(',').map(Number);
const RUNS = 3;

/**
 * The worst case of the content scan: every paper note with an HTML tag, so
 * that none skips the render and sanitizer run
 * (plugins/roadmap/safeContent/unsafeContentProblems.ts, mightHoldUnsafeContent).
 */
async function tagEveryPaper(siteDir: string): Promise<void> {
  const papers = (await readdir(path.join(siteDir, 'papers'))).filter((file) => file.endsWith('.md'));
  await Promise.all(
    papers.map((file) => appendFile(path.join(siteDir, 'papers', file), '\nPress <kbd>Ctrl</kbd>+<kbd>K</kbd>.\n')),
  );
}

/**
 * Ten links in every paper note (issue 17: 2,000 papers × 10 links under 5 s):
 * wikilinks by slug, with a label and to a heading, citations, and Markdown
 * links by address and by file, to other papers of the log.
 */
async function linkEveryPaper(siteDir: string): Promise<void> {
  const papers = (await readdir(path.join(siteDir, 'papers'))).filter((file) => file.endsWith('.md')).sort();
  const slugs = papers.map((file) => file.replace(/\.md$/, ''));
  await Promise.all(
    papers.map((file, i) => {
      const other = (k: number) => slugs[(i + k * 37 + 1) % slugs.length]!;
      const links = [
        `[[${other(1)}]], [[${other(2)}|a label]], [[${other(3)}#Notes]] and [[${other(4)}]]`,
        `[@${other(5)}] and [@${other(6)}; @${other(7)}]`,
        `[by address](/papers/${other(8)}) and [by file](./${other(9)}.md)`,
      ];
      return appendFile(path.join(siteDir, 'papers', file), `\nRelated: ${links.join('; ')}.\n`);
    }),
  );
}

function timeChecks(siteDir: string): {median: number; times: number[]} {
  const times = Array.from({length: RUNS}, () => timeCheck(siteDir)).sort((a, b) => a - b);
  return {median: median(times), times};
}

const seconds = (times: readonly number[]) => times.map((t) => t.toFixed(2)).join(' / ');

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
    const plain = timeChecks(site);
    await linkEveryPaper(site);
    const linked = timeChecks(site);
    await tagEveryPaper(site);
    const parsed = timeChecks(site);
    console.log(
      `median ${plain.median.toFixed(2)} s; with ten links in every note ${linked.median.toFixed(2)} s; and a tag ${parsed.median.toFixed(2)} s`,
    );
    rows.push(
      `| ${papers.toLocaleString('en')} | ${plain.median.toFixed(2)} s | ${seconds(plain.times)} | ${linked.median.toFixed(2)} s | ${seconds(linked.times)} | ${parsed.median.toFixed(2)} s | ${seconds(parsed.times)} |`,
    );
    await rm(site, {recursive: true, force: true});
  }
  const report = `# npm run check: time against the size of the paper log

Command: \`npm run bench\` (scripts/bench/check.ts). Each size is a copy of this
site with N generated paper notes (scripts/corpus/paperNotes.ts); the time is the
wall clock of the whole command, \`tsx scripts/check.ts\`, process start included.
Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.
Goal: under 5 s at 2,000 papers.

The content scan renders a note and runs the sanitizer on it only when the note
holds a tag, a link elsewhere, a definition or an admonition
(\`mightHoldUnsafeContent\`); the generated notes hold none. "Ten links" adds to
every paper note four wikilinks (one with a label, one to a heading), three
citations and two Markdown links to other papers, which check resolves
(issue 17: under 5 s at 2,000 papers). The last two columns add an HTML tag
(\`<kbd>\`) as well, so that every note is rendered and sanitized: the worst case.

| papers | median | runs | ten links in every note: median | runs | and every note rendered: median | runs |
| ---: | ---: | --- | ---: | --- | ---: | --- |
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
