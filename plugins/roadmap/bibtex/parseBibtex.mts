// An ES module (.mts): @retorquere/bibtex-parser can only be loaded as one.
import {parse} from '@retorquere/bibtex-parser';
import {doiFromBibtex} from '../citation/bibtex';

/** One entry as reference managers export it, decoded to Unicode text. */
export interface BibtexEntry {
  key: string;
  type: string;
  /** 1-based line of the `@type{` in the file. */
  line: number;
  fields: Record<string, string>;
  authors: string[];
  /** The key as the file writes it, when the parser read less of it: a `%` in it began a comment. */
  keyAsWritten?: string;
}

/** The key an entry's text writes, up to its comma: `@article{key,` or `@misc(key,`. */
function writtenKey(input: string): string | undefined {
  return /^@[^{(]*[{(]\s*([^,\s}]*)/.exec(input)?.[1];
}

export interface BibtexProblem {
  line: number | undefined;
  message: string;
}

/**
 * Parses a .bib file with Better BibTeX's parser: `{\"u}` and other LaTeX
 * accents become Unicode, `{BERT}` protection braces go, months become
 * numbers, names are split into given and family names. Titles keep their case.
 * Linear in the size of the file: entries are located by one forward scan.
 */
export function parseBibtex(text: string): {
  entries: BibtexEntry[];
  problems: BibtexProblem[];
  /** Entries that import with something to say: a LaTeX command kept as written. */
  notes: (BibtexProblem & {key: string})[];
} {
  // A command the parser does not know stays as written and is reported with its entry, not as a broken file.
  const unknownCommands = new Map<string, Set<string>>();
  const result = parse(text, {
    sentenceCase: false,
    unsupported: (_node, tex, entry) => {
      unknownCommands.set(entry.input, (unknownCommands.get(entry.input) ?? new Set()).add(tex));
      return tex;
    },
  });
  const lines = lineStarts(text);
  // The parser also returns what it could read of a malformed entry, without its text: reported, not imported.
  const entryAt = forwardFinder(text);
  const readable = result.entries.filter((entry) => entry.input !== '');
  const located = readable.map((entry) => entry.input);
  const entries = readable.map((entry) => {
    const fields: Record<string, string> = {};
    let authors: string[] = [];
    for (const [name, value] of Object.entries(entry.fields)) {
      if (Array.isArray(value)) {
        const names = value.map((creator) =>
          typeof creator === 'string'
            ? creator
            : [creator.firstName, creator.prefix, creator.lastName, creator.suffix, creator.name]
                .filter(Boolean)
                .join(' '),
        );
        if (name === 'author') authors = names.map((n) => n.normalize('NFC'));
        else fields[name] = names.join(', ').normalize('NFC');
      } else {
        // Composed characters (one code point for Ü), as authors type them.
        fields[name] = String(value).normalize('NFC');
      }
    }
    // Our export percent-encodes what BibTeX cannot hold in a DOI (an unbalanced brace).
    if (fields.doi !== undefined) fields.doi = doiFromBibtex(fields.doi);
    const written = writtenKey(entry.input);
    return {
      key: entry.key,
      type: entry.type,
      line: lineOf(lines, entryAt(entry.input)),
      fields,
      authors,
      ...(written !== undefined && written !== entry.key ? {keyAsWritten: written} : {}),
    };
  });
  const errorAt = forwardFinder(text);
  const problems = result.errors.map((error): BibtexProblem => {
    // The entry's first line, where the author will look; else where the parser stopped.
    const start = error.input ? errorAt(error.input) : -1;
    const stopped = /at line (\d+)/.exec(error.error)?.[1];
    const line = start >= 0 ? lineOf(lines, start) : stopped === undefined ? undefined : Number(stopped);
    // A LaTeX error inside an entry carries the whole entry after its message.
    const message = error.error.split('\n')[0]!.replace(/ at line \d+, column \d+/, '');
    return {line, message};
  });
  const notes = entries.flatMap((entry, i) => {
    const commands = unknownCommands.get(located[i]!);
    return commands === undefined
      ? []
      : [
          {
            key: entry.key,
            line: entry.line,
            message: `unknown LaTeX command ${[...commands].join(', ')} (kept as written)`,
          },
        ];
  });
  return {entries, problems, notes};
}

/**
 * Where each of a sequence of snippets starts, for snippets given mostly in
 * file order: searching on from the last one keeps a whole file linear; one
 * out of order is searched from the start.
 */
function forwardFinder(text: string): (snippet: string) => number {
  let cursor = 0;
  return (snippet) => {
    let at = text.indexOf(snippet, cursor);
    if (at === -1) at = text.indexOf(snippet);
    if (at >= 0) cursor = at + snippet.length;
    return at;
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The 1-based line of an offset (0 when the offset is unknown), by binary search. */
function lineOf(starts: readonly number[], offset: number): number {
  if (offset < 0) return 0;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
