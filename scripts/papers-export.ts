/** `npm run papers:export`: the paper log as BibTeX on stdout, the same as the site's /papers.bib. */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {
  bibtexFile,
  buildRoadmapModel,
  checkSite,
  filePages,
  formatProblem,
  today,
} from '../plugins/roadmap/api/paperExport';

const HELP = `Usage: npm run -s papers:export [-- --site DIR] > papers.bib

Prints every listed paper of the log as BibTeX, newest log date first: the
same text the build publishes at /papers.bib. Fails (exit 1) with the check's
messages when the content is not valid.`;

async function main(): Promise<number> {
  const {values} = parseArgs({options: {site: {type: 'string'}, help: {type: 'boolean', short: 'h'}}});
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const asOf = today();
  const {problems, site, files} = await checkSite(path.resolve(values.site ?? '.'), {today: asOf});
  if (!site) {
    for (const problem of problems) console.error(formatProblem(problem));
    return 1;
  }
  // The build takes titles and listing from Docusaurus; for papers both come from the front matter.
  const model = buildRoadmapModel(site, filePages(files), asOf);
  process.stdout.write(bibtexFile(model.papers));
  return 0;
}

// exitCode, not exit(): exiting at once cuts off what is still in a pipe's buffer (a large import's report, the export).
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`papers:export: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
