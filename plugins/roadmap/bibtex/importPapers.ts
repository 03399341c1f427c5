import {arxivIdOf, arxivWithoutVersion} from '../citation/arxivId';
import {slugify} from '../emit/newNote';
import {citekeyOf, deriveCitekey} from '../citation/citekey';
import {isCalendarDate} from '../schema/fields';
import type {BibtexEntry, BibtexProblem} from './parseBibtex.mjs';

/** A paper note already in papers/, as far as matching needs it. */
export interface ExistingPaper {
  file: string;
  arxiv?: string;
  doi?: string;
  citekey: string;
}

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
  };
}

/** Whether two notes log one paper by its identifiers: the same arXiv id (any version) or DOI (any case). */
export function samePaperId(a: {arxiv?: string; doi?: string}, b: {arxiv?: string; doi?: string}): boolean {
  return (
    (a.arxiv !== undefined && b.arxiv !== undefined && arxivWithoutVersion(a.arxiv) === arxivWithoutVersion(b.arxiv)) ||
    (a.doi !== undefined && b.doi !== undefined && a.doi.toLowerCase() === b.doi.toLowerCase())
  );
}

export interface ImportPlan {
  create: {file: string; key: string; text: string}[];
  skipped: {key: string; line: number | undefined; reason: string}[];
}

interface PaperFields {
  title: string;
  authors: string[];
  year: number;
  venue?: string;
  arxiv?: string;
  doi?: string;
  url?: string;
  citekey?: string;
}

const ARXIV_IN_TEXT = /arxiv(?:\.org\/abs\/|:\s*|\s+)((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[A-Z]{2})?\/\d{7}))(?:v\d+)?/i;

/** The arXiv id (without its version) and DOI an entry gives, wherever its exporter put them. */
export function entryIds(entry: BibtexEntry): {arxiv?: string; doi?: string} {
  const f = entry.fields;
  const eprintIsArxiv = /arxiv/i.test(f.archiveprefix ?? f.eprinttype ?? '') && f.eprint !== undefined;
  const arxiv = eprintIsArxiv
    ? /^(?:arxiv:)?(.+)$/i.exec(f.eprint!.trim())?.[1]
    : ARXIV_IN_TEXT.exec([f.journal, f.url, f.note, f.howpublished].filter(Boolean).join(' '))?.[1];
  const doi = f.doi?.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '').trim();
  return {
    ...(arxiv ? {arxiv: arxivWithoutVersion(arxiv)} : {}),
    ...(doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? {doi} : {}),
  };
}

/** An entry with an id but without a title, an author or a year: what `papers:import --fill` looks up. */
export function needsFill(entry: BibtexEntry): boolean {
  const ids = entryIds(entry);
  const year = Number((entry.fields.year ?? entry.fields.date ?? '').slice(0, 4));
  const incomplete =
    !entry.fields.title?.trim() || entry.authors.length === 0 || !Number.isInteger(year) || year < 1900;
  return incomplete && (ids.arxiv !== undefined || ids.doi !== undefined);
}

/** The entry with what it lacked (title, authors, year) taken from the paper an API described. */
export function filledEntry(
  entry: BibtexEntry,
  paper: {title: string; authors: readonly string[]; year: number},
): BibtexEntry {
  const fields = {...entry.fields};
  if (!fields.title?.trim()) fields.title = paper.title;
  const year = Number((fields.year ?? fields.date ?? '').slice(0, 4));
  if (!Number.isInteger(year) || year < 1900) fields.year = String(paper.year);
  return {...entry, fields, authors: entry.authors.length > 0 ? entry.authors : [...paper.authors]};
}

/** The content model's fields from one BibTeX entry, or why it cannot be a paper note. */
export function paperFromEntry(entry: BibtexEntry): PaperFields | {reason: string} {
  const f = entry.fields;
  const title = f.title?.trim();
  if (!title) return {reason: 'no title'};
  if (entry.authors.length === 0) return {reason: 'no author'};
  const year = Number((f.year ?? f.date ?? '').slice(0, 4));
  if (!Number.isInteger(year) || year < 1900)
    return {reason: `no year (got ${JSON.stringify(f.year ?? f.date ?? '')})`};
  const paper: PaperFields = {title, authors: entry.authors, year, ...entryIds(entry)};
  const venue = f.booktitle ?? f.journal;
  if (venue && !/^(arxiv|corr$)/i.test(venue))
    paper.venue = venue; // CoRR is DBLP's name for arXiv
  else if (paper.arxiv) paper.venue = 'arXiv';
  if (f.url && /^https?:\/\//.test(f.url) && !paper.arxiv && !paper.doi) paper.url = f.url;
  if (/^[A-Za-z0-9_:.+-]+$/.test(entry.key)) paper.citekey = entry.key;
  return paper;
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
 * What an import would do: one queued note per new paper; an entry whose
 * arXiv id, DOI or citation key is already in papers/ (or earlier in the same
 * file) is skipped with the reason, and so is a malformed one. Pure: the
 * caller writes the files.
 */
export function planImport(
  parsed: {entries: BibtexEntry[]; problems: BibtexProblem[]},
  existing: readonly ExistingPaper[],
  options: {date: string; source: string; takenFiles: ReadonlySet<string>},
): ImportPlan {
  if (!isCalendarDate(options.date)) throw new Error(`not a date: ${options.date}`);
  const known = [...existing];
  const taken = new Set(options.takenFiles);
  const plan: ImportPlan = {create: [], skipped: []};
  for (const problem of parsed.problems)
    plan.skipped.push({key: '(malformed)', line: problem.line, reason: problem.message});
  for (const entry of parsed.entries) {
    const paper = paperFromEntry(entry);
    if ('reason' in paper) {
      plan.skipped.push({key: entry.key, line: entry.line, reason: paper.reason});
      continue;
    }
    // Match first: a Google Scholar entry without any link may still be a paper already logged.
    const same = known.find(
      (k) =>
        samePaperId(paper, k) ||
        (k.citekey !== '' && (k.citekey === paper.citekey || k.citekey === deriveCitekey(paper))),
    );
    if (same) {
      plan.skipped.push({key: entry.key, line: entry.line, reason: `already in ${same.file}`});
      continue;
    }
    if (!paper.arxiv && !paper.doi && !paper.url) {
      plan.skipped.push({key: entry.key, line: entry.line, reason: 'no arXiv id, DOI or URL (a paper note needs one)'});
      continue;
    }
    const base = slugify(paper.title) || slugify(entry.key) || 'paper';
    let file = `papers/${base}.md`;
    for (let n = 2; taken.has(file); n += 1) file = `papers/${base}-${n}.md`;
    taken.add(file);
    const body = `Queued on ${options.date}, imported from ${options.source}.\n\n## Summary\n\n## What I reproduced\n\n## Takeaway\n\n## Next experiment\n`;
    plan.create.push({file, key: entry.key, text: paperNote(paper, body)});
    known.push({
      file,
      citekey: paper.citekey ?? entry.key,
      ...(paper.arxiv ? {arxiv: paper.arxiv} : {}),
      ...(paper.doi ? {doi: paper.doi} : {}),
    });
  }
  return plan;
}
