/** `npm run new -- TYPE "Title"`: a new note from templates/, never over an existing file. */
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {
  fillTemplate,
  isSlug,
  NOTE_TYPES,
  notePath,
  noteTypesHelp,
  slugify,
  templatePath,
  type NoteType,
} from '../plugins/roadmap/emit/newNote';
import {today} from '../plugins/roadmap/source/today';

const HELP = `Usage: npm run new -- TYPE "Title" [options]

Writes a new note from templates/TYPE.md with valid front matter (today's date
where a date belongs) and prints its path. Refuses, and changes nothing, when
the file exists.

Types:
${noteTypesHelp()}

Options:
  --slug SLUG   the file name, lower-case kebab-case (default: from the title)
  --site DIR    the site folder (default: the current folder)
  -h, --help    show this text

Exit codes: 0 written, 1 refused (file exists, bad type, title or slug), 2 failure.`;

async function main(): Promise<number> {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {slug: {type: 'string'}, site: {type: 'string'}, help: {type: 'boolean', short: 'h'}},
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const [type, title, ...rest] = positionals;
  if (!type || !(NOTE_TYPES as readonly string[]).includes(type)) {
    console.error(`new: unknown type ${JSON.stringify(type ?? '')} (expected one of ${NOTE_TYPES.join(', ')})`);
    return 1;
  }
  if (!title || title.trim() === '' || rest.length > 0) {
    console.error('new: expected one title in quotes, e.g. npm run new -- paper "Attention Is All You Need"');
    return 1;
  }
  const slug = values.slug ?? slugify(title);
  if (!isSlug(slug)) {
    console.error(`new: the slug ${JSON.stringify(slug)} is not lower-case kebab-case; pass one with --slug`);
    return 1;
  }
  const siteDir = path.resolve(values.site ?? '.');
  const date = today();
  const file = notePath(type as NoteType, slug, date);
  const template = await readFile(path.join(siteDir, templatePath(type as NoteType)), 'utf8');
  await mkdir(path.dirname(path.join(siteDir, file)), {recursive: true});
  try {
    // 'wx' fails if the file exists: an author's note is never overwritten.
    await writeFile(path.join(siteDir, file), fillTemplate(template, {title: title.trim(), slug, date}), {flag: 'wx'});
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
