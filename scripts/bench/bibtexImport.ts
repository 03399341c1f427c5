/**
 * Part of `npm run bench`: `npm run papers:import` on a generated 26,000-entry
 * library (as many entries as a 5 MB Zotero library), a dry run and a real run into a
 * temporary copy of this site, then `npm run check` on what it wrote.
 * Goal (issue 16): seconds, not minutes. Writes benchmarks/import.md.
 */
import {spawnSync} from 'node:child_process';
import {mkdir, readdir, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {copySiteWithoutPapers} from '../corpus/paperNotes';
import {zoteroLibrary} from '../corpus/zoteroLibrary';

const REPO = path.resolve(__dirname, '../..');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');

/**
 * Wall clock of one command, process start included, as an author sees it, and
 * its CPU time (user + system, from bash's \`time\`), which a busy shared
 * machine inflates far less.
 */
function timed(script: string, args: string[]): {seconds: number; cpu: number; stdout: string} {
  const started = performance.now();
  const result = spawnSync(
    'bash',
    ['-c', 'TIMEFORMAT="cpu %U %S"; time "$@"', 'bash', TSX, path.join(REPO, 'scripts', script), ...args],
    {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: {...process.env, ROADMAP_TODAY: '2026-11-25'}},
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${result.stderr}`);
  const [, user, system] = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr) ?? [];
  return {seconds, cpu: Number(user) + Number(system), stdout: result.stdout};
}

async function main(): Promise<void> {
  const {values} = parseArgs({options: {entries: {type: 'string'}}});
  const entries = Number(values.entries ?? 26_000);
  const site = await copySiteWithoutPapers(REPO, 'import');
  await mkdir(path.join(site, 'papers'), {recursive: true});
  const library = path.join(site, 'library.bib');
  const text = zoteroLibrary(entries);
  await writeFile(library, text);
  const megabytes = Buffer.byteLength(text) / 1024 / 1024;
  console.log(`import: ${entries.toLocaleString('en')} entries, ${megabytes.toFixed(1)} MB`);

  const loadBefore = os.loadavg()[0]!;
  const dry = timed('papers-import.mts', [library, '--site', site, '--dry-run']);
  console.log(`import: dry run ${dry.seconds.toFixed(1)} s (${dry.cpu.toFixed(1)} s CPU)`);
  const real = timed('papers-import.mts', [library, '--site', site]);
  const written = (await readdir(path.join(site, 'papers'))).length;
  console.log(`import: real run ${real.seconds.toFixed(1)} s (${real.cpu.toFixed(1)} s CPU), ${written} notes`);
  const summary = real.stdout.trim().split('\n').at(-1)!;
  const again = timed('papers-import.mts', [library, '--site', site, '--dry-run']);
  const check = timed('check.ts', ['--site', site]);
  console.log(`import: second run ${again.seconds.toFixed(1)} s; check ${check.seconds.toFixed(1)} s`);

  const load = `${loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after`;
  const report = `# papers:import on a large library

Command: \`npm run bench\` (scripts/bench/bibtexImport.ts). A generated library
(scripts/corpus/zoteroLibrary.ts) of ${entries.toLocaleString('en')} entries, ${megabytes.toFixed(1)} MB: as many entries as
the 5 MB Zotero library of issue 16, with more LaTeX in each: a quarter each arXiv preprints (\`@misc\` with eprint), journal
articles with a DOI, proceedings with a URL, and Google Scholar entries with no link;
accents, protection braces, \`\\&\`, \`$…$\` math in titles, abstracts and keywords.
Each time is the wall clock of the whole command, process start included, into a
temporary copy of this site with an empty \`papers/\`.
Machine: ${os.cpus().length} cores, shared with other work: load average ${load}
(above ${os.cpus().length}, times are inflated accordingly). Node ${process.version}.

| run | wall clock | CPU (user + system) |
| --- | ---: | ---: |
| \`papers:import --dry-run\` | ${dry.seconds.toFixed(1)} s | ${dry.cpu.toFixed(1)} s |
| \`papers:import\` (writes ${written.toLocaleString('en')} notes) | ${real.seconds.toFixed(1)} s | ${real.cpu.toFixed(1)} s |
| \`papers:import --dry-run\` again, everything already logged | ${again.seconds.toFixed(1)} s | ${again.cpu.toFixed(1)} s |
| \`npm run check\` on the ${written.toLocaleString('en')} imported notes | ${check.seconds.toFixed(1)} s | ${check.cpu.toFixed(1)} s |

The import's last line: \`${summary}\`. The check passes on every note written.

Before (issue 16): matching derived every logged paper's citation key for every
entry, and locating each entry searched the file from its start; 1,000 entries
took 8 s, 4,000 took 58 s, 26,000 did not finish a dry run in 10 minutes. What is
left is linear: a CPU profile of the dry run is mostly the BibTeX parser turning each
field's LaTeX into Unicode (@retorquere/bibtex-parser's unified-latex, about half a
millisecond of CPU an entry) and its garbage collection; the second run adds reading
and parsing the front matter of the notes already logged. A real run also writes one
file per note.
`;
  await writeFile(path.join(REPO, 'benchmarks/import.md'), report);
  console.log('import: wrote benchmarks/import.md');
  await rm(site, {recursive: true, force: true});
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
