/** `npm run cards:export`: one deck of review cards as an Anki file on stdout, the same as the site's /cards/<deck>.tsv. */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {checkSite, deckFile, deckList, formatProblem, today} from '../plugins/roadmap/api/cardsExport';

const HELP = `Usage: npm run -s cards:export -- --deck SLUG [--site DIR] > deck.tsv
       npm run -s cards:export -- --list

Prints one deck of the site's review cards (the \`\`\`cards blocks of the notes)
as a file Anki's File → Import takes as it is: the same text the build
publishes at /cards/SLUG.tsv (and /cards.tsv for --deck all). Each card keeps
its guid, so importing a newer file updates the cards instead of adding them
again. Links point at SITE_URL and BASE_URL, as in the build.

Options:
  --deck SLUG   all, or a deck: course/<slug> (a course and its module notes),
                paper/<slug>, tag/<tag> (the papers with that tag),
                post/<slug> or note/<path>
  --list        print every deck's slug, size and title, and exit
  --site DIR    the site folder (default: the current folder)
  -h, --help    show this text

Fails (exit 1) with the check's messages when the content is not valid, or
with the nearest deck's name when SLUG is none.`;

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      deck: {type: 'string'},
      list: {type: 'boolean'},
      site: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.deck === undefined && !values.list) throw new Error('--deck SLUG or --list is required (see --help)');
  const asOf = today();
  const checked = await checkSite(path.resolve(values.site ?? '.'), {today: asOf});
  const {site, problems} = checked;
  if (!site || problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    return 1;
  }
  if (values.list) {
    for (const deck of deckList({...checked, site}, asOf)) console.log(`${deck.slug}\t${deck.size}\t${deck.title}`);
    return 0;
  }
  // As docusaurus.config.ts reads them.
  const origin = process.env.SITE_URL ?? 'http://localhost:3000';
  const baseUrl = process.env.BASE_URL ?? '/';
  const found = deckFile({...checked, site}, {deck: values.deck!, origin, baseUrl, today: asOf});
  if ('problem' in found) {
    console.error(`cards:export: --deck: ${found.problem}`);
    return 1;
  }
  process.stdout.write(found.text);
  return 0;
}

// exitCode, not exit(): exiting at once cuts off what is still in a pipe's buffer.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`cards:export: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
