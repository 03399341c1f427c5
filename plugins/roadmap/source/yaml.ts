import {isAlias, isCollection, isPair, isScalar, LineCounter, parseDocument, visit, type Node} from 'yaml';
import type {FieldPath, LineOf} from '../site/fieldPath';
import {loneSurrogateAt, replacementCharacterLine} from './unreadableText';

export interface ParsedYaml {
  data: unknown;
  lineOf: LineOf;
  /** A scalar as written: its source text and its style (`PLAIN`, `BLOCK_LITERAL`, …); undefined for a collection. */
  scalarAt: (path: FieldPath) => {source: string; style: string} | undefined;
  /**
   * Unquoted text followed by a comment on its line: `event: PyData meetup #14`
   * reads as "PyData meetup", which the author rarely means.
   */
  cutByComment: FieldPath[];
  /** Values a template marks `# TODO` on their line (`year: 2025  # TODO`): placeholders, whatever their type. */
  markedTodo: FieldPath[];
}

/** More alias expansions than this is an alias bomb ("billion laughs"), not front matter. */
const MAX_ALIAS_COUNT = 50;

/** YAML that cannot be read as fields: where, and what is wrong. */
export class YamlSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'YamlSyntaxError';
  }
}

/**
 * Parses YAML with the 1.2 core schema: `2025-02-30` stays the text the author
 * typed (js-yaml's timestamps would turn it into 2025-03-02 without a word),
 * and a duplicated key is an error, not a silent overwrite.
 * `firstLine` is the file line the YAML text starts on.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const badByte = replacementCharacterLine(text, firstLine);
  if (badByte !== undefined) throw new YamlSyntaxError(badByte, NOT_UTF8);
  const lines = new LineCounter();
  const doc = parseDocument(text, {schema: 'core', uniqueKeys: true, lineCounter: lines, prettyErrors: false});
  const fileLine = (offset: number) => firstLine + lines.linePos(offset).line - 1;
  const [error] = doc.errors;
  if (error) {
    const line = fileLine(error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      const source = text.split(/\r?\n/)[lines.linePos(error.pos[0]).line - 1] ?? '';
      const key = /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(source)?.[1] ?? '';
      throw new YamlSyntaxError(line, `duplicate key ${JSON.stringify(key)} (expected each key once)`);
    }
    throw new YamlSyntaxError(line, `YAML does not parse (${firstSentence(error.message)})`);
  }
  const lineOf = (path: FieldPath): number => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const key of path) {
      const child = childOf(node, key);
      if (!child) break;
      offset = child.offset;
      node = child.value;
    }
    return fileLine(offset);
  };
  let data: unknown;
  try {
    data = doc.toJS({maxAliasCount: MAX_ALIAS_COUNT});
  } catch (error) {
    // yaml throws a ReferenceError, without a position, for too many aliases.
    if (!(error instanceof ReferenceError)) throw error;
    throw new YamlSyntaxError(
      fileLine(firstAliasOffset(doc) ?? 0),
      `too many aliases (expected at most ${MAX_ALIAS_COUNT} uses of *anchors, got an alias bomb that expands without end)`,
    );
  }
  const surrogate = loneSurrogateAt(data);
  if (surrogate)
    throw new YamlSyntaxError(
      lineOf(surrogate),
      'lone surrogate (expected text of whole Unicode characters, got a \\uD800–\\uDFFF escape without its pair)',
    );
  const comments = sameLineComments(doc.contents, text);
  const scalarAt = (path: FieldPath) => {
    let node: unknown = doc.contents;
    for (const key of path) node = childOf(node, key)?.value;
    if (!isScalar(node) || !node.range) return undefined;
    return {source: text.slice(node.range[0], node.range[1]), style: String(node.type ?? 'PLAIN')};
  };
  return {
    data,
    lineOf,
    scalarAt,
    cutByComment: comments.filter((c) => c.plainText).map((c) => c.path),
    markedTodo: comments.filter((c) => /^TODO\b/.test(c.comment)).map((c) => c.path),
  };
}

export const NOT_UTF8 =
  'not UTF-8 (expected the file saved as UTF-8, got bytes that read as the replacement character U+FFFD)';

function firstAliasOffset(doc: ReturnType<typeof parseDocument>): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

interface LineComment {
  path: FieldPath;
  /** The comment's text, after `#`. */
  comment: string;
  /** The value is unquoted text, which the comment may have cut short. */
  plainText: boolean;
}

/** Every scalar that a `#` comment follows on its own line, with the comment. */
function sameLineComments(node: unknown, source: string, path: FieldPath = []): LineComment[] {
  if (isScalar(node)) {
    if (!node.range) return [];
    const end = node.range[1];
    const lineEnd = source.indexOf('\n', end);
    const comment = /^\s+#\s*(.*)$/.exec(source.slice(end, lineEnd === -1 ? undefined : lineEnd).trimEnd());
    if (!comment) return [];
    return [{path, comment: comment[1]!, plainText: node.type === 'PLAIN' && typeof node.value === 'string'}];
  }
  if (!isCollection(node) || isAlias(node)) return [];
  return node.items.flatMap((item: unknown, index: number) => {
    if (!isPair(item)) return sameLineComments(item, source, [...path, index]);
    const key = isScalar(item.key) ? String(item.key.value) : undefined;
    return key === undefined ? [] : sameLineComments(item.value, source, [...path, key]);
  });
}

/** The source offset of a key (or list item) and its value node, if present. */
function childOf(node: unknown, key: string | number): {offset: number; value: unknown} | undefined {
  if (!isCollection(node)) return undefined;
  const items: readonly unknown[] = node.items;
  if (typeof key === 'number') {
    const item = items[key] as Node | undefined;
    return item?.range ? {offset: item.range[0], value: item} : undefined;
  }
  for (const item of items) {
    const pair = item as {key?: unknown; value?: unknown};
    if (isScalar(pair.key) && String(pair.key.value) === key) {
      return {offset: pair.key.range?.[0] ?? 0, value: pair.value};
    }
  }
  return undefined;
}

function firstSentence(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}
