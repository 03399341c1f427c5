/**
 * The two link forms a note may write besides Markdown links, as Obsidian,
 * Quartz and Pandoc spell them: `[[target]]`, `[[target#heading]]`,
 * `[[target|label]]`, and citations `[@key]`, `[@key1; @key2]`. Pure text:
 * check and the build's remark plugin split a text node the same way.
 */

export type LinkTextPart =
  | {kind: 'text'; value: string}
  | {kind: 'wikilink'; source: string; target: string; heading?: string; label?: string}
  | {kind: 'citation'; source: string; keys: string[]};

/** A citekey as BibTeX allows it in practice (citation/citekey.ts makes `he2016deep`). */
const KEY = String.raw`[A-Za-z0-9_][\w:.+/-]*`;
const WIKILINK = String.raw`\[\[([^\[\]\n|#]+?)(?:#([^\[\]\n|]+?))?(?:\|([^\[\]\n]+?))?\]\]`;
const CITATION = String.raw`\[\s*(@${KEY}(?:\s*;\s*@${KEY})*)\s*\]`;
const LINK_FORMS = new RegExp(`${WIKILINK}|${CITATION}`, 'g');

/** The wikilinks and citations in one run of text, with the text between them. */
export function splitLinkText(value: string): LinkTextPart[] {
  const parts: LinkTextPart[] = [];
  let last = 0;
  for (const match of value.matchAll(LINK_FORMS)) {
    const [source, target, heading, label, keys] = match;
    if (match.index > last) parts.push({kind: 'text', value: value.slice(last, match.index)});
    if (keys !== undefined) {
      parts.push({kind: 'citation', source, keys: keys.split(';').map((key) => key.trim().slice(1))});
    } else {
      parts.push({
        kind: 'wikilink',
        source,
        target: target!.trim(),
        ...(heading?.trim() ? {heading: heading.trim()} : {}),
        ...(label?.trim() ? {label: label.trim()} : {}),
      });
    }
    last = match.index + source.length;
  }
  if (last < value.length) parts.push({kind: 'text', value: value.slice(last)});
  return parts;
}

/** Whether a run of text holds any link form: most do not, and are left as they are. */
export function hasLinkText(value: string): boolean {
  return value.includes('[[') || value.includes('[@') || /\[\s+@/.test(value);
}

/** How an address begins (`javascript:`, `https://`, `doi:`, `//host`, `www.`); `Title: subtitle` does not. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:(?!\s)|\/\/|www\.)/i;

/**
 * Why a name that should name a page (a wikilink's target, an entry of
 * `related:`) is refused when it is an address instead: the rendered link
 * always points at a page's route, so an address could only ever be a note's
 * title, and in a body the build's directive parser cuts `:name` out of it.
 */
export function addressProblem(name: string): string | undefined {
  if (!ADDRESS.test(name.trim())) return undefined;
  return `names a page, not an address (expected the slug, citekey, docs/ path, title or alias of a page, got ${JSON.stringify(name.trim())}; for another site write a Markdown link [text](address))`;
}
