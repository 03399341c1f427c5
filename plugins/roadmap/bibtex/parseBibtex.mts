// An ES module (.mts): @retorquere/bibtex-parser can only be loaded as one.
import {parse} from '@retorquere/bibtex-parser';

/** One entry as reference managers export it, decoded to Unicode text. */
export interface BibtexEntry {
  key: string;
  type: string;
  /** 1-based line of the `@type{` in the file. */
  line: number;
  fields: Record<string, string>;
  authors: string[];
}

export interface BibtexProblem {
  line: number | undefined;
  message: string;
}

/**
 * Parses a .bib file with Better BibTeX's parser: `{\"u}` and other LaTeX
 * accents become Unicode, `{BERT}` protection braces go, months become
 * numbers, names are split into given and family names. Titles keep their case.
 */
export function parseBibtex(text: string): {entries: BibtexEntry[]; problems: BibtexProblem[]} {
  const result = parse(text, {sentenceCase: false});
  // The parser also returns what it could read of a malformed entry; that one is reported, not imported.
  const malformed = new Set(result.errors.map((error) => /^@\w+\s*\{\s*([^,\s]+)/.exec(error.input ?? '')?.[1]));
  const entries = result.entries
    .filter((entry) => !malformed.has(entry.key))
    .map((entry) => {
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
      const at = text.indexOf(entry.input.split('\n')[0]!);
      return {key: entry.key, type: entry.type, line: lineAt(text, at), fields, authors};
    });
  const problems = result.errors.map((error) => {
    // The entry's first line, where the author will look; else where the parser stopped.
    const start = error.input ? text.indexOf(error.input) : -1;
    const stopped = /at line (\d+)/.exec(error.error)?.[1];
    const line = start >= 0 ? lineAt(text, start) : stopped === undefined ? undefined : Number(stopped);
    return {line, message: error.error.replace(/ at line \d+, column \d+/, '')};
  });
  return {entries, problems};
}

function lineAt(text: string, offset: number): number {
  return offset < 0 ? 0 : text.slice(0, offset).split('\n').length;
}
