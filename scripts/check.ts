/**
 * `npm run check`: validates every note, post and data file without building
 * the site, with the schema code the build uses.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {checkSite} from '../plugins/roadmap/validate/checkSite';
import {today} from '../plugins/roadmap/source/today';
import {formatProblem} from '../plugins/roadmap/validate/problem';

const HELP = `Usage: npm run check -- [options]

Validates the front matter of every file in docs/, papers/ and blog/, and
data/roadmap.yml and data/skills.yml, against the content model
(CONTRIBUTING.md, "Front matter"). Prints every problem of every file as
  path:line field: problem (expected X, got Y)
then exits 1; with no problem prints a one-line summary and exits 0.
Exits 2 when the check itself fails (an unreadable folder, a bad option).
Writes nothing. Drafts are checked too, though a build leaves them out.

Options:
  --json         print {ok, counts, problems} as JSON, for tools
  --site DIR     the site folder (default: the current folder)
  -h, --help     show this text`;

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {json: {type: 'boolean'}, site: {type: 'string'}, help: {type: 'boolean', short: 'h'}},
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const started = performance.now();
  const siteDir = path.resolve(values.site ?? '.');
  const {problems, counts} = await checkSite(siteDir, {today: today()});
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (values.json) {
    console.log(JSON.stringify({ok: problems.length === 0, counts, problems}, null, 2));
    return problems.length === 0 ? 0 : 1;
  }
  const summary = Object.entries(counts)
    .map(([collection, count]) => `${count} ${collection}${count === 1 ? '' : 's'}`)
    .join(', ');
  if (problems.length === 0) {
    console.log(`✔ check: content is valid: ${summary} (${seconds} s)`);
    return 0;
  }
  for (const problem of problems) console.error(formatProblem(problem));
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(
    `\n✖ check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${seconds} s)`,
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
