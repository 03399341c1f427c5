import {isCollection, isScalar, LineCounter, parseDocument, type Node} from 'yaml';
import type {FieldPath, LineOf} from '../site/fieldPath';

export interface ParsedYaml {
  data: unknown;
  lineOf: LineOf;
}

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
  return {data: doc.toJS({maxAliasCount: 50}), lineOf};
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
