/**
 * Text for an RSS or Atom feed, so that any input yields well-formed XML.
 *
 * The `feed` package (ours for the changelog, Docusaurus's for the blog)
 * writes titles, descriptions and content as CDATA sections through xml-js,
 * which splits only the first `]]>` of a text: a second one ends the section
 * and the rest is markup (`x ]]> y ]]><injected/>` puts an element into the
 * feed). And XML 1.0 cannot hold C0 control characters (but tab, line feed
 * and carriage return), lone surrogates, U+FFFE or U+FFFF at all, escaped or
 * not: one of them makes the whole feed unreadable.
 *
 * So, before a text reaches the serializer: each character XML cannot hold
 * becomes U+FFFD (the replacement character, as a decoder would show it),
 * and each `]]>` becomes `]]&gt;`. The fields it goes into are HTML for feed
 * readers (Atom's `type="html"`, RSS descriptions and content), where
 * `&gt;` reads as `>`; no CDATA section can end inside the text any more.
 */
const NOT_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function feedText(text: string): string {
  return text.replace(NOT_IN_XML, '\uFFFD').replaceAll(']]>', ']]&gt;');
}

/** A feed item (or any value) with `feedText` applied to each of its strings: titles, content, author and tag names. */
export function withFeedText<T>(value: T): T {
  if (typeof value === 'string') return feedText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withFeedText(item)) as T;
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withFeedText(item)])) as T;
}
