import {arxivIdOf} from '../citation/arxivId';
import {isPreprintVenue} from '../citation/bibtex';
import {citekeyOf, deriveCitekey} from '../citation/citekey';
import {inlineCode} from '../emit/inlineCode';
import {slugify} from '../emit/newNote';
import {checkFrontMatter, ownFieldsOnly, type RuleContext} from '../schema/collection';
import {paper as paperCollection, type Paper} from '../schema/collections/paper';
import {isCalendarDate} from '../schema/fields';
import {LoggedPapers, type ExistingPaper} from './loggedPapers';
import type {BibtexEntry, BibtexProblem} from './parseBibtex.mjs';

export type {ExistingPaper} from './loggedPapers';

/**
 * A paper note as matching needs it, read leniently from front matter that
 * may not be valid yet (the check reports it; the import still must not log
 * the paper twice).
 */
export function existingPaper(file: string, frontMatter: Record<string, unknown>): ExistingPaper {
  const {arxiv, doi, citekey, title, authors, year} = frontMatter;
  const id = typeof arxiv === 'number' || typeof arxiv === 'string' ? arxivIdOf(arxiv) : undefined;
  const citable = typeof title === 'string' && Array.isArray(authors) && typeof year === 'number';
  return {
    file,
    citekey:
      typeof citekey === 'string' ? citekey : citable ? citekeyOf({title, authors: authors as string[], year}) : '',
    ...(typeof id === 'string' ? {arxiv: id} : {}),
    ...(typeof doi === 'string' ? {doi} : {}),
    ...(typeof title === 'string' ? {title} : {}),
    ...(typeof year === 'number' ? {year} : {}),
  };
}

/** Where in the .bib file: the entry's key and the line of its `@type{`. */
interface At {
  key: string;
  line: number | undefined;
}

export interface ImportPlan {
  create: (At & {file: string; text: string})[];
  /** Entries that make no note: logged already, malformed, a duplicate key, a required field missing or invalid. */
  skipped: (At & {reason: string})[];
  /** What to know about a created note: an invalid field left out, a key changed, a LaTeX command kept as written. */
  notices: (At & {field: string; reason: string})[];
}

/** The front matter the importer writes: the paper collection's own types. */
type PaperFields = Pick<Paper, 'title' | 'authors' | 'year' | 'venue' | 'arxiv' | 'doi' | 'url' | 'citekey'>;

const ARXIV_IN_TEXT = /arxiv(?:\.org\/abs\/|:\s*|\s+)((?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?)/i;

/**
 * The arXiv id (with its version, if it names one: the export writes it so)
 * and DOI an entry gives, wherever its exporter put them, as written: whether
 * they are well formed is the paper schema's to say (planImport reports a
 * malformed one).
 */
export function entryIds(entry: BibtexEntry): {arxiv?: string; doi?: string} {
  const f = entry.fields;
  const eprintIsArxiv = /arxiv/i.test(f.archiveprefix ?? f.eprinttype ?? '') && f.eprint !== undefined;
  const arxiv = eprintIsArxiv
    ? /^(?:arxiv:)?(.+)$/i.exec(f.eprint!.trim())?.[1]
    : ARXIV_IN_TEXT.exec([f.journal, f.url, f.note, f.howpublished].filter(Boolean).join(' '))?.[1];
  const doi = f.doi?.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '').trim();
  return {
    ...(arxiv ? {arxiv} : {}),
    ...(doi ? {doi} : {}),
  };
}

/** The ids of `entryIds` that the paper schema accepts: what can be looked up. */
export function wellFormedIds(entry: BibtexEntry): {arxiv?: string; doi?: string} {
  const {arxiv, doi} = entryIds(entry);
  return {
    ...(arxiv !== undefined && paperCollection.fields.arxiv.safeParse(arxiv).success ? {arxiv} : {}),
    ...(doi !== undefined && paperCollection.fields.doi.safeParse(doi).success ? {doi} : {}),
  };
}

/** The year of `year`, else of a biblatex `date`; as written when it is not four digits (the schema reports it). */
function entryYear(entry: BibtexEntry): number | string | undefined {
  const written = (entry.fields.year ?? entry.fields.date)?.trim();
  if (written === undefined || written === '') return undefined;
  const year = /^(\d{4})(?:-\d\d(?:-\d\d)?)?$/.exec(written)?.[1];
  return year === undefined ? written : Number(year);
}

/** An entry with an id but without a title, an author or a year: what `papers:import --fill` looks up. */
export function needsFill(entry: BibtexEntry): boolean {
  const ids = wellFormedIds(entry);
  const year = entryYear(entry);
  const incomplete = !entry.fields.title?.trim() || entry.authors.length === 0 || typeof year !== 'number';
  return incomplete && (ids.arxiv !== undefined || ids.doi !== undefined);
}

/** The entry with what it lacked (title, authors, year) taken from the paper an API described. */
export function filledEntry(
  entry: BibtexEntry,
  paper: {title: string; authors: readonly string[]; year: number},
): BibtexEntry {
  const fields = {...entry.fields};
  if (!fields.title?.trim()) fields.title = paper.title;
  if (typeof entryYear(entry) !== 'number') fields.year = String(paper.year);
  return {...entry, fields, authors: entry.authors.length > 0 ? entry.authors : [...paper.authors]};
}

/** Where an entry keeps each field of a paper note, for messages in the author's .bib terms. */
const ENTRY_FIELD: Record<keyof PaperFields, string> = {
  title: 'title',
  authors: 'author',
  year: 'year',
  venue: 'booktitle',
  arxiv: 'eprint',
  doi: 'doi',
  url: 'url',
  citekey: 'key',
};
const REQUIRED: readonly string[] = ['title', 'authors', 'year'];

/**
 * The paper note's fields from one BibTeX entry, checked by the paper schema
 * itself, so that an imported note always passes `npm run check`: a required
 * field that is missing or invalid makes no note; an invalid optional one
 * (an eprint that is no arXiv id, a URL that is not http(s) …) is left out.
 */
export function paperFromEntry(
  entry: BibtexEntry,
  context: RuleContext,
): {paper: PaperFields; notices: {field: string; reason: string}[]} | {problems: {field: string; reason: string}[]} {
  const f = entry.fields;
  const written: Record<string, unknown> = {
    title: f.title?.trim() || undefined,
    authors: entry.authors,
    year: entryYear(entry),
    ...entryIds(entry),
  };
  const published = f.booktitle ?? f.journal;
  if (published && !isPreprintVenue(published)) written.venue = published;
  else if (written.arxiv !== undefined) written.venue = 'arXiv';
  // An arXiv id or DOI links the paper; a URL only when neither does.
  if (f.url && written.arxiv === undefined && written.doi === undefined) written.url = f.url;
  // A key the schema refuses (`..`, DBLP's `DBLP:journals/…`) is left out like any other field, and said so.
  const key = paperCollection.fields.citekey.safeParse(entry.key);
  if (key.success) written.citekey = entry.key;
  const keyNotice = key.success
    ? []
    : [
        {
          field: 'key',
          reason: `key: ${key.error.issues[0]?.message ?? 'malformed citation key'}; left out of the note, which gets its derived citekey`,
        },
      ];
  const checked = (frontMatter: Record<string, unknown>) => {
    const result = checkFrontMatter(paperCollection, {...frontMatter, status: 'queued'}, context);
    const problems = result.problems.map((problem) => {
      const field = String(problem.path[0]);
      const inEntry = ENTRY_FIELD[field as keyof PaperFields] ?? field;
      return {field, inEntry, reason: `${inEntry}: ${problem.message}`};
    });
    return {entry: result.entry, problems};
  };
  const first = checked(written);
  const required = first.problems.filter((p) => REQUIRED.includes(p.field));
  if (required.length > 0) return {problems: required};
  for (const {field} of first.problems) delete written[field];
  // Checked again without what was left out: what is written is what the schema accepted.
  const {entry: paper, problems} = first.problems.length === 0 ? first : checked(written);
  if (paper === undefined) return {problems};
  const {title, authors, year, venue, arxiv, doi, url, citekey} = paper;
  return {
    paper: {title, authors, year, venue, arxiv, doi, url, citekey},
    notices: [
      ...keyNotice,
      ...first.problems.map(({inEntry, reason}) => ({field: inEntry, reason: `${reason}; left out of the note`})),
    ],
  };
}

/** A new paper note: queued, with the fields the entry gave; strings quoted as YAML. */
export function paperNote(paper: PaperFields, body: string): string {
  const q = (value: string) => JSON.stringify(value);
  const lines = [
    '---',
    `title: ${q(paper.title)}`,
    `authors: [${paper.authors.map(q).join(', ')}]`,
    `year: ${paper.year}`,
    ...(paper.venue ? [`venue: ${q(paper.venue)}`] : []),
    ...(paper.arxiv ? [`arxiv: ${q(paper.arxiv)}`] : []),
    ...(paper.doi ? [`doi: ${q(paper.doi)}`] : []),
    ...(paper.url ? [`url: ${q(paper.url)}`] : []),
    'status: queued',
    ...(paper.citekey ? [`citekey: ${q(paper.citekey)}`] : []),
    'tags: []',
    'skills: []',
    '---',
    '',
    '',
  ];
  return `${lines.join('\n')}${body}`;
}

/**
 * What an import would do: one queued note per new paper, with or without a
 * link; an entry whose arXiv id, DOI, citation key or title is already in
 * papers/ (or earlier in the same file) is skipped with the reason, and so are
 * a malformed entry, a repeated key and one without a valid title, author or
 * year. Pure: the caller writes the files. Linear in entries plus notes.
 */
export function planImport(
  parsed: {entries: BibtexEntry[]; problems: BibtexProblem[]; notes?: (BibtexProblem & {key: string})[]},
  existing: readonly ExistingPaper[],
  options: {date: string; source: string; takenFiles: ReadonlySet<string>},
): ImportPlan {
  if (!isCalendarDate(options.date)) throw new Error(`not a date: ${options.date}`);
  // An imported note is checked by its own fields; its skills and tags are the author's to add.
  const context = ownFieldsOnly(options.date);
  const logged = new LoggedPapers(existing);
  const taken = new Set(options.takenFiles);
  const nextSuffix = new Map<string, number>();
  const keyLines = new Map<string, number>();
  const plan: ImportPlan = {create: [], skipped: [], notices: []};
  for (const problem of parsed.problems)
    plan.skipped.push({key: '(malformed)', line: problem.line, reason: problem.message});
  const notesAt = new Map((parsed.notes ?? []).map((note) => [`${note.line} ${note.key}`, note.message]));
  for (const entry of parsed.entries) {
    const at = {key: entry.key, line: entry.line};
    if (entry.keyAsWritten !== undefined) {
      // Before the duplicate rule: its key is not the one read. Imported under the shorter key, the paper would not answer the citations the author's LaTeX writes.
      plan.skipped.push({
        ...at,
        key: entry.keyAsWritten,
        reason: `key: a "%" begins a BibTeX comment, so the key ${JSON.stringify(entry.keyAsWritten)} reads as ${JSON.stringify(entry.key)} (expected letters, digits and _:.+- only)`,
      });
      continue;
    }
    const first = keyLines.get(entry.key);
    if (first !== undefined) {
      plan.skipped.push({
        ...at,
        reason: `key: duplicate key (expected one entry per key; the first is at line ${first})`,
      });
      continue;
    }
    keyLines.set(entry.key, entry.line);
    const result = paperFromEntry(entry, context);
    if ('problems' in result) {
      plan.skipped.push(...result.problems.map(({reason}) => ({...at, reason})));
      continue;
    }
    const {paper} = result;
    const derived = deriveCitekey(paper);
    // Match first: a Google Scholar entry without any link may still be a paper already logged.
    const same = logged.find(paper, paper.citekey === undefined ? [derived] : [paper.citekey, derived]);
    if (same) {
      plan.skipped.push({...at, reason: `already in ${same.file}`});
      continue;
    }
    // Every paper needs its own key (check refuses two); a taken one gets a letter, as BibTeX styles do.
    const wanted = paper.citekey ?? derived;
    let citekey = wanted;
    for (let n = 0; logged.withCitekey(citekey); n += 1)
      citekey = `${wanted}${String.fromCharCode(98 + (n % 25))}${n >= 25 ? Math.floor(n / 25) : ''}`;
    if (citekey !== wanted)
      plan.notices.push({
        ...at,
        field: 'key',
        reason: `key: "${wanted}" is the citation key of ${logged.withCitekey(wanted)!.file} (expected one paper per key); written as citekey "${citekey}"`,
      });
    if (citekey !== derived || paper.citekey !== undefined) paper.citekey = citekey;
    plan.notices.push(...result.notices.map((left) => ({...at, ...left})));
    const note = notesAt.get(`${entry.line} ${entry.key}`);
    if (note !== undefined) plan.notices.push({...at, field: 'latex', reason: note});
    const base = slugify(paper.title) || slugify(entry.key) || 'paper';
    let file = `papers/${base}.md`;
    for (let n = nextSuffix.get(base) ?? 2; taken.has(file); n += 1) {
      file = `papers/${base}-${n}.md`;
      nextSuffix.set(base, n + 1);
    }
    taken.add(file);
    // The file's name is the importer's, not Markdown: in a code span `[@key]`, `<img>` or `$x$` stays text.
    const body = `Queued on ${options.date}, imported from ${inlineCode(options.source)}.\n\n## Summary\n\n## What I reproduced\n\n## Takeaway\n\n## Next experiment\n`;
    plan.create.push({...at, file, text: paperNote(paper, body)});
    logged.add({
      file,
      citekey,
      title: paper.title,
      year: paper.year,
      ...(paper.arxiv ? {arxiv: paper.arxiv} : {}),
      ...(paper.doi ? {doi: paper.doi} : {}),
    });
  }
  return plan;
}
