/** One Anki note: a Basic card's two fields, its deck, tags and the guid that makes a second import update it. */
export interface AnkiRow {
  front: string;
  back: string;
  deck: string;
  tags: readonly string[];
  guid: string;
}

/**
 * The file headers of Anki 2.1.55+ (the manual's "Importing text files"):
 * File → Import reads the separator, HTML, note type and which column holds
 * the deck, tags and guid, so the import dialog needs no setting.
 */
const HEADERS = [
  '#separator:tab',
  '#html:true',
  '#notetype:Basic',
  '#columns:Front\tBack\tDeck\tTags\tGUID',
  '#deck column:3',
  '#tags column:4',
  '#guid column:5',
];

/**
 * A field as Anki's CSV reader takes it: always quoted, quotes doubled. A
 * line that starts with `#` is a comment to Anki, so an unquoted card whose
 * HTML began with `#` would hide its line and let the next one (inside its
 * quoted answer) read as a note of its own, with a guid of its choosing.
 */
function field(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** An Anki tag: no spaces (they separate tags), no `::` surprise from a title. */
export function ankiTag(value: string): string {
  return value.trim().replace(/\s+/g, '-');
}

/** A deck below `Roadmap`: a title's own `::` would make a subdeck. */
export function ankiDeck(title: string): string {
  return `Roadmap::${title.replace(/\s*::+\s*/g, ': ').replace(/[\t\r\n]+/g, ' ')}`;
}

/** The whole file, headers first, one note a line. */
export function ankiTsv(rows: readonly AnkiRow[]): string {
  const lines = rows.map((row) =>
    [row.front, row.back, row.deck, row.tags.map(ankiTag).join(' '), row.guid].map(field).join('\t'),
  );
  return `${[...HEADERS, ...lines].join('\n')}\n`;
}
