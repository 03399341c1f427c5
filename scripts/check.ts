/**
 * `npm run check`: validates every note, post and data file without building
 * the site, with the schema code the build uses. With `--since REF` it also
 * prints, as Markdown, what the working tree changes since git revision REF.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {
  changesMarkdown,
  checkSite,
  emptyViews,
  sortProblems,
  codeChangesMarkdown,
  codeChangesSince,
  formatProblem,
  siteChangesSince,
  today,
} from '../plugins/roadmap/api/check';

const HELP = `Usage: npm run check -- [options]

Validates the front matter of every note in docs/, papers/ and blog/
(Markdown, and Jupyter notebooks: their first raw cell, their JSON, nbformat
and size), and data/roadmap.yml and data/skills.yml, against the content
model (CONTRIBUTING.md, "Front matter"). Resolves every [[wikilink]],
[@citation], internal Markdown link and related: entry, and reports one that
lands nowhere with the nearest match. Checks every \`\`\`view block (a
known collection, fields, operators, values and dates, at the view's line)
and every \`\`\`cards block (a list of {q, a, id?}, no empty question or
answer, each id once on the site, nothing the sanitizer would remove).
Reports what the build's allowlist
sanitizer removes from each note, post, notebook output and Markdown page (<script>, on…=
handlers, javascript: links, frames, images from other hosts …), every .mdx
file and its import/export lines, and
every SVG, XML or HTML file in static/ or beside the notes (published as it
is, it could run script on the site), unless trustedContent.ts lists them.
The build refuses the same, with the same lines.
Prints every problem of every file as
  path:line field: problem (expected X, got Y)
then exits 1; with no problem prints a one-line summary and exits 0.
Warnings (valid text that is likely not what you meant, such as unquoted
text cut short by a # comment, or a view that matches nothing) are printed as "warning: path:line ..." and
do not change the exit code.
Exits 2 when the check itself fails (an unreadable folder, a bad option, an
unknown git revision).
Writes nothing. Drafts are checked too, though a build leaves them out.

Options:
  --since REF    also print, as Markdown for a pull-request comment, what the
                 working tree changes since git revision REF (a branch, tag
                 or commit, e.g. origin/main): notes and posts added, changed,
                 renamed or removed, the dashboard delta ("+1 paper logged
                 (week 47)", "course ng-ml-spec: in-progress → done"), the
                 links between pages added and removed, and
                 every code, static or configuration file changed. The
                 Markdown goes to stdout, problems to stderr; the exit code is
                 the check's. REF is read from git; no file is checked out.
  --json         print {ok, counts, problems, warnings} as JSON, for tools
  --site DIR     the site folder (default: the current folder)
  -h, --help     show this text`;

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      json: {type: 'boolean'},
      since: {type: 'string'},
      site: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.json && values.since !== undefined) throw new Error('--json and --since cannot be combined');
  const started = performance.now();
  const siteDir = path.resolve(values.site ?? '.');
  const asOf = today();
  const checked = await checkSite(siteDir, {today: asOf});
  const {problems, counts} = checked;
  const warnings = sortProblems([...checked.warnings, ...emptyViews(checked, asOf)]);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (values.json) {
    console.log(JSON.stringify({ok: problems.length === 0, counts, problems, warnings}, null, 2));
    return problems.length === 0 ? 0 : 1;
  }
  if (values.since !== undefined) {
    const changes = await siteChangesSince(siteDir, values.since, asOf, checked);
    process.stdout.write(changesMarkdown(changes, problems.map(formatProblem)));
    process.stdout.write(codeChangesMarkdown(await codeChangesSince(siteDir, values.since)));
  }
  const summary = Object.entries(counts)
    .map(([collection, count]) => `${count} ${collection}${count === 1 ? '' : 's'}`)
    .join(', ');
  // Valid, but likely not what the author meant: shown first, never fatal.
  for (const warning of warnings) console.error(`warning: ${formatProblem(warning)}`);
  if (problems.length === 0) {
    // With --since, stdout is the Markdown alone, so that it can be posted as it is.
    (values.since === undefined ? console.log : console.error)(`✔ check: content is valid: ${summary} (${seconds} s)`);
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
