import type {PaperMetadata} from '../paperLookup/paperMetadata';

/** The front matter's lines and the body of a note, split at the closing `---`. */
function split(note: string): {lines: string[]; body: string} {
  const end = note.indexOf('\n---', 4);
  return {lines: note.slice(0, end).split('\n'), body: note.slice(end)};
}

/**
 * Sets front-matter fields in a note made from templates/paper.md: a field
 * the template has (written, or commented out as a hint) is replaced on its
 * own line; another is added before the closing `---`. Values are written as
 * JSON, which YAML reads as written (an arXiv id stays text, not a number).
 */
export function withFields(note: string, fields: Record<string, string | number | readonly string[]>): string {
  const {lines, body} = split(note);
  for (const [field, value] of Object.entries(fields)) {
    const yaml = Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value);
    const line = `${field}: ${yaml}`;
    const at = lines.findIndex((l) => new RegExp(`^#?\\s*${field}:`).test(l));
    if (at === -1) lines.push(line);
    else lines[at] = line;
  }
  return lines.join('\n') + body;
}

/** The note without a front-matter field (the template's placeholder `url` once an id links the paper). */
export function withoutField(note: string, field: string): string {
  const {lines, body} = split(note);
  return lines.filter((l) => !new RegExp(`^${field}:`).test(l)).join('\n') + body;
}

/** The text of a `## Heading` section replaced (the template's Summary gets the abstract). */
function withSection(note: string, heading: string, text: string): string {
  const start = note.indexOf(`\n## ${heading}\n`);
  if (start === -1) return `${note.trimEnd()}\n\n## ${heading}\n\n${text}\n`;
  const from = start + `\n## ${heading}\n`.length;
  const next = note.indexOf('\n## ', from);
  return `${note.slice(0, from)}\n${text}\n${next === -1 ? '' : note.slice(next)}`;
}

/** A queued paper note filled from what arXiv or Crossref said of the paper. */
export function paperNoteFrom(note: string, paper: PaperMetadata): string {
  const filled = withFields(withoutField(note, 'url'), {
    authors: paper.authors,
    year: paper.year,
    venue: paper.venue,
    ...(paper.arxiv ? {arxiv: paper.arxiv} : {}),
    ...(paper.doi ? {doi: paper.doi} : {}),
  });
  return paper.abstract ? withSection(filled, 'Summary', paper.abstract) : filled;
}
