import type {FieldPath} from '../site/fieldPath';

/**
 * Text that reads, but not as the author wrote it. Node decodes bytes that
 * are not UTF-8 as U+FFFD without a word, and Docusaurus does the same, so
 * the replacement character is the only trace of a file saved in Latin-1 or
 * Windows-1252. Returns the 1-based line of the first one, or undefined.
 */
export function replacementCharacterLine(text: string, firstLine = 1): number | undefined {
  const at = text.indexOf('\uFFFD');
  if (at === -1) return undefined;
  return firstLine + (text.slice(0, at).match(/\n/g)?.length ?? 0);
}

/** A lone UTF-16 surrogate (`"\ud800"` in YAML): the build writes it into JSON that its bundler cannot parse. */
const LONE_SURROGATE = /\p{Cs}/u;

/** The path of the first key or text in `value` that holds a lone surrogate, or undefined. */
export function loneSurrogateAt(value: unknown, path: FieldPath = []): FieldPath | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = loneSurrogateAt(item, [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) return [...path, key];
      const found = loneSurrogateAt(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
