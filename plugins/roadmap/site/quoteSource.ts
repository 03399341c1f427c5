/**
 * What an author wrote, quoted in a problem: `"…"` (or `'…'` around double
 * quotes), cut to a readable length, control characters spelled out.
 */
export function quoteSource(found: string): string {
  const trimmed = found
    .trim()
    .replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const text = trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed;
  return text.includes('"') ? `'${text}'` : `"${text}"`;
}
