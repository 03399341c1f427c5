/** `npm run new -- TYPE "Title"`: a new note from templates/, never over an existing file. */
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {
  closest,
  existingPaper,
  filesBelow,
  fillTemplate,
  isCalendarDate,
  isSlug,
  LookupError,
  newNoteKind,
  NOTE_TYPES,
  noteTypesHelp,
  type PaperId,
  paperIdLabel,
  paperIdOf,
  paperLookupFor,
  paperNoteFrom,
  parseSite,
  placementOf,
  readSiteTexts,
  samePaperId,
  slugify,
  today,
  withFields,
  withoutField,
} from '../plugins/roadmap/api/newNote';
import {toolIdentity} from './toolIdentity';

const HELP = `Usage: npm run new -- TYPE "Title" [options]
       npm run new -- paper ID [options]
       npm run new -- module "Title" --course SLUG [options]

Writes a new note from templates/TYPE.md with valid front matter (today's date,
or --date, where a date belongs) and prints its path. Refuses, and changes nothing, when
the file exists.

Types:
${noteTypesHelp()}

A paper can be named by its identifier instead of its title: arXiv:1706.03762,
1706.03762v7, cs/0112017, an arxiv.org/abs/ or /pdf/ URL, doi:10.1038/nature14539
or a doi.org URL. The note is then filled from arXiv's API (arXiv ids) or
Crossref's (DOIs): title, every author, year, venue, the id and the abstract as
its summary. A paper whose arXiv id or DOI is already logged is refused, with
the note that logs it. Without a network (or a timeout of 10 s, or an id the API
does not know) nothing is written: use --offline.

Options:
  --slug SLUG   the file name, lower-case kebab-case (default: from the title)
  --course SLUG with module: the course (its folder in docs/courses/)
  --date DATE   the date YYYY-MM-DD written where a date belongs, and in a
                post's file name (default: today)
  --offline     with an ID: write the template with the id filled in, asking no API
  --site DIR    the site folder (default: the current folder)
  -h, --help    show this text

Environment: ARXIV_API_URL (default https://export.arxiv.org/api/query),
CROSSREF_API_URL (default https://api.crossref.org), CROSSREF_MAILTO (a contact
address for Crossref's polite pool, sent with each request when set).

Exit codes: 0 written, 1 refused (file exists, paper logged already, bad type,
title, slug, date or id, or the lookup failed), 2 failure.`;

/** A refusal: `new` exits 1 with its one line and writes nothing. */
class Refusal extends Error {}

/** The note of a paper named by its id: looked up, or only the id with --offline. */
async function paperNote(
  siteDir: string,
  id: PaperId,
  options: {offline: boolean; slug: string | undefined; date: string; template: string},
): Promise<{title: string; slug: string; text: string}> {
  const label = paperIdLabel(id);
  const known = parseSite(await readSiteTexts(siteDir))
    .sources.files.filter((f) => f.file.startsWith('papers/'))
    .map((f) => existingPaper(f.file, f.frontMatter));
  const logged = (paper: {arxiv?: string; doi?: string}) => known.find((k) => samePaperId(paper, k));
  const asIds: {arxiv: string} | {doi: string} = id.kind === 'arxiv' ? {arxiv: id.id} : {doi: id.doi};
  const already = logged(asIds);
  if (already) throw new Refusal(`${label} is logged already in ${already.file}; nothing was written`);
  if (options.offline) {
    const slug = options.slug ?? slugify(label);
    const text = withFields(
      withoutField(fillTemplate(options.template, {title: label, slug, date: options.date}), 'url'),
      asIds,
    );
    return {title: label, slug, text};
  }
  const lookup = paperLookupFor(process.env, toolIdentity());
  let paper;
  try {
    paper = await lookup(id);
  } catch (error) {
    if (!(error instanceof LookupError)) throw error;
    throw new Refusal(
      `${error.message}; nothing was written (use --offline to write the template with ${label} filled in)`,
    );
  }
  // The answer may name the paper's other id (a DOI for an arXiv id): logged under that one?
  const other = logged(paper);
  if (other) throw new Refusal(`${label} is logged already in ${other.file}; nothing was written`);
  const slug = options.slug ?? slugify(paper.title);
  const text = paperNoteFrom(fillTemplate(options.template, {title: paper.title, slug, date: options.date}), paper);
  return {title: paper.title, slug, text};
}

async function main(): Promise<number> {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      slug: {type: 'string'},
      date: {type: 'string'},
      course: {type: 'string'},
      site: {type: 'string'},
      offline: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'},
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const [type, title, ...rest] = positionals;
  const kind = newNoteKind(type ?? '');
  if (!type || !kind) {
    console.error(`new: unknown type ${JSON.stringify(type ?? '')} (expected one of ${NOTE_TYPES.join(', ')})`);
    return 1;
  }
  if (!title || title.trim() === '' || rest.length > 0) {
    console.error('new: expected one title in quotes, e.g. npm run new -- paper "Attention Is All You Need"');
    return 1;
  }
  const siteDir = path.resolve(values.site ?? '.');
  if (values.date !== undefined && !isCalendarDate(values.date)) {
    console.error(
      `new: the date ${JSON.stringify(values.date)} is not a calendar date YYYY-MM-DD; pass one with --date`,
    );
    return 1;
  }
  const date = values.date ?? today();
  let entry = '';
  if (kind.entryOf) {
    const given = kind.entryOf === 'course' ? values.course : undefined;
    // File names say which entries exist; no note needs reading.
    const entries = (await filesBelow(siteDir, 'docs'))
      .map((file) => placementOf(file))
      .filter((p) => p?.collection === kind.entryOf)
      .map((p) => p!.slug);
    if (given === undefined || !entries.includes(given)) {
      const near = given === undefined ? undefined : closest(given, entries);
      const hint = near === undefined ? '' : ` — did you mean "${near}"?`;
      console.error(
        `new: a ${type} goes with --${kind.entryOf} SLUG, one of ${entries.join(', ') || '(none yet)'}` +
          `${given === undefined ? '' : ` (got ${JSON.stringify(given)})`}${hint}`,
      );
      return 1;
    }
    entry = given;
  } else if (values.course !== undefined) {
    console.error(`new: --course goes with module, e.g. npm run new -- module "Week 1" --course ${values.course}`);
    return 1;
  }
  const template = await readFile(path.join(siteDir, kind.template), 'utf8');
  const id = type === 'paper' ? paperIdOf(title) : undefined;
  if (values.offline && !id) {
    console.error('new: --offline goes with a paper id, e.g. npm run new -- paper arXiv:1706.03762 --offline');
    return 1;
  }
  if (values.slug !== undefined && !isSlug(values.slug)) {
    console.error(`new: the slug ${JSON.stringify(values.slug)} is not lower-case kebab-case; pass one with --slug`);
    return 1;
  }
  let note: {slug: string; text: string};
  if (id) {
    try {
      note = await paperNote(siteDir, id, {offline: values.offline ?? false, slug: values.slug, date, template});
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      console.error(`new: ${error.message}`);
      return 1;
    }
  } else {
    const slug = values.slug ?? slugify(title);
    note = {slug, text: fillTemplate(template, {title: title.trim(), slug, date})};
  }
  if (!isSlug(note.slug)) {
    console.error(`new: the slug ${JSON.stringify(note.slug)} is not lower-case kebab-case; pass one with --slug`);
    return 1;
  }
  const file = kind.path(note.slug, date, entry);
  await mkdir(path.dirname(path.join(siteDir, file)), {recursive: true});
  try {
    // 'wx' fails if the file exists: an author's note is never overwritten.
    await writeFile(path.join(siteDir, file), note.text, {flag: 'wx'});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    console.error(`new: ${file} exists already; nothing was written (choose another title or --slug)`);
    return 1;
  }
  console.log(`Created ${file}\nNext: fill in its front matter, then run make check and make serve.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`new: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
