/**
 * `npm run papers:import -- FILE.bib [--dry-run]`: a queued paper note for
 * each new entry of a BibTeX file. Never changes or overwrites a note.
 * An ES module (.mts) because the BibTeX parser can only be loaded as one.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {
  arxivWithoutVersion,
  type BibtexEntry,
  type ExistingPaper,
  existingPaper,
  filledEntry,
  LookupError,
  needsFill,
  type PaperId,
  paperIdLabel,
  paperLookupFor,
  parseBibtex,
  parseSite,
  planImport,
  readSiteTexts,
  today,
  wellFormedIds,
} from '../plugins/roadmap/api/paperImport.mjs';
import {toolIdentity} from './toolIdentity';

type ParsedBibtex = ReturnType<typeof parseBibtex>;

const HELP = `Usage: npm run papers:import -- FILE.bib [--dry-run] [--fill] [--site DIR]

Creates papers/<slug>.md (status: queued) for each entry of a BibTeX file as
Zotero, Google Scholar, ACL Anthology, DBLP or arXiv export it, with or without
an arXiv id, DOI or URL. An entry already in papers/ (same arXiv id or DOI, or
same citation key or title and year) is skipped, and so are a malformed entry,
a repeated key, a key that a % (a BibTeX comment) cuts short, and one whose
title, author or year is missing or invalid; each is reported as FILE.bib:LINE
with the field and what was expected, and the rest still import. An invalid
optional field (an eprint that is no arXiv id, a malformed DOI, a key that is
no citation key, such as .. or DBLP:…/…) is reported and left out of the note.
Every note written passes npm run check. Existing notes are never changed.

Options:
  --dry-run    print what would be created; write nothing
  --fill       complete entries that have an arXiv id or DOI but no title, author
               or year from arXiv or Crossref (npm run new's lookup and its
               environment variables); off by default, so an import needs no network
  --site DIR   the site folder (default: the current folder)
  -h, --help   show this text`;

async function existingPapers(siteDir: string): Promise<ExistingPaper[]> {
  const {sources, problems} = parseSite(await readSiteTexts(siteDir));
  const unreadable = problems.filter((p) => p.file.startsWith('papers/'));
  if (unreadable.length > 0)
    console.warn(`warning: ${unreadable.length} paper note(s) could not be read; run npm run check`);
  return sources.files.filter((f) => f.file.startsWith('papers/')).map((f) => existingPaper(f.file, f.frontMatter));
}

/**
 * `--fill`: entries with an arXiv id or DOI but no title, author or year are
 * completed from arXiv or Crossref, one request at a time at the pace each
 * asks; an entry that cannot be looked up is left as it was (and skipped).
 */
async function filled(parsed: ParsedBibtex): Promise<ParsedBibtex> {
  const lookup = paperLookupFor(process.env, toolIdentity());
  const toFill = parsed.entries.filter(needsFill).length;
  let filling = 0;
  const entries: BibtexEntry[] = [];
  for (const entry of parsed.entries) {
    if (!needsFill(entry)) {
      entries.push(entry);
      continue;
    }
    filling += 1;
    const {arxiv, doi} = wellFormedIds(entry);
    // The paper, not one version of it: what it is logged as is the entry's business.
    const id: PaperId =
      arxiv !== undefined ? {kind: 'arxiv', id: arxivWithoutVersion(arxiv)} : {kind: 'doi', doi: doi!};
    console.log(`filling  ${entry.key} from ${paperIdLabel(id)} (${filling} of ${toFill})`);
    try {
      entries.push(filledEntry(entry, await lookup(id)));
    } catch (error) {
      if (!(error instanceof LookupError)) throw error;
      console.log(`could not fill ${entry.key}: ${error.message}`);
      entries.push(entry);
    }
  }
  return {...parsed, entries};
}

async function main(): Promise<number> {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': {type: 'boolean'},
      fill: {type: 'boolean'},
      site: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const [bibFile] = positionals;
  if (!bibFile || positionals.length > 1) {
    console.error('papers:import: expected one BibTeX file, e.g. npm run papers:import -- library.bib');
    return 1;
  }
  const siteDir = path.resolve(values.site ?? '.');
  const text = await readFile(bibFile, 'utf8');
  const existing = await existingPapers(siteDir);
  const parsed = parseBibtex(text);
  const plan = planImport(values.fill ? await filled(parsed) : parsed, existing, {
    date: today(),
    source: path.basename(bibFile),
    takenFiles: new Set(existing.map((p) => p.file)),
  });
  const source = path.basename(bibFile);
  const where = (at: {key: string; line: number | undefined}) =>
    `${source}${at.line === undefined ? '' : `:${at.line}`} (${at.key})`;
  const dryRun = values['dry-run'] === true;
  let created = 0;
  // A new site may have no papers/ yet.
  if (!dryRun && plan.create.length > 0) await mkdir(path.join(siteDir, 'papers'), {recursive: true});
  for (const note of plan.create) {
    if (!dryRun) {
      try {
        await writeFile(path.join(siteDir, note.file), note.text, {flag: 'wx'});
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        console.log(`skipped  ${where(note)} ${note.file} exists already`);
        continue;
      }
    }
    created += 1;
    console.log(`${dryRun ? 'would create' : 'created'}  ${note.file}  (${note.key})`);
  }
  for (const notice of plan.notices) console.log(`note  ${where(notice)} ${notice.reason}`);
  for (const skip of plan.skipped) console.log(`skipped  ${where(skip)} ${skip.reason}`);
  // An entry may be skipped for several reasons, one line each; the count is of entries.
  const skippedEntries = new Set(plan.skipped.map((skip) => `${skip.line} ${skip.key}`)).size;
  console.log(
    `${created} ${dryRun ? 'to create' : 'created'}, ${plan.create.length - created + skippedEntries} skipped`,
  );
  return 0;
}

// exitCode, not exit(): exiting at once cuts off what is still in a pipe's buffer (a large import's report, the export).
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`papers:import: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
